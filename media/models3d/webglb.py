"""The web versions of a model: a GLB centred on the origin in metres, and a decimated LOD for large models.

Materials and textures are the original's: trimesh writes them as glTF PBR materials, and JPEG
textures are put back byte for byte (trimesh would re-encode them at quality 75). Centring only
translates; a model whose file names its units is scaled to metres, the unit of glTF, by its root
transform and not by rewriting its vertices. What the viewer needs to show true sizes (the original
units, size and the offset removed) is kept in the GLB's ``asset.extras.emuseum`` too.

The LOD has at most ``face_budget`` triangles, shared among the meshes in proportion to their size,
made with fast-simplification (quadric edge collapse). UV coordinates and vertex colours follow the
collapses, and borders (which include every UV seam) are kept so textures stay in place.
"""
from __future__ import annotations

import io

import numpy as np
import trimesh
from trimesh.exchange.gltf import export_glb
from trimesh.visual import ColorVisuals, TextureVisuals

from .inspect import ModelInfo, texture_images

_Z_UP_FORMATS = ("stl", "3mf")
_Z_UP_TO_Y_UP = np.array([[1.0, 0, 0, 0], [0, 0, 1, 0], [0, -1, 0, 0], [0, 0, 0, 1]])
# Meshes this small are kept whole in an LOD: decimating a bolt to nothing saves nothing.
_SMALL_MESH = 64


def centre_for_web(scene: trimesh.Scene, info: ModelInfo) -> dict:
    """Return what was done after moving the scene so the centre of its bounds is the origin, in metres, Y up.

    Metres only where the units are known; the dictionary returned is for ``glb_bytes`` to keep.

    3MF is Z-up by its specification and STL by the custom of the 3D printing it comes from; glTF
    is Y-up, so those are turned upright (a rotation, no distortion) or viewers would lay them on
    their backs.
    """
    centre = (np.asarray(info.bounds[0]) + np.asarray(info.bounds[1])) / 2
    scale = info.metres_per_unit or 1.0
    z_up = info.format in _Z_UP_FORMATS
    transform = np.eye(4)
    transform[:3, 3] = -centre
    transform = np.diag([scale, scale, scale, 1.0]) @ transform
    if z_up:
        transform = _Z_UP_TO_Y_UP @ transform
    scene.apply_transform(transform)
    return {
        "source_units": info.units,
        "metres_per_unit": info.metres_per_unit,
        "scale_applied": scale,
        "centre_removed": [float(c) for c in centre],
        "size": list(info.size),
        "z_up_turned_to_y_up": z_up,
    }


def glb_bytes(scene: trimesh.Scene, extras: dict | None = None) -> bytes:
    """Return the scene as GLB, with its materials, the original bytes of its JPEG textures and our extras."""

    def annotate(tree: dict) -> None:
        tree.setdefault("asset", {})["generator"] = "emuseum (trimesh)"
        if extras:
            tree["asset"]["extras"] = {"emuseum": extras}

    _repair_normals(scene)
    return export_glb(scene, tree_postprocessor=annotate, buffer_postprocessor=_original_jpegs(scene))


def _repair_normals(scene: trimesh.Scene) -> None:
    """Give a unit normal to any vertex whose normal is zero or not a number, which glTF forbids.

    Such normals belong to points no face uses or to faces of no area, so any unit vector will do.
    """
    for mesh in _placed_meshes(scene):
        if "vertex_normals" not in mesh._cache.cache:
            continue
        normals = np.asarray(mesh.vertex_normals, dtype=np.float64)
        bad = ~np.isfinite(normals).all(axis=1) | (np.linalg.norm(np.nan_to_num(normals), axis=1) < 1e-6)
        if bad.any():
            normals = normals.copy()
            normals[bad] = (0.0, 0.0, 1.0)
            mesh.vertex_normals = normals


def decimated(scene: trimesh.Scene, face_budget: int) -> trimesh.Scene | None:
    """Return a copy of the scene within ``face_budget`` faces (instances counted), or None if it already is.

    Each mesh gets a share of the budget in proportion to the faces it shows; meshes too small to be
    worth decimating are kept whole and their faces taken off the budget first. The decimator lands
    near its target, not on it, so a result over the budget is made again with smaller shares. Some
    meshes cannot be reduced at all without folding over (a CAD cylinder of long thin triangles):
    they stay whole, and a scene made mostly of them can stay over the budget.
    """
    total = placed_faces(scene)
    if total <= face_budget:
        return None
    counts = _placements(scene)
    small = sum(len(m.faces) * counts[n] for n, m in scene.geometry.items()
                if isinstance(m, trimesh.Trimesh) and len(m.faces) <= _SMALL_MESH)
    ratio = max(face_budget - small, 0) / max(total - small, 1)
    previous = total
    for _ in range(4):
        geometry = {}
        for name, mesh in scene.geometry.items():
            if isinstance(mesh, trimesh.Trimesh) and len(mesh.faces) > _SMALL_MESH and counts[name]:
                geometry[name] = _simplify(mesh, max(int(len(mesh.faces) * ratio), 4))
            else:
                geometry[name] = mesh
        lod = trimesh.Scene(geometry=geometry, graph=scene.graph.copy())
        faces = placed_faces(lod)
        if faces <= face_budget or faces >= previous:  # within budget, or the decimator can do no more
            break
        previous = faces
        ratio *= (face_budget - small) / max(faces - small, 1) * 0.98
    return lod


