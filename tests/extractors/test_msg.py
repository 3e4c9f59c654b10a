"""Outlook .msg through the public path (extractors.extract): headers, bodies, attachments, damaged files."""

from __future__ import annotations

import datetime as dt
import struct
import subprocess
import sys
import time
import zlib

import pytest
from _builders import make_pdf
from _cfb import Msg, MsgAttachment, make_doc, make_msg
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wia_dossier.extractors._cfb import write_compound
from wia_dossier.extractors._rtf import decompress, rtf_body
from wia_dossier.model import Kind, Status

# Fictional people and organisations only.
SUBMITTED = dt.datetime(2025, 3, 4, 23, 30, tzinfo=dt.UTC)  # 5 March 2025, 00:30 in Amsterdam


def _pva_mail(**changes: object) -> Msg:
    msg = Msg(
        subject="Plan van aanpak K. Visser",
        sender_name="M. Bakker",
        sender_email="m.bakker@arbo-noorderlicht.example",
        to=[("R. de Wit", "r.dewit@voorbeeld-bv.example")],
        cc=[("K. Visser", "k.visser@example.nl")],
        submitted=SUBMITTED,
        body="Beste Rob,\r\n\r\nHierbij het plan van aanpak van K. Visser.\r\n\r\nMet vriendelijke groet,\r\nM. Bakker",
        attachments=[
            MsgAttachment("PvA Visser.pdf", make_pdf(["Plan van aanpak\nDatum: 4 maart 2025"]), mime="application/pdf")
        ],
    )
    for key, value in changes.items():
        setattr(msg, key, value)
    return msg


def test_headers_body_and_attachment_like_an_eml(run_extract):
    pdf = make_pdf(["Plan van aanpak\nDatum: 4 maart 2025"])
    result = run_extract(make_msg(_pva_mail(attachments=[MsgAttachment("PvA Visser.pdf", pdf)])), "mail/pva.msg")
    assert result.status is Status.OK and result.kind is Kind.EMAIL
    assert result.facts == {
        "subject": "Plan van aanpak K. Visser",
        "from": '"M. Bakker" <m.bakker@arbo-noorderlicht.example>',  # quoted as the .eml extractor shows it
        "to": '"R. de Wit" <r.dewit@voorbeeld-bv.example>',
        "cc": '"K. Visser" <k.visser@example.nl>',
        "date": "2025-03-05",  # the day in Amsterdam, not the UTC day
        "datetime": "2025-03-05T00:30:00+01:00",
    }
    assert result.pages[0].startswith('Van: "M. Bakker" <m.bakker@arbo-noorderlicht.example>\nAan: "R. de Wit"')
    assert "Datum: 2025-03-05\nOnderwerp: Plan van aanpak K. Visser\n\nBeste Rob," in result.pages[0]
    assert result.title_zone.startswith("Plan van aanpak K. Visser\nBeste Rob,")
    assert result.metadata == {
        "Title": "Plan van aanpak K. Visser",
        "Author": '"M. Bakker" <m.bakker@arbo-noorderlicht.example>',
    }
    assert [(a.name, a.data) for a in result.attachments] == [("PvA Visser.pdf", pdf)]
    assert (result.page_count, result.page_numbers) == (1, [1])


def test_attached_email_becomes_a_msg_of_its_own(run_extract):
    inner = Msg(
        subject="Probleemanalyse K. Visser",
        sender_name="M. Bakker",
        sender_email="m.bakker@arbo.example",
        to=[("R. de Wit", "r.dewit@voorbeeld-bv.example")],
        submitted=dt.datetime(2025, 2, 3, 9, tzinfo=dt.UTC),
        body="Zie bijlage.",
        attachments=[MsgAttachment("PA.pdf", make_pdf(["Probleemanalyse"]))],
    )
    outer = _pva_mail(subject="FW: Probleemanalyse", attachments=[MsgAttachment(message=inner)])
    result = run_extract(make_msg(outer), "doorgestuurd.msg")
    (attached,) = result.attachments
    assert attached.name == "Probleemanalyse K. Visser.msg"
    nested = run_extract(attached.data, attached.name)
    assert nested.status is Status.OK and nested.kind is Kind.EMAIL
    assert nested.facts["subject"] == "Probleemanalyse K. Visser" and nested.facts["date"] == "2025-02-03"
    assert nested.facts["from"] == '"M. Bakker" <m.bakker@arbo.example>'
    assert "Zie bijlage." in nested.text
    assert [a.name for a in nested.attachments] == ["PA.pdf"]
    # and one level deeper still (a chain: forwarded mail in a forwarded mail)
    twice = run_extract(make_msg(Msg(subject="FW: FW", attachments=[MsgAttachment(message=outer)])), "x.msg")
    level2 = run_extract(twice.attachments[0].data, "b.msg")
    assert [a.name for a in level2.attachments] == ["Probleemanalyse K. Visser.msg"]
    level3 = run_extract(level2.attachments[0].data, "c.msg")
    assert [a.name for a in level3.attachments] == ["PA.pdf"]


