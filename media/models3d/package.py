"""ZIP packages of a model with its buffers and textures, read safely: checked whole before anything is unpacked.

A member is refused if its name could escape the folder it is unpacked to (``..``, an absolute path,
a drive letter), if it is a link or encrypted; the archive is refused if it has too many members,
unpacks to too many bytes, or any member compresses suspiciously well (a zip bomb). All of this is
read from the central directory before a byte is decompressed; unpacking then counts what it
writes, so an archive that lies about its sizes is stopped too.
"""
from __future__ import annotations

import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .limits import MIB, Limits, ModelRejected
from .sniff import DAE, GLB, GLTF, OBJ, OFF, PLY, STL, THREE_MF, ZAE, ZIP, ModelFormat

# Members a model file may be, best first: a package holding a glTF and an STL export of the same
# object is meant to be seen as its glTF.
_MODEL_EXTENSIONS: tuple[tuple[str, ModelFormat], ...] = (
    (".gltf", GLTF), (".glb", GLB), (".obj", OBJ), (".dae", DAE), (".3mf", THREE_MF),
    (".ply", PLY), (".stl", STL), (".off", OFF),
)
# Ratios are only judged for members big enough to matter: a tiny file of blanks is no bomb.
_RATIO_FLOOR = 1 * MIB
_CHUNK = 1024 * 1024
_ALLOWED_COMPRESSION = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}


@dataclass(frozen=True)
class Package:
    kind: ModelFormat          # 3MF, ZAE or a plain ZIP package
    members: tuple[str, ...]   # files to unpack, as safe relative POSIX paths
    model: str                 # the member that is the model
    model_format: ModelFormat  # what the extension of that member says it is; sniffing confirms
    unpacked_bytes: int


def read_package(path: str | Path, limits: Limits) -> Package:
    """Return what a ZIP holds and which member is the model, or raise ModelRejected; nothing is unpacked."""
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ModelRejected(f"is not a readable ZIP archive ({exc})") from None
    if len(infos) > limits.max_members:
        raise ModelRejected(f"is a ZIP of {len(infos)} files, over the limit of {limits.max_members}")
    names: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        name = _safe_name(info)
        total += info.file_size
        if total > limits.max_unpacked_bytes:
            raise ModelRejected(f"unpacks to more than the limit of {limits.max_unpacked_bytes} bytes")
        if info.file_size > _RATIO_FLOOR and info.file_size > limits.max_ratio * max(info.compress_size, 1):
            raise ModelRejected(f"looks like a zip bomb: {name} unpacks {info.file_size // max(info.compress_size, 1)}"
                                f" times larger than it is packed")
        if name is None:
            continue
        if name.casefold() in (n.casefold() for n in names):
            raise ModelRejected(f"holds {name} twice")
        names[name] = info
    if not names:
        raise ModelRejected("is an empty ZIP archive")
    folded = {n.casefold() for n in names}
    if "3d/3dmodel.model" in folded:
        return Package(THREE_MF, tuple(names), "", THREE_MF, total)
    model, model_format = _main_model(list(names))
    kind = ZAE if "manifest.xml" in folded and model_format is DAE else ZIP
    return Package(kind, tuple(names), model, model_format, total)


def extract_package(path: str | Path, package: Package, destination: Path, limits: Limits) -> Path:
    """Return the path of the model file after unpacking the package's members into ``destination``."""
    root = destination.resolve()
    written = 0
    with zipfile.ZipFile(path) as archive:
        infos = {_safe_name(info): info for info in archive.infolist()}
        for name in package.members:
            target = (root / name).resolve()
            if not target.is_relative_to(root):  # _safe_name already refused this; belt and braces
                raise ModelRejected(f"has a file {name} outside its folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            try:
                with archive.open(infos[name]) as source, target.open("wb") as out:
                    while chunk := source.read(_CHUNK):
                        written += len(chunk)
                        if written > limits.max_unpacked_bytes:
                            raise ModelRejected(f"unpacks to more than the limit of {limits.max_unpacked_bytes}"
                                                " bytes")
                        out.write(chunk)
            except (zipfile.BadZipFile, EOFError, OSError, NotImplementedError) as exc:
                raise ModelRejected(f"has a damaged file {name} ({exc})") from None
    return root / package.model


def _normalised(filename: str) -> str:
    return filename.replace("\\", "/")


def _safe_name(info: zipfile.ZipInfo) -> str | None:
    """Return the member's relative path if it is a file to unpack, None for folders and OS clutter.

    Raise ModelRejected for a name that could land outside the folder (ZIP tools on Windows write
    backslashes, so both separators count), a link, an encrypted member or an unknown compression.
    """
    raw = info.filename
    name = _normalised(raw)
    if "\0" in name or name.startswith("/") or re.match(r"[A-Za-z]:", name) or ".." in name.split("/"):
        raise ModelRejected(f"has a file with an unsafe path: {raw!r}")
    if stat.S_ISLNK(info.external_attr >> 16):
        raise ModelRejected(f"has a symbolic link {raw!r}; links are not accepted")
    if info.flag_bits & 0x1:
        raise ModelRejected(f"has an encrypted file {raw!r}")
    if info.compress_type not in _ALLOWED_COMPRESSION:
        raise ModelRejected(f"has a file {raw!r} packed with a compression we cannot read")
    path = PurePosixPath(name)
    if name.endswith("/") or not path.name:
        return None
    if path.parts[0] == "__MACOSX" or path.name.startswith("._") or path.name in (".DS_Store", "Thumbs.db"):
        return None
    return str(path)


def _main_model(names: list[str]) -> tuple[str, ModelFormat]:
    for extension, model_format in _MODEL_EXTENSIONS:
        found = sorted(n for n in names if n.casefold().endswith(extension))
        if len(found) == 1:
            return found[0], model_format
        if len(found) > 1:
            shown = ", ".join(found[:5]) + (", …" if len(found) > 5 else "")
            raise ModelRejected(f"holds {len(found)} models ({shown}): upload one model per file")
    raise ModelRejected("holds no model file (.glb, .gltf, .obj, .stl, .ply, .off, .3mf or .dae)")
