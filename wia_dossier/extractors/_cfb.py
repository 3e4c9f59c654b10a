"""Write a small Compound File (MS-CFB v3): how an e-mail embedded in an Outlook .msg becomes a .msg of its own.

Only what a reader needs: 512-byte sectors, FAT (with DIFAT beyond 109 FAT sectors), a directory whose
sibling trees are balanced binary search trees coloured as valid red-black trees, and the mini stream for
streams under 4096 bytes (MS-CFB 2.1-2.6). No timestamps, so the same input gives the same bytes.
"""

from __future__ import annotations

import struct
from collections.abc import Mapping
from dataclasses import dataclass, field

__all__ = ["MAGIC", "write_compound"]

MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_SECTOR = 512
_MINI = 64
_CUTOFF = 4096
_PER_FAT = _SECTOR // 4  # FAT entries per sector
_PER_DIFAT = _PER_FAT - 1  # DIFAT sector: 127 FAT sector numbers + the next DIFAT sector
_HEADER_DIFAT = 109
_FREE, _END, _FATSECT, _DIFSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFC
_NOSTREAM = 0xFFFFFFFF
_STORAGE, _STREAM, _ROOT = 1, 2, 5
_RED, _BLACK = 0, 1


@dataclass
class _Node:
    name: str
    kind: int
    data: bytes = b""
    clsid: bytes = bytes(16)
    children: dict[str, _Node] = field(default_factory=dict)
    sid: int = 0
    left: int = _NOSTREAM
    right: int = _NOSTREAM
    child: int = _NOSTREAM
    colour: int = _BLACK
    start: int = _END
    size: int = 0


def _order(name: str) -> tuple[int, str]:
    # MS-CFB 2.6.4: shorter names first, then by upper-cased name
    return (len(name), name.upper())


def _tree(root: _Node) -> list[_Node]:
    """All entries in directory order (root first) with their child/left/right links set."""
    entries: list[_Node] = []

    def visit(node: _Node) -> None:
        node.sid = len(entries)
        entries.append(node)
        kids = sorted(node.children.values(), key=lambda n: _order(n.name))
        for kid in kids:
            visit(kid)
        node.child = _balanced(kids, 0, _depth(len(kids)))

    visit(root)
    return entries


def _depth(count: int) -> int:
    """Depth (0-based) of the deepest level of a balanced tree of ``count`` nodes."""
    return max(count.bit_length() - 1, 0)


def _balanced(kids: list[_Node], level: int, deepest: int) -> int:
    """Link ``kids`` (sorted) as a balanced BST; nodes on an incomplete deepest level are red."""
    if not kids:
        return _NOSTREAM
    mid = len(kids) // 2
    node = kids[mid]
    node.left = _balanced(kids[:mid], level + 1, deepest)
    node.right = _balanced(kids[mid + 1 :], level + 1, deepest)
    # Levels above the deepest are complete, so black there and red on the deepest level keeps the
    # number of black nodes equal on every path (a valid red-black tree, MS-CFB 2.6.4).
    node.colour = _RED if level == deepest and level > 0 else _BLACK
    return node.sid


def _build(streams: Mapping[str, bytes], clsids: Mapping[str, bytes]) -> _Node:
    root = _Node("Root Entry", _ROOT, clsid=clsids.get("", bytes(16)))
    for path, data in streams.items():
        parts = path.split("/")
        node = root
        for depth, part in enumerate(parts[:-1]):
            key = part.upper()
            if key not in node.children:
                sub = "/".join(parts[: depth + 1])
                node.children[key] = _Node(part, _STORAGE, clsid=clsids.get(sub, bytes(16)))
            node = node.children[key]
            if node.kind != _STORAGE:
                raise ValueError(f"{path}: a stream cannot hold other entries")
        if parts[-1].upper() in node.children:
            raise ValueError(f"{path}: given twice")
        node.children[parts[-1].upper()] = _Node(parts[-1], _STREAM, data=bytes(data))
    for path in clsids:  # empty storages (an attachment without data) still exist
        node = root
        for part in (p for p in path.split("/") if p):
            node = node.children.setdefault(part.upper(), _Node(part, _STORAGE, clsid=clsids[path]))
    return root


def _sectors(size: int, unit: int) -> int:
    return (size + unit - 1) // unit


