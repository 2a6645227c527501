"""3D model type sniffing from a file's first bytes and its size: the name it arrives with is never trusted.

Binary formats have magic numbers (GLB, ZIP, a binary STL's length formula). The text formats are
recognised by how they begin (``ply``, ``solid``, ``OFF``, ``<COLLADA``, a glTF JSON object) or,
for OBJ, by their first statements. A ZIP is only known to be 3MF, ZAE or a package of a model and
its textures once its directory is read: see ``package.py``.
"""
from __future__ import annotations

import re
import struct
from dataclasses import dataclass

# Enough to see a glTF's "asset", a COLLADA root element after a long XML prologue, or OBJ statements
# after a comment header.
HEAD_BYTES = 64 * 1024


@dataclass(frozen=True)
class ModelFormat:
    name: str        # our word, also the extension the derivative job gives a copy of the file
    media_type: str  # what the original is served as
    label: str       # what a person calls it in a message

    @property
    def is_zip(self) -> bool:
        return self.media_type in ZIP_TYPES


GLB = ModelFormat("glb", "model/gltf-binary", "GLB")
GLTF = ModelFormat("gltf", "model/gltf+json", "glTF")
OBJ = ModelFormat("obj", "model/obj", "OBJ")
STL = ModelFormat("stl", "model/stl", "STL")
PLY = ModelFormat("ply", "model/x-ply", "PLY")
OFF = ModelFormat("off", "model/x-off", "OFF")
DAE = ModelFormat("dae", "model/vnd.collada+xml", "COLLADA (DAE)")
THREE_MF = ModelFormat("3mf", "model/3mf", "3MF")
ZAE = ModelFormat("zae", "model/vnd.collada+zip", "zipped COLLADA (ZAE)")
ZIP = ModelFormat("zip", "application/zip", "ZIP package")
FORMATS = {f.name: f for f in (GLB, GLTF, OBJ, STL, PLY, OFF, DAE, THREE_MF, ZAE, ZIP)}
ZIP_TYPES = {THREE_MF.media_type, ZAE.media_type, ZIP.media_type}
ACCEPTED = "GLB, glTF, OBJ, STL, PLY, OFF, 3MF or DAE, alone or in a ZIP with its textures"

# Formats people will try that we cannot read, so the message can say what the file is.
_NOT_ACCEPTED: tuple[tuple[bytes, str], ...] = (
    (b"Kaydara FBX Binary", "an FBX file"),
    (b"ISO-10303-21", "a STEP CAD file"),
    (b"BLENDER", "a Blender file"),
    (b"OCTM", "an OpenCTM file"),
    (b"#VRML", "a VRML file"),
)
_OBJ_STATEMENT = re.compile(
    rb"(?:v|vt|vn|vp|f|l|p|o|g|s|mtllib|usemtl|cstype|deg|curv|curv2|surf|parm|end|trim|hole|"
    rb"maplib|usemap|lod|bevel|c_interp|d_interp|shadow_obj|trace_obj|ctech|stech|call|csh)\b")
_GLTF_KEY = re.compile(rb'"(?:asset|accessors|bufferViews|buffers|meshes|nodes|scenes)"\s*:')
_OBJ_VERTEX = re.compile(rb"^[ \t]*v[ \t]+[-+.0-9nN]", re.MULTILINE)


def sniff_model(head: bytes, size: int) -> ModelFormat | None:
    """Return the 3D format a file is, judged from its first bytes (HEAD_BYTES of them) and size, or None."""
    if head[:4] == b"glTF":
        return GLB
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06"):  # the second is an empty archive: refused when read
        return ZIP
    if _is_binary_stl(head, size):
        return STL
    text = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if re.match(rb"ply[ \t]*\r?\n", text):  # its header is text, its body may be binary
        return PLY
    if b"\0" in head:
        return None
    if text.startswith(b"solid") and (b"facet" in text or b"endsolid" in text):
        return STL
    if _starts_with_off(text):
        return OFF
    if text.startswith(b"{") and _GLTF_KEY.search(text):
        return GLTF
    if text.startswith(b"<") and b"<COLLADA" in text:
        return DAE
    if _looks_like_obj(text):
        return OBJ
    return None


def not_accepted(head: bytes) -> str | None:
    """Return what a file is when it is a known 3D format we do not read (``"an FBX file"``), else None."""
    for magic, what in _NOT_ACCEPTED:
        if head.lstrip()[:len(magic)] == magic:
            return what
    return None


def _is_binary_stl(head: bytes, size: int) -> bool:
    # An 80-byte header, a triangle count, then 50 bytes a triangle: the length must add up exactly.
    # ASCII STL files that happen to match are vanishingly rare; binary ones whose header starts
    # with "solid" are common, so this test comes first.
    if size < 84 or len(head) < 84:
        return False
    (count,) = struct.unpack_from("<I", head, 80)
    return count > 0 and 84 + 50 * count == size


def _starts_with_off(text: bytes) -> bool:
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith(b"#"):
            return line.startswith((b"OFF", b"COFF"))
    return False


def _looks_like_obj(text: bytes) -> bool:
    """Return whether every statement seen is an OBJ statement and at least one is a vertex."""
    lines = re.sub(rb"\\\r?\n", b" ", text).splitlines()  # a trailing backslash continues a statement
    if len(text) >= HEAD_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the head may have cut the last line in two
    statements = [line.strip() for line in lines]
    statements = [s for s in statements if s and not s.startswith(b"#")]
    if not statements or not _OBJ_VERTEX.search(text):
        return False
    return all(_OBJ_STATEMENT.match(s) for s in statements)
