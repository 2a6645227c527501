"""3D models: sniffing, safe ZIP packages, checks and measurements, web GLB, LOD, preview, and the worker's survival.

Every model here is made by the test; test_models3d_shared.py runs the same pipeline over ../shared.
"""
from __future__ import annotations

import io
import json
import os
import shutil
import signal
import struct
import subprocess
import time
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
import pytest
import trimesh
from PIL import Image

from emuseum.models import MediaRecord
from emuseum.services import models3d
from emuseum.services.errors import ValidationError
from emuseum.services.identity import SYSTEM
from emuseum.services.media import attach_media
from media.derivatives import DerivativeCache
from media.models3d.child import ChildFailed, run_in_child
from media.models3d.limits import Limits, ModelRejected
from media.models3d.package import read_package
from media.models3d.pipeline import LOD_GLB, PREVIEW, WEB_GLB
from media.models3d.sniff import HEAD_BYTES, not_accepted, sniff_model

from .factories import make_exhibit

ROOT = Path(__file__).resolve().parents[1]
VALIDATOR = ROOT / "media" / "models3d" / "validate_gltf.mjs"
SHA = "ab" * 32


# ---------------------------------------------------------------- making models

def stl(mesh: trimesh.Trimesh | None = None) -> bytes:
    return (mesh or trimesh.creation.box(extents=(2.0, 1.0, 0.5))).export(file_type="stl")


def textured_obj_zip(inner_folder: str = "") -> bytes:
    """Return a ZIP of a textured OBJ, its MTL and a 64×32 PNG texture, as a museum's photogrammetry export is."""
    mesh = trimesh.creation.box()
    texture = Image.new("RGB", (64, 32), (200, 120, 40))
    mesh.visual = trimesh.visual.TextureVisuals(uv=(mesh.vertices[:, :2] + 0.5),
                                                material=trimesh.visual.material.SimpleMaterial(image=texture))
    files = trimesh.exchange.obj.export_obj(mesh, include_texture=True, return_texture=True, mtl_name="bracelet.mtl")
    obj_text, assets = files
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{inner_folder}bracelet.obj", obj_text)
        for name, data in assets.items():
            archive.writestr(f"{inner_folder}{name}", data)
    return out.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def ingest(data: bytes, name: str = "model", **limits):
    return models3d.ingest_model(data, name, Limits(**limits))


def refusal(data: bytes, name: str = "model", **limits) -> str:
    with pytest.raises(ValidationError) as caught:
        ingest(data, name, **limits)
    [(field, message)] = caught.value.errors
    assert field == "file"
    return message


def validate_glbs(paths: list[Path]) -> dict[str, dict]:
    """Return the Khronos glTF validator's report of each GLB (node and npm's gltf-validator must be installed)."""
    if shutil.which("node") is None or not (ROOT / "node_modules" / "gltf-validator").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("node and node_modules/gltf-validator are needed: run scripts/setup.sh")
        pytest.skip("node or node_modules/gltf-validator is missing: run scripts/setup.sh")
    run = subprocess.run(["node", str(VALIDATOR), *map(str, paths)], capture_output=True, text=True, check=True,
                         timeout=300)
    return {Path(r["path"]).name: r for r in map(json.loads, run.stdout.splitlines())}


# ---------------------------------------------------------------- sniffing

@pytest.mark.parametrize(("data", "expected"), [
    (b"glTF\x02\x00\x00\x00", "glb"),
    (b"PK\x03\x04rest", "zip"),
    (b"solid cube\n facet normal 0 0 1\n", "stl"),
    (b"ply\nformat binary_little_endian 1.0\nelement vertex 3\n\x00\x01", "ply"),
    (b"# a cube\n\nOFF\n8 6 12\n", "off"),
    (b'{\n  "accessors": [],\n  "asset": {"version": "2.0"}}', "gltf"),
    (b'<?xml version="1.0"?>\n<COLLADA xmlns="http://www.collada.org/2005/11/COLLADASchema">', "dae"),
    (b"# Blender\nmtllib a.mtl\no Cube\nv 1 1 1\nv 1 -1 1\nvt 0 0\nf 1/1 2/1 1/1\n", "obj"),
    (b"hello, this is a letter\nv is for vase\n", None),
    (b"\x89PNG\r\n\x1a\n", None),
])
def test_sniffing_reads_the_bytes_not_the_name(data, expected):
    found = sniff_model(data, len(data))
    assert (found.name if found else None) == expected


