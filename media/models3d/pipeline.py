"""The two pieces of model work, each meant to run in a child process (``child.run_in_child``).

``inspect_file`` reads and checks an upload and gives its ModelInfo. ``build_derivatives`` reads the
stored original again and writes the web GLB, the LOD when the model is over the face budget, and the
PNG preview into the derivative cache, named by the original's digest.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from ..derivatives import DerivativeCache
from .inspect import ModelInfo, measure, opened_model
from .limits import Limits
from .webglb import centre_for_web, decimated, glb_bytes, placed_faces

WEB_GLB = "model.glb"
LOD_GLB = "model-lod.glb"
PREVIEW = "preview.png"
PREVIEW_SIZE = 800


@dataclass(frozen=True)
class Derivatives:
    info: ModelInfo
    web_faces: int
    web_bytes: int
    lod_faces: int | None   # None when the model is within the face budget and has no LOD
    lod_bytes: int | None
    seconds: dict[str, float]  # of each step: load, web, lod, preview

    @property
    def names(self) -> tuple[str, ...]:
        """Return the names of the files written to the derivative cache."""
        return (WEB_GLB, PREVIEW) if self.lod_faces is None else (WEB_GLB, LOD_GLB, PREVIEW)


def inspect_file(path: str, limits: Limits) -> ModelInfo:
    """Return the ModelInfo of a file; raise ModelRejected if it is not a model we take."""
    with opened_model(path, limits) as loaded:
        return measure(loaded)


def build_derivatives(path: str, cache_root: str, sha256: str, limits: Limits,
                      preview_size: int = PREVIEW_SIZE) -> Derivatives:
    """Return what was made after writing the web GLB, the LOD if needed and the preview of the original at ``path``."""
    cache = DerivativeCache(cache_root)
    seconds = {}
    started = time.perf_counter()
    with opened_model(Path(path), limits) as loaded:
        info = measure(loaded)
        scene = loaded.scene
        seconds["load"] = time.perf_counter() - started
        extras = centre_for_web(scene, info)
        web = glb_bytes(scene, extras)
        cache.write(sha256, WEB_GLB, web)
        seconds["web"] = time.perf_counter() - started - sum(seconds.values())
        lod = decimated(scene, limits.face_budget)
        lod_bytes = None
        if lod is not None:
            lod_data = glb_bytes(lod, extras)
            cache.write(sha256, LOD_GLB, lod_data)
            lod_bytes = len(lod_data)
        seconds["lod"] = time.perf_counter() - started - sum(seconds.values())
        from .preview import preview_png  # noqa: PLC0415  (OpenGL is loaded only where a preview is drawn)
        # At 800 pixels the LOD looks the same as the full model and renders in a fraction of the time.
        cache.write(sha256, PREVIEW, preview_png(lod if lod is not None else scene, preview_size))
        seconds["preview"] = time.perf_counter() - started - sum(seconds.values())
        return Derivatives(info, placed_faces(scene), len(web), None if lod is None else placed_faces(lod),
                           lod_bytes, seconds)
