"""Outlook's compressed RTF body (MS-OXRTFCP) and the text in it (MS-OXRTFEX: HTML or plain text encapsulated in RTF).

Only for messages whose sole body is RTF; most .msg files also carry a plain-text body, which is preferred.
"""

from __future__ import annotations

import codecs
import re
import struct
import zlib

__all__ = ["RtfError", "decompress", "rtf_body"]

_COMPRESSED = 0x75465A4C  # "LZFu"
_UNCOMPRESSED = 0x414C454D  # "MELA"
# MS-OXRTFCP 2.1.3.1.1: the dictionary starts with these 207 bytes.
_PREBUF = (
    b"{\\rtf1\\ansi\\mac\\deff0\\deftab720{\\fonttbl;}{\\f0\\fnil \\froman \\fswiss \\fmodern \\fscript "
    b"\\fdecor MS Sans SerifSymbolArialTimes New RomanCourier{\\colortbl\\red0\\green0\\blue0\r\n\\par "
    b"\\pard\\plain\\f0\\fs20\\b\\i\\u\\tab\\tx"
)


class RtfError(Exception):
    """The compressed RTF is damaged or would decompress beyond the limit."""


def decompress(data: bytes, limit: int) -> bytes:
    """The RTF in a ``PR_RTF_COMPRESSED`` (``1009``) property.

    Args:
        data: The property's bytes (16-byte header, then LZ77 runs).
        limit: Most bytes the output may have.

    Raises:
        RtfError: An unknown header, or an output larger than ``limit``.
    """
    if len(data) < 16:
        raise RtfError("header")
    comp_size, raw_size, magic, crc = struct.unpack_from("<IIII", data)
    if raw_size > limit:
        raise RtfError("size")
    if magic == _UNCOMPRESSED:
        return data[16 : 16 + raw_size]
    if magic != _COMPRESSED:
        raise RtfError("magic")
    end = min(len(data), comp_size + 4)  # comp_size counts the bytes after its own field
    # MS-OXRTFCP 2.1.3.2: CRC-32 of the compressed bytes, without zlib's pre- and post-inversion
    if 0xFFFFFFFF ^ zlib.crc32(data[16:end], 0xFFFFFFFF) != crc:
        raise RtfError("crc")
    window = bytearray(_PREBUF.ljust(4096, b"\0"))
    write = len(_PREBUF)
    out = bytearray()
    pos = 16
    while pos < end:
        control = data[pos]
        pos += 1
        for bit in range(8):
            if pos >= end:
                break
            if control & (1 << bit):
                if pos + 2 > end:
                    raise RtfError("truncated")
                ref = (data[pos] << 8) | data[pos + 1]
                pos += 2
                offset, length = ref >> 4, (ref & 0xF) + 2
                if offset == write:
                    return bytes(out[:raw_size])  # the end marker
                for _ in range(length):
                    byte = window[offset]
                    out.append(byte)
                    window[write] = byte
                    write = (write + 1) & 0xFFF
                    offset = (offset + 1) & 0xFFF
            else:
                byte = data[pos]
                pos += 1
                out.append(byte)
                window[write] = byte
                write = (write + 1) & 0xFFF
        if len(out) > limit:
            raise RtfError("size")
    return bytes(out[:raw_size])


_TOKEN = re.compile(
    rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?"  # control word with optional parameter
    rb"|\\'([0-9a-fA-F]{2})"  # hex byte
    rb"|\\([^a-zA-Z'])"  # control symbol: \{ \} \\ \~ \- \_ \* ...
    rb"|([{}])"
    rb"|([^\\{}\r\n]+)"
    rb"|[\r\n]+"
    rb"|(\\)"  # a lone backslash at the very end
)
# Destinations whose text is never body text.
_SKIP = frozenset(
    b"fonttbl colortbl stylesheet info pict object header headerl headerr headerf footer footerl footerr "
    b"footerf listtable listoverridetable rsidtbl generator xmlnstbl themedata colorschememapping datastore "
    b"latentstyles pgdsctbl filetbl revtbl fldinst bkmkstart bkmkend mmathPr pntext pntxta pntxtb "
    b"fonttbl objdata result nonshppict shppict private userprops docvar".split()
)
_SYMBOLS = {
    b"par": "\n", b"line": "\n", b"sect": "\n", b"page": "\n", b"row": "\n", b"tab": "\t", b"cell": "\t",
    b"emdash": "\u2014", b"endash": "\u2013", b"lquote": "\u2018", b"rquote": "\u2019",
    b"ldblquote": "\u201c", b"rdblquote": "\u201d", b"bullet": "\u2022", b"emspace": " ", b"enspace": " ",
}  # fmt: skip
_ESCAPES = {b"{": "{", b"}": "}", b"\\": "\\", b"~": "\xa0", b"_": "-", b"-": ""}


