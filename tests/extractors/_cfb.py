"""Builders for Outlook .msg (MS-OXMSG) and Word 97-2003 .doc (MS-DOC) test files, with fictional content only.

Real Outlook and Word files cannot be committed (they come from real dossiers), so the tests make their own.
The compound-file layer is ``wia_dossier.extractors._cfb.write_compound`` (the same writer turns an e-mail
attached to a .msg into a .msg of its own); ``test_cfb.py`` checks its output against olefile in strict mode and
against file(1), independently of our reader. What is built here follows the specifications: property streams
with their 32/24/8-byte headers, ``__substg1.0_`` streams, recipient and attachment storages, a FIB with a piece
table, and an OLE property set for the summary information.
"""

from __future__ import annotations

import datetime as dt
import struct
from dataclasses import dataclass, field

from wia_dossier.extractors._cfb import write_compound

MESSAGE_CLSID = bytes.fromhex("0b0d020000000000c000000000000046")  # {00020D0B-0000-0000-C000-000000000046}
WORD_CLSID = bytes.fromhex("0609020000000000c000000000000046")  # {00020906-...}: Word.Document.8

_UNICODE, _STRING8, _BINARY, _OBJECT = 0x001F, 0x001E, 0x0102, 0x000D
_LONG, _BOOLEAN, _SYSTIME = 0x0003, 0x000B, 0x0040
_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)


def filetime(when: dt.datetime) -> int:
    """100-ns intervals since 1601-01-01 UTC."""
    return (when - _EPOCH) // dt.timedelta(microseconds=1) * 10


@dataclass
class MsgAttachment:
    """A file attached by value, or (``message``) an attached e-mail."""

    name: str = ""
    data: bytes = b""
    mime: str = ""
    content_id: str = ""
    hidden: bool = False
    message: Msg | None = None
    by_reference: bool = False


@dataclass
class Msg:
    """The parts of an Outlook message the tests need."""

    subject: str = ""
    sender_name: str = ""
    sender_email: str = ""
    sender_exchange: str = ""  # an X.500 address in PR_SENDER_EMAIL_ADDRESS, with the SMTP one in 5D01
    to: list[tuple[str, str]] = field(default_factory=list)
    cc: list[tuple[str, str]] = field(default_factory=list)
    submitted: dt.datetime | None = None
    delivered: dt.datetime | None = None
    body: str | None = None
    html: bytes | None = None
    rtf_compressed: bytes | None = None
    transport_headers: str | None = None
    attachments: list[MsgAttachment] = field(default_factory=list)
    string8: bool = False  # 8-bit strings (001E, cp1252) as Outlook 97-2002 wrote them


class _Props:
    def __init__(self, string8: bool = False) -> None:
        self.fixed: list[bytes] = []
        self.streams: dict[str, bytes] = {}
        self.string8 = string8

    def _record(self, prop: int, ptype: int, value: bytes) -> None:
        self.fixed.append(struct.pack("<II", (prop << 16) | ptype, 6) + value.ljust(8, b"\0"))

    def text(self, prop: int, value: str) -> None:
        if self.string8:
            raw, ptype = value.encode("cp1252") + b"\0", _STRING8
        else:
            raw, ptype = value.encode("utf-16-le") + b"\0\0", _UNICODE
        self.streams[f"__substg1.0_{prop:04X}{ptype:04X}"] = raw
        self._record(prop, ptype, struct.pack("<I", len(raw)))

    def binary(self, prop: int, value: bytes) -> None:
        self.streams[f"__substg1.0_{prop:04X}0102"] = value
        self._record(prop, _BINARY, struct.pack("<I", len(value)))

    def long(self, prop: int, value: int) -> None:
        self._record(prop, _LONG, struct.pack("<i", value))

    def boolean(self, prop: int, value: bool) -> None:
        self._record(prop, _BOOLEAN, struct.pack("<H", int(value)))

    def time(self, prop: int, value: dt.datetime) -> None:
        self._record(prop, _SYSTIME, struct.pack("<Q", filetime(value)))

    def object(self, prop: int) -> None:
        self._record(prop, _OBJECT, struct.pack("<I", 0xFFFFFFFF))

    def stream(self, header: bytes) -> bytes:
        return header + b"".join(self.fixed)


