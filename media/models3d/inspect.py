"""Reading a 3D model with trimesh, checking it is a model worth keeping, and measuring it.

``opened_model`` sniffs the file, unpacks a ZIP package safely into a working folder, loads the scene
with references confined to that folder, and refuses files with no surfaces, coordinates that are not
numbers, faces naming vertices that do not exist, or more faces than allowed. ``measure`` gives the
ModelInfo kept with the media record. Both run in a child process (see ``child.py``): trimesh reads
hostile bytes, and a worker must outlive whatever they do to it.
"""
from __future__ import annotations

import json
import math
import re
import struct
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote

import numpy as np
import trimesh
from trimesh.resolvers import FilePathResolver
from trimesh.visual.material import PBRMaterial

from ..sniff import glb_problem
from .limits import Limits, ModelRejected, NotAModel
from .package import extract_package, read_package
from .sniff import ACCEPTED, GLB, GLTF, HEAD_BYTES, PLY, STL, THREE_MF, ModelFormat, not_accepted, sniff_model

# What trimesh's unit strings mean in metres, under the short names people read.
_PBR_TEXTURES = ("baseColorTexture", "metallicRoughnessTexture", "normalTexture", "occlusionTexture",
                 "emissiveTexture")
_UNIT_NAMES = {1.0: "m", 0.1: "dm", 0.01: "cm", 0.001: "mm", 1e-6: "µm", 0.0254: "in", 0.3048: "ft"}


@dataclass(frozen=True)
class ModelInfo:
    """What a media record keeps of a 3D model: JSON-serialisable with ``dataclasses.asdict``.

    Counts are of the scene as shown, a mesh placed twice counted twice. Lengths are in the model's
    own units, named in ``units`` when the file says (glTF is metres by definition; STL, OBJ, PLY and
    OFF never say). ``volume`` is given only when every mesh is closed and consistently wound.
    """
    format: str
    media_type: str
    entry: str                       # the model's file inside a ZIP package, else ""
    vertices: int
    faces: int
    meshes: int
    bounds: tuple[tuple[float, float, float], tuple[float, float, float]]
    size: tuple[float, float, float]
    units: str | None
    metres_per_unit: float | None
    watertight: bool
    surface_area: float
    volume: float | None
    materials: int
    textures: int
    texture_sizes: tuple[tuple[int, int], ...]
    notes: tuple[str, ...]


@dataclass
class LoadedModel:
    scene: trimesh.Scene
    format: ModelFormat  # of the original upload (ZIP for a package)
    model_format: ModelFormat  # of the model itself
    entry: str
    notes: list[str]


@contextmanager
def opened_model(path: str | Path, limits: Limits) -> Iterator[LoadedModel]:
    """Yield the checked model of a file; raise ModelRejected saying why it is not one we take."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise ModelRejected("is empty")
    if size > limits.max_bytes:
        raise ModelRejected(f"is {size} bytes, over the limit of {limits.max_bytes}")
    with path.open("rb") as stream:
        head = stream.read(HEAD_BYTES)
    original = sniff_model(head, size)
    if original is None:
        if what := not_accepted(head):
            raise ModelRejected(f"is {what}, which we do not read: export it as {ACCEPTED}")
        raise NotAModel(f"is not a 3D model in a format we accept ({ACCEPTED})")
    with tempfile.TemporaryDirectory(prefix="emuseum-model-") as work:
        work_path = Path(work)
        # A single file's references resolve in the empty working folder: they fail, as they must.
        model_path, model_format, kind, entry, root = path, original, original, "", work_path
        if original.is_zip:
            package = read_package(path, limits)
            kind = package.kind
            if package.kind is THREE_MF:
                model_format = THREE_MF
            else:
                root = work_path / "package"
                model_path = extract_package(path, package, root, limits)
                entry, model_format = package.model, _confirmed(model_path, package.model_format, package.model)
        loaded = _load(model_path, model_format, root, limits)
        notes = _scene_notes(model_path, model_format)
        yield LoadedModel(loaded, kind, model_format, entry, notes)


def _confirmed(path: Path, expected: ModelFormat, name: str) -> ModelFormat:
    """Return the format of a package's model file as its bytes say, which must be the one its name says."""
    size = path.stat().st_size
    with path.open("rb") as stream:
        found = sniff_model(stream.read(HEAD_BYTES), size)
    if found is None or found.name != expected.name:
        raise ModelRejected(f"has {name}, which is not a {expected.label} file")
    return found


