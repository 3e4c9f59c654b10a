"""Outlook e-mail (.msg, MS-OXMSG): headers, body text and attachments, in the same shape as an .eml.

Properties live in streams of a compound file (read through ``_ole.Compound``, within the file's limits):
``__substg1.0_IIIITTTT`` holds a variable-length property (id ``IIII``, type ``TTTT``), the fixed-length ones
(dates, numbers) are 16-byte records in ``__properties_version1.0``. Recipients and attachments are storages of
their own; an attached e-mail is a storage inside its attachment and comes back as a ``.msg`` of its own.
"""

from __future__ import annotations

import codecs
import datetime as dt
import logging
import re
import struct

from wia_dossier.extractors import NAME_BONUS, ExtractOptions, _ole
from wia_dossier.extractors.email import mail_result
from wia_dossier.extractors.text import decode_text, html_to_text, normalise_lines
from wia_dossier.model import Attachment, Extracted, Kind, SourceFile

log = logging.getLogger(__name__)

#: More attachments than this in one message are dropped (and counted in the facts), as for .eml.
MAX_ATTACHMENTS = 200

# Property ids (MS-OXPROPS).
_SUBJECT = 0x0037
_CLIENT_SUBMIT_TIME = 0x0039
_SENT_REPR_NAME, _SENT_REPR_EMAIL = 0x0042, 0x0065
_TRANSPORT_HEADERS = 0x007D
_SENDER_NAME, _SENDER_ADDRTYPE, _SENDER_EMAIL = 0x0C1A, 0x0C1E, 0x0C1F
_RECIPIENT_TYPE = 0x0C15
_DISPLAY_TO, _DISPLAY_CC = 0x0E04, 0x0E03
_DELIVERY_TIME = 0x0E06
_BODY, _RTF_COMPRESSED, _HTML = 0x1000, 0x1009, 0x1013
_DISPLAY_NAME, _EMAIL_ADDRESS, _ADDRTYPE = 0x3001, 0x3003, 0x3002
_ATTACH_DATA, _ATTACH_EXTENSION, _ATTACH_FILENAME = 0x3701, 0x3703, 0x3704
_ATTACH_METHOD, _ATTACH_LONG_FILENAME, _ATTACH_MIME_TAG, _ATTACH_CONTENT_ID = 0x3705, 0x3707, 0x370E, 0x3712
_SMTP_ADDRESS = 0x39FE
_INTERNET_CPID, _MESSAGE_CODEPAGE = 0x3FDE, 0x3FFD
_SENDER_SMTP, _SENT_REPR_SMTP = 0x5D01, 0x5D02
_ATTACHMENT_HIDDEN = 0x7FFE

_PT_UNICODE, _PT_STRING8, _PT_BINARY, _PT_OBJECT = 0x001F, 0x001E, 0x0102, 0x000D
_PT_LONG, _PT_BOOLEAN, _PT_SYSTIME = 0x0003, 0x000B, 0x0040
_BY_VALUE, _EMBEDDED_MSG = 1, 5

_PROPS = "__properties_version1.0"
_NAMEID = "__nameid_version1.0"
_RECIP = "__recip_version1.0_#"
_ATTACH = "__attach_version1.0_#"
_EMBEDDED = "__substg1.0_3701000D"
#: The CLSID Outlook gives a message's root storage (file(1) names it "Microsoft Outlook Message").
MESSAGE_CLSID = bytes.fromhex("0b0d020000000000c000000000000046")
_FILETIME_EPOCH = dt.datetime(1601, 1, 1, tzinfo=dt.UTC)
_UNREADABLE_BODY = (
    "[De tekst van dit bericht kon niet worden gelezen. Open het bericht in Outlook en bewaar het als PDF "
    "of .eml als de inhoud bij het dossier hoort.]"
)