def _message_streams(msg: Msg, *, embedded: bool) -> dict[str, bytes]:
    """Streams of a message object; ``embedded`` gives the 24-byte property header (MS-OXMSG 2.4.1.2)."""
    p = _Props(msg.string8)
    p.text(0x001A, "IPM.Note")
    if msg.subject:
        p.text(0x0037, msg.subject)
    if msg.sender_name:
        p.text(0x0C1A, msg.sender_name)
        p.text(0x0042, msg.sender_name)
    if msg.sender_exchange:
        p.text(0x0C1E, "EX")
        p.text(0x0C1F, msg.sender_exchange)
        p.text(0x5D01, msg.sender_email)
    elif msg.sender_email:
        p.text(0x0C1E, "SMTP")
        p.text(0x0C1F, msg.sender_email)
    p.text(0x0E04, "; ".join(name for name, _ in msg.to))
    if msg.cc:
        p.text(0x0E03, "; ".join(name for name, _ in msg.cc))
    if msg.submitted:
        p.time(0x0039, msg.submitted)
    if msg.delivered:
        p.time(0x0E06, msg.delivered)
    if msg.body is not None:
        p.text(0x1000, msg.body)
    if msg.html is not None:
        p.binary(0x1013, msg.html)
        p.long(0x3FDE, 65001)  # PR_INTERNET_CPID: UTF-8
    if msg.rtf_compressed is not None:
        p.binary(0x1009, msg.rtf_compressed)
    if msg.transport_headers is not None:
        p.text(0x007D, msg.transport_headers)
    p.long(0x3FFD, 1252)  # PR_MESSAGE_CODEPAGE
    recipients = [(1, r) for r in msg.to] + [(2, r) for r in msg.cc]
    streams: dict[str, bytes] = {}
    for i, (kind, (name, email)) in enumerate(recipients):
        r = _Props(msg.string8)
        r.long(0x0C15, kind)
        r.text(0x3001, name)
        r.text(0x3002, "SMTP")
        r.text(0x3003, email)
        r.text(0x39FE, email)
        prefix = f"__recip_version1.0_#{i:08X}/"
        streams[prefix + "__properties_version1.0"] = r.stream(bytes(8))
        streams.update({prefix + k: v for k, v in r.streams.items()})
    for i, att in enumerate(msg.attachments):
        a = _Props(msg.string8)
        prefix = f"__attach_version1.0_#{i:08X}/"
        a.long(0x0E21, i)  # PR_ATTACH_NUM
        if att.message is not None:
            a.long(0x3705, 5)  # ATTACH_EMBEDDED_MSG
            a.text(0x3001, att.name or att.message.subject)
            a.object(0x3701)
            inner = _message_streams(att.message, embedded=True)
            streams.update({f"{prefix}__substg1.0_3701000D/{k}": v for k, v in inner.items()})
        elif att.by_reference:
            a.long(0x3705, 2)  # ATTACH_BY_REFERENCE: only a path
            a.text(0x370D, "\\\\server\\share\\" + att.name)
            a.text(0x3707, att.name)
        else:
            a.long(0x3705, 1)  # ATTACH_BY_VALUE
            a.binary(0x3701, att.data)
            if att.name:
                a.text(0x3707, att.name)
                a.text(0x3704, att.name[:12])
                a.text(0x3001, att.name)
                a.text(0x3703, "." + att.name.rsplit(".", 1)[-1])
            if att.mime:
                a.text(0x370E, att.mime)
            if att.content_id:
                a.text(0x3712, att.content_id)
            if att.hidden:
                a.boolean(0x7FFE, True)
        streams[prefix + "__properties_version1.0"] = a.stream(bytes(8))
        streams.update({prefix + k: v for k, v in a.streams.items()})
    counts = struct.pack("<IIII", len(recipients), len(msg.attachments), len(recipients), len(msg.attachments))
    header = bytes(8) + counts + (b"" if embedded else bytes(8))
    streams["__properties_version1.0"] = p.stream(header)
    streams.update(p.streams)
    return streams


def make_msg(msg: Msg) -> bytes:
    """A .msg file as Outlook writes it when a message is dragged out of the mailbox."""
    streams = _message_streams(msg, embedded=False)
    # the named-property mapping every .msg carries (empty: the tests use no named properties)
    for stream in ("__substg1.0_00020102", "__substg1.0_00030102", "__substg1.0_00040102"):
        streams[f"__nameid_version1.0/{stream}"] = b""
    return write_compound(streams, {"": MESSAGE_CLSID})


# --- Word 97-2003 ------------------------------------------------------------------------------------------


