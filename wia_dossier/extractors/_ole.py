"""Tell the old binary Office formats apart (OLE2 compound files: .doc, .xls, .msg)."""

from __future__ import annotations

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Stream names live in the directory sectors as UTF-16LE; looking for them in the bytes is
# enough to name the format in a helpful message (we never parse these files).
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


def is_ole(head: bytes) -> bool:
    """True for an OLE2 compound file."""
    return head.startswith(OLE_MAGIC)


def flavour(data: bytes, name: str) -> str:
    """``msg``, ``doc``, ``xls``, ``ppt`` or ``""``: by stream names, else by extension."""
    for key, marker in _MARKERS:
        if marker in data:
            return key
    suffix = name.lower().rsplit(".", 1)[-1] if "." in name else ""
    return {"msg": "msg", "doc": "doc", "dot": "doc", "xls": "xls", "ppt": "ppt"}.get(suffix, "")


def reason(data: bytes, name: str) -> str:
    """The user-facing reason why this OLE file is not read."""
    return REASONS[flavour(data, name)]
