"""What an uploaded 3D model may be, and the error that says how a file breaks it."""
from __future__ import annotations

from dataclasses import dataclass

MIB = 1024 * 1024


class ModelRejected(Exception):
    """A file is not a 3D model we can take, for a reason the person uploading it can act on."""


class NotAModel(ModelRejected):
    """A file's bytes are not those of any 3D format we read: it may well be something else altogether."""


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 512 * MIB            # of the upload, a ZIP package included
    max_faces: int = 5_000_000            # triangles in the scene as shown, instances counted
    face_budget: int = 200_000            # above it the web viewer gets a decimated LOD first
    max_members: int = 1000               # files in a ZIP package
    max_unpacked_bytes: int = 2048 * MIB  # of a ZIP package's files together
    max_ratio: int = 100                  # unpacked to packed size of one member: above it is a bomb
    load_seconds: float = 120.0           # to read and check a model at upload
    derivative_seconds: float = 900.0     # to make the web GLB, LOD and preview
    max_memory_bytes: int = 6144 * MIB    # address space of the child process doing either
