# ruff: noqa: E501  (document texts are kept on one line each)
"""Write the untouched holdout corpus 10 (tests/corpus10/files and labels.csv).

    .venv/bin/python tests/corpus10/make_corpus10.py

Deletes and rewrites ``files/`` and ``labels.csv``. Deterministic: fixed dates, seeded randomness, no clock
reads; PDF and zip timestamps, PDF ``/ID`` values and MIME boundaries are fixed, so a rerun is byte-identical.

The producers are other than those of corpora 1-9: troff (groff) PostScript distilled by Ghostscript, a
hand-written PDF writer on pikepdf (standard-14 fonts, no embedding), LibreOffice's HTML import exported to PDF,
.docx and Word 97 .doc, python-docx with direct formatting or Word content controls, saved web pages (.html),
poppler-rastered scans written as PDF or fax TIFF, phone photos and screenshots drawn with Pillow, e-mails in
the shape of Gmail, Apple Mail and Thunderbird, and a Notepad text file in Windows-1252.

Needs: LibreOffice (soffice), groff (troff, tbl, grops, preconv), Ghostscript (ps2pdf), poppler (pdftoppm,
pdftotext) and the URW base-35 fonts; Python: pikepdf, python-docx, Pillow.
"""

from __future__ import annotations

import base64
import csv
import datetime as dt
import hashlib
import io
import math
import os
import quopri
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pikepdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
LABELS = HERE / "labels.csv"
BUILD: Path = Path()  # set in main(): a scratch directory

URW_OTF = Path("/usr/share/fonts/opentype/urw-base35")
URW_AFM = Path("/usr/share/fonts/type1/urw-base35")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# ----------------------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------------------


def rng_for(*parts: Any) -> random.Random:
    h = hashlib.sha256("|".join(str(p) for p in parts).encode()).digest()
    return random.Random(int.from_bytes(h[:8], "big"))


def bsn_valid(raw: str) -> bool:
    """The BSN elfproef (weights 9..2 and -1), written here from the public rule, not copied."""
    digits = "".join(ch for ch in raw if ch.isdigit())
    if len(digits) not in (8, 9):
        return False
    digits = digits.zfill(9)
    if digits == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def make_bsn(seed: str) -> str:
    r = rng_for("bsn", seed)
    while True:
        first8 = str(r.randint(1, 9)) + "".join(str(r.randint(0, 9)) for _ in range(7))
        s = sum(int(d) * w for d, w in zip(first8, (9, 8, 7, 6, 5, 4, 3, 2), strict=True))
        last = s % 11  # s - last == 0 (mod 11)
        if last <= 9:
            bsn = first8 + str(last)
            assert bsn_valid(bsn)
            return bsn


MAANDEN = [
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
    "november", "december",
]  # fmt: skip
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
]  # fmt: skip
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def nl(d: dt.date, kind: str = "long") -> str:
    """Dutch date in the forms offices type."""
    if kind == "long":
        return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    if kind == "day":  # maandag 3 maart 2025
        return f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month - 1]} {d.year}"
    if kind == "dayshort":  # maandag 3 maart
        return f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month - 1]}"
    if kind == "dmy":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if kind == "dmy1":
        return f"{d.day}-{d.month}-{d.year}"
    if kind == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if kind == "slash":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if kind == "iso":
        return d.isoformat()
    if kind == "abbr":
        return f"{d.day} {MND[d.month - 1]} {d.year}"
    raise ValueError(kind)


def en(d: dt.date, kind: str = "long") -> str:
    if kind == "long":
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if kind == "us":
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    raise ValueError(kind)


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def pdf_date(d: dt.date | dt.datetime, hour: int = 10, minute: int = 0) -> str:
    if isinstance(d, dt.datetime):
        return d.strftime("D:%Y%m%d%H%M%S+01'00'")
    return f"D:{d.year:04d}{d.month:02d}{d.day:02d}{hour:02d}{minute:02d}00+01'00'"


def run(
    cmd: list[str], *, cwd: Path | None = None, input_: bytes | None = None, env: dict[str, str] | None = None
) -> bytes:
    res = subprocess.run(cmd, cwd=cwd, input=input_, capture_output=True, env=env, check=False)
    if res.returncode != 0:
        raise RuntimeError(f"{cmd[0]} failed: {res.stderr.decode(errors='replace')[:2000]}")
    return res.stdout


# ----------------------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------------------

ROWS: list[dict[str, str]] = []


def label(path: str, type_: str | None, date: dt.date | None, note: str) -> None:
    ROWS.append(
        {
            "path": path,
            "type": type_ or "",
            "date": date.isoformat() if date else "",
            "split": "holdout",
            "note": note,
        }
    )


def j(base: str, name: str) -> str:
    return f"{base}/{name}" if base else name


def out(case: str, name: str) -> Path:
    p = FILES / case / name
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


# ----------------------------------------------------------------------------------------------------------
# the block model shared by all writers
# ----------------------------------------------------------------------------------------------------------


@dataclass
class T:  # title
    text: str
    sub: str = ""


@dataclass
class H:  # heading
    text: str


@dataclass
class P:  # paragraph; **bold** spans allowed
    text: str
    small: bool = False
    italic: bool = False


@dataclass
class KV:  # label/value fields
    rows: list[tuple[str, str]]
    boxed: bool = True


@dataclass
class BL:  # bullets
    items: list[str]


@dataclass
class TB:  # table
    header: list[str]
    rows: list[list[str]]
    widths: list[float] | None = None


@dataclass
class SG:  # signatures: (role, name, function, date text, signed?)
    sigs: list[tuple[str, str, str, str, bool]]


@dataclass
class SP:  # vertical space
    n: float = 1.0


@dataclass
class PB:  # page break
    pass


Block = T | H | P | KV | BL | TB | SG | SP | PB


def plain(text: str) -> str:
    return text.replace("**", "")


def spans(text: str) -> list[tuple[str, bool]]:
    """'a **b** c' -> [('a ', False), ('b', True), (' c', False)]"""
    parts = text.split("**")
    return [(p, i % 2 == 1) for i, p in enumerate(parts) if p]


def blocks_text(blocks: list[Block], *, width: int = 76) -> str:
    """Plain-text rendering (mail bodies, .txt, screenshots)."""
    import textwrap

    lines: list[str] = []
    for b in blocks:
        if isinstance(b, T):
            lines += [plain(b.text).upper() if len(b.text) < 40 else plain(b.text)]
            if b.sub:
                lines.append(b.sub)
            lines.append("")
        elif isinstance(b, H):
            lines += ["", plain(b.text)]
        elif isinstance(b, P):
            lines += textwrap.wrap(plain(b.text), width) or [""]
        elif isinstance(b, KV):
            lines += [f"{k}: {v}" for k, v in b.rows]
        elif isinstance(b, BL):
            for it in b.items:
                lines += textwrap.wrap(plain(it), width, initial_indent="- ", subsequent_indent="  ")
        elif isinstance(b, TB):
            lines.append(" | ".join(b.header))
            lines += [" | ".join(r) for r in b.rows]
        elif isinstance(b, SG):
            for role, name, func, date, _ in b.sigs:
                lines += ["", f"{role}: {name}" + (f", {func}" if func else "") + (f" ({date})" if date else "")]
        elif isinstance(b, SP):
            lines.append("")
    return "\n".join(lines).strip() + "\n"


# ----------------------------------------------------------------------------------------------------------
# PDF normalisation (fixed dates, no XMP, content-derived /ID)
# ----------------------------------------------------------------------------------------------------------


def normalise_pdf(
    src: Path | bytes, dest: Path, *, when: dt.date | dt.datetime, info: dict[str, str] | None = None
) -> Path:
    pdf = pikepdf.open(io.BytesIO(src) if isinstance(src, bytes) else src)
    if "/Metadata" in pdf.Root:
        del pdf.Root["/Metadata"]
    for key in ("/ID", "/DocChecksum"):
        if key in pdf.trailer:
            del pdf.trailer[key]
    stamp = pdf_date(when)
    pdf.docinfo["/CreationDate"] = stamp
    pdf.docinfo["/ModDate"] = stamp
    for k, v in (info or {}).items():
        pdf.docinfo[k] = v
    dest.parent.mkdir(parents=True, exist_ok=True)
    pdf.save(dest, deterministic_id=True)
    return dest


def fix_zip(data: bytes, when: dt.datetime, rewrite: Callable[[str, bytes], bytes] | None = None) -> bytes:
    """Rewrite a zip (.docx) with fixed member timestamps (and optional member rewriting)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            if rewrite is not None:
                blob = rewrite(info.filename, blob)
            zi = zipfile.ZipInfo(info.filename, date_time=(when.year, when.month, when.day, when.hour, when.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, blob)
    return buf.getvalue()


# ----------------------------------------------------------------------------------------------------------
# producer 1: troff (groff) -> PostScript -> Ghostscript pdfwrite
# ----------------------------------------------------------------------------------------------------------


def _tr_esc(s: str) -> str:
    s = s.replace("\\", "\\e")
    out_lines = []
    for line in s.split("\n"):
        if line.startswith((".", "'")):
            line = "\\&" + line
        out_lines.append(line)
    return "\n".join(out_lines)


def _tr_inline(text: str) -> str:
    res = ""
    for seg, bold in spans(text):
        seg = _tr_esc(seg)
        res += f"\\fB{seg}\\fP" if bold else seg
    return res


@dataclass
class TroffStyle:
    family: str = "H"  # H (Helvetica) or T (Times)
    size: int = 10
    header_left: str = ""
    header_right: str = ""
    footer_left: str = ""
    footer_page: str = "pagina {p} van {n}"  # {p} {n}
    letterhead: list[str] = field(default_factory=list)  # first page, first line bold
    rule: bool = True
    creator: str = "groff version 1.22.4"
    producer: str = "GPL Ghostscript 10.00.0"
    title: str = ""


def troff_source(blocks: list[Block], st: TroffStyle, npages: int) -> str:
    fam = st.family
    footer_page = st.footer_page.replace("{p}", "%").replace("{n}", str(npages))
    L = [
        ".kern 0",
        ".hy 0",
        ".ad l",
        ".pl 29.7c",
        ".po 2.2c",
        ".ll 16.6c",
        ".lt 16.6c",
        f".fam {fam}",
        f".ps {st.size}",
        f".vs {st.size + 3}p",
        ".nr PI 0.6c",
        ".de HD",
        "'sp 1.0c",
        ".ps 8",
        ".ft R",
        f".tl |{_tr_esc(st.header_left)}||{_tr_esc(st.header_right)}|",
    ]
    if st.rule:
        L += ["'sp -0.4v", "\\l'16.6c'", "'sp -0.5v"]
    L += [
        f".ps {st.size}",
        "'sp 1.0c",
        "..",
        ".de FO",
        "'sp 0.7c",
        ".ps 8",
        f".tl |{_tr_esc(st.footer_left)}||{_tr_esc(footer_page)}|",
        f".ps {st.size}",
        "'bp",
        "..",
        ".wh 0 HD",
        ".wh -2.3c FO",
    ]
    if st.letterhead:
        L += [".ps 15", ".ft B", _tr_esc(st.letterhead[0]), ".br", ".ps 8", ".ft R"]
        for line in st.letterhead[1:]:
            L += [_tr_esc(line), ".br"]
        L += [f".ps {st.size}", ".sp 1.2v"]
    for b in blocks:
        if isinstance(b, T):
            L += [".sp 0.5v", ".ne 4v", ".ps 14", ".ft B", _tr_esc(b.text), ".ft R", f".ps {st.size}", ".br"]
            if b.sub:
                L += [".ft I", _tr_esc(b.sub), ".ft R", ".br"]
            L += [".sp 0.6v"]
        elif isinstance(b, H):
            L += [
                ".sp 0.8v",
                ".ne 4v",
                f".ps {st.size + 1}",
                ".ft B",
                _tr_esc(b.text),
                ".ft R",
                f".ps {st.size}",
                ".br",
                ".sp 0.2v",
            ]
        elif isinstance(b, P):
            if b.small:
                L += [f".ps {st.size - 2}", f".vs {st.size + 1}p"]
            if b.italic:
                L += [".ft I"]
            L += [".sp 0.4v", _tr_inline(b.text), ".br"]
            if b.italic:
                L += [".ft R"]
            if b.small:
                L += [f".ps {st.size}", f".vs {st.size + 3}p"]
        elif isinstance(b, KV):
            L += [".sp 0.4v", ".TS", ("allbox " if b.boxed else "") + "tab(|);", "lBw(5.2c) lw(10.4c) ."]
            for k, v in b.rows:
                L.append(f"T{{\n{_tr_esc(k)}\nT}}|T{{\n{_tr_inline(v)}\nT}}")
            L += [".TE"]
        elif isinstance(b, BL):
            L += [".sp 0.3v"]
            for it in b.items:
                L += [".in 0.6c", ".ti -0.4c", "\\(bu\\h'0.25c'" + _tr_inline(it), ".br", ".in 0"]
        elif isinstance(b, TB):
            n = len(b.header)
            widths = b.widths or [15.6 / n] * n
            L += [
                ".sp 0.4v",
                ".TS",
                "allbox tab(|);",
                " ".join(f"lBw({w:.1f}c)" for w in widths),
                " ".join(f"lw({w:.1f}c)" for w in widths) + " .",
            ]
            L.append("|".join(f"T{{\n{_tr_esc(h)}\nT}}" for h in b.header))
            for r in b.rows:
                L.append("|".join(f"T{{\n{_tr_inline(c)}\nT}}" for c in r))
            L += [".TE"]
        elif isinstance(b, SG):
            L += [".sp 1v", ".ne 6v"]
            for role, name, func, date, _signed in b.sigs:
                L += [".ft B", _tr_esc(role), ".ft R", ".br", _tr_esc(name + (f", {func}" if func else "")), ".br"]
                if date:
                    L += [_tr_esc(date), ".br"]
                L += [".sp 0.6v"]
        elif isinstance(b, SP):
            L += [f".sp {b.n}v"]
        elif isinstance(b, PB):
            L += [".bp"]
    return "\n".join(L) + "\n"


def write_troff_pdf(dest: Path, blocks: list[Block], st: TroffStyle, *, when: dt.date) -> Path:
    epoch = int(dt.datetime(when.year, when.month, when.day, 9, 0, tzinfo=dt.UTC).timestamp())
    env = dict(os.environ, SOURCE_DATE_EPOCH=str(epoch), TZ="UTC")
    n = 1
    ps = b""
    for _ in range(3):
        src = troff_source(blocks, st, n)
        pre = run(["preconv", "-e", "utf-8"], input_=src.encode("utf-8"), env=env)
        tbl = run(["tbl"], input_=pre, env=env)
        ps = run(["groff", "-Z", "-Tps"], input_=tbl, env=env)
        ps = run(["grops"], input_=ps, env=env)
        m = re.search(rb"%%Pages: (\d+)", ps)
        got = int(m.group(1)) if m else 1
        if got == n:
            break
        n = got
    tmp = BUILD / "troff.ps"
    tmp.write_bytes(ps)
    pdf = BUILD / "troff.pdf"
    run(["ps2pdf", "-dPDFSETTINGS=/default", str(tmp), str(pdf)], env=env)
    info = {"/Creator": st.creator, "/Producer": st.producer}
    if st.title:
        info["/Title"] = st.title
    return normalise_pdf(pdf, dest, when=when, info=info)


# ----------------------------------------------------------------------------------------------------------
# producer 2: a hand-written PDF writer on pikepdf (standard-14 fonts, WinAnsiEncoding, no embedding)
# ----------------------------------------------------------------------------------------------------------

AFM_FILES = {
    "Helvetica": "NimbusSans-Regular.afm",
    "Helvetica-Bold": "NimbusSans-Bold.afm",
    "Helvetica-Oblique": "NimbusSans-Italic.afm",
    "Times-Roman": "NimbusRoman-Regular.afm",
    "Times-Bold": "NimbusRoman-Bold.afm",
    "Times-Italic": "NimbusRoman-Italic.afm",
    "Courier": "NimbusMonoPS-Regular.afm",
    "Courier-Bold": "NimbusMonoPS-Bold.afm",
}
GLYPH = {
    "é": "eacute", "ë": "edieresis", "è": "egrave", "ê": "ecircumflex", "ï": "idieresis", "í": "iacute",
    "ö": "odieresis", "ó": "oacute", "ô": "ocircumflex", "ü": "udieresis", "ú": "uacute", "ä": "adieresis",
    "á": "aacute", "à": "agrave", "ç": "ccedilla", "É": "Eacute", "Ë": "Edieresis", "Ö": "Odieresis",
    "Ü": "Udieresis", "Ï": "Idieresis", "–": "endash", "—": "emdash", "‘": "quoteleft", "’": "quoteright",
    "“": "quotedblleft", "”": "quotedblright", "•": "bullet", "€": "Euro", "·": "periodcentered",
    "°": "degree", "×": "multiply", "½": "onehalf", "²": "twosuperior", "©": "copyright", "§": "section",
    "…": "ellipsis", "±": "plusminus", "\u00a0": "space", "'": "quotesingle", "`": "grave", "ñ": "ntilde",
}  # fmt: skip
_METRICS: dict[str, dict[str, int]] = {}


def _afm(font: str) -> dict[str, int]:
    if font not in _METRICS:
        by_name: dict[str, int] = {}
        by_code: dict[int, int] = {}
        for line in (URW_AFM / AFM_FILES[font]).read_text(encoding="latin-1").splitlines():
            if not line.startswith("C "):
                continue
            m = re.match(r"C (-?\d+) ; WX (\d+) ; N (\S+)", line)
            if m:
                code, wx, name = int(m.group(1)), int(m.group(2)), m.group(3)
                by_name[name] = wx
                if code >= 0:
                    by_code[code] = wx
        table = {chr(c): w for c, w in by_code.items() if 32 <= c < 127}
        for ch, name in GLYPH.items():
            if name in by_name:
                table[ch] = by_name[name]
        _METRICS[font] = table
    return _METRICS[font]


def text_width(s: str, font: str, size: float) -> float:
    t = _afm(font)
    return sum(t.get(ch, 556) for ch in s) * size / 1000.0


def _pdf_str(s: str) -> str:
    b = s.encode("cp1252", errors="replace")
    out_s = ""
    for ch in b:
        if ch in (0x28, 0x29, 0x5C):
            out_s += "\\" + chr(ch)
        elif ch < 32 or ch > 126:
            out_s += f"\\{ch:03o}"
        else:
            out_s += chr(ch)
    return "(" + out_s + ")"


FONT_KEYS = {name: f"F{i + 1}" for i, name in enumerate(AFM_FILES)}
PAGE_W, PAGE_H = 595.28, 841.89


class RawPage:
    def __init__(self) -> None:
        self.ops: list[str] = []
        self.fonts: set[str] = set()
        self.images: list[tuple[str, pikepdf.Stream | dict[str, Any]]] = []

    def text(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "Helvetica",
        size: float = 10,
        color: tuple[float, float, float] | None = None,
    ) -> None:
        self.fonts.add(font)
        col = f"{color[0]:.3f} {color[1]:.3f} {color[2]:.3f} rg " if color else "0 g "
        self.ops.append(
            f"BT {col}/{FONT_KEYS[font]} {size:g} Tf 1 0 0 1 {x:.2f} {PAGE_H - y:.2f} Tm {_pdf_str(s)} Tj ET"
        )

    def text_right(
        self,
        x: float,
        y: float,
        s: str,
        font: str = "Helvetica",
        size: float = 10,
        color: tuple[float, float, float] | None = None,
    ) -> None:
        self.text(x - text_width(s, font, size), y, s, font, size, color)

    def line(
        self, x1: float, y1: float, x2: float, y2: float, w: float = 0.5, color: tuple[float, float, float] = (0, 0, 0)
    ) -> None:
        self.ops.append(
            f"q {w:g} w {color[0]:.3f} {color[1]:.3f} {color[2]:.3f} RG {x1:.2f} {PAGE_H - y1:.2f} m {x2:.2f} {PAGE_H - y2:.2f} l S Q"
        )

    def rect(
        self,
        x: float,
        y: float,
        w: float,
        h: float,
        fill: tuple[float, float, float] | None = None,
        stroke: tuple[float, float, float] | None = None,
        lw: float = 0.5,
    ) -> None:
        op = ""
        if fill:
            op += f"{fill[0]:.3f} {fill[1]:.3f} {fill[2]:.3f} rg "
        if stroke:
            op += f"{lw:g} w {stroke[0]:.3f} {stroke[1]:.3f} {stroke[2]:.3f} RG "
        paint = "B" if fill and stroke else ("f" if fill else "S")
        self.ops.append(f"q {op}{x:.2f} {PAGE_H - y - h:.2f} {w:.2f} {h:.2f} re {paint} Q")

    def image(self, img: Image.Image, x: float, y: float, w: float, h: float, *, jpeg_quality: int | None = 60) -> None:
        name = f"Im{len(self.images) + 1}"
        self.images.append((name, {"img": img, "q": jpeg_quality}))
        self.ops.append(f"q {w:.2f} 0 0 {h:.2f} {x:.2f} {PAGE_H - y - h:.2f} cm /{name} Do Q")


class RawPdf:
    def __init__(
        self, *, producer: str, creator: str = "", title: str = "", author: str = "", when: dt.date | dt.datetime
    ) -> None:
        self.pages: list[RawPage] = []
        self.info = {"/Producer": producer}
        if creator:
            self.info["/Creator"] = creator
        if title:
            self.info["/Title"] = title
        if author:
            self.info["/Author"] = author
        self.when = when

    def page(self) -> RawPage:
        p = RawPage()
        self.pages.append(p)
        return p

    def save(self, dest: Path) -> Path:
        pdf = pikepdf.new()
        font_objs = {}
        for name, key in FONT_KEYS.items():
            font_objs[key] = pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Font,
                    Subtype=pikepdf.Name.Type1,
                    BaseFont=pikepdf.Name("/" + name),
                    Encoding=pikepdf.Name.WinAnsiEncoding,
                )
            )
        for pg in self.pages:
            res_fonts = pikepdf.Dictionary({"/" + FONT_KEYS[f]: font_objs[FONT_KEYS[f]] for f in sorted(pg.fonts)})
            xobjs = pikepdf.Dictionary()
            for name, spec in pg.images:
                assert isinstance(spec, dict)
                img: Image.Image = spec["img"]
                if img.mode == "1":
                    raw = img.tobytes()
                    stream = pikepdf.Stream(pdf, zlib.compress(raw, 9))
                    stream.Filter = pikepdf.Name.FlateDecode
                    stream.BitsPerComponent = 1
                    stream.ColorSpace = pikepdf.Name.DeviceGray
                else:
                    buf = io.BytesIO()
                    img.save(buf, "JPEG", quality=spec["q"], optimize=True)
                    stream = pikepdf.Stream(pdf, buf.getvalue())
                    stream.Filter = pikepdf.Name.DCTDecode
                    stream.BitsPerComponent = 8
                    stream.ColorSpace = pikepdf.Name.DeviceGray if img.mode == "L" else pikepdf.Name.DeviceRGB
                stream.Type = pikepdf.Name.XObject
                stream.Subtype = pikepdf.Name.Image
                stream.Width = img.width
                stream.Height = img.height
                xobjs["/" + name] = stream
            resources = pikepdf.Dictionary(Font=res_fonts)
            if pg.images:
                resources.XObject = xobjs
            content = pikepdf.Stream(pdf, "\n".join(pg.ops).encode("latin-1"))
            page = pikepdf.Dictionary(
                Type=pikepdf.Name.Page,
                MediaBox=pikepdf.Array([0, 0, PAGE_W, PAGE_H]),
                Resources=resources,
                Contents=content,
            )
            pdf.pages.append(pikepdf.Page(page))
        for k, v in self.info.items():
            pdf.docinfo[k] = v
        stamp = pdf_date(self.when)
        pdf.docinfo["/CreationDate"] = stamp
        pdf.docinfo["/ModDate"] = stamp
        dest.parent.mkdir(parents=True, exist_ok=True)
        pdf.save(dest, deterministic_id=True, compress_streams=True)
        return dest


def wrap_spans(text: str, width: float, font: str, bold_font: str, size: float) -> list[list[tuple[str, bool]]]:
    """Greedy word wrap over **bold** spans; returns lines of (word-with-space, bold) runs."""
    words: list[tuple[str, bool]] = []
    for seg, bold in spans(text):
        for w in re.split(r"(\s+)", seg):
            if w == "":
                continue
            words.append((w, bold))
    lines: list[list[tuple[str, bool]]] = [[]]
    cur = 0.0
    for w, bold in words:
        f = bold_font if bold else font
        if w.isspace():
            if lines[-1]:
                lines[-1].append((" ", bold))
                cur += text_width(" ", f, size)
            continue
        ww = text_width(w, f, size)
        if cur + ww > width and lines[-1]:
            while lines[-1] and lines[-1][-1][0] == " ":
                lines[-1].pop()
            lines.append([])
            cur = 0.0
        lines[-1].append((w, bold))
        cur += ww
    return [ln for ln in lines if ln] or [[("", False)]]


@dataclass
class RawStyle:
    font: str = "Helvetica"
    bold: str = "Helvetica-Bold"
    italic: str = "Helvetica-Oblique"
    size: float = 10
    lead: float = 13.5
    left: float = 62
    right: float = 62
    top: float = 70
    bottom: float = 72
    accent: tuple[float, float, float] = (0.1, 0.2, 0.45)
    kv_label_w: float = 150
    kv_fill: tuple[float, float, float] | None = (0.93, 0.93, 0.93)
    title_size: float = 16
    title_color: tuple[float, float, float] | None = None
    heading_rule: bool = False
    heading_bar: tuple[float, float, float] | None = None


class Flow:
    """Lays out blocks on RawPdf pages; calls header(page, n) on every page and footer(page, n, total) at the end."""

    def __init__(
        self,
        pdf: RawPdf,
        st: RawStyle,
        *,
        header: Callable[[RawPage, int], float] | None = None,
        footer: Callable[[RawPage, int, int], None] | None = None,
    ) -> None:
        self.pdf, self.st, self.header, self.footer = pdf, st, header, footer
        self.pg: RawPage = pdf.page()
        self.y = self._start(1)

    def _start(self, n: int) -> float:
        if self.header:
            return self.header(self.pg, n)
        return self.st.top

    @property
    def width(self) -> float:
        return PAGE_W - self.st.left - self.st.right

    def need(self, h: float) -> None:
        if self.y + h > PAGE_H - self.st.bottom:
            self.new_page()

    def new_page(self) -> None:
        self.pg = self.pdf.page()
        self.y = self._start(len(self.pdf.pages))

    def draw_line_runs(
        self,
        x: float,
        runs: list[tuple[str, bool]],
        size: float,
        font: str | None = None,
        color: tuple[float, float, float] | None = None,
    ) -> None:
        st = self.st
        for w, bold in runs:
            f = st.bold if bold else (font or st.font)
            if w.strip():
                self.pg.text(x, self.y, w, f, size, color)
            x += text_width(w, f, size)

    def para(
        self,
        text: str,
        *,
        size: float | None = None,
        font: str | None = None,
        indent: float = 0,
        color: tuple[float, float, float] | None = None,
        after: float = 5,
    ) -> None:
        st = self.st
        size = size or st.size
        lead = st.lead * size / st.size
        for runs in wrap_spans(text, self.width - indent, font or st.font, st.bold, size):
            self.need(lead)
            self.y += lead
            self.draw_line_runs(st.left + indent, runs, size, font, color)
        self.y += after

    def block(self, b: Block) -> None:
        st = self.st
        if isinstance(b, T):
            self.need(40)
            self.y += st.title_size + 4
            self.pg.text(st.left, self.y, b.text, st.bold, st.title_size, st.title_color)
            if b.sub:
                self.y += st.size + 5
                self.pg.text(st.left, self.y, b.sub, st.italic, st.size + 1, (0.3, 0.3, 0.3))
            self.y += 12
        elif isinstance(b, H):
            self.need(40)
            self.y += 8
            if st.heading_bar:
                self.pg.rect(st.left, self.y, self.width, st.size + 8, fill=st.heading_bar)
                self.y += st.size + 3
                self.pg.text(st.left + 5, self.y, b.text, st.bold, st.size + 1, (1, 1, 1))
                self.y += 9
            else:
                self.y += st.size + 3
                self.pg.text(st.left, self.y, b.text, st.bold, st.size + 1.5, st.accent)
                if st.heading_rule:
                    self.pg.line(st.left, self.y + 3, st.left + self.width, self.y + 3, 0.6, st.accent)
                self.y += 7
        elif isinstance(b, P):
            font = st.italic if b.italic else None
            self.para(b.text, size=st.size - 1.5 if b.small else None, font=font)
        elif isinstance(b, KV):
            lw = st.kv_label_w
            for k, v in b.rows:
                lines = wrap_spans(v, self.width - lw - 10, st.font, st.bold, st.size)
                klines = wrap_spans(k, lw - 8, st.bold, st.bold, st.size)
                h = max(len(lines), len(klines)) * st.lead + 5
                self.need(h)
                if b.boxed:
                    if st.kv_fill:
                        self.pg.rect(st.left, self.y, lw, h, fill=st.kv_fill)
                    self.pg.rect(st.left, self.y, self.width, h, stroke=(0.55, 0.55, 0.55))
                    self.pg.line(st.left + lw, self.y, st.left + lw, self.y + h, 0.5, (0.55, 0.55, 0.55))
                y0 = self.y
                for i, runs in enumerate(klines):
                    self.y = y0 + st.lead * (i + 1) - 1
                    self.draw_line_runs(st.left + 4, [(w, True) for w, _ in runs], st.size)
                for i, runs in enumerate(lines):
                    self.y = y0 + st.lead * (i + 1) - 1
                    self.draw_line_runs(st.left + lw + 6, runs, st.size)
                self.y = y0 + h
            self.y += 8
        elif isinstance(b, BL):
            for it in b.items:
                lines = wrap_spans(it, self.width - 16, st.font, st.bold, st.size)
                for i, runs in enumerate(lines):
                    self.need(st.lead)
                    self.y += st.lead
                    if i == 0:
                        self.pg.text(st.left + 4, self.y, "•", st.font, st.size)
                    self.draw_line_runs(st.left + 16, runs, st.size)
                self.y += 2
            self.y += 5
        elif isinstance(b, TB):
            n = len(b.header)
            ws = b.widths or [1.0] * n
            tot = sum(ws)
            cols = [self.width * w / tot for w in ws]
            size = st.size - 1
            lead = st.lead * size / st.size
            for ri, row in enumerate([b.header, *b.rows]):
                cells = [
                    wrap_spans(c if ri else f"**{c}**" if c else c, cw - 8, st.font, st.bold, size)
                    for c, cw in zip(row, cols, strict=True)
                ]
                h = max(len(c) for c in cells) * lead + 6
                self.need(h)
                x = st.left
                if ri == 0:
                    self.pg.rect(st.left, self.y, self.width, h, fill=(0.88, 0.88, 0.88))
                for c, cw in zip(cells, cols, strict=True):
                    self.pg.rect(x, self.y, cw, h, stroke=(0.5, 0.5, 0.5))
                    y0 = self.y
                    for i, runs in enumerate(c):
                        self.y = y0 + lead * (i + 1)
                        self.draw_line_runs(x + 4, runs, size)
                    self.y = y0
                    x += cw
                self.y += h
            self.y += 8
        elif isinstance(b, SG):
            self.need(90)
            self.y += 14
            colw = self.width / max(1, len(b.sigs))
            y0 = self.y
            for i, (role, name, func, date, _signed) in enumerate(b.sigs):
                x = st.left + i * colw
                self.y = y0
                self.pg.text(x, self.y, role, st.bold, st.size)
                self.pg.text(x, self.y + 44, "Handtekening: ____________________", st.font, st.size - 1)
                self.pg.text(x, self.y + 60, name + (f", {func}" if func else ""), st.font, st.size - 1)
                if date:
                    self.pg.text(x, self.y + 73, f"Datum: {date}", st.font, st.size - 1)
            self.y = y0 + 84
        elif isinstance(b, SP):
            self.y += st.lead * b.n
        elif isinstance(b, PB):
            self.new_page()

    def run(self, blocks: list[Block]) -> None:
        for b in blocks:
            self.block(b)

    def finish(self) -> None:
        total = len(self.pdf.pages)
        if self.footer:
            for i, pg in enumerate(self.pdf.pages, 1):
                self.footer(pg, i, total)


# ----------------------------------------------------------------------------------------------------------
# producer 3: HTML -> LibreOffice (PDF, .docx, Word 97 .doc); also plain .html files
# ----------------------------------------------------------------------------------------------------------


def html_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def html_inline(text: str) -> str:
    return "".join(f"<b>{html_escape(s)}</b>" if b else html_escape(s) for s, b in spans(text))


def blocks_html(
    blocks: list[Block],
    *,
    kv_label_bg: str = "#e8e8e8",
    table_head_bg: str = "#d9d9d9",
    sig_label: str = "Handtekening",
) -> str:
    h: list[str] = []
    for b in blocks:
        if isinstance(b, T):
            h.append(f"<h1>{html_inline(b.text)}</h1>")
            if b.sub:
                h.append(f'<p class="sub"><i>{html_escape(b.sub)}</i></p>')
        elif isinstance(b, H):
            h.append(f"<h2>{html_inline(b.text)}</h2>")
        elif isinstance(b, P):
            cls = ' class="small"' if b.small else ""
            inner = html_inline(b.text)
            if b.italic:
                inner = f"<i>{inner}</i>"
            h.append(f"<p{cls}>{inner}</p>")
        elif isinstance(b, KV):
            border = ' border="1"' if b.boxed else ""
            rows = "".join(
                f'<tr><td width="32%" style="background:{kv_label_bg}" valign="top"><b>{html_escape(k)}</b></td><td valign="top">{html_inline(v)}</td></tr>'
                for k, v in b.rows
            )
            h.append(f'<table width="100%"{border} cellpadding="4" cellspacing="0">{rows}</table><p></p>')
        elif isinstance(b, BL):
            h.append("<ul>" + "".join(f"<li>{html_inline(i)}</li>" for i in b.items) + "</ul>")
        elif isinstance(b, TB):
            tot = sum(b.widths) if b.widths else len(b.header)
            ws = b.widths or [1.0] * len(b.header)
            head = "".join(
                f'<td width="{100 * w / tot:.0f}%" style="background:{table_head_bg}"><b>{html_escape(c)}</b></td>'
                for c, w in zip(b.header, ws, strict=True)
            )
            body = "".join(
                "<tr>" + "".join(f'<td valign="top">{html_inline(c)}</td>' for c in r) + "</tr>" for r in b.rows
            )
            h.append(
                f'<table width="100%" border="1" cellpadding="4" cellspacing="0"><tr>{head}</tr>{body}</table><p></p>'
            )
        elif isinstance(b, SG):
            cells = "".join(
                f'<td valign="top"><b>{html_escape(role)}</b><br>{html_escape(name)}{"<br>" + html_escape(func) if func else ""}'
                f"{'<br>Datum: ' + html_escape(date) if date else ''}<br><br>{sig_label}:<br><br>______________________</td>"
                for role, name, func, date, _ in b.sigs
            )
            h.append(f'<table width="100%" cellpadding="4" cellspacing="0"><tr>{cells}</tr></table>')
        elif isinstance(b, SP):
            h.append("<p>&nbsp;</p>" * max(1, int(b.n)))
        elif isinstance(b, PB):
            h.append('<p style="page-break-before: always"></p>')
    return "\n".join(h)


def html_page(
    body: str,
    *,
    title: str,
    css: str,
    header: str = "",
    footer: str = "",
    created: dt.datetime | None = None,
    lang: str = "nl-NL",
) -> str:
    meta = f'<meta name="created" content="{created.strftime("%Y-%m-%dT%H:%M:%S")}">' if created else ""
    hd = f'<div title="header">{header}</div>' if header else ""
    ft = f'<div title="footer">{footer}</div>' if footer else ""
    return (
        f'<!DOCTYPE html>\n<html lang="{lang[:2]}"><head><meta charset="utf-8"><title>{html_escape(title)}</title>{meta}'
        f"<style>{css}</style></head><body>{hd}\n{body}\n{ft}</body></html>\n"
    )


LO_PAGE_FIELD = "<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>"
LO_PAGES_FIELD = "<sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield>"
_LO_PROFILE: Path | None = None


def lo_convert_path(src: Path, fmt: str, *, html: bool = False) -> bytes:
    """Convert a file with LibreOffice Writer (headless, own profile) to pdf, docx or doc."""
    assert _LO_PROFILE is not None
    outdir = BUILD / "lo-out"
    if outdir.exists():
        shutil.rmtree(outdir)
    filt = {"pdf": "pdf:writer_pdf_Export", "docx": "docx:MS Word 2007 XML", "doc": "doc:MS Word 97"}[fmt]
    cmd = ["soffice", f"-env:UserInstallation=file://{_LO_PROFILE}", "--headless", "--norestore"]
    if html:
        cmd.append("--infilter=HTML (StarWriter)")
    run([*cmd, "--convert-to", filt, "--outdir", str(outdir), str(src)], env=dict(os.environ, TZ="UTC"))
    return (outdir / f"{src.stem}.{fmt}").read_bytes()


def lo_convert(html: str, fmt: str, stem: str) -> bytes:
    """Convert an HTML document with LibreOffice Writer (HTML import) to pdf, docx or doc."""
    work = BUILD / "lo"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    src = work / f"{stem}.html"
    src.write_text(html, encoding="utf-8")
    return lo_convert_path(src, fmt, html=True)


def write_lo(dest: Path, html: str, *, when: dt.datetime, fmt: str = "pdf", info: dict[str, str] | None = None) -> Path:
    data = lo_convert(html, fmt, "document")
    if fmt == "pdf":
        return normalise_pdf(data, dest, when=when, info=info)
    if fmt == "docx":
        data = fix_zip(data, when)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)
    return dest


# ----------------------------------------------------------------------------------------------------------
# producer 4: python-docx, typed like people type (direct formatting, runs split, content controls)
# ----------------------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _rsid(r: random.Random) -> str:
    return f"{r.randint(0, 0xFFFFFF):06X}".rjust(8, "0")


def docx_new(font: str = "Calibri", size: float = 11) -> Any:
    import docx
    from docx.shared import Pt

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    return doc


def docx_runs(
    par: Any,
    text: str,
    r: random.Random,
    *,
    size: float | None = None,
    bold_all: bool = False,
    italic: bool = False,
    split: bool = True,
    font: str | None = None,
) -> None:
    """Add text as runs the way Word stores typed text: split at edit points (rsid), bold as direct formatting."""
    from docx.oxml.ns import qn
    from docx.shared import Pt

    rsid = _rsid(r)
    for seg, bold in spans(text):
        pieces = [seg]
        if split and len(seg) > 25:
            words = re.split(r"(?<= )", seg)
            pieces, cur = [], ""
            for w in words:
                cur += w
                if r.random() < 0.18:
                    pieces.append(cur)
                    cur = ""
            if cur:
                pieces.append(cur)
        for piece in pieces:
            run_ = par.add_run(piece)
            if bold or bold_all:
                run_.bold = True
            if italic:
                run_.italic = True
            if size:
                run_.font.size = Pt(size)
            if font:
                run_.font.name = font
            if split and r.random() < 0.3:
                rsid = _rsid(r)
            run_._r.set(qn("w:rsidR"), rsid)


def docx_save(
    doc: Any,
    dest: Path,
    *,
    when: dt.datetime,
    author: str,
    title: str = "",
    last_by: str | None = None,
    revision: int = 3,
) -> Path:
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = last_by or author
    cp.created = when - dt.timedelta(days=1, hours=2)
    cp.modified = when
    cp.last_printed = None if revision < 2 else when
    cp.revision = revision
    cp.title = title
    cp.comments = ""
    cp.subject = ""
    cp.keywords = ""
    cp.category = ""
    buf = io.BytesIO()
    doc.save(buf)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(fix_zip(buf.getvalue(), when))
    return dest


# ----------------------------------------------------------------------------------------------------------
# raster producers: poppler rasterising, scans, photos, screenshots, handwriting, fax TIFF
# ----------------------------------------------------------------------------------------------------------


def raster(pdf: Path, dpi: int = 150, gray: bool = True) -> list[Image.Image]:
    work = BUILD / "raster"
    if work.exists():
        shutil.rmtree(work)
    work.mkdir(parents=True)
    cmd = ["pdftoppm", "-r", str(dpi), "-png"]
    if gray:
        cmd.append("-gray")
    run([*cmd, str(pdf), str(work / "p")])
    pages = []
    for f in sorted(work.glob("p-*.png"), key=lambda p: int(p.stem.split("-")[1])):
        with Image.open(f) as im:
            pages.append(im.copy())
    return pages


def word_boxes(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Word boxes per page (poppler's pdftotext -bbox), in PDF points from the top-left."""
    html = run(["pdftotext", "-bbox", str(pdf), "-"]).decode("utf-8", "replace")
    pages: list[list[tuple[str, float, float, float, float]]] = []
    for chunk in html.split("<page ")[1:]:
        words = []
        for m in re.finditer(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', chunk
        ):
            words.append((m.group(5), float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4))))
        pages.append(words)
    return pages


def noise_layer(size: tuple[int, int], sigma: float, r: random.Random, scale: int = 2) -> Image.Image:
    w, h = max(1, size[0] // scale), max(1, size[1] // scale)
    data = bytes(max(0, min(255, int(128 + r.gauss(0, sigma)))) for _ in range(w * h))
    return Image.frombytes("L", (w, h), data).resize(size, Image.BILINEAR)


def signature(
    img: Image.Image, x: float, y: float, w: float, r: random.Random, *, name: str = "", color: Any = (20, 30, 110)
) -> None:
    """A pen signature: the name (or initials) in a script hand, slanted, with a flourish under it."""
    text = name or "".join(r.choice("AEHJKLMRSVW") for _ in range(2))
    px = max(14, int(w / max(5, len(text)) * 1.5))
    f = font("Z003-MediumItalic", px)
    layer = Image.new("L", (int(w * 1.6), px * 3), 0)
    d = ImageDraw.Draw(layer)
    d.text((4, px // 2), text, font=f, fill=255)
    bbox = layer.getbbox() or (0, 0, int(w), px)
    end = min(layer.width - 2, bbox[2] + r.randint(5, 25))
    pts = [
        (bbox[0] + r.randint(0, 10), bbox[3] + 2),
        ((bbox[0] + end) / 2, bbox[3] + r.randint(4, 10)),
        (end, bbox[1] + px // 3),
    ]
    d.line(pts, fill=255, width=max(2, px // 12), joint="curve")
    layer = layer.rotate(r.uniform(4, 11), resample=Image.BICUBIC, expand=False)
    solid = Image.new(img.mode, layer.size, color if img.mode == "RGB" else (color if isinstance(color, int) else 30))
    img.paste(solid, (int(x), int(y - px * 1.4)), layer)


def sign_pages(
    pdf: Path,
    pages: list[Image.Image],
    dpi: int,
    r: random.Random,
    *,
    names: list[str] | None = None,
    markers: tuple[str, ...] = ("Handtekening", "Handtekening:", "handtekening:", "Signature:", "Signed:", "Paraaf:"),
    color: Any = 20,
    skip: int = 0,
) -> list[Image.Image]:
    """Draw pen signatures where the printed page says Handtekening (the first `skip` places stay empty)."""
    boxes = word_boxes(pdf)
    res = []
    k = dpi / 72.0
    i = 0
    for pg, words in zip(pages, boxes, strict=False):
        pg = pg.copy()
        for w, _x0, y0, x1, _y1 in words:
            if w in markers:
                if i >= skip:
                    nm = (names or [""])[min(i - skip, len(names or [""]) - 1)]
                    signature(pg, (x1 + 6) * k, (y0 + 4) * k, 105 * k, r, name=nm, color=color)
                i += 1
        res.append(pg)
    return res


def degrade_scan(
    img: Image.Image,
    r: random.Random,
    *,
    angle: float,
    contrast: float = 0.9,
    blur: float = 0.5,
    edge: bool = True,
    noise: float = 7,
) -> Image.Image:
    g = img.convert("L")
    g = g.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
    lo = int(255 * (1 - contrast) * 0.6)
    g = g.point(lambda v: lo + v * (255 - lo) // 255 if v > 0 else lo)
    if blur:
        g = g.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        nz = noise_layer(g.size, noise, r, 3)
        g = Image.blend(g, nz, 0.06)
        g = g.point(lambda v: min(255, int(v * 1.06)))
    if edge:
        d = ImageDraw.Draw(g)
        wpx = r.randint(4, 10)
        d.rectangle([0, 0, wpx, g.height], fill=r.randint(60, 110))
    return g


def write_scan_pdf(
    dest: Path,
    pages: list[Image.Image],
    *,
    dpi: int,
    when: dt.datetime,
    producer: str,
    bitonal: bool = False,
    quality: int = 55,
) -> Path:
    pdf = RawPdf(producer=producer, creator=producer, when=when)
    for img in pages:
        pg = pdf.page()
        if bitonal:
            img = img.convert("L").point(lambda v: 255 if v > 150 else 0).convert("1", dither=Image.NONE)
        pg.image(img, 0, 0, PAGE_W, PAGE_H, jpeg_quality=quality)
    return pdf.save(dest)


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda i: abs(m[i][c]))
        m[c], m[p] = m[p], m[c]
        for i in range(n):
            if i != c:
                f = m[i][c] / m[c][c]
                for j in range(c, n + 1):
                    m[i][j] -= f * m[c][j]
    return [m[i][n] / m[i][i] for i in range(n)]


def perspective_coeffs(dst: list[tuple[float, float]], src: list[tuple[float, float]]) -> list[float]:
    a, b = [], []
    for (x, y), (u, v) in zip(dst, src, strict=True):
        a.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        b.append(u)
        a.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        b.append(v)
    return _solve(a, b)


def photograph(
    page: Image.Image,
    r: random.Random,
    *,
    long_side: int = 1600,
    bg: tuple[int, int, int] = (122, 96, 70),
    tilt: float = 0.05,
    light: float = 0.25,
    cast: tuple[int, int, int] = (255, 244, 225),
) -> Image.Image:
    """A phone photo of a sheet lying on a table: perspective, uneven light, colour cast, slight blur."""
    page = page.convert("RGB")
    pw, ph = page.size
    W, H = int(pw * 1.16), int(ph * 1.12)
    canvas = Image.new("RGB", (W, H), bg)
    tex = noise_layer((W, H), 18, r, 4).convert("RGB")
    canvas = Image.blend(canvas, tex, 0.12)
    ox, oy = (W - pw) / 2, (H - ph) / 2
    j = lambda s: r.uniform(-s, s) * pw  # noqa: E731
    dst = [
        (ox + j(tilt) + tilt * pw * 0.5, oy + j(tilt)),
        (ox + pw + j(tilt) - tilt * pw * 0.3, oy + j(tilt)),
        (ox + pw + j(tilt), oy + ph + j(tilt)),
        (ox + j(tilt), oy + ph + j(tilt)),
    ]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    coeffs = perspective_coeffs(dst, src)
    warped = page.transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", page.size, 255).transform((W, H), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    canvas.paste(warped, (0, 0), mask)
    # shadow of the phone and uneven light: a radial-ish gradient
    grad = Image.new("L", (64, 64))
    gd = grad.load()
    cx, cy = r.uniform(0.2, 0.8) * 64, r.uniform(0.1, 0.5) * 64
    for yy in range(64):
        for xx in range(64):
            dist = math.hypot(xx - cx, yy - cy) / 64
            gd[xx, yy] = int(255 * (1 - light * min(1.0, dist * 1.3)))
    grad = grad.resize((W, H), Image.BICUBIC)
    lit = Image.composite(canvas, Image.new("RGB", (W, H), (0, 0, 0)), grad)
    lit = Image.merge(
        "RGB", [ch.point(lambda v, k=k: int(v * k / 255)) for ch, k in zip(lit.split(), cast, strict=True)]
    )
    lit = lit.filter(ImageFilter.GaussianBlur(0.8))
    scale = long_side / max(W, H)
    return lit.resize((int(W * scale), int(H * scale)), Image.LANCZOS)


def save_jpeg(img: Image.Image, dest: Path, *, quality: int, exif: dict[str, Any] | None = None) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    kw: dict[str, Any] = {"quality": quality, "optimize": True}
    if exif:
        ex = Image.Exif()
        ex[0x010F] = exif["make"]
        ex[0x0110] = exif["model"]
        ex[0x0112] = exif.get("orientation", 1)
        ex[0x0132] = exif["taken"].strftime("%Y:%m:%d %H:%M:%S")
        ex[0x0131] = exif.get("software", "")
        sub = ex.get_ifd(0x8769)
        sub[0x9003] = exif["taken"].strftime("%Y:%m:%d %H:%M:%S")
        sub[0x9004] = exif["taken"].strftime("%Y:%m:%d %H:%M:%S")
        kw["exif"] = ex.tobytes()
    img.convert("RGB").save(dest, "JPEG", **kw)
    return dest


def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    if name.startswith("DejaVu"):
        return ImageFont.truetype(str(DEJAVU / f"{name}.ttf"), size)
    return ImageFont.truetype(str(URW_OTF / f"{name}.otf"), size)


def handwritten_page(
    lines: list[str],
    r: random.Random,
    *,
    size: tuple[int, int] = (1240, 1754),
    pen: tuple[int, int, int] = (25, 35, 120),
    font_px: int = 46,
    ruled: bool = True,
    margin_left: int = 120,
) -> Image.Image:
    """A sheet from a ruled notepad written in a script hand (URW Z003)."""
    W, Hh = size
    img = Image.new("RGB", size, (250, 249, 243))
    d = ImageDraw.Draw(img)
    step = int(font_px * 1.45)
    top = 170
    if ruled:
        for y in range(top, Hh - 60, step):
            d.line([(0, y), (W, y)], fill=(170, 195, 225), width=2)
        d.line([(margin_left - 20, 0), (margin_left - 20, Hh)], fill=(225, 140, 140), width=2)
        for hy in range(60, Hh, 140):  # punched holes
            d.ellipse([18, hy, 48, hy + 30], fill=(205, 205, 200))
    f = font("Z003-MediumItalic", font_px)
    y = top - int(font_px * 0.78)
    for line in lines:
        if line == "":
            y += step
            continue
        if line.startswith("@sig"):
            signature(img, margin_left + 40, y + step * 0.9, 260, r, name=line[4:].strip(), color=pen)
            y += step
            continue
        x = margin_left + r.randint(-6, 10)
        layer = Image.new("L", (W, step * 2), 0)
        ld = ImageDraw.Draw(layer)
        ld.text((x, int(step * 0.3)), line, font=f, fill=255)
        layer = layer.rotate(r.uniform(-0.9, 0.9), resample=Image.BICUBIC, center=(x, step))
        img.paste(Image.new("RGB", layer.size, pen), (0, y - int(step * 0.3)), layer)
        y += step
    return img


def write_fax_tiff(dest: Path, pages: list[Image.Image], *, when: dt.datetime, software: str = "HylaFAX 6.0.7") -> Path:
    """Fax pages: 204x196 dpi, bitonal, CCITT group 4, a multi-page TIFF."""
    fax = []
    for pg in pages:
        g = pg.convert("L")
        w = 1728
        h = int(g.height * w / g.width * 196 / 204)
        g = g.resize((w, h), Image.BILINEAR).point(lambda v: 255 if v > 160 else 0).convert("1", dither=Image.NONE)
        fax.append(g)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tiffinfo = {305: software, 306: when.strftime("%Y:%m:%d %H:%M:%S")}
    fax[0].save(
        dest, "TIFF", compression="group4", dpi=(204, 196), save_all=True, append_images=fax[1:], tiffinfo=tiffinfo
    )
    return dest


# ----------------------------------------------------------------------------------------------------------
# e-mail: written out byte by byte in the shape of Gmail, Apple Mail and Thunderbird
# ----------------------------------------------------------------------------------------------------------


@dataclass
class Att:
    name: str
    data: bytes
    ctype: str


def att_file(path: Path, name: str | None = None) -> Att:
    name = name or path.name
    ext = path.suffix.lower()
    ctype = {
        ".pdf": "application/pdf",
        ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ".doc": "application/msword",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".png": "image/png",
    }[ext]
    return Att(name, path.read_bytes(), ctype)


def _qp(text: str) -> str:
    return quopri.encodestring(text.replace("\n", "\r\n").encode("utf-8")).decode("ascii").replace("\r\n", "\n")


def _b64(data: bytes) -> str:
    s = base64.b64encode(data).decode("ascii")
    return "\n".join(s[i : i + 76] for i in range(0, len(s), 76))


def _hdr(value: str) -> str:
    """Encode a header value with RFC 2047 when it is not ASCII."""
    try:
        value.encode("ascii")
        return value
    except UnicodeEncodeError:
        from email.header import Header

        return Header(value, "utf-8").encode()


def _addr(name: str, mail: str) -> str:
    return f"{_hdr(name)} <{mail}>" if name else mail


def _fname_params(name: str) -> str:
    try:
        name.encode("ascii")
        return f'filename="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote

        return f"filename*=utf-8''{quote(name)}"


def _name_param(name: str) -> str:
    try:
        name.encode("ascii")
        return f'name="{name}"'
    except UnicodeEncodeError:
        from urllib.parse import quote

        return f"name*=utf-8''{quote(name)}"


def mail_date(when: dt.datetime) -> str:
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    # Dutch summer time roughly: April-October +0200
    off = "+0200" if 4 <= when.month <= 10 else "+0100"
    return f"{days[when.weekday()]}, {when.day} {mons[when.month - 1]} {when.year} {when:%H:%M:%S} {off}"


def text_to_html_gmail(text: str) -> str:
    parts = []
    for line in text.split("\n"):
        parts.append(f"<div>{html_escape(line)}</div>" if line.strip() else "<div><br></div>")
    return '<div dir="ltr">' + "".join(parts) + "</div>\n"


def write_mail(
    dest: Path,
    *,
    client: str,
    sender: tuple[str, str],
    to: list[tuple[str, str]],
    subject: str,
    when: dt.datetime,
    body: str,
    cc: list[tuple[str, str]] | None = None,
    attachments: list[Att] | None = None,
    in_reply_to: str | None = None,
    seed: str = "",
    x_mailer: str = "",
) -> Path:
    """One .eml as the named client writes it (gmail | apple | thunderbird)."""
    r = rng_for("mail", dest.name, seed)
    atts = attachments or []
    domain = sender[1].split("@")[1]
    L: list[str] = []
    if client == "gmail":
        mid = f"<CA{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+') for _ in range(40))}@mail.gmail.com>"
        b_alt = f"000000000000{r.getrandbits(40):010x}"
        b_mix = f"000000000000{r.getrandbits(40):010x}"
        L += ["MIME-Version: 1.0", f"Date: {mail_date(when)}"]
        if in_reply_to:
            L += [f"References: {in_reply_to}", f"In-Reply-To: {in_reply_to}"]
        L += [
            f"Message-ID: {mid}",
            f"Subject: {_hdr(subject)}",
            f"From: {_addr(*sender)}",
            "To: " + ", ".join(_addr(*a) for a in to),
        ]
        if cc:
            L.append("Cc: " + ", ".join(_addr(*a) for a in cc))
        alt = [
            f"--{b_alt}",
            'Content-Type: text/plain; charset="UTF-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            _qp(body),
            f"--{b_alt}",
            'Content-Type: text/html; charset="UTF-8"',
            "Content-Transfer-Encoding: quoted-printable",
            "",
            _qp(text_to_html_gmail(body)),
            f"--{b_alt}--",
        ]
        if atts:
            L += [
                f'Content-Type: multipart/mixed; boundary="{b_mix}"',
                "",
                f"--{b_mix}",
                f'Content-Type: multipart/alternative; boundary="{b_alt}"',
                "",
                *alt,
                "",
            ]
            for i, a in enumerate(atts):
                fid = f"f_{r.getrandbits(36):09x}{i}"
                L += [
                    f"--{b_mix}",
                    f"Content-Type: {a.ctype}; {_name_param(a.name)}",
                    f"Content-Disposition: attachment; {_fname_params(a.name)}",
                    "Content-Transfer-Encoding: base64",
                    f"Content-ID: <{fid}>",
                    f"X-Attachment-Id: {fid}",
                    "",
                    _b64(a.data),
                ]
            L += [f"--{b_mix}--", ""]
        else:
            L += [f'Content-Type: multipart/alternative; boundary="{b_alt}"', "", *alt, ""]
    elif client == "apple":
        b = f"Apple-Mail={r.getrandbits(32):08X}-{r.getrandbits(16):04X}-{r.getrandbits(16):04X}-{r.getrandbits(16):04X}-{r.getrandbits(48):012X}"
        mid = f"<{r.getrandbits(32):08X}-{r.getrandbits(16):04X}-{r.getrandbits(16):04X}-{r.getrandbits(16):04X}-{r.getrandbits(48):012X}@{domain}>"
        L += [f"From: {_addr(*sender)}"]
        if atts:
            L += [f'Content-Type: multipart/mixed; boundary="{b}"']
        else:
            L += ["Content-Type: text/plain; charset=utf-8", "Content-Transfer-Encoding: quoted-printable"]
        L += ["Mime-Version: 1.0 (1.0)", f"Subject: {_hdr(subject)}", f"Date: {mail_date(when)}", f"Message-Id: {mid}"]
        if in_reply_to:
            L += [f"References: {in_reply_to}", f"In-Reply-To: {in_reply_to}"]
        L += ["To: " + ", ".join(_addr(*a) for a in to), f"X-Mailer: {x_mailer or 'iPhone Mail (21F90)'}", ""]
        if atts:
            L += [
                f"--{b}",
                "Content-Type: text/plain; charset=utf-8",
                "Content-Transfer-Encoding: quoted-printable",
                "",
                _qp(body),
                "",
            ]
            for a in atts:
                L += [
                    f"--{b}",
                    f"Content-Type: {a.ctype}; {_name_param(a.name)}; x-unix-mode=0644",
                    f"Content-Disposition: inline; {_fname_params(a.name)}",
                    "Content-Transfer-Encoding: base64",
                    "",
                    _b64(a.data),
                    "",
                ]
            L += [f"--{b}--", ""]
        else:
            L += [_qp(body), ""]
    elif client == "thunderbird":
        b = f"------------{''.join(r.choice('0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz') for _ in range(24))}"
        mid = f"<{r.getrandbits(32):08x}-{r.getrandbits(16):04x}-{r.getrandbits(16):04x}-{r.getrandbits(16):04x}-{r.getrandbits(48):012x}@{domain}>"
        L += [
            f"Message-ID: {mid}",
            f"Date: {mail_date(when)}",
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: nl",
        ]
        if in_reply_to:
            L += [f"References: {in_reply_to}", f"In-Reply-To: {in_reply_to}"]
        L += ["To: " + ", ".join(_addr(*a) for a in to)]
        if cc:
            L.append("Cc: " + ", ".join(_addr(*a) for a in cc))
        L += [f"From: {_addr(*sender)}", f"Subject: {_hdr(subject)}"]
        flowed = "\n".join(_flow(line) for line in body.split("\n"))
        if atts:
            L += [
                f'Content-Type: multipart/mixed; boundary="{b}"',
                "",
                "This is a multi-part message in MIME format.",
                f"--{b}",
            ]
        L += [
            "Content-Type: text/plain; charset=UTF-8; format=flowed",
            "Content-Transfer-Encoding: 8bit",
            "",
            flowed,
            "",
        ]
        for a in atts:
            L += [
                f"--{b}",
                f"Content-Type: {a.ctype}; {_name_param(a.name)}",
                f"Content-Disposition: attachment; {_fname_params(a.name)}",
                "Content-Transfer-Encoding: base64",
                "",
                _b64(a.data),
                "",
            ]
        if atts:
            L += [f"--{b}--", ""]
    else:
        raise ValueError(client)
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes("\r\n".join(L).replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8"))
    return dest


def _flow(line: str, width: int = 72) -> str:
    """format=flowed: soft line breaks end in a space."""
    if len(line) <= width:
        return line
    words = line.split(" ")
    out_l: list[str] = []
    cur = ""
    for w in words:
        if cur and len(cur) + len(w) + 1 > width:
            out_l.append(cur + " ")
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out_l.append(cur)
    return "\n".join(out_l)


def msg_id(dest_name: str) -> str:
    r = rng_for("mail", dest_name, "")
    return f"<CA{''.join(r.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+') for _ in range(40))}@mail.gmail.com>"


# ==========================================================================================================
# shared letter and form layouts
# ==========================================================================================================

UWV_BLUE = (0.0, 0.29, 0.55)


def uwv_letter(
    dest: Path,
    *,
    when: dt.date,
    to_lines: list[str],
    refs: list[tuple[str, str]],
    subject: str,
    body: list[Block],
    signer: tuple[str, str],
    office: str,
    producer: str = "UWV Documentservice 4.2",
) -> Path:
    """A UWV letter: wordmark, window address, reference column, subject, body, footer with page numbers."""
    pdf = RawPdf(producer=producer, creator="UWV", title=subject, when=when)
    st = RawStyle(
        font="Helvetica", bold="Helvetica-Bold", size=10, lead=14, left=70, right=60, top=90, bottom=80, accent=UWV_BLUE
    )

    def header(pg: RawPage, n: int) -> float:
        pg.rect(70, 40, 64, 30, fill=UWV_BLUE)
        pg.text(80, 62, "UWV", "Helvetica-Bold", 18, (1, 1, 1))
        if n > 1:
            pg.text_right(PAGE_W - 60, 60, f"Datum {nl(when)}", "Helvetica", 8, (0.3, 0.3, 0.3))
            return 100
        pg.text(400, 50, office, "Helvetica-Bold", 8, (0.2, 0.2, 0.2))
        pg.text(400, 61, "Retouradres: Postbus 91700, 2509 LS Den Haag", "Helvetica", 7, (0.35, 0.35, 0.35))
        y = 150
        for ln in to_lines:
            pg.text(70, y, ln, "Helvetica", 10)
            y += 13
        y = 250
        for k, v in [("Datum", nl(when)), *refs]:
            pg.text(70, y, k, "Helvetica", 7.5, (0.35, 0.35, 0.35))
            pg.text(170, y, v, "Helvetica", 9)
            y += 12
        y += 14
        pg.text(70, y, "Onderwerp", "Helvetica", 7.5, (0.35, 0.35, 0.35))
        pg.text(170, y, subject, "Helvetica-Bold", 9.5)
        return y + 16

    def footer(pg: RawPage, n: int, total: int) -> None:
        pg.line(70, 790, PAGE_W - 60, 790, 0.4, (0.6, 0.6, 0.6))
        pg.text(
            70,
            802,
            "UWV voert de werknemersverzekeringen uit. Meer informatie: uwv.nl of bel UWV Telefoon Werkgevers.",
            "Helvetica",
            7,
            (0.4, 0.4, 0.4),
        )
        pg.text_right(PAGE_W - 60, 802, f"Pagina {n} van {total}", "Helvetica", 7, (0.4, 0.4, 0.4))

    fl = Flow(pdf, st, header=header, footer=footer)
    fl.run(body)
    fl.need(70)
    fl.y += 20
    fl.pg.text(70, fl.y, "Met vriendelijke groet,", "Helvetica", 10)
    fl.y += 28
    fl.pg.text(70, fl.y, signer[0], "Helvetica", 10)
    fl.y += 13
    fl.pg.text(70, fl.y, signer[1], "Helvetica", 10)
    fl.finish()
    return pdf.save(dest)


def simple_letter(
    dest: Path,
    *,
    when: dt.date,
    sender: list[str],
    to_lines: list[str],
    place_date: str,
    subject: str,
    body: list[Block],
    closing: list[str],
    style: RawStyle,
    producer: str,
    footer_text: str = "",
    ref_line: str = "",
    logo: Callable[[RawPage], None] | None = None,
) -> Path:
    """A plain letter from a practice or hospital: letterhead lines, address, place and date, Betreft."""
    pdf = RawPdf(producer=producer, when=when, title=subject)

    def header(pg: RawPage, n: int) -> float:
        if logo:
            logo(pg)
        if n > 1:
            return style.top
        y = 52
        for i, ln in enumerate(sender):
            pg.text_right(
                PAGE_W - style.right,
                y,
                ln,
                style.bold if i == 0 else style.font,
                11 if i == 0 else 8,
                style.accent if i == 0 else (0.3, 0.3, 0.3),
            )
            y += 14 if i == 0 else 10
        y = 150
        for ln in to_lines:
            pg.text(style.left, y, ln, style.font, 10)
            y += 13
        y = 245
        pg.text(style.left, y, place_date, style.font, 10)
        if ref_line:
            y += 14
            pg.text(style.left, y, ref_line, style.font, 9, (0.3, 0.3, 0.3))
        y += 24
        pg.text(style.left, y, "Betreft:", style.bold, 10)
        pg.text(style.left + 48, y, subject, style.font, 10)
        return y + 14

    def footer(pg: RawPage, n: int, total: int) -> None:
        if footer_text:
            pg.text(style.left, 805, footer_text, style.font, 7, (0.45, 0.45, 0.45))
        if total > 1:
            pg.text_right(PAGE_W - style.right, 805, f"{n}/{total}", style.font, 7, (0.45, 0.45, 0.45))

    fl = Flow(pdf, style, header=header, footer=footer)
    fl.run(body)
    fl.need(60)
    fl.y += 16
    for i, ln in enumerate(closing):
        fl.pg.text(style.left, fl.y, ln, style.font, 10)
        fl.y += 30 if i == 0 else 13
    fl.finish()
    return pdf.save(dest)


def izp_rows(profile: dict[str, str]) -> list[list[str]]:
    """Rows of an inzetbaarheidsprofiel: rubriek, item, beoordeling."""
    base = [
        ("I Persoonlijk functioneren", "Concentreren van de aandacht", "normaal"),
        ("I Persoonlijk functioneren", "Handelingstempo", "normaal"),
        ("I Persoonlijk functioneren", "Omgaan met deadlines en productiepieken", "normaal"),
        ("II Sociaal functioneren", "Omgaan met conflicten", "normaal"),
        ("II Sociaal functioneren", "Samenwerken / klantcontacten", "normaal"),
        ("III Aanpassing aan fysieke omgevingseisen", "Hitte, koude, trillingen", "normaal"),
        ("IV Dynamische handelingen", "Tillen of dragen", "normaal"),
        ("IV Dynamische handelingen", "Frequent buigen", "normaal"),
        ("IV Dynamische handelingen", "Reiken", "normaal"),
        ("IV Dynamische handelingen", "Hand- en vingergebruik", "normaal"),
        ("V Statische houdingen", "Zitten", "normaal"),
        ("V Statische houdingen", "Staan", "normaal"),
        ("V Statische houdingen", "Gebogen en/of getordeerd actief zijn", "normaal"),
        ("VI Werktijden", "Uren per dag", "normaal"),
        ("VI Werktijden", "Uren per week", "normaal"),
        ("VI Werktijden", "Nachtdiensten", "normaal"),
    ]
    return [[a, b, profile.get(b, c)] for a, b, c in base]


# ==========================================================================================================
# case 2: amstelrijn-ov -- a large public-transport company, arbodienst system output (troff), HR portal prints
# ==========================================================================================================

C2 = "amstelrijn-ov"
C2_BSN = make_bsn("c2-el-ouardi")
C2_D0 = D("2024-01-15")
C2_DOSSIER = "AM-2024-018734"
C2_WN = "R. El Ouardi"
C2_WN_FULL = "Rachid El Ouardi"
C2_WG = "Amstelrijn Openbaar Vervoer B.V."
C2_BA = "R.J. Stoffels"
C2_BIG = "69054321801"


def am_style(kind: str, printed: str, *, medical: bool = False) -> TroffStyle:
    return TroffStyle(
        family="H",
        size=10,
        header_left="Medisch geheim – uitsluitend voor de verzekeringsarts van UWV"
        if medical
        else "Vertrouwelijk – alleen voor werkgever",
        header_right="ArboMeridiaan | MeridiaanOnline",
        footer_left=f"Dossiernr. {C2_DOSSIER} · {kind} · aangemaakt {printed}",
        footer_page="pagina {p} van {n}",
        letterhead=[
            "ArboMeridiaan B.V.",
            "Vestiging Amsterdam Zuidoost · Hoogoorddreef 201, 1101 BX Amsterdam · 020 555 0142 · meridiaan.example",
        ],
        creator="MeridiaanOnline 11.3 rapportagemodule (groff 1.22.4)",
        title=f"{kind} {C2_DOSSIER}",
    )


def am_fields(
    soort: str,
    contact: dt.date,
    report: dt.date,
    *,
    author: str = f"{C2_BA}, bedrijfsarts (BIG {C2_BIG})",
    extra: list[tuple[str, str]] | None = None,
) -> KV:
    rows = [
        ("Soort rapportage:", soort),
        ("Dossiernummer:", C2_DOSSIER),
        ("Werknemer:", f"{C2_WN} (Rachid), geboren 03-02-1975"),
        ("BSN:", C2_BSN),
        ("Werkgever:", f"{C2_WG}, klantnummer 40211"),
        ("Functie:", "Buschauffeur streekvervoer, 36 uur per week, standplaats Uithoorn"),
        ("Eerste ziektedag:", nl(C2_D0, "dmy")),
        ("Datum contact:", nl(contact, "dmy") + " (spreekuur)"),
        ("Datum rapportage:", nl(report, "dmy")),
        ("Opgesteld door:", author),
        *(extra or []),
    ]
    return KV(rows)


AM_BOILERPLATE = [
    PB(),
    H("Toelichting bij deze rapportage (standaardtekst MeridiaanOnline)"),
    P(
        "Deze rapportage is opgesteld in het kader van de Wet verbetering poortwachter. De bedrijfsarts geeft de "
        "werkgever alleen de informatie die nodig is voor de re-integratie: de functionele mogelijkheden en "
        "beperkingen, de verwachte duur van het verzuim en het advies. Medische gegevens worden niet aan de "
        "werkgever verstrekt.",
        small=True,
    ),
    P(
        "Stappen in het re-integratieproces, ter informatie: de probleemanalyse (uiterlijk in week 6), het plan van "
        "aanpak van werkgever en werknemer (uiterlijk in week 8), periodieke evaluaties en zo nodig een bijstelling "
        "van probleemanalyse of plan van aanpak, de ziekmelding bij UWV in week 42, de eerstejaarsevaluatie "
        "(week 46-52), het actueel oordeel van de bedrijfsarts en de eindevaluatie rond week 91 voor het "
        "re-integratieverslag bij de WIA-aanvraag. Dit overzicht is algemeen en zegt niets over de fase van dit dossier.",
        small=True,
    ),
    P(
        "Werkgever en werknemer kunnen bij UWV een deskundigenoordeel aanvragen als zij het niet eens zijn met dit "
        "advies. De werknemer kan bovendien een second opinion door een andere bedrijfsarts vragen.",
        small=True,
    ),
    P(
        "ArboMeridiaan B.V. is ingeschreven bij de Kamer van Koophandel onder nummer 00000000 (fictief). "
        "Klachtenregeling en privacyverklaring: meridiaan.example/privacy.",
        small=True,
    ),
]


def c2_arbodienst(base: str) -> None:
    # -- probleemanalyse (4 pages) --------------------------------------------------------------------------
    d = D("2024-02-22")
    blocks: list[Block] = [
        T("Rapportage bedrijfsarts", "terugkoppeling aan werkgever en werknemer"),
        am_fields("Probleemanalyse", D("2024-02-20"), d),
        H("1. Aanleiding"),
        P(
            "De heer El Ouardi is sinds 15-01-2024 volledig arbeidsongeschikt voor zijn eigen werk. Ik heb hem op "
            "20-02-2024 op het spreekuur gezien, op verzoek van de werkgever na de melding van dreigend langdurig "
            "verzuim. Deze rapportage is de probleemanalyse zoals bedoeld in de Regeling procesgang."
        ),
        H("2. Functie en werkomstandigheden"),
        P(
            "Werknemer rijdt als buschauffeur in het streekvervoer, in wisselende diensten (vroeg, laat, "
            "onderbroken diensten), gemiddeld 36 uur per week. Het werk bestaat uit langdurig zitten met trillingen "
            "en schokken, het bedienen van pedalen, in- en uitstappende reizigers helpen (rolstoelplank), "
            "kaartcontrole en conflicthantering. Hij is sinds 2006 in dienst en heeft geen andere functies bekleed."
        ),
        H("3. Beperkingen en mogelijkheden"),
        P(
            "Er is sprake van ziekte. Werknemer is op dit moment beperkt in langdurig zitten (maximaal 30 minuten "
            "aaneengesloten), in het verdragen van lichaamstrillingen, in tillen en dragen (maximaal 5 kg) en in "
            "frequent buigen en draaien van de romp. Staan en lopen zijn in korte perioden mogelijk. Er zijn geen "
            "beperkingen in het persoonlijk en sociaal functioneren."
        ),
        P(
            "Werknemer heeft benutbare mogelijkheden voor licht, afwisselend werk met zelf te kiezen houdingswisselingen, "
            "in eerste instantie 2 uur per dag, 3 dagen per week."
        ),
        H("4. Prognose"),
        P(
            "De verwachting is dat de belastbaarheid de komende 3 maanden geleidelijk toeneemt. Of werknemer zijn "
            "eigen werk als buschauffeur volledig kan hervatten is op dit moment niet te voorspellen; ik verwacht "
            "dat het verzuim langer dan 6 maanden zal duren. Er is sprake van dreigend langdurig verzuim."
        ),
        H("5. Arbeidsrelatie"),
        P(
            "Er zijn geen aanwijzingen voor een verstoorde arbeidsrelatie of voor factoren in het werk die het herstel belemmeren."
        ),
        H("6. Advies aan werkgever en werknemer"),
        BL(
            [
                "Stel binnen twee weken samen een plan van aanpak op, met als doel terugkeer in het eigen werk.",
                "Start met aangepast werk op de standplaats (ondersteuning bij de dienstuitgifte, reisinformatie), "
                "2 uur per dag op 3 dagen, zonder rijtaken.",
                "Werknemer is onder behandeling; ik adviseer de behandeling voort te zetten zoals afgesproken met de "
                "eigen behandelaar.",
                "Bespreek na 6 weken de voortgang en vraag een vervolgconsult aan als de opbouw stagneert.",
            ]
        ),
        H("7. Vervolg"),
        P(
            "Vervolgconsult bedrijfsarts over 6 weken (week 12). De casemanager, mevrouw I. Schaap, ontvangt een afschrift."
        ),
        P(
            "Werknemer heeft deze terugkoppeling op het spreekuur met mij besproken en stemt in met verzending aan "
            "de werkgever."
        ),
        SG(
            [
                (
                    "Bedrijfsarts",
                    C2_BA,
                    "bedrijfsarts, geregistreerd in het BIG-register onder nummer " + C2_BIG,
                    nl(d, "dmy"),
                    True,
                )
            ]
        ),
        *AM_BOILERPLATE,
    ]
    write_troff_pdf(
        out(C2, f"{base}/{C2_DOSSIER}_rapportage_0001.pdf"),
        blocks,
        am_style("Probleemanalyse", "22-02-2024 16:05"),
        when=d,
    )
    label(
        f"{C2}/{base}/{C2_DOSSIER}_rapportage_0001.pdf",
        "probleemanalyse",
        d,
        f"{C2}; troff+Ghostscript arbodienst system; title is the generic 'Rapportage bedrijfsarts', type only in the form field 'Soort rapportage', running header/footer, boilerplate page listing every Poortwachter step",
    )

    # -- bijstelling probleemanalyse (3 pages) ---------------------------------------------------------------
    d = D("2024-06-10")
    blocks = [
        T("Rapportage bedrijfsarts", "terugkoppeling aan werkgever en werknemer"),
        am_fields(
            "Bijstelling probleemanalyse",
            D("2024-06-06"),
            d,
            extra=[("Vorige rapportage:", "Probleemanalyse d.d. 22-02-2024")],
        ),
        H("1. Aanleiding"),
        P(
            "De opbouw in aangepast werk is na een goede start in april gestagneerd. Werknemer werkt sinds 6 weken "
            "stabiel 3 x 3 uur per week, maar kan dit niet verder uitbreiden. Dat is aanleiding om de probleemanalyse "
            "bij te stellen."
        ),
        H("2. Gewijzigde belastbaarheid"),
        P(
            "De beperkingen voor langdurig zitten en voor lichaamstrillingen zijn niet afgenomen en moeten volgens mij "
            "als langdurig worden beschouwd. Werknemer kan maximaal 45 minuten aaneengesloten zitten en moet dan "
            "van houding kunnen wisselen. Rijtaken met een lijnbus zijn daardoor niet mogelijk. Voor licht, "
            "afwisselend werk zonder trillingen kan hij opbouwen naar 4 uur per dag, 4 dagen per week."
        ),
        P("Het bijgevoegde inzetbaarheidsprofiel van vandaag geeft de beperkingen per rubriek weer (apart document)."),
        H("3. Prognose"),
        P(
            "Terugkeer in het eigen werk als buschauffeur binnen het eerste ziektejaar acht ik niet waarschijnlijk. "
            "Ik verwacht wel verdere verbetering in ander, passend werk."
        ),
        H("4. Advies"),
        BL(
            [
                "Stel het plan van aanpak bij: het re-integratiedoel wordt aangepast of ander werk binnen Amstelrijn "
                "(spoor 1), te onderzoeken door een arbeidsdeskundige.",
                "Vraag een arbeidsdeskundig onderzoek aan, uiterlijk rond week 46, zodat de uitkomst kan worden "
                "meegenomen in de eerstejaarsevaluatie.",
                "Opbouw aangepast werk naar 4 x 4 uur in 8 weken.",
            ]
        ),
        SG([("Bedrijfsarts", C2_BA, "bedrijfsarts", nl(d, "dmy"), True)]),
        *AM_BOILERPLATE,
    ]
    write_troff_pdf(
        out(C2, f"{base}/{C2_DOSSIER}_rapportage_0003.pdf"),
        blocks,
        am_style("Vervolgrapportage", "10-06-2024 11:47"),
        when=d,
    )
    label(
        f"{C2}/{base}/{C2_DOSSIER}_rapportage_0003.pdf",
        "bijstelling_probleemanalyse",
        d,
        f"{C2}; troff+Ghostscript arbodienst system; footer says 'Vervolgrapportage', field says 'Bijstelling probleemanalyse'; refers to the PA of February",
    )

    # -- export with an index page + inzetbaarheidsprofiel --------------------------------------------------
    d = D("2024-06-10")
    index_rows = [
        ["22-02-2024", "Probleemanalyse", "R.J. Stoffels", ""],
        ["09-04-2024", "Vervolgrapportage (consult)", "R.J. Stoffels", ""],
        ["10-06-2024", "Bijstelling probleemanalyse", "R.J. Stoffels", ""],
        ["10-06-2024", "Inzetbaarheidsprofiel", "R.J. Stoffels", "X"],
        ["02-12-2024", "Arbeidsdeskundig onderzoek", "M. Hoekman", ""],
        ["29-09-2025", "Terugkoppeling bedrijfsarts t.b.v. WIA-aanvraag", "R.J. Stoffels", ""],
        ["29-09-2025", "Medische informatie t.b.v. verzekeringsarts", "R.J. Stoffels", ""],
    ]
    profile = {
        "Tillen of dragen": "beperkt: maximaal 5 kg, incidenteel",
        "Frequent buigen": "beperkt: niet frequent",
        "Gebogen en/of getordeerd actief zijn": "beperkt",
        "Zitten": "beperkt: maximaal 45 minuten aaneengesloten, totaal 4 uur per dag",
        "Staan": "beperkt: maximaal 30 minuten aaneengesloten",
        "Hitte, koude, trillingen": "beperkt: geen lichaamstrillingen (voertuigen)",
        "Uren per dag": "beperkt: ongeveer 4 uur per dag",
        "Uren per week": "beperkt: ongeveer 16 uur per week",
    }
    blocks = [
        T("Dossierexport", "MeridiaanOnline – documenten van dossier " + C2_DOSSIER),
        KV(
            [
                ("Werknemer:", C2_WN),
                ("BSN:", C2_BSN),
                ("Werkgever:", C2_WG),
                ("Export aangevraagd door:", "I. Schaap (casemanager werkgever)"),
                ("Datum export:", "07-10-2025"),
            ]
        ),
        P("Documenten in dit dossier (X = opgenomen in deze export):"),
        TB(["Datum", "Document", "Auteur", "Export"], index_rows, widths=[2.4, 7.2, 3.6, 1.4]),
        P("Documenten met medische gegevens kunnen niet door de werkgever worden geëxporteerd.", small=True),
        PB(),
        T("Inzetbaarheidsprofiel"),
        am_fields("Inzetbaarheidsprofiel (bijlage bij bijstelling probleemanalyse)", D("2024-06-06"), d),
        P(
            "Toelichting: het profiel beschrijft de mogelijkheden van werknemer per rubriek. 'Normaal' betekent dat "
            "werknemer de activiteit kan verrichten zoals een gezonde collega. Het profiel geldt voor de komende 3 maanden."
        ),
        TB(["Rubriek", "Onderdeel", "Beoordeling"], izp_rows(profile), widths=[5.0, 5.6, 5.0]),
        H("Samenvatting"),
        P(
            "Werknemer is aangewezen op licht, afwisselend werk zonder lichaamstrillingen, met zelf te kiezen "
            "houdingswisselingen en zonder frequent tillen. Werktijden: ongeveer 4 uur per dag, 16 uur per week, geen nachtdiensten."
        ),
        SG([("Bedrijfsarts", C2_BA, "bedrijfsarts", nl(d, "dmy"), True)]),
    ]
    name = f"Dossierexport {C2_DOSSIER[-6:]}.pdf"
    write_troff_pdf(out(C2, j(base, name)), blocks, am_style("Export", "07-10-2025 09:31"), when=D("2025-10-07"))
    label(
        f"{C2}/{j(base, name)}",
        "inzetbaarheidsprofiel",
        d,
        f"{C2}; troff+Ghostscript export; page 1 is an index listing seven documents of the dossier (PA, AO, MI ...) with dates, the profile follows; export made 07-10-2025",
    )

    # -- arbeidsdeskundig onderzoek (long) -------------------------------------------------------------------
    d = D("2024-12-02")
    ad_fields = am_fields(
        "Arbeidsdeskundig onderzoek", D("2024-11-19"), d, author="drs. M. Hoekman, register-arbeidsdeskundige (RA)"
    )
    functions = [
        ["Medewerker dienstuitgifte", "4 x 4 uur", "passend", "geen rijtaken; wisselende houding mogelijk"],
        ["Medewerker reisinformatie (klantenservice)", "4 x 4 uur", "passend", "telefonisch en chat; zit/sta-werkplek"],
        ["Planner dienstroosters", "4 x 4 uur", "mogelijk na scholing", "MBO-4 niveau planning vereist"],
        ["Controleur/toezichthouder", "-", "niet passend", "langdurig staan en conflicthantering op straat"],
        ["Monteur werkplaats", "-", "niet passend", "tillen en gebogen werken"],
    ]
    blocks = [
        T("Rapportage arbeidsdeskundige"),
        ad_fields,
        H("1. Vraagstelling"),
        P(
            "De werkgever vraagt of werknemer zijn eigen werk als buschauffeur op termijn kan hervatten, en zo niet, "
            "welk ander passend werk binnen Amstelrijn mogelijk is (spoor 1) en of een tweede spoor moet worden "
            "ingezet. Dit onderzoek is aangevraagd na de bijstelling van de probleemanalyse van 10-06-2024."
        ),
        H("2. Werkwijze"),
        BL(
            [
                "dossierstudie: probleemanalyse, bijstelling, inzetbaarheidsprofiel van 10-06-2024 en de plannen van aanpak;",
                "gesprek met werknemer op 19-11-2024 (90 minuten);",
                "gesprek met de teamleider, de heer B. Koster, en de casemanager, mevrouw I. Schaap;",
                "werkplekonderzoek op de standplaats Uithoorn en in de bus (lijn 170);",
                "overleg met de bedrijfsarts over de belastbaarheid.",
            ]
        ),
        H("3. Gegevens werknemer"),
        KV(
            [
                ("Opleiding:", "VMBO kader (techniek), rijbewijs B, C, D, chauffeursdiploma personenvervoer"),
                ("Werkervaring:", "1993-2005 vrachtwagenchauffeur, sinds 2006 buschauffeur bij Amstelrijn"),
                ("Talen:", "Nederlands, Arabisch (Tarifit), redelijk Engels"),
                ("Computervaardigheden:", "basis; werkt met de boordcomputer en het personeelsportaal"),
                ("Huidige uren:", "4 dagen x 3,5 uur aangepast werk op de dienstuitgifte"),
            ],
            boxed=False,
        ),
        H("4. Belasting eigen werk"),
        P(
            "De functie van buschauffeur vraagt langdurig zitten (tot 2,5 uur aaneengesloten), het verdragen van "
            "lichaamstrillingen, het bedienen van pedalen en stuur, hulp bij het uitklappen van de rolstoelplank "
            "en het omgaan met reizigers. Diensten duren 7 tot 9 uur, ook in de avond en het weekend."
        ),
        H("5. Belastbaarheid"),
        P(
            "Volgens het inzetbaarheidsprofiel van 10-06-2024, door de bedrijfsarts op 14-11-2024 bevestigd: maximaal "
            "45 minuten aaneengesloten zitten, geen lichaamstrillingen, niet frequent tillen, ongeveer 16 uur per week."
        ),
        H("6. Vergelijking belasting en belastbaarheid"),
        P(
            "Er is een duidelijke overschrijding op zitten, trillingen en werktijden. Het eigen werk is niet passend en "
            "wordt dat naar verwachting ook niet binnen het tweede ziektejaar. Aanpassing van het eigen werk (kortere "
            "ritten, ander voertuig) lost de overschrijding op trillingen niet op."
        ),
        H("7. Ander werk bij de werkgever (spoor 1)"),
        TB(["Functie", "Omvang", "Oordeel", "Toelichting"], functions, widths=[4.4, 2.0, 3.2, 6.0]),
        P(
            "Werknemer is geschikt voor de functie medewerker dienstuitgifte en medewerker reisinformatie. Er is op "
            "dit moment geen structurele vacature; de werkgever verwacht in het voorjaar van 2025 een vacature bij "
            "reisinformatie."
        ),
        H("8. Loonwaarde"),
        P(
            "De loonwaarde in de functie medewerker reisinformatie schat ik op 85% van het maatmaninkomen, gelet op de inwerktijd."
        ),
        H("9. Advies"),
        BL(
            [
                "Spoor 1: zet het aangepaste werk op de dienstuitgifte voort en onderzoek plaatsing bij reisinformatie "
                "zodra de vacature ontstaat.",
                "Spoor 2: start gelijktijdig een tweede spoor bij een extern re-integratiebureau, omdat een structurele "
                "plaats binnen Amstelrijn niet zeker is.",
                "Stel het plan van aanpak bij in de eerstejaarsevaluatie en leg beide sporen vast.",
            ]
        ),
        H("10. Reactie werkgever en werknemer"),
        P(
            "Het concept is op 28-11-2024 met werknemer en werkgever besproken. Werknemer kan zich in de conclusies "
            "vinden, maar wil liever bij Amstelrijn blijven. Werkgever neemt het advies over."
        ),
        SG([("Arbeidsdeskundige", "drs. M. Hoekman", "register-arbeidsdeskundige, ArboMeridiaan", nl(d, "dmy"), True)]),
        PB(),
        H("Bijlage 1. Functiebelasting buschauffeur streekvervoer (werkplekonderzoek 19-11-2024)"),
        TB(
            ["Aspect", "Belasting in de functie", "Belastbaarheid werknemer", "Overschrijding"],
            [
                ["Zitten", "tot 2,5 uur aaneengesloten, 7 uur per dienst", "max. 45 minuten, 4 uur per dag", "ja"],
                ["Lichaamstrillingen", "de hele dienst (bus, wegdek)", "geen", "ja"],
                ["Pedalen bedienen", "frequent, beide benen", "beperkt frequent", "ja"],
                ["Tillen/dragen", "rolstoelplank 12 kg, bagage helpen", "max. 5 kg incidenteel", "ja"],
                ["Reiken", "kaartlezer, spiegels", "normaal", "nee"],
                ["Klantcontact", "voortdurend, soms agressie", "normaal", "nee"],
                ["Concentratie", "hoog, verkeer", "normaal", "nee"],
                ["Werktijden", "7-9 uur, onregelmatig, weekend", "ongeveer 4 uur per dag, geen nacht", "ja"],
                ["Omgeving", "hitte/koude bij halte, tocht", "normaal", "nee"],
            ],
            widths=[3.2, 4.6, 4.6, 2.6],
        ),
        H("Bijlage 2. Verslag gesprek werknemer 19-11-2024"),
        P(
            "Werknemer vertelt dat hij het rijden erg mist; hij heeft 18 jaar op dezelfde lijnen gereden en kent "
            "veel vaste reizigers. Op de dienstuitgifte voelt hij zich nuttig, maar het werk is niet altijd "
            "voldoende gevuld. Hij heeft belangstelling voor reisinformatie en planning, en staat open voor werk "
            "buiten Amstelrijn als dat in de buurt van Uithoorn is. Hij heeft geen rijbewijs-belemmeringen. Hij "
            "volgt thuis oefenprogramma's en wandelt dagelijks."
        ),
        P(
            "Werknemer is bereid een korte opleiding te volgen (bijvoorbeeld Office of klantcontact). Hij wil "
            "liever geen avonddiensten meer, omdat de pijn aan het einde van de dag toeneemt."
        ),
        H("Bijlage 3. Gesprek werkgever 21-11-2024"),
        P(
            "De teamleider, de heer Koster, en de casemanager, mevrouw Schaap, bevestigen dat aangepast werk op de "
            "dienstuitgifte tijdelijk is. Reisinformatie verwacht in het voorjaar van 2025 een vacature voor 16-24 uur. "
            "Planning vraagt een MBO-4 diploma; Amstelrijn wil een opleiding betalen als werknemer daarvoor "
            "geschikt blijkt. Er zijn geen andere structurele functies zonder rijtaken of zwaar fysiek werk."
        ),
        *AM_BOILERPLATE,
    ]
    write_troff_pdf(
        out(C2, f"{base}/{C2_DOSSIER}_rapportage_0005.pdf"),
        blocks,
        am_style("Arbeidsdeskundig onderzoek", "02-12-2024 15:20"),
        when=d,
    )
    label(
        f"{C2}/{base}/{C2_DOSSIER}_rapportage_0005.pdf",
        "arbeidsdeskundig_rapport",
        d,
        f"{C2}; troff+Ghostscript arbodienst system; title 'Rapportage arbeidsdeskundige', several other dates (consult, bijstelling PA, concept)",
    )

    # -- actueel oordeel named 'Terugkoppeling bedrijfsarts t.b.v. WIA-aanvraag' -----------------------------
    d = D("2025-09-29")
    blocks = [
        T("Rapportage bedrijfsarts", "terugkoppeling aan werkgever en werknemer"),
        am_fields("Terugkoppeling bedrijfsarts t.b.v. WIA-aanvraag", D("2025-09-25"), d),
        H("1. Stand van zaken"),
        P(
            "Werknemer is sinds 15-01-2024 arbeidsongeschikt voor zijn eigen werk als buschauffeur. Hij werkt sinds "
            "april 2025 als medewerker reisinformatie, 4 dagen van 4 uur (16 uur per week), in een aangepaste "
            "werkplek met zit/sta-bureau. De wachttijd van 104 weken eindigt op 11-01-2026."
        ),
        H("2. Belastbaarheid"),
        P(
            "De beperkingen zijn ten opzichte van het inzetbaarheidsprofiel van 10-06-2024 nauwelijks veranderd en "
            "moeten als blijvend worden beschouwd: geen lichaamstrillingen, maximaal 45 minuten aaneengesloten zitten, "
            "niet frequent tillen en buigen, werktijd ongeveer 4 uur per dag en 16 uur per week. Verdere uitbreiding "
            "van de uren verwacht ik niet."
        ),
        H("3. Re-integratie"),
        P(
            "De re-integratie in spoor 1 heeft geleid tot passend werk bij de werkgever voor 16 uur per week. Het "
            "tweede spoor, uitgevoerd door Nextstep Career Partners, is met de plaatsing in spoor 1 in september "
            "2025 afgerond."
        ),
        H("4. Arbeidsrelatie"),
        P("Er is geen sprake van een verstoorde arbeidsrelatie. Werkgever en werknemer werken goed samen."),
        H("5. Passende arbeid bij de werkgever"),
        P(
            "Het werk als medewerker reisinformatie is passend, voor 16 uur per week. Meer uren passend werk zijn "
            "er volgens mij niet, omdat de belastbaarheid in uren beperkt is."
        ),
        H("6. Advies"),
        P(
            "Ik adviseer werknemer de WIA-uitkering tijdig aan te vragen, uiterlijk in week 93. De medische "
            "informatie voor de verzekeringsarts van UWV stuur ik rechtstreeks aan werknemer, in een gesloten "
            "envelop; deze maakt geen deel uit van de stukken voor de werkgever."
        ),
        P("Werknemer is op 25-09-2025 over deze terugkoppeling geïnformeerd en stemt in met verzending."),
        SG([("Bedrijfsarts", C2_BA, "bedrijfsarts (BIG " + C2_BIG + ")", nl(d, "dmy"), True)]),
        PB(),
        H("Bijlage: actuele mogelijkheden per rubriek (peildatum 25-09-2025)"),
        TB(
            ["Rubriek", "Onderdeel", "Beoordeling"],
            izp_rows(
                {
                    "Tillen of dragen": "beperkt: maximaal 5 kg",
                    "Zitten": "beperkt: 45 minuten aaneengesloten",
                    "Hitte, koude, trillingen": "beperkt: geen lichaamstrillingen",
                    "Uren per dag": "beperkt: 4 uur",
                    "Uren per week": "beperkt: 16 uur",
                    "Frequent buigen": "beperkt",
                }
            ),
            widths=[5.0, 5.6, 5.0],
        ),
        *AM_BOILERPLATE,
    ]
    write_troff_pdf(
        out(C2, f"{base}/{C2_DOSSIER}_rapportage_0009.pdf"),
        blocks,
        am_style("Terugkoppeling", "29-09-2025 10:12"),
        when=d,
    )
    label(
        f"{C2}/{base}/{C2_DOSSIER}_rapportage_0009.pdf",
        "actueel_oordeel",
        d,
        f"{C2}; troff+Ghostscript arbodienst system; the actueel oordeel is called 'Terugkoppeling bedrijfsarts t.b.v. WIA-aanvraag', never 'actueel oordeel'",
    )

    # -- medische informatie -------------------------------------------------------------------------------
    d = D("2025-09-29")
    blocks = [
        T("Medische informatie", "ten behoeve van de verzekeringsarts van UWV (bij het re-integratieverslag)"),
        am_fields("Medische informatie t.b.v. verzekeringsarts", D("2025-09-25"), d),
        H("Anamnese en beloop"),
        P(
            "Sinds begin januari 2024 lage rugpijn met uitstraling in het linkerbeen tot in de voet. MRI (LUMC-regio, "
            "februari 2024): hernia nuclei pulposi L5-S1 links met compressie van de S1-wortel. Conservatief beleid "
            "met fysiotherapie en pijnstilling (naproxen, later pregabaline) gaf onvoldoende verbetering."
        ),
        P(
            "Op 14-05-2024 microdiscectomie L5-S1 links door de neurochirurg. Daarna afname van de beenpijn, maar "
            "persisterende lage rugklachten bij langdurig zitten en bij trillingen. Controle neurochirurg 08-2024: "
            "geen recidief; advies revalidatie. Multidisciplinair revalidatieprogramma 09-2024 tot 01-2025 afgerond."
        ),
        H("Diagnose"),
        P("Status na microdiscectomie L5-S1 links (ICD-10 M51.1), chronische lage rugpijn. CAS-code L86."),
        H("Behandeling en medicatie"),
        P("Oefentherapie in eigen beheer; paracetamol zo nodig. Geen verdere behandeling gepland."),
        H("Onderbouwing van de beperkingen"),
        P(
            "De beperkingen voor zitten, trillingen en tillen volgen uit de restklachten na de operatie en zijn na "
            "afronding van de revalidatie stabiel. De urenbeperking is gebaseerd op de verminderde belastbaarheid "
            "gedurende de dag (toename van pijn na 4 uur)."
        ),
        P(
            "Informatie opgevraagd bij: huisarts (03-2024), neurochirurg (08-2024), revalidatiearts (02-2025).",
            small=True,
        ),
        SG([("Bedrijfsarts", C2_BA, "bedrijfsarts (BIG " + C2_BIG + ")", nl(d, "dmy"), True)]),
    ]
    write_troff_pdf(
        out(C2, f"{base}/{C2_DOSSIER}_rapportage_0010.pdf"),
        blocks,
        am_style("Medische informatie", "29-09-2025 10:14", medical=True),
        when=d,
    )
    label(
        f"{C2}/{base}/{C2_DOSSIER}_rapportage_0010.pdf",
        "medische_informatie",
        d,
        f"{C2}; troff+Ghostscript arbodienst system; medical information with diagnosis and ICD code in the employer's arbodienst folder",
    )


AMSTEL_GREEN = (0.05, 0.36, 0.27)


def hr_portal_doc(
    dest: Path,
    *,
    form: str,
    title: str,
    fields: list[tuple[str, str]],
    body: list[Block],
    printed: str,
    when: dt.date,
    user: str = "I. Schaap",
) -> Path:
    """A print from the employer's HR portal: coloured bar, breadcrumb, form fields, digital approvals."""
    pdf = RawPdf(producer="MijnAmstelrijn HR 8.4 (PDF-export)", creator="MijnAmstelrijn HR", title=title, when=when)
    st = RawStyle(
        font="Helvetica",
        bold="Helvetica-Bold",
        size=9.5,
        lead=13,
        left=50,
        right=50,
        top=90,
        bottom=70,
        accent=AMSTEL_GREEN,
        kv_label_w=170,
        kv_fill=(0.91, 0.95, 0.93),
        heading_bar=AMSTEL_GREEN,
    )

    def header(pg: RawPage, n: int) -> float:
        pg.rect(0, 0, PAGE_W, 40, fill=AMSTEL_GREEN)
        pg.text(50, 25, "Amstelrijn OV", "Helvetica-Bold", 13, (1, 1, 1))
        pg.text(160, 25, "HR-portaal  |  Verzuimdossier", "Helvetica", 10, (0.85, 0.95, 0.9))
        pg.text_right(PAGE_W - 50, 25, f"Ingelogd: {user}", "Helvetica", 8, (0.85, 0.95, 0.9))
        pg.text(50, 58, f"Home  >  Verzuim  >  {C2_WN} (104377)  >  {form}", "Helvetica", 7.5, (0.4, 0.4, 0.4))
        if n == 1:
            pg.text(50, 88, title, "Helvetica-Bold", 15, AMSTEL_GREEN)
            return 100
        return 75

    def footer(pg: RawPage, n: int, total: int) -> None:
        pg.line(50, 800, PAGE_W - 50, 800, 0.4, (0.6, 0.6, 0.6))
        pg.text(
            50,
            812,
            f"Afgedrukt door {user} op {printed} – vertrouwelijk, niet verspreiden",
            "Helvetica",
            7,
            (0.4, 0.4, 0.4),
        )
        pg.text_right(PAGE_W - 50, 812, f"{n}/{total}", "Helvetica", 7, (0.4, 0.4, 0.4))

    fl = Flow(pdf, st, header=header, footer=footer)
    fl.run([KV(fields), *body])
    fl.finish()
    return pdf.save(dest)


def c2_hr_fields(form: str, d: dt.date, extra: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    return [
        ("Formulier", form),
        ("Medewerker", f"{C2_WN_FULL} (personeelsnummer 104377)"),
        ("BSN", C2_BSN),
        ("Functie", "Buschauffeur streekvervoer (36 uur)"),
        ("Afdeling / standplaats", "Rijdend personeel / Uithoorn"),
        ("Eerste ziektedag", nl(C2_D0, "dmy")),
        ("Casemanager", "Ingrid Schaap, casemanager verzuim HR Services"),
        ("Datum", nl(d, "dmy")),
        *(extra or []),
    ]


def approvals(rows: list[tuple[str, str, str]]) -> TB:
    return TB(["Rol", "Naam", "Akkoord"], [list(r) for r in rows], widths=[3, 4, 6])


def c2_hr(base: str) -> None:
    # plan van aanpak
    d = D("2024-03-05")
    body: list[Block] = [
        H("Re-integratiedoel"),
        P(
            "Terugkeer in het eigen werk als buschauffeur, eerst via aangepast werk op de standplaats Uithoorn (spoor 1)."
        ),
        H("Activiteiten en termijnen"),
        TB(
            ["Activiteit", "Wie", "Termijn"],
            [
                [
                    "Aangepast werk dienstuitgifte, 3 x 2 uur, geen rijtaken",
                    "werknemer / B. Koster",
                    "vanaf 11-03-2024",
                ],
                ["Uitbreiding naar 3 x 3 uur", "werknemer / B. Koster", "vanaf 08-04-2024"],
                ["Vervolgconsult bedrijfsarts", "R.J. Stoffels", "week 12"],
                ["Evaluatie plan van aanpak", "I. Schaap, B. Koster, werknemer", "elke 6 weken, eerst 16-04-2024"],
            ],
            widths=[7, 4, 3],
        ),
        H("Visie werkgever"),
        P(
            "Amstelrijn wil de heer El Ouardi graag behouden als chauffeur en biedt aangepast werk aan zolang dat nodig is."
        ),
        H("Visie werknemer"),
        P(
            "Ik wil zo snel mogelijk weer rijden, maar begrijp dat ik eerst moet opbouwen. Ik ben het eens met dit plan."
        ),
        H("Evaluatiemomenten"),
        P(
            "Elke 6 weken een evaluatie met casemanager en teamleider; de eerstejaarsevaluatie rond week 52 (januari 2025)."
        ),
        H("Akkoord"),
        approvals(
            [
                ("Werknemer", C2_WN_FULL, "digitaal akkoord gegeven op 05-03-2024 om 14:22"),
                ("Werkgever", "I. Schaap, casemanager", "digitaal akkoord gegeven op 05-03-2024 om 15:03"),
            ]
        ),
        P("Afschrift: bedrijfsarts (via MeridiaanOnline), werknemer, teamleider.", small=True),
    ]
    name = "PvA_ElOuardi_definitief.pdf"
    hr_portal_doc(
        out(C2, j(base, name)),
        form="Plan van aanpak",
        title="Plan van aanpak (Wet verbetering poortwachter)",
        fields=c2_hr_fields("Plan van aanpak", d, [("Gebaseerd op", "probleemanalyse bedrijfsarts van 22-02-2024")]),
        body=body,
        printed="05-03-2024 15:10",
        when=d,
    )
    label(
        f"{C2}/{j(base, name)}",
        "plan_van_aanpak",
        d,
        f"{C2}; own PDF writer (HR portal print); digital approvals, date of the PA in the fields",
    )

    # evaluations
    for d, period, text_, name in [
        (
            D("2024-04-16"),
            "11-03-2024 t/m 16-04-2024",
            "Werknemer werkt sinds 8 april 3 x 3 uur op de dienstuitgifte. Dat gaat goed; na 3 uur neemt de rugpijn toe. Afgesproken: nog 4 weken 3 x 3 uur, daarna uitbreiden naar 4 x 3 uur als de bedrijfsarts akkoord is.",
            "Evaluatie PvA 16-04-2024.pdf",
        ),
        (
            D("2024-07-22"),
            "16-04-2024 t/m 22-07-2024",
            "De opbouw is gestagneerd op 3 x 3 uur; de bedrijfsarts heeft op 10-06-2024 de probleemanalyse bijgesteld. Werknemer werkt nu 4 x 3,5 uur. Afgesproken: arbeidsdeskundig onderzoek aanvragen in het najaar; het plan van aanpak wordt bij de eerstejaarsevaluatie bijgesteld.",
            "Evaluatie PvA 2024-07-22.pdf",
        ),
    ]:
        body = [
            H("Periode"),
            P(period),
            H("Voortgang"),
            P(text_),
            H("Zijn de afspraken nagekomen?"),
            P("Ja, door beide partijen."),
            H("Volgende evaluatie"),
            P("Over 6 weken."),
            H("Akkoord"),
            approvals(
                [
                    ("Werknemer", C2_WN_FULL, f"digitaal akkoord gegeven op {nl(d, 'dmy')}"),
                    ("Casemanager", "I. Schaap", f"vastgesteld op {nl(d, 'dmy')}"),
                ]
            ),
        ]
        hr_portal_doc(
            out(C2, j(base, name)),
            form="Evaluatie plan van aanpak",
            title="Gespreksverslag evaluatie plan van aanpak",
            fields=c2_hr_fields("Evaluatie plan van aanpak", d),
            body=body,
            printed=f"{nl(d, 'dmy')} 16:40",
            when=d,
        )
        label(
            f"{C2}/{j(base, name)}",
            "tussentijdse_evaluatie",
            d,
            f"{C2}; own PDF writer (HR portal print); period with two dates, refers to the bijstelling PA",
        )

    # eerstejaarsevaluatie
    d = D("2025-01-07")
    body = [
        H("Terugblik op het eerste ziektejaar"),
        P(
            "De heer El Ouardi is sinds 15-01-2024 ziek. Hij werkt sinds april 2024 aangepast op de dienstuitgifte, nu "
            "4 x 3,5 uur. Het eigen werk als buschauffeur is volgens het arbeidsdeskundig onderzoek van 02-12-2024 "
            "niet meer passend."
        ),
        H("Beoogd re-integratieresultaat tweede ziektejaar"),
        P(
            "Structureel passend werk binnen Amstelrijn als medewerker reisinformatie (spoor 1), 16 uur per week. "
            "Gelijktijdig start een tweede spoor bij Nextstep Career Partners, omdat de vacature nog niet zeker is."
        ),
        H("Visie werkgever"),
        P("Amstelrijn ziet mogelijkheden bij reisinformatie en zal werknemer voordragen zodra de vacature open is."),
        H("Visie werknemer"),
        P(
            "Ik vind het jammer dat ik niet meer kan rijden, maar wil graag bij reisinformatie werken. Ik werk mee aan het tweede spoor."
        ),
        H("Afspraken"),
        BL(
            [
                "Bijstelling plan van aanpak: nieuw doel en tweede spoor.",
                "Aanmelding Nextstep Career Partners in januari 2025.",
                "Evaluaties elke 6 weken blijven doorlopen.",
            ]
        ),
        H("Akkoord"),
        approvals(
            [
                ("Werknemer", C2_WN_FULL, "digitaal akkoord gegeven op 07-01-2025 om 11:05"),
                ("Werkgever", "I. Schaap, casemanager", "digitaal akkoord gegeven op 07-01-2025 om 11:32"),
            ]
        ),
    ]
    name = "EJE El Ouardi.pdf"
    hr_portal_doc(
        out(C2, j(base, name)),
        form="Eerstejaarsevaluatie",
        title="Eerstejaarsevaluatie",
        fields=c2_hr_fields("Eerstejaarsevaluatie", d),
        body=body,
        printed="07-10-2025 09:44",
        when=d,
    )
    label(
        f"{C2}/{j(base, name)}",
        "eerstejaarsevaluatie",
        d,
        f"{C2}; own PDF writer (HR portal print); printed nine months later (07-10-2025) in the footer",
    )

    # bijstelling plan van aanpak
    d = D("2025-01-14")
    body = [
        H("Reden van de bijstelling"),
        P("Uitkomst eerstejaarsevaluatie van 07-01-2025 en arbeidsdeskundig advies van 02-12-2024."),
        H("Nieuw re-integratiedoel"),
        P(
            "Spoor 1: ander werk bij Amstelrijn (medewerker reisinformatie). Spoor 2: werk bij een andere werkgever, begeleid door Nextstep Career Partners."
        ),
        H("Gewijzigde afspraken"),
        TB(
            ["Activiteit", "Wie", "Termijn"],
            [
                ["Intake tweede spoor bij Nextstep", "werknemer / Nextstep", "uiterlijk 03-02-2025"],
                ["Sollicitatie interne vacature reisinformatie", "werknemer / I. Schaap", "zodra vacature open is"],
                ["Voortgangsrapportages tweede spoor", "Nextstep", "elke 2 maanden"],
            ],
            widths=[7, 4, 3],
        ),
        H("Akkoord"),
        approvals(
            [
                ("Werknemer", C2_WN_FULL, "digitaal akkoord gegeven op 14-01-2025"),
                ("Werkgever", "I. Schaap", "digitaal akkoord gegeven op 14-01-2025"),
            ]
        ),
    ]
    name = "Bijstelling PvA jan 2025.pdf"
    hr_portal_doc(
        out(C2, j(base, name)),
        form="Bijstelling plan van aanpak",
        title="Plan van aanpak – bijstelling",
        fields=c2_hr_fields("Bijstelling plan van aanpak", d),
        body=body,
        printed="14-01-2025 12:02",
        when=d,
    )
    label(
        f"{C2}/{j(base, name)}",
        "bijstelling_plan_van_aanpak",
        d,
        f"{C2}; own PDF writer (HR portal print); title 'Plan van aanpak – bijstelling'",
    )

    # eindevaluatie
    d = D("2025-10-06")
    body = [
        H("Aard van het bedrijf"),
        P(
            "Amstelrijn Openbaar Vervoer verzorgt het stads- en streekvervoer per bus in de regio Amstelland en de Rijnstreek, met ongeveer 2.300 medewerkers op 6 standplaatsen."
        ),
        H("Terugblik op twee jaar re-integratie"),
        P(
            "Na de probleemanalyse van februari 2024 is werknemer gestart met aangepast werk. Het eigen werk bleek niet "
            "meer passend. In januari 2025 zijn spoor 1 (reisinformatie) en spoor 2 (Nextstep) ingezet. Sinds "
            "01-04-2025 werkt werknemer structureel als medewerker reisinformatie, 16 uur per week."
        ),
        H("Kwaliteit van de arbeidsrelatie"),
        P("Goed. Er zijn geen conflicten geweest."),
        H("Passende arbeid bij de werkgever"),
        P(
            "Medewerker reisinformatie voor 16 uur per week is passend. Meer uren zijn volgens de bedrijfsarts niet haalbaar."
        ),
        H("Visie werknemer"),
        P("Ik ben tevreden met mijn nieuwe werk. Ik kan niet meer uren werken."),
        H("Akkoord"),
        approvals(
            [
                ("Werknemer", C2_WN_FULL, "digitaal akkoord gegeven op 06-10-2025 om 10:18"),
                ("Werkgever", "I. Schaap, casemanager", "digitaal akkoord gegeven op 06-10-2025 om 10:40"),
            ]
        ),
    ]
    name = "Eindevaluatie RIV.pdf"
    hr_portal_doc(
        out(C2, j(base, name)),
        form="Eindevaluatie",
        title="Eindevaluatie re-integratie (t.b.v. re-integratieverslag)",
        fields=c2_hr_fields("Eindevaluatie", d, [("Gebaseerd op", "terugkoppeling bedrijfsarts van 29-09-2025")]),
        body=body,
        printed="07-10-2025 09:40",
        when=d,
    )
    label(
        f"{C2}/{j(base, name)}",
        "eindevaluatie",
        d,
        f"{C2}; own PDF writer (HR portal print); names the AO date and a print date",
    )


NEXTSTEP_CSS = (
    "@page { size: 21cm 29.7cm; margin: 1.8cm 2cm 2cm 2.2cm } body { font-family: 'URW Gothic'; font-size: 10pt } "
    "h1 { font-size: 17pt; color: #0b5394; margin-bottom: 2pt } h2 { font-size: 11.5pt; color: #0b5394; "
    "border-bottom: 1px solid #0b5394; margin-top: 12pt } p.sub { color: #666666 } p.small { font-size: 8pt; color: #555555 }"
)


def nextstep_doc(
    dest: Path, *, lang: str, kind: str, fields: list[tuple[str, str]], body: list[Block], when: dt.date
) -> Path:
    titles = {
        ("en", "intake"): "Intake report & reintegration plan – track 2",
        ("en", "progress"): "Progress report – track 2",
        ("en", "final"): "Final report",
        ("nl", "intake"): "Intakeverslag & trajectplan – spoor 2",
        ("nl", "progress"): "Voortgangsrapportage – spoor 2",
        ("nl", "final"): "Eindrapportage",
    }
    title = titles[(lang, kind)]
    page_word, of_word = ("Page", "of") if lang == "en" else ("Pagina", "van")
    header = (
        f'<p style="font-size:8pt;color:#0b5394"><b>nextstep</b> career partners &nbsp;|&nbsp; {html_escape(title)}</p>'
    )
    footer = (
        f'<p style="font-size:7.5pt;color:#777777">Nextstep Career Partners B.V. · Vredenburgkade 12, 3511 WX Utrecht · '
        f"nextstep.example · {page_word} {LO_PAGE_FIELD} {of_word} {LO_PAGES_FIELD}</p>"
    )
    sub = (
        "Reintegration with another employer (track 2, Dutch Gatekeeper Improvement Act)"
        if lang == "en"
        else "Re-integratie bij een andere werkgever (tweede spoor, Wet verbetering poortwachter)"
    )
    blocks: list[Block] = [T(title, sub), KV(fields), *body]
    html = html_page(
        blocks_html(
            blocks,
            kv_label_bg="#dfe9f5",
            table_head_bg="#dfe9f5",
            sig_label="Signature" if lang == "en" else "Handtekening",
        ),
        title=title,
        css=NEXTSTEP_CSS,
        header=header,
        footer=footer,
        created=dt.datetime(when.year, when.month, when.day, 15, 30),
        lang="en-GB" if lang == "en" else "nl-NL",
    )
    return write_lo(
        dest,
        html,
        when=dt.datetime(when.year, when.month, when.day, 15, 30),
        info={"/Author": "Nextstep Career Partners"},
    )


def c2_nextstep(base: str) -> None:
    common = [
        ("Cliënt", f"{C2_WN_FULL}, geboren 03-02-1975"),
        ("BSN", C2_BSN),
        ("Werkgever", f"{C2_WG} – contactpersoon Ingrid Schaap (casemanager)"),
        ("Loopbaanadviseur", "Yvonne de Leeuw"),
        ("Startdatum traject", "03-02-2025"),
    ]
    d = D("2025-02-03")
    body: list[Block] = [
        H("1. Aanleiding"),
        P(
            "Amstelrijn heeft Nextstep gevraagd een tweede spoor uit te voeren, naast de re-integratie bij de eigen werkgever (advies arbeidsdeskundige 02-12-2024)."
        ),
        H("2. Persoonsprofiel"),
        P(
            "Rachid is 49 jaar, heeft VMBO-techniek en ruim 30 jaar ervaring als chauffeur. Hij is klantvriendelijk, stressbestendig en kent de regio goed. Hij heeft weinig ervaring met solliciteren; zijn laatste sollicitatie was in 2006."
        ),
        H("3. Belastbaarheid"),
        P(
            "Volgens het inzetbaarheidsprofiel: licht, afwisselend werk zonder trillingen, maximaal 45 minuten aaneengesloten zitten, ongeveer 16 uur per week."
        ),
        H("4. Zoekprofiel"),
        BL(
            [
                "klantenservice / reisinformatie (telefonisch, balie)",
                "planning en logistieke administratie",
                "baliemedewerker (parkeergarage, fietsenstalling, sportcentrum)",
            ]
        ),
        H("5. Trajectplan"),
        TB(
            ["Fase", "Activiteiten", "Periode"],
            [
                ["Oriëntatie", "beroepentest, arbeidsmarktoriëntatie, cv opstellen", "februari 2025"],
                ["Scholing", "training solliciteren, LinkedIn, basiscursus Office", "maart 2025"],
                ["Bemiddeling", "vacatures zoeken, netwerkgesprekken, proefplaatsing", "april – juli 2025"],
            ],
            widths=[3, 8, 3],
        ),
        P("Voortgangsrapportages: elke twee maanden aan werkgever en werknemer."),
        SG(
            [
                ("Loopbaanadviseur", "Yvonne de Leeuw", "Nextstep Career Partners", nl(d, "dmy"), True),
                ("Cliënt", C2_WN_FULL, "", nl(d, "dmy"), True),
            ]
        ),
    ]
    name = "Nextstep trajectplan.pdf"
    nextstep_doc(
        out(C2, j(base, name)), lang="nl", kind="intake", fields=[*common, ("Datum", nl(d, "dmy"))], body=body, when=d
    )
    label(
        f"{C2}/{j(base, name)}",
        "trajectplan_tweede_spoor",
        d,
        f"{C2}; LibreOffice HTML import -> PDF; Dutch variant of the bureau template used in English in kaasjager-software",
    )

    for d, period, acts, name in [
        (
            D("2025-04-04"),
            "03-02-2025 t/m 31-03-2025",
            [
                ["Intake en beroepentest", "afgerond"],
                ["Cv en LinkedIn-profiel", "afgerond"],
                ["Sollicitatietraining (4 bijeenkomsten)", "afgerond"],
                ["Sollicitaties", "3 (klantenservice GVB-regio, parkeerbedrijf, sportcentrum)"],
                ["Netwerkgesprekken", "2"],
            ],
            "Nextstep voortgang 1.pdf",
        ),
        (
            D("2025-06-06"),
            "01-04-2025 t/m 31-05-2025",
            [
                ["Sollicitaties", "5, waarvan 1 uitnodiging (afgewezen: te weinig uren)"],
                ["Netwerkgesprekken", "3"],
                ["Interne plaatsing reisinformatie", "gestart per 01-04-2025 (spoor 1)"],
                ["Coachgesprekken", "4"],
            ],
            "Nextstep voortgang 2.pdf",
        ),
    ]:
        body = [
            H("1. Activiteiten in de rapportageperiode"),
            TB(["Activiteit", "Resultaat"], acts, widths=[6, 8]),
            H("2. Inzet van de cliënt"),
            P(
                "Rachid komt zijn afspraken na, is op tijd en bereidt de gesprekken goed voor. Hij vindt solliciteren spannend."
            ),
            H("3. Belemmeringen"),
            P("Het beperkte aantal uren (16 per week) maakt het aantal geschikte vacatures klein."),
            H("4. Vervolg"),
            P("Doorgaan met bemiddeling; volgende rapportage over twee maanden."),
            SG([("Loopbaanadviseur", "Yvonne de Leeuw", "Nextstep Career Partners", nl(d, "dmy"), True)]),
        ]
        nextstep_doc(
            out(C2, j(base, name)),
            lang="nl",
            kind="progress",
            fields=[*common, ("Rapportageperiode", period), ("Datum rapportage", nl(d, "dmy"))],
            body=body,
            when=d,
        )
        label(
            f"{C2}/{j(base, name)}",
            "voortgangsrapportage_tweede_spoor",
            d,
            f"{C2}; LibreOffice HTML import -> PDF; Dutch bureau template, reporting period with two dates",
        )

    d = D("2025-09-26")
    body = [
        H("1. Resultaat van het traject"),
        P(
            "Het tweede spoor is afgesloten zonder plaatsing bij een andere werkgever. Rachid werkt sinds 01-04-2025 structureel als medewerker reisinformatie bij Amstelrijn (spoor 1), 16 uur per week."
        ),
        H("2. Overzicht van de inspanningen"),
        TB(
            ["Onderdeel", "Aantal"],
            [
                ["Sollicitaties", "11"],
                ["Uitnodigingen", "2"],
                ["Netwerkgesprekken", "7"],
                ["Coachgesprekken", "14"],
                ["Trainingen", "2 (solliciteren, Office)"],
            ],
            widths=[8, 6],
        ),
        H("3. Advies"),
        P("Geen verdere activiteiten in het tweede spoor; de plaatsing in spoor 1 is passend en duurzaam."),
        SG([("Loopbaanadviseur", "Yvonne de Leeuw", "Nextstep Career Partners", nl(d, "dmy"), True)]),
    ]
    name = "Nextstep eindrapportage.pdf"
    nextstep_doc(
        out(C2, j(base, name)),
        lang="nl",
        kind="final",
        fields=[*common, ("Einddatum traject", "26-09-2025"), ("Datum rapportage", nl(d, "dmy"))],
        body=body,
        when=d,
    )
    label(
        f"{C2}/{j(base, name)}",
        "eindrapportage_tweede_spoor",
        d,
        f"{C2}; LibreOffice HTML import -> PDF; Dutch bureau template",
    )


def c2_uwv_and_other(base_uwv: str, base_hr: str) -> None:
    # 42nd-week report: receipt printed from the employer portal (own writer, portal look)
    d = D("2024-11-01")
    pdf = RawPdf(producer="UWV werkgeversportaal", title="Ontvangstbevestiging", when=d)
    st = RawStyle(
        font="Helvetica",
        bold="Helvetica-Bold",
        size=9.5,
        lead=13,
        left=56,
        right=56,
        top=110,
        accent=UWV_BLUE,
        kv_label_w=200,
        kv_fill=None,
    )

    def header(pg: RawPage, n: int) -> float:
        pg.rect(0, 0, PAGE_W, 52, fill=(0.93, 0.95, 0.98))
        pg.rect(56, 12, 50, 26, fill=UWV_BLUE)
        pg.text(64, 31, "UWV", "Helvetica-Bold", 14, (1, 1, 1))
        pg.text(120, 31, "Werkgeversportaal", "Helvetica", 12, UWV_BLUE)
        pg.text_right(PAGE_W - 56, 31, "Amstelrijn Openbaar Vervoer B.V. | Uitloggen", "Helvetica", 8, (0.3, 0.3, 0.3))
        pg.text(56, 80, "Ontvangstbevestiging", "Helvetica-Bold", 16, UWV_BLUE)
        return 100

    def footer(pg: RawPage, n: int, total: int) -> None:
        pg.text(
            56,
            815,
            "https://werkgeversportaal.uwv.example/ziekmelden/bevestiging?id=ZM-88412765",
            "Helvetica",
            7,
            (0.4, 0.4, 0.4),
        )
        pg.text_right(PAGE_W - 56, 815, f"{n}/{total}", "Helvetica", 7, (0.4, 0.4, 0.4))
        pg.text(56, 24 + 0, "", "Helvetica", 1)

    fl = Flow(pdf, st, header=header, footer=footer)
    fl.run(
        [
            P("Wij hebben uw melding ontvangen. Bewaar deze bevestiging in het re-integratiedossier."),
            KV(
                [
                    ("Soort melding", "Ziekmelding langdurig zieke werknemer (42e week)"),
                    ("Referentie", "ZM-88412765"),
                    ("Datum en tijd ontvangst", "01-11-2024 10:47"),
                    ("Loonheffingennummer", "851234567L01"),
                    ("Naam werkgever", C2_WG),
                    ("Burgerservicenummer", C2_BSN),
                    ("Naam werknemer", C2_WN_FULL),
                    ("Eerste ziektedag", "15-01-2024"),
                    ("Gewerkte uren per week", "36"),
                    ("Eigenrisicodrager Ziektewet", "Nee"),
                ]
            ),
            H("Wat gebeurt er nu?"),
            P(
                "U ontvangt binnen twee weken een brief met informatie over de eerstejaarsevaluatie en het re-integratieverslag. Uw werknemer krijgt ook een brief."
            ),
        ]
    )
    fl.finish()
    name = "Ontvangstbevestiging ziekmelding.pdf"
    pdf.save(out(C2, j(base_uwv, name)))
    label(
        f"{C2}/{j(base_uwv, name)}",
        "ziekmelding_uwv",
        d,
        f"{C2}; own PDF writer (UWV employer-portal receipt); mentions eerstejaarsevaluatie and re-integratieverslag",
    )

    # week-88 WIA letter to the employee
    d = D("2025-09-17")
    body: list[Block] = [
        P("Geachte heer El Ouardi,"),
        P(
            "U bent bijna 2 jaar ziek. Daarom kunt u binnenkort een WIA-uitkering aanvragen. In deze brief leest u hoe u dat doet en wat u daarvoor nodig heeft."
        ),
        H("Vraag de WIA-uitkering uiterlijk aan op 15 oktober 2025"),
        P(
            "U vraagt de uitkering aan via Mijn UWV op uwv.nl. U heeft daarvoor uw DigiD nodig. Uw wachttijd eindigt op 11 januari 2026."
        ),
        H("Wat stuurt u mee?"),
        BL(
            [
                "het re-integratieverslag, dat u samen met uw werkgever maakt",
                "de medische informatie van uw bedrijfsarts, in een gesloten envelop",
                "uw eigen oordeel over het re-integratieverslag",
            ]
        ),
        P("Uw werkgever moet het re-integratieverslag uiterlijk één dag na uw aanvraag uploaden."),
    ]
    name = "UWV brief aanvraag WIA.pdf"
    uwv_letter(
        out(C2, j(base_uwv, name)),
        when=d,
        to_lines=["De heer R. El Ouardi", "Zonnebloemstraat 41", "1422 KX Uithoorn"],
        refs=[("Ons kenmerk", "WIA-AV/2025/7731904"), ("Burgerservicenummer", C2_BSN)],
        subject="U kunt een WIA-uitkering aanvragen",
        body=body,
        signer=("Team WIA Amsterdam", "UWV"),
        office="UWV Amsterdam",
    )
    label(
        f"{C2}/{j(base_uwv, name)}",
        "uwv_correspondentie",
        d,
        f"{C2}; own PDF writer (UWV letter layout); week-88 letter listing RIV parts, a deadline date later than its own date",
    )

    # non-RIV: arbocontract
    pdf = RawPdf(
        producer="Microsoft: Print To PDF", title="Dienstverleningsovereenkomst ArboMeridiaan", when=D("2023-12-12")
    )
    st = RawStyle(
        font="Times-Roman",
        bold="Times-Bold",
        italic="Times-Italic",
        size=10.5,
        lead=14,
        left=70,
        right=70,
        top=70,
        accent=(0, 0, 0),
        heading_rule=False,
    )

    def footer_c(pg: RawPage, n: int, total: int) -> None:
        pg.text(
            70,
            805,
            "Dienstverleningsovereenkomst ArboMeridiaan – Amstelrijn OV – versie 2024.1",
            "Times-Italic",
            8,
            (0.3, 0.3, 0.3),
        )
        pg.text_right(PAGE_W - 70, 805, f"Paraaf: ____   blad {n} van {total}", "Times-Roman", 8)

    fl = Flow(pdf, st, footer=footer_c)
    fl.run(
        [
            T("Dienstverleningsovereenkomst arbodienstverlening"),
            P(
                "Partijen: ArboMeridiaan B.V., gevestigd te Amsterdam (hierna: de arbodienst) en Amstelrijn Openbaar Vervoer B.V., gevestigd te Diemen (hierna: de werkgever)."
            ),
            H("Artikel 1. Basiscontract"),
            P(
                "De arbodienst levert de wettelijk verplichte dienstverlening van de Arbeidsomstandighedenwet, waaronder de verzuimbegeleiding door een bedrijfsarts, het open spreekuur en de toetsing van de RI&E."
            ),
            H("Artikel 2. Verzuimbegeleiding"),
            P(
                "De dienstverlening omvat in ieder geval: de probleemanalyse en het advies voor het plan van aanpak, vervolgconsulten, een bijstelling van de probleemanalyse waar nodig, advies bij de eerstejaarsevaluatie, het actueel oordeel en de medische informatie voor het re-integratieverslag, en op verzoek een inzetbaarheidsprofiel."
            ),
            H("Artikel 3. Aanvullende diensten"),
            TB(
                ["Dienst", "Tarief (excl. btw)"],
                [
                    ["Arbeidsdeskundig onderzoek", "€ 1.150,00"],
                    ["Inzetbaarheidsprofiel (los)", "€ 145,00"],
                    ["Consult bedrijfsarts", "€ 165,00"],
                    ["Rapportage actueel oordeel t.b.v. WIA-aanvraag", "€ 210,00"],
                ],
                widths=[9, 5],
            ),
            H("Artikel 4. Looptijd"),
            P(
                "Deze overeenkomst geldt van 1 januari 2024 tot en met 31 december 2026 en wordt daarna stilzwijgend verlengd met telkens één jaar."
            ),
            SG(
                [
                    (
                        "Namens ArboMeridiaan B.V.",
                        "drs. P. van Hulst",
                        "directeur",
                        "Amsterdam, 12 december 2023",
                        True,
                    ),
                    ("Namens Amstelrijn OV", "mr. E. Brink", "directeur HR", "Diemen, 14 december 2023", True),
                ]
            ),
        ]
    )
    fl.finish()
    name = "Dienstverleningsovereenkomst ArboMeridiaan.pdf"
    pdf.save(out(C2, j(base_hr, name)))
    label(
        f"{C2}/{j(base_hr, name)}",
        None,
        None,
        f"{C2}; own PDF writer (Print To PDF look), Times; arbocontract naming probleemanalyse, actueel oordeel, inzetbaarheidsprofiel, arbeidsdeskundig onderzoek",
    )

    # non-RIV: verzuimprotocol (LibreOffice)
    blocks: list[Block] = [
        T(
            "Verzuimprotocol Amstelrijn OV 2024",
            "geldt voor alle medewerkers, vastgesteld na instemming van de ondernemingsraad",
        ),
        H("1. Ziekmelden"),
        P(
            "Meld je voor 06:00 uur (vroege dienst) of drie uur voor aanvang van je dienst ziek bij de dienstuitgifte en in het HR-portaal. Geef door: je bereikbaarheid, de verwachte duur en of er sprake is van een bedrijfsongeval. Je leidinggevende vraagt niet naar de aard van je ziekte."
        ),
        H("2. Contact tijdens ziekte"),
        P(
            "Je leidinggevende neemt binnen twee werkdagen contact met je op. De casemanager verzuim bewaakt de termijnen van de Wet verbetering poortwachter."
        ),
        H("3. Stappen bij langdurig verzuim"),
        TB(
            ["Week", "Stap", "Wie"],
            [
                ["6", "Probleemanalyse", "bedrijfsarts"],
                ["8", "Plan van aanpak", "leidinggevende, casemanager, medewerker"],
                ["elke 6 weken", "Evaluatie plan van aanpak, zo nodig bijstelling", "leidinggevende, medewerker"],
                ["42", "Ziekmelding bij UWV", "casemanager"],
                ["46–52", "Eerstejaarsevaluatie", "casemanager, medewerker"],
                ["88", "Brief UWV over de WIA-aanvraag", "UWV"],
                [
                    "89–91",
                    "Actueel oordeel en eindevaluatie, re-integratieverslag",
                    "bedrijfsarts, casemanager, medewerker",
                ],
                ["93", "WIA-aanvraag", "medewerker"],
            ],
            widths=[2.5, 8, 5],
        ),
        H("4. Sancties"),
        P(
            "Als je zonder goede reden niet meewerkt aan je re-integratie, kan Amstelrijn de loonbetaling opschorten of stopzetten. Je kunt bij UWV een deskundigenoordeel aanvragen als je het niet eens bent met een advies of een aangeboden functie."
        ),
        H("5. Privacy"),
        P("Medische gegevens deelt u alleen met de bedrijfsarts. Het HR-portaal bevat geen medische informatie."),
    ]
    css = "body { font-family: 'C059'; font-size: 10.5pt } h1 { font-size: 18pt } h2 { font-size: 12pt; margin-top: 10pt }"
    html = html_page(
        blocks_html(blocks),
        title="Verzuimprotocol Amstelrijn OV 2024",
        css=css,
        footer=f'<p style="font-size:8pt">Verzuimprotocol 2024 – pagina {LO_PAGE_FIELD}</p>',
        created=dt.datetime(2023, 11, 28, 9, 0),
    )
    name = "Verzuimprotocol Amstelrijn 2024.pdf"
    write_lo(out(C2, j(base_hr, name)), html, when=dt.datetime(2023, 11, 28, 9, 0))
    label(
        f"{C2}/{j(base_hr, name)}",
        None,
        None,
        f"{C2}; LibreOffice HTML import -> PDF; verzuimprotocol with a table of every Poortwachter step",
    )

    # non-RIV: meeting agenda (python-docx, Word table)
    from docx.shared import Pt

    r = rng_for("c2-agenda")
    doc = docx_new("Arial", 10)
    p = doc.add_paragraph()
    docx_runs(p, "Agenda overleg verzuim rijdend personeel Uithoorn", r, size=14, bold_all=True, split=False)
    p = doc.add_paragraph()
    docx_runs(p, "Datum: dinsdag 7 januari 2025, 09:00 – 10:30 uur, vergaderruimte Uithoorn 1.04", r)
    p = doc.add_paragraph()
    docx_runs(
        p,
        "Aanwezig: B. Koster (voorzitter), I. Schaap (casemanager), A. de Graaf (planning), S. Meijer (OR, als toehoorder)",
        r,
    )
    table = doc.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    for c, t in zip(table.rows[0].cells, ["Nr.", "Onderwerp", "Wie"], strict=True):
        c.text = t
        c.paragraphs[0].runs[0].bold = True
    items = [
        ("1", "Opening en vaststellen agenda", "BK"),
        ("2", "Verzuimcijfers december (4,8%) en winterdiensten", "BK"),
        ("3", "Eerstejaarsevaluatie R. El Ouardi (vandaag 11:00, met werknemer)", "IS"),
        ("4", "Plan van aanpak en evaluaties: stand van zaken lopende dossiers (6)", "IS"),
        ("5", "Aangepast werk dienstuitgifte: hoeveel plaatsen hebben we nog?", "AdG"),
        ("6", "Tweede spoor: offerte Nextstep Career Partners", "IS"),
        ("7", "Rondvraag en sluiting", "BK"),
    ]
    for it in items:
        cells = table.add_row().cells
        for c, t in zip(cells, it, strict=True):
            c.text = t
    for row in table.rows:
        for c in row.cells:
            for par in c.paragraphs:
                for run_ in par.runs:
                    run_.font.size = Pt(10)
    p = doc.add_paragraph()
    docx_runs(
        p,
        "Stukken: verzuimoverzicht december (bijlage 1), offerte Nextstep (bijlage 2). Medische gegevens worden in dit overleg niet besproken.",
        r,
        italic=True,
    )
    name = "Agenda overleg verzuim wk 2.docx"
    docx_save(doc, out(C2, j(base_hr, name)), when=dt.datetime(2025, 1, 3, 14, 12), author="Bart Koster")
    label(
        f"{C2}/{j(base_hr, name)}",
        None,
        None,
        f"{C2}; python-docx (Word table); meeting agenda listing 'Eerstejaarsevaluatie R. El Ouardi' and plan van aanpak",
    )


def case2() -> None:
    c2_arbodienst("Arbodienst")
    c2_hr("HR")
    c2_nextstep("Re-integratie 2e spoor")
    c2_uwv_and_other("", "HR")  # the UWV papers lie loose in the case folder (corpus_eval needs a file at the top)


# ==========================================================================================================
# case 1: zwaluw-drukkerij -- a small printing firm without HR software: Word typed free-form, mails, a note
# ==========================================================================================================

C1 = "zwaluw-drukkerij"
C1_BSN = make_bsn("c1-dijkhuizen")
C1_D0 = D("2023-09-18")
C1_WN = "Marloes Dijkhuizen"
C1_HENK = ("Henk Veldhuis", "henk@drukkerijdezwaluw.example")
C1_MARLOES = ("Marloes Dijkhuizen", "marloes.dijkhuizen@kpnmail.example")
C1_KUIPERS = ("Anne Kuipers", "a.kuipers@arbopraktijkks.example")


def c1_para(
    doc: Any,
    text: str,
    r: random.Random,
    *,
    align: str | None = None,
    size: float | None = None,
    bold: bool = False,
    italic: bool = False,
    space_after: float | None = None,
) -> Any:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    par = doc.add_paragraph()
    if align == "right":
        par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    elif align == "center":
        par.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if space_after is not None:
        par.paragraph_format.space_after = Pt(space_after)
    docx_runs(par, text, r, size=size, bold_all=bold, italic=italic)
    return par


def c1_letterhead(doc: Any, r: random.Random) -> None:
    c1_para(doc, "Drukkerij De Zwaluw", r, size=16, bold=True, space_after=0)
    c1_para(
        doc,
        "Ambachtsstraat 17 – 8024 BK Zwolle – 038 555 21 90 – info@drukkerijdezwaluw.example",
        r,
        size=8,
        space_after=18,
    )


def kuipers_letter(
    dest: Path, *, when: dt.date, subject: str, to: list[str], body: list[Block], closing: list[str], title: str
) -> Path:
    css = (
        "@page { size: 21cm 29.7cm; margin: 2cm 2.2cm 2cm 2.5cm } body { font-family: 'P052'; font-size: 10.5pt } "
        "h2 { font-size: 11pt; margin-bottom: 2pt } td.lh { font-family: 'URW Gothic'; color: #2f6b3a }"
    )
    head = (
        '<table width="100%" cellpadding="0" cellspacing="0"><tr><td class="lh" width="60%"><font size="5"><b>Arbopraktijk '
        'Kuipers &amp; Sloot</b></font><br><font size="2">bedrijfsartsen · Burgemeester Roelenweg 101 · 8021 EV Zwolle</font></td>'
        '<td class="lh" align="right"><font size="2">038 555 77 10<br>praktijk@arbopraktijkks.example</font></td></tr></table>'
        "<p>&nbsp;</p>"
        + "".join(f'<p style="margin:0">{html_escape(x)}</p>' for x in to)
        + f"<p>&nbsp;</p><p>Zwolle, {nl(when)}</p>"
        + f"<p><b>Betreft:</b> {html_escape(subject)}</p><p><i>Vertrouwelijk</i></p>"
    )
    tail = "".join(f'<p style="margin:0">{html_escape(x)}</p>' for x in closing)
    html = html_page(
        head + blocks_html(body) + "<p>&nbsp;</p>" + tail,
        title=title,
        css=css,
        created=dt.datetime(when.year, when.month, when.day, 14, 0),
    )
    return write_lo(
        dest, html, when=dt.datetime(when.year, when.month, when.day, 14, 5), info={"/Author": "A.M. Kuipers"}
    )


def c1_docs() -> None:
    # 1. plan van aanpak: Word, typed free-form by the owner, saved as Document1.docx
    d = D("2023-11-06")
    r = rng_for("c1-pva")
    doc = docx_new("Calibri", 11)
    c1_letterhead(doc, r)
    c1_para(doc, f"Zwolle, {nl(d)}", r, align="right")
    c1_para(
        doc,
        "Afspraken over de terugkeer van Marloes Dijkhuizen – ons **plan van aanpak** na het advies van de bedrijfsarts",
        r,
        size=12,
    )
    c1_para(
        doc,
        "Marloes is sinds maandag 18 september ziek thuis. Op 26 oktober heeft de bedrijfsarts, mevrouw Kuipers, haar advies gegeven (de probleemanalyse). Vandaag hebben Marloes en ik samen besproken hoe we het aanpakken. Dit hebben we afgesproken.",
        r,
    )
    c1_para(doc, "Wat willen we bereiken?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "Dat Marloes weer haar eigen werk kan doen als drukker / DTP-er, 32 uur per week. We denken dat dat in het voorjaar kan, maar we nemen de tijd die nodig is.",
        r,
    )
    c1_para(doc, "Wat gaan we doen?", r, bold=True, space_after=0)
    for i, t in enumerate(
        [
            "Marloes begint op maandag 13 november met 2 ochtenden van 2 uur, alleen DTP-werk op kantoor, niet aan de pers.",
            "Ze gaat door met de gesprekken bij de praktijkondersteuner van de huisarts.",
            "Elke 2 weken even bijpraten met mij, kort, bij de koffie.",
            "Na 6 weken (rond 18 december) kijken we samen of het plan nog klopt. Daarna elke 6 weken.",
            "Volgende afspraak bij de bedrijfsarts in december, die maakt de praktijk.",
        ],
        1,
    ):
        c1_para(doc, f"{i}.\t{t}", r, space_after=2)
    c1_para(doc, "Wie regelt wat?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "Ik (Henk Veldhuis, eigenaar) ben de casemanager en houd het dossier bij. Ria doet de administratie en de contacten met de arbopraktijk.",
        r,
    )
    c1_para(doc, "Hoe kijkt Marloes ertegenaan?", r, bold=True, space_after=0)
    c1_para(doc, "Marloes: “Ik wil graag weer beginnen, maar rustig. De drukte aan de pers is nu nog te veel.”", r)
    c1_para(doc, "Hoe kijken wij ertegenaan?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "Wij vinden het belangrijk dat Marloes terugkomt en geven haar de tijd. Het werk loopt door, Jeroen en Femke vangen de pers op.",
        r,
    )
    c1_para(doc, f"BSN Marloes: {C1_BSN}", r, size=9)
    c1_para(doc, "Voor akkoord,", r)
    c1_para(doc, "\n\nHenk Veldhuis\t\t\t\tMarloes Dijkhuizen\neigenaar, casemanager\t\t\twerknemer", r)
    name = "Document1.docx"
    docx_save(doc, out(C1, name), when=dt.datetime(2023, 11, 6, 16, 20), author="Henk", revision=4)
    label(
        f"{C1}/{name}",
        "plan_van_aanpak",
        d,
        f"{C1}; python-docx typed free-form (direct formatting, runs split); no title, 'plan van aanpak' bold inside a sentence-like heading; Word's default name; also names the PA date and D0",
    )

    # 2. probleemanalyse: letter of a small practice (LibreOffice, HTML import)
    d = D("2023-10-26")
    body: list[Block] = [
        P("Geachte heer Veldhuis,"),
        P(
            f"Op 23 oktober heb ik mevrouw Dijkhuizen (geboren 14-05-1981, BSN {C1_BSN}) op mijn spreekuur gezien. Zij is sinds 18 september 2023 arbeidsongeschikt. Met haar toestemming bericht ik u over mijn bevindingen. Deze brief geldt als probleemanalyse."
        ),
        H("Beperkingen en mogelijkheden"),
        P(
            "Er is sprake van ziekte. Mevrouw Dijkhuizen is op dit moment beperkt in het omgaan met tijdsdruk, drukte en lawaai, en in het verdelen van haar aandacht over meerdere taken. Zij kan kort, rustig en overzichtelijk werk doen met een vaste structuur, in eerste instantie twee ochtenden van twee uur per week."
        ),
        H("Prognose"),
        P(
            "Ik verwacht dat het verzuim enkele maanden zal duren; er is sprake van dreigend langdurig verzuim. Herstel is goed mogelijk als de opbouw geleidelijk verloopt."
        ),
        H("Advies"),
        BL(
            [
                "Maak binnen twee weken samen een plan van aanpak.",
                "Start met rustig werk op kantoor (opmaak, DTP), niet aan de pers en niet aan de balie.",
                "Bouw elke twee weken op in overleg.",
                "Ik zie mevrouw Dijkhuizen over zes weken terug.",
            ]
        ),
        H("Werkrelatie"),
        P(
            "Ik heb geen aanwijzingen voor problemen in de werkrelatie; wel is de werkdruk in de drukkerij in het voorjaar hoog geweest. Ik adviseer dit in de evaluaties te bespreken."
        ),
    ]
    name = "Marloes - bedrijfsarts okt.pdf"
    kuipers_letter(
        out(C1, name),
        when=d,
        subject="mevrouw M. Dijkhuizen – advies na spreekuur",
        to=["Drukkerij De Zwaluw", "t.a.v. de heer H. Veldhuis", "Ambachtsstraat 17", "8024 BK Zwolle"],
        body=body,
        closing=[
            "Met vriendelijke groet,",
            "A.M. Kuipers",
            "bedrijfsarts, BIG 49031287501",
            "c.c. mevrouw M. Dijkhuizen",
        ],
        title="brief Veldhuis PA",
    )
    label(
        f"{C1}/{name}",
        "probleemanalyse",
        d,
        f"{C1}; LibreOffice HTML import -> PDF (small practice's letter); no title, 'Deze brief geldt als probleemanalyse' in the body, subject 'advies na spreekuur'; consult date 23 Oct",
    )

    # 3. evaluation typed in a Gmail body
    d = D("2024-01-15")
    body_txt = (
        "Hoi Marloes,\n\n"
        "Zoals beloofd de afspraken van ons gesprek van vandaag (maandag 15 januari) even op een rij, dan hebben we het allebei.\n\n"
        "Hoe gaat het?\n"
        "Je werkt nu 3 ochtenden van 3 uur, op kantoor. De opmaak voor de kerstkaarten van de gemeente ging goed. Na drie uur ben je moe, "
        "de middag heb je nodig om bij te komen. De gesprekken bij de huisartsenpraktijk lopen door.\n\n"
        "Wat spreken we af?\n"
        "- vanaf 22 januari 3 ochtenden van 4 uur\n"
        "- vanaf half februari proberen 1 uur per dag aan de kleine pers, met Jeroen erbij\n"
        "- nog geen balie en geen telefoon\n"
        "- volgende evaluatie over 6 weken (eind februari), daarna weer naar mevrouw Kuipers\n\n"
        "Het plan van aanpak van 6 november blijft verder hetzelfde.\n\n"
        "Klopt dit zo? Stuur even een berichtje terug als je iets anders hebt begrepen. Dan is dit ons verslag van de evaluatie.\n\n"
        "Groet,\nHenk\n\n"
        "--\nHenk Veldhuis\nDrukkerij De Zwaluw\nAmbachtsstraat 17, 8024 BK Zwolle\n038 555 21 90\n"
    )
    name = "afspraken 15 jan.eml"
    write_mail(
        out(C1, name),
        client="gmail",
        sender=C1_HENK,
        to=[C1_MARLOES],
        subject="afspraken van vandaag",
        when=dt.datetime(2024, 1, 15, 17, 4, 31),
        body=body_txt,
    )
    label(
        f"{C1}/{name}",
        "tussentijdse_evaluatie",
        d,
        f"{C1}; Gmail-shaped mail, the evaluation typed in the body; subject 'afspraken van vandaag', date only as 'maandag 15 januari' and in the header",
    )

    # 4. handwritten note, photographed with an Android phone (EXIF)
    d = D("2024-02-26")
    r = rng_for("c1-note")
    lines = [
        "Gesprek Marloes  26-2-2024",
        "evaluatie plan van aanpak (2e)",
        "",
        "- werkt nu 3x 4 uur, gaat redelijk",
        "- pers 1 uur p/dag met Jeroen: lukt",
        "- moe na drukke dagen, slaapt beter",
        "- wil per 1 april naar 4 dagen",
        "",
        "afspraken:",
        "- maart 4x 4 uur, pers max 2 uur",
        "- geen balie tot na de zomer",
        "- volgende keer eind april",
        "- bedrijfsarts 4 april",
        "",
        "akkoord  H.V.        M.D.",
        "@sig H. Veldhuis",
    ]
    img = handwritten_page(lines, r, font_px=44)
    ph = photograph(img, r, long_side=1700, tilt=0.07, light=0.32)
    name = "IMG_20240226_163455.jpg"
    save_jpeg(
        ph,
        out(C1, name),
        quality=74,
        exif={
            "make": "samsung",
            "model": "SM-A546B",
            "taken": dt.datetime(2024, 2, 26, 16, 34, 55),
            "software": "A546BXXU5CXB1",
        },
    )
    label(
        f"{C1}/{name}",
        "tussentijdse_evaluatie",
        d,
        f"{C1}; handwritten note (URW Z003 script) on ruled paper, phone photo with EXIF; only 'evaluatie plan van aanpak' as a cue, date as 26-2-2024",
    )

    # 5. bijstelling probleemanalyse: second letter of the practice
    d = D("2024-04-08")
    body = [
        P("Geachte heer Veldhuis,"),
        P(
            "Op 4 april 2024 zag ik mevrouw Dijkhuizen opnieuw. Ik stel mijn advies van 26 oktober 2023 (de probleemanalyse) bij, omdat de opbouw anders verloopt dan verwacht."
        ),
        H("Wat is er veranderd?"),
        P(
            "Het werk op kantoor gaat goed, maar het werk aan de pers geeft na korte tijd weer klachten. Zij kan beperkt tegen lawaai en tijdsdruk, en dat zal naar mijn verwachting nog langere tijd zo blijven. Kantoorwerk kan worden uitgebreid tot 4 dagen van 5 uur."
        ),
        H("Bijgesteld advies"),
        BL(
            [
                "Pas het plan van aanpak aan: het doel wordt voorlopig aangepast werk (DTP, opmaak, offertes) in plaats van het volledige eigen werk.",
                "Geen perswerk tot na de zomer; dan opnieuw beoordelen.",
                "Overweeg in de zomer een arbeidsdeskundig onderzoek, zeker als terugkeer aan de pers niet lukt.",
            ]
        ),
        P("Deze brief is een bijstelling van de probleemanalyse. Mevrouw Dijkhuizen heeft ingestemd met verzending."),
    ]
    name = "advies bedrijfsarts april.pdf"
    kuipers_letter(
        out(C1, name),
        when=d,
        subject=f"mevrouw M. Dijkhuizen (BSN {C1_BSN}) – vervolgadvies",
        to=["Drukkerij De Zwaluw", "t.a.v. de heer H. Veldhuis", "Ambachtsstraat 17", "8024 BK Zwolle"],
        body=body,
        closing=["Met vriendelijke groet,", "A.M. Kuipers", "bedrijfsarts"],
        title="vervolgadvies Dijkhuizen",
    )
    label(
        f"{C1}/{name}",
        "bijstelling_probleemanalyse",
        d,
        f"{C1}; LibreOffice HTML import -> PDF letter; subject 'vervolgadvies', names the PA of 26 Oct 2023 and the consult of 4 April",
    )

    # 6. bijstelling plan van aanpak: typed in LibreOffice, saved as .docx 'Naamloos 1'
    d = D("2024-04-15")
    body = [
        P("Drukkerij De Zwaluw – Ambachtsstraat 17 – 8024 BK Zwolle"),
        P(f"Zwolle, {nl(d, 'day')}"),
        P("**Aanpassing van ons plan van aanpak** voor Marloes (na het vervolgadvies van de bedrijfsarts van 8 april)"),
        P("Het plan van aanpak van 6 november 2023 passen we op deze punten aan:"),
        BL(
            [
                "Doel: voorlopig aangepast werk op kantoor (DTP, opmaak, offertes), 4 dagen van 5 uur. Terugkeer aan de pers bekijken we na de zomer.",
                "Marloes doet geen perswerk meer tot september.",
                "Femke neemt de balie over.",
                "We evalueren elke 6 weken; de eerstvolgende keer op 27 mei.",
            ]
        ),
        P("Marloes vindt het jammer van de pers, maar snapt het. Zij is het eens met deze aanpassing."),
        P(f"BSN werknemer: {C1_BSN}"),
        SG(
            [
                ("Werkgever", "H. Veldhuis", "eigenaar / casemanager", nl(d, "dmy"), False),
                ("Werknemer", "M. Dijkhuizen", "", nl(d, "dmy"), False),
            ]
        ),
    ]
    css = "body { font-family: 'Nimbus Sans'; font-size: 11pt } p { margin: 0 0 6pt 0 }"
    html = html_page(blocks_html(body), title="Naamloos 1", css=css, created=dt.datetime(2024, 4, 15, 9, 12))
    name = "Naamloos 1.docx"
    write_lo(out(C1, name), html, when=dt.datetime(2024, 4, 15, 9, 40), fmt="docx")
    label(
        f"{C1}/{name}",
        "bijstelling_plan_van_aanpak",
        d,
        f"{C1}; LibreOffice-written .docx (from HTML import); LibreOffice's untitled name; 'Aanpassing van ons plan van aanpak', never 'bijstelling'; date as 'maandag 15 april 2024'",
    )

    # 7. UWV confirmation of the 42nd-week report
    d = D("2024-07-11")
    body = [
        P("Geachte heer Veldhuis,"),
        P("U heeft uw werknemer bij ons ziek gemeld. In deze brief bevestigen wij uw ziekmelding."),
        KV(
            [
                ("Naam werknemer", "M. Dijkhuizen"),
                ("Burgerservicenummer", C1_BSN),
                ("Eerste ziektedag", "18 september 2023"),
                ("Datum ziekmelding", "3 juli 2024"),
            ],
            boxed=False,
        ),
        H("Wat moet u nu doen?"),
        P(
            "Uw werknemer is bijna een jaar ziek. Maak samen met uw werknemer de eerstejaarsevaluatie: kijk terug op het eerste ziektejaar en spreek af wat u in het tweede jaar wilt bereiken. Pas zo nodig het plan van aanpak aan."
        ),
        P(
            "Houd het re-integratiedossier bij. Als uw werknemer na bijna 2 jaar een WIA-uitkering aanvraagt, heeft UWV het re-integratieverslag nodig."
        ),
    ]
    name = "UWV.pdf"
    uwv_letter(
        out(C1, name),
        when=d,
        to_lines=["Drukkerij De Zwaluw", "T.a.v. de heer H. Veldhuis", "Ambachtsstraat 17", "8024 BK Zwolle"],
        refs=[("Ons kenmerk", "ZM/42/2024/0611873"), ("Loonheffingennummer", "812345678L01")],
        subject="Bevestiging ziekmelding",
        body=body,
        signer=("Afdeling Ziektewet", "UWV"),
        office="UWV Zwolle",
    )
    label(
        f"{C1}/{name}",
        "ziekmelding_uwv",
        d,
        f"{C1}; own PDF writer (UWV letter); confirmation of the 42nd-week report, tells the employer to make the eerstejaarsevaluatie",
    )

    # 8. eerstejaarsevaluatie: Word typed free-form, printed, signed and scanned ('Scan 2024-09-02 10.12.31.pdf')
    d = D("2024-08-29")
    r = rng_for("c1-eje")
    doc = docx_new("Calibri", 11)
    c1_letterhead(doc, r)
    c1_para(doc, f"Zwolle, {nl(d)}", r, align="right")
    c1_para(doc, "Het eerste jaar van Marloes’ ziekte – onze **eerstejaarsevaluatie**", r, size=12)
    c1_para(
        doc,
        f"Marloes Dijkhuizen (BSN {C1_BSN}) is op 18 september 2023 ziek geworden. Bijna een jaar later kijken we samen terug en maken we afspraken voor het tweede jaar.",
        r,
    )
    c1_para(doc, "Hoe ging het eerste jaar?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "Marloes is in november 2023 begonnen met twee ochtenden DTP-werk. In het voorjaar werkte zij 4 dagen van 5 uur op kantoor. Het werk aan de pers lukte niet; de bedrijfsarts heeft op 8 april het advies aangepast. Sinds mei werkt Marloes 20 uur per week aan opmaak en offertes. Daar is ze goed in.",
        r,
    )
    c1_para(doc, "Wat willen we in het tweede jaar bereiken?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "De arbeidsdeskundige, de heer Zeldenrust, heeft op 19 augustus geadviseerd dat het eigen werk aan de pers niet meer passend is. Bij ons is geen vaste plek voor 32 uur kantoorwerk; wij zijn een klein bedrijf. Daarom doen we twee dingen tegelijk:",
        r,
    )
    for t in [
        "Marloes blijft 20 uur bij ons werken op kantoor (eerste spoor).",
        "Marloes gaat met een re-integratiebureau op zoek naar werk bij een andere werkgever (tweede spoor). Henk vraagt offertes op bij twee bureaus, start uiterlijk 1 oktober.",
        "We passen het plan van aanpak aan en evalueren elke 6 weken.",
    ]:
        c1_para(doc, f"–\t{t}", r, space_after=2)
    c1_para(doc, "Wat vindt Marloes?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "“Ik had liever teruggegaan naar de pers, maar ik snap het. Ik wil het tweede spoor een kans geven, al vind ik het spannend.”",
        r,
    )
    c1_para(doc, "Wat vindt Henk?", r, bold=True, space_after=0)
    c1_para(doc, "“We willen Marloes graag houden voor het kantoorwerk. Meer uren kunnen we niet bieden.”", r)
    c1_para(doc, "Handtekening werkgever:\t\t\t\tHandtekening Marloes:", r)
    c1_para(doc, "\n\nH. Veldhuis\t\t\t\t\t\tM. Dijkhuizen", r)
    docx_path = BUILD / "c1-eje.docx"
    docx_save(doc, docx_path, when=dt.datetime(2024, 8, 29, 11, 0), author="Henk")
    pdf_path = BUILD / "c1-eje.pdf"
    pdf_path.write_bytes(lo_convert_path(docx_path, "pdf"))
    pages = raster(pdf_path, 200)
    pages = sign_pages(
        pdf_path, pages, 200, r, names=["H. Veldhuis", "M. Dijkhuizen"], markers=("werkgever:", "Marloes:")
    )
    pages = [degrade_scan(p, r, angle=-0.6, contrast=0.85, blur=0.6) for p in pages]
    name = "Scan 2024-09-02 10.12.31.pdf"
    write_scan_pdf(
        out(C1, name),
        pages,
        dpi=200,
        when=dt.datetime(2024, 9, 2, 10, 12, 31),
        producer="Brother iPrint&Scan",
        quality=50,
    )
    label(
        f"{C1}/{name}",
        "eerstejaarsevaluatie",
        d,
        f"{C1}; Word typed free-form -> LibreOffice -> poppler raster -> pen signatures -> grey JPEG scan PDF (no text layer); Mac/Brother scan name with the scan date; title bold inside a sentence",
    )

    # 9. arbeidsdeskundig rapport: small bureau, own PDF writer, Times
    d = D("2024-08-19")
    st = RawStyle(
        font="Times-Roman",
        bold="Times-Bold",
        italic="Times-Italic",
        size=11,
        lead=14.5,
        left=72,
        right=72,
        top=80,
        bottom=80,
        accent=(0.35, 0.1, 0.1),
        heading_rule=True,
        kv_fill=None,
        kv_label_w=170,
    )
    pdf = RawPdf(
        producer="Zeldenrust RapportWriter 2.1",
        title="Rapport arbeidsdeskundig onderzoek M. Dijkhuizen",
        author="J. Zeldenrust",
        when=d,
    )

    def zh(pg: RawPage, n: int) -> float:
        pg.text(72, 50, "Zeldenrust Arbeidsdeskundig Advies", "Times-Bold", 12, (0.35, 0.1, 0.1))
        pg.text_right(
            PAGE_W - 72, 50, "Oudestraat 88 · 8261 CK Kampen · zeldenrust.example", "Times-Roman", 8, (0.3, 0.3, 0.3)
        )
        pg.line(72, 58, PAGE_W - 72, 58, 0.8, (0.35, 0.1, 0.1))
        return 80

    def zf(pg: RawPage, n: int, total: int) -> None:
        pg.text(
            72,
            812,
            "Rapport arbeidsdeskundig onderzoek – M. Dijkhuizen – Kampen, 19 augustus 2024",
            "Times-Italic",
            8,
            (0.3, 0.3, 0.3),
        )
        pg.text_right(PAGE_W - 72, 812, f"{n}", "Times-Roman", 9)

    fl = Flow(pdf, st, header=zh, footer=zf)
    fl.run(
        [
            T("Rapport arbeidsdeskundig onderzoek"),
            KV(
                [
                    ("Werknemer", "mevrouw M. Dijkhuizen, geboren 14 mei 1981"),
                    ("BSN", C1_BSN),
                    ("Werkgever", "Drukkerij De Zwaluw v.o.f., Zwolle"),
                    ("Functie", "allround drukker / DTP-medewerker, 32 uur"),
                    ("Eerste ziektedag", "18 september 2023"),
                    ("Opdrachtgever", "de heer H. Veldhuis, eigenaar"),
                    ("Onderzoeksdatum", "12 augustus 2024"),
                    ("Arbeidsdeskundige", "J. Zeldenrust, register-arbeidsdeskundige"),
                ],
                boxed=False,
            ),
            H("1. Vraagstelling"),
            P(
                "Kan mevrouw Dijkhuizen haar eigen werk hervatten, is er ander passend werk bij Drukkerij De Zwaluw, en is een tweede spoor nodig?"
            ),
            H("2. Bronnen"),
            P(
                "Gesprekken met werknemer en werkgever op 12 augustus 2024, bezoek aan de drukkerij, de probleemanalyse van 26 oktober 2023 en de bijstelling van 8 april 2024 van de bedrijfsarts, en het plan van aanpak met de aanpassing van 15 april 2024."
            ),
            H("3. Het eigen werk"),
            P(
                "Het werk bestaat voor ongeveer 60% uit het instellen en bedienen van de offsetpers en de digitale pers, in een ruimte met veel lawaai en onder tijdsdruk (spoedopdrachten), en voor 40% uit opmaak en voorbereiding (DTP). Er wordt in wisselende volgorde aan meerdere opdrachten tegelijk gewerkt."
            ),
            H("4. Belastbaarheid"),
            P(
                "Volgens de bedrijfsarts is werknemer langdurig beperkt in het omgaan met lawaai, tijdsdruk en het verdelen van aandacht. Zij kan rustig, overzichtelijk werk doen, ongeveer 20 tot 24 uur per week."
            ),
            H("5. Analyse"),
            P(
                "Het perswerk overschrijdt de belastbaarheid op lawaai en tijdsdruk. Aanpassingen (gehoorbescherming, geen spoedwerk) zijn in een bedrijf met 12 medewerkers niet structureel te organiseren. Het DTP-werk en offertes maken is passend, maar er is bij de werkgever structureel niet meer dan 20 uur van dit werk."
            ),
            H("6. Conclusie en advies"),
            BL(
                [
                    "Het eigen werk is niet passend en wordt dat naar verwachting ook niet.",
                    "Passend werk bij de werkgever: DTP en offertes, 20 uur per week (spoor 1).",
                    "Start een tweede spoor voor de resterende uren of voor een volledige baan elders, bij voorkeur in grafische vormgeving of administratie.",
                    "Leg dit vast in de eerstejaarsevaluatie en in een aangepast plan van aanpak.",
                ]
            ),
            H("7. Loonwaarde"),
            P("In het DTP-werk is de loonwaarde naar mijn inschatting 100% van het uurloon."),
            PB(),
            H("Bijlage: functiebelasting allround drukker"),
            TB(
                ["Taak", "Tijd", "Belasting"],
                [
                    ["Pers instellen en bedienen", "45%", "lawaai 85 dB, tijdsdruk, staan"],
                    ["Afwerking (snijden, vouwen)", "15%", "lawaai, repeterend"],
                    ["DTP en voorbereiding", "30%", "beeldschermwerk, concentratie"],
                    ["Klantcontact en offertes", "10%", "telefoon, balie"],
                ],
                widths=[6, 2, 7],
            ),
            P("Opgesteld te Kampen op 19 augustus 2024."),
            SG([("Register-arbeidsdeskundige", "J. Zeldenrust", "", "19-08-2024", True)]),
        ]
    )
    fl.finish()
    name = "rapport Zeldenrust.pdf"
    pdf.save(out(C1, name))
    label(
        f"{C1}/{name}",
        "arbeidsdeskundig_rapport",
        d,
        f"{C1}; own PDF writer, Times; date in the footer and closing line, the research date differs",
    )

    # 10. trajectplan: saved web page of the bureau's client portal (.html)
    d = D("2024-10-07")
    overstag_css = (
        "body{font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222;margin:0} .top{background:#e4572e;color:#fff;padding:12px 24px}"
        " .top b{font-size:20px} .crumb{padding:6px 24px;color:#777;font-size:12px} .main{padding:0 24px 24px 24px;max-width:860px}"
        " h1{color:#e4572e;font-size:22px} h2{font-size:16px;border-bottom:2px solid #e4572e} table{border-collapse:collapse;width:100%}"
        " td{border:1px solid #ccc;padding:6px;vertical-align:top} td.k{background:#fbe6df;width:35%;font-weight:bold}"
        " .foot{color:#999;font-size:11px;padding:12px 24px;border-top:1px solid #ddd}"
    )
    tp_blocks: list[Block] = [
        T("Trajectplan tweede spoor"),
        KV(
            [
                ("Kandidaat", "Marloes Dijkhuizen"),
                ("BSN", C1_BSN),
                ("Werkgever", "Drukkerij De Zwaluw, Zwolle (H. Veldhuis)"),
                ("Loopbaancoach", "Ellen Bos"),
                ("Intakegesprek", "1 oktober 2024"),
                ("Datum trajectplan", "7 oktober 2024"),
                ("Looptijd", "9 maanden, tot 1 juli 2025"),
            ]
        ),
        H("Wie is Marloes?"),
        P(
            "Marloes is 43 jaar, heeft een MBO-opleiding grafische techniek en 15 jaar ervaring als drukker en DTP-er. Ze werkt nauwkeurig en denkt mee met klanten. Ze werkt het best in een rustige omgeving."
        ),
        H("Zoekrichting"),
        BL(
            [
                "opmaak / DTP bij een uitgeverij, reclamebureau of gemeente",
                "medewerker prepress of orderbegeleiding",
                "administratief medewerker met beeldschermwerk",
            ]
        ),
        H("Activiteiten"),
        TB(
            ["Wanneer", "Wat"],
            [
                ["oktober", "persoonsprofiel, arbeidsmarktoriëntatie, cv en portfolio"],
                ["november", "netwerkgesprekken, LinkedIn"],
                ["december – juni", "solliciteren, bemiddeling, eventueel proefplaatsing"],
            ],
            widths=[3, 9],
        ),
        P("Rapportage: elke drie maanden een voortgangsverslag aan werkgever en kandidaat."),
    ]
    body_html = blocks_html(tp_blocks).replace('style="background:#e8e8e8"', 'class="k"')
    page = (
        "<!DOCTYPE html>\n<!-- saved from url=(0057)https://mijn.overstag.example/kandidaat/4471/trajectplan -->\n"
        '<html lang="nl"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>Trajectplan – Mijn Overstag</title>'
        f"<style>{overstag_css}</style></head><body>"
        '<div class="top"><b>Overstag</b> &nbsp; loopbaan &amp; re-integratie <span style="float:right">Ingelogd als: h.veldhuis (werkgever)</span></div>'
        '<div class="crumb">Mijn Overstag › Kandidaten › Marloes Dijkhuizen › Trajectplan</div><div class="main">'
        + body_html
        + '</div><div class="foot">© Overstag Loopbaan &amp; Re-integratie, Deventer · privacy · cookies · laatst gewijzigd 07-10-2024 14:51</div></body></html>\n'
    )
    name = "trajectplan Overstag.html"
    out(C1, name).write_text(page, encoding="utf-8")
    label(
        f"{C1}/{name}",
        "trajectplan_tweede_spoor",
        d,
        f"{C1}; web page saved from the bureau's client portal (.html, 'saved from url'); intake date and plan date both present",
    )

    # 11/12. progress reports of the bureau: one photographed (WhatsApp), one printed to PDF
    def overstag_progress(nr: int, d: dt.date, period: str, rows: list[list[str]], text_: str) -> str:
        blocks: list[Block] = [
            T(f"Voortgangsverslag {nr} – tweede spoor"),
            KV(
                [
                    ("Kandidaat", "Marloes Dijkhuizen"),
                    ("BSN", C1_BSN),
                    ("Werkgever", "Drukkerij De Zwaluw"),
                    ("Periode", period),
                    ("Datum verslag", nl(d)),
                ]
            ),
            H("Activiteiten"),
            TB(["Activiteit", "Aantal / resultaat"], rows, widths=[6, 6]),
            H("Toelichting"),
            P(text_),
            H("Afspraken komende periode"),
            P("Doorgaan met solliciteren en netwerken; volgende verslag over drie maanden."),
            SG([("Loopbaancoach", "Ellen Bos", "Overstag Loopbaan & Re-integratie", nl(d, "dmy"), False)]),
        ]
        css = "body{font-family:'Nimbus Sans';font-size:10pt} h1{color:#e4572e;font-size:16pt} h2{font-size:11pt;color:#e4572e}"
        return html_page(
            blocks_html(blocks, kv_label_bg="#fbe6df", table_head_bg="#fbe6df"),
            title=f"Voortgangsverslag {nr}",
            css=css,
            header='<p style="font-size:8pt;color:#e4572e"><b>Overstag</b> loopbaan &amp; re-integratie · Deventer</p>',
            footer=f'<p style="font-size:7pt;color:#999">Overstag · verslag {nr} · {LO_PAGE_FIELD}/{LO_PAGES_FIELD}</p>',
            created=dt.datetime(d.year, d.month, d.day, 11, 0),
        )

    d = D("2025-01-10")
    html = overstag_progress(
        1,
        d,
        "7 oktober 2024 – 31 december 2024",
        [
            ["Cv en portfolio", "klaar"],
            ["Netwerkgesprekken", "4"],
            ["Sollicitaties", "3"],
            ["Uitnodigingen", "1 (reclamebureau Zwolle, afgewezen)"],
        ],
        "Marloes is gemotiveerd en zet zich in. Ze merkt dat sollicitatiegesprekken veel energie kosten; we bouwen dit rustig op.",
    )
    tmp_pdf = write_lo(BUILD / "c1-vr1.pdf", html, when=dt.datetime(2025, 1, 10, 11, 0))
    r = rng_for("c1-vr1")
    pg = raster(tmp_pdf, 130)[0]
    ph = photograph(pg, r, long_side=1600, tilt=0.06, light=0.3, bg=(200, 200, 196))
    name = "IMG-20250113-WA0004.jpg"
    save_jpeg(ph.resize((ph.width * 1280 // ph.height, 1280)), out(C1, name), quality=62)
    label(
        f"{C1}/{name}",
        "voortgangsrapportage_tweede_spoor",
        d,
        f"{C1}; LibreOffice PDF printed and photographed, sent via WhatsApp (no EXIF, 1280 px); WhatsApp name carries the receiving date 13 Jan",
    )

    d = D("2025-03-14")
    html = overstag_progress(
        2,
        d,
        "1 januari 2025 – 14 maart 2025",
        [
            ["Netwerkgesprekken", "3"],
            ["Sollicitaties", "5"],
            ["Uitnodigingen", "2"],
            ["Proefplaatsing", "in voorbereiding: gemeente Kampen, afdeling communicatie"],
        ],
        "Marloes heeft twee gesprekken gehad. De gemeente Kampen biedt mogelijk een proefplaatsing van 8 uur per week aan in de opmaak van publicaties.",
    )
    name = "voortgang 2 Overstag.pdf"
    write_lo(out(C1, name), html, when=dt.datetime(2025, 3, 14, 11, 0))
    label(
        f"{C1}/{name}",
        "voortgangsrapportage_tweede_spoor",
        d,
        f"{C1}; LibreOffice HTML import -> PDF; 'Voortgangsverslag 2'",
    )

    # 13. UWV week-88 letter to the employee
    d = D("2025-05-21")
    body = [
        P("Geachte mevrouw Dijkhuizen,"),
        P(
            "U bent bijna 2 jaar ziek. U kunt daarom een WIA-uitkering aanvragen. Doe dit uiterlijk op 18 juni 2025 via Mijn UWV."
        ),
        H("Wat heeft u nodig?"),
        BL(
            [
                "het re-integratieverslag dat u samen met uw werkgever maakt (onder andere de probleemanalyse, het plan van aanpak, de eerstejaarsevaluatie, het actueel oordeel en de eindevaluatie)",
                "uw eigen mening over het re-integratieverslag",
                "de medische informatie van de bedrijfsarts",
            ]
        ),
        P("Uw wachttijd eindigt op 14 september 2025."),
    ]
    name = "UWV brief WIA.pdf"
    uwv_letter(
        out(C1, name),
        when=d,
        to_lines=["Mevrouw M. Dijkhuizen", "Berkenlaan 4", "8014 ZE Zwolle"],
        refs=[("Ons kenmerk", "WIA/88/2025/3381920"), ("Burgerservicenummer", C1_BSN)],
        subject="U kunt een WIA-uitkering aanvragen",
        body=body,
        signer=("Team WIA", "UWV"),
        office="UWV Zwolle",
    )
    label(f"{C1}/{name}", "uwv_correspondentie", d, f"{C1}; own PDF writer (UWV letter); lists every RIV part")

    # 14. actueel oordeel attached to an Apple Mail reply of the bedrijfsarts
    d = D("2025-05-26")
    body = [
        P("Geachte heer Veldhuis,"),
        P(
            f"Ten behoeve van het re-integratieverslag en de WIA-aanvraag van mevrouw M. Dijkhuizen (BSN {C1_BSN}) geef ik hierbij mijn actueel oordeel. Ik zag mevrouw Dijkhuizen op 22 mei 2025."
        ),
        H("Beloop en belastbaarheid"),
        P(
            "Het verzuim loopt sinds 18 september 2023. De belastbaarheid is sinds de zomer van 2024 stabiel: rustig, overzichtelijk werk zonder lawaai en tijdsdruk, ongeveer 20 tot 24 uur per week. Ik verwacht op korte termijn geen verdere verbetering."
        ),
        H("Arbeidsrelatie"),
        P("De arbeidsrelatie is goed; werkgever en werknemer hebben de afgelopen twee jaar open met elkaar overlegd."),
        H("Passende arbeid bij de werkgever"),
        P(
            "Het werk op kantoor (DTP en offertes), 20 uur per week, is passend. Ander passend werk is er bij deze kleine werkgever niet."
        ),
        P("De medische informatie stuur ik rechtstreeks aan mevrouw Dijkhuizen."),
    ]
    ao_pdf = kuipers_letter(
        BUILD / "c1-ao.pdf",
        when=d,
        subject="actueel oordeel bedrijfsarts t.b.v. het re-integratieverslag – mevrouw M. Dijkhuizen",
        to=["Drukkerij De Zwaluw", "t.a.v. de heer H. Veldhuis", "Ambachtsstraat 17", "8024 BK Zwolle"],
        body=body,
        closing=["Met vriendelijke groet,", "A.M. Kuipers", "bedrijfsarts, BIG 49031287501"],
        title="AO Dijkhuizen",
    )
    mail_body = (
        "Beste Henk,\n\nIn de bijlage mijn actueel oordeel voor het re-integratieverslag van Marloes. Vergeet niet dat jullie daarna samen de eindevaluatie maken en ondertekenen.\n\n"
        "Met vriendelijke groet,\nAnne Kuipers\nbedrijfsarts\nArbopraktijk Kuipers & Sloot\n\n"
        "> Op 20 mei 2025, om 09:14 heeft Henk Veldhuis <henk@drukkerijdezwaluw.example> het volgende geschreven:\n>\n"
        "> Goedemorgen Anne, Marloes heeft de brief van UWV gekregen. Kun jij het actueel oordeel maken?\n> Groet, Henk\n"
    )
    att_name = "AO Dijkhuizen 26-05-2025.pdf"
    name = "Re_ actueel oordeel Marloes.eml"
    write_mail(
        out(C1, name),
        client="apple",
        sender=C1_KUIPERS,
        to=[C1_HENK],
        subject="Re: actueel oordeel Marloes",
        when=dt.datetime(2025, 5, 26, 15, 2, 40),
        body=mail_body,
        attachments=[att_file(ao_pdf, att_name)],
        x_mailer="Apple Mail (2.3774.600.62)",
    )
    label(
        f"{C1}/{name}::{att_name}",
        "actueel_oordeel",
        d,
        f"{C1}; LibreOffice letter attached to an Apple Mail reply (multipart/mixed, inline disposition); mail body mentions the eindevaluatie",
    )

    # 15. eindevaluatie, saved as 'PvA def DEF v3 (2).pdf'
    d = D("2025-06-10")
    r = rng_for("c1-ev")
    doc = docx_new("Calibri", 11)
    c1_letterhead(doc, r)
    c1_para(doc, f"Zwolle, {nl(d, 'day')}", r, align="right")
    c1_para(
        doc,
        "Terugblik na bijna twee jaar: de **eindevaluatie** van het plan van aanpak van Marloes Dijkhuizen",
        r,
        size=12,
    )
    c1_para(
        doc,
        f"Werknemer: Marloes Dijkhuizen, BSN {C1_BSN}, allround drukker / DTP-medewerker. Eerste ziektedag 18 september 2023.",
        r,
    )
    c1_para(doc, "Over ons bedrijf", r, bold=True, space_after=0)
    c1_para(
        doc,
        "Drukkerij De Zwaluw is een kleine drukkerij in Zwolle met 12 medewerkers: offset- en digitaal drukwerk, ontwerp en afwerking, vooral voor bedrijven en de gemeente.",
        r,
    )
    c1_para(doc, "Hoe is het gegaan?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "Marloes is in november 2023 begonnen met DTP-werk. Terugkeer aan de pers lukte niet (advies bedrijfsarts 8 april 2024, arbeidsdeskundige 19 augustus 2024). Sinds het voorjaar van 2024 werkt ze 20 uur per week op kantoor. In het tweede spoor met Overstag heeft ze gesolliciteerd en een proefplaatsing bij de gemeente Kampen gedaan; dat leidde niet tot een baan.",
        r,
    )
    c1_para(doc, "De werkrelatie", r, bold=True, space_after=0)
    c1_para(doc, "Goed. We hebben steeds open met elkaar gepraat, ook toen het lastig was.", r)
    c1_para(doc, "Is er passend werk bij ons?", r, bold=True, space_after=0)
    c1_para(
        doc,
        "Ja, het kantoorwerk voor 20 uur per week, zoals de bedrijfsarts in haar actueel oordeel van 26 mei 2025 ook zegt. Meer uren hebben we niet.",
        r,
    )
    c1_para(doc, "Wat vindt Marloes?", r, bold=True, space_after=0)
    c1_para(doc, "Marloes is het eens met deze terugblik. Haar eigen reactie op het verslag schrijft ze apart.", r)
    c1_para(doc, "\nHenk Veldhuis, eigenaar\t\t\t\tMarloes Dijkhuizen", r)
    docx_path = BUILD / "c1-ev.docx"
    docx_save(doc, docx_path, when=dt.datetime(2025, 6, 10, 10, 0), author="Henk")
    name = "PvA def DEF v3 (2).pdf"
    normalise_pdf(
        lo_convert_path(docx_path, "pdf"),
        out(C1, name),
        when=dt.datetime(2025, 6, 10, 10, 5),
        info={"/Title": "PvA def DEF v3", "/Author": "Henk"},
    )
    label(
        f"{C1}/{name}",
        "eindevaluatie",
        d,
        f"{C1}; Word typed free-form -> LibreOffice PDF; file name says PvA (and PDF title too) but it holds the eindevaluatie; title bold inside a sentence",
    )

    # 16. the employee's view, typed in Notepad (Windows-1252, CRLF)
    d = D("2025-06-13")
    txt = (
        "Zwolle 13-6-2025\r\n\r\nMijn reactie op het re-integratieverslag\r\n\r\n"
        f"Marloes Dijkhuizen, BSN {C1_BSN}\r\n\r\n"
        "Ik heb de stukken gelezen die Henk me heeft gegeven: het advies van de bedrijfsarts, het plan van aanpak en de aanpassing, "
        "de evaluaties, het rapport van de arbeidsdeskundige en de eindevaluatie.\r\n\r\n"
        "Ik ben het eens met wat er staat. Henk en Ria hebben me goed geholpen. Wel vind ik dat het tweede spoor "
        "pas laat is begonnen (oktober 2024), ik had eerder hulp willen hebben bij het zoeken naar ander werk.\r\n\r\n"
        "Ik werk nu 20 uur en meer lukt me niet. Ik ben het eens met het oordeel van de bedrijfsarts.\r\n\r\n"
        "Marloes\r\n"
    )
    name = "mijn reactie.txt"
    out(C1, name).write_bytes(txt.encode("cp1252"))
    label(
        f"{C1}/{name}",
        "oordeel_werknemer",
        d,
        f"{C1}; Notepad text in Windows-1252 with CRLF; 'Mijn reactie op het re-integratieverslag', never 'oordeel'",
    )

    # 17. GP letter (medical) in the employer's folder, scanned
    d = D("2024-03-14")
    st = RawStyle(
        font="Helvetica", bold="Helvetica-Bold", size=9.5, lead=13, left=64, right=64, top=80, accent=(0.1, 0.35, 0.3)
    )
    src = BUILD / "c1-gp.pdf"
    simple_letter(
        src,
        when=d,
        sender=[
            "Huisartsenpraktijk De Weide",
            "P. Smeenk en L. Haverkamp, huisartsen",
            "Weidelaan 3, 8017 AB Zwolle",
            "038 555 40 40",
        ],
        to_lines=[
            "Arbopraktijk Kuipers & Sloot",
            "t.a.v. mevrouw A.M. Kuipers, bedrijfsarts",
            "Burgemeester Roelenweg 101",
            "8021 EV Zwolle",
        ],
        place_date=f"Zwolle, {nl(d, 'dmy')}",
        subject="uw verzoek om medische informatie – mevr. M. Dijkhuizen, geb. 14-05-1981",
        body=[
            P("Geachte collega,"),
            P("Met schriftelijke toestemming van patiënte beantwoord ik uw vragen van 29 februari jl."),
            H("Voorgeschiedenis en diagnose"),
            P(
                "Patiënte is sinds augustus 2023 bij ons bekend met klachten van uitputting, slecht slapen, piekeren en concentratieproblemen, in het kader van een burn-out (ICPC P78, surmenage) met depressieve kenmerken. Geen eerdere psychiatrische voorgeschiedenis."
            ),
            H("Behandeling"),
            P(
                "Begeleiding door de POH-GGZ (tot nu toe 9 gesprekken). Sinds november 2023 sertraline 50 mg 1 dd. Verwijzing naar een eerstelijnspsycholoog is besproken."
            ),
            H("Beloop"),
            P(
                "Langzame verbetering van slaap en stemming. Prikkelgevoeligheid (lawaai, drukte) is nog duidelijk aanwezig."
            ),
        ],
        closing=["Met collegiale groet,", "P. Smeenk, huisarts"],
        style=st,
        producer="Medicom HIS 2024 brievenmodule",
        footer_text="Medisch vertrouwelijk – uitsluitend bestemd voor de geadresseerde",
    )
    r = rng_for("c1-gp-scan")
    pages = [degrade_scan(p, r, angle=1.1, contrast=0.8, blur=0.7) for p in raster(src, 150)]
    name = "brief huisarts.pdf"
    write_scan_pdf(
        out(C1, name), pages, dpi=150, when=dt.datetime(2024, 3, 20, 9, 3), producer="Brother iPrint&Scan", quality=48
    )
    label(
        f"{C1}/{name}",
        "medische_informatie",
        d,
        f"{C1}; GP letter to the bedrijfsarts (own PDF writer) scanned grey without text layer; diagnosis, medication; in the employer's folder",
    )

    # 18. payslip (not RIV)
    pdf = RawPdf(producer="Loket Salarisverwerking", title="Loonstrook 05-2025", when=D("2025-05-23"))
    pg = pdf.page()
    pg.text(50, 60, "Drukkerij De Zwaluw v.o.f.", "Courier-Bold", 12)
    pg.text(50, 74, "Ambachtsstraat 17, 8024 BK Zwolle   Loonheffingennr. 812345678L01", "Courier", 8)
    pg.text(50, 110, "LOONSTROOK  periode 05-2025  (01-05-2025 t/m 31-05-2025)", "Courier-Bold", 10)
    rows = [
        ("Werknemer", "M. Dijkhuizen", ""),
        ("Personeelsnr", "0007", ""),
        ("Functie", "DTP-medewerker", ""),
        ("Uren contract", "32,00", ""),
        ("", "", ""),
        ("Salaris (gewerkte uren 20/32)", "", "2.093,75"),
        ("Loon bij ziekte 70% (12/32)", "", "879,38"),
        ("Aanvulling cao 2e ziektejaar", "", "125,63"),
        ("Vakantietoeslag reservering 8%", "", "247,90"),
        ("Pensioenpremie werknemer", "", "-148,20"),
        ("Loonheffing", "", "-412,17"),
        ("", "", ""),
        ("NETTO UIT TE BETALEN", "", "2.538,39"),
    ]
    y = 140
    for a, b_, c in rows:
        pg.text(50, y, a, "Courier", 9)
        pg.text(270, y, b_, "Courier", 9)
        pg.text_right(520, y, c, "Courier", 9)
        y += 13
    pg.text(50, y + 20, "Cumulatieven 2025: bruto 15.344,85  loonheffing 2.060,85  gewerkte uren 440", "Courier", 8)
    pg.text(50, 800, "Deze loonstrook is automatisch aangemaakt op 23-05-2025.", "Courier", 7)
    name = "loonstrook mei 2025.pdf"
    pdf.save(out(C1, name))
    label(f"{C1}/{name}", None, None, f"{C1}; own PDF writer, Courier payslip; 'Loon bij ziekte 70%', '2e ziektejaar'")

    # 19. reminder mail (not RIV)
    body_txt = (
        "Beste heer Veldhuis,\n\n"
        "Mevrouw Kuipers heeft het actueel oordeel voor Marloes Dijkhuizen op 26 mei naar u gestuurd. Vergeet u niet de eindevaluatie te maken "
        "en door Marloes te laten ondertekenen? Die moet er uiterlijk in week 91 zijn, dat is voor 15 juni. Gebruikt u gerust het UWV-formulier "
        "Eindevaluatie, of uw eigen opzet, als de aard van het bedrijf, de arbeidsrelatie en passend werk er maar in staan.\n\n"
        "Daarna kan Marloes de WIA-aanvraag doen en uploadt u het re-integratieverslag in het werkgeversportaal.\n\n"
        "Met vriendelijke groet,\n\nSaskia Bult\nsecretariaat Arbopraktijk Kuipers & Sloot\n038 555 77 10\n"
    )
    name = "herinnering.eml"
    write_mail(
        out(C1, name),
        client="thunderbird",
        sender=("Secretariaat Arbopraktijk Kuipers & Sloot", "secretariaat@arbopraktijkks.example"),
        to=[C1_HENK],
        subject="Herinnering: vergeet de eindevaluatie niet (M. Dijkhuizen)",
        when=dt.datetime(2025, 6, 2, 8, 51, 7),
        body=body_txt,
    )
    label(
        f"{C1}/{name}",
        None,
        None,
        f"{C1}; Thunderbird plain text (format=flowed); reminder 'vergeet de eindevaluatie niet', names actueel oordeel and eindevaluatie",
    )


def case1() -> None:
    c1_docs()


# ==========================================================================================================
# Word templates with content controls (w:sdt), as HR departments build them
# ==========================================================================================================


def _w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def _sdt_pr(
    alias: str, sdt_id: int, *, kind: str = "text", date: dt.date | None = None, placeholder: bool = False
) -> Any:
    from lxml import etree

    pr = etree.Element(_w("sdtPr"))
    etree.SubElement(pr, _w("alias")).set(_w("val"), alias)
    etree.SubElement(pr, _w("tag")).set(_w("val"), re.sub(r"\W+", "_", alias.lower()).strip("_"))
    etree.SubElement(pr, _w("id")).set(_w("val"), str(sdt_id))
    if placeholder:
        ph = etree.SubElement(pr, _w("placeholder"))
        etree.SubElement(ph, _w("docPart")).set(_w("val"), "DefaultPlaceholder_-1854013440")
        etree.SubElement(pr, _w("showingPlcHdr"))
    if kind == "date":
        de = etree.SubElement(pr, _w("date"))
        if date:
            de.set(_w("fullDate"), f"{date.isoformat()}T00:00:00Z")
        etree.SubElement(de, _w("dateFormat")).set(_w("val"), "d MMMM yyyy")
        etree.SubElement(de, _w("lid")).set(_w("val"), "nl-NL")
        etree.SubElement(de, _w("storeMappedDataAs")).set(_w("val"), "dateTime")
        etree.SubElement(de, _w("calendar")).set(_w("val"), "gregorian")
    elif kind == "text":
        etree.SubElement(pr, _w("text"))
    return pr


def cc_inline(
    par: Any, alias: str, value: str, r: random.Random, *, kind: str = "text", date: dt.date | None = None
) -> None:
    """Append an inline content control to a paragraph; an empty value shows Word's placeholder text."""
    from lxml import etree

    placeholder = not value
    sdt = etree.SubElement(par._p, _w("sdt"))
    sdt.append(_sdt_pr(alias, r.randint(-2_000_000_000, 2_000_000_000), kind=kind, date=date, placeholder=placeholder))
    content = etree.SubElement(sdt, _w("sdtContent"))
    run_ = etree.SubElement(content, _w("r"))
    if placeholder:
        rpr = etree.SubElement(run_, _w("rPr"))
        etree.SubElement(rpr, _w("rStyle")).set(_w("val"), "PlaceholderText")
        etree.SubElement(rpr, _w("color")).set(_w("val"), "808080")
    t = etree.SubElement(run_, _w("t"))
    t.text = value or (
        "Klik of tik om een datum in te voeren." if kind == "date" else "Klik of tik om tekst in te voeren."
    )
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")


def cc_block(doc: Any, alias: str, paragraphs: list[str], r: random.Random, *, style: str | None = None) -> None:
    """A block-level rich-text content control holding whole paragraphs."""
    from lxml import etree

    pars = []
    for text in paragraphs:
        par = doc.add_paragraph(style=style)
        docx_runs(par, text, r, split=False)
        pars.append(par._p)
    sdt = etree.Element(_w("sdt"))
    sdt.append(_sdt_pr(alias, r.randint(-2_000_000_000, 2_000_000_000), kind="rich"))
    content = etree.SubElement(sdt, _w("sdtContent"))
    pars[0].addprevious(sdt)
    for p in pars:
        content.append(p)


def cc_form_table(doc: Any, rows: list[tuple[str, str, str, dt.date | None]], r: random.Random) -> None:
    """Label | content control rows (kind 'text' or 'date')."""
    from docx.shared import Cm, Pt

    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for labelt, value, kind, date in rows:
        cells = table.add_row().cells
        cells[0].width = Cm(5.5)
        cells[1].width = Cm(10.5)
        run_ = cells[0].paragraphs[0].add_run(labelt)
        run_.bold = True
        run_.font.size = Pt(10)
        cc_inline(cells[1].paragraphs[0], labelt, value, r, kind=kind, date=date)


def kaasjager_template(title: str, r: random.Random) -> Any:
    from docx.shared import Pt, RGBColor

    doc = docx_new("Calibri", 10.5)
    sec = doc.sections[0]
    hp = sec.header.paragraphs[0]
    hr_ = hp.add_run("Kaasjager Software B.V.  |  HR  |  vertrouwelijk")
    hr_.font.size = Pt(8)
    hr_.font.color.rgb = RGBColor(0x7F, 0x7F, 0x7F)
    fp = sec.footer.paragraphs[0]
    fr = fp.add_run("Sjabloon HR-VZ-03 versie 2 (2022) – Wet verbetering poortwachter")
    fr.font.size = Pt(7)
    h = doc.add_paragraph(style="Title")
    h.add_run(title)
    return doc


def kaasjager_doc(
    dest: Path,
    *,
    title: str,
    form_rows: list[tuple[str, str, str, dt.date | None]],
    sections: list[tuple[str, list[str]]],
    sign_date: dt.date | None,
    when: dt.datetime,
    seed: str,
    sign_rows: tuple[str, ...] = (),
) -> Path:
    r = rng_for(seed)
    doc = kaasjager_template(title, r)
    cc_form_table(doc, form_rows, r)
    for heading, paras in sections:
        doc.add_paragraph(heading, style="Heading 2")
        cc_block(doc, heading, paras, r)
    doc.add_paragraph("Ondertekening", style="Heading 2")
    cc_form_table(
        doc,
        [
            (f"Naam {role.lower()}", name, "text", None)
            for role, name in [(s.split("=")[0], s.split("=")[1]) for s in sign_rows]
        ]
        + [("Datum ondertekening", nl(sign_date) if sign_date else "", "date", sign_date)],
        r,
    )
    doc.add_paragraph("")
    par = doc.add_paragraph()
    par.add_run("Handtekening werknemer:\t\t\t\tHandtekening werkgever:")
    return docx_save(doc, dest, when=when, author="Lotte Brinkman", title="", revision=7)


# ==========================================================================================================
# a screenshot of a web page (Pillow), as people save a confirmation screen
# ==========================================================================================================


def screenshot(
    title_bar: str,
    url: str,
    draw_page: Callable[[ImageDraw.ImageDraw, Image.Image], None],
    *,
    size: tuple[int, int] = (1366, 768),
    mac: bool = False,
) -> Image.Image:
    img = Image.new("RGB", size, (255, 255, 255))
    d = ImageDraw.Draw(img)
    ui = font("DejaVuSans", 13)
    if mac:
        d.rectangle([0, 0, size[0], 76], fill=(236, 236, 236))
        for i, c in enumerate([(255, 95, 87), (254, 188, 46), (40, 200, 64)]):
            d.ellipse([14 + i * 20, 12, 26 + i * 20, 24], fill=c)
        d.rounded_rectangle([300, 40, size[0] - 300, 66], 7, fill=(255, 255, 255))
        d.text((320, 45), url, font=ui, fill=(60, 60, 60))
        d.text((110, 8), title_bar, font=ui, fill=(50, 50, 50))
    else:
        d.rectangle([0, 0, size[0], 34], fill=(222, 225, 230))
        d.rounded_rectangle([8, 4, 300, 34], 6, fill=(255, 255, 255))
        d.text((20, 10), title_bar, font=ui, fill=(40, 40, 40))
        d.rectangle([0, 34, size[0], 76], fill=(255, 255, 255))
        d.rounded_rectangle([90, 40, size[0] - 160, 70], 14, fill=(241, 243, 244))
        d.text((115, 47), url, font=ui, fill=(60, 60, 60))
        d.line([0, 76, size[0], 76], fill=(210, 210, 210))
    page = Image.new("RGB", (size[0], size[1] - 77), (255, 255, 255))
    draw_page(ImageDraw.Draw(page), page)
    img.paste(page, (0, 77))
    return img


def save_png(img: Image.Image, dest: Path, colors: int = 64) -> Path:
    dest.parent.mkdir(parents=True, exist_ok=True)
    img.convert("RGB").quantize(colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(
        dest, "PNG", optimize=True
    )
    return dest


# ==========================================================================================================
# case 3: kaasjager-software -- HR's Word templates with content controls, an English-writing 2nd-track bureau
# ==========================================================================================================

C3 = "kaasjager-software"
C3_BSN = make_bsn("c3-van-amerongen")
C3_D0 = D("2023-05-08")
C3_WN = "Joost van Amerongen"
C3_LOTTE = ("Lotte Brinkman", "l.brinkman@kaasjager.example")
C3_JOOST = ("Joost van Amerongen", "joostvanamerongen@gmail.example")
C3_BA = "dr. E. Nanninga"


def lekstroom_html(
    title: str, sub: str, fields: list[tuple[str, str]], body: list[Block], d: dt.date, sig: tuple[str, str]
) -> str:
    css = (
        "@page { size: 21cm 29.7cm; margin: 1.5cm 2cm 2cm 2cm } body { font-family: 'Nimbus Sans Narrow'; font-size: 11pt } "
        "h1 { font-size: 15pt; color: #00656f } h2 { font-size: 11.5pt; color: #00656f; margin-bottom: 2pt }"
    )
    head = (
        '<table width="100%" cellpadding="6" cellspacing="0"><tr><td bgcolor="#00656f"><font color="#ffffff" size="5"><b>Arbodienst Lekstroom</b></font>'
        '<br><font color="#d0f0f0" size="2">Molenpad 14 · 3991 XX Houten · 030 555 19 19 · lekstroom.example</font></td></tr></table>'
    )
    blocks: list[Block] = [T(title, sub), KV(fields), *body, SG([("Bedrijfsarts", sig[0], sig[1], nl(d, "dmy"), True)])]
    footer = f'<p style="font-size:7.5pt;color:#777777">Arbodienst Lekstroom – {html_escape(title)} – {C3_WN} – {LO_PAGE_FIELD}/{LO_PAGES_FIELD}</p>'
    return html_page(
        head + blocks_html(blocks, kv_label_bg="#e0f0f0", table_head_bg="#e0f0f0"),
        title=title,
        css=css,
        footer=footer,
        created=dt.datetime(d.year, d.month, d.day, 16, 0),
    )


def c3_fields(d: dt.date, contact: dt.date) -> list[tuple[str, str]]:
    return [
        ("Werknemer", "J. van Amerongen, geboren 22-09-1986"),
        ("BSN", C3_BSN),
        ("Werkgever", "Kaasjager Software B.V., Nieuwegein"),
        ("Functie", "Senior software developer, 40 uur per week"),
        ("Eerste verzuimdag", nl(C3_D0, "dmy")),
        ("Datum consult", nl(contact, "dmy")),
        ("Datum advies", nl(d, "dmy")),
    ]


def c3_docs() -> None:
    # 1. probleemanalyse as a Word 97 .doc (LibreOffice)
    d = D("2023-06-15")
    body: list[Block] = [
        H("Aanleiding"),
        P(
            "De heer Van Amerongen is sinds 8 mei 2023 volledig uitgevallen. Op 13 juni 2023 heb ik hem op het spreekuur gezien in verband met dreigend langdurig verzuim."
        ),
        H("Functionele mogelijkheden en beperkingen"),
        P(
            "Er is sprake van een medische oorzaak. Werknemer heeft een sterk verminderd energieniveau en is beperkt in inspanning, concentratie gedurende langere tijd en werktijden. Hij kan licht werk doen in korte blokken van een uur, met rust daartussen, in eerste instantie 2 uur per dag vanuit huis."
        ),
        H("Prognose"),
        P(
            "Het herstel zal naar verwachting langzaam verlopen; ik verwacht dat het verzuim langer dan een half jaar zal duren. Volledige terugkeer in het eigen werk is op termijn mogelijk."
        ),
        H("Advies"),
        BL(
            [
                "Stel binnen twee weken samen een plan van aanpak op.",
                "Start met 2 uur per dag thuiswerken: code reviews, documentatie, geen deadlines.",
                "Pas het tempo aan op de energie; geen piekbelasting.",
                "Evalueer elke 4 tot 6 weken; ik zie werknemer over 6 weken terug.",
            ]
        ),
        H("Arbeidsrelatie"),
        P("Geen belemmeringen in de arbeidsrelatie."),
    ]
    html = lekstroom_html(
        "Terugkoppeling probleemanalyse en advies",
        "Wet verbetering poortwachter – aan werkgever en werknemer",
        c3_fields(d, D("2023-06-13")),
        body,
        d,
        (C3_BA, "bedrijfsarts, BIG 59077810201"),
    )
    name = "PA_JvA.doc"
    write_lo(out(C3, name), html, when=dt.datetime(2023, 6, 15, 16, 30), fmt="doc")
    label(
        f"{C3}/{name}",
        "probleemanalyse",
        d,
        f"{C3}; Word 97 .doc written by LibreOffice from HTML; title 'Terugkoppeling probleemanalyse en advies'; consult date 13-06-2023",
    )

    # 2/3. plan van aanpak: the filled-in template (unsigned .docx) and the signed print, scanned bitonal
    d = D("2023-06-27")
    pva_rows: list[tuple[str, str, str, dt.date | None]] = [
        ("Naam werknemer", C3_WN, "text", None),
        ("BSN", C3_BSN, "text", None),
        ("Functie", "Senior software developer (40 uur)", "text", None),
        ("Leidinggevende", "Wouter Smits, teamlead Planning Suite", "text", None),
        ("Casemanager", "Lotte Brinkman, HR-adviseur", "text", None),
        ("Eerste ziektedag", nl(C3_D0), "date", C3_D0),
        ("Datum probleemanalyse", nl(D("2023-06-15")), "date", D("2023-06-15")),
        ("Datum plan van aanpak", nl(d), "date", d),
    ]
    pva_sections = [
        (
            "Re-integratiedoel",
            ["Terugkeer in het eigen werk als senior software developer, 40 uur per week (spoor 1)."],
        ),
        (
            "Activiteiten en termijnen",
            [
                "Week 1-4: 2 uur per dag thuis, code reviews en documentatie.",
                "Week 5-8: 3 uur per dag, één dag op kantoor.",
                "Eventuele uitbreiding na overleg met de bedrijfsarts.",
            ],
        ),
        (
            "Evaluatiemomenten",
            ["Elke 6 weken, eerste evaluatie in september 2023. Eerstejaarsevaluatie in april 2024."],
        ),
        ("Visie werkgever", ["Wij willen Joost graag terug in zijn team en passen het werk aan zolang dat nodig is."]),
        ("Visie werknemer", [""]),
    ]
    name = "Plan van Aanpak - template v2.docx"
    kaasjager_doc(
        out(C3, name),
        title="Plan van aanpak",
        form_rows=pva_rows,
        sections=[(h, [t for t in ps if t] or ["Klik of tik om tekst in te voeren."]) for h, ps in pva_sections],
        sign_date=None,
        when=dt.datetime(2023, 6, 27, 11, 40),
        seed="c3-pva",
        sign_rows=(f"Werknemer={C3_WN}", "Werkgever=Lotte Brinkman"),
    )
    label(
        f"{C3}/{name}",
        "plan_van_aanpak",
        d,
        f"{C3}; python-docx with Word content controls (inline and block sdt); fields and section texts only inside the controls; unsigned, 'visie werknemer' and signing date left as placeholders",
    )
    # the signed version: filled in completely, printed, signed, scanned bitonal
    signed_sections = [
        (h, ps if any(ps) else ["Ik wil graag weer aan het werk, maar in een tempo dat mijn energie aankan."])
        for h, ps in pva_sections
    ]
    docx_tmp = BUILD / "c3-pva-signed.docx"
    kaasjager_doc(
        docx_tmp,
        title="Plan van aanpak",
        form_rows=pva_rows,
        sections=signed_sections,
        sign_date=d,
        when=dt.datetime(2023, 6, 27, 14, 5),
        seed="c3-pva",
        sign_rows=(f"Werknemer={C3_WN}", "Werkgever=Lotte Brinkman"),
    )
    pdf_tmp = BUILD / "c3-pva-signed.pdf"
    pdf_tmp.write_bytes(lo_convert_path(docx_tmp, "pdf"))
    r = rng_for("c3-pva-scan")
    pages = sign_pages(
        pdf_tmp,
        raster(pdf_tmp, 200),
        200,
        r,
        names=["J. v. Amerongen", "L. Brinkman"],
        markers=("werknemer:", "werkgever:"),
    )
    pages = [degrade_scan(p, r, angle=0.4 - i * 0.3, contrast=0.95, blur=0.3, noise=4) for i, p in enumerate(pages)]
    name = "PvA getekend.pdf"
    write_scan_pdf(
        out(C3, name),
        pages,
        dpi=200,
        when=dt.datetime(2023, 6, 28, 9, 2),
        producer="RICOH IM C3000 (bitonal 200 dpi)",
        bitonal=True,
    )
    label(
        f"{C3}/{name}",
        "plan_van_aanpak",
        d,
        f"{C3}; the same plan, filled in, printed, signed and scanned bitonal (no text layer); the signed twin of the template .docx",
    )

    # 4. tussentijdse evaluatie in the same template
    d = D("2023-09-12")
    name = "Voortgangsgesprek sept 2023.docx"
    kaasjager_doc(
        out(C3, name),
        title="Verslag voortgangsgesprek",
        form_rows=[
            ("Naam werknemer", C3_WN, "text", None),
            ("BSN", C3_BSN, "text", None),
            ("Datum gesprek", nl(d), "date", d),
            ("Aanwezig", "Joost van Amerongen, Wouter Smits, Lotte Brinkman", "text", None),
            ("Plan van aanpak d.d.", nl(D("2023-06-27")), "date", D("2023-06-27")),
        ],
        sections=[
            (
                "Voortgang sinds het vorige gesprek",
                [
                    "Joost werkt 3 uur per dag, waarvan één dag op kantoor. Concentratie lukt in blokken van een uur. Hij merkt terugval na drukke dagen."
                ],
            ),
            ("Zijn de afspraken nagekomen?", ["Ja. De opbouw naar 4 uur per dag is nog niet gelukt."]),
            (
                "Nieuwe afspraken",
                [
                    "Voorlopig 3 uur per dag handhaven; over 6 weken opnieuw evalueren. Joost vraagt via de huisarts een verwijzing naar de longarts. Vervolgconsult bedrijfsarts in oktober."
                ],
            ),
        ],
        sign_date=d,
        when=dt.datetime(2023, 9, 12, 15, 0),
        seed="c3-te",
        sign_rows=(f"Werknemer={C3_WN}", "Werkgever=Lotte Brinkman"),
    )
    label(
        f"{C3}/{name}",
        "tussentijdse_evaluatie",
        d,
        f"{C3}; python-docx with content controls; 'Verslag voortgangsgesprek', the date only inside a date picker control",
    )

    # 5. longarts letter (medical), received as a fax TIFF
    d = D("2023-10-05")
    st = RawStyle(
        font="Times-Roman",
        bold="Times-Bold",
        italic="Times-Italic",
        size=10.5,
        lead=14,
        left=70,
        right=70,
        top=80,
        accent=(0, 0, 0),
    )
    src = BUILD / "c3-long.pdf"
    simple_letter(
        src,
        when=d,
        sender=[
            "Ziekenhuis Lek en IJssel",
            "Afdeling Longziekten",
            "Ziekenhuisweg 1, 3431 XX Nieuwegein",
            "polikliniek 030 555 60 60",
        ],
        to_lines=["Huisartsenpraktijk Batau", "t.a.v. mevrouw dr. K. Oosterhof", "Batauplein 7", "3434 XX Nieuwegein"],
        place_date=f"Nieuwegein, {nl(d)}",
        ref_line=f"Patiënt: J. van Amerongen, geb. 22-09-1986, BSN {C3_BSN}",
        subject="poliklinisch consult 02-10-2023",
        body=[
            P("Geachte collega,"),
            P(
                "Uw patiënt bezocht onze polikliniek in verband met aanhoudende kortademigheid bij inspanning en extreme vermoeidheid sinds een COVID-19-infectie in april 2023."
            ),
            H("Onderzoek"),
            P(
                "Longfunctie: FEV1 92% van voorspeld, diffusiecapaciteit licht verlaagd (74%). CT-thorax: geen afwijkingen. Inspanningstest: vroegtijdig gestopt wegens vermoeidheid, geen cardiale of pulmonale beperking."
            ),
            H("Conclusie"),
            P(
                "Post-COVID-syndroom (ICD-10 U09.9) met inspanningsintolerantie en post-exertionele malaise. Geen aanwijzingen voor structurele longschade."
            ),
            H("Beleid"),
            P(
                "Verwijzing naar gespecialiseerde fysiotherapie (energiemanagement, graded activity met voorzichtigheid). Controle over 4 maanden."
            ),
        ],
        closing=["Met collegiale groet,", "R. Huisman, longarts"],
        style=st,
        producer="HiX brieven",
        footer_text="c.c. patiënt",
    )
    pages = raster(src, 200)
    fax_pages = []
    for pg in pages:
        canvas = Image.new("L", pg.size, 255)
        canvas.paste(pg, (0, 40))
        dd = ImageDraw.Draw(canvas)
        dd.text(
            (30, 8),
            "06-10-2023 08:41   VAN: HUISARTSENPR BATAU 0305554411   AAN: KAASJAGER HR   P.001/001",
            font=font("DejaVuSansMono", 22),
            fill=0,
        )
        fax_pages.append(canvas)
    name = "fax_20231006_084112.tif"
    write_fax_tiff(out(C3, name), fax_pages, when=dt.datetime(2023, 10, 6, 8, 41, 12))
    label(
        f"{C3}/{name}",
        "medische_informatie",
        d,
        f"{C3}; specialist letter (own PDF writer) received as a G4 fax TIFF with a fax header line; diagnosis, ICD code, sent to HR",
    )

    # 6. bijstelling probleemanalyse (Lekstroom, PDF)
    d = D("2023-11-21")
    body = [
        H("Reden"),
        P(
            "Het herstel verloopt trager dan verwacht in de probleemanalyse van 15 juni 2023. De opbouw is sinds augustus blijven steken op 3 uur per dag."
        ),
        H("Gewijzigde mogelijkheden"),
        P(
            "Werknemer kan 3 uur per dag werken, in blokken van een uur, bij voorkeur thuis. Reizen kost veel energie. Piekbelasting en deadlines moeten worden vermeden. Ik verwacht de komende maanden beperkte vooruitgang."
        ),
        H("Bijgesteld advies"),
        BL(
            [
                "Stel het plan van aanpak bij: doel voorlopig aangepast eigen werk, 15 uur per week thuis.",
                "Volg het behandeladvies van de behandelaar (energiemanagement).",
                "Vraag in het voorjaar van 2024 een arbeidsdeskundig onderzoek aan, vóór de eerstejaarsevaluatie.",
            ]
        ),
    ]
    html = lekstroom_html(
        "Vervolgadvies bedrijfsarts",
        "bijgestelde probleemanalyse",
        c3_fields(d, D("2023-11-20")),
        body,
        d,
        (C3_BA, "bedrijfsarts"),
    )
    name = "Lekstroom advies 2023-11.pdf"
    write_lo(out(C3, name), html, when=dt.datetime(2023, 11, 21, 16, 30))
    label(
        f"{C3}/{name}",
        "bijstelling_probleemanalyse",
        d,
        f"{C3}; LibreOffice HTML import -> PDF; 'Vervolgadvies bedrijfsarts' with subtitle 'bijgestelde probleemanalyse'",
    )

    # 7. fysiotherapie eindverslag (medical)
    d = D("2024-01-30")
    st = RawStyle(
        font="Helvetica",
        bold="Helvetica-Bold",
        size=9.5,
        lead=13,
        left=60,
        right=60,
        top=80,
        accent=(0.0, 0.45, 0.25),
        kv_fill=(0.92, 0.97, 0.94),
    )
    pdf = RawPdf(producer="Intramed (PDF)", title="Eindverslag fysiotherapie", when=d)

    def fh(pg: RawPage, n: int) -> float:
        pg.text(60, 50, "Fysiotherapie Hoogland", "Helvetica-Bold", 14, (0.0, 0.45, 0.25))
        pg.text(
            60,
            63,
            "Praktijk voor fysiotherapie en oefentherapie · Hooglandseweg 40 · 3434 XX Nieuwegein",
            "Helvetica",
            8,
            (0.3, 0.3, 0.3),
        )
        return 90

    fl = Flow(pdf, st, header=fh)
    fl.run(
        [
            T("Eindverslag"),
            KV(
                [
                    ("Patiënt", "J. van Amerongen"),
                    ("Geboortedatum", "22-09-1986"),
                    ("Verwijzer", "R. Huisman, longarts, Ziekenhuis Lek en IJssel"),
                    ("Behandelperiode", "16-10-2023 t/m 26-01-2024 (18 behandelingen)"),
                    ("Datum verslag", nl(d, "dmy")),
                ]
            ),
            H("Hulpvraag"),
            P("Meer energie om het werk als softwareontwikkelaar weer op te bouwen; minder terugval na inspanning."),
            H("Diagnose en behandeling"),
            P(
                "Post-COVID-syndroom met post-exertionele malaise. Behandeling: energiemanagement (pacing), ademhalingsoefeningen, voorzichtig opgebouwde fietstraining met hartslagbewaking (max. 110 slagen per minuut)."
            ),
            H("Resultaat"),
            P(
                "Patiënt kan 30 minuten wandelen zonder terugval. De terugval na werkdagen van 3 uur is verminderd. Cognitieve belastbaarheid is nog duidelijk beperkt."
            ),
            H("Advies"),
            P("Zelfstandig doorgaan met het oefenprogramma; pacing blijft nodig. Behandeling afgesloten."),
            P("Met vriendelijke groet, M. de Groot, fysiotherapeut (BIG 39055512204)"),
        ]
    )
    fl.finish()
    name = "Fysio eindverslag.pdf"
    pdf.save(out(C3, name))
    label(
        f"{C3}/{name}",
        "medische_informatie",
        d,
        f"{C3}; physiotherapist's final report (own PDF writer), diagnosis and treatment, in the employer's folder",
    )

    # 8. 42nd-week report: a screenshot of the portal's confirmation screen
    d = D("2024-02-23")

    def draw_portal(dd: ImageDraw.ImageDraw, page: Image.Image) -> None:
        f13, f15, f22, fb = (
            font("DejaVuSans", 14),
            font("DejaVuSans", 16),
            font("DejaVuSans-Bold", 24),
            font("DejaVuSans-Bold", 14),
        )
        dd.rectangle([0, 0, page.width, 56], fill=(0, 74, 140))
        dd.text((40, 14), "UWV", font=font("DejaVuSans-Bold", 26), fill=(255, 255, 255))
        dd.text((130, 20), "Werkgeversportaal", font=f15, fill=(255, 255, 255))
        dd.text((page.width - 360, 20), "Kaasjager Software B.V.  |  Uitloggen", font=f13, fill=(220, 230, 245))
        dd.text((40, 80), "Home  ›  Ziekmelden  ›  Ziekmelding langdurig zieke werknemer", font=f13, fill=(90, 90, 90))
        dd.rounded_rectangle([40, 115, 900, 175], 6, fill=(230, 244, 234), outline=(60, 150, 90))
        dd.text((60, 125), "✓  Uw ziekmelding is verstuurd", font=f22, fill=(30, 110, 60))
        dd.text((60, 152), "Wij hebben uw melding op 23 februari 2024 om 14:07 ontvangen.", font=f13, fill=(30, 30, 30))
        rows = [
            ("Referentienummer", "ZM-2024-0223-77120"),
            ("Burgerservicenummer", C3_BSN),
            ("Naam werknemer", "J. van Amerongen"),
            ("Eerste ziektedag", "08-05-2023"),
            ("Soort melding", "Ziekmelding na 42 weken (langdurig ziek)"),
            ("Loonheffingennummer", "823456701L01"),
        ]
        y = 200
        for k, v in rows:
            dd.text((60, y), k, font=fb, fill=(40, 40, 40))
            dd.text((330, y), v, font=f13, fill=(40, 40, 40))
            dd.line([60, y + 26, 900, y + 26], fill=(225, 225, 225))
            y += 36
        dd.text(
            (60, y + 16),
            "U ontvangt binnen 2 weken een bevestiging per post, met informatie over de eerstejaarsevaluatie.",
            font=f13,
            fill=(40, 40, 40),
        )
        dd.rounded_rectangle([60, y + 56, 250, y + 92], 4, fill=(0, 74, 140))
        dd.text((82, y + 64), "Bewaar of print", font=fb, fill=(255, 255, 255))
        dd.rounded_rectangle([960, 115, 1320, 420], 6, outline=(210, 210, 210))
        dd.text((980, 130), "Wat moet u nog doen?", font=fb, fill=(0, 74, 140))
        for i, t in enumerate(
            ["Eerstejaarsevaluatie maken", "Plan van aanpak bijstellen", "Re-integratiedossier bijhouden"]
        ):
            dd.text((980, 165 + i * 30), "• " + t, font=f13, fill=(40, 40, 40))

    img = screenshot("Ziekmelding verstuurd – UWV", "werkgeversportaal.uwv.example/ziekmelden/bevestiging", draw_portal)
    name = "Screenshot 2024-02-23 140751.png"
    save_png(img, out(C3, name))
    label(
        f"{C3}/{name}",
        "ziekmelding_uwv",
        d,
        f"{C3}; PNG screenshot (Windows name) of the portal's confirmation screen; a side box lists eerstejaarsevaluatie and plan van aanpak",
    )

    # 9. arbeidsdeskundig rapport: troff with Times, another bureau
    d = D("2024-04-02")
    st = TroffStyle(
        family="T",
        size=11,
        header_left="Kompas Arbeidsdeskundigen",
        header_right="Rapportage arbeidsdeskundig onderzoek",
        footer_left="J. van Amerongen · Kaasjager Software B.V.",
        footer_page="blad {p}/{n}",
        letterhead=["Kompas Arbeidsdeskundigen", "Oudegracht 301 · 3511 XX Utrecht · kompas-ad.example"],
        rule=False,
        creator="groff version 1.22.4",
        title="AD-rapport Van Amerongen",
    )
    blocks: list[Block] = [
        T("Arbeidsdeskundig onderzoek"),
        KV(
            [
                ("Werknemer", "J. van Amerongen (22-09-1986)"),
                ("BSN", C3_BSN),
                ("Werkgever", "Kaasjager Software B.V."),
                ("Functie", "Senior software developer, 40 uur"),
                ("Eerste ziektedag", "08-05-2023"),
                ("Onderzoek", "18-03-2024 en 25-03-2024"),
                ("Rapportdatum", "02-04-2024"),
                ("Arbeidsdeskundige", "R. Westerveld, register-arbeidsdeskundige"),
            ],
            boxed=False,
        ),
        H("Vraagstelling"),
        P("Is het eigen werk passend te maken, welke mogelijkheden zijn er in spoor 1, en is een tweede spoor nodig?"),
        H("Belasting in het eigen werk"),
        P(
            "Softwareontwikkeling in een scrumteam: langdurige concentratie, sprintdeadlines, overleg, piekbelasting rond releases, 40 uur per week, deels op kantoor in Nieuwegein."
        ),
        H("Belastbaarheid"),
        P(
            "Volgens de bijgestelde probleemanalyse van 21-11-2023: werken in blokken van een uur, ongeveer 3 uur per dag, geen piekbelasting, beperkt reizen."
        ),
        H("Beoordeling"),
        P(
            "Het eigen werk in volle omvang is niet passend. Aangepast eigen werk (code reviews, documentatie, testen zonder deadlines) is passend voor ongeveer 15 uur per week. Binnen Kaasjager is een functie functioneel tester (20 uur) denkbaar als de belastbaarheid verder toeneemt."
        ),
        H("Advies"),
        BL(
            [
                "Spoor 1: aangepast eigen werk voortzetten, uitbreiden naar functioneel tester.",
                "Spoor 2: start een tweede spoor, omdat de mate van herstel onzeker is en volledige terugkeer in het eigen werk binnen twee jaar niet zeker is.",
                "Neem dit op in de eerstejaarsevaluatie.",
            ]
        ),
        P("Nieuwegein/Utrecht, 2 april 2024"),
        SG([("Arbeidsdeskundige", "R. Westerveld", "register-arbeidsdeskundige", "", True)]),
    ]
    name = "AD rapport Kompas.pdf"
    write_troff_pdf(out(C3, name), blocks, st, when=d)
    label(
        f"{C3}/{name}",
        "arbeidsdeskundig_rapport",
        d,
        f"{C3}; troff (Times) + Ghostscript; two research dates and the report date",
    )

    # 10. eerstejaarsevaluatie in the template
    d = D("2024-04-22")
    name = "Eerstejaarsevaluatie Joost.docx"
    kaasjager_doc(
        out(C3, name),
        title="Eerstejaarsevaluatie",
        form_rows=[
            ("Naam werknemer", C3_WN, "text", None),
            ("BSN", C3_BSN, "text", None),
            ("Eerste ziektedag", nl(C3_D0), "date", C3_D0),
            ("Datum evaluatie", nl(d), "date", d),
            ("Aanwezig", "Joost van Amerongen, Wouter Smits, Lotte Brinkman", "text", None),
        ],
        sections=[
            (
                "Terugblik op het eerste ziektejaar",
                [
                    "Joost werkt sinds de zomer van 2023 3 uur per dag aangepast eigen werk, vooral thuis. Herstel gaat langzaam. Het arbeidsdeskundig onderzoek van 2 april 2024 adviseert naast spoor 1 een tweede spoor."
                ],
            ),
            (
                "Re-integratieresultaat tweede ziektejaar",
                [
                    "Spoor 1: functioneel tester, 20 uur. Spoor 2: oriëntatie op werk elders via Nextstep Career Partners, start mei 2024."
                ],
            ),
            ("Visie werkgever", ["Kaasjager wil Joost behouden en investeert in beide sporen."]),
            (
                "Visie werknemer",
                [
                    "Ik hoop terug te komen in mijn team, maar sta open voor ander werk als dat beter past bij mijn energie."
                ],
            ),
            (
                "Bijstelling plan van aanpak",
                ["Het plan van aanpak wordt op deze punten bijgesteld; er komt geen apart document."],
            ),
        ],
        sign_date=d,
        when=dt.datetime(2024, 4, 22, 16, 10),
        seed="c3-eje",
        sign_rows=(f"Werknemer={C3_WN}", "Werkgever=Lotte Brinkman"),
    )
    label(
        f"{C3}/{name}",
        "eerstejaarsevaluatie",
        d,
        f"{C3}; python-docx with content controls; includes the bijstelling PvA as a section",
    )

    # 11-14. the bureau's English reports
    common = [
        ("Client", f"{C3_WN} (date of birth 22/09/1986)"),
        ("Citizen service no. (BSN)", C3_BSN),
        ("Employer", "Kaasjager Software B.V., Nieuwegein – contact: Lotte Brinkman (HR)"),
        ("Career consultant", "Mark Verbeek"),
        ("Track start date", "21 May 2024"),
    ]
    d = D("2024-05-21")
    body = [
        H("1. Referral"),
        P(
            "Kaasjager Software asked Nextstep to run a second track (spoor 2) alongside the return to adapted own work, following the labour expert's advice of 2 April 2024 and the first-year evaluation of 22 April 2024."
        ),
        H("2. Client profile"),
        P(
            "Joost (37) holds a BSc in computer science and has 12 years of experience as a developer. Strengths: analytical, thorough, good at documentation. Current capacity: about 3 hours a day in blocks of one hour, no peak load, limited travel (occupational physician, 21 November 2023)."
        ),
        H("3. Search profile"),
        BL(
            [
                "functional/software tester, part-time, remote",
                "technical writer / documentation specialist",
                "application support (second line) without on-call duty",
            ]
        ),
        H("4. Plan"),
        TB(
            ["Phase", "Activities", "When"],
            [
                ["Orientation", "capacity and interests, labour market scan, CV", "May – June 2024"],
                ["Preparation", "LinkedIn, portfolio of documentation work, network list", "July 2024"],
                ["Mediation", "applications, network meetings, work trial", "Aug 2024 – Jan 2025"],
            ],
            widths=[3, 8, 4],
        ),
        P("Reporting: a progress report every three months, a final report at the end of the track."),
        SG(
            [
                ("Career consultant", "Mark Verbeek", "Nextstep Career Partners", en(d), True),
                ("Client", C3_WN, "", en(d), True),
            ]
        ),
    ]
    name = "Nextstep - Intake report and plan track 2.pdf"
    nextstep_doc(out(C3, name), lang="en", kind="intake", fields=[*common, ("Date", en(d))], body=body, when=d)
    label(
        f"{C3}/{name}",
        "trajectplan_tweede_spoor",
        d,
        f"{C3}; LibreOffice HTML import -> PDF; English bureau template for a Dutch client ('Intake report & reintegration plan – track 2'), dates in English",
    )

    for d, period, acts, txt, name in [
        (
            D("2024-08-20"),
            "21 May 2024 – 16 August 2024",
            [
                ["Intake and capacity assessment", "completed"],
                ["CV and LinkedIn profile", "completed"],
                ["Network meetings", "3"],
                ["Applications", "2 (tester, remote)"],
            ],
            "Joost keeps his appointments but has little energy left for applications after his working hours. We agreed to plan application work on his days off.",
            "Nextstep - Progress report 1.pdf",
        ),
        (
            D("2024-11-19"),
            "17 August 2024 – 15 November 2024",
            [
                ["Applications", "6"],
                ["Interviews", "1 (documentation specialist, 16 h, rejected)"],
                ["Network meetings", "4"],
                ["Coaching sessions", "5"],
            ],
            "Progress is limited by his capacity. The expert opinion of UWV (October 2024) confirms that the tester role at Kaasjager is suitable; we continue the second track for the remaining hours.",
            "Progress report – track 2 (Nov).pdf",
        ),
    ]:
        body = [
            H("1. Activities this period"),
            TB(["Activity", "Result"], acts, widths=[6, 8]),
            H("2. Client's effort"),
            P(txt),
            H("3. Next steps"),
            P("Continue applications and network meetings; next report in three months."),
            SG([("Career consultant", "Mark Verbeek", "Nextstep Career Partners", en(d), True)]),
        ]
        nextstep_doc(
            out(C3, name),
            lang="en",
            kind="progress",
            fields=[*common, ("Reporting period", period), ("Report date", en(d))],
            body=body,
            when=d,
        )
        label(
            f"{C3}/{name}",
            "voortgangsrapportage_tweede_spoor",
            d,
            f"{C3}; LibreOffice HTML import -> PDF; English 'Progress report – track 2', reporting period with two English dates"
            + ("; en dash in the file name" if "–" in name else ""),
        )

    d = D("2025-01-10")
    body = [
        H("1. Outcome"),
        P(
            "The second track ends without a placement with another employer. Since November 2024 Joost works 20 hours a week as a functional tester at Kaasjager (track 1)."
        ),
        H("2. Overview of efforts"),
        TB(
            ["Item", "Total"],
            [["Applications", "11"], ["Interviews", "2"], ["Network meetings", "9"], ["Coaching sessions", "12"]],
            widths=[8, 6],
        ),
        H("3. Advice"),
        P(
            "No further track-2 activities. We advise employer and client to record the result in the final evaluation (eindevaluatie) for the WIA application."
        ),
        SG([("Career consultant", "Mark Verbeek", "Nextstep Career Partners", en(d), True)]),
    ]
    name = "Nextstep Final report.pdf"
    nextstep_doc(
        out(C3, name),
        lang="en",
        kind="final",
        fields=[*common, ("Track end date", "10 January 2025"), ("Report date", en(d))],
        body=body,
        when=d,
    )
    label(
        f"{C3}/{name}",
        "eindrapportage_tweede_spoor",
        d,
        f"{C3}; LibreOffice HTML import -> PDF; English 'Final report' that mentions the eindevaluatie",
    )

    # 15. deskundigenoordeel UWV
    d = D("2024-10-03")
    body = [
        P("Geachte mevrouw Brinkman,"),
        P(
            "U heeft op 26 augustus 2024 een deskundigenoordeel aangevraagd. U wilt weten of het werk dat u uw werknemer aanbiedt passend is. In deze brief leest u ons oordeel."
        ),
        H("Ons oordeel"),
        P("**Het werk als functioneel tester, 20 uur per week, is passend voor de heer Van Amerongen.**"),
        H("Hoe zijn wij tot dit oordeel gekomen?"),
        P(
            "De verzekeringsarts heeft op 17 september 2024 met de heer Van Amerongen gesproken en de medische informatie van de bedrijfsarts gelezen. De verzekeringsarts vindt dat de heer Van Amerongen licht, niet tijdgebonden werk kan doen in blokken van een uur, ongeveer 4 uur per dag."
        ),
        P(
            "De arbeidsdeskundige heeft de functie functioneel tester beoordeeld op basis van de functiebeschrijving en een gesprek met u op 24 september 2024. Het werk vraagt geen piekbelasting en kan grotendeels thuis worden gedaan. Het past binnen de mogelijkheden."
        ),
        H("Wat betekent dit oordeel?"),
        P(
            "Een deskundigenoordeel is een advies. Het is geen besluit; u kunt er geen bezwaar tegen maken. De rechter kan het oordeel gebruiken als u en uw werknemer een geschil hebben. Bewaar het oordeel in het re-integratiedossier; UWV kijkt ernaar bij de beoordeling van het re-integratieverslag."
        ),
        PB(),
        H("Gegevens van de aanvraag"),
        KV(
            [
                ("Aanvrager", "Kaasjager Software B.V. (werkgever)"),
                ("Werknemer", "J. van Amerongen"),
                ("Burgerservicenummer", C3_BSN),
                ("Eerste ziektedag", "8 mei 2023"),
                ("Vraag", "Is het aangeboden werk passend?"),
                ("Datum aanvraag", "26 augustus 2024"),
                ("Verzekeringsarts", "drs. H. Tjin, verzekeringsarts"),
                ("Arbeidsdeskundige", "A. Vermaat, arbeidsdeskundige"),
            ]
        ),
    ]
    name = "Deskundigenoordeel UWV.pdf"
    uwv_letter(
        out(C3, name),
        when=d,
        to_lines=["Kaasjager Software B.V.", "T.a.v. mevrouw L. Brinkman", "Einsteinbaan 40", "3439 NJ Nieuwegein"],
        refs=[("Ons kenmerk", "DO/2024/558301"), ("Burgerservicenummer", C3_BSN)],
        subject="Deskundigenoordeel: is het aangeboden werk passend?",
        body=body,
        signer=("drs. H. Tjin, verzekeringsarts", "A. Vermaat, arbeidsdeskundige"),
        office="UWV Utrecht",
    )
    label(
        f"{C3}/{name}",
        "deskundigenoordeel",
        d,
        f"{C3}; own PDF writer (UWV letter), two pages; names the request date and consult dates",
    )

    # 16. actueel oordeel (Lekstroom)
    d = D("2025-01-14")
    body = [
        H("Stand van zaken"),
        P(
            "De heer Van Amerongen werkt sinds november 2024 als functioneel tester, 20 uur per week, voornamelijk thuis. Het tweede spoor is in januari 2025 afgesloten zonder plaatsing elders."
        ),
        H("Belastbaarheid en beloop"),
        P(
            "Het beloop is langzaam positief geweest, maar de belastbaarheid is sinds de zomer van 2024 stabiel: licht, niet tijdgebonden werk, ongeveer 4 uur per dag, geen piekbelasting. Verdere verbetering binnen een jaar acht ik onzeker."
        ),
        H("Arbeidsrelatie"),
        P("Goed. Werkgever en werknemer hebben constructief samengewerkt."),
        H("Passende arbeid bij de werkgever"),
        P("Het werk als functioneel tester (20 uur) is passend; meer uren zijn op dit moment niet haalbaar."),
        P(
            "Dit actueel oordeel is bestemd voor het re-integratieverslag bij de WIA-aanvraag. De medische informatie ontvangt werknemer apart."
        ),
    ]
    html = lekstroom_html(
        "Actueel oordeel bedrijfsarts",
        "ten behoeve van het re-integratieverslag (WIA)",
        c3_fields(d, D("2025-01-13")),
        body,
        d,
        (C3_BA, "bedrijfsarts, BIG 59077810201"),
    )
    name = "AO Lekstroom januari 2025.pdf"
    write_lo(out(C3, name), html, when=dt.datetime(2025, 1, 14, 16, 30))
    label(f"{C3}/{name}", "actueel_oordeel", d, f"{C3}; LibreOffice HTML import -> PDF; plainly titled")

    # 17. eindevaluatie in the template
    d = D("2025-01-21")
    name = "Eindevaluatie.docx"
    kaasjager_doc(
        out(C3, name),
        title="Eindevaluatie",
        form_rows=[
            ("Naam werknemer", C3_WN, "text", None),
            ("BSN", C3_BSN, "text", None),
            ("Eerste ziektedag", nl(C3_D0), "date", C3_D0),
            ("Datum eindevaluatie", nl(d), "date", d),
        ],
        sections=[
            (
                "Aard van het bedrijf",
                [
                    "Kaasjager Software ontwikkelt en onderhoudt planningssoftware voor zorginstellingen; 140 medewerkers, kantoor in Nieuwegein."
                ],
            ),
            (
                "Terugblik",
                [
                    "Na twee jaar werkt Joost 20 uur per week als functioneel tester (spoor 1). Het tweede spoor met Nextstep (mei 2024 – januari 2025) leverde geen baan elders op. UWV vond het werk als tester passend (deskundigenoordeel 3 oktober 2024)."
                ],
            ),
            ("Kwaliteit van de arbeidsrelatie", ["Goed."]),
            (
                "Passende arbeid bij de werkgever",
                [
                    "Functioneel tester, 20 uur per week, zoals ook het actueel oordeel van de bedrijfsarts van 14 januari 2025 zegt."
                ],
            ),
        ],
        sign_date=d,
        when=dt.datetime(2025, 1, 21, 10, 0),
        seed="c3-ev",
        sign_rows=(f"Werknemer={C3_WN}", "Werkgever=Lotte Brinkman"),
    )
    label(f"{C3}/{name}", "eindevaluatie", d, f"{C3}; python-docx with content controls; names the DO and AO dates")

    # 18. the employee's view in a Gmail reply
    d = D("2025-01-27")
    body_txt = (
        "Hoi Lotte,\n\n"
        "Ik heb alles gelezen. Hierbij mijn oordeel over het re-integratieverslag, zodat je het kunt meesturen.\n\n"
        "Ik ben het eens met de probleemanalyse, de plannen en de evaluaties. Ik vind dat Kaasjager mij goed heeft geholpen om "
        "in een aangepaste rol te blijven werken. Waar ik het niet mee eens ben: in de eindevaluatie staat dat het tweede spoor "
        "niets heeft opgeleverd, maar ik heb zelf nog een gesprek bij een gemeente lopen. Verder vind ik de 20 uur op dit moment "
        "het maximum; het actueel oordeel klopt wat mij betreft.\n\n"
        "Ik teken het verslag dus met deze opmerking.\n\n"
        "Groet,\nJoost\n\n"
        "Op di 21 jan 2025 om 11:32 schreef Lotte Brinkman <l.brinkman@kaasjager.example>:\n\n"
        "> Hoi Joost,\n>\n> In de bijlage de eindevaluatie van vanochtend en het actueel oordeel van de bedrijfsarts. Wil je\n"
        "> je oordeel over het re-integratieverslag geven? Dat kan in een mail. Daarna kun je de WIA-aanvraag doen.\n>\n"
        "> Groet,\n> Lotte\n"
    )
    name = "Re_ re-integratieverslag ter ondertekening.eml"
    write_mail(
        out(C3, name),
        client="gmail",
        sender=C3_JOOST,
        to=[C3_LOTTE],
        subject="Re: re-integratieverslag ter ondertekening",
        when=dt.datetime(2025, 1, 27, 20, 14, 2),
        body=body_txt,
        in_reply_to=msg_id("c3-lotte"),
    )
    label(
        f"{C3}/{name}",
        "oordeel_werknemer",
        d,
        f"{C3}; Gmail reply with the employee's view typed in the body, above a quote that names the eindevaluatie and actueel oordeel; its own date only in the mail header",
    )

    # 19. training invitation (not RIV)
    blocks = [
        T("Uitnodiging: training ‘Het goede verzuimgesprek’", "voor leidinggevenden van Kaasjager Software"),
        P("Beste leidinggevende,"),
        P(
            "Arbodienst Lekstroom Academy nodigt je uit voor een training van een dagdeel over verzuimbegeleiding. Je leert hoe je een goed gesprek voert met een zieke medewerker, en wat jouw rol is bij de probleemanalyse, het plan van aanpak, de evaluaties, de eerstejaarsevaluatie en de eindevaluatie."
        ),
        KV(
            [
                ("Datum", "donderdag 12 september 2024"),
                ("Tijd", "13:30 – 17:00 uur"),
                ("Locatie", "Kaasjager, Einsteinbaan 40, zaal Turing"),
                ("Trainer", "drs. F. Roelofs, arbeids- en organisatiedeskundige"),
                ("Aanmelden", "vóór 1 september bij Lotte Brinkman (HR)"),
            ]
        ),
        H("Programma"),
        BL(
            [
                "De Wet verbetering poortwachter in vogelvlucht: van ziekmelding tot WIA-aanvraag",
                "Wat mag je vragen (en wat niet)? Privacy en medische gegevens",
                "Oefenen met een acteur: het eerste verzuimgesprek en het evaluatiegesprek",
                "Het re-integratieverslag: welke stukken moet je bewaren?",
            ]
        ),
        P("Deelname is kosteloos en telt mee voor je opleidingsbudget."),
    ]
    css = "body { font-family: 'URW Bookman'; font-size: 10.5pt } h1 { font-size: 16pt; color: #00656f } h2 { font-size: 12pt; color: #00656f }"
    html = html_page(
        blocks_html(blocks, kv_label_bg="#e0f0f0"),
        title="Uitnodiging training",
        css=css,
        created=dt.datetime(2024, 7, 8, 10, 0),
    )
    name = "Uitnodiging training verzuimgesprekken.pdf"
    write_lo(out(C3, name), html, when=dt.datetime(2024, 7, 8, 10, 5))
    label(
        f"{C3}/{name}",
        None,
        None,
        f"{C3}; LibreOffice HTML import -> PDF; training invitation naming every RIV document",
    )

    # 20. the bureau's English brochure (not RIV)
    blocks = [
        T("Track 2 explained", "a guide for employers – Nextstep Career Partners"),
        TB(
            ["What is track 2?", "When do you start?", "What do you get from us?"],
            [
                [
                    "If an employee on sick leave cannot return to work with you, Dutch law requires you to look for suitable work with another employer: the second track (spoor 2).",
                    "UWV expects track 2 to start no later than the first-year evaluation (eerstejaarsevaluatie), in week 46–52 of sickness, unless a return is in sight.",
                    "An intake report and plan, a progress report every three months and a final report for the reintegration report (re-integratieverslag) with the WIA application.",
                ]
            ],
            widths=[5, 5, 5],
        ),
        H("Our approach"),
        BL(
            [
                "personal career consultant",
                "labour market scan within 4 weeks",
                "job hunting, network meetings and work trials",
                "reports that UWV recognises",
            ]
        ),
        P("Questions? Call 030 555 88 00 or visit nextstep.example. Prices on request."),
    ]
    html = html_page(
        blocks_html(blocks, table_head_bg="#dfe9f5"),
        title="Track 2 explained",
        css=NEXTSTEP_CSS,
        created=dt.datetime(2024, 3, 1, 9, 0),
        lang="en-GB",
    )
    name = "Nextstep brochure Track 2 explained.pdf"
    write_lo(out(C3, name), html, when=dt.datetime(2024, 3, 1, 9, 5))
    label(
        f"{C3}/{name}",
        None,
        None,
        f"{C3}; LibreOffice HTML import -> PDF; English brochure naming intake plan, progress report, final report, eerstejaarsevaluatie",
    )


def case3() -> None:
    c3_docs()


# ==========================================================================================================
# case 4: speelwerk-kinderopvang -- a childcare foundation's shared-drive folder: useless names, duplicates,
# a signed and an unsigned plan, a blank UWV form, an arbodienst with its own PDF system
# ==========================================================================================================

C4 = "speelwerk-kinderopvang"
C4_BSN = make_bsn("c4-yildiz")
C4_D0 = D("2024-03-04")
C4_WN = "Fatma Yildiz"
EEMLAND = (0.55, 0.15, 0.35)


def speelwerk_docx(
    dest: Path,
    *,
    title: str,
    rows: list[tuple[str, str]],
    sections: list[tuple[str, list[str]]],
    signers: list[tuple[str, str]],
    date_line: str,
    when: dt.datetime,
    seed: str,
    author: str = "Linda Brouwer",
) -> Path:
    """The foundation's Word template: styled headings, a data table, signature table."""
    from docx.shared import Pt, RGBColor

    r = rng_for(seed)
    doc = docx_new("Arial", 10)
    for sname, size in (("Heading 1", 16), ("Heading 2", 12)):
        stl = doc.styles[sname]
        stl.font.name = "Arial"
        stl.font.size = Pt(size)
        stl.font.color.rgb = RGBColor(0xC0, 0x50, 0x10)
    hp = doc.sections[0].header.paragraphs[0]
    run_ = hp.add_run("Stichting Kinderopvang Het Speelwerk · Kastanjeplein 9 · 3812 XX Amersfoort")
    run_.font.size = Pt(8)
    doc.add_paragraph(title, style="Heading 1")
    table = doc.add_table(rows=0, cols=2)
    table.style = "Light Grid Accent 2"
    for k, v in rows:
        cells = table.add_row().cells
        cells[0].text = k
        cells[1].text = v
    for heading, paras in sections:
        doc.add_paragraph(heading, style="Heading 2")
        for t in paras:
            par = doc.add_paragraph()
            docx_runs(par, t, r)
    doc.add_paragraph("")
    par = doc.add_paragraph()
    docx_runs(par, date_line, r)
    st = doc.add_table(rows=3, cols=len(signers))
    for i, (role, name) in enumerate(signers):
        st.cell(0, i).text = role
        st.cell(1, i).text = name
        st.cell(2, i).text = "Handtekening:\n\n"
    return docx_save(doc, dest, when=when, author=author, revision=5)


def eemland_pdf(
    dest: Path,
    *,
    title: str,
    fields: list[tuple[str, str]],
    body: list[Block],
    when: dt.date,
    sig: tuple[str, str],
    ref: str,
) -> Path:
    """Arbo Eemland's own system: a coloured side band, ref number at the top right, form fields."""
    pdf = RawPdf(producer="EemlandNet rapportagemodule 3.0", creator="EemlandNet", title=title, when=when)
    st = RawStyle(
        font="Helvetica",
        bold="Helvetica-Bold",
        size=9.5,
        lead=13,
        left=80,
        right=50,
        top=90,
        bottom=70,
        accent=EEMLAND,
        kv_label_w=150,
        kv_fill=(0.97, 0.92, 0.95),
    )

    def header(pg: RawPage, n: int) -> float:
        pg.rect(0, 0, 40, PAGE_H, fill=EEMLAND)
        pg.text(80, 50, "arbo eemland", "Helvetica-Bold", 16, EEMLAND)
        pg.text(80, 62, "bedrijfsartsen · arbeidsdeskundigen · preventie", "Helvetica", 7.5, (0.4, 0.4, 0.4))
        pg.text_right(PAGE_W - 50, 50, f"Ref. {ref}", "Helvetica", 8, (0.3, 0.3, 0.3))
        if n == 1:
            pg.text(80, 100, title, "Helvetica-Bold", 14, (0, 0, 0))
            return 112
        return 80

    def footer(pg: RawPage, n: int, total: int) -> None:
        pg.text(
            80,
            810,
            "Arbo Eemland B.V. · Stationsplein 21 · 3818 XX Amersfoort · arboeemland.example",
            "Helvetica",
            7,
            (0.45, 0.45, 0.45),
        )
        pg.text_right(PAGE_W - 50, 810, f"pagina {n} van {total}", "Helvetica", 7, (0.45, 0.45, 0.45))

    fl = Flow(pdf, st, header=header, footer=footer)
    fl.run([KV(fields), *body, SG([(sig[1], sig[0], "", nl(when, "dmy"), True)])])
    fl.finish()
    return pdf.save(dest)


def c4_fields(
    kind: str, d: dt.date, contact: dt.date | None = None, author: str = "J.P. Roodenburg, bedrijfsarts"
) -> list[tuple[str, str]]:
    rows = [
        ("Rapportage", kind),
        ("Medewerker", "F. Yildiz (geb. 30-11-1990)"),
        ("BSN", C4_BSN),
        ("Organisatie", "Stichting Kinderopvang Het Speelwerk, locatie De Boomhut"),
        ("Functie", "Pedagogisch medewerker, 28 uur per week"),
        ("Eerste verzuimdag", nl(C4_D0, "dmy")),
    ]
    if contact:
        rows.append(("Contactdatum", nl(contact, "dmy")))
    rows += [("Datum", nl(d, "dmy")), ("Opgesteld door", author)]
    return rows


def stamp(
    img: Image.Image, text: str, xy: tuple[int, int], r: random.Random, color: int | tuple[int, int, int] = 90
) -> Image.Image:
    """A rubber received-stamp, slightly rotated."""
    f = font("DejaVuSans-Bold", 34)
    layer = Image.new("L", (520, 150), 0)
    d = ImageDraw.Draw(layer)
    d.rounded_rectangle([6, 6, 510, 140], 16, outline=255, width=5)
    d.text((30, 22), "ONTVANGEN", font=f, fill=255)
    d.text((30, 78), text, font=f, fill=255)
    layer = layer.rotate(r.uniform(-8, 8), resample=Image.BICUBIC, expand=True)
    solid = Image.new(img.mode, layer.size, color)
    img = img.copy()
    img.paste(solid, xy, layer.point(lambda v: int(v * 0.75)))
    return img


def c4_docs() -> None:
    # 1/2. probleemanalyse: the digital original and a scan of the print with a received stamp
    d = D("2024-04-11")
    body: list[Block] = [
        H("Conclusie"),
        P(
            "Mevrouw Yildiz is volledig arbeidsongeschikt voor haar eigen werk. Er is sprake van dreigend langdurig verzuim."
        ),
        H("Functionele mogelijkheden"),
        P(
            "Werkneemster is beperkt in reiken boven schouderhoogte, tillen en dragen (maximaal 3 kg met de rechterarm) en in repeterende bewegingen met de rechterarm. Kinderen optillen, verschonen op de commode en buitenspelen met tillen zijn niet mogelijk. Zij kan licht werk doen met de linkerarm en administratief werk, 2 uur per dag."
        ),
        H("Verwachting"),
        P(
            "Verbetering wordt verwacht na de behandeling; een termijn is nu niet te geven. Ik schat in dat het verzuim minstens 3 maanden duurt."
        ),
        H("Advies aan werkgever en werkneemster"),
        BL(
            [
                "Maak binnen twee weken het plan van aanpak.",
                "Start met licht werk op de locatie: voorlezen, activiteiten voorbereiden, oudergesprekken, planning, 2 uur per dag.",
                "Geen tillen van kinderen tot nader bericht.",
                "Vervolgconsult over 4 weken.",
            ]
        ),
    ]
    src = out(C4, "PA Fatma.pdf")
    eemland_pdf(
        src,
        title="Probleemanalyse",
        fields=c4_fields("Probleemanalyse (art. 2 Regeling procesgang)", d, D("2024-04-09")),
        body=body,
        when=d,
        sig=("J.P. Roodenburg", "Bedrijfsarts"),
        ref="AE-24-03117",
    )
    label(
        f"{C4}/PA Fatma.pdf",
        "probleemanalyse",
        d,
        f"{C4}; own PDF writer (arbodienst system with a side band); the digital original of the scanned copy in scans/",
    )
    r = rng_for("c4-pa-scan")
    pages = raster(src, 150)
    pages[0] = stamp(pages[0].convert("L"), "12 APR 2024", (760, 150), r, color=70)
    pages = [degrade_scan(p, r, angle=-1.4, contrast=0.78, blur=0.8, noise=9) for p in pages]
    name = "scans/Scan 2024-04-12 09.41.07.pdf"
    write_scan_pdf(
        out(C4, name),
        pages,
        dpi=150,
        when=dt.datetime(2024, 4, 12, 9, 41, 7),
        producer="KONICA MINOLTA bizhub C250i",
        quality=45,
    )
    label(
        f"{C4}/{name}",
        "probleemanalyse",
        d,
        f"{C4}; the same PA printed, stamped 'ONTVANGEN 12 APR 2024' and scanned (grey, skewed 1.4°, low contrast, no text layer); a duplicate in content",
    )

    # 3/4/5. plan van aanpak: Document2.docx, a byte-identical copy in oud/, and the signed scan
    d = D("2024-04-23")
    rows = [
        ("Medewerker", C4_WN),
        ("BSN", C4_BSN),
        ("Functie", "Pedagogisch medewerker (28 uur)"),
        ("Locatie", "De Boomhut"),
        ("Leidinggevende", "Sandra Post, locatiemanager"),
        ("Casemanager", "Linda Brouwer, HR"),
        ("Eerste ziektedag", "4 maart 2024"),
        ("Probleemanalyse", "11 april 2024"),
    ]
    sections = [
        ("Doel", ["Terugkeer in het eigen werk als pedagogisch medewerker op De Boomhut (spoor 1)."]),
        (
            "Afspraken",
            [
                "Fatma werkt vanaf 29 april 2 uur per dag op de locatie: voorlezen, activiteiten voorbereiden en oudergesprekken. Zij tilt geen kinderen.",
                "Na elke 3 weken bespreken Fatma en Sandra de opbouw.",
                "Linda bewaakt de termijnen en houdt het dossier bij.",
            ],
        ),
        ("Evaluatie", ["Evaluatie van dit plan elke 6 weken, voor het eerst begin juni 2024."]),
        (
            "Visie werkgever en werknemer",
            [
                "Werkgever: wij willen Fatma graag terug op de groep. Fatma: ik wil graag zo snel mogelijk weer met de kinderen werken."
            ],
        ),
    ]
    p1 = out(C4, "Document2.docx")
    speelwerk_docx(
        p1,
        title="Plan van aanpak re-integratie",
        rows=rows,
        sections=sections,
        signers=[("Medewerker", C4_WN), ("Werkgever", "Linda Brouwer, HR")],
        date_line="Amersfoort, 23-04-2024",
        when=dt.datetime(2024, 4, 23, 15, 20),
        seed="c4-pva",
    )
    label(
        f"{C4}/Document2.docx",
        "plan_van_aanpak",
        d,
        f"{C4}; python-docx in the foundation's styled template; Word's default name; unsigned",
    )
    dup = out(C4, "oud/PvA Fatma definitief.docx")
    dup.write_bytes(p1.read_bytes())
    label(
        f"{C4}/oud/PvA Fatma definitief.docx",
        "plan_van_aanpak",
        d,
        f"{C4}; byte-identical duplicate of Document2.docx under another name, in a subfolder",
    )
    pdf_tmp = BUILD / "c4-pva.pdf"
    pdf_tmp.write_bytes(lo_convert_path(p1, "pdf"))
    r = rng_for("c4-pva-scan")
    pages = sign_pages(pdf_tmp, raster(pdf_tmp, 150), 150, r, names=["F. Yildiz", "L. Brouwer"])
    pages = [degrade_scan(p, r, angle=0.5, contrast=0.9, blur=0.5) for p in pages]
    name = "PvA Fatma ondertekend.pdf"
    write_scan_pdf(
        out(C4, name),
        pages,
        dpi=150,
        when=dt.datetime(2024, 4, 25, 13, 2),
        producer="KONICA MINOLTA bizhub C250i",
        quality=50,
    )
    label(
        f"{C4}/{name}", "plan_van_aanpak", d, f"{C4}; the same plan printed, signed by both and scanned (no text layer)"
    )

    # 6/7. evaluations: Word template saved as PDF (LibreOffice)
    for d, nr, txt, new, name in [
        (
            D("2024-06-04"),
            1,
            "Fatma werkt 3 uur per dag op de locatie. Het werk gaat goed, maar tillen lukt nog niet. De fysiotherapie loopt. De specialist heeft een operatie voorgesteld.",
            "Opbouw naar 4 uur per dag; geen tillen. Volgende evaluatie half juli.",
            "evaluatie.pdf",
        ),
        (
            D("2024-07-16"),
            2,
            "Fatma is op 10 juni geopereerd en was 4 weken volledig uit. Sinds 8 juli weer 2 uur per dag licht werk.",
            "Opbouw na advies bedrijfsarts; bedrijfsarts eind augustus. Volgende evaluatie eind augustus.",
            "evaluatie(1).pdf",
        ),
    ]:
        tmp = BUILD / f"c4-te{nr}.docx"
        speelwerk_docx(
            tmp,
            title="Evaluatie plan van aanpak",
            rows=[
                ("Medewerker", C4_WN),
                ("BSN", C4_BSN),
                ("Datum gesprek", nl(d, "dmy")),
                ("Aanwezig", "Fatma Yildiz, Sandra Post, Linda Brouwer"),
                ("Plan van aanpak van", "23-04-2024"),
            ],
            sections=[("Hoe gaat het?", [txt]), ("Nieuwe afspraken", [new])],
            signers=[("Medewerker", C4_WN), ("Leidinggevende", "Sandra Post")],
            date_line=f"Amersfoort, {nl(d, 'dmy')}",
            when=dt.datetime(d.year, d.month, d.day, 16, 0),
            seed=f"c4-te{nr}",
        )
        normalise_pdf(
            lo_convert_path(tmp, "pdf"),
            out(C4, name),
            when=dt.datetime(d.year, d.month, d.day, 16, 5),
            info={"/Author": "Linda Brouwer"},
        )
        label(
            f"{C4}/{name}",
            "tussentijdse_evaluatie",
            d,
            f"{C4}; Word template -> LibreOffice PDF; generic name ('evaluatie', '(1)' copy suffix)",
        )

    # 8. bijstelling probleemanalyse (arbodienst)
    d = D("2024-08-27")
    body = [
        H("Aanleiding"),
        P(
            "Na de operatie van juni 2024 herstelt werkneemster langzamer dan verwacht. Ik stel de probleemanalyse van 11-04-2024 bij."
        ),
        H("Gewijzigde mogelijkheden"),
        P(
            "Blijvend beperkt in tillen boven 5 kg met de rechterarm en in reiken boven schouderhoogte. Het tillen van kinderen (tot 15 kg) en verschonen op hoogte zijn ook op langere termijn niet verantwoord. Werk zonder tillen kan worden opgebouwd naar 28 uur."
        ),
        H("Advies"),
        BL(
            [
                "Stel het plan van aanpak bij: onderzoek aangepast of ander werk binnen de stichting (bijvoorbeeld bij de buitenschoolse opvang met oudere kinderen, of planning).",
                "Vraag een arbeidsdeskundig onderzoek aan na de zomer.",
            ]
        ),
    ]
    name = "Arbo Eemland rapportage.pdf"
    eemland_pdf(
        out(C4, name),
        title="Rapportage bedrijfsarts",
        fields=c4_fields("Bijstelling probleemanalyse", d, D("2024-08-26")),
        body=body,
        when=d,
        sig=("J.P. Roodenburg", "Bedrijfsarts"),
        ref="AE-24-03117",
    )
    label(
        f"{C4}/{name}",
        "bijstelling_probleemanalyse",
        d,
        f"{C4}; own PDF writer (arbodienst system); title 'Rapportage bedrijfsarts', type in a field",
    )

    # 9. bijstelling plan van aanpak, saved as 'nieuw.pdf'
    d = D("2024-09-10")
    tmp = BUILD / "c4-bpva.docx"
    speelwerk_docx(
        tmp,
        title="Plan van aanpak – aanpassing",
        rows=[
            ("Medewerker", C4_WN),
            ("BSN", C4_BSN),
            ("Datum", nl(d, "dmy")),
            ("Aanleiding", "bijstelling probleemanalyse 27-08-2024"),
        ],
        sections=[
            (
                "Nieuw doel",
                [
                    "Aangepast werk binnen de stichting: pedagogisch medewerker bij de buitenschoolse opvang (kinderen van 4-12 jaar, geen tillen), 28 uur (spoor 1)."
                ],
            ),
            (
                "Afspraken",
                [
                    "Proefplaatsing BSO De Vlieger vanaf 1 oktober, 3 dagen van 4 uur.",
                    "Arbeidsdeskundig onderzoek aanvragen bij Arbo Eemland.",
                    "Evaluatie elke 6 weken.",
                ],
            ),
        ],
        signers=[("Medewerker", C4_WN), ("Werkgever", "Linda Brouwer, HR")],
        date_line=f"Amersfoort, {nl(d, 'dmy')}",
        when=dt.datetime(2024, 9, 10, 14, 0),
        seed="c4-bpva",
    )
    name = "nieuw.pdf"
    normalise_pdf(
        lo_convert_path(tmp, "pdf"),
        out(C4, name),
        when=dt.datetime(2024, 9, 10, 14, 3),
        info={"/Author": "Linda Brouwer"},
    )
    label(
        f"{C4}/{name}",
        "bijstelling_plan_van_aanpak",
        d,
        f"{C4}; Word template -> LibreOffice PDF named 'nieuw.pdf'; title 'Plan van aanpak – aanpassing'",
    )

    # 10. UWV confirmation photographed with an iPhone (EXIF orientation 8: pixels stored turned)
    d = D("2024-12-30")
    src = BUILD / "c4-uwv.pdf"
    uwv_letter(
        src,
        when=d,
        to_lines=["Stichting Kinderopvang Het Speelwerk", "T.a.v. HR", "Kastanjeplein 9", "3812 XX Amersfoort"],
        refs=[("Ons kenmerk", "ZM/42/2024/1180447"), ("Loonheffingennummer", "804512399L01")],
        subject="Bevestiging ziekmelding",
        body=[
            P("Geachte heer, mevrouw,"),
            P("Wij hebben uw ziekmelding van 20 december 2024 ontvangen. Hieronder ziet u de gegevens."),
            KV(
                [
                    ("Naam werknemer", "F. Yildiz"),
                    ("Burgerservicenummer", C4_BSN),
                    ("Eerste ziektedag", "4 maart 2024"),
                ],
                boxed=False,
            ),
            H("Wat moet u nu doen?"),
            P("Maak samen met uw werknemer de eerstejaarsevaluatie. Bewaar deze brief in het re-integratiedossier."),
        ],
        signer=("Afdeling Ziektewet", "UWV"),
        office="UWV Amersfoort",
    )
    r = rng_for("c4-photo")
    pg = raster(src, 130)[0]
    ph = photograph(pg, r, long_side=2016, tilt=0.04, light=0.22, bg=(90, 92, 98))
    ph = ph.transpose(Image.Transpose.ROTATE_270)  # stored turned; orientation 8 tells the viewer to turn it back
    name = "IMG_4471.JPG"
    save_jpeg(
        ph,
        out(C4, name),
        quality=70,
        exif={
            "make": "Apple",
            "model": "iPhone 13",
            "orientation": 8,
            "taken": dt.datetime(2025, 1, 6, 12, 20, 3),
            "software": "17.6.1",
        },
    )
    label(
        f"{C4}/{name}",
        "ziekmelding_uwv",
        d,
        f"{C4}; iPhone photo of the UWV letter, EXIF orientation 8 (pixels stored turned), taken a week later",
    )

    # 11. inzetbaarheidsprofiel, saved as 'bijlage.pdf'
    d = D("2025-01-28")
    profile = {
        "Tillen of dragen": "beperkt: max. 5 kg rechts, niet boven schouderhoogte",
        "Reiken": "beperkt: niet boven schouderhoogte rechts",
        "Hand- en vingergebruik": "normaal",
        "Frequent buigen": "normaal",
    }
    body = [
        P(
            "Dit profiel beschrijft de actuele functionele mogelijkheden en is bedoeld voor het arbeidsdeskundig onderzoek."
        ),
        TB(["Rubriek", "Onderdeel", "Mogelijkheden"], izp_rows(profile), widths=[5, 5, 5]),
        P("Geldigheid: 6 maanden, of tot een wijziging in de situatie.", small=True),
    ]
    name = "bijlage.pdf"
    eemland_pdf(
        out(C4, name),
        title="Belastbaarheidsprofiel",
        fields=c4_fields("Inzetbaarheidsprofiel", d, D("2025-01-27")),
        body=body,
        when=d,
        sig=("J.P. Roodenburg", "Bedrijfsarts"),
        ref="AE-24-03117",
    )
    label(
        f"{C4}/{name}",
        "inzetbaarheidsprofiel",
        d,
        f"{C4}; own PDF writer; titled 'Belastbaarheidsprofiel', named 'bijlage.pdf'",
    )

    # 12. arbeidsdeskundig onderzoek
    d = D("2025-02-04")
    body = [
        H("Vraagstelling"),
        P(
            "Is het eigen werk passend, en zo niet, is ander werk bij Het Speelwerk passend (spoor 1)? Is een tweede spoor nodig?"
        ),
        H("Belasting eigen werk"),
        P(
            "Pedagogisch medewerker kinderdagverblijf (0-4 jaar): kinderen tillen (tot 15 kg, 20-40 keer per dienst), verschonen, in en uit bedjes tillen, buitenspelen."
        ),
        H("Belastbaarheid"),
        P(
            "Volgens het belastbaarheidsprofiel van 28-01-2025: niet tillen boven 5 kg rechts, niet reiken boven schouderhoogte rechts."
        ),
        H("Analyse en conclusie"),
        P(
            "Het eigen werk op de babygroep is niet passend. Het werk op de BSO (4-12 jaar) is passend: weinig tillen, meer begeleiden en activiteiten. De proefplaatsing op BSO De Vlieger sinds oktober 2024 verloopt goed (3 x 6 uur). Er is een vacature van 24 uur per 1 april 2025."
        ),
        H("Advies"),
        BL(
            [
                "Spoor 1: plaatsing op de BSO-vacature, 24 uur, eventueel aangevuld met 4 uur planning.",
                "Spoor 2: oriënterend tweede spoor starten, omdat de plaatsing niet voor alle 28 uur zeker is.",
                "Leg dit vast in de eerstejaarsevaluatie.",
            ]
        ),
    ]
    name = "AD onderzoek Fatma Yildiz.pdf"
    eemland_pdf(
        out(C4, name),
        title="Arbeidsdeskundig onderzoek",
        fields=c4_fields("Arbeidsdeskundige rapportage", d, D("2025-01-30"), author="A. Verschoor, arbeidsdeskundige"),
        body=body,
        when=d,
        sig=("A. Verschoor", "Arbeidsdeskundige"),
        ref="AE-24-03117/AD",
    )
    label(f"{C4}/{name}", "arbeidsdeskundig_rapport", d, f"{C4}; own PDF writer (same arbodienst system as the PA)")

    # 13. eerstejaarsevaluatie, named 'EJE concept.docx' although it is the final version
    d = D("2025-02-18")
    name = "EJE concept.docx"
    speelwerk_docx(
        out(C4, name),
        title="Eerstejaarsevaluatie",
        rows=[
            ("Medewerker", C4_WN),
            ("BSN", C4_BSN),
            ("Eerste ziektedag", "4 maart 2024"),
            ("Datum gesprek", "18 februari 2025"),
            ("Aanwezig", "Fatma Yildiz, Sandra Post, Linda Brouwer"),
        ],
        sections=[
            (
                "Terugblik eerste ziektejaar",
                [
                    "Na de operatie in juni 2024 bleek terugkeer op de babygroep niet mogelijk. Sinds oktober 2024 werkt Fatma op BSO De Vlieger, nu 3 x 6 uur."
                ],
            ),
            (
                "Wat willen we in het tweede jaar bereiken?",
                [
                    "Vaste plaatsing op de BSO-vacature van 24 uur per 1 april 2025 (spoor 1) en een oriënterend tweede spoor via Loopbaanpunt Eemland."
                ],
            ),
            ("Visie werkgever", ["Het Speelwerk wil Fatma behouden en biedt de BSO-functie aan."]),
            (
                "Visie werknemer",
                ["Ik mis de baby's, maar ik vind het werk op de BSO leuk. Ik wil graag de vaste plek."],
            ),
        ],
        signers=[("Medewerker", C4_WN), ("Werkgever", "Linda Brouwer, HR")],
        date_line="Amersfoort, 18 februari 2025 – definitieve versie na bespreking",
        when=dt.datetime(2025, 2, 18, 17, 0),
        seed="c4-eje",
    )
    label(
        f"{C4}/{name}",
        "eerstejaarsevaluatie",
        d,
        f"{C4}; python-docx styled template; the name says 'concept', the text says 'definitieve versie'",
    )

    # 14/15. second-track reports: troff, another bureau, 'Naamloos.pdf' and 'rapportage mei.pdf'
    lbp = TroffStyle(
        family="H",
        size=10,
        header_left="Loopbaanpunt Eemland",
        header_right="Re-integratie tweede spoor",
        footer_left="Loopbaanpunt Eemland · Utrechtseweg 60 · Amersfoort",
        footer_page="{p}/{n}",
        letterhead=["Loopbaanpunt Eemland", "jobcoaching · loopbaanbegeleiding · tweede spoor"],
        rule=True,
        creator="LBP rapportage (groff 1.22.4)",
    )
    d = D("2025-03-25")
    blocks: list[Block] = [
        T("Plan van aanpak tweede spoor"),
        KV(
            [
                ("Deelnemer", "F. Yildiz"),
                ("BSN", C4_BSN),
                ("Opdrachtgever", "Stichting Kinderopvang Het Speelwerk (M. Jansen, HR)"),
                ("Jobcoach", "D. Kramer"),
                ("Intake", "18-03-2025"),
                ("Datum", "25-03-2025"),
            ]
        ),
        H("Persoonsprofiel"),
        P(
            "Fatma (34) is pedagogisch medewerker (MBO-4 Pedagogisch werk), 11 jaar ervaring, betrokken en goed met ouders. Belastbaarheid: geen tillen boven 5 kg rechts."
        ),
        H("Zoekprofiel"),
        BL(
            [
                "onderwijsassistent basisonderwijs",
                "pedagogisch medewerker BSO bij een andere organisatie",
                "medewerker planning / ouderadministratie kinderopvang",
            ]
        ),
        H("Activiteiten"),
        TB(
            ["Maand", "Activiteit"],
            [
                ["april", "arbeidsmarktoriëntatie, cv"],
                ["mei", "netwerkgesprekken, sollicitaties"],
                ["juni – aug", "bemiddeling, eventueel stage onderwijsassistent"],
            ],
            widths=[3, 12],
        ),
        P("Rapportage: elke 2 maanden."),
    ]
    name = "Naamloos.pdf"
    write_troff_pdf(out(C4, name), blocks, lbp, when=d)
    label(
        f"{C4}/{name}",
        "trajectplan_tweede_spoor",
        d,
        f"{C4}; troff + Ghostscript; titled 'Plan van aanpak tweede spoor' (a trajectplan, not the employer's plan van aanpak); named 'Naamloos.pdf'",
    )

    d = D("2025-05-27")
    blocks = [
        T("Rapportage tweede spoor"),
        KV(
            [
                ("Deelnemer", "F. Yildiz"),
                ("BSN", C4_BSN),
                ("Periode", "25-03-2025 – 23-05-2025"),
                ("Jobcoach", "D. Kramer"),
                ("Datum", "27-05-2025"),
            ]
        ),
        H("Activiteiten"),
        TB(
            ["Activiteit", "Resultaat"],
            [
                ["Cv en profiel", "gereed"],
                ["Netwerkgesprekken", "3"],
                ["Sollicitaties", "2 (onderwijsassistent)"],
                ["Gesprekken jobcoach", "5"],
            ],
            widths=[6, 9],
        ),
        H("Ontwikkelingen"),
        P(
            "Fatma is per 1 april 2025 geplaatst op de BSO-vacature van 24 uur (spoor 1). Het tweede spoor richt zich op de resterende 4 uur of een volledige baan elders."
        ),
        H("Vervolg"),
        P("Afronding tweede spoor in overleg met werkgever in juli 2025."),
    ]
    name = "rapportage mei.pdf"
    write_troff_pdf(out(C4, name), blocks, lbp, when=d)
    label(
        f"{C4}/{name}",
        "voortgangsrapportage_tweede_spoor",
        d,
        f"{C4}; troff + Ghostscript; 'Rapportage tweede spoor', period with two dates",
    )

    # 16. UWV week-88 letter
    d = D("2025-11-05")
    body = [
        P("Geachte mevrouw Yildiz,"),
        P("U bent bijna 2 jaar ziek. U kunt een WIA-uitkering aanvragen. Doe dit uiterlijk op 1 december 2025."),
        H("Wat stuurt u mee?"),
        BL(
            [
                "het re-integratieverslag van u en uw werkgever",
                "uw eigen oordeel over het re-integratieverslag",
                "de medische informatie van de bedrijfsarts",
            ]
        ),
        P("Heeft u vragen? Kijk op uwv.nl."),
    ]
    name = "Brief UWV.pdf"
    uwv_letter(
        out(C4, name),
        when=d,
        to_lines=["Mevrouw F. Yildiz", "Lindeboomweg 8", "3825 XX Amersfoort"],
        refs=[("Ons kenmerk", "WIA/88/2025/8891023"), ("Burgerservicenummer", C4_BSN)],
        subject="Aanvraag WIA-uitkering",
        body=body,
        signer=("Team WIA", "UWV"),
        office="UWV Amersfoort",
    )
    label(f"{C4}/{name}", "uwv_correspondentie", d, f"{C4}; own PDF writer (UWV letter)")

    # 17. actueel oordeel, named 'AO.pdf'
    d = D("2025-11-17")
    body = [
        H("Actuele situatie"),
        P(
            "Werkneemster werkt sinds 1 april 2025 structureel als pedagogisch medewerker op BSO De Vlieger, 24 uur per week. Zij heeft geen klachten bij dit werk."
        ),
        H("Belastbaarheid"),
        P(
            "De beperkingen zijn blijvend: niet tillen boven 5 kg rechts, niet reiken boven schouderhoogte rechts. Voor werk binnen deze grenzen is zij volledig belastbaar in uren."
        ),
        H("Arbeidsrelatie"),
        P("Goed."),
        H("Passende arbeid bij de werkgever"),
        P("Het BSO-werk is passend. Volgens werkgever zijn er op dit moment geen extra uren beschikbaar."),
    ]
    name = "AO.pdf"
    eemland_pdf(
        out(C4, name),
        title="Actueel oordeel bij de probleemanalyse",
        fields=c4_fields("Actueel oordeel (re-integratieverslag)", d, D("2025-11-13")),
        body=body,
        when=d,
        sig=("J.P. Roodenburg", "Bedrijfsarts"),
        ref="AE-24-03117",
    )
    label(
        f"{C4}/{name}",
        "actueel_oordeel",
        d,
        f"{C4}; own PDF writer; titled 'Actueel oordeel bij de probleemanalyse' (names the PA)",
    )

    # 18. eindevaluatie
    d = D("2025-11-24")
    tmp = BUILD / "c4-ev.docx"
    speelwerk_docx(
        tmp,
        title="Eindevaluatie",
        rows=[
            ("Medewerker", C4_WN),
            ("BSN", C4_BSN),
            ("Eerste ziektedag", "4 maart 2024"),
            ("Datum", "24 november 2025"),
        ],
        sections=[
            (
                "Aard van het bedrijf",
                [
                    "Stichting Kinderopvang Het Speelwerk: 6 kinderdagverblijven en 3 BSO's in Amersfoort, 85 medewerkers."
                ],
            ),
            (
                "Terugblik",
                [
                    "Fatma kon niet terug op de babygroep. Sinds 1 april 2025 werkt zij vast 24 uur op de BSO. Het tweede spoor via Loopbaanpunt Eemland is in juli 2025 afgesloten."
                ],
            ),
            ("Arbeidsrelatie", ["Goed."]),
            (
                "Passend werk",
                ["BSO-medewerker 24 uur; geen extra uren beschikbaar (zie actueel oordeel van 17-11-2025)."],
            ),
        ],
        signers=[("Medewerker", C4_WN), ("Werkgever", "Mark Jansen, HR-adviseur")],
        date_line="Amersfoort, 24-11-2025",
        when=dt.datetime(2025, 11, 24, 11, 0),
        seed="c4-ev",
        author="Mark Jansen",
    )
    name = "Eindevaluatie definitief.pdf"
    normalise_pdf(
        lo_convert_path(tmp, "pdf"),
        out(C4, name),
        when=dt.datetime(2025, 11, 24, 11, 4),
        info={"/Author": "Mark Jansen"},
    )
    label(f"{C4}/{name}", "eindevaluatie", d, f"{C4}; Word template -> LibreOffice PDF")

    # 19. a blank UWV model form 'Oordeel werknemer' (not a document of this dossier)
    pdf = RawPdf(producer="UWV formulierenservice", title="Oordeel werknemer (model)", when=D("2023-01-01"))
    st = RawStyle(
        font="Helvetica",
        bold="Helvetica-Bold",
        size=9.5,
        lead=14,
        left=60,
        right=60,
        top=90,
        accent=UWV_BLUE,
        kv_label_w=200,
        kv_fill=(0.93, 0.95, 0.98),
    )

    def bh(pg: RawPage, n: int) -> float:
        pg.rect(60, 40, 54, 26, fill=UWV_BLUE)
        pg.text(68, 59, "UWV", "Helvetica-Bold", 15, (1, 1, 1))
        pg.text(130, 58, "Re-integratieverslag – Oordeel werknemer", "Helvetica-Bold", 12, UWV_BLUE)
        return 95

    def bf(pg: RawPage, n: int, total: int) -> None:
        pg.text(60, 812, "Formulier OW-RIV versie 01-2023 – niet ingevuld", "Helvetica", 7, (0.4, 0.4, 0.4))
        pg.text_right(PAGE_W - 60, 812, f"{n}/{total}", "Helvetica", 7, (0.4, 0.4, 0.4))

    fl = Flow(pdf, st, header=bh, footer=bf)
    fl.run(
        [
            P(
                "Met dit formulier geeft u uw eigen oordeel over het re-integratieverslag. U stuurt het mee met uw WIA-aanvraag."
            ),
            H("1  Uw gegevens"),
            KV([("Naam", ""), ("Burgerservicenummer", ""), ("Naam werkgever", "")]),
            H("2  Uw oordeel"),
            KV(
                [
                    ("Bent u het eens met de probleemanalyse?", "O ja   O nee"),
                    ("Bent u het eens met het plan van aanpak en de bijstellingen?", "O ja   O nee"),
                    ("Bent u het eens met de eerstejaarsevaluatie en de eindevaluatie?", "O ja   O nee"),
                    ("Bent u het eens met het actueel oordeel van de bedrijfsarts?", "O ja   O nee"),
                    ("Toelichting", "\u00a0\n\u00a0\n\u00a0"),
                ]
            ),
            H("3  Ondertekening"),
            KV([("Datum", ""), ("Handtekening", "")]),
        ]
    )
    fl.finish()
    name = "oordeel werknemer.pdf"
    pdf.save(out(C4, name))
    label(
        f"{C4}/{name}",
        None,
        None,
        f"{C4}; own PDF writer; a blank UWV-style model form 'Oordeel werknemer', empty fields, named like the real thing",
    )

    # 20. the employee's view, handwritten and sent via WhatsApp
    d = D("2025-11-27")
    r = rng_for("c4-ow")
    lines = [
        "Amersfoort, 27 november 2025",
        "",
        "Mijn oordeel over het re-integratieverslag",
        f"Fatma Yildiz  BSN {C4_BSN}",
        "",
        "Ik heb de stukken van mijn re-integratie gelezen.",
        "Ik ben het eens met wat er staat.",
        "Ik vind wel dat het tweede spoor laat begon",
        "en dat ik liever meer uren had gewerkt.",
        "Het werk op de BSO bevalt goed.",
        "",
        "Groet,",
        "@sig F. Yildiz",
        "Fatma",
    ]
    img = handwritten_page(lines, r, font_px=40, ruled=False, pen=(20, 20, 25))
    ph = photograph(img, r, long_side=1600, tilt=0.05, light=0.3, bg=(180, 170, 150))
    name = "IMG-20251127-WA0012.jpg"
    save_jpeg(ph.resize((ph.width * 1280 // ph.height, 1280)), out(C4, name), quality=60)
    label(
        f"{C4}/{name}",
        "oordeel_werknemer",
        d,
        f"{C4}; handwritten letter (script font, unruled), photographed and forwarded via WhatsApp without EXIF",
    )

    # 21. orthopaedic surgeon's letter (medical)
    d = D("2024-05-16")
    st = RawStyle(
        font="Times-Roman",
        bold="Times-Bold",
        italic="Times-Italic",
        size=10.5,
        lead=14,
        left=70,
        right=70,
        top=80,
        accent=(0.1, 0.2, 0.5),
    )
    name = "specialist.pdf"
    simple_letter(
        out(C4, name),
        when=d,
        sender=["Meander-Eem Ziekenhuis", "Orthopedie", "Maatweg 3, 3813 XX Amersfoort"],
        to_lines=["Huisartsenpraktijk Soesterkwartier", "t.a.v. dr. H. Visser", "Soesterweg 100", "3812 XX Amersfoort"],
        place_date=f"Amersfoort, {nl(d)}",
        ref_line=f"Betreft patiënt: F. Yildiz, geb. 30-11-1990, BSN {C4_BSN}",
        subject="polikliniekbezoek orthopedie 14-05-2024",
        body=[
            P("Geachte collega,"),
            P(
                "Uw patiënte bezocht de polikliniek wegens pijn en krachtverlies van de rechterschouder sinds februari 2024, ontstaan bij het tillen van een kind."
            ),
            H("Onderzoek"),
            P(
                "Pijnlijke abductie vanaf 80 graden, positieve Jobe-test. Echo en MRI: volledige ruptuur van de supraspinatuspees rechts."
            ),
            H("Conclusie en beleid"),
            P(
                "Traumatische rotator-cuffruptuur rechts (ICD-10 S46.0). Wij adviseren een arthroscopisch cuffherstel; patiënte is akkoord. Operatie gepland op 10 juni 2024. Daarna 6 weken sling en revalidatie bij de fysiotherapeut; volledig herstel duurt 6 tot 12 maanden."
            ),
        ],
        closing=["Met vriendelijke groet,", "dr. S. Bakker, orthopedisch chirurg"],
        style=st,
        producer="HiX brieven",
        footer_text="Dit bericht bevat medische gegevens en is uitsluitend bestemd voor de geadresseerde. c.c. patiënte",
    )
    label(
        f"{C4}/{name}",
        "medische_informatie",
        d,
        f"{C4}; specialist letter (own PDF writer, Times) in the HR folder; diagnosis, ICD code, operation date",
    )

    # 22. the arbodienst's leaflet (not RIV)
    blocks = [
        T("Ziek? Dit moet je weten", "informatie voor medewerkers – Arbo Eemland"),
        TB(
            ["De eerste weken", "Langer dan 6 weken ziek", "Na een jaar", "Bijna twee jaar ziek"],
            [
                [
                    "Meld je ziek bij je leidinggevende. Die vraagt niet wat je hebt, alleen hoe lang het duurt en hoe je bereikbaar bent.",
                    "De bedrijfsarts maakt een probleemanalyse. Daarna maak je met je werkgever een plan van aanpak. Dat evalueren jullie regelmatig.",
                    "Jij en je werkgever maken de eerstejaarsevaluatie. Lukt terugkeer in je eigen werk niet, dan start vaak een tweede spoor.",
                    "Je vraagt een WIA-uitkering aan. Je werkgever maakt met jou het re-integratieverslag, met het actueel oordeel van de bedrijfsarts en de eindevaluatie.",
                ]
            ],
            widths=[4, 4, 4, 4],
        ),
        P(
            "Je medische gegevens blijven bij de bedrijfsarts. Vragen? Bel 033 555 12 12 of kijk op arboeemland.example."
        ),
    ]
    css = "body { font-family: 'URW Gothic'; font-size: 10pt } h1 { color: #8c2659; font-size: 20pt } td { font-size: 9pt }"
    html = html_page(
        blocks_html(blocks, table_head_bg="#f2dde8"),
        title="Folder Ziek? Dit moet je weten",
        css=css,
        created=dt.datetime(2023, 9, 1, 9, 0),
    )
    name = "folder ziek.pdf"
    write_lo(out(C4, name), html, when=dt.datetime(2023, 9, 1, 9, 5))
    label(
        f"{C4}/{name}",
        None,
        None,
        f"{C4}; LibreOffice HTML import -> PDF; arbodienst leaflet walking through every step of the RIV",
    )


def case4() -> None:
    c4_docs()


# ==========================================================================================================
# case 5: mulder-autobedrijf -- a garage with an external casemanager: nearly everything arrives by e-mail
# ==========================================================================================================

C5 = "mulder-autobedrijf"
C5_BSN = make_bsn("c5-de-graaf")
C5_D0 = D("2023-11-13")
C5_JAN = ("Jan Mulder", "jan@autobedrijfmulder.example")
C5_PETRA = ("Petra Wiersma | Verzuimbegeleiding Noord", "p.wiersma@verzuimnoord.example")
C5_KEVIN = ("Kevin de Graaf", "kevindegraaf92@icloud.example")
C5_BA = ("M. Zijlstra", "m.zijlstra@arbohetnoorden.example")
PETRA_SIG = "\n\nMet vriendelijke groet,\n\nPetra Wiersma\nCasemanager verzuim\nVerzuimbegeleiding Noord\n050 555 31 31 | verzuimnoord.example\n"


def noorden_style(kind: str, *, medical: bool = False) -> TroffStyle:
    return TroffStyle(
        family="T",
        size=11,
        header_left="MEDISCH GEHEIM" if medical else "Arbodienst Het Noorden",
        header_right=kind,
        footer_left="Arbodienst Het Noorden · Peizerweg 112 · 9727 XX Groningen · arbohetnoorden.example",
        footer_page="{p}",
        letterhead=[],
        rule=False,
        creator="Het Noorden documentgenerator (groff 1.22.4)",
        title=kind,
    )


def c5_head(d: dt.date, contact: dt.date) -> KV:
    return KV(
        [
            ("Werknemer", "K. de Graaf, geboren 08-07-1992"),
            ("BSN", C5_BSN),
            ("Werkgever", "Autobedrijf Mulder & Zn. B.V., Roden"),
            ("Functie", "APK-monteur, 40 uur"),
            ("Eerste ziektedag", nl(C5_D0, "dmy")),
            ("Spreekuur", nl(contact, "dmy")),
            ("Datum", nl(d, "dmy")),
        ],
        boxed=False,
    )


def c5_docs() -> None:
    # not RIV: the internal sick report
    body = (
        "Hoi Petra,\n\nKevin de Graaf heeft zich vanochtend ziek gemeld. Hij is zaterdag bij het voetballen door zijn knie gegaan en "
        "kan niet lopen. Hij verwacht een paar weken thuis te zijn. Telefoonnummer heb je. Geen bedrijfsongeval.\n\n"
        "Kun jij de ziekmelding bij de arbodienst doen?\n\nGroet,\nJan\n\nVerstuurd vanaf mijn iPhone"
    )
    name = "Kevin ziek.eml"
    write_mail(
        out(C5, name),
        client="apple",
        sender=C5_JAN,
        to=[C5_PETRA],
        subject="Ziekmelding Kevin de Graaf",
        when=dt.datetime(2023, 11, 13, 8, 2, 44),
        body=body,
    )
    label(
        f"{C5}/{name}",
        None,
        None,
        f"{C5}; Apple Mail (iPhone) plain text; the employer's first-day sick report to the casemanager, subject 'Ziekmelding …' (not the UWV report)",
    )

    # probleemanalyse attached to the casemanager's mail
    d = D("2023-12-14")
    blocks: list[Block] = [
        T("Advies van de bedrijfsarts", "probleemanalyse"),
        c5_head(d, D("2023-12-12")),
        H("Beperkingen en mogelijkheden"),
        P(
            "Werknemer kan niet knielen, hurken of langdurig staan, en niet lopen op oneffen terrein. Zittend werk is mogelijk, met het been omhoog, enkele uren per dag. Autorijden is voorlopig niet toegestaan."
        ),
        H("Verwachting"),
        P("Er volgt een operatie. Het verzuim zal naar verwachting meer dan drie maanden duren."),
        H("Advies"),
        BL(
            [
                "Maak samen binnen twee weken een plan van aanpak.",
                "Mogelijk zittend werk: administratie werkplaats, telefoon, planning, vanaf januari 2 x 3 uur.",
                "Vervolgspreekuur na de operatie.",
            ]
        ),
        SG([("Bedrijfsarts", "M. Zijlstra", "bedrijfsarts (BIG 09061234501)", "", True)]),
    ]
    pa = write_troff_pdf(BUILD / "c5-pa.pdf", blocks, noorden_style("Probleemanalyse"), when=d)
    att = "PA_KdG_14-12-2023.pdf"
    name = "Probleemanalyse Kevin de Graaf.eml"
    write_mail(
        out(C5, name),
        client="thunderbird",
        sender=C5_PETRA,
        to=[C5_JAN],
        cc=[C5_KEVIN],
        subject="Probleemanalyse Kevin de Graaf",
        when=dt.datetime(2023, 12, 15, 9, 30, 10),
        body="Beste Jan,\n\nIn de bijlage het advies van de bedrijfsarts na het spreekuur van 12 december. Volgende week maken we samen met Kevin het plan van aanpak."
        + PETRA_SIG,
        attachments=[att_file(pa, att)],
    )
    label(
        f"{C5}/{name}::{att}",
        "probleemanalyse",
        d,
        f"{C5}; troff (Times) + Ghostscript attached to a Thunderbird mail; titled 'Advies van de bedrijfsarts', no date line (date only in the fields)",
    )

    # plan van aanpak typed in the casemanager's mail, forwarded inline by the employer
    d = D("2023-12-21")
    plan = (
        "Beste Jan en Kevin,\n\n"
        "Zoals vanmiddag besproken hierbij het plan van aanpak. Graag beiden per mail bevestigen dat jullie akkoord zijn, dan is het rond.\n\n"
        "PLAN VAN AANPAK – Kevin de Graaf (d.d. 21 december 2023)\n"
        f"BSN: {C5_BSN}\n"
        "Functie: APK-monteur, 40 uur\n"
        "Eerste ziektedag: 13 november 2023\n"
        "Probleemanalyse bedrijfsarts: 14 december 2023\n"
        "Casemanager: Petra Wiersma (Verzuimbegeleiding Noord)\n\n"
        "1. Doel: terugkeer in eigen werk als APK-monteur.\n"
        "2. Afspraken:\n"
        "   - Kevin wordt op 4 januari geopereerd (kruisband).\n"
        "   - Vanaf 2 weken na de operatie: zittend werk in de werkplaats (telefoon, planning, onderdelen bestellen), 2 x 3 uur per week, Jan haalt Kevin op.\n"
        "   - Fysiotherapie volgens het schema van het ziekenhuis.\n"
        "3. Evaluatie: elke 6 weken, eerste keer begin februari.\n"
        "4. Visie werkgever: Jan wil Kevin graag terug in de werkplaats en biedt zittend werk aan.\n"
        "5. Visie werknemer: Kevin wil zo snel mogelijk weer sleutelen.\n" + PETRA_SIG
    )
    fwd = (
        "Kevin, ter info nog even doorgestuurd, jij stond er niet goed in. Graag even reageren naar Petra.\n\nJan\n\n"
        "---------- Forwarded message ---------\n"
        "Van: Petra Wiersma | Verzuimbegeleiding Noord <p.wiersma@verzuimnoord.example>\n"
        "Date: do 21 dec 2023 om 16:48\n"
        "Subject: Plan van aanpak Kevin\n"
        "To: Jan Mulder <jan@autobedrijfmulder.example>\n\n" + plan
    )
    name = "Fwd_ plan van aanpak Kevin.eml"
    write_mail(
        out(C5, name),
        client="gmail",
        sender=C5_JAN,
        to=[C5_KEVIN],
        subject="Fwd: Plan van aanpak Kevin",
        when=dt.datetime(2023, 12, 22, 7, 55, 13),
        body=fwd,
    )
    label(
        f"{C5}/{name}",
        "plan_van_aanpak",
        d,
        f"{C5}; Gmail inline forward ('---------- Forwarded message ---------'); the plan typed in the forwarded body, dated 21 Dec, the forward sent 22 Dec",
    )

    # evaluations typed in mails
    d = D("2024-02-01")
    body = (
        "Beste Jan en Kevin,\n\nHierbij het verslag van onze evaluatie van het plan van aanpak, vandaag 1 februari 2024 in de kantine.\n\n"
        "Hoe gaat het: de operatie op 4 januari is goed verlopen. Kevin werkt sinds 22 januari 2 x 3 uur zittend aan de balie en de planning. Dat gaat goed.\n"
        "Afspraken: uitbreiden naar 3 x 4 uur vanaf 12 februari. Kevin rijdt nog niet zelf. Fysio 2 x per week.\n"
        "Volgende evaluatie: half maart.\n" + PETRA_SIG
    )
    name = "evaluatie 1 feb.eml"
    write_mail(
        out(C5, name),
        client="gmail",
        sender=C5_PETRA,
        to=[C5_JAN, C5_KEVIN],
        subject="Verslag evaluatie",
        when=dt.datetime(2024, 2, 1, 15, 20, 9),
        body=body,
    )
    label(f"{C5}/{name}", "tussentijdse_evaluatie", d, f"{C5}; Gmail mail body; 'Verslag evaluatie'")

    d = D("2024-03-14")
    body = (
        "Beste Jan en Kevin,\n\nTweede evaluatie, 14 maart 2024:\n\n"
        "- Kevin werkt 3 x 4 uur. Knielen en hurken gaan nog niet; de fysiotherapeut verwacht dat dat nog maanden duurt.\n"
        "- Kevin kan sinds maart weer zelf autorijden.\n"
        "- Afspraak: 4 x 5 uur vanaf 1 april, nog steeds zonder monteurswerk. Vervolgspreekuur bedrijfsarts op 9 april.\n\n"
        "Volgende evaluatie eind april." + PETRA_SIG + "\n"
        "Op do 1 feb 2024 om 15:20 schreef Petra Wiersma | Verzuimbegeleiding Noord <p.wiersma@verzuimnoord.example>:\n"
        "> Beste Jan en Kevin,\n>\n> Hierbij het verslag van onze evaluatie van het plan van aanpak, vandaag 1 februari 2024 in de kantine.\n"
        "> Hoe gaat het: de operatie op 4 januari is goed verlopen. [...]\n"
    )
    name = "RE_ evaluatie plan van aanpak.eml"
    write_mail(
        out(C5, name),
        client="gmail",
        sender=C5_PETRA,
        to=[C5_JAN, C5_KEVIN],
        subject="Re: Verslag evaluatie",
        when=dt.datetime(2024, 3, 14, 17, 2, 51),
        body=body,
        in_reply_to=msg_id("evaluatie 1 feb.eml"),
    )
    label(
        f"{C5}/{name}",
        "tussentijdse_evaluatie",
        d,
        f"{C5}; Gmail reply: the new evaluation on top, the previous one quoted below (two evaluation dates)",
    )

    d = D("2024-05-13")
    body = (
        "Beste Jan en Kevin,\n\n"
        "Na het spreekuur van de bedrijfsarts op 9 april en de uitslag van de MRI is duidelijk dat Kevin voorlopig geen monteurswerk kan doen "
        "(knielen, hurken, onder de auto). Daarom passen we het plan van aanpak van 21 december aan:\n\n"
        "Nieuw doel: aangepast werk als werkplaatsplanner / receptie, 32 uur (spoor 1). Terugkeer als monteur blijft het doel op de lange termijn.\n"
        "Afspraken: vanaf 20 mei 4 x 6 uur planning en receptie; cursus werkplaatsplanning (BOVAG) in juni.\n"
        "Evaluatie: elke 6 weken.\n\n"
        "Graag allebei even 'akkoord' terugmailen. Dan is dit de bijstelling van het plan van aanpak." + PETRA_SIG
    )
    name = "bijstelling plan van aanpak.eml"
    write_mail(
        out(C5, name),
        client="gmail",
        sender=C5_PETRA,
        to=[C5_JAN, C5_KEVIN],
        subject="Aanpassing plan van aanpak Kevin",
        when=dt.datetime(2024, 5, 13, 11, 40, 30),
        body=body,
    )
    label(
        f"{C5}/{name}", "bijstelling_plan_van_aanpak", d, f"{C5}; Gmail mail body; subject 'Aanpassing plan van aanpak'; the date only in the mail header"
    )

    # 42nd-week confirmation forwarded as a PDF attachment
    d = D("2024-09-06")
    src = BUILD / "c5-uwv42.pdf"
    uwv_letter(
        src,
        when=d,
        to_lines=["Autobedrijf Mulder & Zn. B.V.", "T.a.v. de heer J. Mulder", "Industrieweg 23", "9301 ZZ Roden"],
        refs=[("Ons kenmerk", "ZM/42/2024/0933551"), ("Loonheffingennummer", "819933004L01")],
        subject="Wij hebben uw ziekmelding ontvangen",
        body=[
            P("Geachte heer Mulder,"),
            P(
                f"Op 2 september 2024 heeft u de heer K. de Graaf (burgerservicenummer {C5_BSN}) ziek gemeld. Zijn eerste ziektedag is 13 november 2023."
            ),
            P(
                "Uw werknemer is bijna een jaar ziek. U maakt samen de eerstejaarsevaluatie. Daarna houdt u het re-integratiedossier bij tot de WIA-aanvraag."
            ),
        ],
        signer=("Afdeling Ziektewet", "UWV"),
        office="UWV Groningen",
    )
    att = "Bevestiging ziekmelding UWV.pdf"
    name = "Fwd_ Bevestiging ziekmelding.eml"
    write_mail(
        out(C5, name),
        client="gmail",
        sender=C5_PETRA,
        to=[C5_JAN],
        subject="Fwd: Bevestiging ziekmelding UWV",
        when=dt.datetime(2024, 9, 9, 10, 15, 0),
        body="Hoi Jan,\n\nDe bevestiging van UWV voor het dossier. De eerstejaarsevaluatie plannen we in oktober."
        + PETRA_SIG,
        attachments=[att_file(src, att)],
    )
    label(
        f"{C5}/{name}::{att}",
        "ziekmelding_uwv",
        d,
        f"{C5}; own PDF writer (UWV letter) attached to a Gmail forward; the report date (2 Sept) differs from the letter date",
    )

    # eerstejaarsevaluatie as a Word 97 .doc (the casemanager's template, LibreOffice)
    d = D("2024-10-21")
    blocks = [
        T("Eerstejaarsevaluatie", "Verzuimbegeleiding Noord – verslag"),
        KV(
            [
                ("Werknemer", "Kevin de Graaf"),
                ("BSN", C5_BSN),
                ("Werkgever", "Autobedrijf Mulder & Zn. B.V."),
                ("Eerste ziektedag", "13-11-2023"),
                ("Datum gesprek", "21-10-2024"),
                ("Aanwezig", "J. Mulder, K. de Graaf, P. Wiersma"),
            ]
        ),
        H("Terugblik"),
        P(
            "Na de kruisbandoperatie in januari 2024 herstelde de knie langzaam. Kevin werkt sinds mei als werkplaatsplanner en aan de receptie, nu 32 uur. Monteurswerk is niet mogelijk gebleken."
        ),
        H("Doel tweede ziektejaar"),
        P(
            "Structureel werkplaatsplanner, 32-40 uur (spoor 1). Een tweede spoor is niet nodig: er is passend werk voor (bijna) alle uren."
        ),
        H("Visie werkgever en werknemer"),
        P("Jan: Kevin doet het goed als planner. Kevin: ik mis het sleutelen, maar het plannen bevalt."),
        SG(
            [
                ("Werkgever", "J. Mulder", "directeur", "21-10-2024", True),
                ("Werknemer", "K. de Graaf", "", "21-10-2024", True),
            ]
        ),
    ]
    css = "body { font-family: 'Nimbus Sans'; font-size: 10.5pt } h1 { font-size: 16pt; color: #1d5f8a } h2 { font-size: 11.5pt; color: #1d5f8a }"
    html = html_page(
        blocks_html(blocks, kv_label_bg="#dcebf5"),
        title="Eerstejaarsevaluatie",
        css=css,
        created=dt.datetime(2024, 10, 21, 16, 0),
    )
    name = "EJE Kevin.doc"
    write_lo(out(C5, name), html, when=dt.datetime(2024, 10, 21, 16, 10), fmt="doc")
    label(
        f"{C5}/{name}",
        "eerstejaarsevaluatie",
        d,
        f"{C5}; Word 97 .doc written by LibreOffice; says no second track is needed",
    )

    # deskundigenoordeel asked by the employee
    d = D("2025-02-20")
    body2: list[Block] = [
        P("Geachte heer De Graaf,"),
        P(
            "U heeft op 14 januari 2025 een deskundigenoordeel aangevraagd. U wilt weten of u uw eigen werk als APK-monteur weer kunt doen."
        ),
        H("Ons oordeel"),
        P("**U bent op dit moment niet geschikt voor uw eigen werk als APK-monteur.**"),
        H("Toelichting"),
        P(
            "De verzekeringsarts heeft u op 6 februari 2025 onderzocht. Knielen, hurken en langdurig staan zijn voor u op dit moment niet mogelijk. Het werk van APK-monteur vraagt dat wel. Het werk als werkplaatsplanner dat u nu doet, past wel bij uw mogelijkheden."
        ),
        H("Wat betekent dit oordeel?"),
        P(
            "Een deskundigenoordeel is een advies en geen besluit. Uw werkgever ontvangt een kopie. U kunt het oordeel gebruiken in gesprekken met uw werkgever."
        ),
    ]
    name = "Deskundigenoordeel UWV Kevin.pdf"
    uwv_letter(
        out(C5, name),
        when=d,
        to_lines=["De heer K. de Graaf", "Meester Dassenstraat 5", "9301 XX Roden"],
        refs=[("Ons kenmerk", "DO/2025/611207"), ("Burgerservicenummer", C5_BSN)],
        subject="Uw aanvraag deskundigenoordeel",
        body=body2,
        signer=("mw. dr. L. Postma, verzekeringsarts", "UWV"),
        office="UWV Groningen",
    )
    label(
        f"{C5}/{name}",
        "deskundigenoordeel",
        d,
        f"{C5}; own PDF writer (UWV letter), requested by the employee; subject 'Uw aanvraag deskundigenoordeel'",
    )

    # week-88 letter photographed by the employee and mailed from his iPhone
    d = D("2025-07-16")
    src = BUILD / "c5-uwv88.pdf"
    uwv_letter(
        src,
        when=d,
        to_lines=["De heer K. de Graaf", "Meester Dassenstraat 5", "9301 XX Roden"],
        refs=[("Ons kenmerk", "WIA/88/2025/4410397"), ("Burgerservicenummer", C5_BSN)],
        subject="U kunt een WIA-uitkering aanvragen",
        body=[
            P("Geachte heer De Graaf,"),
            P("U bent bijna 2 jaar ziek. U kunt een WIA-uitkering aanvragen, uiterlijk op 13 augustus 2025."),
            P("Stuur het re-integratieverslag, uw eigen oordeel en de medische informatie van de bedrijfsarts mee."),
        ],
        signer=("Team WIA", "UWV"),
        office="UWV Groningen",
    )
    r = rng_for("c5-photo")
    ph = photograph(raster(src, 120)[0], r, long_side=1500, tilt=0.05, light=0.28, bg=(150, 140, 120))
    jpg = save_jpeg(
        ph,
        BUILD / "IMG_2291.jpeg",
        quality=66,
        exif={
            "make": "Apple",
            "model": "iPhone 12",
            "taken": dt.datetime(2025, 7, 19, 10, 4, 12),
            "software": "17.5.1",
        },
    )
    att = "IMG_2291.jpeg"
    name = "brief van UWV.eml"
    write_mail(
        out(C5, name),
        client="apple",
        sender=C5_KEVIN,
        to=[C5_PETRA],
        subject="brief van UWV",
        when=dt.datetime(2025, 7, 19, 10, 5, 40),
        body="Hoi Petra, deze brief kreeg ik van UWV. Wat moet ik nu doen?\n\nKevin\n\nVerstuurd vanaf mijn iPhone",
        attachments=[att_file(jpg, att)],
    )
    label(
        f"{C5}/{name}::{att}",
        "uwv_correspondentie",
        d,
        f"{C5}; phone photo (EXIF) of the UWV week-88 letter inside an iPhone mail; the photo and mail are three days younger",
    )

    # actueel oordeel and medical information in one mail to the casemanager and the employer
    d = D("2025-07-28")
    ao = write_troff_pdf(
        BUILD / "c5-ao.pdf",
        [
            T("Actueel oordeel"),
            c5_head(d, D("2025-07-24")),
            H("Stand van zaken"),
            P(
                "Werknemer werkt sinds mei 2024 als werkplaatsplanner en receptionist, sinds januari 2025 36 uur per week. Het eigen werk als APK-monteur is niet meer mogelijk (zie ook het deskundigenoordeel van UWV van 20-02-2025)."
            ),
            H("Belastbaarheid"),
            P(
                "Blijvend beperkt in knielen, hurken, klimmen en langdurig staan (maximaal 30 minuten). Zittend en afwisselend werk kan volledig."
            ),
            H("Arbeidsrelatie"),
            P("Goed."),
            H("Passende arbeid bij de werkgever"),
            P("Werkplaatsplanner/receptie, 36 uur, is passend. Uitbreiding naar 40 uur lijkt mogelijk."),
            SG([("Bedrijfsarts", "M. Zijlstra", "bedrijfsarts", "", True)]),
        ],
        noorden_style("Actueel oordeel"),
        when=d,
    )
    mi = write_troff_pdf(
        BUILD / "c5-mi.pdf",
        [
            T("Medische informatie", "bijlage bij het re-integratieverslag – uitsluitend voor de verzekeringsarts"),
            c5_head(d, D("2025-07-24")),
            H("Diagnose"),
            P(
                "Voorste kruisbandruptuur links (november 2023) met mediale meniscusletsel; VKB-reconstructie 04-01-2024. Sindsdien vroege artrose mediaal compartiment links (MRI 04-2024, orthopeed UMCG-regio)."
            ),
            H("Behandeling"),
            P(
                "Fysiotherapie tot 12-2024. Pijnstilling zo nodig (diclofenac). Orthopeed: geen verdere operatie, kniebrace bij belasting."
            ),
            H("Prognose"),
            P("Blijvende beperkingen voor knie-belastend werk."),
            SG([("Bedrijfsarts", "M. Zijlstra", "bedrijfsarts", "", True)]),
        ],
        noorden_style("Medische informatie", medical=True),
        when=d,
    )
    name = "AO en medische info.eml"
    a1, a2 = "Actueel oordeel KdG.pdf", "Medische informatie KdG.pdf"
    write_mail(
        out(C5, name),
        client="thunderbird",
        sender=C5_BA,
        to=[C5_PETRA],
        cc=[C5_JAN],
        subject="Actueel oordeel en medische informatie K. de Graaf",
        when=dt.datetime(2025, 7, 28, 13, 45, 2),
        body="Beste mevrouw Wiersma,\n\nBijgaand het actueel oordeel en de medische informatie ten behoeve van de WIA-aanvraag van de heer De Graaf.\n\nMet vriendelijke groet,\nM. Zijlstra, bedrijfsarts\nArbodienst Het Noorden\n",
        attachments=[att_file(ao, a1), att_file(mi, a2)],
    )
    label(
        f"{C5}/{name}::{a1}",
        "actueel_oordeel",
        d,
        f"{C5}; troff (Times) + Ghostscript, attached to a Thunderbird mail together with the medical information",
    )
    label(
        f"{C5}/{name}::{a2}",
        "medische_informatie",
        d,
        f"{C5}; troff + Ghostscript, 'MEDISCH GEHEIM' header; sent by the bedrijfsarts to the casemanager with the employer in cc",
    )

    # signed eindevaluatie scanned and mailed (non-ASCII attachment name, RFC 2231)
    d = D("2025-08-05")
    blocks = [
        T("Eindevaluatie", "Verzuimbegeleiding Noord – re-integratieverslag"),
        KV(
            [
                ("Werknemer", "Kevin de Graaf"),
                ("BSN", C5_BSN),
                ("Werkgever", "Autobedrijf Mulder & Zn. B.V."),
                ("Eerste ziektedag", "13-11-2023"),
                ("Datum", "05-08-2025"),
            ]
        ),
        H("Aard van het bedrijf"),
        P(
            "Garagebedrijf in Roden: onderhoud en reparatie van personenauto's, APK, verkoop van occasions; 22 medewerkers."
        ),
        H("Terugblik"),
        P(
            "Kevin kon na zijn knieletsel niet terug als monteur. Sinds mei 2024 werkt hij als werkplaatsplanner en aan de receptie, nu 36 uur per week. UWV bevestigde in februari 2025 dat het eigen werk niet meer passend is."
        ),
        H("Arbeidsrelatie"),
        P("Goed."),
        H("Passende arbeid bij de werkgever"),
        P("Werkplaatsplanner / receptie 36 uur, uitbreiding naar 40 uur per 1 september 2025 afgesproken."),
        SG(
            [
                ("Werkgever", "J. Mulder", "directeur", "05-08-2025", True),
                ("Werknemer", "K. de Graaf", "", "05-08-2025", True),
            ]
        ),
    ]
    html = html_page(
        blocks_html(blocks, kv_label_bg="#dcebf5"),
        title="Eindevaluatie",
        css=css,
        created=dt.datetime(2025, 8, 5, 9, 0),
    )
    ev = write_lo(BUILD / "c5-ev.pdf", html, when=dt.datetime(2025, 8, 5, 9, 0))
    r = rng_for("c5-ev-scan")
    pages = sign_pages(ev, raster(ev, 150), 150, r, names=["J. Mulder", "K. de Graaf"])
    pages = [degrade_scan(p, r, angle=0.9, contrast=0.88, blur=0.5) for p in pages]
    ev_scan = write_scan_pdf(
        BUILD / "c5-ev-scan.pdf", pages, dpi=150, when=dt.datetime(2025, 8, 5, 14, 30), producer="HP Smart", quality=50
    )
    att = "Eindevaluatie – getekend.pdf"
    name = "EV getekend.eml"
    write_mail(
        out(C5, name),
        client="gmail",
        sender=C5_PETRA,
        to=[C5_JAN, C5_KEVIN],
        subject="Eindevaluatie getekend",
        when=dt.datetime(2025, 8, 5, 15, 1, 0),
        body="Beste Jan en Kevin,\n\nIn de bijlage de getekende eindevaluatie. Kevin, wil jij je eigen oordeel over het re-integratieverslag nog sturen?"
        + PETRA_SIG,
        attachments=[att_file(ev_scan, att)],
    )
    label(
        f"{C5}/{name}::{att}",
        "eindevaluatie",
        d,
        f"{C5}; LibreOffice PDF signed and scanned (no text layer), attached to a Gmail mail under an RFC 2231 file name with an en dash",
    )

    # the employee's view as a Word file attached from his iPhone
    d = D("2025-08-08")
    r = rng_for("c5-ow")
    doc = docx_new("Calibri", 11)
    for t in [
        "Roden, 8 augustus 2025",
        "",
        "Aan Verzuimbegeleiding Noord en Autobedrijf Mulder",
        "",
        f"Mijn mening over het re-integratieverslag – Kevin de Graaf, BSN {C5_BSN}",
        "",
        "Ik heb alle stukken gekregen en gelezen. Ik ben het eens met het verslag. Jan en Petra hebben goed geholpen om werk te vinden dat ik wel kan doen. Ik had alleen graag eerder gehoord dat ik niet meer als monteur terug kon, dat heeft lang geduurd.",
        "",
        "Met vriendelijke groet,",
        "Kevin de Graaf",
    ]:
        c1_para(doc, t, r)
    docx_path = docx_save(
        doc, BUILD / "Mijn oordeel.docx", when=dt.datetime(2025, 8, 8, 21, 10), author="Kevin de Graaf", revision=2
    )
    att = "Mijn oordeel.docx"
    name = "mijn oordeel.eml"
    write_mail(
        out(C5, name),
        client="apple",
        sender=C5_KEVIN,
        to=[C5_PETRA],
        cc=[C5_JAN],
        subject="mijn oordeel",
        when=dt.datetime(2025, 8, 8, 21, 14, 5),
        body="Hoi Petra,\n\nHierbij mijn stuk.\n\nGroet Kevin\n\nVerstuurd vanaf mijn iPhone",
        attachments=[att_file(docx_path, att)],
    )
    label(
        f"{C5}/{name}::{att}",
        "oordeel_werknemer",
        d,
        f"{C5}; python-docx typed free-form, attached to an iPhone mail; 'Mijn mening over het re-integratieverslag'",
    )


def case5() -> None:
    c5_docs()


# ==========================================================================================================
# case 6: hofstede-hotel -- an arbodienst that still faxes, a verzuim app saved as web pages and screenshots
# ==========================================================================================================

C6 = "hofstede-hotel"
C6_BSN = make_bsn("c6-verhulst")
C6_D0 = D("2024-09-02")
ZD_BLUE = (0.0, 0.3, 0.5)


def zeeuwse_delta_fax(
    dest: Path, *, title: str, blocks: list[Block], d: dt.date, sent: dt.datetime, pages_note: str
) -> Path:
    """Arbodienst Zeeuwse Delta: a typewriter-like report (Courier) faxed to the hotel."""
    pdf = RawPdf(producer="ZD", when=d)
    st = RawStyle(
        font="Courier",
        bold="Courier-Bold",
        italic="Courier",
        size=10,
        lead=13,
        left=60,
        right=50,
        top=70,
        bottom=70,
        accent=(0, 0, 0),
        kv_label_w=170,
        kv_fill=None,
    )

    def header(pg: RawPage, n: int) -> float:
        if n == 1:
            pg.text(60, 50, "ARBODIENST ZEEUWSE DELTA", "Courier-Bold", 13)
            pg.text(
                60, 63, "Bedrijfsgezondheidszorg - Nieuwe Burg 3 - 4331 XX Middelburg - tel 0118-555 600", "Courier", 8
            )
            pg.line(60, 68, PAGE_W - 50, 68, 1.0)
            pg.text(60, 92, title.upper(), "Courier-Bold", 12)
            return 104
        return 60

    def footer(pg: RawPage, n: int, total: int) -> None:
        pg.text(60, 815, f"ZD/verzuim/{pages_note}   blad {n} van {total}", "Courier", 8)

    fl = Flow(pdf, st, header=header, footer=footer)
    fl.run(blocks)
    fl.finish()
    src = pdf.save(BUILD / "zd.pdf")
    fax_pages = []
    rasters = raster(src, 200)
    for i, pg in enumerate(rasters):
        canvas = Image.new("L", pg.size, 255)
        canvas.paste(pg, (0, 36))
        ImageDraw.Draw(canvas).text(
            (30, 6),
            f"{sent:%d-%m-%Y %H:%M}   FROM: ARBO ZEEUWSE DELTA  +31118555601   TO: HOTEL DE HOFSTEDE   P.{i + 2:03d}/{len(rasters) + 1:03d}",
            font=font("DejaVuSansMono", 22),
            fill=0,
        )
        fax_pages.append(canvas)
    return write_fax_tiff(dest, fax_pages, when=sent, software="Brother MFC-L2710DW fax2mail")


def verzuimdirect_page(title: str, crumb: str, body: list[Block], *, saved_url: str, modified: str) -> str:
    """A page of the verzuim app saved with the browser ('Webpagina, compleet'): menu, sidebar, hidden dialogs, scripts."""
    css = (
        "body{margin:0;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;color:#1c2733;background:#f4f6f8}"
        " header{background:#17324d;color:#fff;padding:10px 20px} header b{font-size:18px} nav.side{float:left;width:220px;background:#fff;"
        "min-height:900px;border-right:1px solid #dde3ea;padding:12px} nav.side a{display:block;color:#17324d;padding:5px 0;text-decoration:none}"
        " main{margin-left:260px;padding:20px;max-width:820px} .card{background:#fff;border:1px solid #dde3ea;border-radius:6px;padding:16px;margin-bottom:14px}"
        " h1{font-size:22px;color:#17324d} h2{font-size:16px;color:#17324d} table{border-collapse:collapse;width:100%} td{padding:6px;border-bottom:1px solid #eee;vertical-align:top}"
        " .modal{display:none} .sr-only{position:absolute;left:-9999px}"
    )
    side = "".join(
        f'<a href="#/{s.lower().replace(" ", "-")}">{s}</a>'
        for s in [
            "Dashboard",
            "Ziekmelding",
            "Probleemanalyse",
            "Plan van aanpak",
            "Gespreksverslagen",
            "Bijstellingen",
            "Eerstejaarsevaluatie",
            "Actueel oordeel",
            "Eindevaluatie",
            "Documenten",
            "Taken",
        ]
    )
    return (
        f"<!DOCTYPE html>\n<!-- saved from url=({len(saved_url):04d}){saved_url} -->\n"
        '<html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html_escape(title)} | VerzuimDirect</title><style>{css}</style>"
        '<script src="./VerzuimDirect_files/app.3f9c1e.js"></script></head><body>'
        '<header><b>VerzuimDirect</b> &nbsp; Hotel De Hofstede B.V. <span style="float:right">J. de Visser (HR) · Uitloggen</span></header>'
        f'<nav class="side"><p><b>I. Verhulst</b><br>Medewerker huishouding<br>24 uur · sinds 01-03-2009</p>{side}</nav>'
        f'<main><p style="color:#6b7785">{html_escape(crumb)}</p><div class="card">'
        + blocks_html(body, kv_label_bg="#eef2f6", table_head_bg="#eef2f6")
        + f'</div><p style="color:#99a">Laatst gewijzigd: {modified}</p></main>'
        '<div class="modal" id="confirm-delete"><p>Weet u zeker dat u dit document wilt verwijderen? Verwijderde gespreksverslagen, '
        "plannen van aanpak en evaluaties kunnen niet worden hersteld.</p></div>"
        '<span class="sr-only">Sneltoetsen: P = probleemanalyse, E = eindevaluatie</span>'
        '<script>window.__VD_STATE__={"tenant":"hofstede","user":"jdevisser","feature":{"riv":true}};</script></body></html>\n'
    )


def phone_screenshot(lines: list[tuple[str, str]], r: random.Random) -> Image.Image:
    """A phone screenshot of the app (portrait, status bar, card with text)."""
    W, Hh = 1080, 2340
    img = Image.new("RGB", (W, Hh), (244, 246, 248))
    d = ImageDraw.Draw(img)
    d.text((60, 30), "09:41", font=font("DejaVuSans-Bold", 40), fill=(0, 0, 0))
    d.text((W - 200, 30), "4G  82%", font=font("DejaVuSans", 36), fill=(0, 0, 0))
    d.rectangle([0, 110, W, 260], fill=(23, 50, 77))
    d.text((60, 150), "‹  VerzuimDirect", font=font("DejaVuSans-Bold", 52), fill=(255, 255, 255))
    d.rounded_rectangle([40, 300, W - 40, Hh - 200], 30, fill=(255, 255, 255), outline=(221, 227, 234), width=3)
    y = 350
    import textwrap

    for kind, text in lines:
        f = {
            "h": font("DejaVuSans-Bold", 50),
            "b": font("DejaVuSans-Bold", 38),
            "t": font("DejaVuSans", 38),
            "s": font("DejaVuSans", 32),
        }[kind]
        col = (23, 50, 77) if kind in "hb" else ((110, 120, 133) if kind == "s" else (28, 39, 51))
        for ln in textwrap.wrap(text, 40 if kind != "h" else 28) or [""]:
            d.text((80, y), ln, font=f, fill=col)
            y += int(f.size * 1.35)
        y += 18
    d.rounded_rectangle([80, Hh - 330, W - 80, Hh - 230], 50, fill=(23, 50, 77))
    d.text((W // 2 - 190, Hh - 305), "Verslag delen", font=font("DejaVuSans-Bold", 44), fill=(255, 255, 255))
    return img


def c6_docs() -> None:
    wn = [
        ("Medewerker", "mevrouw I. Verhulst, geboren 17-04-1968"),
        ("BSN", C6_BSN),
        ("Werkgever", "Hotel De Hofstede B.V., Vlissingen"),
        ("Functie", "medewerker huishouding, 24 uur"),
        ("Eerste ziektedag", "02-09-2024"),
    ]

    # fax cover sheet (not RIV) and the probleemanalyse behind it, as two fax2mail TIFFs
    cover = Image.new("L", (1654, 2339), 255)
    dd = ImageDraw.Draw(cover)
    dd.text((120, 150), "FAXBERICHT", font=font("DejaVuSans-Bold", 80), fill=0)
    rows = [
        ("Aan", "Hotel De Hofstede – t.a.v. mevrouw J. de Visser (HR)"),
        ("Faxnummer", "0118-555 900"),
        ("Van", "Arbodienst Zeeuwse Delta, secretariaat"),
        ("Datum", "10-10-2024"),
        ("Aantal pagina's", "2 (inclusief dit voorblad)"),
        ("Betreft", "probleemanalyse mevrouw I. Verhulst"),
    ]
    y = 360
    for k, v in rows:
        dd.text((120, y), k, font=font("DejaVuSans-Bold", 40), fill=0)
        dd.text((560, y), v, font=font("DejaVuSans", 40), fill=0)
        y += 80
    for i, t in enumerate(
        [
            "Bijgaand de probleemanalyse van de bedrijfsarts.",
            "Het plan van aanpak moet binnen twee weken worden opgesteld.",
            "Vertrouwelijk: dit bericht is alleen voor de geadresseerde.",
        ]
    ):
        dd.text((120, y + 80 + i * 52), t, font=font("DejaVuSans", 36), fill=0)
    header = Image.new("L", cover.size, 255)
    header.paste(cover, (0, 36))
    ImageDraw.Draw(header).text(
        (30, 6),
        "10-10-2024 09:11   FROM: ARBO ZEEUWSE DELTA  +31118555601   TO: HOTEL DE HOFSTEDE   P.001/002",
        font=font("DejaVuSansMono", 22),
        fill=0,
    )
    name = "fax_20241010_0911.tif"
    write_fax_tiff(
        out(C6, name), [header], when=dt.datetime(2024, 10, 10, 9, 11, 40), software="Brother MFC-L2710DW fax2mail"
    )
    label(
        f"{C6}/{name}",
        None,
        None,
        f"{C6}; fax cover sheet as its own TIFF ('Betreft: probleemanalyse'), the report follows in the next fax file",
    )

    d = D("2024-10-09")
    blocks: list[Block] = [
        KV([*wn, ("Spreekuur", "08-10-2024"), ("Datum rapport", "09-10-2024"), ("Bedrijfsarts", "H. de Kok")]),
        H("Beperkingen en mogelijkheden"),
        P(
            "Betrokkene is beperkt in het gebruik van beide handen: knijpen, wringen, repeterend grijpen en het duwen van zware karren. Werken met de handen in koud water is niet mogelijk. Lichte taken zonder kracht in de handen zijn 3 uur per dag mogelijk (linnenkamer: vouwen, controle)."
        ),
        H("Prognose"),
        P(
            "Verbetering wordt verwacht bij behandeling, maar het verzuim zal langer dan 3 maanden duren (dreigend langdurig verzuim)."
        ),
        H("Advies"),
        P(
            "Maak binnen 2 weken een plan van aanpak. Start met licht werk in de linnenkamer, 3 x 3 uur. Geen kamers schoonmaken. Nieuw consult over 6 weken."
        ),
        SG([("Bedrijfsarts", "H. de Kok", "bedrijfsarts", "09-10-2024", True)]),
    ]
    name = "fax_20241010_0912.tif"
    zeeuwse_delta_fax(
        out(C6, name),
        title="Probleemanalyse",
        blocks=blocks,
        d=d,
        sent=dt.datetime(2024, 10, 10, 9, 12, 5),
        pages_note="PA-2024-1187",
    )
    label(
        f"{C6}/{name}",
        "probleemanalyse",
        d,
        f"{C6}; own PDF writer in Courier, rastered to a G4 fax TIFF with fax header lines (fax date 10-10-2024 on every page)",
    )

    # plan van aanpak: saved page of the verzuim app
    d = D("2024-10-22")
    body = [
        T("Plan van aanpak"),
        KV(
            [
                *wn,
                ("Datum plan", "22-10-2024"),
                ("Casemanager", "Joke de Visser (HR)"),
                ("Status", "Definitief – akkoord werknemer 22-10-2024 15:40, akkoord werkgever 22-10-2024 15:52"),
            ]
        ),
        H("Doel"),
        P("Terugkeer in eigen werk als medewerker huishouding (spoor 1)."),
        H("Activiteiten"),
        TB(
            ["Activiteit", "Wie", "Wanneer"],
            [
                ["Licht werk linnenkamer 3 x 3 uur", "Ilse / teamleider huishouding", "vanaf 28-10-2024"],
                ["Behandeling volgen", "Ilse", "lopend"],
                ["Evaluatie", "Joke, Ilse", "elke 6 weken"],
            ],
            widths=[6, 4, 3],
        ),
        H("Visie werkgever"),
        P("De Hofstede wil Ilse na 15 jaar graag behouden."),
        H("Visie werknemer"),
        P("Ik wil graag weer aan het werk, maar kamers doen lukt nu niet."),
    ]
    name = "Plan van aanpak - VerzuimDirect.html"
    out(C6, name).write_text(
        verzuimdirect_page(
            "Plan van aanpak",
            "Dossier I. Verhulst › Plan van aanpak",
            body,
            saved_url="https://app.verzuimdirect.example/#/dossier/20931/pva",
            modified="22-10-2024 15:52",
        ),
        encoding="utf-8",
    )
    label(
        f"{C6}/{name}",
        "plan_van_aanpak",
        d,
        f"{C6}; verzuim-app page saved as .html: side menu listing every RIV document, a hidden delete dialog naming plans and evaluations, scripts",
    )

    # evaluation: a phone screenshot of the app
    d = D("2024-12-03")
    img = phone_screenshot(
        [
            ("h", "Gespreksverslag"),
            ("s", "Evaluatie plan van aanpak · 3 december 2024"),
            ("b", "Medewerker"),
            ("t", f"Ilse Verhulst (BSN {C6_BSN})"),
            ("b", "Voortgang"),
            (
                "t",
                "Ilse werkt 3 x 4 uur in de linnenkamer. Dat gaat goed. Schoonmaken van kamers lukt nog niet door pijn in de handen. Ze is onder behandeling in het ziekenhuis.",
            ),
            ("b", "Afspraken"),
            ("t", "4 x 4 uur vanaf 9 december. Volgende evaluatie half januari. Bedrijfsarts 17 december."),
            ("s", "Vastgelegd door J. de Visser · 03-12-2024 16:22"),
        ],
        rng_for("c6-shot"),
    )
    name = "Gespreksverslag 3 december.png"
    save_png(img, out(C6, name), colors=32)
    label(
        f"{C6}/{name}",
        "tussentijdse_evaluatie",
        d,
        f"{C6}; phone screenshot (PNG, portrait) of the app's 'Gespreksverslag'",
    )

    # inzetbaarheidsprofiel, faxed
    d = D("2024-12-17")
    profile = {
        "Hand- en vingergebruik": "beperkt: geen knijpkracht, niet repeterend",
        "Tillen of dragen": "beperkt: max. 5 kg",
        "Hitte, koude, trillingen": "beperkt: niet werken met koud water",
        "Uren per dag": "beperkt: 4 uur",
        "Uren per week": "beperkt: 16-20 uur",
    }
    blocks = [
        KV([*wn, ("Spreekuur", "17-12-2024"), ("Bedrijfsarts", "H. de Kok")]),
        P("Inzetbaarheidsprofiel per rubriek. Geldig tot de volgende rapportage."),
        TB(["Rubriek", "Onderdeel", "Oordeel"], izp_rows(profile), widths=[5, 5, 5]),
        SG([("Bedrijfsarts", "H. de Kok", "bedrijfsarts", "17-12-2024", True)]),
    ]
    name = "fax_20241218_1402.tif"
    zeeuwse_delta_fax(
        out(C6, name),
        title="Inzetbaarheidsprofiel",
        blocks=blocks,
        d=d,
        sent=dt.datetime(2024, 12, 18, 14, 2, 31),
        pages_note="IZP-2024-1187",
    )
    label(
        f"{C6}/{name}",
        "inzetbaarheidsprofiel",
        d,
        f"{C6}; Courier report as a multi-page G4 fax TIFF, sent a day later",
    )

    # rheumatologist's letter (medical)
    d = D("2025-01-22")
    st = RawStyle(
        font="Helvetica", bold="Helvetica-Bold", size=9.5, lead=13, left=66, right=60, top=80, accent=(0.0, 0.35, 0.6)
    )
    name = "brief reumatoloog.pdf"
    simple_letter(
        out(C6, name),
        when=d,
        sender=["Ziekenhuis Walcheren-Oost", "Reumatologie", "Koudekerkseweg 88, 4382 XX Vlissingen"],
        to_lines=[
            "Arbodienst Zeeuwse Delta",
            "t.a.v. de heer H. de Kok, bedrijfsarts",
            "Nieuwe Burg 3",
            "4331 XX Middelburg",
        ],
        place_date=f"Vlissingen, {nl(d)}",
        ref_line=f"Patiënt: mw. I. Verhulst, 17-04-1968, BSN {C6_BSN}",
        subject="informatie op uw verzoek van 20-12-2024",
        body=[
            P("Geachte collega,"),
            P("Met toestemming van patiënte bericht ik u het volgende."),
            H("Diagnose"),
            P(
                "Reumatoïde artritis (ICD-10 M06.9), seropositief, met synovitis van de MCP- en PIP-gewrichten van beide handen, diagnose november 2024."
            ),
            H("Behandeling"),
            P(
                "Methotrexaat 15 mg per week sinds 25-11-2024, foliumzuur, tijdelijk prednison (afbouwschema). Handtherapie via de ergotherapeut."
            ),
            H("Verwachting"),
            P(
                "Bij een goede respons verwachten wij binnen 3 tot 6 maanden duidelijke afname van de ontstekingsactiviteit. Knijpkracht en belastbaarheid van de handen blijven waarschijnlijk verminderd."
            ),
        ],
        closing=["Met collegiale groet,", "drs. A. van Damme, reumatoloog"],
        style=st,
        producer="HiX brieven",
        footer_text="Medisch geheim. Uitsluitend voor de geadresseerde.",
    )
    label(
        f"{C6}/{name}",
        "medische_informatie",
        d,
        f"{C6}; specialist letter to the bedrijfsarts (own PDF writer) in the hotel's HR folder; diagnosis, ICD code, medication",
    )

    # bijstelling probleemanalyse, faxed
    d = D("2025-03-11")
    blocks = [
        KV(
            [
                *wn,
                ("Spreekuur", "11-03-2025"),
                ("Vorige rapportage", "probleemanalyse 09-10-2024"),
                ("Bedrijfsarts", "H. de Kok"),
            ]
        ),
        H("Bijstelling"),
        P(
            "De beperkingen van de handen zijn ondanks behandeling blijvend. Het eigen werk (kamers schoonmaken, bedden opmaken, karren duwen) is niet meer passend. Licht werk zonder knijpkracht kan 4 uur per dag, 5 dagen per week."
        ),
        H("Advies"),
        P(
            "Stel het plan van aanpak bij: doel ander passend werk binnen het hotel (linnenkamer, ontbijtservice zonder tillen, receptie-ondersteuning). Laat een arbeidsdeskundig onderzoek doen voor de eerstejaarsevaluatie."
        ),
        SG([("Bedrijfsarts", "H. de Kok", "bedrijfsarts", "11-03-2025", True)]),
    ]
    name = "fax_20250312_1033.tif"
    zeeuwse_delta_fax(
        out(C6, name),
        title="Bijstelling probleemanalyse",
        blocks=blocks,
        d=d,
        sent=dt.datetime(2025, 3, 12, 10, 33, 50),
        pages_note="BPA-2024-1187",
    )
    label(
        f"{C6}/{name}", "bijstelling_probleemanalyse", d, f"{C6}; Courier report as a G4 fax TIFF, faxed the next day"
    )

    # bijstelling plan van aanpak: saved app page
    d = D("2025-03-18")
    body = [
        T("Bijstelling plan van aanpak"),
        KV(
            [
                *wn,
                ("Datum bijstelling", "18-03-2025"),
                ("Aanleiding", "bijstelling probleemanalyse 11-03-2025"),
                ("Status", "Definitief – akkoord beide partijen 18-03-2025"),
            ]
        ),
        H("Nieuw doel"),
        P("Ander werk binnen Hotel De Hofstede: linnenkamer en ontbijtservice, 20 uur (spoor 1)."),
        H("Afspraken"),
        BL(
            [
                "Proef ontbijtservice vanaf 24 maart, 3 ochtenden.",
                "Arbeidsdeskundig onderzoek aanvragen (april).",
                "Evaluatie elke 6 weken.",
            ]
        ),
    ]
    name = "Bijstelling plan van aanpak - VerzuimDirect.html"
    out(C6, name).write_text(
        verzuimdirect_page(
            "Bijstelling plan van aanpak",
            "Dossier I. Verhulst › Bijstellingen › 18-03-2025",
            body,
            saved_url="https://app.verzuimdirect.example/#/dossier/20931/bijstelling/2",
            modified="18-03-2025 11:05",
        ),
        encoding="utf-8",
    )
    label(
        f"{C6}/{name}",
        "bijstelling_plan_van_aanpak",
        d,
        f"{C6}; verzuim-app page saved as .html (same traps as the plan)",
    )

    # 42nd-week report: a Mac screenshot of the UWV portal
    d = D("2025-06-20")

    def draw(dd: ImageDraw.ImageDraw, page: Image.Image) -> None:
        f13, fb, f22 = font("DejaVuSans", 15), font("DejaVuSans-Bold", 15), font("DejaVuSans-Bold", 24)
        dd.rectangle([0, 0, page.width, 60], fill=(0, 74, 140))
        dd.text((40, 14), "UWV", font=font("DejaVuSans-Bold", 28), fill=(255, 255, 255))
        dd.text((140, 22), "Werkgeversportaal · Hotel De Hofstede B.V.", font=f13, fill=(255, 255, 255))
        dd.text((60, 90), "Ziekmelding langdurig zieke werknemer", font=f22, fill=(0, 74, 140))
        dd.text((60, 130), "Stap 4 van 4 · Bevestiging", font=f13, fill=(100, 100, 100))
        y = 175
        for k, v in [
            ("Status", "Verzonden op 20-06-2025 om 11:01"),
            ("Kenmerk", "ZM-2025-0620-10332"),
            ("BSN werknemer", C6_BSN),
            ("Naam", "I. Verhulst"),
            ("Eerste ziektedag", "02-09-2024"),
            ("Uren per week", "24"),
        ]:
            dd.text((60, y), k, font=fb, fill=(30, 30, 30))
            dd.text((330, y), v, font=f13, fill=(30, 30, 30))
            y += 34
        dd.text(
            (60, y + 20),
            "Binnen 2 weken ontvangt u een brief van UWV. Vergeet niet de eerstejaarsevaluatie te maken.",
            font=f13,
            fill=(30, 30, 30),
        )

    img = screenshot(
        "UWV Werkgeversportaal",
        "werkgeversportaal.uwv.example/ziekmelden/42/bevestiging",
        draw,
        size=(1440, 900),
        mac=True,
    )
    name = "Schermafbeelding 2025-06-20 om 11.02.13.png"
    save_png(img, out(C6, name), colors=48)
    label(
        f"{C6}/{name}",
        "ziekmelding_uwv",
        d,
        f"{C6}; Mac screenshot (Dutch macOS name) of the portal's confirmation step; reminds of the eerstejaarsevaluatie",
    )

    # eerstejaarsevaluatie: saved app page
    d = D("2025-08-19")
    body = [
        T("Eerstejaarsevaluatie"),
        KV(
            [
                *wn,
                ("Datum evaluatie", "19-08-2025"),
                ("Aanwezig", "I. Verhulst, J. de Visser, M. Boone (teamleider)"),
                ("Status", "Definitief – akkoord werknemer 19-08-2025, akkoord werkgever 19-08-2025"),
            ]
        ),
        H("Terugblik eerste ziektejaar"),
        P(
            "Door reumatoïde klachten aan de handen kon Ilse haar werk in de huishouding niet meer doen. Sinds maart 2025 werkt zij in de linnenkamer en de ontbijtservice, nu 16 uur."
        ),
        H("Doel tweede ziektejaar"),
        P(
            "Vaste plaatsing in linnenkamer en ontbijtservice, 20 uur (spoor 1). Omdat 4 uur resteren, start een oriënterend tweede spoor in september."
        ),
        H("Visie werkgever"),
        P("Wij bieden Ilse een vaste plek in linnenkamer en ontbijtservice."),
        H("Visie werknemer"),
        P("Ik ben blij dat ik kan blijven. Ik wil kijken of ik er ergens een paar uur bij kan werken."),
    ]
    name = "Eerstejaarsevaluatie - VerzuimDirect.html"
    out(C6, name).write_text(
        verzuimdirect_page(
            "Eerstejaarsevaluatie",
            "Dossier I. Verhulst › Eerstejaarsevaluatie",
            body,
            saved_url="https://app.verzuimdirect.example/#/dossier/20931/eje",
            modified="19-08-2025 14:37",
        ),
        encoding="utf-8",
    )
    label(f"{C6}/{name}", "eerstejaarsevaluatie", d, f"{C6}; verzuim-app page saved as .html")


def case6() -> None:
    c6_docs()


# ==========================================================================================================
# main
# ==========================================================================================================

CASES: list[Callable[[], None]] = [case1, case2, case3, case4, case5, case6]


def write_labels() -> None:
    rows = sorted(ROWS, key=lambda r: r["path"])
    paths = [r["path"] for r in rows]
    assert len(paths) == len(set(paths)), "duplicate label"
    with LABELS.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


def self_check() -> None:
    on_disk = {p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file()}
    labelled = {r["path"] for r in ROWS}
    containers = {p.split("::")[0] for p in labelled if "::" in p}
    plain_ = {p for p in labelled if "::" not in p}
    missing = on_disk - plain_ - containers
    extra = (plain_ | containers) - on_disk
    assert not missing, f"unlabelled files: {sorted(missing)}"
    assert not extra, f"labels without a file: {sorted(extra)}"
    for r in ROWS:
        assert bool(r["type"]) == bool(r["date"]), r


def main(only: list[str] | None = None) -> None:
    global BUILD, _LO_PROFILE
    with tempfile.TemporaryDirectory(prefix="corpus10-") as tmp:
        BUILD = Path(tmp)
        _LO_PROFILE = BUILD / "lo-profile"
        if FILES.exists():
            shutil.rmtree(FILES)
        FILES.mkdir(parents=True)
        for case in CASES:
            if only and case.__name__ not in only:
                continue
            case()
        self_check()
        write_labels()
    total = sum(p.stat().st_size for p in FILES.rglob("*") if p.is_file())
    print(
        f"{len(ROWS)} labelled documents, {sum(1 for p in FILES.rglob('*') if p.is_file())} files, {total / 1e6:.2f} MB"
    )


if __name__ == "__main__":
    import sys

    main(sys.argv[1:] or None)
