"""The 3D pipeline over real models in ../shared: Khronos glTF samples and trimesh's test meshes, good and broken.

Every GLB made must pass the Khronos glTF validator with no errors. The web versions are made in this
process (it is the same code the child runs); previews are drawn for a few, each costing a render.
"""
from __future__ import annotations

import pytest
from PIL import Image

from emuseum.services import models3d
from emuseum.services.errors import ValidationError
from media.derivatives import DerivativeCache
from media.models3d.inspect import measure, opened_model
from media.models3d.limits import Limits
from media.models3d.pipeline import LOD_GLB, PREVIEW, WEB_GLB
from media.models3d.webglb import centre_for_web, decimated, glb_bytes, placed_faces

from .conftest import shared_path
from .test_models3d import validate_glbs

KHRONOS = ["AlphaBlendModeTest", "AnimatedMorphCube", "Box", "BoxTextured", "CesiumMan", "CesiumMilkTruck",
           "DamagedHelmet", "Fox", "GlamVelvetSofa", "GlassVaseFlowers", "MorphStressTest"]
# One or more of each format and package kind trimesh's collection has, that load.
TRIMESH_GOOD = {
    "featuretype.STL": "stl", "counter.unitsmm.STL": "stl", "bunny.ply": "ply", "fuze_ascii.ply": "ply",
    "ballA.off": "off", "whitespace.off": "off", "rabbit.obj": "obj", "fuze.zip": "obj", "chair.zip": "obj",
    "counterXP.3MF": "3mf", "pyramids.3mf": "3mf", "blue_cube.dae": "dae", "forearm.zae": "dae",
    "duck.zae": "dae", "pbr_cubes_emissive_spec_gloss.zip": "gltf", "mode5.gltf": "gltf",
    "rgb_cube_with_primitives.gltf": "gltf", "cap.zip": "glb", "boolean.glb": "glb", "pins.glb": "glb",
    "ascii.stl.zip": "stl",
}
TRIMESH_BAD = {
    "empty.stl": "has no faces: it is an empty model",
    "empty.ply": "has no faces: it is an empty model",
    "empty_nodes.glb": "has no faces: it is an empty model",
    "points_bin.ply": "has only points and no faces",
    "points_ascii.ply": "has only points and no faces",
    "point_uv.ply.zip": "has only points and no faces",
    "face_in_group_name.obj": "has only points and no faces",
    "off.zip": "holds 19 models (off/box.off, off/br2.off, off/cam.off, off/cone.off, off/cube.off, …)",
    "box_sides.STEP": "is a STEP CAD file, which we do not read",
    "headless.ctm": "is an OpenCTM file, which we do not read",
    "TestScene.gltf": "refers to a file TestScene.bin it was not uploaded with",
    "cycloidal.3DXML": "holds no model file",
    "points_cloudcompare.xyz": "is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D model",
    "kinematic.tar.gz": "is neither an image (JPEG, PNG, TIFF or WebP) nor a 3D model",
}
# Small enough that the larger models get an LOD too, so LODs are validated as well.
BUDGET = 3000
# Made of CAD cylinders whose long thin triangles cannot be collapsed without folding: the LOD is smaller
# than the model but stays over so small a budget.
OVER_BUDGET = {"boolean.glb"}


def _web_versions(path, folder, budget: int = BUDGET):
    """Return the model's info and the paths of its web GLB and LOD (None if within budget), written to ``folder``."""
    with opened_model(path, Limits()) as loaded:
        info = measure(loaded)
        extras = centre_for_web(loaded.scene, info)
        web = folder / f"{path.name}.glb"
        web.write_bytes(glb_bytes(loaded.scene, extras))
        lod_scene = decimated(loaded.scene, budget)
        lod = None
        if lod_scene is not None:
            assert placed_faces(lod_scene) <= (budget if path.name not in OVER_BUDGET else info.faces - 1)
            lod = folder / f"{path.name}-lod.glb"
            lod.write_bytes(glb_bytes(lod_scene, extras))
    return info, web, lod


