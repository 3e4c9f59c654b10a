"""E-mail (.eml): headers, body text and attachments with the stdlib ``email`` package (.msg: extractors.msg)."""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from wia_dossier.extractors import NAME_BONUS, ExtractOptions, _ole
from wia_dossier.extractors.text import decode_text, first_lines, html_to_text, normalise_lines
from wia_dossier.model import Attachment, Extracted, Kind, SourceFile, Status

if TYPE_CHECKING:
    from email.message import Message

# The standard library's e-mail parser (about 10 ms to import) is imported by the first e-mail, not when
# the extractors are registered: a dossier of PDFs never needs it.

log = logging.getLogger(__name__)

#: More attachments than this in one message are dropped (and counted in the facts).
MAX_ATTACHMENTS = 200
_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]{1,40}:[ \t]")
_KNOWN_HEADERS = (
    b"from:", b"to:", b"cc:", b"subject:", b"date:", b"received:", b"return-path:",
    b"mime-version:", b"message-id:", b"delivered-to:", b"reply-to:", b"x-", b"content-type:",
    b"thread-topic:", b"dkim-signature:", b"arc-",
)  # fmt: skip


def _looks_like_headers(head: bytes) -> bool:
    lines = head.lstrip(b"\r\n").splitlines()[:30]
    if lines and lines[0].startswith(b"From ") and not lines[0].startswith(b"From: "):
        lines = lines[1:]  # mbox "From " separator line
    known = 0
    for line in lines:
        if not line.strip():
            break  # end of the header block
        if line[:1] in (b" ", b"\t"):
            continue  # folded continuation line
        if not _HEADER_LINE.match(line):
            return False
        if line.lower().startswith(_KNOWN_HEADERS):
            known += 1
    return known >= 2


