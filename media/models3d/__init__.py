"""3D models: sniffing, safe unpacking, checking and measuring, web GLB and LOD, headless previews.

A library with plain inputs and outputs (paths, bytes, dataclasses); it never imports ``emuseum``.
The pieces, in the order an upload meets them: ``sniff`` (what a file is), ``package`` (ZIP
archives, checked before anything is unpacked), ``inspect`` (trimesh loads it, checks it, measures
it: ModelInfo), ``webglb`` (the centred web GLB and its decimated LOD), ``preview`` (an 800×800 PNG
drawn with pyrender through EGL on the CPU), ``pipeline`` (the two pieces of work), and ``child``
(which runs them in a child process with a time and memory limit).
"""
from .inspect import ModelInfo
from .limits import Limits, ModelRejected

__all__ = ["Limits", "ModelInfo", "ModelRejected"]
