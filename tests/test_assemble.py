"""The bundle's structure: pages, outline, links, labels, stamps, CONCEPT, privacy, orientation, atomicity."""

from __future__ import annotations

import json
from pathlib import Path

import pypdf
import pytest
from build_fixtures import MEDICAL_SECRET, checklist, make_case

from wia_dossier import build as build_mod
from wia_dossier.build import BuildOptions, BuildRefused, run_build
from wia_dossier.errors import OutputError


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory):
    tmp = tmp_path_factory.mktemp("bundle")
    case, result = make_case(tmp)
    out_dir = tmp / "out"
    out_dir.mkdir()
    res = run_build(
        result, checklist(), out_dir / "bundel.pdf", BuildOptions(split_dir=out_dir / "split", soffice=None)
    )
    reader = pypdf.PdfReader(out_dir / "bundel.pdf")
    return res, reader, out_dir, case


def test_page_count_is_front_plus_documents(built) -> None:
    res, reader, _out, _case = built
    body = sum(d.pages for d in res.documents)
    assert len(reader.pages) == res.front_pages + body
    assert res.front_pages >= 2  # cover + index
    assert [d.last - d.first + 1 for d in res.documents] == [d.pages for d in res.documents]
    assert not any(d.pdf.exists() for d in res.documents)  # work folder removed


def test_order_follows_checklist_then_date_and_attachment_follows_mail(built) -> None:
    res, *_ = built
    rels = [d.rel for d in res.documents]
    assert rels == [
        "01 PA/probleemanalyse.pdf",
        "02 PvA/plan van aanpak.pdf",
        "02 PvA/bijstelling pva.docx",
        "03/eerstejaarsevaluatie.pdf",
        "04/actueel oordeel.pdf",
        "05/eindevaluatie scan.jpg",
        "mail/bevestiging.eml",
        "mail/bevestiging.eml::bijlage.pdf",
    ]
    firsts = [d.first for d in res.documents]
    assert firsts[0] == 1 and firsts == sorted(firsts)


def test_outline_one_entry_per_document_under_its_element(built) -> None:
    res, reader, *_ = built
    outline = reader.outline
    tops = [o for o in outline if not isinstance(o, list)]
    assert tops[0].title == "Voorblad" and tops[1].title == "Inhoudsopgave"
    # each element entry is followed by the list of its children
    by_element: dict[str, list[str]] = {}
    for i, entry in enumerate(outline):
        if isinstance(entry, list):
            by_element[outline[i - 1].title] = [c.title for c in entry]
    assert set(by_element) == {
        "1. Probleemanalyse",
        "2. Plan van aanpak",
        "3. Eerstejaarsevaluatie",
        "4. Actueel oordeel",
        "5. Eindevaluatie",
        "8. Correspondentie UWV",
    }
    assert len(by_element["2. Plan van aanpak"]) == 2
    assert sum(len(v) for v in by_element.values()) == len(res.documents)
    # children land on the first page of their document
    for entry in outline:
        if isinstance(entry, list):
            for child in entry:
                page = reader.get_destination_page_number(child)
                doc = next(d for d in res.documents if child.title.startswith(d.title))
                assert page == res.front_pages + doc.first - 1


def test_index_links_land_on_first_page_of_each_document(built) -> None:
    res, reader, *_ = built
    index_page = reader.pages[res.front_pages - 1]
    page_ids = [p.indirect_reference.idnum for p in reader.pages]
    targets = set()
    for i in range(res.front_pages):
        for annot in reader.pages[i].get("/Annots", []):
            a = annot.get_object()
            assert "/URI" not in a.get("/A", {}), "placeholder link left in the bundle"
            if a.get("/Subtype") == "/Link" and "/Dest" in a:
                targets.add(page_ids.index(a["/Dest"][0].idnum))
    assert targets == {res.front_pages + d.first - 1 for d in res.documents}
    assert index_page.get("/Annots")


def test_page_labels_roman_front_then_arabic(built) -> None:
    res, reader, *_ = built
    labels = reader.page_labels
    assert labels[0] == "i" and labels[res.front_pages - 1] in ("ii", "iii", "iv")
    assert labels[res.front_pages] == "1"
    assert labels[-1] == str(len(reader.pages) - res.front_pages)