def test_binary_stl_is_known_by_its_length_even_when_its_header_says_solid():
    data = stl()
    header = b"solid made by a CAD program".ljust(80, b" ")
    data = header + data[80:]
    assert sniff_model(data[:HEAD_BYTES], len(data)).name == "stl"
    assert sniff_model(data[:HEAD_BYTES], len(data) + 1) is None  # a byte more and the formula fails


def test_known_formats_we_do_not_read_are_named():
    assert not_accepted(b"Kaydara FBX Binary  \x00\x1a\x00") == "an FBX file"
    assert "an FBX file, which we do not read" in refusal(b"Kaydara FBX Binary  \x00\x1a\x00" + b"\x00" * 100)


# ---------------------------------------------------------------- what ingest records

def test_stl_is_measured():
    info = ingest(stl(), "plinth.stl")
    assert (info.format, info.media_type, info.vertices, info.faces, info.meshes) == ("stl", "model/stl", 8, 12, 1)
    assert info.size == (2.0, 1.0, 0.5)
    assert info.bounds == ((-1.0, -0.5, -0.25), (1.0, 0.5, 0.25))
    assert info.watertight is True
    assert info.volume == pytest.approx(1.0)
    assert info.surface_area == pytest.approx(2 * (2 * 1 + 2 * 0.5 + 1 * 0.5))
    assert info.units is None  # STL never says
    assert json.loads(json.dumps(__import__("dataclasses").asdict(info)))["size"] == [2.0, 1.0, 0.5]


def test_glb_is_in_metres_and_an_open_mesh_has_no_volume():
    mesh = trimesh.creation.box()
    mesh.update_faces(np.arange(10))  # two triangles gone: a box with a hole
    info = ingest(mesh.export(file_type="glb"), "open.glb")
    assert (info.format, info.units, info.metres_per_unit, info.faces) == ("glb", "m", 1.0, 10)
    assert info.watertight is False
    assert info.volume is None


def test_textured_obj_in_a_zip_keeps_its_texture():
    info = ingest(textured_obj_zip("scan/"), "bracelet.zip")
    assert (info.format, info.media_type, info.entry) == ("obj", "application/zip", "scan/bracelet.obj")
    assert (info.textures, info.texture_sizes, info.materials) == (1, ((64, 32),), 1)


def test_gltf_with_external_buffer_must_come_zipped():
    scene = trimesh.Scene(trimesh.creation.box())
    files = trimesh.exchange.gltf.export_gltf(scene)  # {"model.gltf": ..., "gltf_buffer_….bin": ...}
    gltf_name = next(n for n in files if n.endswith(".gltf"))
    message = refusal(files[gltf_name], "box.gltf")
    assert "refers to a file" in message and "in one ZIP" in message
    info = ingest(zipped(files), "box.zip")
    assert (info.format, info.faces, info.entry) == ("gltf", 12, gltf_name)


# ---------------------------------------------------------------- refused uploads

BAD_INDICES_OBJ = b"v 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\nf 1 2 99\n"
NAN_OBJ = b"v nan 0 0\nv 1 0 0\nv 0 1 0\nv 0 0 1\nf 1 2 3\nf 2 3 4\n"
POINTS_PLY = (b"ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
              b"end_header\n0 0 0\n1 0 0\n0 1 0\n")
BAD_INDICES_PLY = (b"ply\nformat ascii 1.0\nelement vertex 3\nproperty float x\nproperty float y\nproperty float z\n"
                   b"element face 1\nproperty list uchar int vertex_indices\nend_header\n"
                   b"0 0 0\n1 0 0\n0 1 0\n3 0 1 7\n")


@pytest.mark.parametrize(("data", "message"), [
    (b"", "plinth.stl is empty"),
    (POINTS_PLY, "plinth.stl has only points and no faces"),
    (BAD_INDICES_OBJ, "plinth.stl has faces that refer to vertices it does not have"),
    (BAD_INDICES_PLY, "plinth.stl has faces that refer to vertices it does not have"),
    (NAN_OBJ, "plinth.stl has coordinates that are not numbers (NaN or infinity)"),
    (b"solid empty\nendsolid empty\n", "plinth.stl has no faces: it is an empty model"),
    (b"just some notes about the plinth\n", "plinth.stl is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D"
                                           " model (GLB, glTF, OBJ, STL, PLY, OFF, 3MF or DAE, alone or in a ZIP"),
])
def test_bad_files_are_refused_naming_the_problem(data, message):
    assert refusal(data, "plinth.stl").startswith(message)


