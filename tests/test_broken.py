"""Hostile and broken input (issue 7): every broken sample gets its finding; nothing crashes or hangs.

The committed samples come from ``tests/data/broken/make_broken.py``; file-system oddities (symlink
loops, permission-less files, newlines in names, 2,000 files) are made here in ``tmp_path``.
Permissions: CI runs as root, who may read everything, so the permission test runs the scan in a
subprocess that drops to ``nobody`` with ``os.setuid`` (skipped when not root and not needed).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import pwd
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier import sandbox
from wia_dossier.cli import cli
from wia_dossier.extractors import ExtractOptions, register, reset_registry
from wia_dossier.model import Extracted, Kind, SourceFile, Status

BROKEN = Path(__file__).parent / "data" / "broken"
sys.path.insert(0, str(BROKEN))
from make_broken import make_many, make_odd_folder  # noqa: E402

AS_OF = "2025-06-01"

#: file -> (status, finding codes that must be among the file's findings). The README table says the same.
EXPECTED: dict[str, tuple[str, set[str]]] = {
    "encrypted_user.pdf": ("encrypted", {"encrypted"}),
    "encrypted_owner.pdf": ("ok", {"protected"}),
    "truncated.pdf": ("ok", {"repaired"}),
    "broken_xref.pdf": ("ok", set()),  # PDFium rebuilds the xref itself: read as if whole
    "pages_loop.pdf": ("unreadable", {"unreadable"}),
    "outline_loop.pdf": (
        "ok",
        set(),
    ),  # the outline is never walked by the extractor; build copies pages only
    "zero.pdf": ("empty", {"unreadable"}),
    "zero.docx": ("empty", {"unreadable"}),
    "random.pdf": ("unreadable", {"unreadable"}),
    "random.docx": ("unreadable", {"unreadable"}),
    "html.pdf": ("ok", {"misnamed"}),
    "bomb.docx": ("unreadable", {"unreadable"}),
    "old_word.docx": ("unreadable", {"unreadable"}),  # a .doc is read now; this one has no FAT or directory
    "bomb.png": ("unreadable", {"unreadable"}),
    "broken_mime.eml": ("ok", {"damaged_email"}),
    "remote_html.eml": ("ok", set()),
}


def _copy_corpus(case: Path) -> None:
    case.mkdir(parents=True, exist_ok=True)
    for name in EXPECTED:
        shutil.copyfile(BROKEN / name, case / name)


def _scan_json(case: Path, *extra: str) -> tuple[int, dict]:
    result = CliRunner().invoke(
        cli, ["scan", str(case), "--as-of", AS_OF, "--format", "json", *extra], catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, json.loads(result.stdout)


def _by_path(report: dict) -> tuple[dict[str, dict], dict[str, set[str]]]:
    docs = {d["path"]: d for d in report["documents"]}
    codes: dict[str, set[str]] = {}
    for f in report["findings"]:
        codes.setdefault(f["path"], set()).add(f["code"])
    return docs, codes


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    case = tmp_path / "Dossier Broken"
    _copy_corpus(case)
    return case


def test_samples_are_what_the_generator_makes(tmp_path: Path) -> None:
    """The committed files are the generator's output (except pikepdf's random encryption salt)."""
    import make_broken

    for name, data in make_broken.files().items():
        if name.startswith("encrypted"):
            continue
        assert (BROKEN / name).read_bytes() == data, f"{name}: run tests/data/broken/make_broken.py again"


def test_every_sample_gets_its_status_and_finding(corpus: Path) -> None:
    start = time.monotonic()
    _, report = _scan_json(corpus)
    assert time.monotonic() - start < 60, "the broken corpus must not hang the scan"
    docs, codes = _by_path(report)
    for name, (status, must) in EXPECTED.items():
        assert docs[name]["status"] == status, (name, docs[name])
        assert must <= codes.get(name, set()), (name, codes.get(name))
    for f in report["findings"]:
        if f["path"] in EXPECTED and f["code"] in ("unreadable", "encrypted", "unsupported"):
            assert "'" + f["path"] + "'" in f["message"] and f["message"].endswith(".")


def test_repair_step_reads_a_truncated_pdf() -> None:
    """ANCHORS C.4: a truncated PDF (no xref, no trailer) is rebuilt by qpdf (pikepdf) first."""
    from wia_dossier.extractors import extract

    data = (BROKEN / "truncated.pdf").read_bytes()
    ex = extract(SourceFile(rel="t.pdf", size=len(data), sha256="x", data=data))
    assert ex.status is Status.OK and ex.facts.get("repaired") == "true"
    assert ex.page_count >= 1 and "Plan van aanpak" in ex.pages[0]
    assert (BROKEN / "truncated.pdf").read_bytes() == data  # in memory only


def test_a_download_cut_off_inside_its_first_page_is_unreadable() -> None:
    """A download that broke off inside the first content stream: qpdf rebuilds an empty page, on which there is
    nothing to read or OCR. That is an unreadable file (ask for a new copy), not an unrecognised scan."""
    from wia_dossier.extractors import extract

    whole = (BROKEN / "truncated.pdf").read_bytes()
    cut = whole[: whole.index(b"stream") + 20]  # header, catalog and page, then a few bytes of the content
    ex = extract(SourceFile(rel="Eindevaluatie_getekend.pdf", size=len(cut), sha256="x", data=cut))
    assert ex.status is Status.UNREADABLE, (ex.status, ex.pages, ex.facts)
    assert "niets" in (ex.error or "")


def test_build_draft_on_the_broken_corpus(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "uit" / "bundel.pdf"
    out.parent.mkdir()
    result = CliRunner().invoke(
        cli, ["build", str(corpus), "-o", str(out), "--draft", "--as-of", AS_OF], catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.output
    assert out.is_file() and out.with_suffix(".json").is_file()
    import pikepdf

    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 3
    page_map = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    included = json.dumps(page_map)
    for name in ("encrypted_user.pdf", "pages_loop.pdf", "random.pdf", "bomb.docx", "bomb.png", "zero.pdf"):
        assert f'"{name}"' not in included or "onleesbaar" in included, name


# -- file-system oddities ---------------------------------------------------------------------------


def test_odd_names_symlinks_and_loops(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    made = make_odd_folder(case)
    try:
        _, report = _scan_json(case)
    finally:
        (case / "dichte_map").chmod(0o755)
    docs, _codes = _by_path(report)
    for name in (
        "Verslag e\u0301e\u0301n.pdf",
        "Verslag \u00e9\u00e9n.pdf",
        "Plan \u202egnirpsne\u202c.pdf",
        "Gesprek \U0001f912 oktober.pdf",
        "   spaties   rondom   .pdf",
        "regel\neinde.pdf",
        "tab\there.pdf",
    ):
        assert docs[name]["status"] == "ok", name  # names are data, never syntax
    skipped = {f["path"]: f["message"] for f in report["findings"] if f["code"] == "skipped"}
    assert "buiten de dossiermap" in skipped["link_naar_buiten.pdf"]
    assert "lus" in skipped["lus_a"] and "lus" in skipped["lus_b"]
    assert "niet gevolgd" in skipped["sub/omhoog"]
    assert not any("geheim" in p.lower() for p in docs), "a file outside the case folder was read"
    assert set(made) - set(docs) - set(skipped) <= {"geen_rechten.pdf", "dichte_map"}  # readable as root


@pytest.mark.skipif(not hasattr(os, "setuid"), reason="POSIX only")
def test_permission_denied_as_unprivileged_user(tmp_path: Path) -> None:
    """Scan as ``nobody`` so chmod 000 means something even though the tests run as root.

    The interpreter lives under /root (mode 700), so ``nobody`` cannot exec it: instead this process
    warms up (imports everything a scan needs), forks, and the child drops to ``nobody`` with
    ``os.setgid``/``os.setuid`` before scanning. The child cannot regain root.
    """
    if os.geteuid() != 0:
        pytest.skip("needs root to switch to nobody (as a normal user chmod 000 is tested by test_scan)")
    nobody = pwd.getpwnam("nobody")
    warm = tmp_path / "warm"
    _copy_corpus(warm)
    _scan_json(warm)  # imports every module the child will need
    top = Path(tempfile.mkdtemp(prefix="wia-perm-"))
    try:
        top.chmod(0o755)
        case = top / "case"
        case.mkdir()
        make_odd_folder(case)
        case.chmod(0o755)
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns into pytest
            code = 1
            try:
                os.close(read_end)
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
                result = CliRunner().invoke(cli, ["scan", str(case), "--as-of", AS_OF, "--format", "json"])
                with os.fdopen(write_end, "w") as fh:
                    fh.write(
                        json.dumps({"exit": result.exit_code, "out": result.stdout, "exc": repr(result.exception)})
                    )
                code = 0
            finally:
                os._exit(code)
        os.close(write_end)
        with os.fdopen(read_end) as fh:
            payload = json.loads(fh.read() or "{}")
        os.waitpid(pid, 0)
        assert payload.get("exit") in (0, 1), payload
        report = json.loads(payload["out"])
        skipped = {f["path"]: f["message"] for f in report["findings"] if f["code"] == "skipped"}
        assert "geen leesrechten" in skipped["geen_rechten.pdf"]
        assert "geen leesrechten" in skipped["dichte_map"]
        assert {d["path"] for d in report["documents"]} >= {"tab\there.pdf", "regel\neinde.pdf"}
    finally:
        for p in top.rglob("*"):
            if p.is_dir() and not p.is_symlink():
                p.chmod(0o755)
        shutil.rmtree(top, ignore_errors=True)


def test_two_thousand_files(tmp_path: Path) -> None:
    case = tmp_path / "hr-export"
    case.mkdir()
    make_many(case, 2000)
    start = time.monotonic()
    _, report = _scan_json(case)
    elapsed = time.monotonic() - start
    assert len(report["documents"]) == 2000
    assert all(d["status"] == "ok" for d in report["documents"])
    assert elapsed < 120, elapsed


# -- the sandbox: time, memory, crashes (fault injection, like OCRmyPDF's tests/plugins) ---------------


class _Hostile:
    """Files starting with ``HOSTILE:<what>`` make the worker hang, eat memory or crash."""

    kind = Kind.PDF

    def sniff(self, head: bytes, name: str) -> int:
        return 100 if head.startswith(b"HOSTILE:") else 0

    def extract(self, src: SourceFile, options: ExtractOptions) -> Extracted:
        what = src.read_bytes()[8:].strip()
        if what == b"hang":
            while True:
                time.sleep(0.05)
        if what == b"memory":
            blocks = []
            while True:
                blocks.append(bytearray(64 * 1024 * 1024))
        if what == b"crash":
            os.kill(os.getpid(), 11)  # a segfault in a C parser
        if what == b"abort":
            os.abort()
        return Extracted(kind=self.kind, pages=["fine"], page_count=1)


@pytest.fixture
def hostile() -> Iterator[None]:
    sandbox.shutdown()  # workers fork from here, so they get the hostile extractor
    register(_Hostile())
    yield
    reset_registry()
    sandbox.shutdown()


def _hostile_src(what: str, rel: str | None = None) -> SourceFile:
    data = b"HOSTILE:" + what.encode() + b" " * (sandbox.FAST_PATH_BYTES + 1)  # past the in-process fast path
    return SourceFile(rel=rel or f"{what}.pdf", size=len(data), sha256=what, data=data)


@pytest.mark.usefixtures("hostile")
def test_hanging_file_times_out_and_the_run_goes_on() -> None:
    options = ExtractOptions(file_timeout=1.0)
    start = time.monotonic()
    ex = sandbox.extract(_hostile_src("hang"), options)
    assert time.monotonic() - start < 10
    assert ex.status is Status.UNREADABLE and ex.error and "kon niet binnen 1 s worden gelezen" in ex.error
    assert sandbox.extract(_hostile_src("fine"), options).status is Status.OK  # a fresh worker took over


@pytest.mark.usefixtures("hostile")
def test_memory_hungry_file_hits_the_limit() -> None:
    options = ExtractOptions(file_memory=512 * 1024 * 1024)
    ex = sandbox.extract(_hostile_src("memory"), options)
    assert ex.status is Status.UNREADABLE and ex.error and "te veel geheugen nodig" in ex.error, ex.error
    assert "512 MB" in ex.error
    assert sandbox.extract(_hostile_src("fine"), options).status is Status.OK


@pytest.mark.usefixtures("hostile")
@pytest.mark.parametrize("what", ["crash", "abort"])
def test_crashing_reader_costs_one_file(what: str) -> None:
    ex = sandbox.extract(_hostile_src(what), ExtractOptions())
    assert ex.status is Status.UNREADABLE and ex.error and "stopte onverwacht" in ex.error
    assert sandbox.extract(_hostile_src("fine"), ExtractOptions()).status is Status.OK


@pytest.mark.usefixtures("hostile")
def test_scan_with_a_hanging_file_reports_it(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "vast.pdf").write_bytes(_hostile_src("hang").data or b"")
    shutil.copyfile(BROKEN / "truncated.pdf", case / "plan.pdf")
    start = time.monotonic()
    # through the library, without OCR: with OCR on the budget is --file-timeout plus the OCR time limit
    from wia_dossier.pipeline import ScanOptions, run_scan
    from wia_dossier.report import to_json_obj

    result = run_scan(case, ScanOptions(as_of=dt.date(2025, 6, 1), extract=ExtractOptions(file_timeout=1)))
    report = to_json_obj(result)
    assert time.monotonic() - start < 20
    docs, codes = _by_path(report)
    assert docs["vast.pdf"]["status"] == "unreadable" and "unreadable" in codes["vast.pdf"]
    msg = next(f["message"] for f in report["findings"] if f["path"] == "vast.pdf")
    assert "kon niet binnen 1 s worden gelezen" in msg
    assert docs["plan.pdf"]["status"] == "ok"


@pytest.mark.usefixtures("hostile")
def test_prefetch_runs_files_in_parallel_and_keeps_order(tmp_path: Path) -> None:
    srcs = [_hostile_src("fine", rel=f"{n:02d}.pdf") for n in range(8)]
    options = ExtractOptions()
    with sandbox.prefetching(srcs, options):
        results = [sandbox.extract(s, options) for s in srcs]
    assert [r.pages for r in results] == [["fine"]] * 8


def test_limits_off_reads_in_process() -> None:
    data = (BROKEN / "truncated.pdf").read_bytes()
    src = SourceFile(rel="t.pdf", size=len(data), sha256="t", data=data)
    sandbox.shutdown()
    ex = sandbox.extract(src, ExtractOptions(file_timeout=0, file_memory=0))
    assert ex.status is Status.OK and not sandbox._pools  # no worker was started


def test_budget_adds_the_ocr_time_limit_when_ocr_is_on() -> None:
    assert sandbox.budget(ExtractOptions(file_timeout=30)) == 30
    assert sandbox.budget(ExtractOptions(file_timeout=0)) == 0
    with_ocr = ExtractOptions(file_timeout=30, ocr=True)
    assert sandbox.budget(with_ocr) == 30 + float(getattr(with_ocr, "ocr_timeout", 0))


def test_limits_are_cli_options(corpus: Path) -> None:
    result = CliRunner().invoke(cli, ["scan", str(corpus), "--as-of", AS_OF, "--file-timeout", "-1"])
    assert result.exit_code == 2
    result = CliRunner().invoke(cli, ["scan", "--help"])
    assert "--file-timeout" in result.output and "--file-memory" in result.output
