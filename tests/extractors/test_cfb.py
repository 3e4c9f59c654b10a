"""The compound-file writer (wia_dossier.extractors._cfb), checked by readers that are not ours: olefile and file(1)."""

from __future__ import annotations

import io
import random
import shutil
import subprocess
from pathlib import Path

import olefile
import pytest
from _cfb import Msg, MsgAttachment, make_doc, make_msg

from wia_dossier.extractors._cfb import write_compound


def _strict(data: bytes) -> olefile.OleFileIO:
    """olefile that raises on every defect it knows, not only on fatal ones."""
    ole = olefile.OleFileIO(io.BytesIO(data), raise_defects=olefile.DEFECT_POTENTIAL)
    assert ole.parsing_issues == []
    return ole


def _contents(ole: olefile.OleFileIO) -> dict[str, bytes]:
    return {"/".join(path): ole.openstream(path).read() for path in ole.listdir()}


def test_small_streams_go_to_the_mini_stream() -> None:
    streams = {"a": b"kort", "b": b"x" * 4095, "map/c": b"y" * 100, "leeg": b""}
    data = write_compound(streams)
    ole = _strict(data)
    assert _contents(ole) == streams
    assert len(data) < 4 * 4096  # the 4,199 bytes of content fill mini sectors, not 512-byte sectors each
    assert ole.root.size == 64 * (1 + 64 + 2)  # mini stream: 4 + 4095 + 100 bytes in 64-byte mini sectors
    for path in ("a", "b", "map/c"):
        assert ole.direntries[ole._find(path)].is_minifat


def test_large_streams_and_nested_storages() -> None:
    rnd = random.Random(7)
    streams = {"groot": rnd.randbytes(4096), "map/sub/groter": rnd.randbytes(70_000), "map/klein": b"z"}
    ole = _strict(write_compound(streams))
    assert _contents(ole) == streams
    assert not ole.direntries[ole._find("groot")].is_minifat
    assert ole.get_type("map/sub") == olefile.STGTY_STORAGE


def test_more_than_109_fat_sectors_use_the_difat() -> None:
    big = random.Random(1).randbytes(8 * 1024 * 1024)  # 16,384 sectors: 129 FAT sectors
    ole = _strict(write_compound({"a": big, "b": b"klein"}))
    assert ole.num_difat_sectors == 1 and ole.num_fat_sectors > 109
    assert ole.openstream("a").read() == big and ole.openstream("b").read() == b"klein"


def test_sibling_trees_are_valid_red_black_trees() -> None:
    names = [f"s{i}" for i in range(37)] + [f"lang{i:03d}" for i in range(12)]
    ole = _strict(write_compound({f"map/{n}": b"." for n in names}))
    entries = ole.direntries

    def check(sid: int) -> tuple[int, list[str]]:
        """(black height, names in order) of the subtree at sid; asserts order and colours."""
        if sid == olefile.NOSTREAM:
            return 1, []
        node = entries[sid]
        left_height, left = check(node.sid_left)
        right_height, right = check(node.sid_right)
        assert left_height == right_height
        if node.color == 0:  # red: no red child
            for kid in (node.sid_left, node.sid_right):
                assert kid == olefile.NOSTREAM or entries[kid].color == 1
        return left_height + node.color, [*left, node.name, *right]

    storage = entries[ole._find("map")]
    assert entries[storage.sid_child].color == 1  # a black root
    _, ordered = check(storage.sid_child)
    assert ordered == sorted(names, key=lambda n: (len(n), n.upper()))


def test_invalid_names_are_refused() -> None:
    with pytest.raises(ValueError):
        write_compound({"x" * 32: b""})
    with pytest.raises(ValueError):
        write_compound({"a:b": b""})


def test_same_input_same_bytes() -> None:
    streams = {"b": b"2", "a": b"1", "c/d": b"3" * 5000}
    assert write_compound(streams) == write_compound(dict(reversed(list(streams.items()))))


def _msg() -> bytes:
    return make_msg(
        Msg(
            subject="Test",
            sender_name="A. Afzender",
            sender_email="a@voorbeeld.example",
            to=[("B. Ontvanger", "b@voorbeeld.example")],
            body="Tekst",
            attachments=[MsgAttachment("a.txt", b"bijlage")],
        )
    )


def test_msg_and_doc_builders_are_valid_for_olefile() -> None:
    msg = _strict(_msg())
    assert msg.exists("__substg1.0_0037001F") and msg.exists("__attach_version1.0_#00000000/__substg1.0_37010102")
    doc = _strict(make_doc(["Probleemanalyse"], title="PA", author="M. Bakker", pages=1))
    meta = doc.get_metadata()
    assert (meta.title, meta.author, meta.num_pages) == (b"PA", b"M. Bakker", 1)


@pytest.mark.skipif(shutil.which("file") is None, reason="file(1) not installed")
def test_file_command_names_the_formats(tmp_path: Path) -> None:
    (tmp_path / "a.msg").write_bytes(_msg())
    (tmp_path / "a.doc").write_bytes(make_doc(["Probleemanalyse"], title="PA"))
    (tmp_path / "a.bin").write_bytes(write_compound({"x": b"y"}))

    def file(name: str) -> str:
        return subprocess.run(["file", "-b", str(tmp_path / name)], capture_output=True, text=True).stdout

    assert "Microsoft Outlook Message" in file("a.msg")
    assert "Microsoft Word" in file("a.doc")
    assert "Composite Document File V2" in file("a.bin")