def test_khronos_samples_make_valid_web_glbs_and_lods(tmp_path):
    made = []
    for name in KHRONOS:
        info, web, lod = _web_versions(shared_path("data", "3d", "khronos", name, f"{name}.glb"), tmp_path)
        assert (info.format, info.units) == ("glb", "m")
        assert info.faces > 0
        made += [web] + ([lod] if lod else [])
    assert len(made) > len(KHRONOS)  # some were over the budget
    reports = validate_glbs(made)
    assert {name: r["errors"] for name, r in reports.items() if r["errors"]} == {}


def test_texture_named_with_a_space_is_found_in_a_zae():
    path = shared_path("data", "3d", "trimesh-models", "duck.zae")  # its DAE says "duck%20zaeCM.png"
    with opened_model(path, Limits()) as loaded:
        info = measure(loaded)
    assert (info.format, info.media_type, info.texture_sizes) == ("dae", "model/vnd.collada+zip", ((512, 512),))


def test_khronos_textures_are_kept():
    path = shared_path("data", "3d", "khronos", "DamagedHelmet", "DamagedHelmet.glb")
    with opened_model(path, Limits()) as loaded:
        info = measure(loaded)
    assert (info.textures, info.texture_sizes[0], info.faces) == (5, (2048, 2048), 15452)


def test_trimesh_models_that_load_make_valid_glbs(tmp_path):
    made, formats = [], {}
    folder = shared_path("data", "3d", "trimesh-models")
    for name in TRIMESH_GOOD:
        info, web, lod = _web_versions(folder / name, tmp_path)
        formats[name] = info.format
        made += [web] + ([lod] if lod else [])
    assert formats == TRIMESH_GOOD
    reports = validate_glbs(made)
    assert {name: r["errors"] for name, r in reports.items() if r["errors"]} == {}


@pytest.mark.parametrize(("name", "message"), TRIMESH_BAD.items())
def test_broken_trimesh_models_are_refused_with_the_reason(name, message):
    path = shared_path("data", "3d", "trimesh-models", name)
    with pytest.raises(ValidationError) as caught:
        models3d.ingest_model(path, name, Limits())
    [(field, text)] = caught.value.errors
    assert field == "file"
    assert text.startswith(f"{name} {message}")


def test_units_are_read_where_the_file_says():
    folder = shared_path("data", "3d", "trimesh-models")
    found = {}
    for name in ("featuretype.3MF", "counterX.3MF", "duck.dae", "cap.zip", "bunny.ply"):
        with opened_model(folder / name, Limits()) as loaded:
            info = measure(loaded)
        found[name] = (info.units, info.metres_per_unit)
    assert found == {"featuretype.3MF": ("in", 0.0254), "counterX.3MF": ("mm", 0.001), "duck.dae": ("cm", 0.01),
                     "cap.zip": ("m", 1.0), "bunny.ply": (None, None)}


@pytest.mark.parametrize("path", [("khronos", "DamagedHelmet", "DamagedHelmet.glb"),
                                  ("trimesh-models", "counter.unitsmm.STL"),
                                  ("trimesh-models", "fuze.zip")])
def test_full_derivatives_with_preview(tmp_path, path):
    original = shared_path("data", "3d", *path)
    cache = DerivativeCache(tmp_path)
    outcome = models3d.make_model_derivatives(original, cache, "cd" * 32, Limits(face_budget=10_000))
    assert outcome.ok, outcome.message
    names = [WEB_GLB, PREVIEW] + ([LOD_GLB] if outcome.derivatives.lod_faces else [])
    assert all(cache.path("cd" * 32, n).is_file() for n in names)
    preview = Image.open(cache.path("cd" * 32, PREVIEW))
    assert preview.size == (800, 800)
    opaque = sum(1 for a in preview.getdata(3) if a)
    assert 0.05 * 800 * 800 < opaque < 0.9 * 800 * 800  # the model is there, and the background shows
    glbs = [cache.path("cd" * 32, n) for n in names if n.endswith(".glb")]
    assert [r["errors"] for r in validate_glbs(glbs).values()] == [0] * len(glbs)
