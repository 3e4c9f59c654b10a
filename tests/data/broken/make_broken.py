"""Write the small broken and hostile sample files of ``tests/data/broken/`` (committed with their output).

Run: .venv/bin/python tests/data/broken/make_broken.py [OUT_DIR]

Everything is deterministic (fixed seeds, fixed dates), so running it again gives the same bytes
for the PDFs built by hand and the random files; pikepdf's encrypted output uses a random salt and
therefore differs per run. The big or odd cases (2,000 files, permission-less files, symlink loops,
newlines in names) are not files you can commit: ``tests/test_broken.py`` makes them in ``tmp_path``
with ``make_odd_folder``/``make_many`` below. The table in README.md says what the tool must say for each.
"""

from __future__ import annotations

import io
import random
import struct
import sys
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MEDICAL_WORDS = ("Fibromyalgie", "Sertraline")  # planted words the privacy tests look for


def _text_pdf(title: str, pages: int = 2) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_creation_date(__import__("datetime").datetime(2025, 3, 5, 12, 0, 0))
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=16)
        pdf.cell(text=f"{title} - pagina {n + 1}")
        pdf.ln(12)
        pdf.set_font("helvetica", size=10)
        pdf.multi_cell(w=0, text="Datum: 5 maart 2025. Werknemer J. de Vries. " * 10)
    return bytes(pdf.output())


def _encrypted(user: str, owner: str) -> bytes:
    import pikepdf

    src = pikepdf.open(io.BytesIO(_text_pdf("Plan van aanpak")))
    out = io.BytesIO()
    src.save(
        out,
        encryption=pikepdf.Encryption(user=user, owner=owner, R=6, allow=pikepdf.Permissions(extract=False)),
    )
    return out.getvalue()


def _hand_pdf(objects: list[bytes], *, root: int = 1, xref: bool = True, startxref: int | None = None) -> bytes:
    """A PDF written object by object, so structural loops can be put in on purpose."""
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    if xref:
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
        for off in offsets:
            out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        xref_at if startxref is None else startxref,
    )
    return bytes(out)


_CONTENT = b"BT /F1 18 Tf 72 720 Td (Plan van aanpak) Tj ET"
_STREAM = b"<< /Length %d >>\nstream\n" % len(_CONTENT) + _CONTENT + b"\nendstream"
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def _pages_loop() -> bytes:
    # 2 0 obj is the /Pages node; its /Kids holds a page *and the node itself*.
    return _hand_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _STREAM,
            _FONT,
        ]
    )


def _outline_loop() -> bytes:
    # Two outline items whose /Next point at each other, and /Count that lies.
    return _hand_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R /Outlines 6 0 R /PageMode /UseOutlines >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _STREAM,
            _FONT,
            b"<< /Type /Outlines /First 7 0 R /Last 8 0 R /Count 2 >>",
            b"<< /Title (Een) /Parent 6 0 R /Next 8 0 R /Prev 8 0 R /Dest [3 0 R /Fit] >>",
            b"<< /Title (Twee) /Parent 6 0 R /Next 7 0 R /Prev 7 0 R /Dest [3 0 R /Fit] >>",
        ]
    )


def _broken_xref() -> bytes:
    # A valid body, but the xref table's offsets are garbage and startxref points into the middle.
    good = _hand_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> >>",
            _STREAM,
            _FONT,
        ],
        startxref=17,
    )
    head, sep, tail = good.partition(b"xref\n")
    lines = tail.split(b"\n")
    lines = [b"%010d 00000 n " % (999_999 - i) if line.endswith(b" n ") else line for i, line in enumerate(lines)]
    return head + sep + b"\n".join(lines)


