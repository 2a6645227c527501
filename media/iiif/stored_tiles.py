"""The JPEG tiles a pyramidal TIFF stores, read as the bytes of JPEG files without decoding them.

    pages = read_tiled_pages(path)          # None when the file is no TIFF of JPEG tiles
    page = pages[1]                         # the level at half size
    data = page.jpeg(column, row)           # a complete JPEG (JFIF) of that tile, tile_width x tile_height

A TIFF keeps each tile as an abbreviated JPEG stream (no tables) and the quantisation and Huffman
tables once per page (JPEGTables); a tile becomes a file a browser shows by putting the tables, and
a JFIF marker saying its three components are YCbCr, in front of it. Only pages whose JPEG is YCbCr
(or grey) are offered: a tile coded in RGB would need an Adobe marker instead, and no pyramid of ours
has one.

The file is opened once and kept open, so a pyramid replaced by a rebuild (``os.replace``) is still
read consistently through the offsets parsed from it; the descriptor closes with the last page.
Plain Python (struct and os.pread): no imaging library is needed to send a stored tile.
"""
from __future__ import annotations

import os
import struct
import weakref
from dataclasses import dataclass

_COMPRESSION_JPEG = 7
_PHOTOMETRIC_GREY, _PHOTOMETRIC_YCBCR = 1, 6
_WIDTH, _HEIGHT, _COMPRESSION, _PHOTOMETRIC, _SAMPLES = 256, 257, 259, 262, 277
_TILE_WIDTH, _TILE_HEIGHT, _TILE_OFFSETS, _TILE_COUNTS, _SUB_IFDS, _JPEG_TABLES = 322, 323, 324, 325, 330, 347
# TIFF field types: struct code and size of one value.
_TYPES = {1: ("B", 1), 2: ("B", 1), 3: ("H", 2), 4: ("I", 4), 6: ("b", 1), 7: ("B", 1), 8: ("h", 2), 9: ("i", 4),
          13: ("I", 4), 16: ("Q", 8), 17: ("q", 8), 18: ("Q", 8)}
_BYTES = {2, 7}  # ASCII and UNDEFINED: kept as bytes (JPEGTables is UNDEFINED)
_SOI, _EOI = b"\xff\xd8", b"\xff\xd9"
# APP0 "JFIF" 1.01, no density unit, 1:1, no thumbnail: tells every decoder the components are YCbCr.
_JFIF = b"\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
_MAX_PAGES = 64  # a pyramid of a 2^32-pixel side has 33 levels; more is a broken or hostile chain
_MAX_TILES = 1 << 22


class _File:
    """An open file shared by the pages read from it, closed when the last of them is gone."""

    def __init__(self, path: str | os.PathLike):
        self.fd = os.open(os.fspath(path), os.O_RDONLY)
        self._closer = weakref.finalize(self, os.close, self.fd)

    def read(self, offset: int, length: int) -> bytes:
        data = os.pread(self.fd, length, offset)
        if len(data) != length:
            raise OSError(f"the TIFF ends before byte {offset + length}")
        return data


