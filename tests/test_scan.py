"""Folder walk: what counts as a document, exclusions, symlinks, read-only behaviour, attachments."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from wia_dossier.model import Attachment, Extracted, Kind, SourceFile
from wia_dossier.scan import MAX_DEPTH, expand_attachments, is_excluded, walk_case


def _put(root: Path, rel: str, data: bytes = b"inhoud") -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _rels(files: list[SourceFile]) -> list[str]:
    return [f.rel for f in files]


def test_walk_sorted_posix_with_hash(tmp_path):
    _put(tmp_path, "b.pdf", b"bbb")
    _put(tmp_path, "02 PvA/Plan van aanpak.pdf", b"pva")
    _put(tmp_path, "01 PA/sub/pa.docx", b"pa")
    files, skipped = walk_case(tmp_path)
    assert _rels(files) == ["01 PA/sub/pa.docx", "02 PvA/Plan van aanpak.pdf", "b.pdf"]
    assert skipped == []
    by_rel = {f.rel: f for f in files}
    assert by_rel["b.pdf"].sha256 == hashlib.sha256(b"bbb").hexdigest()
    assert by_rel["b.pdf"].size == 3
    assert by_rel["b.pdf"].abs_path == tmp_path / "b.pdf"
    assert by_rel["b.pdf"].read_bytes() == b"bbb"
    assert by_rel["b.pdf"].mtime is not None


def test_skips_noise(tmp_path):
    _put(tmp_path, "dossier.yaml", b"werknemer: {}")
    _put(tmp_path, "sub/dossier.yaml", b"werknemer: {naam: 'een oud dossier dat hierin is gekopieerd'}")
    _put(tmp_path, ".hidden.pdf")
    _put(tmp_path, ".git/config")
    _put(tmp_path, "~$an van aanpak.docx")
    _put(tmp_path, "scans/Thumbs.db")
    _put(tmp_path, ".DS_Store")
    _put(tmp_path, "echt.pdf")
    files, skipped = walk_case(tmp_path)
    assert _rels(files) == ["echt.pdf"]  # a dossier.yaml in a subfolder belongs to another case
    reasons = dict(skipped)
    assert set(reasons) == {
        "dossier.yaml",
        "sub/dossier.yaml",
        ".hidden.pdf",
        ".git",
        "~$an van aanpak.docx",
        "scans/Thumbs.db",
        ".DS_Store",
    }
    assert reasons["~$an van aanpak.docx"] == "Office-vergrendelingsbestand"


def test_exclude_returns_flagged_files_without_reading(tmp_path):
    _put(tmp_path, "privé/loonstrook.pdf", b"geheim")
    _put(tmp_path, "privé/diep/cv.pdf", b"geheim")
    _put(tmp_path, "Concept-brief.docx", b"x")
    _put(tmp_path, "pva.pdf", b"x")
    files, _ = walk_case(tmp_path, exclude=("privé/*", "concept*"))
    flagged = {f.rel: f.excluded for f in files if f.excluded}
    assert flagged == {
        "Concept-brief.docx": "concept*",
        "privé/diep/cv.pdf": "privé/*",
        "privé/loonstrook.pdf": "privé/*",
    }
    assert all(f.sha256 == "" for f in files if f.excluded)
    assert [f.rel for f in files if not f.excluded] == ["pva.pdf"]


def test_is_excluded_folder_forms_and_unicode():
    assert is_excluded("privé/a.pdf", ("privé",)) == "privé"
    assert is_excluded("privé/a/b.pdf", ("privé/**",)) == "privé/**"
    assert is_excluded("x/privé/a.pdf", ("**/privé/*",)) == "**/privé/*"
    decomposed = "prive\u0301/a.pdf"  # macOS spelling of privé
    assert is_excluded(decomposed, ("privé/*",)) == "privé/*"
    assert is_excluded("publiek/a.pdf", ("privé/*",)) is None


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_symlinks(tmp_path):
    case = tmp_path / "case"
    outside = _put(tmp_path, "elders/geheim.pdf", b"buiten")
    inside = _put(case, "echt.pdf", b"binnen")
    _put(case, "map/doc.pdf", b"doc")
    (case / "link-binnen.pdf").symlink_to(inside)
    (case / "link-buiten.pdf").symlink_to(outside)
    (case / "link-map").symlink_to(case / "map", target_is_directory=True)
    (case / "kapot.pdf").symlink_to(case / "bestaat-niet.pdf")
    (case / "lus-a").symlink_to(case / "lus-b")
    (case / "lus-b").symlink_to(case / "lus-a")
    (case / "map" / "terug").symlink_to(case, target_is_directory=True)
    files, skipped = walk_case(case)
    assert _rels(files) == ["echt.pdf", "link-binnen.pdf", "map/doc.pdf"]
    reasons = dict(skipped)
    assert reasons["link-buiten.pdf"] == "verwijst naar buiten de dossiermap"
    assert "niet gevolgd" in reasons["link-map"]
    assert "niet gevolgd" in reasons["map/terug"]
    assert "kapot" in reasons["kapot.pdf"]
    assert "lus-a" in reasons and "lus-b" in reasons


# Permission errors: tests/test_broken.py::test_permission_denied_as_unprivileged_user runs the scan as
# 'nobody' (CI runs as root, for whom chmod 000 changes nothing).


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_skipped_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pijp")
    files, skipped = walk_case(tmp_path)
    assert files == []
    assert skipped == [("pijp", "geen gewoon bestand")]


def test_missing_case_dir_does_not_raise(tmp_path):
    files, skipped = walk_case(tmp_path / "bestaat-niet")
    assert files == []
    assert skipped


def test_walk_changes_nothing(tmp_path):
    path = _put(tmp_path, "a.pdf", b"x" * 3_000_000)
    os.utime(path, (1_000_000_000, 1_100_000_000))
    before = path.stat()
    walk_case(tmp_path)
    after = path.stat()
    assert after.st_mtime == before.st_mtime
    assert after.st_size == before.st_size
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]


def _mail(rel: str = "mail/bericht.eml") -> SourceFile:
    return SourceFile(rel=rel, size=1, sha256="0" * 64, mtime=123.0)


def test_expand_attachments_names_and_hashes():
    extracted = Extracted(
        kind=Kind.EMAIL,
        attachments=[
            Attachment("PvA getekend.pdf", b"a"),
            Attachment("PvA getekend.pdf", b"b"),
            Attachment("pva GETEKEND.pdf", b"c"),
            Attachment("../../etc/passwd", b"d"),
            Attachment("x::y.pdf", b"e"),
            Attachment("", b"f"),
        ],
    )
    members = expand_attachments(_mail(), extracted, depth=1)
    assert [m.rel for m in members] == [
        "mail/bericht.eml::PvA getekend.pdf",
        "mail/bericht.eml::PvA getekend (2).pdf",
        "mail/bericht.eml::pva GETEKEND (3).pdf",
        "mail/bericht.eml::passwd",
        "mail/bericht.eml::x_y.pdf",
        "mail/bericht.eml::bijlage-6",
    ]
    assert members[0].data == b"a"
    assert members[0].sha256 == hashlib.sha256(b"a").hexdigest()
    assert members[0].abs_path is None
    assert members[1].name == "PvA getekend (2).pdf"


def test_expand_attachments_depth_limit():
    extracted = Extracted(kind=Kind.EMAIL, attachments=[Attachment("a.eml", b"x")])
    assert expand_attachments(_mail(), extracted, depth=MAX_DEPTH)  # members at depth 3: allowed
    assert expand_attachments(_mail(), extracted, depth=MAX_DEPTH + 1) == []


def test_permission_errors_never_raise(tmp_path, monkeypatch):
    """Same as above, simulated, so it also runs as root (CI containers)."""
    _put(tmp_path, "ok.pdf")
    _put(tmp_path, "dicht.pdf")
    _put(tmp_path, "dichte map/x.pdf")
    real_open, real_scandir = Path.open, os.scandir

    def fake_open(self, *args, **kwargs):
        if self.name == "dicht.pdf":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    def fake_scandir(path):
        if str(path).endswith("dichte map"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(Path, "open", fake_open)
    monkeypatch.setattr(os, "scandir", fake_scandir)
    files, skipped = walk_case(tmp_path)
    assert _rels(files) == ["ok.pdf"]
    assert dict(skipped) == {
        "dicht.pdf": "geen leesrechten op bestand",
        "dichte map": "geen leesrechten op map",
    }
