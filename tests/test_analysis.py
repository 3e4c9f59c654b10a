"""The per-file analysis: run where the file is read, bounded by the file's time limit, same answers as in-process."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import time
from pathlib import Path

import pytest
from fpdf import FPDF
from hypothesis import given, settings
from hypothesis import strategies as st

from wia_dossier.checklist import checklist_dir, load_checklist, packaged_checklists
from wia_dossier.classify import compile_checklist, normalize
from wia_dossier.extractors import ExtractOptions, extract
from wia_dossier.pipeline import ScanOptions, _Words, run_scan
from wia_dossier.report import to_json_obj
from wia_dossier.scan import walk_case

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "dossier-bakker"
AS_OF = dt.date(2026, 6, 1)


def _pdf(path: Path, lines: list[str]) -> Path:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=11)
    for i, line in enumerate(lines):
        pdf.text(20, 25 + 7 * i, line)
    pdf.output(str(path))
    return path


def _corpus_texts() -> list[str]:
    """Normalised text of every born-digital file of the labelled corpora and the samples (no OCR)."""
    texts: list[str] = []
    for folder in [ROOT / "tests" / f"corpus{n}" for n in ("", "2", "3", "4")] + [SAMPLE]:
        files, _ = walk_case(folder)
        for src in files:
            ex = extract(src, ExtractOptions(file_timeout=0, file_memory=0))
            if ex.text.strip():
                texts.append(normalize(ex.text))
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = _corpus_texts()
    assert len(out) > 250
    return out


@pytest.mark.parametrize("name", sorted(packaged_checklists()))
def test_needle_prefilter_never_hides_a_match(name: str, texts: list[str]) -> None:
    """A phrase is only searched when one of its needles occurs; no phrase that matches may be skipped."""
    model = compile_checklist(load_checklist(name))
    phrases = {p.source: p for t in model.types for p in (*t.titles, *t.strong, *t.weak, *t.negative, *t.aliases)}
    for group in (model.leaflet, model.unrelated, model.medical_terms, model.medical_markers, *model.authors.values()):
        phrases.update({p.source: p for p in group})
    assert len(phrases) > 300
    checked = 0
    medical = {p.source for p in (*model.medical_terms, *model.medical_markers)}
    for text in texts:
        present = model.present_needles(text)
        present_medical = model.present_medical_needles(text)
        for p in phrases.values():
            if p.needles and p.pattern.search(text):  # the regex alone, without the prefilter
                checked += 1
                assert p.possible(text, present), (p.source, p.needles)
                if p.source in medical:  # the page-by-page privacy check uses the smaller automaton
                    assert p.possible(text, present_medical), (p.source, p.needles)
    assert checked > 1000


def test_plain_phrases_match_whole_words_only(texts: list[str]) -> None:
    """A phrase matches where a look-behind regex would: never inside a longer word, every occurrence found."""
    model = compile_checklist(load_checklist())
    phrases = {p.source: p for t in model.types for p in (*t.titles, *t.strong, *t.aliases) if not p.is_regex}
    compared = 0
    for p in list(phrases.values())[:150]:
        reference = re.compile(r"(?<![\w])" + p.pattern.pattern)
        for text in texts[::3]:
            expected = [m.span() for m in reference.finditer(text)]
            assert [m.span() for m in p.finditer(text)] == expected, (p.source, text[:80])
            compared += bool(expected)
    assert compared > 100


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["plan", "van", "aanpak", " ", "-", "x", "_", "é", "(", "pva", "1"]), max_size=12))
def test_title_words_match_like_a_word_boundary_regex(parts: list[str]) -> None:
    words = ["plan van aanpak", "pva", "aanpak", "(pva)"]
    label = "".join(parts)
    regex = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    assert bool(_Words(words).search(label)) == bool(regex.search(label)), label


def test_worker_and_in_process_give_the_same_report(tmp_path: Path, analysed_in_main: list[str]) -> None:
    """The analysis runs in the sandbox worker that read the file; the report is the same as in-process."""
    case = tmp_path / "case"
    shutil.copytree(SAMPLE, case)
    in_main = analysed_in_main
    sandboxed = run_scan(case, ScanOptions(as_of=AS_OF))
    pdfs = [d.path for d in sandboxed.documents if d.path.endswith(".pdf")]
    assert pdfs and not set(pdfs) & set(in_main), "PDFs must be analysed in the worker, not in the main process"
    in_main.clear()
    direct = run_scan(case, ScanOptions(as_of=AS_OF, extract=ExtractOptions(file_timeout=0, file_memory=0)))
    assert set(pdfs) <= set(in_main)
    assert to_json_obj(sandboxed) == to_json_obj(direct)


def test_a_pattern_that_never_ends_is_stopped_by_the_file_time_limit(tmp_path: Path) -> None:
    """A bureau's own checklist with a catastrophic regex (or a text that triggers one) costs one file, not the run."""
    yaml_text = (checklist_dir() / "wia-aanvraag.yaml").read_text(encoding="utf-8")
    cue = 'strong: ["dreigend langdurig verzuim", '
    bad = yaml_text.replace(cue, cue.replace("[", '["re:(a+)+c", '), 1)
    assert bad != yaml_text
    checklist = tmp_path / "eigen.yaml"
    checklist.write_text(bad, encoding="utf-8")
    case = tmp_path / "case"
    case.mkdir()
    _pdf(case / "notitie.pdf", ["Notitie", "a" * 40])
    (case / "memo.txt").write_text("Memo\n" + "a" * 40 + "\n", encoding="utf-8")
    _pdf(
        case / "probleemanalyse.pdf",
        [
            "Probleemanalyse",
            "Naam werknemer: J. Jansen",
            "Datum: 10-02-2025",
            "Dreigend langdurig verzuim; benutbare mogelijkheden; verwachte duur.",
        ],
    )
    start = time.monotonic()
    result = run_scan(case, ScanOptions(checklist=str(checklist), as_of=AS_OF, extract=ExtractOptions(file_timeout=2)))
    assert time.monotonic() - start < 30
    by_path = {d.path: d for d in result.documents}
    for slow in ("notitie.pdf", "memo.txt"):
        assert by_path[slow].status.value == "unreadable"
        assert any(f.path == slow and "2 s" in f.message for f in result.findings)
    assert by_path["probleemanalyse.pdf"].type == "probleemanalyse"


