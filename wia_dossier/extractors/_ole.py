"""Old binary Office files (OLE2 compound files): tell .msg, .doc, .xls and .ppt apart, and read streams safely.

Outlook ``.msg`` (extractors.msg) and Word 97-2003 ``.doc`` (extractors.doc) are read; ``.xls`` and ``.ppt``
are recognised only to say what they are. Streams are read with olefile (imported by the first OLE file, never
by a dossier of PDFs) behind our own limits: a crafted file can claim streams of gigabytes, loop its FAT
or DIFAT chain, or repeat one stream under many names, and olefile only logs most of these defects.
"""

from __future__ import annotations

import io
import logging
import struct
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from wia_dossier.model import Extracted, Kind, SourceFile, Status

if TYPE_CHECKING:
    from wia_dossier.extractors import ExtractOptions

log = logging.getLogger(__name__)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Stream names live in the directory sectors as UTF-16LE; looking for them in the bytes is
# enough to guess the format of a file that cannot be opened.
_MARKERS = (
    ("msg", "__substg1.0_".encode("utf-16-le")),
    ("doc", "WordDocument".encode("utf-16-le")),
    ("xls", "Workbook".encode("utf-16-le")),
    ("ppt", "PowerPoint Document".encode("utf-16-le")),
)

REASONS = {
    "msg": "Outlook .msg: sla het bericht op als .eml",
    "doc": "oud Word-formaat (.doc)",
    "xls": "oud Excel-formaat (.xls)",
    "ppt": "oud PowerPoint-formaat (.ppt)",
    "": "oud Office-formaat (OLE)",
}

#: What a file is called in a reason: ``f"{WHAT[k]} {OleError}"``, "Outlook-bericht heeft een kapotte opbouw".
WHAT = {
    "msg": "Outlook-bericht",
    "doc": "oud Word-bestand",
    "xls": "oud Excel-bestand",
    "ppt": "oud PowerPoint-bestand",
    "": "oud Office-bestand",
}

#: Entries (streams and storages) read from one file at most; an e-mail with 200 attachments has ~2,000.
MAX_ENTRIES = 20_000
_BROKEN = "heeft een kapotte opbouw"


def is_ole(head: bytes) -> bool:
    """True for an OLE2 compound file."""
    return head.startswith(OLE_MAGIC)


def flavour(data: bytes, name: str) -> str:
    """``msg``, ``doc``, ``xls``, ``ppt`` or ``""``: by stream names in the bytes, else by extension."""
    for key, marker in _MARKERS:
        if marker in data:
            return key
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    return {"msg": "msg", "doc": "doc", "dot": "doc", "xls": "xls", "ppt": "ppt"}.get(suffix, "")


def reason(data: bytes, name: str) -> str:
    """The user-facing reason why this OLE file is not read."""
    return REASONS[flavour(data, name)]


class OleError(Exception):
    """The compound file cannot be read; ``str()`` completes ``WHAT[kind]`` to a Dutch reason for the report."""


