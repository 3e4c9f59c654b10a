"""Property-based fuzzing (issue 7): extractors, date finder, checklist and case-file loaders, classifier.

Bounded for CI (profile ``ci``: a few dozen examples per target, ~30-60 s in all); run longer locally
with ``HYPOTHESIS_PROFILE=long .venv/bin/pytest tests/test_fuzz.py``. Every crash found becomes a
named regression test at the bottom of this file, with its minimal example.

Extractors run through the sandbox (``sandbox.extract``) with a short time limit, so a hang or a
crash in a C library shows up as ``facts["limit"]`` instead of killing the test run; the property
is that no such limit is ever hit and nothing raises.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import struct
import zlib
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wia_dossier import dates, sandbox
from wia_dossier.casefile import parse_case_file
from wia_dossier.checklist import load_checklist, parse_checklist
from wia_dossier.classify import classify, compile_checklist
from wia_dossier.errors import DossierError
from wia_dossier.extractors import ExtractOptions
from wia_dossier.model import Extracted, Kind, SourceFile, Status

settings.register_profile(
    "ci", max_examples=150, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("long", max_examples=3000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

EXAMPLES = {"ci": 1, "long": 25}[os.environ.get("HYPOTHESIS_PROFILE", "ci")]


# -- seeds -----------------------------------------------------------------------------------------


def _pdf_seed() -> bytes:
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title("Plan van aanpak")
    for n in range(2):
        pdf.add_page()
        pdf.set_font("helvetica", size=14)
        pdf.cell(text=f"Plan van aanpak - pagina {n + 1}")
        pdf.ln(10)
        pdf.multi_cell(w=0, text="Datum: 5 maart 2025. Werknemer J. de Vries, BSN 123456782.")
    pdf.set_compression(False)  # structure in plain sight, so mutations hit objects, not only deflate data
    return bytes(pdf.output())


def _docx_seed() -> bytes:
    import docx

    d = docx.Document()
    d.add_heading("Eerstejaarsevaluatie", 1)
    d.add_paragraph("Datum: 12 januari 2026")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Werknemer"
    t.cell(0, 1).text = "J. de Vries"
    d.sections[0].header.paragraphs[0].text = "Voorbeeld BV"
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def _png_seed() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    raw = b"".join(b"\x00" + bytes(range(16)) for _ in range(16))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


_EML_SEED = (
    b"From: a@example.nl\r\nTo: b@example.nl\r\nSubject: PvA\r\nDate: Wed, 5 Mar 2025 10:00:00 +0100\r\n"
    b'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\n'
    b"Content-Type: text/plain; charset=utf-8\r\n\r\nHierbij het plan van aanpak.\r\n--B\r\n"
    b'Content-Type: message/rfc822\r\nContent-Disposition: attachment; filename="fw.eml"\r\n\r\n'
    b"From: c@example.nl\r\nSubject: fw\r\n\r\nbinnen\r\n--B\r\n"
    b'Content-Type: application/pdf\r\nContent-Disposition: attachment; filename="pva.pdf"\r\n'
    b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjcKJeLjz9MK\r\n--B--\r\n"
)


def _pdf_form_seed() -> bytes:
    """A filled-in form with an ink signature and typed text: the page is flattened in memory when read."""
    import pikepdf

    with pikepdf.open(io.BytesIO(_pdf_seed())) as pdf:
        page = pdf.pages[0]
        ap = pdf.make_stream(b"0 0 1 RG 4 10 m 30 40 60 0 90 20 c S")
        ap.Type, ap.Subtype, ap.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, 100, 50]
        annots = [
            pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Widget,
                    FT=pikepdf.Name.Tx,
                    T=pikepdf.String("datum"),
                    V=pikepdf.String("05-03-2025"),
                    Rect=[300, 700, 500, 720],
                    DA=pikepdf.String("/Helv 10 Tf 0 g"),
                    P=page.obj,
                )
            ),
            pdf.make_indirect(
                pikepdf.Dictionary(
                    Type=pikepdf.Name.Annot,
                    Subtype=pikepdf.Name.Ink,
                    Rect=[100, 100, 200, 150],
                    InkList=[[104, 110, 190, 120]],
                    AP=pikepdf.Dictionary(N=ap),
                )
            ),
        ]
        page.obj.Annots = pikepdf.Array(annots)
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([annots[0]]), NeedAppearances=True)
        out = io.BytesIO()
        pdf.save(out, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
        return out.getvalue()


SEEDS = {"pdf": _pdf_seed(), "docx": _docx_seed(), "png": _png_seed(), "eml": _EML_SEED, "form.pdf": _pdf_form_seed()}


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few byte flips, a cut, a duplicated slice or an inserted run of bytes."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        op = draw(st.sampled_from(["flip", "cut", "dup", "insert", "zero"]))
        if not data:
            break
        pos = draw(st.integers(0, len(data) - 1))
        if op == "flip":
            data[pos] ^= draw(st.integers(1, 255))
        elif op == "cut":
            del data[pos:]
        elif op == "dup":
            end = min(len(data), pos + draw(st.integers(1, 512)))
            data[pos:pos] = data[pos:end] * draw(st.integers(1, 8))
        elif op == "insert":
            data[pos:pos] = draw(st.binary(min_size=1, max_size=64))
        else:
            end = min(len(data), pos + draw(st.integers(1, 256)))
            data[pos:end] = bytes(end - pos)
    return bytes(data)


_FUZZ_OPTIONS = ExtractOptions(file_timeout=10, file_memory=1024**3)


def _check_extract(data: bytes, name: str) -> Extracted:
    src = SourceFile(rel=name, size=len(data), sha256=hashlib.sha256(data).hexdigest(), data=data)
    ex = sandbox.extract(src, _FUZZ_OPTIONS)
    assert isinstance(ex, Extracted)
    assert ex.status in set(Status)
    assert ex.facts.get("limit") is None, (ex.error, data[:64])  # no hang, no crash, no memory blow-up
    if ex.status is Status.OK:
        assert len(ex.pages) == len(ex.page_numbers)
        assert all(isinstance(p, str) for p in ex.pages)
    return ex


@pytest.mark.parametrize("fmt", sorted(SEEDS))
def test_extractors_survive_mutations(fmt: str) -> None:
    seed = SEEDS[fmt]
    assert _check_extract(seed, f"seed.{fmt}").status is Status.OK

    @given(mutated(seed))
    def run(data: bytes) -> None:
        _check_extract(data, f"doc.{fmt}")

    run()


@given(st.binary(max_size=2048), st.sampled_from(["a.pdf", "a.docx", "a.eml", "a.png", "a.txt", "a"]))
def test_extractors_survive_random_bytes(data: bytes, name: str) -> None:
    _check_extract(data, name)


# -- dates -----------------------------------------------------------------------------------------

_DATEISH = st.one_of(
    st.text(max_size=200),
    st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "Datum:",
                    "datum",
                    "d.d.",
                    "Eerste ziektedag:",
                    "januari",
                    "mrt",
                    "2025",
                    "29-02-2024",
                    "31/04/2025",
                    "1 januari 1900",
                    "00-00-0000",
                    "\n",
                    " ",
                    "-",
                    "/",
                    ".",
                    "9999",
                ]
            ),
            st.integers(-5, 10000).map(str),
        ),
        max_size=40,
    ).map(" ".join),
)


@given(_DATEISH, _DATEISH, st.text(max_size=60))
def test_date_finder_never_raises(text: str, zone: str, filename: str) -> None:
    for hit in dates.find_dates(text):
        assert isinstance(hit.value if hasattr(hit, "value") else hit, object)
    found = dates.document_date(
        text,
        title_zone=zone,
        filename=filename,
        not_after=dt.date(2030, 1, 1),
        not_before=dt.date(1990, 1, 1),
    )
    if found is not None:
        assert dt.date(1990, 1, 1) <= found.value <= dt.date(2030, 1, 1)
    dates.filename_date(filename)
    dates.first_sick_day(text)


# -- YAML loaders ----------------------------------------------------------------------------------

_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**6), 10**6),
    st.text(max_size=20),
    st.dates().map(str),
    st.floats(allow_nan=False),
)
_KEYS = st.one_of(
    st.sampled_from(
        [
            "id",
            "types",
            "label",
            "required",
            "match",
            "werknemer",
            "bsn",
            "naam",
            "eerste_ziektedag",
            "overrides",
            "exclude",
            "ziekteperiodes",
            "start",
            "end",
            "privacy",
            "medical_terms",
            "from_week",
            "version",
            "weights",
        ]
    ),
    st.text(max_size=10),
)
_yamlish = st.recursive(
    _scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=5)),
    max_leaves=25,
)


def _dump(obj: object) -> str:
    return yaml.safe_dump(obj, allow_unicode=True, sort_keys=False)


@given(_yamlish)
def test_case_file_loader_gives_value_or_config_error(obj: object) -> None:
    try:
        parse_case_file(_dump(obj), "dossier.yaml")
    except DossierError as exc:
        assert int(exc.exit_code) == 3 and "dossier.yaml" in exc.message


@given(st.text(max_size=300))
def test_case_file_loader_on_raw_text(text: str) -> None:
    try:
        parse_case_file(text, "dossier.yaml")
    except DossierError as exc:
        assert int(exc.exit_code) == 3


_BASE_CHECKLIST = (
    yaml.safe_load(
        Path(load_checklist.__code__.co_filename)
        .parent.parent.joinpath("checklists", "wia-aanvraag.yaml")
        .read_text(encoding="utf-8")
    )
    if Path(load_checklist.__code__.co_filename).parent.parent.joinpath("checklists", "wia-aanvraag.yaml").is_file()
    else {}
)


@given(_yamlish, st.data())
def test_checklist_loader_gives_value_or_config_error(obj: object, data: st.DataObject) -> None:
    # half random structures, half the real checklist with one subtree replaced
    if isinstance(_BASE_CHECKLIST, dict) and _BASE_CHECKLIST and data.draw(st.booleans()):
        doc = dict(_BASE_CHECKLIST)
        doc[data.draw(st.sampled_from(sorted(doc)))] = obj
        obj = doc
    try:
        parse_checklist(_dump(obj), "mijn.yaml")
    except DossierError as exc:
        assert int(exc.exit_code) == 3 and "mijn.yaml" in exc.message


# -- classifier ------------------------------------------------------------------------------------

_MODEL = compile_checklist(load_checklist(None))
_words = st.sampled_from(
    [
        "plan van aanpak",
        "probleemanalyse",
        "bedrijfsarts",
        "werkgever",
        "werknemer",
        "datum",
        "handtekening",
        "eerstejaarsevaluatie",
        "medisch geheim",
        "UWV",
        "re-integratie",
        "\f",
        "\n",
        "Ondertekening",
        "BSN 123456782",
        "ICD-10 F32.1",
    ]
)
_texts = st.one_of(st.text(max_size=300), st.lists(_words, max_size=60).map(" ".join))


@given(
    pages=st.lists(_texts, max_size=6),
    zone=_texts,
    name=st.text(max_size=40),
    kind=st.sampled_from(list(Kind)),
    date=st.none() | st.dates(),
    fsd=st.none() | st.dates(),
    lang=st.sampled_from(["nl", "en"]),
)
def test_classifier_never_raises(
    pages: list[str], zone: str, name: str, kind: Kind, date: dt.date | None, fsd: dt.date | None, lang: str
) -> None:
    ex = Extracted(
        kind=kind,
        pages=pages,
        page_numbers=list(range(1, len(pages) + 1)),
        page_count=len(pages),
        title_zone=zone,
    )
    c = classify(_MODEL, ex, name or "x", date=date, first_sick_day=fsd, lang=lang)
    assert 0.0 <= c.confidence <= 1.0
    assert c.type is None or isinstance(c.type, str)
    assert all(isinstance(r, str) for r in c.reasons)


# -- regressions found by the fuzzers (minimal examples) --------------------------------------------
# None so far: 1,500 examples per CI run and 30,000 with HYPOTHESIS_PROFILE=long (229 s) found no crash,
# hang or exception. A failure found later gets its minimal example here as a plain test.