class _Group:
    __slots__ = ("html", "skip", "suppress", "uc")

    def __init__(self, *, skip: bool = False, html: bool = False, suppress: bool = False, uc: int = 1) -> None:
        self.skip, self.html, self.suppress, self.uc = skip, html, suppress, uc

    def copy(self) -> _Group:
        return _Group(skip=self.skip, html=self.html, suppress=self.suppress, uc=self.uc)


def _codec(cpg: int) -> str:
    try:
        return codecs.lookup("utf-8" if cpg == 65001 else f"cp{cpg}").name
    except LookupError:
        return "cp1252"


def rtf_body(rtf: bytes) -> tuple[str, str]:
    """The body that an RTF carries: ``("html", source)``, ``("text", text)`` (also for native RTF).

    HTML and plain text encapsulated by Outlook (``\\fromhtml1``, ``\\fromtext``, MS-OXRTFEX) come back as
    they were before encapsulation; a native RTF (written in Word or WordPad) comes back as its text.
    """
    head = rtf[:1024]
    mode = "html" if b"\\fromhtml" in head else "text"
    encapsulated = mode == "html" or b"\\fromtext" in head
    match = re.search(rb"\\ansicpg(\d{1,5})", head)
    codec = _codec(int(match.group(1))) if match else "cp1252"
    out: list[str] = []
    stack: list[_Group] = []
    state = _Group()
    skip_chars = 0  # characters that stand in for the last \uN (its \ucN fallback)
    star = False  # the last token was \*: the group is an ignorable destination
    first_in_group = False
    for m in _TOKEN.finditer(rtf):
        word, param, hexbyte, symbol, brace, text = m.group(1, 2, 3, 4, 5, 6)
        if brace is not None:
            if brace == b"{":
                stack.append(state)
                state = state.copy()
                first_in_group = True
            else:
                state = stack.pop() if stack else _Group()
                first_in_group = False
            star = False
            skip_chars = 0
            continue
        opening, first_in_group = first_in_group, False
        if word is not None:
            if star and word == b"htmltag" and encapsulated:
                state.html, state.skip = True, False  # HTML source in the RTF (MS-OXRTFEX 2.1.3.1)
            elif star or (opening and word in _SKIP):
                state.skip = True
            elif word == b"htmlrtf":
                state.suppress = param != b"0"  # RTF-only formatting of encapsulated HTML/text
            elif word == b"uc" and param is not None:
                state.uc = max(int(param), 0)
            elif word == b"u" and param is not None:
                if _visible(state, encapsulated=encapsulated):
                    out.append(chr(int(param) % 65536))
                skip_chars = state.uc
            elif word in _SYMBOLS and _visible(state, encapsulated=encapsulated):
                out.append(_SYMBOLS[word])
            star = False
            continue
        star = symbol == b"*"
        if star:
            continue
        if skip_chars:
            if text is not None and len(text) > skip_chars:
                text = text[skip_chars:]
                skip_chars = 0
            elif text is not None:
                skip_chars -= len(text)
                continue
            elif hexbyte is not None:
                skip_chars -= 1
                continue
        if not _visible(state, encapsulated=encapsulated):
            continue
        if text is not None:
            out.append(text.decode(codec, errors="replace"))
        elif hexbyte is not None:
            out.append(bytes.fromhex(hexbyte.decode()).decode(codec, errors="replace"))
        elif symbol is not None:
            out.append(_ESCAPES.get(symbol, ""))
    return mode, "".join(out)


def _visible(state: _Group, *, encapsulated: bool) -> bool:
    if state.skip:
        return False
    if state.html:
        return True  # inside \*\htmltag: markup, even where \htmlrtf is on
    return not (encapsulated and state.suppress)