def test_stamp_on_every_document_page(built) -> None:
    res, reader, *_ = built
    total = len(reader.pages) - res.front_pages
    for doc in res.documents:
        for n in range(doc.first, doc.last + 1):
            text = reader.pages[res.front_pages + n - 1].extract_text()
            assert f"pagina {n} van {total}" in text
            assert f"Onderdeel {doc.element}" in text
            assert "J. de Vries" in text and "*****6782" in text
            assert "123456782" not in text


def test_no_medical_text_anywhere(built) -> None:
    res, reader, out_dir, _case = built
    secret = "hernia"
    everything = "\n".join(p.extract_text() for p in reader.pages)
    assert secret not in everything.lower()
    assert "medische informatie.pdf" not in everything
    sidecar = (out_dir / "bundel.json").read_text(encoding="utf-8")
    assert secret not in sidecar and "medisch/" not in sidecar
    for f in res.split_files:
        text = "\n".join(p.extract_text() for p in pypdf.PdfReader(f).pages)
        assert secret not in text.lower()
    raw = (out_dir / "bundel.pdf").read_bytes()
    assert MEDICAL_SECRET.encode() not in raw
    assert res.medical_left_out == 1


def test_cover_lists_left_out_files_and_separate_items(built) -> None:
    res, reader, *_ = built
    cover = "\n".join(reader.pages[i].extract_text() for i in range(res.front_pages))
    # the final cover goes to UWV: which files the employer left out is not its business
    assert "overig/loonstrook.pdf" not in cover and "kapot.pdf" not in cover
    assert "Medische informatie" in cover  # what the employee sends separately
    assert "*****6782" in cover and "10-01-2027" in cover  # wachttijd: 13-01-2025 + 104 wk - 1 d
    assert "Vereenvoudigd" in cover or "vereenvoudigd" in cover


def test_sidecar_page_map(built) -> None:
    res, reader, out_dir, _case = built
    data = json.loads((out_dir / "bundel.json").read_text(encoding="utf-8"))
    assert data["schema"] == "wia-dossier.bundle/1"
    assert data["pages"] == len(reader.pages)
    docs = data["documents"]
    assert [d["path"] for d in docs] == [d.rel for d in res.documents]
    pva = docs[1]
    assert pva == {
        **pva,
        "type": "plan_van_aanpak",
        "element": "2",
        "date": "2025-03-05",
        "author": "P. Bakker (casemanager)",
        "first_page": 4,
        "last_page": 5,
    }


def test_split_files_named_and_stamped(built) -> None:
    res, _reader, out_dir, _case = built
    names = sorted(p.name for p in res.split_files)
    assert "02_plan_van_aanpak_2025-03-05.pdf" in names
    assert len(names) == len(res.documents)
    pva = pypdf.PdfReader(out_dir / "split" / "02_plan_van_aanpak_2025-03-05.pdf")
    assert "pagina 2 van 2" in pva.pages[1].extract_text()


def test_rotated_and_landscape_pages_keep_orientation(built) -> None:
    res, reader, *_ = built
    eje = next(d for d in res.documents if d.type_id == "eerstejaarsevaluatie")
    p = reader.pages[res.front_pages + eje.first - 1]
    assert p.rotation == 90
    ao = next(d for d in res.documents if d.type_id == "actueel_oordeel")
    lp = reader.pages[res.front_pages + ao.first - 1]
    assert float(lp.mediabox.width) > float(lp.mediabox.height) and lp.rotation == 0
    # offset CropBox page keeps its box
    off = reader.pages[res.front_pages + eje.first]
    assert float(off.cropbox.left) == -50