def test_html_only_body_and_signature_logo(run_extract):
    html = (
        b"<html><head><style>p {color: red}</style><meta charset='utf-8'></head><body>"
        b"<p>Beste Rob,</p><p>Het <b>actueel oordeel</b> volgt \xe2\x80\x93 na het spreekuur.</p>"
        b"<img src='cid:logo001@arbo'></body></html>"
    )
    msg = _pva_mail(
        body=None,
        html=html,
        attachments=[
            MsgAttachment("image001.png", b"\x89PNG\r\n\x1a\n", mime="image/png", content_id="logo001@arbo"),
            MsgAttachment("foto werkplek.png", b"\x89PNG\r\n\x1a\n", mime="image/png"),
        ],
    )
    result = run_extract(make_msg(msg), "html.msg")
    assert result.status is Status.OK
    assert "Beste Rob,\n\nHet actueel oordeel volgt \u2013 na het spreekuur." in result.text
    assert "color" not in result.text
    assert [a.name for a in result.attachments] == ["foto werkplek.png"]
    assert result.facts["inline_images_skipped"] == "1"


def _lzfu(rtf: bytes) -> bytes:
    """MS-OXRTFCP compression with literal runs only (valid: references are optional), and its CRC."""
    tokens = [bytes([b]) for b in rtf]
    end = (207 + len(rtf)) & 0xFFF  # a reference to the write position ends the stream
    tokens.append(struct.pack(">H", end << 4))
    body = bytearray()
    for i in range(0, len(tokens), 8):
        run = tokens[i : i + 8]
        body.append(sum(1 << bit for bit, token in enumerate(run) if len(token) == 2))
        body += b"".join(run)
    crc = 0xFFFFFFFF ^ zlib.crc32(bytes(body), 0xFFFFFFFF)
    return struct.pack("<IIII", len(body) + 12, len(rtf), 0x75465A4C, crc) + bytes(body)


ENCAPSULATED_HTML = (
    rb"{\rtf1\ansi\ansicpg1252\fromhtml1 \deff0{\fonttbl{\f0\fswiss Arial;}}"
    rb"{\*\htmltag19 <html>}{\*\htmltag50 <body>}\htmlrtf {\htmlrtf0 {\*\htmltag64 <p>}"
    rb"\htmlrtf {\htmlrtf0 Geachte heer De Wit,\htmlrtf\par}\htmlrtf0{\*\htmltag72 </p>}"
    rb"{\*\htmltag64 <p>}Bijgaand de eindevaluatie van K. Visser, caf\'e9 \u8364\'80 en zo.{\*\htmltag72 </p>}}"
    rb"{\*\htmltag58 </body>}{\*\htmltag27 </html>}}"
)


def test_rtf_only_body_with_encapsulated_html(run_extract):
    result = run_extract(make_msg(_pva_mail(body=None, rtf_compressed=_lzfu(ENCAPSULATED_HTML))), "rtf.msg")
    assert result.status is Status.OK
    assert "Geachte heer De Wit,\n\nBijgaand de eindevaluatie van K. Visser, café € en zo." in result.text
    assert "body_unreadable" not in result.facts


def test_rtf_only_body_written_in_word(run_extract):
    native = (
        rb"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0 Calibri;}}{\*\generator Riched20;}\pard "
        rb"Eindevaluatie\par Datum: 1 oktober 2026\par{\field{\*\fldinst HYPERLINK x}{\fldrslt hier}}\par}"
    )
    result = run_extract(make_msg(_pva_mail(body=None, rtf_compressed=_lzfu(native))), "rtf.msg")
    assert "Eindevaluatie\nDatum: 1 oktober 2026\nhier" in result.text
    assert "Calibri" not in result.text and "HYPERLINK" not in result.text


def test_damaged_rtf_body_is_said_not_hidden(run_extract):
    damaged = bytearray(_lzfu(ENCAPSULATED_HTML))
    damaged[40] ^= 0xFF  # the CRC no longer matches
    result = run_extract(make_msg(_pva_mail(body=None, rtf_compressed=bytes(damaged))), "rtf.msg")
    assert result.status is Status.OK  # headers and attachments still count
    assert result.facts["body_unreadable"] == "rtf"
    assert "De tekst van dit bericht kon niet worden gelezen" in result.text
    assert [a.name for a in result.attachments] == ["PvA Visser.pdf"]


