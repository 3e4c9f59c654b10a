"""The encrypted extraction cache: hits skip extraction, nothing readable on disk, damage is survived."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner
from fpdf import FPDF

from wia_dossier import cache as cache_mod
from wia_dossier import pipeline
from wia_dossier.cache import ExtractionCache, open_cache, resolve_cache_dir
from wia_dossier.cli import cli
from wia_dossier.extractors import ExtractOptions, extract
from wia_dossier.model import Attachment, Extracted, Kind, SourceFile, Status
from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.report import to_json_obj

SECRET = "Zwaluwstaartvlinder"  # a word that appears in the document and nowhere else


def _pdf(path: Path, title: str, body: str) -> Path:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=16)
    pdf.text(25, 30, title)
    pdf.set_font("helvetica", size=11)
    y = 45
    for line in body.splitlines():
        pdf.text(25, y, line)
        y += 7
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "cases" / "Jansen"
    (folder).mkdir(parents=True)
    (folder / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    _pdf(
        folder / "01 Probleemanalyse.pdf",
        "Probleemanalyse",
        f"Datum: 10-02-2025\nBedrijfsarts: dr. P. Smit\nWerknemer heeft last van {SECRET}-klachten.",
    )
    _pdf(
        folder / "02 Plan van aanpak.pdf",
        "Plan van aanpak",
        f"Datum: 01-03-2025\nAfspraken werkgever en werknemer over {SECRET}.",
    )
    return folder


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Count every real extraction the pipeline does."""
    seen: list[str] = []

    def counting(src: SourceFile, options: ExtractOptions | None = None, then: object = None) -> Extracted:
        seen.append(src.rel)
        return extract(src, options)  # in-process: the pipeline analyses the result itself

    monkeypatch.setattr(pipeline, "extract", counting)
    return seen


def _scan(case: Path, c: ExtractionCache | None) -> dict[str, object]:
    return to_json_obj(run_scan(case, ScanOptions(as_of=dt.date(2025, 6, 1), cache=c)))


def test_second_run_does_no_extraction(case: Path, tmp_path: Path, calls: list[str]) -> None:
    c = ExtractionCache(tmp_path / "cache")
    first = _scan(case, c)
    assert len(calls) == 2 and c.stats.writes == 4  # two extractions and their two analyses
    calls.clear()
    again = ExtractionCache(tmp_path / "cache")  # a new process: nothing in memory
    second = _scan(case, again)
    assert calls == [], "a warm cache must not extract again"
    assert again.stats.hits == 2 and again.stats.misses == 0
    assert second == first


def test_second_run_reuses_the_analysis(case: Path, tmp_path: Path, analysed_in_main: list[str]) -> None:
    """Issue 6: a re-run over an unchanged folder reuses extraction and classification, with the same report."""
    first = _scan(case, ExtractionCache(tmp_path / "cache"))
    analysed = analysed_in_main
    analysed.clear()
    again = ExtractionCache(tmp_path / "cache")
    second = _scan(case, again)
    assert analysed == [], "a warm cache must not analyse the files again"
    assert again.stats.derived_hits == 2 and again.stats.derived_misses == 0
    assert second == first
    # another language or checklist is another analysis: computed afresh, never mixed up
    english = to_json_obj(run_scan(case, ScanOptions(as_of=dt.date(2025, 6, 1), cache=again, lang="en")))
    assert len(analysed) == 2 and again.stats.derived_misses == 2
    reasons = " ".join(r for d in english["documents"] for r in d["reasons"])  # type: ignore[union-attr]
    assert "at the top of page 1" in reasons and "bovenaan" not in reasons
    renamed = tmp_path / "renamed"
    renamed.mkdir()
    for p in case.iterdir():
        (renamed / ("x-" + p.name if p.suffix == ".pdf" else p.name)).write_bytes(p.read_bytes())
    analysed.clear()
    _scan(renamed, again)
    assert len(analysed) == 2, "the file name is part of the evidence: a renamed file is analysed again"


def test_cache_holds_no_plaintext(case: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    _scan(case, ExtractionCache(folder))
    files = [p for p in folder.rglob("*") if p.is_file()]
    assert len([p for p in files if p.suffix == ".bin"]) == 4  # extraction and analysis of each PDF
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in case.glob("*.pdf")}
    for p in files:
        blob = p.read_bytes()
        for needle in (SECRET, SECRET.lower(), "Probleemanalyse", "Plan van aanpak", "Jansen"):
            assert needle.encode() not in blob, f"{needle!r} readable in {p}"
            assert needle.encode("utf-16-le") not in blob
        for d in digests:  # neither the content hash (the key material) nor the file name is stored
            assert d not in p.name and d.encode() not in blob and bytes.fromhex(d) not in blob


def test_no_cache_bypasses(case: Path, tmp_path: Path, calls: list[str]) -> None:
    assert open_cache(tmp_path / "cache", enabled=False) is None
    result = CliRunner().invoke(
        cli,
        [
            "batch",
            str(case.parent),
            "--as-of",
            "2025-06-01",
            "--no-cache",
            "--cache-dir",
            str(tmp_path / "cache"),
            "-j",
            "1",
            "--case-timeout",
            "0",
            "--format",
            "json",
        ],
    )
    assert result.exit_code in (0, 1), result.output
    assert not (tmp_path / "cache").exists()
    assert len(calls) == 2