def test_truncated_glb_is_refused():
    data = trimesh.creation.box().export(file_type="glb")
    message = refusal(data[:-7], "yurt.glb")
    assert message == f"yurt.glb is cut short or damaged: GLB model declares {len(data)} bytes but has {len(data) - 7}"


def test_over_the_face_and_byte_limits_is_refused():
    assert refusal(stl(), "plinth.stl", max_faces=10) == "plinth.stl has 12 faces, over the limit of 10"
    text = trimesh.creation.box().export(file_type="obj").encode()
    assert refusal(text, "plinth.obj", max_faces=10) == "plinth.obj has 12 faces, over the limit of 10"
    assert refusal(stl(), "plinth.stl", max_bytes=100) == f"plinth.stl is {len(stl())} bytes, over the limit of 100"


@pytest.mark.parametrize("name", ["../escape.obj", "/etc/cron.d/escape.obj", "scan\\..\\..\\escape.obj",
                                  "C:/Windows/escape.obj"])
def test_zip_with_escaping_paths_is_refused(name):
    message = refusal(zipped({name: b"v 0 0 0\n", "model.obj": BAD_INDICES_OBJ}), "scan.zip")
    assert message.startswith("scan.zip has a file with an unsafe path")


def test_zip_bomb_is_refused_before_anything_is_unpacked(tmp_path):
    bomb = zipped({"model.obj": b"v 0 0 0\n" + b" " * (8 * 1024 * 1024)})
    assert len(bomb) < 100_000
    assert "looks like a zip bomb: model.obj unpacks" in refusal(bomb, "bomb.zip")
    # under the unpacked-size limit the same archive is refused as too large, also before unpacking
    path = tmp_path / "bomb.zip"
    path.write_bytes(bomb)
    with pytest.raises(ModelRejected, match="unpacks to more than the limit of 1000000 bytes"):
        read_package(path, Limits(max_unpacked_bytes=1_000_000, max_ratio=10_000))


def test_zip_limits_on_members_and_contents():
    many = zipped({f"part{i}.txt": b"x" for i in range(12)})
    assert refusal(many, "many.zip", max_members=10) == "many.zip is a ZIP of 12 files, over the limit of 10"
    several = zipped({"a.stl": stl(), "b.stl": stl()})
    assert refusal(several, "two.zip") == "two.zip holds 2 models (a.stl, b.stl): upload one model per file"
    assert refusal(zipped({"readme.txt": b"hello"}), "notes.zip").startswith("notes.zip holds no model file")
    disguised = zipped({"model.obj": b"\x89PNG\r\n\x1a\n" + b"\x00" * 64})
    assert refusal(disguised, "fake.zip") == "fake.zip has model.obj, which is not a OBJ file"


def test_textures_outside_the_package_are_not_read(tmp_path):
    secret = tmp_path / "secret.png"
    Image.new("RGB", (8, 8), (255, 0, 0)).save(secret)
    obj = b"mtllib ../../../../../../" + str(secret).encode() + b".mtl\nv 0 0 0\nv 1 0 0\nv 0 1 0\nf 1 2 3\n"
    mtl = f"newmtl m\nmap_Kd {secret}\n".encode()
    info = ingest(zipped({"model.obj": obj, "model.mtl": mtl}), "sneaky.zip")
    assert info.textures == 0


# ---------------------------------------------------------------- the worker survives

def _sleep(seconds: float) -> str:
    time.sleep(seconds)
    return "woke"


def _segfault() -> None:
    os.kill(os.getpid(), signal.SIGSEGV)


def _hog() -> int:
    return len(bytearray(8 * 1024 ** 3))


def _refuse() -> None:
    raise ModelRejected("is not what it says")


def test_child_returns_its_result_and_its_peak_memory():
    result, stats = run_in_child(_sleep, 0, seconds=60)
    assert result == "woke"
    assert stats.max_rss > 10 * 1024 * 1024


