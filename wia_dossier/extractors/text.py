"""Plain-text and HTML files: decode (UTF-8, else cp1252) and, for HTML, strip the markup."""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from wia_dossier.extractors import NAME_BONUS, ExtractOptions
from wia_dossier.model import Extracted, Kind, SourceFile, Status

__all__ = ["TextExtractor", "decode_text", "html_to_text"]

_TEXT_SUFFIXES = (".txt", ".text", ".csv", ".md", ".log", ".htm", ".html", ".xml", ".json")
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<meta|<p>|<div)", re.IGNORECASE)
_BLOCK_TAGS = {
    "p", "div", "br", "tr", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6",
    "blockquote", "pre", "hr", "section", "article", "header", "footer", "title",
}  # fmt: skip
_TITLE_LINES = 12


def decode_text(data: bytes, charset: str | None = None) -> str:
    """Decode bytes that claim (or not) a charset, never failing.

    Order: a BOM, the declared ``charset`` if Python knows it, strict UTF-8, then cp1252
    (what Dutch Windows writes); undecodable bytes become U+FFFD.
    """
    for bom, codec in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    if charset:
        try:
            codec = codecs.lookup(charset.strip().strip('"')).name
        except LookupError:
            codec = ""
        # A declared "us-ascii"/"utf-8" is often wrong; the fallbacks below handle that.
        if codec and codec not in ("ascii", "utf-8"):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


class _Stripper(HTMLParser):
    """Collect the visible text of an HTML document; script/style/head content is dropped."""

    _SKIP = frozenset({"script", "style", "head", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")
        elif tag == "td":
            self.parts.append("\t")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    """Visible text of an HTML fragment or document (tolerant of broken markup)."""
    parser = _Stripper()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient, but a garbage document must not crash the run
        pass
    return normalise_lines("".join(parser.parts))


def normalise_lines(text: str) -> str:
    """Unify line ends, trim each line, collapse runs of blank lines, spaces and tabs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\xa0", " ").replace("\x00", "")
    # Tabs survive (one per run): they separate table cells, "Naam:\tJ. de Vries".
    lines = [re.sub(r" *\t[ \t]*", "\t", re.sub(r" +", " ", line)).strip() for line in text.split("\n")]
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def first_lines(text: str, count: int = _TITLE_LINES) -> str:
    """The first ``count`` non-empty lines (a title zone for formats without pages)."""
    return "\n".join([line for line in text.split("\n") if line.strip()][:count])


class TextExtractor:
    """Plain text (and HTML saved as a file). The catch-all with the lowest score."""

    kind = Kind.TEXT

    def sniff(self, head: bytes, name: str) -> int:
        """Text if there is no NUL byte and the bytes decode (or carry a UTF-16 BOM)."""
        bonus = NAME_BONUS if name.lower().endswith(_TEXT_SUFFIXES) else 0
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return 20 + bonus
        if b"\x00" in head:
            return 0
        try:
            # A multi-byte character may be cut off at the end of the head.
            codecs.getincrementaldecoder("utf-8")().decode(head, final=False)
        except UnicodeDecodeError:
            controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
            if controls > len(head) // 100:  # binary, not cp1252 text
                return 0
        if _HTML_START.match(head):
            return 20 + bonus
        return 10 + bonus

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        """Decoded text as one page; HTML is reduced to its visible text."""
        data = src.read_bytes()
        text = decode_text(data)
        text = html_to_text(text) if _HTML_START.match(data[:1024]) else normalise_lines(text)
        if not text:
            return Extracted(kind=self.kind, status=Status.EMPTY, error="alleen witruimte")
        return Extracted(
            kind=self.kind,
            pages=[text],
            page_numbers=[1],
            page_count=1,
            title_zone=first_lines(text),
        )