def write_compound(streams: Mapping[str, bytes], clsids: Mapping[str, bytes] | None = None) -> bytes:
    """A compound file holding ``streams``.

    Args:
        streams: Stream path (storages separated by ``/``, each name at most 31 characters) to content.
        clsids: Storage path (``""`` for the root) to its 16-byte CLSID; also creates empty storages.

    Returns:
        The file's bytes.
    """
    clsids = dict(clsids or {})
    for path in [*streams, *clsids]:
        for part in (p for p in path.split("/") if p):
            if len(part) > 31 or any(c in part for c in "\\:!"):
                raise ValueError(f"invalid entry name {part!r}")
    root = _build(streams, clsids)
    entries = _tree(root)
    streams_in_order = [e for e in entries if e.kind == _STREAM]

    # Small streams live in the mini stream (64-byte mini sectors chained by the mini FAT).
    minifat: list[int] = []
    mini = bytearray()
    for node in streams_in_order:
        node.size = len(node.data)
        if 0 < node.size < _CUTOFF:
            first = len(minifat)
            count = _sectors(node.size, _MINI)
            minifat.extend(range(first + 1, first + count))
            minifat.append(_END)
            node.start = first
            mini += node.data.ljust(count * _MINI, b"\0")
    root.size = len(mini)

    # Regular chains, in file order after the FAT and DIFAT sectors.
    chains: list[tuple[str, bytes]] = []
    if mini:
        chains.append(("ministream", bytes(mini)))
    for node in streams_in_order:
        if node.size >= _CUTOFF:
            chains.append((f"stream{node.sid}", node.data))
    directory_size = _sectors(len(entries) * 128, _SECTOR) * _SECTOR
    chains.append(("directory", bytes(directory_size)))  # filled in below
    if minifat:
        minifat.extend([_FREE] * (-len(minifat) % _PER_FAT))
        chains.append(("minifat", struct.pack(f"<{len(minifat)}I", *minifat)))
    content = sum(_sectors(len(data), _SECTOR) for _, data in chains)

    fat_count = 1
    while True:
        difat_count = _sectors(max(fat_count - _HEADER_DIFAT, 0), _PER_DIFAT)
        if fat_count * _PER_FAT >= content + fat_count + difat_count:
            break
        fat_count += 1
    fat = [_FATSECT] * fat_count + [_DIFSECT] * difat_count
    starts: dict[str, int] = {}
    for label, data in chains:
        count = _sectors(len(data), _SECTOR)
        starts[label] = len(fat)
        fat.extend(range(len(fat) + 1, len(fat) + count))
        fat.append(_END)
    fat.extend([_FREE] * (fat_count * _PER_FAT - len(fat)))

    root.start = starts.get("ministream", _END)
    for node in streams_in_order:
        if node.size >= _CUTOFF:
            node.start = starts[f"stream{node.sid}"]
        elif node.size == 0:
            node.start = _END
    directory = b"".join(_entry(e) for e in entries)
    directory += _empty_entry() * (directory_size // 128 - len(entries))

    fat_sectors = list(range(fat_count))
    header_difat = fat_sectors[:_HEADER_DIFAT] + [_FREE] * (_HEADER_DIFAT - min(fat_count, _HEADER_DIFAT))
    header = MAGIC + bytes(16) + struct.pack(
        "<HHHHH6xIIIIIIIII",
        0x3E, 3, 0xFFFE, 9, 6,  # minor, major version 3, byte order, sector shift 9 (512), mini shift 6 (64)
        0,  # directory sectors: always 0 in version 3
        fat_count,
        starts["directory"],
        0,  # transaction signature
        _CUTOFF,
        starts.get("minifat", _END),
        _sectors(len(minifat) * 4, _SECTOR),
        fat_count if difat_count else _END,  # the DIFAT sectors follow the FAT sectors
        difat_count,
    ) + struct.pack(f"<{_HEADER_DIFAT}I", *header_difat)  # fmt: skip

    out = bytearray(header)
    out += struct.pack(f"<{len(fat)}I", *fat)
    rest = fat_sectors[_HEADER_DIFAT:]
    for i in range(difat_count):
        chunk = rest[i * _PER_DIFAT : (i + 1) * _PER_DIFAT]
        chunk += [_FREE] * (_PER_DIFAT - len(chunk))
        following = fat_count + i + 1 if i + 1 < difat_count else _END
        out += struct.pack(f"<{_PER_FAT}I", *chunk, following)
    for label, data in chains:
        out += (directory if label == "directory" else data).ljust(_sectors(len(data), _SECTOR) * _SECTOR, b"\0")
    return bytes(out)


def _entry(node: _Node) -> bytes:
    name = node.name.encode("utf-16-le")
    return struct.pack(
        "<64sHBBIII16sIQQIQ",
        name + b"\0\0",
        len(name) + 2,
        node.kind,
        node.colour,
        node.left,
        node.right,
        node.child,
        node.clsid,
        0,  # state bits
        0,  # creation time
        0,  # modification time
        node.start if node.kind != _STORAGE else 0,
        node.size if node.kind != _STORAGE else 0,
    )


def _empty_entry() -> bytes:
    return struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM, bytes(16), 0, 0, 0, 0, 0)