class MsgExtractor:
    """Outlook ``.msg`` files (OLE compound files with ``__substg1.0_`` streams)."""

    kind = Kind.EMAIL

    def sniff(self, head: bytes, name: str) -> int:
        """90 when the stream names in the first bytes say e-mail, 60 (65 named .msg) for any other OLE file.

        OLE files are opened by content in ``extract``: a Word file named ``.msg`` is read as Word.
        """
        if not _ole.is_ole(head):
            return 0
        if "__substg1.0_".encode("utf-16-le") in head:
            return 90
        return 60 + (NAME_BONUS if name.lower().endswith(".msg") else 0)

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Headers into facts, the body as text, each attachment as an ``Attachment``."""
        return _ole.read_compound(src, options, self.kind)


class _Props:
    """The properties of one object (message, recipient or attachment) stored under ``prefix``."""

    def __init__(self, cfb: _ole.Compound, prefix: str, header: int, codepage: str = "cp1252") -> None:
        self.cfb, self.prefix, self.codepage = cfb, prefix, codepage
        self.fixed: dict[int, tuple[int, bytes]] = {}
        raw = cfb.read(f"{prefix}{_PROPS}") or b""
        for offset in range(header, len(raw) - 15, 16):
            tag, _flags = struct.unpack_from("<II", raw, offset)
            self.fixed[tag >> 16] = (tag & 0xFFFF, raw[offset + 8 : offset + 16])
        # property id -> [(type, stream name)], Unicode strings first: a message may hold both forms
        self.streams: dict[int, list[tuple[int, str]]] = {}
        for name in cfb.children(prefix.rstrip("/")):
            if len(name) == 20 and name.upper().startswith("__SUBSTG1.0_"):
                try:
                    prop, ptype = int(name[12:16], 16), int(name[16:20], 16)
                except ValueError:
                    continue
                self.streams.setdefault(prop, []).append((ptype, name))
        for found in self.streams.values():
            found.sort(key=lambda item: item[0] != _PT_UNICODE)

    def text(self, prop: int) -> str:
        """A string property (Unicode preferred, else 8-bit in the message's code page); "" if absent."""
        for ptype, name in self.streams.get(prop, []):
            if ptype not in (_PT_UNICODE, _PT_STRING8):
                continue
            raw = self.cfb.read(f"{self.prefix}{name}") or b""
            codec = "utf-16-le" if ptype == _PT_UNICODE else self.codepage
            return raw.decode(codec, errors="replace").split("\0", 1)[0]
        return ""

    def binary(self, prop: int) -> bytes | None:
        """A binary property's bytes, or None if absent."""
        for ptype, name in self.streams.get(prop, []):
            if ptype == _PT_BINARY:
                return self.cfb.read(f"{self.prefix}{name}")
        return None

    def long(self, prop: int) -> int | None:
        entry = self.fixed.get(prop)
        if entry is None or entry[0] not in (_PT_LONG, _PT_BOOLEAN):
            return None
        return int(struct.unpack_from("<i", entry[1])[0])

    def time(self, prop: int) -> dt.datetime | None:
        entry = self.fixed.get(prop)
        if entry is None or entry[0] != _PT_SYSTIME:
            return None
        (ticks,) = struct.unpack_from("<Q", entry[1])
        if not ticks or ticks >= 0x7FFFFFFFFFFFFFFF:
            return None
        try:
            return _FILETIME_EPOCH + dt.timedelta(microseconds=ticks // 10)
        except OverflowError:
            return None


def _codepage(props: _Props) -> str:
    for prop in (_MESSAGE_CODEPAGE, _INTERNET_CPID):
        number = props.long(prop)
        if number:
            name = {65001: "utf-8", 1200: "utf-16-le", 20127: "ascii", 28591: "latin-1"}.get(number, f"cp{number}")
            try:
                return codecs.lookup(name).name
            except LookupError:
                continue
    return "cp1252"


def read_message(cfb: _ole.Compound, options: ExtractOptions) -> Extracted:
    """The message stored at the root of ``cfb`` (called by ``_ole.read_compound``)."""
    # MS-OXMSG 2.4.1.1: the message's property stream has a 32-byte header.
    props = _Props(cfb, "", 32)
    props.codepage = _codepage(props)
    headers = _transport_headers(props.text(_TRANSPORT_HEADERS))
    facts: dict[str, str] = {}
    subject = props.text(_SUBJECT) or headers.get("subject", "")
    facts["subject"] = subject
    facts["from"] = _sender(props) or headers.get("from", "")
    to, cc = _recipients(cfb, props.codepage)
    facts["to"] = to or _clean(props.text(_DISPLAY_TO)) or headers.get("to", "")
    facts["cc"] = cc or _clean(props.text(_DISPLAY_CC)) or headers.get("cc", "")
    when = props.time(_CLIENT_SUBMIT_TIME) or props.time(_DELIVERY_TIME)
    if when is not None:
        local = _local(when)
        facts["date"] = local.date().isoformat()
        facts["datetime"] = local.isoformat()
    elif headers.get("date"):
        _header_date(headers["date"], facts)
    facts = {key: " ".join(value.split())[:1000] for key, value in facts.items() if value}

    body, html, unreadable = _body(props, options)
    if unreadable:
        facts["body_unreadable"] = unreadable
        body = _UNREADABLE_BODY
    attachments, dropped, inline, skipped = _attachments(cfb, props.codepage, html)
    if dropped:
        facts["attachments_dropped"] = str(dropped)
    if inline:
        facts["inline_images_skipped"] = str(inline)
    if skipped:
        facts["attachments_skipped"] = str(skipped)

    return mail_result(facts, body, attachments)


def _clean(value: str) -> str:
    return ", ".join(part.strip() for part in value.split(";") if part.strip())


def _address(name: str, email: str) -> str:
    name, email = name.strip(), email.strip()
    if "@" not in email:
        email = ""  # an Exchange X.500 address (/O=.../CN=...) means nothing to the reader
    if name and email and name.lower() != email.lower():
        # as the .eml extractor shows a header: '"M. Sprengers" <m@x.nl>' (quoted where RFC 5322 wants it)
        from email.headerregistry import Address

        try:
            return str(Address(display_name=name, addr_spec=email))
        except (ValueError, IndexError, TypeError):
            return f"{name} <{email}>"
    return email or name


def _sender(props: _Props) -> str:
    email = props.text(_SENDER_SMTP) or props.text(_SENDER_EMAIL)
    name = props.text(_SENDER_NAME)
    if not (email or name):
        email = props.text(_SENT_REPR_SMTP) or props.text(_SENT_REPR_EMAIL)
        name = props.text(_SENT_REPR_NAME)
    return _address(name, email)


def _recipients(cfb: _ole.Compound, codepage: str) -> tuple[str, str]:
    to: list[str] = []
    cc: list[str] = []
    for name in cfb.children(""):
        if not (name.startswith(_RECIP) and cfb.is_storage(name)):
            continue
        recip = _Props(cfb, f"{name}/", 8, codepage)
        email = recip.text(_SMTP_ADDRESS) or recip.text(_EMAIL_ADDRESS)
        shown = _address(recip.text(_DISPLAY_NAME), email)
        kind = (recip.long(_RECIPIENT_TYPE) or 1) & 0xF  # high bits are flags (MAPI_P1, MAPI_SUBMITTED)
        if shown and kind in (1, 2):
            (to if kind == 1 else cc).append(shown)
    return ", ".join(to), ", ".join(cc)


def _transport_headers(raw: str) -> dict[str, str]:
    """From, To, Cc, Subject and Date of the internet headers a received message keeps (``007D``)."""
    if not raw.strip():
        return {}
    from email import policy
    from email.parser import HeaderParser

    try:
        parsed = HeaderParser(policy=policy.default).parsestr(raw[:100_000], headersonly=True)
        return {key: str(parsed.get(key, "") or "") for key in ("from", "to", "cc", "subject", "date")}
    except Exception:  # a broken header block costs the fallback only
        log.debug("transport headers unreadable", exc_info=True)
        return {}


def _header_date(raw: str, facts: dict[str, str]) -> None:
    import email.utils

    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError, IndexError):
        facts["date_raw"] = raw
        return
    facts["date"] = when.date().isoformat()
    facts["datetime"] = when.isoformat()


def _local(when: dt.datetime) -> dt.datetime:
    """Outlook stores UTC; the date a Dutch reader sees is the one in Amsterdam (a mail at 00:30 is that day's)."""
    try:
        from zoneinfo import ZoneInfo

        return when.astimezone(ZoneInfo("Europe/Amsterdam"))
    except Exception:  # no time zone data (Windows without the tzdata package): UTC
        return when


def _body(props: _Props, options: ExtractOptions) -> tuple[str, str, str]:
    """(body text, HTML source if any, why the body could not be read or "")."""
    plain = props.text(_BODY)
    html = _html(props)
    if plain.strip():
        return normalise_lines(plain), html, ""
    if html.strip():
        return html_to_text(html), html, ""
    compressed = props.binary(_RTF_COMPRESSED)
    if not compressed:
        return "", "", ""
    from wia_dossier.extractors._rtf import RtfError, decompress, rtf_body

    try:
        mode, content = rtf_body(decompress(compressed, options.max_uncompressed))
    except (RtfError, IndexError, ValueError):
        log.debug("compressed RTF body unreadable", exc_info=True)
        return "", "", "rtf"
    if mode == "html":
        return html_to_text(content), content, ""
    text = normalise_lines(content)
    return text, "", "" if text else "rtf"


def _html(props: _Props) -> str:
    raw = props.binary(_HTML)
    if raw is None:
        return props.text(_HTML)
    number = props.long(_INTERNET_CPID)
    charset = {65001: "utf-8", 28591: "latin-1", 20127: "ascii"}.get(number or 0, f"cp{number}" if number else None)
    if charset is None:
        match = re.search(rb"charset\s*=\s*[\"']?([A-Za-z0-9_-]{2,40})", raw[:4096])
        charset = match.group(1).decode() if match else None
    return decode_text(raw, charset)


def _attachments(cfb: _ole.Compound, codepage: str, html: str) -> tuple[list[Attachment], int, int, int]:
    """Every attachment in order, an attached e-mail as ``<subject>.msg``; (list, dropped, inline, skipped)."""
    found: list[Attachment] = []
    dropped = inline = skipped = 0
    storages = sorted(n for n in cfb.children("") if n.startswith(_ATTACH) and cfb.is_storage(n))
    for index, storage in enumerate(storages, start=1):
        att = _Props(cfb, f"{storage}/", 8, codepage)
        method = att.long(_ATTACH_METHOD) or _BY_VALUE
        name = att.text(_ATTACH_LONG_FILENAME) or att.text(_ATTACH_FILENAME) or att.text(_DISPLAY_NAME)
        if method == _EMBEDDED_MSG or cfb.is_storage(f"{storage}/{_EMBEDDED}"):
            if len(found) >= MAX_ATTACHMENTS:
                dropped += 1
                continue
            embedded = _embedded(cfb, f"{storage}/{_EMBEDDED}", name, codepage)
            if embedded is None:
                skipped += 1
            else:
                found.append(embedded)
            continue
        if not any(ptype == _PT_BINARY for ptype, _ in att.streams.get(_ATTACH_DATA, [])):
            skipped += 1  # a link to a file elsewhere, or an OLE object: nothing to read here
            continue
        mime = att.text(_ATTACH_MIME_TAG).lower()
        content_id = att.text(_ATTACH_CONTENT_ID).strip("<> ")
        hidden = att.long(_ATTACHMENT_HIDDEN)
        is_image = mime.startswith("image/") or name.lower().endswith((".png", ".jpg", ".jpeg", ".gif", ".bmp"))
        if is_image and content_id and (hidden or f"cid:{content_id}" in html):
            inline += 1  # logo or picture in the signature, referenced from the HTML body
            continue
        if len(found) >= MAX_ATTACHMENTS:
            dropped += 1
            continue
        data = att.binary(_ATTACH_DATA) or b""
        if not name:
            extension = att.text(_ATTACH_EXTENSION) or ".bin"
            name = f"bijlage-{index}{extension if extension.startswith('.') else '.' + extension}"
        found.append(Attachment(name, data))
    return found, dropped, inline, skipped


def _embedded(cfb: _ole.Compound, path: str, name: str, codepage: str) -> Attachment | None:
    """An attached e-mail as a .msg file of its own (the pipeline reads it like any .msg); None if damaged."""
    streams = dict(cfb.streams(path))
    # MS-OXMSG 2.4.1.2: an embedded message's property stream has a 24-byte header, a top-level one 32
    props = streams.get(_PROPS)
    if props is not None:
        streams[_PROPS] = props[:24] + bytes(8) + props[24:]
    # named properties are defined once, at the top (MS-OXMSG 2.2.3); the copy keeps them resolvable
    for sub, data in cfb.streams(_NAMEID):
        streams[f"{_NAMEID}/{sub}"] = data
    clsids = {sub: cfb.clsid(f"{path}/{sub}") for sub in cfb.storages(path)}
    clsids[""] = MESSAGE_CLSID
    from wia_dossier.extractors._cfb import write_compound  # only for an attached e-mail

    try:
        data = write_compound(streams, clsids)
    except ValueError:  # entry names no compound file may hold (damaged directory): not an e-mail we can pass on
        log.debug("attached e-mail cannot be copied", exc_info=True)
        return None
    if not name:
        inner = _Props(cfb, f"{path}/", 24, codepage)
        name = inner.text(_SUBJECT)[:120] or "bericht"
    if not name.lower().endswith(".msg"):
        name += ".msg"
    return Attachment(name, data)