class Compound:
    """A compound file opened with olefile, read only through size and budget checks.

    Paths use ``/`` between storage names, as in ``__attach_version1.0_#00000000/__substg1.0_3701000D``.
    """

    def __init__(self, data: bytes, budget: int) -> None:
        """Open ``data``; raises ``OleError`` when the header or the directory is broken.

        Args:
            data: The whole file.
            budget: Bytes that all streams read from this file may add up to (``max_uncompressed``).
        """
        _check_header(data)
        import olefile  # 10-25 ms; only when a dossier holds an OLE file

        try:
            # Always a file object: olefile takes bytes under 1,536 as a *file name*.
            self._ole: Any = olefile.OleFileIO(io.BytesIO(data))
        except RecursionError as exc:
            raise OleError("is te diep genest") from exc
        except Exception as exc:  # olefile raises OSError, struct.error, IndexError, ...
            log.debug("olefile cannot open the file", exc_info=True)
            raise OleError(_BROKEN) from exc
        self._size = len(data)
        self._left = self._budget = budget
        #: defects olefile let pass (a stream shorter than declared, an entry used twice, ...)
        self.defects = len(getattr(self._ole, "parsing_issues", []))
        if self._ole.root.size > self._size:
            raise OleError(_BROKEN)
        self._entries: dict[str, Any] = {}
        stack: list[tuple[str, Any]] = [("", self._ole.root)]
        seen = {self._ole.root.sid}  # olefile marks every entry it links except the root: a loop back to it
        while stack:
            prefix, entry = stack.pop()
            for kid in entry.kids:
                if kid.sid in seen:
                    raise OleError(_BROKEN)
                seen.add(kid.sid)
                if len(self._entries) >= MAX_ENTRIES:
                    raise OleError("heeft te veel onderdelen")
                path = f"{prefix}{kid.name}"
                self._entries[path.lower()] = kid
                if kid.kids:
                    stack.append((path + "/", kid))

    def close(self) -> None:
        """Release olefile's buffers."""
        self._ole.close()

    def __enter__(self) -> Compound:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def kind(self) -> str:
        """``msg``, ``doc``, ``xls``, ``ppt`` or ``""``, from the names of the root's streams."""
        names = {name for name in self.children("")}
        if "WordDocument" in names:
            return "doc"
        if "__properties_version1.0" in names or any(n.startswith("__substg1.0_") for n in names):
            return "msg"
        if names & {"Workbook", "Book"}:
            return "xls"
        if "PowerPoint Document" in names:
            return "ppt"
        return ""

    def children(self, path: str) -> list[str]:
        """Names of the entries directly inside storage ``path`` (``""``: the root), sorted."""
        if not path:
            return sorted(kid.name for kid in self._ole.root.kids)
        entry = self._entries.get(path.lower())
        return sorted(kid.name for kid in entry.kids) if entry is not None else []

    def is_stream(self, path: str) -> bool:
        """True if ``path`` names a stream."""
        entry = self._entries.get(path.lower())
        return entry is not None and entry.entry_type == 2

    def is_storage(self, path: str) -> bool:
        """True if ``path`` names a storage (a folder of streams)."""
        entry = self._entries.get(path.lower())
        return entry is not None and entry.entry_type == 1

    def clsid(self, path: str) -> bytes:
        """The 16-byte CLSID of a storage (zeros when unknown)."""
        entry = self._ole.root if not path else self._entries.get(path.lower())
        raw = getattr(entry, "clsid", "") or ""
        if not raw:
            return bytes(16)
        # olefile gives the text form 00020D0B-0000-0000-C000-000000000046; back to the stored bytes
        a, b, c, d, e = raw.split("-")
        return struct.pack("<IHH", int(a, 16), int(b, 16), int(c, 16)) + bytes.fromhex(d + e)

    def size(self, path: str) -> int:
        """Declared size of a stream (0 when absent)."""
        entry = self._entries.get(path.lower())
        return int(entry.size) if entry is not None and entry.entry_type == 2 else 0

    def read(self, path: str) -> bytes | None:
        """A stream's content, or None when there is no such stream.

        Raises:
            OleError: the declared size is impossible (larger than the file), or this stream would take the
                file over its budget.
        """
        if not self.is_stream(path):
            return None
        size = self.size(path)
        if size > self._size:
            raise OleError(_BROKEN)
        if size > self._left:
            raise OleError(f"bevat meer dan {_amount(self._budget)} aan onderdelen")
        self._left -= size
        try:
            data: bytes = self._ole.openstream(path.split("/")).read()
        except Exception as exc:
            log.debug("olefile cannot read a stream", exc_info=True)
            raise OleError(_BROKEN) from exc
        return data

    def streams(self, path: str) -> Iterator[tuple[str, bytes]]:
        """Every stream under storage ``path`` (relative paths, depth first), read through ``read``."""
        stack = [path]
        while stack:
            current = stack.pop()
            for name in self.children(current):
                sub = f"{current}/{name}" if current else name
                if self.is_storage(sub):
                    stack.append(sub)
                else:
                    data = self.read(sub)
                    if data is not None:
                        yield sub[len(path) + 1 :] if path else sub, data

    def storages(self, path: str) -> Iterator[str]:
        """Every storage under storage ``path``, relative to it (also empty ones)."""
        stack = [path]
        while stack:
            current = stack.pop()
            for name in self.children(current):
                sub = f"{current}/{name}" if current else name
                if self.is_storage(sub):
                    stack.append(sub)
                    yield sub[len(path) + 1 :] if path else sub