@dataclass(frozen=True, eq=False)
class TiledPage:
    """One page (IFD) of JPEG tiles; ``jpeg(column, row)`` gives a tile as a whole JPEG file."""

    width: int
    height: int
    tile_width: int
    tile_height: int
    offsets: tuple[int, ...]
    byte_counts: tuple[int, ...]
    header: bytes  # SOI, JFIF marker and the page's tables: what goes before a tile's stream minus its SOI
    file: _File

    @property
    def columns(self) -> int:
        return -(-self.width // self.tile_width)

    @property
    def rows(self) -> int:
        return -(-self.height // self.tile_height)

    def jpeg(self, column: int, row: int) -> bytes:
        """Return the stored tile at (column, row) as a JPEG file of tile_width x tile_height pixels.

        Tiles at the right and bottom edges are padded to the full tile size, as TIFF stores them.
        """
        if not (0 <= column < self.columns and 0 <= row < self.rows):
            raise IndexError(f"no tile ({column}, {row}) in a page of {self.columns}x{self.rows} tiles")
        index = row * self.columns + column
        stream = self.file.read(self.offsets[index], self.byte_counts[index])
        if stream[:2] != _SOI:
            raise OSError(f"tile {index} of the TIFF is no JPEG stream")
        return self.header + stream[2:]


def read_tiled_pages(path: str | os.PathLike) -> list[TiledPage | None] | None:
    """Return the pages of a TIFF in file order (then page 0's SubIFDs), None for a page that is not JPEG tiles.

    Returns None when the file cannot be read as a TIFF at all.
    """
    try:
        file = _File(path)
    except OSError:
        return None
    try:
        return _Parser(file).pages()
    except (OSError, ValueError, struct.error, KeyError, IndexError):
        return None


class _Parser:
    def __init__(self, file: _File):
        self.file = file
        head = file.read(0, 16) if os.fstat(file.fd).st_size >= 16 else file.read(0, 8)
        order = {b"II": "<", b"MM": ">"}.get(head[:2])
        if order is None:
            raise ValueError("not a TIFF")
        self.order = order
        magic = struct.unpack(order + "H", head[2:4])[0]
        if magic == 42:
            self.big = False
            self.first = struct.unpack(order + "I", head[4:8])[0]
        elif magic == 43:
            self.big = True
            self.first = struct.unpack(order + "Q", head[8:16])[0]
        else:
            raise ValueError("not a TIFF")

    def pages(self) -> list[TiledPage | None]:
        pages, seen, offset = [], set(), self.first
        sub_ifds: tuple[int, ...] = ()
        while offset and len(pages) < _MAX_PAGES:
            if offset in seen:
                raise ValueError("the TIFF's pages form a loop")
            seen.add(offset)
            tags, offset = self._ifd(offset)
            if not pages:
                sub_ifds = _values(tags.get(_SUB_IFDS, ()))
            pages.append(self._page(tags))
        for sub in sub_ifds[:_MAX_PAGES]:
            pages.append(self._page(self._ifd(sub)[0]))
        return pages

    def _ifd(self, offset: int) -> tuple[dict[int, tuple[int, ...] | bytes], int]:
        """Return the tags of the IFD at offset, and the offset of the next IFD (0 at the last)."""
        o = self.order
        count_size, entry_size, next_code = (8, 20, "Q") if self.big else (2, 12, "I")
        count = struct.unpack(o + ("Q" if self.big else "H"), self.file.read(offset, count_size))[0]
        if count > 4096:
            raise ValueError("an IFD of more than 4096 entries")
        block = self.file.read(offset + count_size, count * entry_size + struct.calcsize(next_code))
        tags = {}
        inline = 8 if self.big else 4
        for i in range(count):
            entry = block[i * entry_size:(i + 1) * entry_size]
            tag, kind = struct.unpack(o + "HH", entry[:4])
            n = struct.unpack(o + ("Q" if self.big else "I"), entry[4:4 + inline])[0]
            if kind not in _TYPES or n > _MAX_TILES:
                continue  # a type or size no field we read has
            code, size = _TYPES[kind]
            if n * size <= inline:
                raw = entry[4 + inline:4 + inline + n * size]
            else:
                pointer = struct.unpack(o + ("Q" if self.big else "I"), entry[4 + inline:])[0]
                raw = self.file.read(pointer, n * size)
            tags[tag] = raw if kind in _BYTES else struct.unpack(f"{o}{n}{code}", raw)
        following = struct.unpack(o + next_code, block[count * entry_size:])[0]
        return tags, following

    def _page(self, tags: dict) -> TiledPage | None:
        if _TILE_OFFSETS not in tags or _values(tags.get(_COMPRESSION, (1,)))[0] != _COMPRESSION_JPEG:
            return None
        samples = _values(tags.get(_SAMPLES, (1,)))[0]
        photometric = _values(tags.get(_PHOTOMETRIC, (0,)))[0]
        if (samples, photometric) not in ((3, _PHOTOMETRIC_YCBCR), (1, _PHOTOMETRIC_GREY)):
            return None
        width, height = _values(tags[_WIDTH])[0], _values(tags[_HEIGHT])[0]
        tile_width, tile_height = _values(tags[_TILE_WIDTH])[0], _values(tags[_TILE_HEIGHT])[0]
        offsets, counts = _values(tags[_TILE_OFFSETS]), _values(tags[_TILE_COUNTS])
        tiles = -(-width // tile_width) * -(-height // tile_height)
        if len(offsets) != tiles or len(counts) != tiles:
            return None  # planar storage (a tile per component) or a broken file
        tables = tags.get(_JPEG_TABLES, b"")
        if tables and not (tables[:2] == _SOI and tables[-2:] == _EOI):
            return None
        # The tables stream is SOI, tables, EOI: its middle goes between our SOI + JFIF and the tile's frame.
        return TiledPage(width, height, tile_width, tile_height, tuple(offsets), tuple(counts),
                         _SOI + _JFIF + tables[2:-2], self.file)


def _values(value: tuple[int, ...] | bytes) -> tuple[int, ...]:
    return tuple(value)

