"""Generated 3D models of demo exhibits: a vessel, a yurt, a dombra, a kobyz, a balbal, as GLB bytes.

Shapes are made with trimesh from revolved profiles and primitives, coloured by vertex colours, and
measured in metres as glTF expects. The same seed gives the same bytes.
"""
from __future__ import annotations

import random

import numpy as np
import trimesh

RGBA = tuple[int, int, int, int]

MODEL_KINDS = ("vessel", "bowl", "yurt", "dombra", "kobyz", "balbal")


def _coloured(mesh: trimesh.Trimesh, colour: RGBA) -> trimesh.Trimesh:
    mesh.visual.vertex_colors = np.tile(np.array(colour, np.uint8), (len(mesh.vertices), 1))
    return mesh


def _banded(mesh: trimesh.Trimesh, base: RGBA, band: RGBA, bands: list[tuple[float, float]]) -> trimesh.Trimesh:
    """Colour the mesh ``base``, with ``band`` where the height (z) falls in any (low, high) range."""
    z = mesh.vertices[:, 2]
    colours = np.tile(np.array(base, np.uint8), (len(z), 1))
    for low, high in bands:
        colours[(z >= low) & (z <= high)] = band
    mesh.visual.vertex_colors = colours
    return mesh


def _revolve(profile: list[tuple[float, float]], sections: int = 48, points: int = 0) -> trimesh.Trimesh:
    """Return the solid made by turning a (radius, height) profile round the z axis.

    With ``points`` the profile is first resampled evenly, so that colour bands have vertices to sit on.
    """
    line = np.array(profile, dtype=np.float64)
    if points:
        along = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(line, axis=0), axis=1))])
        at = np.linspace(0.0, along[-1], points)
        line = np.column_stack([np.interp(at, along, line[:, 0]), np.interp(at, along, line[:, 1])])
        line[0, 0] = line[-1, 0] = 0.0  # the ends stay on the axis
    return trimesh.creation.revolve(line, sections=sections)


def vessel(rng: random.Random) -> list[trimesh.Trimesh]:
    """A clay jug (құмыра): a turned body with incised bands on the shoulder."""
    h = rng.uniform(0.25, 0.4)
    r = h * rng.uniform(0.28, 0.36)
    neck = rng.uniform(0.3, 0.45)
    profile = [(0, 0), (r * 0.55, 0), (r * 0.85, h * 0.1), (r, h * 0.4), (r * 0.95, h * 0.55),
               (r * neck * 1.2, h * 0.8), (r * neck, h * 0.9), (r * neck * 1.25, h), (r * neck * 1.1, h),
               (r * neck * 0.85, h * 0.92), (0, h * 0.92)]
    body = _revolve(profile, points=60)
    clay = rng.choice(((176, 98, 62, 255), (160, 110, 80, 255), (190, 130, 90, 255)))
    dark = tuple(int(c * 0.55) for c in clay[:3]) + (255,)
    return [_banded(body, clay, dark, [(h * 0.58, h * 0.6), (h * 0.66, h * 0.68)])]


def bowl(rng: random.Random) -> list[trimesh.Trimesh]:
    """A wooden bowl (тегене, кесе): a wide shallow body with a foot ring."""
    r = rng.uniform(0.1, 0.2)
    h = r * rng.uniform(0.4, 0.6)
    t = r * 0.06
    profile = [(0, 0), (r * 0.45, 0), (r * 0.45, h * 0.08), (r * 0.7, h * 0.25), (r, h), (r - t, h),
               (r * 0.68 - t, h * 0.3), (0, h * 0.2)]
    wood = rng.choice(((120, 72, 40, 255), (150, 96, 52, 255)))
    return [_banded(_revolve(profile, points=30), wood, (60, 36, 20, 255), [(h * 0.8, h * 0.86)])]


def yurt(rng: random.Random) -> list[trimesh.Trimesh]:
    """A yurt (киіз үй): felt walls, a domed roof, the шаңырақ crown and a painted door."""
    r = rng.uniform(2.8, 3.6)
    wall_h = rng.uniform(1.4, 1.7)
    felt = rng.choice(((236, 230, 214, 255), (226, 218, 196, 255)))
    walls = trimesh.creation.cylinder(radius=r, height=wall_h, sections=64)
    walls.apply_translation((0, 0, wall_h / 2))
    roof_h = r * 0.55
    crown = r * 0.22
    roof_profile = [(0, wall_h), (r * 1.02, wall_h)]
    for i in range(1, 9):
        f = i / 8
        roof_profile.append((r * 1.02 - (r * 1.02 - crown) * f, wall_h + roof_h * np.sin(f * np.pi / 2)))
    roof_profile.append((0, wall_h + roof_h))
    roof = _revolve(roof_profile, sections=64)
    ring = trimesh.creation.torus(major_radius=crown, minor_radius=0.06, major_sections=48, minor_sections=12)
    ring.apply_translation((0, 0, wall_h + roof_h + 0.02))
    door = trimesh.creation.box(extents=(0.9, 0.12, 1.35))
    door.apply_translation((0, -r, 0.675))
    band = trimesh.creation.cylinder(radius=r * 1.005, height=0.18, sections=64)
    band.apply_translation((0, 0, wall_h * 0.85))
    return [_coloured(walls, felt), _coloured(roof, felt), _coloured(ring, (130, 80, 40, 255)),
            _coloured(door, (170, 50, 40, 255)), _coloured(band, (150, 40, 40, 255))]


