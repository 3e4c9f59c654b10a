"""OCR of scans and photos (issue 5): accuracy vs born-digital, rotation, cache, text layer, no engine."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import io
import json
import shutil
import sys
from pathlib import Path

import pikepdf
import pypdf
import pytest
from click.testing import CliRunner

from wia_dossier import ocr, ocr_cache
from wia_dossier._exec import tesseract
from wia_dossier.checklist import load_checklist
from wia_dossier.classify import classify, compile_checklist
from wia_dossier.extractors import ExtractOptions, extract
from wia_dossier.model import SourceFile, Status

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "tests" / "data" / "scans"
CORPUS = ROOT / "tests" / "corpus" / "files"
SAMPLE = ROOT / "samples" / "dossier-de-vries"

ENGINE, WHY = ocr.availability()
needs_engine = pytest.mark.skipif(ENGINE is None, reason=f"OCR not available: {WHY}")
# in-process extraction (no sandbox worker), so monkeypatches and call counters see the engine
INPROC = {"file_timeout": 0, "file_memory": 0} if "file_timeout" in ExtractOptions.__dataclass_fields__ else {}


def _options(**kw: object) -> ExtractOptions:
    return ExtractOptions(**{**INPROC, **kw})  # type: ignore[arg-type]


def _src(rel: str, data: bytes) -> SourceFile:
    return SourceFile(rel=rel, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)


@pytest.fixture(scope="session")
def ocr_cache_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A private cache root for the whole session (CI starts cold, re-runs in one session are warm)."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def _private_cache(ocr_cache_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WIA_DOSSIER_CACHE", str(ocr_cache_root))


@pytest.fixture(scope="session")
def scan_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, str]]]:
    spec = importlib.util.spec_from_file_location("make_scans", SCANS / "make_scans.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = module.main(tmp_path_factory.mktemp("scans"))
    with (SCANS / "labels.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return out, rows


@pytest.fixture(scope="session")
def corpus_results(scan_corpus: tuple[Path, list[dict[str, str]]], ocr_cache_root: Path) -> list[dict[str, object]]:
    """Each scan classified from OCR text, and its born-digital source under the same neutral name."""
    out, rows = scan_corpus
    model = compile_checklist(load_checklist())
    results = []
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("WIA_DOSSIER_CACHE", str(ocr_cache_root))
        for row in rows:
            scan = extract(_src(row["file"], (out / row["file"]).read_bytes()), _options(ocr=True))
            born = extract(_src(Path(row["file"]).stem + ".pdf", (CORPUS / row["source"]).read_bytes()), _options())
            got_scan = classify(model, scan, row["file"]).type
            got_born = classify(model, born, Path(row["file"]).stem + ".pdf").type
            results.append({"row": row, "scan": scan, "scan_type": got_scan, "born_type": got_born})
    return results


@needs_engine
def test_scanned_accuracy_within_5_points_of_born_digital(corpus_results: list[dict[str, object]]) -> None:
    n = len(corpus_results)
    assert 12 <= n <= 20
    born = sum(r["born_type"] == r["row"]["type"] for r in corpus_results) / n  # type: ignore[index]
    scanned = sum(r["scan_type"] == r["row"]["type"] for r in corpus_results) / n  # type: ignore[index]
    wrong = [
        (r["row"]["file"], r["row"]["type"], r["scan_type"])
        for r in corpus_results  # type: ignore[index]
        if r["scan_type"] != r["row"]["type"]
    ]  # type: ignore[index]
    sys.stderr.write(f"\nOCR corpus: born-digital {born:.0%}, scanned {scanned:.0%} ({n} pages); wrong: {wrong}\n")
    assert scanned >= born - 0.05, wrong


@needs_engine
def test_ocr_results_carry_confidence_and_facts(corpus_results: list[dict[str, object]]) -> None:
    for r in corpus_results:
        ex = r["scan"]
        name = r["row"]["file"]  # type: ignore[index]
        assert ex.status is Status.OK, name  # type: ignore[attr-defined]
        assert ex.facts.get("ocr") == "true", name  # type: ignore[attr-defined]
        assert "needs_ocr" not in ex.facts, name  # type: ignore[attr-defined]
        assert 0.5 < ex.ocr_confidence <= 1.0, name  # type: ignore[attr-defined]
        assert ex.facts["ocr_note"].startswith("tekst herkend met OCR (zekerheid "), name  # type: ignore[attr-defined]
        assert (ex.title_zone and ex.title_zone in ex.pages[0]) or ex.title_zone.split("\n")[0] in ex.pages[0]  # type: ignore[attr-defined]


@needs_engine
def test_upside_down_photo_and_sideways_scan_are_turned(corpus_results: list[dict[str, object]]) -> None:
    by_name = {r["row"]["file"]: r["scan"] for r in corpus_results}  # type: ignore[index]
    assert by_name["IMG_2050.jpg"].facts.get("ocr_rotated") == "180"  # type: ignore[attr-defined]
    assert by_name["scan_10.pdf"].facts.get("ocr_rotated") in ("90", "270")  # type: ignore[attr-defined]
    # EXIF orientation 6: turned from the tag, no OSD needed
    assert by_name["IMG_2031.jpg"].facts.get("ocr_rotated") == "270"  # type: ignore[attr-defined]


@needs_engine
def test_pages_with_text_are_left_alone() -> None:
    data = (CORPUS / "dev/glansrijk/PA Verhoeven.pdf").read_bytes()
    ex = extract(_src("pa.pdf", data), _options(ocr=True))
    assert "ocr" not in ex.facts and ex.ocr_confidence is None


@needs_engine
def test_second_scan_does_no_ocr_work(
    tmp_path: Path, scan_corpus: tuple[Path, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIA_DOSSIER_CACHE", str(tmp_path / "cache"))
    calls = {"n": 0}
    real = tesseract.run_tsv

    def counting(*a: object, **kw: object) -> str:
        calls["n"] += 1
        return real(*a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(tesseract, "run_tsv", counting)
    out, _ = scan_corpus
    files = [out / "scan_02.pdf", out / "IMG_2044.jpg"]
    first = [extract(_src(f.name, f.read_bytes()), _options(ocr=True)) for f in files]
    cold = calls["n"]
    assert cold >= 2
    second = [extract(_src(f.name, f.read_bytes()), _options(ocr=True)) for f in files]
    assert calls["n"] == cold, "the second scan called Tesseract again"
    assert [e.pages for e in first] == [e.pages for e in second]
    assert [e.ocr_confidence for e in first] == [e.ocr_confidence for e in second]


@needs_engine
def test_cache_is_encrypted_and_can_be_cleared(
    tmp_path: Path, scan_corpus: tuple[Path, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIA_DOSSIER_CACHE", str(tmp_path))
    out, _ = scan_corpus
    data = (out / "scan_02.pdf").read_bytes()
    ex = extract(_src("scan_02.pdf", data), _options(ocr=True))
    assert "werknemer" in ex.text.lower()
    entries = list((tmp_path / "ocr").rglob("*.bin"))
    assert entries
    for entry in entries:
        blob = entry.read_bytes()
        assert b"werknemer" not in blob.lower() and "scan_02" not in entry.name
    # with another file's hash (the wrong key) nothing decrypts
    fp = ocr_cache.engine_fingerprint(ENGINE, ocr.OcrSettings())  # type: ignore[arg-type]
    cache = ocr.OcrCache(tmp_path / "ocr")
    assert cache.get(hashlib.sha256(data).hexdigest(), 0, fp) is not None
    assert cache.get(hashlib.sha256(b"other").hexdigest(), 0, fp) is None
    assert ocr.clear_cache() == len(entries)
    assert not (tmp_path / "ocr").exists()


@needs_engine
def test_no_cache_option_writes_nothing(
    tmp_path: Path, scan_corpus: tuple[Path, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("WIA_DOSSIER_CACHE", str(tmp_path))
    out, _ = scan_corpus
    extract(_src("scan_11.png", (out / "scan_11.png").read_bytes()), _options(ocr=True, ocr_cache=False))
    assert not (tmp_path / "ocr").exists()


@needs_engine
def test_page_limit_is_reported(scan_corpus: tuple[Path, list[dict[str, str]]]) -> None:
    out, _ = scan_corpus
    two = pikepdf.new()
    for name in ("scan_01.pdf", "scan_02.pdf"):
        src = pikepdf.open(out / name)
        two.pages.extend(src.pages)
    buf = io.BytesIO()
    two.save(buf)
    ex = extract(_src("twee.pdf", buf.getvalue()), _options(ocr=True, ocr_max_pages=1))
    assert ex.facts["ocr_pages"] == "1"
    assert ex.facts["ocr_skipped_pages"] == "2"
    assert "eerste 1 pagina" in ex.facts["ocr_limit"]
    assert ex.facts.get("pages_without_text") == "2"


def test_missing_engine_gives_a_finding_not_a_crash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tesseract, "which", lambda name: None)
    monkeypatch.delenv("TESSERACT", raising=False)
    case = tmp_path / "dossier"
    case.mkdir()
    shutil.copy(SAMPLE / "scans" / "scan0003.pdf", case / "scan0003.pdf")
    shutil.copy(SAMPLE / "scans" / "IMG_4411.jpg", case / "IMG_4411.jpg")
    import datetime as dt

    from wia_dossier.pipeline import ScanOptions, run_scan

    result = run_scan(case, ScanOptions(as_of=dt.date(2026, 10, 1), extract=_options(ocr=True)))
    for doc in result.documents:
        assert doc.status is Status.OK
        assert doc.extracted.facts["needs_ocr"] == "true"
        assert doc.extracted.facts["ocr_unavailable"] == "Tesseract is niet geïnstalleerd"
    unclassified = (
        [f for f in result.findings if f.code == "unclassified"]
        if hasattr(result.findings[0], "code")
        else [f for f in result.findings if "niet herkend" in f.message]
    )
    assert len(unclassified) == 2
    assert all("installeer Tesseract" in f.message for f in unclassified)


@needs_engine
def test_bundle_is_searchable_and_images_unchanged(tmp_path: Path) -> None:
    from wia_dossier.cli import cli

    out = tmp_path / "bundel.pdf"
    res = CliRunner().invoke(
        cli,
        ["build", str(SAMPLE), "-o", str(out), "--as-of", "2026-10-01", "--draft"],
        catch_exceptions=False,
    )
    assert out.exists(), res.output
    page_map = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    pages = {d["path"]: d["pdf_page_index"] for d in page_map["documents"]}
    reader = pypdf.PdfReader(out)
    scan_text = " ".join((reader.pages[pages["scans/scan0003.pdf"]].extract_text() or "").split())
    photo_text = " ".join((reader.pages[pages["scans/IMG_4411.jpg"]].extract_text() or "").split())
    for word in ("Eindevaluatie", "werknemer", "Groothandel"):
        assert word in scan_text, scan_text[:300]
    for word in ("Oordeel", "werknemer", "re-integratieverslag"):
        assert word in photo_text, photo_text[:300]

    # the image streams are the originals, byte for byte
    bundle = pikepdf.open(out)

    def raw_images(page: pikepdf.Page) -> list[bytes]:
        return [pikepdf.PdfImage(img).obj.read_raw_bytes() for img in page.get_images().values()]

    with pikepdf.open(SAMPLE / "scans" / "scan0003.pdf") as original:
        assert raw_images(bundle.pages[pages["scans/scan0003.pdf"]]) == raw_images(original.pages[0])
    assert raw_images(bundle.pages[pages["scans/IMG_4411.jpg"]]) == [(SAMPLE / "scans" / "IMG_4411.jpg").read_bytes()]


def test_a_low_contrast_scan_is_not_turned_by_a_dark_edge() -> None:
    """Grey text on a grey page with the scanner's dark edge at an angle: the text lines, not the edge, set the
    deskew angle (a fixed ink threshold saw only the edge and turned a level page by 5 degrees)."""
    from PIL import Image, ImageDraw, ImageFont

    from wia_dossier.ocr_recognise import _skew

    page = Image.new("L", (1240, 1750), 228)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default()
    for row in range(40):
        y = 120 + row * 38
        draw.rectangle((100, y, 1100 - (row % 5) * 60, y + 14), fill=150)  # level lines of grey 'text'
    draw.line((20, 0, 180, 1750), fill=30, width=12)  # a dark, slanted scanner edge
    draw.text((100, 60), "Evaluatie eerste ziektejaar", fill=150, font=font)
    assert abs(_skew(page)) < 1.0


def _shadowed_photo() -> bytes:
    """A phone photo of a meeting report whose left half lies in a shadow: the paper there is darker than the ink on
    the lit side, so one global threshold for the page loses the text."""
    from PIL import Image, ImageChops, ImageDraw, ImageFont

    page = Image.new("L", (1200, 900), 245)
    draw = ImageDraw.Draw(page)
    font = ImageFont.load_default(size=30)
    lines = ["Verslag van het gesprek", "Werknemer Johanna de Vries", "Afspraken over de werkhervatting",
             "Volgende evaluatie over zes weken", "Handtekening werkgever en werknemer"]  # fmt: skip
    for i, line in enumerate(lines):
        draw.text((80, 120 + i * 80), line, fill=40, font=font)
    shade = Image.linear_gradient("L").rotate(90).resize(page.size).point(lambda v: 70 + v * 185 // 255)
    out = io.BytesIO()
    ImageChops.multiply(page, shade).save(out, "JPEG", quality=85)  # no dpi: a camera picture
    return out.getvalue()


@needs_engine
def test_a_photo_in_a_shadow_is_read_with_a_local_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    """The photo is read twice (one threshold for the page, and Tesseract's local Sauvola threshold) and the pass
    that read more words with confidence is kept; with the global threshold alone the shadowed text is lost."""
    data = _shadowed_photo()
    monkeypatch.setattr(ocr_cache, "_FORMAT", "test-shadow-both")
    both = extract(_src("IMG_0412.jpg", data), _options(ocr=True))
    assert "werkhervatting" in both.text and "Johanna de Vries" in both.text

    monkeypatch.setattr(tesseract, "has_local_threshold", lambda engine: False)
    monkeypatch.setattr(ocr_cache, "_FORMAT", "test-shadow-global")
    single = extract(_src("IMG_0412.jpg", data), _options(ocr=True))
    assert "werkhervatting" not in single.text  # what the photo lost before
