"""A PNG preview of a model, rendered headless: pyrender on OpenGL through EGL, on Mesa's llvmpipe (the CPU).

No GPU and no display: EGL gives an OpenGL context without a window (Debian packages libegl1,
libegl-mesa0, libgl1-mesa-dri), and llvmpipe rasterises on the CPU. The view is a three-quarter one,
from 30° above and 45° round, with the whole model in frame: a key and a fill light and some ambient
light, on a transparent background. Meshes whose file had vertex normals are shaded smooth as their
author meant; others (most STL) flat, which keeps a machined edge sharp.

Run it in a process that has not made an OpenGL context before and will not fork after: see child.py.
"""
from __future__ import annotations

import io
import math
import os

import numpy as np
import trimesh

ELEVATION = math.radians(30)
AZIMUTH = math.radians(45)
FIELD_OF_VIEW = math.radians(35)
_MARGIN = 0.08  # of the frame's half-width left free around the model


def preview_png(scene: trimesh.Scene, size: int = 800) -> bytes:
    """Return a ``size``×``size`` PNG of the scene seen from the front right and above."""
    os.environ.setdefault("PYOPENGL_PLATFORM", "egl")
    import pyrender  # noqa: PLC0415  (imports OpenGL, which reads PYOPENGL_PLATFORM once)
    from PIL import Image  # noqa: PLC0415

    view = pyrender.Scene(bg_color=[1.0, 1.0, 1.0, 0.0], ambient_light=[0.35, 0.35, 0.35])
    meshes: dict[str, object] = {}
    for node in scene.graph.nodes_geometry:
        transform, name = scene.graph[node]
        geometry = scene.geometry.get(name)
        if not isinstance(geometry, trimesh.Trimesh) or not len(geometry.faces):
            continue
        if name not in meshes:
            smooth = "vertex_normals" in geometry._cache.cache
            meshes[name] = pyrender.Mesh.from_trimesh(geometry, smooth=smooth)
        view.add(meshes[name], pose=transform)

    bounds = np.asarray(scene.bounds, dtype=float)
    centre = bounds.mean(axis=0)
    radius = float(np.linalg.norm(bounds[1] - bounds[0]) / 2) or 1.0
    direction = np.array([math.cos(ELEVATION) * math.sin(AZIMUTH), math.sin(ELEVATION),
                          math.cos(ELEVATION) * math.cos(AZIMUTH)])
    camera_pose = _look_at(centre + direction, centre)
    distance = _framing_distance(_sample_points(scene), centre, camera_pose)
    camera_pose[:3, 3] = centre + distance * direction
    view.add(pyrender.PerspectiveCamera(yfov=FIELD_OF_VIEW, znear=max(distance - 2 * radius, distance * 0.01),
                                        zfar=distance + 2 * radius), pose=camera_pose)
    # The key light comes from above the camera's left shoulder, the fill from the right and below.
    view.add(pyrender.DirectionalLight(intensity=3.0), pose=_look_at(centre + _turned(camera_pose, -0.6, 0.8),
                                                                    centre))
    view.add(pyrender.DirectionalLight(intensity=1.2), pose=_look_at(centre + _turned(camera_pose, 0.8, -0.2),
                                                                    centre))
    renderer = pyrender.OffscreenRenderer(size, size)
    try:
        colour, _ = renderer.render(view, flags=pyrender.RenderFlags.RGBA)
    finally:
        renderer.delete()
    png = io.BytesIO()
    Image.fromarray(colour, "RGBA").save(png, format="PNG", optimize=True)
    return png.getvalue()


def _framing_distance(points: np.ndarray, centre: np.ndarray, camera_pose: np.ndarray) -> float:
    """Return how far from the centre the camera must stand for the points to fill the frame with a margin.

    Each point, in the camera's axes, must be within the field of view: its sideways or upward offset
    over its depth in front of the camera at most tan(fov / 2), less a margin.
    """
    right, up, backward = ((points - centre) @ camera_pose[:3, i] for i in range(3))
    reach = math.tan(FIELD_OF_VIEW / 2) * (1 - _MARGIN)
    return float(np.max(backward + np.maximum(np.abs(right), np.abs(up)) / reach)) or 1.0


def _sample_points(scene: trimesh.Scene, count: int = 50_000) -> np.ndarray:
    """Return up to about ``count`` vertices of the scene in world coordinates: enough to frame it closely."""
    placed = [(scene.geometry[name], transform) for transform, name in
              (scene.graph[node] for node in scene.graph.nodes_geometry)
              if isinstance(scene.geometry.get(name), trimesh.Trimesh)]
    total = sum(len(g.vertices) for g, _ in placed) or 1
    step = max(1, total // count)
    samples = []
    for geometry, transform in placed:
        vertices = np.asarray(geometry.vertices)
        # the extreme vertices of each axis too, so a spike the stride skipped is not cut off
        extremes = vertices[np.concatenate([vertices.argmin(axis=0), vertices.argmax(axis=0)])]
        samples.append(trimesh.transform_points(np.vstack([vertices[::step], extremes]), transform))
    return np.vstack(samples)


def _look_at(eye: np.ndarray, target: np.ndarray) -> np.ndarray:
    """Return the pose of a camera or light at ``eye`` looking at ``target`` with +Y up (OpenGL: it looks down -Z)."""
    backward = eye - target
    backward /= np.linalg.norm(backward)
    up = np.array([0.0, 1.0, 0.0])
    if abs(float(backward @ up)) > 0.999:  # looking straight down: any horizontal axis will do
        up = np.array([0.0, 0.0, -1.0])
    right = np.cross(up, backward)
    right /= np.linalg.norm(right)
    pose = np.eye(4)
    pose[:3, 0], pose[:3, 1], pose[:3, 2], pose[:3, 3] = right, np.cross(backward, right), backward, eye
    return pose


def _turned(camera_pose: np.ndarray, right: float, up: float) -> np.ndarray:
    """Return a direction from the centre towards the camera, moved to its right and up by those amounts."""
    return camera_pose[:3, 2] + right * camera_pose[:3, 0] + up * camera_pose[:3, 1]