def test_clear_cache(case: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    c = ExtractionCache(folder)
    _scan(case, c)
    assert c.entries() == 4  # the extraction and the analysis of each PDF
    (folder / "keep-me.txt").write_text("not ours")  # clearing never deletes what the tool did not write
    result = CliRunner().invoke(cli, ["batch", "--clear-cache", "--cache-dir", str(folder)])
    assert result.exit_code == 0, result.output
    assert "4 bestanden verwijderd" in result.output
    assert ExtractionCache(folder).entries() == 0
    assert (folder / "keep-me.txt").exists()


@pytest.mark.parametrize("damage", ["flip", "truncate", "empty", "garbage"])
def test_corrupt_entry_is_survived_and_rewritten(case: Path, tmp_path: Path, calls: list[str], damage: str) -> None:
    folder = tmp_path / "cache"
    first = _scan(case, ExtractionCache(folder))
    entries = sorted(folder.rglob("*.bin"))
    target = entries[0]
    blob = bytearray(target.read_bytes())
    if damage == "flip":
        blob[len(blob) // 2] ^= 0xFF
    elif damage == "truncate":
        blob = blob[: len(blob) // 2]
    elif damage == "empty":
        blob = bytearray()
    else:
        blob = bytearray(b"\x00garbage" * 10)
    target.write_bytes(bytes(blob))
    calls.clear()
    c = ExtractionCache(folder)
    assert _scan(case, c) == first
    # the damaged entry (an extraction or an analysis) is done again and rewritten, nothing else
    assert len(calls) + c.stats.derived_misses == 1 and c.stats.corrupt == 1 and c.stats.writes == 1
    calls.clear()
    c2 = ExtractionCache(folder)
    assert _scan(case, c2) == first
    assert calls == [] and c2.stats.hits == 2 and c2.stats.derived_hits == 2


def _src(data: bytes, rel: str = "a.pdf") -> SourceFile:
    return SourceFile(rel=rel, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)


def test_files_with_attachments_are_not_cached(tmp_path: Path) -> None:
    c = ExtractionCache(tmp_path / "cache")
    n = 0

    def fake(src: SourceFile, options: ExtractOptions) -> Extracted:
        nonlocal n
        n += 1
        return Extracted(kind=Kind.EMAIL, pages=["mail"], attachments=[Attachment("x.pdf", b"%PDF-1.4 ...")])

    src = _src(b"From: a@b\n\nhello", "mail.eml")
    for _ in range(2):
        ex = c.get_or_extract(src, ExtractOptions(), fake)
        assert ex.attachments  # the pipeline still gets the bytes to expand
    assert n == 2 and c.entries() == 0


def test_options_and_passwords_are_part_of_the_key(tmp_path: Path) -> None:
    c = ExtractionCache(tmp_path / "cache")
    n = 0

    def fake(src: SourceFile, options: ExtractOptions) -> Extracted:
        nonlocal n
        n += 1
        return Extracted(kind=Kind.TEXT, pages=[f"head={options.head_pages}"], page_count=1)

    src = _src(b"some text")
    assert c.get_or_extract(src, ExtractOptions(), fake).pages == ["head=3"]
    assert c.get_or_extract(src, ExtractOptions(head_pages=5), fake).pages == ["head=5"]
    assert c.get_or_extract(src, ExtractOptions(), fake).pages == ["head=3"]
    assert n == 2
    # a file opened with a password is never cached (the password must not become key material)
    c.get_or_extract(src, ExtractOptions(passwords={"a.pdf": "geheim"}), fake)
    c.get_or_extract(src, ExtractOptions(passwords={"a.pdf": "geheim"}), fake)
    assert n == 4


def test_transient_read_errors_are_not_cached(tmp_path: Path) -> None:
    c = ExtractionCache(tmp_path / "cache")
    bad = Extracted(kind=Kind.UNKNOWN, status=Status.UNREADABLE, error="kan bestand niet lezen (PermissionError)")
    c.get_or_extract(_src(b"x"), ExtractOptions(), lambda s, o: bad)
    assert c.entries() == 0


def test_concurrent_writers_leave_a_whole_entry(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    src = _src(b"same file for everyone")
    result = Extracted(kind=Kind.TEXT, pages=["tekst " * 2000], page_count=1)

    def work() -> None:
        for _ in range(20):
            ExtractionCache(folder).get_or_extract(src, ExtractOptions(), lambda s, o: result)
            # force a rewrite each time: delete-free overwrite races are what we test
            for p in folder.rglob("*.bin"):
                ExtractionCache(folder)._store(p, *ExtractionCache(folder)._material(src, ExtractOptions())[:2], result)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    c = ExtractionCache(folder)
    assert c.get_or_extract(src, ExtractOptions(), lambda s, o: pytest.fail("should hit")).pages == result.pages
    assert not [p for p in folder.rglob(".tmp-*")], "temp files left behind"


def test_cache_dir_resolution(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(cache_mod.ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert resolve_cache_dir() == tmp_path / "xdg" / "wia-dossier"
    monkeypatch.setenv(cache_mod.ENV_VAR, str(tmp_path / "env"))
    assert resolve_cache_dir() == tmp_path / "env"
    assert resolve_cache_dir(tmp_path / "flag") == tmp_path / "flag"  # --cache-dir beats the environment
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.delenv(cache_mod.ENV_VAR)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert resolve_cache_dir() == tmp_path / "home" / ".cache" / "wia-dossier"


def test_cache_dir_that_is_a_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    from wia_dossier.errors import UsageError

    with pytest.raises(UsageError, match="--no-cache"):
        open_cache(tmp_path / "file")