def test_rtf_decompression_matches_the_specification_examples():
    # MS-OXRTFCP 3.1.1 and 3.1.2 (the second has a dictionary reference that overlaps its own output)
    simple = bytes.fromhex(
        "2d0000002b0000004c5a4675f1c5c7a703000a007263706731323542320af32068656c090020627705b06c647d0a800fa0"
    )
    assert decompress(simple, 1000) == b"{\\rtf1\\ansi\\ansicpg1252\\pard hello world}\r\n"
    crossing = bytes.fromhex("1a0000001c0000004c5a4675e2d44b51410004205758595a0d6e7d010eb0")
    assert decompress(crossing, 1000) == b"{\\rtf1 WXYZWXYZWXYZWXYZWXYZ}"
    assert rtf_body(decompress(crossing, 1000)) == ("text", "WXYZWXYZWXYZWXYZWXYZ")


def test_outlook_2002_eight_bit_strings(run_extract):
    msg = _pva_mail(string8=True, subject="Eindevaluatie Visser – één", body="Café-overleg op 1 oktober.")
    result = run_extract(make_msg(msg), "oud.msg")
    assert result.facts["subject"] == "Eindevaluatie Visser – één"
    assert "Café-overleg op 1 oktober." in result.text


def test_exchange_sender_shows_the_smtp_address(run_extract):
    msg = _pva_mail(sender_exchange="/O=EXCHANGELABS/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=MBAKKER")
    result = run_extract(make_msg(msg), "ex.msg")
    assert result.facts["from"] == '"M. Bakker" <m.bakker@arbo-noorderlicht.example>'
    assert "EXCHANGELABS" not in result.text


def test_date_from_delivery_time_or_internet_headers(run_extract):
    delivered = run_extract(make_msg(_pva_mail(submitted=None, delivered=dt.datetime(2025, 7, 1, 8, tzinfo=dt.UTC))))
    assert delivered.facts["datetime"] == "2025-07-01T10:00:00+02:00"  # summer time
    headers = (
        "Received: from mx.example\r\nFrom: Arbodienst <info@arbo.example>\r\n"
        "Date: Tue, 14 Jan 2025 16:05:00 +0100\r\nSubject: Afspraak spreekuur\r\n\r\n"
    )
    result = run_extract(make_msg(Msg(subject="", body="Tekst", transport_headers=headers)))
    assert result.facts["date"] == "2025-01-14"
    assert result.facts["from"] == "Arbodienst <info@arbo.example>"
    assert result.facts["subject"] == "Afspraak spreekuur"
    undated = run_extract(make_msg(_pva_mail(submitted=None)))
    assert "date" not in undated.facts and "Datum:" not in undated.text


def test_linked_attachment_is_counted_not_invented(run_extract):
    msg = _pva_mail(attachments=[MsgAttachment("op de schijf.pdf", by_reference=True)])
    result = run_extract(make_msg(msg), "link.msg")
    assert result.attachments == [] and result.facts["attachments_skipped"] == "1"


def test_more_than_200_attachments_are_counted(run_extract):
    msg = _pva_mail(attachments=[MsgAttachment(f"{i}.txt", b"x") for i in range(203)])
    result = run_extract(make_msg(msg), "veel.msg")
    assert len(result.attachments) == 200 and result.facts["attachments_dropped"] == "3"


def test_empty_message_is_empty(run_extract):
    result = run_extract(make_msg(Msg()), "leeg.msg")
    assert result.status is Status.EMPTY and result.error == "leeg bericht"


# --- damaged and crafted files ------------------------------------------------------------------------------


def _valid() -> bytes:
    return make_msg(_pva_mail())


