"""File type sniffing from the first bytes: the name a file arrives with is never trusted."""
from __future__ import annotations

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