def _load(path: Path, model_format: ModelFormat, root: Path, limits: Limits) -> trimesh.Scene:
    _refuse_early(path, model_format, limits)
    resolver = _ConfinedResolver(path.parent if path.is_relative_to(root) else root, root)
    try:
        with path.open("rb") as stream:
            # process=False: NaN coordinates and bad indices must be seen, not silently dropped.
            scene = trimesh.load_scene(stream, file_type=model_format.name, resolver=resolver, process=False)
    except ModelRejected:
        raise
    except IndexError as exc:
        raise ModelRejected(f"has faces that refer to vertices it does not have ({exc})") from None
    except FileNotFoundError as exc:
        raise ModelRejected(f"refers to a file {exc.args[0] if exc.args else ''!s} it was not uploaded with: upload"
                            f" the model with its buffers and textures together in one ZIP") from None
    except MemoryError:
        raise ModelRejected("needs more memory to read than a worker has") from None
    except Exception as exc:  # every reader fails in its own way on bad bytes; say which and why
        raise ModelRejected(f"could not be read as {model_format.label} ({type(exc).__name__}: {exc})") from None
    _check(scene, limits)
    for geometry in _meshes(scene):
        geometry.metadata.pop("_ply_raw", None)  # a second copy of a PLY's data, which nothing here reads
        geometry.process()  # merge duplicate vertices: STL stores every triangle's corners apart
    return scene


def _refuse_early(path: Path, model_format: ModelFormat, limits: Limits) -> None:
    """Refuse a model over the face limit from its header, before reading it costs memory, where the header says."""
    faces = None
    size = path.stat().st_size
    with path.open("rb") as stream:
        head = stream.read(HEAD_BYTES)
    if model_format is GLB:
        if problem := glb_problem(head, size):
            raise ModelRejected(f"is cut short or damaged: {problem}")
    elif model_format is STL and len(head) >= 84 and 84 + 50 * struct.unpack_from("<I", head, 80)[0] == size:
        (faces,) = struct.unpack_from("<I", head, 80)
    elif model_format is PLY:
        header = head.split(b"end_header", 1)[0]
        if match := re.search(rb"element\s+face\s+(\d+)", header):
            faces = int(match.group(1))
    if faces is not None and faces > limits.max_faces:
        raise ModelRejected(f"has {faces} faces, over the limit of {limits.max_faces}")


class _ConfinedResolver(FilePathResolver):
    """Resolves a model's references beside it, but never outside the folder it was unpacked to."""

    def __init__(self, folder: Path, root: Path):
        super().__init__(str(folder))
        self.root = root.resolve()

    def absolute(self, name: str) -> Path:
        path = super().absolute(name) if name.strip() else Path(self.parent)
        resolved = Path(path).resolve()
        if not resolved.is_relative_to(self.root):
            raise ValueError(f"{name!r} is outside the model's folder")
        return resolved

    def get(self, name: str) -> bytes:
        try:
            try:
                return super().get(name)
            except FileNotFoundError:
                if unquote(name) == name:
                    raise
                return super().get(unquote(name))  # COLLADA and glTF write a space in a name as %20
        except ValueError:
            raise ModelRejected(f"refers to {name!r}, outside its own folder") from None


def _meshes(scene: trimesh.Scene) -> list[trimesh.Trimesh]:
    return [g for g in scene.geometry.values() if isinstance(g, trimesh.Trimesh) and len(g.faces)]


def _instances(scene: trimesh.Scene) -> list[tuple[trimesh.Trimesh, np.ndarray]]:
    """Return each mesh placed in the scene with its transform to world coordinates."""
    placed = []
    for node in scene.graph.nodes_geometry:
        transform, name = scene.graph[node]
        geometry = scene.geometry.get(name)
        if isinstance(geometry, trimesh.Trimesh) and len(geometry.faces):
            placed.append((geometry, transform))
    return placed


def _check(scene: trimesh.Scene, limits: Limits) -> None:
    meshes = _meshes(scene)
    if not meshes:
        kinds = {type(g).__name__ for g in scene.geometry.values()}
        if "PointCloud" in kinds or any(isinstance(g, trimesh.Trimesh) and len(g.vertices) for g in
                                        scene.geometry.values()):
            raise ModelRejected("has only points and no faces: a point cloud is not a model we can show")
        if kinds & {"Path2D", "Path3D"}:
            raise ModelRejected("has only lines and no faces")
        raise ModelRejected("has no faces: it is an empty model")
    for mesh in meshes:
        faces = np.asarray(mesh.faces)
        if faces.min() < 0 or faces.max() >= len(mesh.vertices):
            raise ModelRejected("has faces that refer to vertices it does not have")
        if not np.isfinite(np.asarray(mesh.vertices)).all():
            raise ModelRejected("has coordinates that are not numbers (NaN or infinity)")
    instances = _instances(scene)
    if not instances:
        raise ModelRejected("has meshes but places none of them in its scene")
    faces = sum(len(g.faces) for g, _ in instances)
    if faces > limits.max_faces:
        raise ModelRejected(f"has {faces} faces, over the limit of {limits.max_faces}")
    if not np.isfinite(scene.bounds).all():
        raise ModelRejected("has a placement that is not a number (NaN or infinity)")


