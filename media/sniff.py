"""File type sniffing from the first bytes: the name a file arrives with is never trusted."""
from __future__ import annotations

import struct

# (magic prefix, offset, MIME type, kind)
_SIGNATURES: tuple[tuple[bytes, int, str, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg", "image"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png", "image"),
    (b"II*\x00", 0, "image/tiff", "image"),
    (b"MM\x00*", 0, "image/tiff", "image"),
    (b"II+\x00", 0, "image/tiff", "image"),  # BigTIFF
    (b"glTF", 0, "model/gltf-binary", "model"),
)


def sniff(head: bytes) -> tuple[str, str] | None:
    """Return (MIME type, kind) recognised from a file's first bytes, or None if unknown."""
    if len(head) >= 12 and head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp", "image"
    for magic, offset, mime, kind in _SIGNATURES:
        if head[offset:offset + len(magic)] == magic:
            return mime, kind
    return None


def glb_problem(head: bytes, size: int | None = None) -> str | None:
    """Return why a file sniffed as GLB is not a whole glTF 2.0 binary, or None when its header holds.

    ``head`` is the file's start (at least its first 20 bytes) and ``size`` its length in bytes, which
    defaults to ``len(head)`` for a file read whole. Images are decoded in full before they are
    accepted; this is the cheap equivalent for models: the version, the declared length (a
    truncated upload fails it) and the leading JSON chunk.
    """
    size = len(head) if size is None else size
    if size < 20 or len(head) < 20:
        return "GLB model is shorter than its header"
    _, version, length = struct.unpack_from("<4sII", head)
    if version != 2:
        return f"GLB model is version {version}, not glTF 2.0"
    if length != size:
        return f"GLB model declares {length} bytes but has {size}"
    chunk_length, chunk_type = struct.unpack_from("<I4s", head, 12)
    if chunk_type != b"JSON" or 20 + chunk_length > length:
        return "GLB model does not begin with its JSON chunk"
    return None