class EmailExtractor:
    """RFC 822 messages. An OLE file that reaches this extractor goes to ``_ole`` (Outlook .msg, Word .doc)."""

    kind = Kind.EMAIL

    def sniff(self, head: bytes, name: str) -> int:
        """70 for an RFC 822 header block (``From:``, ``Received:`` ...), 50 for OLE (tie on .msg)."""
        lower = name.lower()
        if _ole.is_ole(head):
            return 50 + (NAME_BONUS if lower.endswith(".msg") else 0)
        if _looks_like_headers(head):
            return 70 + (NAME_BONUS if lower.endswith((".eml", ".mht", ".mhtml")) else 0)
        return 0

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Headers into facts, preferred body as text, every attachment as an ``Attachment``."""
        data = src.read_bytes()
        if _ole.is_ole(data):  # only when the .msg extractor is not registered (tests, plug-ins)
            return _ole.read_compound(src, options, self.kind)
        import email
        from email import policy

        msg = email.message_from_bytes(data, policy=policy.default)
        facts = _header_facts(msg)
        body_part = _body_part(msg)
        body = _part_text(body_part) if body_part is not None else ""
        attachments, dropped, inline = _attachments(msg, body_part)
        if dropped:
            facts["attachments_dropped"] = str(dropped)
        if inline:
            facts["inline_images_skipped"] = str(inline)
        if msg.defects:
            facts["mime_defects"] = str(len(msg.defects))

        return mail_result(facts, body, attachments)


#: The header of a quoted message in a reply or forward ('Van: …' and within a few lines 'Verzonden: <date>'), or
#: the line that introduces it ('-----Oorspronkelijk bericht-----', 'Op 5 juli 2024 om 16:20 schreef …:').
_QUOTED_HEADER = re.compile(
    r"^[ \t>]*(?:van|from)[ \t]*:[^\n]*\n(?:[ \t>]*[^\n]*\n){0,3}?[ \t>]*(?:verzonden|sent|date|datum)[ \t]*:[^\n]*\d|"
    r"^[ \t>]*-{2,}[ \t]*(?:oorspronkelijk bericht|original message|forwarded message|doorgestuurd bericht)[ \t]*-{2,}|"
    r"^[ \t>]*(?:op|on)[ \t][^\n]{6,80}[ \t](?:schreef|wrote)[ \t][^\n]{0,80}:[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
#: The newest message of a chain is a cover note ('Klopt helemaal, dank je!', 'ter info het advies van de
#: bedrijfsarts') when it is at most this long and nothing is attached: the document is the message quoted below it.
#: An employee's view written above the quoted covering mail is longer (about 200 characters and up in every
#: labelled corpus; the cover notes were 30 to 165).
COVER_NOTE_CHARS = 170


def mail_result(facts: dict[str, str], body: str, attachments: list[Attachment]) -> Extracted:
    """One e-mail as the pipeline reads it (``.eml`` and Outlook ``.msg`` alike): its headers above its body
    on one page, subject and sender as title and author, the attachments to be read after it.

    A reply or forward whose own text is a short cover note above a quoted message carries that message as its
    document: its send date is then headed 'Verstuurd', not 'Datum', so that the quoted message's
    'Verzonden: <date>' dates the document (the Date header stays the fallback)."""
    date_label = "Datum"
    quoted = _QUOTED_HEADER.search(body)
    if not attachments and quoted is not None and len(body[: quoted.start()].strip()) <= COVER_NOTE_CHARS:
        date_label = "Verstuurd"
    header_block = "\n".join(
        f"{label}: {facts[key]}"
        for label, key in (("Van", "from"), ("Aan", "to"), ("Cc", "cc"), (date_label, "date"), ("Onderwerp", "subject"))
        if facts.get(key)
    )
    text = "\n\n".join(part for part in (header_block, body) if part)
    if not text and not attachments:
        return Extracted(kind=Kind.EMAIL, status=Status.EMPTY, facts=facts, error="leeg bericht")
    subject = facts.get("subject", "")
    metadata = {"Title": subject} if subject else {}
    if facts.get("from"):
        metadata["Author"] = facts["from"]
    return Extracted(
        kind=Kind.EMAIL,
        pages=[text],
        page_numbers=[1],
        page_count=1,
        title_zone="\n".join(part for part in (subject, first_lines(body, 10)) if part),
        metadata=metadata,
        attachments=attachments,
        facts=facts,
    )


def _header(msg: Message, name: str) -> str:
    """A header as text; a malformed header never raises (policy.default parses lazily)."""
    try:
        value = msg.get(name)
    except Exception:
        value = None
    if value is None:
        return ""
    try:
        text = str(value)
    except Exception:
        raw = msg.get_all(name, failobj=[""])
        text = str(raw[0]) if raw else ""
    return " ".join(text.split())[:1000]


def _header_facts(msg: Message) -> dict[str, str]:
    facts = {key: _header(msg, key) for key in ("from", "to", "cc", "subject")}
    raw_date = _header(msg, "date")
    if raw_date:
        try:
            import email.utils

            when = email.utils.parsedate_to_datetime(raw_date)
        except (TypeError, ValueError, IndexError):
            when = None
        if when is not None:
            facts["date"] = when.date().isoformat()
            facts["datetime"] = when.isoformat()
        else:
            facts["date_raw"] = raw_date
    return {key: value for key, value in facts.items() if value}


def _children(part: Message) -> list[Message]:
    """Sub-parts of a multipart; a ``message/rfc822`` part is a leaf (it is an attachment)."""
    from email.message import Message

    if part.get_content_maintype() != "multipart":
        return []
    payload = part.get_payload()
    return [p for p in payload if isinstance(p, Message)] if isinstance(payload, list) else []


def _disposition(part: Message) -> str:
    try:
        return part.get_content_disposition() or ""
    except Exception:
        return ""


def _filename(part: Message) -> str:
    try:
        return part.get_filename() or ""
    except Exception:
        return ""


def _body_part(msg: Message) -> Message | None:
    """The text/plain body if there is one, else text/html (attachments excluded)."""
    from email.message import EmailMessage

    if isinstance(msg, EmailMessage):
        try:
            found = msg.get_body(preferencelist=("plain", "html"))
        except Exception:
            found = None
        if found is not None:
            return found
    # Fallback for odd structures: the first text part that is no attachment.
    stack = [msg]
    while stack:
        part = stack.pop(0)
        kids = _children(part)
        if kids:
            stack = kids + stack
        elif part.get_content_maintype() == "text" and _disposition(part) != "attachment" and not _filename(part):
            return part
    return None


def _payload_bytes(part: Message) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if isinstance(payload, bytes):
        return payload
    raw = part.get_payload()
    return raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""


def _part_text(part: Message) -> str:
    try:
        charset = part.get_content_charset()
    except Exception:
        charset = None
    text = decode_text(_payload_bytes(part), charset)
    if part.get_content_subtype() == "html":
        return html_to_text(text)
    return normalise_lines(text)


def _attachments(msg: Message, body_part: Message | None) -> tuple[list[Attachment], int, int]:
    """Every attachment in order, a nested message as ``<subject>.eml``; (list, dropped, inline)."""
    found: list[Attachment] = []
    dropped = inline = 0
    stack = [msg]
    while stack:
        part = stack.pop(0)
        kids = _children(part)
        if kids:
            stack = kids + stack
            continue
        if part is body_part or part is msg:
            continue
        content_type = part.get_content_type()
        disposition = _disposition(part)
        name = _filename(part)
        if content_type == "message/rfc822":
            attachment = _nested_message(part, name)
        elif disposition == "attachment" or name:
            if disposition == "inline" and part.get_content_maintype() == "image" and part.get("content-id"):
                inline += 1  # logo or picture in the signature, referenced from the HTML body
                continue
            attachment = Attachment(name or _default_name(part, len(found) + 1), _payload_bytes(part))
        elif part.get_content_maintype() == "text":
            continue  # the alternative body (HTML next to plain text)
        else:
            attachment = Attachment(_default_name(part, len(found) + 1), _payload_bytes(part))
        if len(found) >= MAX_ATTACHMENTS:
            dropped += 1
            continue
        found.append(attachment)
    return found, dropped, inline


def _nested_message(part: Message, name: str) -> Attachment:
    from email.message import Message

    payload = part.get_payload()
    inner = payload[0] if isinstance(payload, list) and payload else None
    if not isinstance(inner, Message):
        return Attachment(name or "bericht.eml", _payload_bytes(part))
    try:
        data = inner.as_bytes()
    except Exception:  # a broken inner message: fall back to the lenient old policy
        from email import policy

        data = inner.as_bytes(policy=policy.compat32)
    subject = _header(inner, "subject")
    if not name:
        name = (subject[:120] or "bericht") + ".eml"
    elif not name.lower().endswith(".eml"):
        name += ".eml"
    return Attachment(name, data)


def _default_name(part: Message, index: int) -> str:
    import mimetypes

    extension = mimetypes.guess_extension(part.get_content_type()) or ".bin"
    return f"bijlage-{index}{extension}"