def _amount(size: int) -> str:
    return f"{size // (1024 * 1024)} MB" if size >= 1024 * 1024 else f"{max(size // 1024, 1)} kB"


def _check_header(data: bytes) -> None:
    """Reject header values that would make olefile allocate or loop far beyond the file's size."""
    if len(data) < 512 or not data.startswith(OLE_MAGIC):
        raise OleError("is onvolledig")
    (shift,) = struct.unpack_from("<H", data, 0x1E)
    if shift not in (9, 12):
        raise OleError(_BROKEN)
    sectors = (len(data) + (1 << shift) - 1) // (1 << shift) - 1
    fat, directory, _sig, _cut, _minifat_start, minifat, _difat_start, difat = struct.unpack_from("<8I", data, 0x2C)
    # a FAT, mini FAT or DIFAT longer than the file is a lie, and a DIFAT loop would grow the FAT
    # by 127 entries per turn, without end, before olefile trims it
    if fat > sectors or minifat > sectors or difat > sectors:
        raise OleError(_BROKEN)
    # a cut-off file (a download or copy that stopped): its directory or FAT lies beyond the end
    fat_sectors = struct.unpack_from(f"<{min(fat, 109)}I", data, 0x4C)
    if directory >= sectors or any(sector >= sectors for sector in fat_sectors):
        raise OleError("is onvolledig")


def read_compound(src: SourceFile, options: ExtractOptions, kind: Kind) -> Extracted:
    """Read an OLE file as what its streams say it is (``.msg`` or ``.doc``); others are unsupported.

    Args:
        src: The file.
        options: Limits (``max_uncompressed`` bounds the bytes read from all streams).
        kind: The kind to report when the file is neither an e-mail nor a Word file.

    Returns:
        The extractor's result, ``unreadable`` with a Dutch reason for a broken file, ``unsupported``
        for Excel, PowerPoint and unknown OLE files.
    """
    data = src.read_bytes()
    guess = flavour(data, src.name)
    try:
        import olefile  # noqa: F401
    except ImportError:
        return Extracted(
            kind=kind,
            status=Status.UNSUPPORTED,
            error=f"{WHAT[guess]}: het onderdeel 'olefile' ontbreekt; installeer wia-dossier opnieuw",
        )
    try:
        compound = Compound(data, options.max_uncompressed)
    except OleError as exc:
        return Extracted(kind=kind, status=Status.UNREADABLE, error=f"{WHAT[guess]} {exc}")
    with compound:
        found = compound.kind()
        try:
            if found == "msg":
                from wia_dossier.extractors.msg import read_message

                return read_message(compound, options)
            if found == "doc":
                from wia_dossier.extractors.doc import read_document

                return read_document(compound, options)
        except OleError as exc:
            return Extracted(
                kind=Kind.EMAIL if found == "msg" else Kind.DOCX,
                status=Status.UNREADABLE,
                error=f"{WHAT[found]} {exc}",
            )
        except (MemoryError, RecursionError):
            raise  # the registry names these
        except Exception:  # a value the format does not allow (struct.error, UnicodeError, ...): still Dutch
            log.debug("%s unreadable", WHAT[found], exc_info=True)
            return Extracted(
                kind=Kind.EMAIL if found == "msg" else Kind.DOCX,
                status=Status.UNREADABLE,
                error=f"{WHAT[found]} {_BROKEN}",
            )
        if not found and (compound.defects or guess in ("msg", "doc")):
            # no e-mail or Word streams in what claims to be one, or in a file with defects: damaged, not foreign
            return Extracted(kind=kind, status=Status.UNREADABLE, error=f"{WHAT[guess]} {_BROKEN}")
    key = found or (guess if guess in ("xls", "ppt") else "")
    return Extracted(kind=kind, status=Status.UNSUPPORTED, error=REASONS[key])