def _scene_notes(path: Path, model_format: ModelFormat) -> list[str]:
    """Return what a glTF holds that the web version made with trimesh will not keep."""
    if model_format not in (GLB, GLTF):
        return []
    try:
        with path.open("rb") as stream:
            if model_format is GLB:
                stream.seek(12)
                length, _ = struct.unpack("<I4s", stream.read(8))
                tree = json.loads(stream.read(min(length, 64 * 1024 * 1024)))
            else:
                tree = json.load(stream)
    except (ValueError, struct.error, OSError):
        return []
    notes = []
    if tree.get("animations"):
        notes.append("its animations are not kept in the web version")
    if tree.get("skins"):
        notes.append("its skinning is not kept in the web version (shown in its rest pose)")
    if any(p.get("targets") for m in tree.get("meshes", []) for p in m.get("primitives", [])):
        notes.append("its morph targets are not kept in the web version")
    dropped = sorted(set(tree.get("extensionsUsed", [])) - {"KHR_materials_emissive_strength"})
    if dropped:
        notes.append(f"glTF extensions not kept in the web version: {', '.join(dropped)}")
    return notes


def measure(loaded: LoadedModel) -> ModelInfo:
    """Return the ModelInfo of a checked model."""
    scene = loaded.scene
    instances = _instances(scene)
    area = 0.0
    volume: float | None = 0.0
    closed = {id(m): _by_position(m) for m, _ in instances}
    for mesh, transform in instances:
        shape = closed[id(mesh)]
        linear = transform[:3, :3]
        det = abs(float(np.linalg.det(linear)))
        scale = det ** (1 / 3)
        if np.allclose(linear.T @ linear, np.eye(3) * scale ** 2, rtol=1e-6, atol=1e-9):
            mesh_area, mesh_volume = mesh.area * scale ** 2, (abs(shape.volume) * det if shape.is_volume else None)
        else:  # sheared or unevenly scaled: measure the placed copy
            placed = shape.copy()
            placed.apply_transform(transform)
            mesh_area, mesh_volume = placed.area, (abs(placed.volume) if placed.is_volume else None)
        area += mesh_area
        volume = None if volume is None or mesh_volume is None else volume + mesh_volume
    bounds = np.asarray(scene.bounds, dtype=float)
    units, metres = _units(scene)
    materials, images = _materials_and_textures(scene)
    return ModelInfo(
        format=loaded.model_format.name,
        media_type=loaded.format.media_type,
        entry=loaded.entry,
        vertices=sum(len(m.vertices) for m, _ in instances),
        faces=sum(len(m.faces) for m, _ in instances),
        meshes=len(instances),
        bounds=(_triple(bounds[0]), _triple(bounds[1])),
        size=_triple(bounds[1] - bounds[0]),
        units=units,
        metres_per_unit=metres,
        watertight=all(shape.is_watertight for shape in closed.values()),
        surface_area=_rounded(area),
        volume=None if volume is None else _rounded(volume),
        materials=materials,
        textures=len(images),
        texture_sizes=tuple((int(i.size[0]), int(i.size[1])) for i in images),
        notes=tuple(loaded.notes),
    )


def _by_position(mesh: trimesh.Trimesh) -> trimesh.Trimesh:
    """Return the mesh with vertices merged by position alone, as closedness and volume are judged.

    A textured or flat-shaded mesh repeats a corner for each UV or normal it has there, which would
    make a closed box look open along every seam.
    """
    unique, inverse = trimesh.grouping.unique_rows(mesh.vertices)
    if len(unique) == len(mesh.vertices):
        return mesh
    return trimesh.Trimesh(mesh.vertices[unique], inverse[mesh.faces], process=False)


def _units(scene: trimesh.Scene) -> tuple[str | None, float | None]:
    if not scene.units:
        return None, None
    try:
        metres = float(trimesh.units.unit_conversion(scene.units, "meters"))
    except (ValueError, KeyError, TypeError):
        return str(scene.units), None
    for value, name in _UNIT_NAMES.items():
        if math.isclose(metres, value, rel_tol=1e-9):
            return name, metres
    return str(scene.units), metres


def texture_images(scene: trimesh.Scene) -> list:
    """Return the distinct PIL images used as textures by the scene's materials."""
    return _materials_and_textures(scene)[1]


def _materials_and_textures(scene: trimesh.Scene) -> tuple[int, list]:
    materials: dict[int, object] = {}
    for mesh in _meshes(scene):
        material = getattr(mesh.visual, "material", None)
        if material is not None:
            materials[id(material)] = material
    images: dict[int, object] = {}
    for material in materials.values():
        if isinstance(material, PBRMaterial):
            found = [getattr(material, a) for a in _PBR_TEXTURES]
        else:
            found = [getattr(material, "image", None)]
        for image in found:
            # trimesh stands a 2×2 image in for UV coordinates that come without a texture
            if image is not None and hasattr(image, "size") and image.size[0] * image.size[1] > 4:
                images[id(image)] = image
    return len(materials), list(images.values())


def _triple(values) -> tuple[float, float, float]:
    return tuple(_rounded(float(v)) for v in values)  # type: ignore[return-value]


def _rounded(value: float) -> float:
    """Return the value to 9 significant digits: enough for any museum object, and stable in JSON."""
    return float(f"{value:.9g}")