def test_rotated_stamp_is_upright_for_the_reader(built) -> None:
    res, _reader, out_dir, _case = built
    import subprocess

    eje = next(d for d in res.documents if d.type_id == "eerstejaarsevaluatie")
    n = res.front_pages + eje.first
    txt = subprocess.run(
        ["pdftotext", "-f", str(n), "-l", str(n), "-layout", str(out_dir / "bundel.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    # pdftotext applies /Rotate: an upright stamp comes out as one horizontal line at the bottom
    last = [ln for ln in txt.splitlines() if ln.strip()][-1]
    assert "Onderdeel 3" in last and "pagina" in last


def test_draft_marks_concept_on_every_page(tmp_path: Path) -> None:
    _case, result = make_case(tmp_path, with_docx=False, error=True)
    res = run_build(result, checklist(), tmp_path / "concept.pdf", BuildOptions(draft=True))
    reader = pypdf.PdfReader(tmp_path / "concept.pdf")
    for page in reader.pages:
        assert "CONCEPT" in page.extract_text()
    assert res.draft
    cover = "\n".join(reader.pages[i].extract_text() for i in range(res.front_pages))
    assert "overig/loonstrook.pdf" in cover  # the draft is for the employer: it lists what stayed out


def test_refuses_with_error_findings(tmp_path: Path) -> None:
    _case, result = make_case(tmp_path, with_docx=False, error=True)
    with pytest.raises(BuildRefused) as exc:
        run_build(result, checklist(), tmp_path / "b.pdf", BuildOptions())
    assert exc.value.exit_code == 1
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "b.json").exists()


def test_existing_output_needs_force(tmp_path: Path) -> None:
    _case, result = make_case(tmp_path, with_docx=False)
    (tmp_path / "b.pdf").write_bytes(b"old")
    with pytest.raises(OutputError) as exc:
        run_build(result, checklist(), tmp_path / "b.pdf", BuildOptions())
    assert exc.value.exit_code == 4
    assert (tmp_path / "b.pdf").read_bytes() == b"old"
    run_build(result, checklist(), tmp_path / "b.pdf", BuildOptions(force=True))
    assert (tmp_path / "b.pdf").read_bytes().startswith(b"%PDF")


def test_never_overwrites_an_input(tmp_path: Path) -> None:
    case, result = make_case(tmp_path, with_docx=False)
    target = case / "02 PvA/plan van aanpak.pdf"
    with pytest.raises(OutputError):
        run_build(result, checklist(), target, BuildOptions(force=True))


def test_output_inside_case_folder_leaves_no_temp_there(tmp_path: Path) -> None:
    case, result = make_case(tmp_path, with_docx=False)
    before = {p for p in case.rglob("*")}
    run_build(result, checklist(), case / "bundel.pdf", BuildOptions())
    after = {p for p in case.rglob("*")}
    assert after - before == {case / "bundel.pdf", case / "bundel.json"}


@pytest.mark.parametrize("exc_type", [RuntimeError, KeyboardInterrupt])
def test_crash_halfway_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, exc_type: type) -> None:
    _case, result = make_case(tmp_path, with_docx=False)
    out = tmp_path / "out"
    out.mkdir()

    def boom(*args: object, **kwargs: object) -> None:
        # the bundle's temp file exists at this point; the crash must remove it
        assert any(out.iterdir())
        raise exc_type("boom")

    monkeypatch.setattr(build_mod, "write_split", boom)
    with pytest.raises(exc_type):
        run_build(result, checklist(), out / "b.pdf", BuildOptions(split_dir=out / "split"))
    assert list(out.iterdir()) == []


def test_unwritable_folder_refused_before_work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _case, result = make_case(tmp_path, with_docx=False)
    called = []
    monkeypatch.setattr(build_mod, "convert_documents", lambda *a, **k: called.append(1))
    with pytest.raises(OutputError):
        run_build(result, checklist(), tmp_path / "missing-dir" / "b.pdf", BuildOptions())
    assert not called


def test_include_unclassified_puts_them_last(tmp_path: Path) -> None:
    _case, result = make_case(tmp_path, with_docx=False)
    res = run_build(result, checklist(), tmp_path / "b.pdf", BuildOptions(include_unclassified=True))
    assert res.documents[-1].rel == "overig/loonstrook.pdf"
    assert all(d.rel != "medisch/medische informatie.pdf" for d in res.documents)


def test_full_bsn_on_request(tmp_path: Path) -> None:
    _case, result = make_case(tmp_path, with_docx=False)
    res = run_build(result, checklist(), tmp_path / "b.pdf", BuildOptions(full_bsn=True))
    reader = pypdf.PdfReader(tmp_path / "b.pdf")
    assert "BSN 123456782" in reader.pages[res.front_pages].extract_text()


def test_same_input_same_structure(tmp_path: Path) -> None:
    _case, result = make_case(tmp_path, with_docx=False)
    a = run_build(result, checklist(), tmp_path / "a.pdf", BuildOptions())
    b = run_build(result, checklist(), tmp_path / "b.pdf", BuildOptions())
    ra, rb = pypdf.PdfReader(tmp_path / "a.pdf"), pypdf.PdfReader(tmp_path / "b.pdf")
    assert a.pages == b.pages
    assert ra.metadata.title == rb.metadata.title and ra.metadata.producer == "wia-dossier"
    assert "/CreationDate" not in ra.metadata
    assert [p.extract_text() for p in ra.pages] == [p.extract_text() for p in rb.pages]