def _property_set(props: dict[int, object]) -> bytes:
    """A SummaryInformation stream (MS-OLEPS): one section with strings, numbers and times."""
    values: list[tuple[int, bytes]] = [(1, struct.pack("<HH", 2, 1252) + bytes(2))]  # PID_CODEPAGE, VT_I2
    for pid, value in sorted(props.items()):
        if isinstance(value, str):
            raw = value.encode("cp1252") + b"\0"
            raw += bytes(-len(raw) % 4)
            values.append((pid, struct.pack("<II", 0x1E, len(value) + 1) + raw))
        elif isinstance(value, int):
            values.append((pid, struct.pack("<Ii", 3, value)))
        elif isinstance(value, dt.datetime):
            values.append((pid, struct.pack("<IQ", 0x40, filetime(value))))
    table_size = 8 + 8 * len(values)
    offsets, body = [], b""
    for pid, raw in values:
        offsets.append(struct.pack("<II", pid, table_size + len(body)))
        body += raw
    section = struct.pack("<II", table_size + len(body), len(values)) + b"".join(offsets) + body
    fmtid = bytes.fromhex("e0859ff2f94f6810ab9108002b27b3d9")  # FMTID_SummaryInformation
    header = struct.pack("<HHI16sI", 0xFFFE, 0, 0x00020006, bytes(16), 1) + fmtid + struct.pack("<I", 48)
    return header + section


def make_doc(
    paragraphs: list[str],
    *,
    header: str = "",
    title: str = "",
    author: str = "",
    pages: int = 0,
    saved: dt.datetime | None = None,
    unicode_from: int | None = None,
    encrypted: bool = False,
) -> bytes:
    """A Word 97-2003 file: a FIB, the text in pieces, a piece table in 1Table, the summary information.

    Args:
        paragraphs: The main document; each becomes a paragraph (``\\r``). Use ``\\x0c`` for a page break,
            ``\\x07`` for table cell marks and ``\\x13...\\x14...\\x15`` for fields.
        header: Text of the header story (a letterhead).
        unicode_from: Paragraph index from which the text is stored as UTF-16LE (a second piece);
            before it, as cp1252 ("compressed"). ``None``: all cp1252 (or all UTF-16 if it does not fit).
        encrypted: Set fEncrypted in the FIB (the content stays clear; the reader must not try).
    """
    main = "".join(p + "\r" for p in paragraphs)
    story = (header + "\r\r") if header else ""
    split = len("".join(p + "\r" for p in paragraphs[:unicode_from])) if unicode_from is not None else None
    try:
        main.encode("cp1252")
    except UnicodeEncodeError:
        split = 0 if split is None else split
    text = main + story
    parts = [(text[:split], True), (text[split:], False)] if split is not None else [(text, True)]
    parts = [(chunk, compressed) for chunk, compressed in parts if chunk]

    fib_size = 32 + 2 + 14 * 2 + 2 + 22 * 4 + 2 + 93 * 8 + 2
    word = bytearray(fib_size + (-fib_size % 512))  # the text starts after the FIB
    pieces: list[tuple[int, int, int, bool]] = []
    cp = 0
    for chunk, compressed in parts:
        offset = len(word)
        word += chunk.encode("cp1252") if compressed else chunk.encode("utf-16-le")
        fc = (offset * 2) | 0x40000000 if compressed else offset
        pieces.append((cp, cp + len(chunk), fc, compressed))
        cp += len(chunk)
    cps = [p[0] for p in pieces] + [cp]
    plc = struct.pack(f"<{len(cps)}I", *cps) + b"".join(struct.pack("<HIH", 0x40, fc, 0) for _, _, fc, _ in pieces)
    clx = b"\x01" + struct.pack("<h", 2) + b"\x00\x00" + b"\x02" + struct.pack("<I", len(plc)) + plc
    table = bytearray(64) + clx  # something before the CLX, as in real files
    fc_clx = 64

    flags = 0x0200 | (0x0100 if encrypted else 0)  # fWhichTblStm: the table is 1Table
    struct.pack_into("<HHHHHH", word, 0, 0xA5EC, 0x00C1, 0, 0x0413, 0, flags)
    struct.pack_into("<H", word, 0x0C, 0x00BF)  # nFibBack
    pos = 32
    struct.pack_into("<H", word, pos, 14)  # csw
    pos += 2 + 14 * 2
    struct.pack_into("<H", word, pos, 22)  # cslw
    lw = pos + 2
    struct.pack_into(
        "<iiiiii", word, lw, len(word), 0, 0, len(main), 0, len(story)
    )  # cbMac, .., ccpText, ccpFtn, ccpHdd
    pos = lw + 22 * 4
    struct.pack_into("<H", word, pos, 93)  # cbRgFcLcb of Word 97
    rg = pos + 2
    struct.pack_into("<II", word, rg + 33 * 8, fc_clx, len(clx))  # fcClx, lcbClx

    summary: dict[int, object] = {}
    if title:
        summary[2] = title
    if author:
        summary[4] = author
    if saved:
        summary[13] = saved
    if pages:
        summary[14] = pages
    streams = {
        "WordDocument": bytes(word),
        "1Table": bytes(table),
        "\x05SummaryInformation": _property_set(summary),
    }
    return write_compound(streams, {"": WORD_CLSID})