def test_a_bug_set_off_by_one_file_costs_that_file_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """One bad file never stops the run, not even through a bug in the analysis: it stays unclassified, with why."""
    import wia_dossier.analysis as analysis

    case = tmp_path / "case"
    case.mkdir()
    _pdf(
        case / "probleemanalyse.pdf",
        [
            "Probleemanalyse",
            "Naam werknemer: J. Jansen",
            "Datum: 10-02-2025",
            "Dreigend langdurig verzuim; benutbare mogelijkheden; verwachte duur.",
        ],
    )
    _pdf(case / "vreemd.pdf", ["Plan van aanpak", "Geheime diagnose: xyz"])
    real = analysis.gather

    def buggy(model, ex, name, **kw):  # type: ignore[no-untyped-def]
        if name == "vreemd.pdf":
            raise ValueError("Geheime diagnose: xyz")  # a message that quotes the text must not reach the log
        return real(model, ex, name, **kw)

    monkeypatch.setattr(analysis, "gather", buggy)
    in_process = ExtractOptions(file_timeout=0, file_memory=0)  # the patch lives in this process only
    result = run_scan(case, ScanOptions(as_of=AS_OF, extract=in_process))
    by_path = {d.path: d for d in result.documents}
    assert by_path["probleemanalyse.pdf"].type == "probleemanalyse"
    assert by_path["vreemd.pdf"].type is None
    assert "interne fout (ValueError)" in " ".join(by_path["vreemd.pdf"].reasons)
    assert "diagnose" not in caplog.text and "ValueError" in caplog.text


@pytest.mark.parametrize("name", sorted(packaged_checklists()))
def test_anchored_regex_search_finds_what_the_engine_finds(name: str, texts: list[str]) -> None:
    """A regex cue is tried only where its anchor literal stands; the first match must be the engine's own."""
    model = compile_checklist(load_checklist(name))
    phrases = {p.source: p for t in model.types for p in (*t.titles, *t.strong, *t.weak, *t.negative)}
    for group in (model.leaflet, model.unrelated, model.medical_terms, model.medical_markers, *model.authors.values()):
        phrases.update({p.source: p for p in group})
    regexes = [p for p in phrases.values() if p.is_regex]
    assert len(regexes) > 50
    found = 0
    for text in texts:
        for p in regexes:
            mine, engine = p.search(text), p.pattern.search(text)
            assert (mine and mine.span()) == (engine and engine.span()), (p.source, text[:80])
            found += engine is not None
    assert found > 100