@pytest.mark.parametrize(("function", "args", "memory", "message"), [
    (_sleep, (60,), None, "took longer than the limit of 1 s and was stopped"),
    (_segfault, (), None, "crashed (SIGSEGV)"),
    (_hog, (), 4 * 1024 ** 3, "ran out of memory (limit 4096 MiB)"),
])
def test_child_that_hangs_crashes_or_hogs_memory_fails_with_the_reason(function, args, memory, message):
    started = time.monotonic()
    with pytest.raises(ChildFailed) as caught:
        run_in_child(function, *args, seconds=1 if function is _sleep else 60, memory_bytes=memory)
    assert str(caught.value) == message
    assert time.monotonic() - started < 30


def test_child_passes_a_refusal_on():
    with pytest.raises(ModelRejected, match="is not what it says"):
        run_in_child(_refuse, seconds=60)


# ---------------------------------------------------------------- derivatives

def _derivatives(tmp_path, data: bytes, **limits) -> tuple[models3d.ModelDerivatives, Path]:
    original = tmp_path / "original"
    original.write_bytes(data)
    cache = DerivativeCache(tmp_path / "cache")
    outcome = models3d.make_model_derivatives(original, cache, SHA, Limits(**limits))
    return outcome, cache.path(SHA, WEB_GLB).parent


def test_derivatives_of_a_large_mesh(tmp_path):
    sphere = trimesh.creation.icosphere(subdivisions=4, radius=0.05)  # 5120 faces
    sphere.apply_translation((3.0, 4.0, 5.0))
    outcome, folder = _derivatives(tmp_path, stl(sphere), face_budget=1000)
    assert outcome.ok, outcome.message
    made = outcome.derivatives
    assert (made.web_faces, made.info.faces) == (5120, 5120)
    assert 900 <= made.lod_faces <= 1000
    assert outcome.message == f"viewers first get a version of {made.lod_faces} faces; the full 5120 follow"
    web = trimesh.load_scene(folder / WEB_GLB)
    assert np.allclose(web.bounds.mean(axis=0), 0, atol=1e-6)  # centred: only translated...
    assert np.allclose(web.extents, sphere.extents, rtol=1e-5)  # ...and not scaled (STL has no units)
    lod = trimesh.load_scene(folder / LOD_GLB)
    assert sum(len(g.faces) for g in lod.geometry.values()) == made.lod_faces
    extras = json.loads(_glb_json(folder / WEB_GLB))["asset"]["extras"]["emuseum"]
    assert extras["centre_removed"] == pytest.approx([3.0, 4.0, 5.0])
    reports = validate_glbs([folder / WEB_GLB, folder / LOD_GLB])
    assert [r["errors"] for r in reports.values()] == [0, 0]
    preview = Image.open(folder / PREVIEW)
    assert (preview.size, preview.mode) == ((800, 800), "RGBA")
    assert preview.getpixel((0, 0))[3] == 0  # transparent around the model
    assert preview.getpixel((400, 400))[3] == 255  # the sphere fills the middle
    alpha = np.asarray(preview)[:, :, 3] > 0
    rows, columns = np.flatnonzero(alpha.any(axis=1)), np.flatnonzero(alpha.any(axis=0))
    assert 500 < rows[-1] - rows[0] < 800 and 500 < columns[-1] - columns[0] < 800  # fitted to the frame


def test_derivatives_keep_textures_byte_for_byte(tmp_path):
    texture = io.BytesIO()
    Image.effect_noise((128, 128), 60).convert("RGB").save(texture, "JPEG", quality=93)
    mesh = trimesh.creation.box()
    mesh.visual = trimesh.visual.TextureVisuals(uv=mesh.vertices[:, :2] + 0.5,
                                                material=trimesh.visual.material.PBRMaterial(
                                                    baseColorTexture=Image.open(io.BytesIO(texture.getvalue()))))
    data = trimesh.Scene(mesh).export(file_type="glb")
    [uploaded] = _glb_images(data)
    assert uploaded[:3] == b"\xff\xd8\xff"
    outcome, folder = _derivatives(tmp_path, data)
    assert outcome.ok, outcome.message
    assert _glb_images((folder / WEB_GLB).read_bytes()) == [uploaded]  # not another generation of JPEG loss