def dombra(rng: random.Random) -> list[trimesh.Trimesh]:
    """A dombra: a pear-shaped body (a revolved half, flattened), a long neck and a head."""
    length = rng.uniform(0.85, 1.0)
    body_l = length * 0.45
    w = body_l * rng.uniform(0.68, 0.78)
    profile = [(0, 0)]
    for i in range(1, 16):
        f = i / 16
        profile.append((w / 2 * np.sin(np.pi * f) ** 0.6 * (1.1 - 0.35 * f), body_l * f))
    profile.append((0, body_l))
    body = _revolve(profile, sections=40)
    body.apply_scale((1.0, 0.45, 1.0))  # a flat front and back
    wood = rng.choice(((150, 92, 48, 255), (176, 120, 66, 255), (120, 70, 36, 255)))
    neck = trimesh.creation.box(extents=(0.04, 0.03, length - body_l))
    neck.apply_translation((0, 0, body_l + (length - body_l) / 2 - 0.01))
    head = trimesh.creation.box(extents=(0.05, 0.04, 0.08))
    head.apply_translation((0, -0.01, length + 0.03))
    return [_coloured(body, wood), _coloured(neck, tuple(int(c * 0.8) for c in wood[:3]) + (255,)),
            _coloured(head, (70, 40, 22, 255))]


def kobyz(rng: random.Random) -> list[trimesh.Trimesh]:
    """A kobyz: a ladle-shaped bowl, a short neck bending back into a head."""
    length = rng.uniform(0.7, 0.8)
    bowl_l = length * 0.5
    w = bowl_l * 0.45
    profile = [(0, 0)] + [(w / 2 * np.sin(np.pi * (0.1 + 0.9 * i / 12)) ** 0.5, bowl_l * i / 12) for i in range(1, 12)]
    profile.append((0, bowl_l))
    body = _revolve(profile, sections=40)
    body.apply_scale((1.0, 0.55, 1.0))
    wood = rng.choice(((110, 62, 34, 255), (132, 80, 44, 255)))
    neck = trimesh.creation.box(extents=(0.05, 0.04, length - bowl_l))
    neck.apply_translation((0, 0, bowl_l + (length - bowl_l) / 2 - 0.02))
    head = trimesh.creation.box(extents=(0.07, 0.09, 0.06))
    head.apply_translation((0, 0.03, length))
    skin = trimesh.creation.box(extents=(w * 0.6, 0.005, bowl_l * 0.45))
    skin.apply_translation((0, -w * 0.25, bowl_l * 0.28))
    return [_coloured(body, wood), _coloured(neck, wood), _coloured(head, (80, 44, 24, 255)),
            _coloured(skin, (222, 204, 170, 255))]


def balbal(rng: random.Random) -> list[trimesh.Trimesh]:
    """A balbal: a weathered standing stone with a rounded head, its surface roughened by noise."""
    h = rng.uniform(1.2, 1.8)
    w = h * rng.uniform(0.24, 0.3)
    body = trimesh.creation.box(extents=(w, w * 0.6, h * 0.78))
    body = body.subdivide().subdivide().subdivide()
    body.apply_translation((0, 0, h * 0.39))
    head = trimesh.creation.icosphere(subdivisions=3, radius=w * 0.5)
    head.apply_scale((1.0, 0.7, 1.15))
    head.apply_translation((0, 0, h * 0.78 + w * 0.45))
    noise = np.random.default_rng(rng.randrange(2 ** 32))
    for part in (body, head):
        part.vertices += noise.normal(0, w * 0.015, part.vertices.shape)
    stone = rng.choice(((128, 124, 116, 255), (150, 140, 124, 255), (110, 108, 104, 255)))
    return [_coloured(body, stone), _coloured(head, tuple(int(c * 1.06) for c in stone[:3]) + (255,))]


BUILDERS = {"vessel": vessel, "bowl": bowl, "yurt": yurt, "dombra": dombra, "kobyz": kobyz, "balbal": balbal}


def render_model(kind: str, seed: str) -> bytes:
    """Return the GLB bytes of a generated model of the given kind (one of MODEL_KINDS)."""
    rng = random.Random(f"{seed}/{kind}")
    parts = BUILDERS[kind](rng)
    scene = trimesh.Scene()
    for i, mesh in enumerate(parts):
        # glTF is y-up; our builders stand things on the z axis
        mesh.apply_transform(trimesh.transformations.rotation_matrix(-np.pi / 2, (1, 0, 0)))
        scene.add_geometry(mesh, geom_name=f"{kind}-{i}", node_name=f"{kind}-{i}")
    return scene.export(file_type="glb")