def _placements(scene: trimesh.Scene) -> dict[str, int]:
    """Return how many times each geometry is placed in the scene."""
    counts = dict.fromkeys(scene.geometry, 0)
    for node in scene.graph.nodes_geometry:
        name = scene.graph[node][1]
        if name in counts:
            counts[name] += 1
    return counts


def _simplify(mesh: trimesh.Trimesh, target: int) -> trimesh.Trimesh:
    import fast_simplification  # noqa: PLC0415  (only the derivative job decimates)

    visual = mesh.visual
    uv = getattr(visual, "uv", None) if isinstance(visual, TextureVisuals) else None
    colours = visual.vertex_colors if isinstance(visual, ColorVisuals) and visual.defined else None
    if uv is None and colours is None:
        # Corners repeated for their normals are welded first, or the decimator would see cuts there.
        unique, welded = trimesh.grouping.unique_rows(mesh.vertices)
        points, triangles = fast_simplification.simplify(np.asarray(mesh.vertices, dtype=np.float64)[unique],
                                                         welded[np.asarray(mesh.faces, dtype=np.int64)],
                                                         target_count=target)
        simplified = trimesh.Trimesh(points, triangles, visual=visual.copy() if visual.defined else None,
                                     process=False)
    else:
        simplified = _simplify_with_corners(mesh, target, np.asarray(uv if uv is not None else colours))
    # The decimator can leave slivers of no area and points no face uses: their normals would be zero.
    simplified.update_faces(simplified.nondegenerate_faces())
    simplified.remove_unreferenced_vertices()
    if "vertex_normals" in mesh._cache.cache:  # the original was smooth-shaded: so is its LOD
        simplified.vertex_normals  # noqa: B018  (computing them puts them in the cache the exporter reads)
    return simplified


def _simplify_with_corners(mesh: trimesh.Trimesh, target: int, attribute: np.ndarray) -> trimesh.Trimesh:
    """Return the mesh decimated with its per-vertex UV coordinates or colours carried along.

    A textured mesh repeats a vertex along every UV seam, which to the decimator is a cut: freely
    collapsed it tears open, and kept whole it uses up the budget. So the surface is welded by
    position and decimated whole; each surviving triangle is then one of the originals moved, and its
    corners keep that original triangle's UVs, so every seam stays where it was.
    """
    import fast_simplification  # noqa: PLC0415

    unique, welded = trimesh.grouping.unique_rows(mesh.vertices)
    vertices = np.asarray(mesh.vertices, dtype=np.float64)[unique]
    faces = np.asarray(mesh.faces, dtype=np.int64)
    welded_faces = welded[faces]
    _, _, collapses = fast_simplification.simplify(vertices, welded_faces, target_count=target, return_collapses=True)
    points, _, mapping = fast_simplification.replay_simplification(vertices, welded_faces, collapses)
    moved = mapping[welded_faces]
    survives = ((moved[:, 0] != moved[:, 1]) & (moved[:, 1] != moved[:, 2]) & (moved[:, 0] != moved[:, 2])
                & (moved >= 0).all(axis=1))
    _, first = np.unique(np.sort(moved[survives], axis=1), axis=0, return_index=True)
    source = np.flatnonzero(survives)[np.sort(first)]  # one original triangle for each triangle of the LOD
    corners = moved[source].reshape(-1)
    values = attribute[faces[source].reshape(-1)]
    # Corners with the same position and the same UV (or colour) become one vertex again.
    keys = np.column_stack([corners, values]).astype(np.float64)
    _, first_corner, new_index = np.unique(keys, axis=0, return_index=True, return_inverse=True)
    new_faces = new_index.reshape(-1, 3)
    new_points = points[corners[first_corner]]
    new_values = values[first_corner]
    if isinstance(mesh.visual, TextureVisuals):
        visual = TextureVisuals(uv=new_values, material=mesh.visual.material)
    else:
        visual = ColorVisuals(vertex_colors=new_values.astype(np.uint8))
    return trimesh.Trimesh(new_points, new_faces, visual=visual, process=False)


def placed_faces(scene: trimesh.Scene) -> int:
    """Return how many faces the scene shows, a mesh placed twice counted twice."""
    return sum(len(g.faces) for g in _placed_meshes(scene))


def _placed_meshes(scene: trimesh.Scene) -> list[trimesh.Trimesh]:
    meshes = []
    for node in scene.graph.nodes_geometry:
        geometry = scene.geometry.get(scene.graph[node][1])
        if isinstance(geometry, trimesh.Trimesh):
            meshes.append(geometry)
    return meshes


def _original_jpegs(scene: trimesh.Scene):
    """Return a buffer post-processor for trimesh's exporter that puts back the original bytes of JPEG textures.

    trimesh re-saves every texture; for a JPEG that means another lossy generation at quality 75.
    A texture read from a file keeps its source stream, so the bytes trimesh writes can be recognised
    (by saving the image the same way) and swapped for the original ones.
    """
    swaps: dict[bytes, bytes] = {}
    for image in texture_images(scene):
        source = getattr(image, "fp", None)
        original = source.getvalue() if isinstance(source, io.BytesIO) else None
        if image.format != "JPEG" or not original or original[:3] != b"\xff\xd8\xff":
            continue
        resaved = io.BytesIO()
        image.save(resaved, format="JPEG")
        swaps[resaved.getvalue()] = original

    def put_back(buffer_items, tree) -> None:
        for key, data in list(buffer_items.items()):
            for resaved, original in swaps.items():
                if len(data) - len(resaved) < 4 and data.startswith(resaved):
                    buffer_items[key] = original + b"\0" * (-len(original) % 4)
                    break

    return put_back if swaps else None
