"""Word 97-2003 (.doc, MS-DOC): the document's text from the piece table, for classification.

The text of a .doc is in the ``WordDocument`` stream, cut into pieces; where each piece is, and whether it is
stored as cp1252 ("compressed") or UTF-16LE, says the piece table (CLX) in the ``0Table`` or ``1Table``
stream, which the File Information Block (FIB) at the start of ``WordDocument`` points to (MS-DOC 2.4.1).
Layout is not read: ``build`` converts the file with LibreOffice.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import re
import struct

from wia_dossier.extractors import NAME_BONUS, ExtractOptions, _ole
from wia_dossier.extractors.text import normalise_lines
from wia_dossier.model import Extracted, Kind, SourceFile, Status

log = logging.getLogger(__name__)

_WORD97 = 0xA5EC  # FibBase.wIdent of Word 97 and later
_WORD6 = 0xA5DC  # Word 6.0 / 95
_ENCRYPTED, _WHICH_TABLE, _OBFUSCATED = 0x0100, 0x0200, 0x8000
_CLX_INDEX = 33  # fcClx/lcbClx is the 34th pair of FibRgFcLcb97
_TITLE_LINES = 12
_CHARS_PER_PAGE = 3000  # estimate when the summary information has no page count
# Characters with a meaning in Word's text stream (MS-DOC 2.8.25 and 2.8.27).
_FIELD_BEGIN, _FIELD_SEPARATOR, _FIELD_END = "\x13", "\x14", "\x15"
_MAP = str.maketrans({
    "\r": "\n", "\x0b": "\n", "\x0e": "\n", "\x0c": "\f", "\x07": "\t", "\x1e": "-", "\xa0": " ",
    "\x01": None, "\x02": None, "\x03": None, "\x04": None, "\x05": None, "\x08": None, "\x1f": None,
})  # fmt: skip


class DocExtractor:
    """Word 97-2003 documents (OLE compound files with a ``WordDocument`` stream)."""

    kind = Kind.DOCX  # a Word document: classified and converted (LibreOffice) like .docx

    def sniff(self, head: bytes, name: str) -> int:
        """90 when the stream names in the first bytes say Word, 60 (65 named .doc/.dot) for other OLE files."""
        if not _ole.is_ole(head):
            return 0
        if "WordDocument".encode("utf-16-le") in head:
            return 90
        return 60 + (NAME_BONUS if name.lower().endswith((".doc", ".dot")) else 0)

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """The text of the main document (and of headers and footers), pages split at page breaks."""
        return _ole.read_compound(src, options, self.kind)


class _Broken(Exception):
    pass


def read_document(cfb: _ole.Compound, options: ExtractOptions) -> Extracted:
    """The Word document stored in ``cfb`` (called by ``_ole.read_compound``)."""
    word = cfb.read("WordDocument") or b""
    if len(word) < 32:
        raise _ole.OleError("is onvolledig")
    ident, nfib = struct.unpack_from("<HH", word, 0)
    (flags,) = struct.unpack_from("<H", word, 0x0A)
    if ident == _WORD6 or (ident == _WORD97 and nfib < 101):
        return Extracted(kind=Kind.DOCX, status=Status.UNSUPPORTED, error="Word 6.0/95-formaat: sla het op als .docx")
    if ident != _WORD97:
        raise _ole.OleError("heeft een kapotte opbouw")
    if flags & (_ENCRYPTED | _OBFUSCATED):
        return Extracted(kind=Kind.DOCX, status=Status.ENCRYPTED, error="Word-bestand (.doc) met wachtwoord")
    try:
        text, story = _text(cfb, word, flags)
    except (_Broken, struct.error) as exc:
        log.debug("piece table unreadable", exc_info=True)
        raise _ole.OleError("heeft een kapotte opbouw") from exc

    body = re.sub(r"\f[\s\f]*\f", "\f", _plain(text)).strip("\f \n")
    page_texts = [normalise_lines(chunk) for chunk in body.split("\f")]
    header = "\n".join(dict.fromkeys(line for line in normalise_lines(_plain(story)).split("\n") if line.strip()))
    if header:
        page_texts[0] = f"{header}\n{page_texts[0]}".strip()

    summary = _summary(cfb)
    facts = {"format": "doc"}
    pages = summary.pop("pages", 0)
    if isinstance(pages, int) and pages >= len(page_texts):
        page_count = pages
        facts["page_count_source"] = "summaryinfo"
    else:
        chars = sum(len(t) for t in page_texts)
        page_count = max(len(page_texts), math.ceil(chars / _CHARS_PER_PAGE), 1)
        facts["page_count_source"] = "schatting"
    if not any(page_texts):
        facts["no_text"] = "true"
    head, tail = max(options.head_pages, 0), max(options.tail_pages, 0)
    count = len(page_texts)
    wanted = sorted(set(range(min(head, count))) | set(range(max(count - tail, 0), count)))
    title_lines = [header] if header else []
    title_lines += [line for line in body.replace("\f", "\n").split("\n") if line.strip()][:_TITLE_LINES]
    return Extracted(
        kind=Kind.DOCX,
        pages=[page_texts[i] for i in wanted],
        page_numbers=[i + 1 for i in wanted],
        page_count=page_count,
        title_zone=normalise_lines("\n".join(title_lines)),
        metadata={k: str(v) for k, v in summary.items()},
        facts=facts,
    )


def _text(cfb: _ole.Compound, word: bytes, flags: int) -> tuple[str, str]:
    """(main document text, header/footer text) with Word's special characters still in."""
    (csw,) = struct.unpack_from("<H", word, 32)
    lw = 34 + csw * 2  # FibRgLw97 follows FibRgW97
    (cslw,) = struct.unpack_from("<H", word, lw)
    ccp_text, ccp_ftn, ccp_hdd = struct.unpack_from("<iii", word, lw + 2 + 12)
    rg = lw + 2 + cslw * 4
    (cb_rg,) = struct.unpack_from("<H", word, rg)
    if cb_rg <= _CLX_INDEX or min(ccp_text, ccp_ftn, ccp_hdd) < 0:
        raise _Broken
    fc_clx, lcb_clx = struct.unpack_from("<II", word, rg + 2 + _CLX_INDEX * 8)
    table = cfb.read("1Table" if flags & _WHICH_TABLE else "0Table")
    if table is None or lcb_clx == 0 or fc_clx + lcb_clx > len(table):
        raise _Broken
    pieces = _pieces(table[fc_clx : fc_clx + lcb_clx])
    wanted = ccp_text + ccp_ftn + ccp_hdd
    chars: list[str] = []
    for cp_start, cp_end, fc, compressed in pieces:
        if cp_start >= wanted:
            break
        count = min(cp_end, wanted) - cp_start
        if compressed:
            chars.append(word[fc // 2 : fc // 2 + count].decode("cp1252", errors="replace"))
        else:
            chars.append(word[fc : fc + 2 * count].decode("utf-16-le", errors="replace"))
    text = "".join(chars)
    story_start = ccp_text + ccp_ftn
    return text[:ccp_text], text[story_start : story_start + ccp_hdd]


def _pieces(clx: bytes) -> list[tuple[int, int, int, bool]]:
    """(first CP, end CP, file offset, compressed) of each piece, from a CLX (MS-DOC 2.9.38)."""
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: property modifiers, skipped
        (size,) = struct.unpack_from("<h", clx, pos + 1)
        pos += 3 + max(size, 0)
    if pos >= len(clx) or clx[pos] != 0x02:
        raise _Broken
    (lcb,) = struct.unpack_from("<I", clx, pos + 1)
    plc = clx[pos + 5 : pos + 5 + lcb]
    if len(plc) < lcb or lcb < 16 or (lcb - 4) % 12:
        raise _Broken
    n = (lcb - 4) // 12
    cps = struct.unpack_from(f"<{n + 1}I", plc, 0)
    out = []
    for i in range(n):
        (fc_raw,) = struct.unpack_from("<I", plc, 4 * (n + 1) + 8 * i + 2)
        if cps[i + 1] < cps[i]:
            raise _Broken
        compressed = bool(fc_raw & 0x40000000)
        out.append((cps[i], cps[i + 1], fc_raw & 0x3FFFFFFF, compressed))
    return out


def _plain(text: str) -> str:
    """Drop field codes (keep what a field shows), map cell, line and page marks to tab, newline, form feed."""
    out: list[str] = []
    fields: list[bool] = []  # per open field: True once its result part started
    for part in re.split(r"([\x13\x14\x15])", text):
        if part == _FIELD_BEGIN:
            fields.append(False)
        elif part == _FIELD_SEPARATOR:
            if fields:
                fields[-1] = True
        elif part == _FIELD_END:
            if fields:
                fields.pop()
        elif all(fields):
            out.append(part)
    joined = "".join(out).replace("\x07\x07", "\x07\r")  # cell mark + row mark: end of a table row
    return joined.translate(_MAP)


def _summary(cfb: _ole.Compound) -> dict[str, object]:
    """Title, author, dates and page count from ``\\x05SummaryInformation`` (MS-OLEPS), where present.

    Parsed here, not with olefile's ``getproperties``: a crafted vector count makes that loop for minutes.
    """
    name = "\x05SummaryInformation"
    if not cfb.is_stream(name) or cfb.size(name) > 1024 * 1024:
        return {}
    try:
        props = _property_set(cfb.read(name) or b"")
    except (struct.error, ValueError, OverflowError):  # the summary is a nicety; the text matters
        log.debug("summary information unreadable", exc_info=True)
        return {}
    out: dict[str, object] = {}
    codepage = props.get(1)
    for key, pid in (("Title", 2), ("Subject", 3), ("Author", 4), ("LastModifiedBy", 8)):
        value = props.get(pid)
        if isinstance(value, bytes):
            value = _decode(value, codepage)
        if isinstance(value, str) and value.strip("\0 "):
            out[key] = value.replace("\0", "").strip()[:500]
    for key, pid in (("CreationDate", 12), ("ModDate", 13)):
        value = props.get(pid)
        if isinstance(value, dt.datetime):
            out[key] = value.isoformat()
    pages = props.get(14)
    if isinstance(pages, int) and 0 < pages < 100_000:
        out["pages"] = pages
    return out


_WANTED = frozenset({1, 2, 3, 4, 8, 12, 13, 14})


def _property_set(raw: bytes) -> dict[int, object]:
    """The first section of an OLE property set: id -> int, bytes (8-bit string), str or datetime."""
    (count,) = struct.unpack_from("<I", raw, 24)
    if count < 1:
        return {}
    (section,) = struct.unpack_from("<I", raw, 28 + 16)
    size, props = struct.unpack_from("<II", raw, section)
    out: dict[int, object] = {}
    for i in range(min(props, 1000, max(size - 8, 0) // 8)):
        pid, offset = struct.unpack_from("<II", raw, section + 8 + 8 * i)
        if pid not in _WANTED:
            continue
        at = section + offset
        (vt,) = struct.unpack_from("<H", raw, at)
        if vt == 0x02:  # VT_I2
            out[pid] = struct.unpack_from("<h", raw, at + 4)[0]
        elif vt == 0x03:  # VT_I4
            out[pid] = struct.unpack_from("<i", raw, at + 4)[0]
        elif vt == 0x1E:  # VT_LPSTR: length including the NUL, in the set's code page
            (length,) = struct.unpack_from("<I", raw, at + 4)
            out[pid] = raw[at + 8 : at + 8 + min(length, 4096)]
        elif vt == 0x1F:  # VT_LPWSTR
            (length,) = struct.unpack_from("<I", raw, at + 4)
            out[pid] = raw[at + 8 : at + 8 + 2 * min(length, 4096)].decode("utf-16-le", errors="replace")
        elif vt == 0x40:  # VT_FILETIME
            (ticks,) = struct.unpack_from("<Q", raw, at + 4)
            if 0 < ticks < 0x7FFFFFFFFFFFFFFF:
                when = dt.datetime(1601, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=ticks // 10)
                if when.year > 1980:
                    out[pid] = when
    return out


def _decode(raw: bytes, codepage: object) -> str:
    """An 8-bit string of a property set in its code page (property 1), cp1252 when unknown."""
    if isinstance(codepage, int):
        codepage &= 0xFFFF  # a VT_I2: 65001 (UTF-8) is stored as -535
    codec = "utf-8" if codepage == 65001 else f"cp{codepage}" if isinstance(codepage, int) else "cp1252"
    try:
        return raw.decode(codec, errors="replace")
    except LookupError:
        return raw.decode("cp1252", errors="replace")