def test_textured_obj_zip_makes_a_valid_textured_glb(tmp_path):
    outcome, folder = _derivatives(tmp_path, textured_obj_zip())
    assert outcome.ok, outcome.message
    tree = json.loads(_glb_json(folder / WEB_GLB))
    assert len(tree["images"]) == 1 and tree["materials"][0]["pbrMetallicRoughness"]["baseColorTexture"]
    assert validate_glbs([folder / WEB_GLB])[WEB_GLB]["errors"] == 0


def test_units_become_metres_and_z_up_becomes_y_up(tmp_path):
    mesh = trimesh.creation.box(extents=(100.0, 20.0, 300.0))  # millimetres, standing 300 mm tall in Z
    data = trimesh.Scene(mesh).export(file_type="3mf")
    outcome, folder = _derivatives(tmp_path, data)
    assert outcome.ok, outcome.message
    assert (outcome.derivatives.info.units, outcome.derivatives.info.size) == ("mm", (100.0, 20.0, 300.0))
    web = trimesh.load_scene(folder / WEB_GLB)
    assert np.allclose(web.extents, (0.1, 0.3, 0.02))  # metres, and its height is now along Y


def test_failed_derivatives_are_returned_not_raised(tmp_path):
    outcome, folder = _derivatives(tmp_path, b"solid empty\nendsolid empty\n")
    assert (outcome.ok, outcome.message) == (False, "3D model: has no faces: it is an empty model")
    outcome, folder = _derivatives(tmp_path, stl(trimesh.creation.icosphere(4)), derivative_seconds=0.05)
    assert (outcome.ok, outcome.message) == (False, "3D model: took longer than the limit of 0.05 s and was stopped")
    assert not (folder / PREVIEW).exists()


# ---------------------------------------------------------------- in the application

def test_record_derivatives_and_retry(app, session, monkeypatch):
    exhibit = make_exhibit(session)
    data = trimesh.creation.box(extents=(0.2, 0.1, 0.05)).export(file_type="glb")
    record = attach_media(session, SYSTEM, exhibit.id, io.BytesIO(data), "yurt.glb")
    media_id = record.id
    models3d.make_record_derivatives(session, record)
    assert (record.status, record.status_message) == ("ready", "")
    cache = app.extensions["emuseum.derivatives"]
    assert cache.path(record.sha256, WEB_GLB).is_file() and cache.path(record.sha256, PREVIEW).is_file()

    with pytest.raises(ValidationError, match="media .* is ready; only failed work can be retried"):
        models3d.retry_derivatives(session, SYSTEM, media_id)
    record.status, record.status_message = "failed", "3D model: took longer than the limit of 900 s"
    session.commit()
    queued = []
    monkeypatch.setattr(app.extensions["emuseum.jobs"], "enqueue", lambda *args: queued.append(args))
    record = models3d.retry_derivatives(session, SYSTEM, media_id)
    assert (record.status, record.status_message, queued) == ("pending", "", [("make_derivatives", media_id)])
    assert session.get(MediaRecord, media_id).status == "pending"

    record.status = "processing"  # a worker is on it, within its time limit: leave it be
    session.commit()
    with pytest.raises(ValidationError, match="is processing; only failed work can be retried"):
        models3d.retry_derivatives(session, SYSTEM, media_id)
    record.updated_at = datetime.now(timezone.utc) - timedelta(hours=2)  # its worker died long ago
    session.commit()
    assert models3d.retry_derivatives(session, SYSTEM, media_id).status == "pending"
    assert len(queued) == 2


def test_ingest_of_a_path_reads_the_file(tmp_path):
    path = tmp_path / "upload"
    path.write_bytes(stl())
    assert models3d.ingest_model(path, "plinth.stl", Limits()).faces == 12


def _glb_json(path: Path) -> bytes:
    data = path.read_bytes()
    (length,) = struct.unpack_from("<I", data, 12)
    return data[20:20 + length]


def _glb_images(data: bytes) -> list[bytes]:
    (length,) = struct.unpack_from("<I", data, 12)
    tree = json.loads(data[20:20 + length])
    binary = data[20 + length + 8:]
    views = [tree["bufferViews"][image["bufferView"]] for image in tree.get("images", [])]
    return [binary[v.get("byteOffset", 0):v.get("byteOffset", 0) + v["byteLength"]].rstrip(b"\0") for v in views]