def _docx_bomb() -> bytes:
    # word/document.xml inflates to 60 MB of spaces from ~60 KB: ratio ~1000 (refused above 200).
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            zipfile.ZipInfo("[Content_Types].xml", date_time=(2025, 3, 5, 12, 0, 0)),
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
        )
        info = zipfile.ZipInfo("word/document.xml", date_time=(2025, 3, 5, 12, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, b"<w:document>" + b" " * (60 * 1024 * 1024) + b"</w:document>")
    return buf.getvalue()


def _ole_doc() -> bytes:
    # An OLE2 compound file header with a WordDocument stream name: an old Word 97-2003 file.
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    body = header.ljust(512, b"\x00") + "WordDocument".encode("utf-16-le").ljust(128, b"\x00")
    return body.ljust(4096, b"\x00")


def _png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _png_bomb() -> bytes:
    # 50,000 x 50,000 pixels declared (2.5 gigapixel), a few hundred bytes on disk.
    ihdr = struct.pack(">IIBBBBB", 50_000, 50_000, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 50_001 * 4)
    return b"\x89PNG\r\n\x1a\n" + _png_chunk(b"IHDR", ihdr) + _png_chunk(b"IDAT", idat) + _png_chunk(b"IEND", b"")


def _broken_mime() -> bytes:
    # multipart without its closing boundary, a part with a bogus transfer encoding, and a body in
    # Windows-1252 that claims to be UTF-8 (0xEB = e-umlaut, 0x80 = euro sign).
    return (
        b"From: casemanager@example.nl\r\nTo: hr@example.nl\r\nSubject: Re: plan van aanpak Jo\xebl\r\n"
        b"Date: Wed, 5 Mar 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n'
        b"--XYZ\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        b"Beste No\xebl,\r\nHierbij het plan van aanpak. Kosten \x80 0,00.\r\n"
        b'--XYZ\r\nContent-Type: application/pdf; name="pva.pdf"\r\nContent-Transfer-Encoding: base64x\r\n'
        b'Content-Disposition: attachment; filename="pva.pdf"\r\n\r\nJVBERi0xLjcK!!!not base64\r\n'
        b'--XYZ\r\nContent-Type: multipart/alternative; boundary=""\r\n\r\nnested without a boundary\r\n'
    )


def _remote_html_eml() -> bytes:
    # HTML mail that would fetch remote images and a local file if anything rendered it blindly.
    html = (
        "<html><body><h1>Verslag voortgangsgesprek</h1><p>Datum: 5 maart 2025</p>"
        '<img src="https://tracker.example.com/pixel.gif"><img src="http://192.0.2.1/logo.png">'
        '<img src="file:///etc/passwd"><link rel="stylesheet" href="https://fonts.example.com/font.css">'
        '<iframe src="file:///etc/shadow"></iframe></body></html>'
    )
    return (
        "From: casemanager@example.nl\r\nTo: hr@example.nl\r\nSubject: Verslag\r\n"
        "Date: Wed, 5 Mar 2025 10:00:00 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/html; charset=utf-8\r\n\r\n" + html + "\r\n"
    ).encode()


def files() -> dict[str, bytes]:
    """Name -> content of every committed sample."""
    rnd = random.Random(7)
    full = _text_pdf("Plan van aanpak", pages=3)
    return {
        "encrypted_user.pdf": _encrypted(user="geheim", owner="eigenaar"),
        "encrypted_owner.pdf": _encrypted(user="", owner="eigenaar"),
        "truncated.pdf": full[: len(full) * 6 // 10],
        "broken_xref.pdf": _broken_xref(),
        "pages_loop.pdf": _pages_loop(),
        "outline_loop.pdf": _outline_loop(),
        "zero.pdf": b"",
        "zero.docx": b"",
        "random.pdf": rnd.randbytes(4096),
        "random.docx": rnd.randbytes(4096),
        "html.pdf": b"<!DOCTYPE html><html><head><title>Plan van aanpak</title></head><body><p>Dit is een "
        b"webpagina die als PDF is opgeslagen.</p></body></html>\n",
        "bomb.docx": _docx_bomb(),
        "old_word.docx": _ole_doc(),
        "bomb.png": _png_bomb(),
        "broken_mime.eml": _broken_mime(),
        "remote_html.eml": _remote_html_eml(),
    }


def main(argv: list[str]) -> int:
    """Write the samples into OUT_DIR (default: this folder)."""
    out = Path(argv[1]) if len(argv) > 1 else HERE
    out.mkdir(parents=True, exist_ok=True)
    for name, data in files().items():
        (out / name).write_bytes(data)
    return 0


# -- made at test time (not committable, or too many) ------------------------------------------------


def make_odd_folder(case: Path) -> dict[str, str]:
    """Hostile file-system entries in ``case``; returns rel path -> what it is.

    Needs a POSIX file system (symlinks, newlines in names). ``outside`` is a sibling folder with
    a file the scan must never read.
    """
    made: dict[str, str] = {}
    pdf = _text_pdf("Verslag voortgangsgesprek", pages=1)
    names = {
        "Verslag e\u0301e\u0301n.pdf": "NFD-naam (e + combinerend accent)",
        "Verslag \u00e9\u00e9n.pdf": "NFC-naam (zelfde naam, andere bytes)",
        "Plan \u202egnirpsne\u202c.pdf": "RTL-override in de naam",
        "Gesprek \U0001f912 oktober.pdf": "emoji in de naam",
        "   spaties   rondom   .pdf": "spaties",
        "regel\neinde.pdf": "newline in de naam",
        "tab\there.pdf": "tab in de naam",
    }
    for name, what in names.items():
        (case / name).write_bytes(pdf)
        made[name] = what
    outside = case.parent / f"{case.name}-buiten"
    outside.mkdir(exist_ok=True)
    (outside / "geheim.pdf").write_bytes(_text_pdf("Geheim buiten de map", pages=1))
    (case / "link_naar_buiten.pdf").symlink_to(outside / "geheim.pdf")
    made["link_naar_buiten.pdf"] = "symlink naar buiten de dossiermap"
    (case / "lus_a").symlink_to("lus_b")
    (case / "lus_b").symlink_to("lus_a")
    made["lus_a"] = made["lus_b"] = "symlinklus"
    (case / "sub").mkdir()
    (case / "sub" / "omhoog").symlink_to("..")
    made["sub/omhoog"] = "koppeling naar een bovenliggende map"
    locked = case / "geen_rechten.pdf"
    locked.write_bytes(pdf)
    locked.chmod(0)
    made["geen_rechten.pdf"] = "bestand zonder leesrechten"
    closed = case / "dichte_map"
    closed.mkdir()
    (closed / "binnen.pdf").write_bytes(pdf)
    closed.chmod(0)
    made["dichte_map"] = "map zonder leesrechten"
    return made


def make_many(case: Path, count: int = 2000) -> None:
    """``count`` small text files in 20 folders (a dump of an HR system)."""
    for n in range(count):
        folder = case / f"map {n % 20:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"notitie {n:04d}.txt").write_text(
            f"Notitie {n}\nDatum: {1 + n % 28} maart 2025\nGesprek met de werknemer over de voortgang.\n",
            encoding="utf-8",
        )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