@pytest.mark.parametrize(
    ("label", "cut"),
    [
        ("half", lambda d: d[: len(d) // 2]),
        ("under 1536 bytes", lambda d: d[:700]),  # olefile would take short bytes for a file name
        ("header only", lambda d: d[:512]),
        ("shorter than a header", lambda d: d[:300]),
        ("garbage after the header", lambda d: d[:512] + bytes(range(256)) * 20),
    ],
)
def test_truncated_or_garbage_msg_is_unreadable_in_dutch(run_extract, label, cut):
    result = run_extract(cut(_valid()), "kapot.msg")
    assert result.status is Status.UNREADABLE, label
    assert result.kind is Kind.EMAIL
    assert result.error in ("Outlook-bericht heeft een kapotte opbouw", "Outlook-bericht is onvolledig"), label


def _entry_offset(data: bytes, name: str) -> int:
    offset = data.find(name.encode("utf-16-le") + b"\0\0")
    assert offset > 0 and offset % 128 == 0
    return offset


def test_stream_claiming_gigabytes_is_refused_without_reading(run_extract):
    data = bytearray(_valid())
    entry = _entry_offset(data, "__substg1.0_37010102")
    struct.pack_into("<I", data, entry + 120, 0x7FFFFFF0)
    start = time.monotonic()
    result = run_extract(bytes(data), "groot.msg")
    assert time.monotonic() - start < 5
    assert result.status is Status.UNREADABLE and result.error == "Outlook-bericht heeft een kapotte opbouw"


def test_fat_claimed_larger_than_the_file_is_refused(run_extract):
    data = bytearray(_valid())
    struct.pack_into("<I", data, 0x2C, 0x00FFFFFF)  # number of FAT sectors
    result = run_extract(bytes(data), "fat.msg")
    assert result.status is Status.UNREADABLE and result.error == "Outlook-bericht heeft een kapotte opbouw"
    data = bytearray(_valid())
    struct.pack_into("<II", data, 0x44, 1, 0x00FFFFFF)  # a DIFAT that would loop: first sector, count
    assert run_extract(bytes(data), "difat.msg").status is Status.UNREADABLE


@pytest.mark.parametrize("back_to", ["root's first child", "the root itself"])
def test_loops_in_the_fat_and_the_directory_end(run_extract, back_to):
    big = _pva_mail(attachments=[MsgAttachment("groot.pdf", bytes(range(256)) * 64)])  # 16 KB: regular sectors
    data = bytearray(make_msg(big))
    entry = _entry_offset(data, "__substg1.0_37010102")
    # the attachment's stream is read from the first sector of its chain, over and over
    (first,) = struct.unpack_from("<I", data, entry + 116)
    struct.pack_into("<I", data, 512 + 4 * first, first)
    # and a directory entry whose right sibling points back up the tree (olefile marks all but the root)
    root_child = struct.unpack_from("<I", data, _entry_offset(data, "Root Entry") + 76)[0]
    struct.pack_into("<I", data, entry + 72, root_child if back_to.startswith("root's") else 0)
    start = time.monotonic()
    result = run_extract(bytes(data), "lus.msg")
    assert time.monotonic() - start < 5
    assert result.status in (Status.OK, Status.UNREADABLE)
    for attachment in result.attachments:
        assert len(attachment.data) <= len(data)


def test_budget_bounds_what_all_streams_may_add_up_to(run_extract):
    msg = _pva_mail(attachments=[MsgAttachment(f"{i}.bin", bytes(50_000)) for i in range(5)])
    result = run_extract(make_msg(msg), "vol.msg", max_uncompressed=200_000)
    assert result.status is Status.UNREADABLE
    assert result.error == "Outlook-bericht bevat meer dan 195 kB aan onderdelen"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_damaged_bytes_never_raise(run_extract, data):
    valid = _valid()
    damaged = bytearray(valid)
    for _ in range(data.draw(st.integers(1, 12))):
        position = data.draw(st.integers(0, len(valid) - 1))
        damaged[position] = data.draw(st.integers(0, 255))
    result = run_extract(bytes(damaged), "x.msg")
    assert result.status in (Status.OK, Status.UNREADABLE, Status.EMPTY, Status.UNSUPPORTED)
    if result.status is not Status.OK:
        assert result.error and "Error" not in result.error  # a Dutch reason, not an exception name


# --- the other OLE formats ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stream", "name", "reason"),
    [
        ("Workbook", "lijst.xls", "oud Excel-formaat (.xls)"),
        ("PowerPoint Document", "sheets.ppt", "oud PowerPoint-formaat (.ppt)"),
        ("Iets", "raar.bin", "oud Office-formaat (OLE)"),
    ],
)
def test_excel_and_powerpoint_stay_unsupported(run_extract, stream, name, reason):
    result = run_extract(write_compound({stream: bytes(5000)}), name)
    assert result.status is Status.UNSUPPORTED and result.error == reason


def test_content_decides_not_the_extension(run_extract):
    word = run_extract(make_doc(["Probleemanalyse"]), "eigenlijk word.msg")
    assert word.kind is Kind.DOCX and word.status is Status.OK and "Probleemanalyse" in word.text
    mail = run_extract(_valid(), "bericht.doc")
    assert mail.kind is Kind.EMAIL and mail.facts["subject"] == "Plan van aanpak K. Visser"


def test_a_dossier_of_pdfs_never_imports_olefile(tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf(["Plan van aanpak"]))
    code = (
        "import sys, pathlib\n"
        "from wia_dossier.extractors import extract\n"
        "from wia_dossier.model import SourceFile\n"
        f"p = pathlib.Path({str(tmp_path / 'a.pdf')!r})\n"
        "extract(SourceFile(rel='a.pdf', size=p.stat().st_size, sha256='x', abs_path=p))\n"
        "assert 'olefile' not in sys.modules, 'olefile imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
