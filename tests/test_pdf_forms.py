"""Filled-in PDF forms and "Fill & Sign": what was typed into fields or onto the page counts, and reaches UWV.

Arbodiensten and HR systems send fillable PDF forms; employees fill them in with a PDF reader and sign
with its "Fill & Sign" tool. The values then live in form fields and annotations, not in the page's
printed text. Before, the scan read such a form as blank (no date, no BSN, "niet ondertekend") and the
bundle showed empty fields in any viewer without form support.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import pikepdf
import pypdf
import pypdfium2 as pdfium
from click.testing import CliRunner
from fpdf import FPDF

from wia_dossier.cli import cli
from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.report import to_json_obj

AS_OF = dt.date(2025, 6, 1)
FIRST_SICK_DAY = dt.date(2025, 1, 20)
MM = 72 / 25.4
PAGE_H = 297 * MM
#: (label printed on the form, value typed into the field)
FIELDS = [
    ("Naam werknemer:", "Jolien Verhoef"),
    ("BSN:", "123456782"),
    ("Datum:", "01-03-2025"),
    ("Casemanager:", "P. de Boer"),
    ("Re-integratiedoel:", "terug in eigen werk, opbouw naar 32 uur"),
    ("Visie werkgever:", "haalbaar binnen een half jaar"),
    ("Visie werknemer:", "haalbaar, met aangepaste taken"),
]


def _printed_form(path: Path, *, values: bool = False) -> None:
    """The form as the arbodienst printed it: a title, labels and signature boxes; values only if ``values``."""
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", "B", size=16)
    pdf.text(20, 30, "Plan van aanpak")
    pdf.set_font("helvetica", size=11)
    for i, (label, value) in enumerate(FIELDS):
        pdf.text(20, 45 + 9 * i, label)
        if values:
            pdf.text(75, 45 + 9 * i, value)
    for col, role in enumerate(["werkgever", "werknemer"]):
        x = 20 + 90 * col
        pdf.rect(x, 150, 80, 40)
        pdf.text(x + 3, 157, f"Handtekening {role}")
        pdf.line(x + 3, 180, x + 75, 180)
    pdf.output(str(path))


def _field_rect(i: int) -> list[float]:
    y = PAGE_H - (45 + 9 * i) * MM
    return [75 * MM, y - 3, 190 * MM, y + 11]


def _helvetica(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    return pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
    )


def _fillable(path: Path, *, appearances: bool) -> Path:
    """A fillable form with every value in a text field (``appearances``: as Acrobat saves it; else only
    the values and NeedAppearances, as form-filling scripts write them)."""
    _printed_form(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        fields = pikepdf.Array()
        for i, (_, value) in enumerate(FIELDS):
            fields.append(
                pdf.make_indirect(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot,
                        Subtype=pikepdf.Name.Widget,
                        FT=pikepdf.Name.Tx,
                        F=4,
                        T=pikepdf.String(f"veld{i}"),
                        V=pikepdf.String(value),
                        Rect=_field_rect(i),
                        DA=pikepdf.String("/Helv 10 Tf 0 g"),
                        P=page.obj,
                    )
                )
            )
        page.obj.Annots = fields
        pdf.Root.AcroForm = pikepdf.Dictionary(
            Fields=fields,
            NeedAppearances=True,
            DA=pikepdf.String("/Helv 10 Tf 0 g"),
            DR=pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=_helvetica(pdf))),
        )
        pdf.save(path)
    if appearances:
        writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(path))
        writer.update_page_form_field_values(
            writer.pages[0], {f"veld{i}": v for i, (_, v) in enumerate(FIELDS)}, auto_regenerate=False
        )
        writer.write(path)
    return path


def _appearance(pdf: pikepdf.Pdf, width: float, height: float, content: bytes, font: bool = False) -> pikepdf.Stream:
    stream = pdf.make_stream(content)
    stream.Type, stream.Subtype, stream.BBox = pikepdf.Name.XObject, pikepdf.Name.Form, [0, 0, width, height]
    if font:
        stream.Resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(Helv=_helvetica(pdf)))
    return stream


def _fill_and_sign(path: Path, *, signatures: int) -> Path:
    """Printed labels; the values typed on the page and the signatures drawn with a reader's Fill & Sign tool."""
    _printed_form(path)
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        annots = pikepdf.Array()
        for i, (_, value) in enumerate(FIELDS):
            x0, y0, x1, y1 = _field_rect(i)
            text = f"BT /Helv 10 Tf 2 4 Td ({value}) Tj ET".encode()
            annots.append(
                pdf.make_indirect(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot,
                        Subtype=pikepdf.Name.FreeText,
                        F=4,
                        Rect=[x0, y0, x1, y1],
                        Contents=pikepdf.String(value),
                        DA=pikepdf.String("/Helv 10 Tf 0 g"),
                        AP=pikepdf.Dictionary(N=_appearance(pdf, x1 - x0, y1 - y0, text, font=True)),
                    )
                )
            )
        for col in range(signatures):
            x0, y0 = (28 + 90 * col) * MM, PAGE_H - 178 * MM
            # a handwritten name: pen strokes as curves
            strokes = b"0.1 0.1 0.5 RG 1.2 w 4 10 m 18 40 30 -6 46 22 c 58 44 70 0 86 18 c 98 30 110 4 130 16 c S"
            annots.append(
                pdf.make_indirect(
                    pikepdf.Dictionary(
                        Type=pikepdf.Name.Annot,
                        Subtype=pikepdf.Name.Ink,
                        F=4,
                        Rect=[x0, y0, x0 + 140, y0 + 48],
                        InkList=[[x0 + 4, y0 + 10, x0 + 46, y0 + 22, x0 + 86, y0 + 18, x0 + 130, y0 + 16]],
                        AP=pikepdf.Dictionary(N=_appearance(pdf, 140, 48, strokes)),
                    )
                )
            )
        pdf.pages[0].obj.Annots = annots
        pdf.save(path)
    return path


def _scan(case: Path) -> dict:
    return to_json_obj(run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)))  # type: ignore[return-value]


def _case(tmp_path: Path) -> Path:
    case = tmp_path / "case"
    case.mkdir()
    return case


def test_a_filled_in_form_is_read_with_its_values(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _fillable(case / "pva acrobat.pdf", appearances=True)
    _fillable(case / "pva script.pdf", appearances=False)
    report = _scan(case)
    for doc in report["documents"]:
        assert doc["type"] == "plan_van_aanpak", doc
        assert doc["date"] == "2025-03-01", doc  # 'Datum:' and its field, read as one line
        assert "ingevulde formuliervelden en aantekeningen gelezen (pagina 1)" in doc["reasons"]  # says how
    codes = {(f["code"], f["path"]) for f in report["findings"]}
    # the form's BSN and names were found: no 'form' warning, and no BSN warning
    assert not {c for c in codes if c[0] in ("form", "bsn_invalid", "bsn_mismatch")}, codes


def test_the_text_keeps_each_label_next_to_its_value(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _fillable(case / "pva.pdf", appearances=False)
    [doc] = run_scan(case, ScanOptions(as_of=AS_OF, first_sick_day=FIRST_SICK_DAY)).documents
    lines = doc.extracted.text.splitlines()
    assert "Datum: 01-03-2025" in lines and "BSN: 123456782" in lines, lines


def test_an_empty_form_still_reads_as_before(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _printed_form(case / "pva.pdf", values=True)  # the same form, printed with its values: no fields at all
    [doc] = _scan(case)["documents"]
    assert doc["date"] == "2025-03-01" and doc["type"] == "plan_van_aanpak"


def test_fill_and_sign_values_and_signatures_count(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _fill_and_sign(case / "pva getekend.pdf", signatures=2)
    report = _scan(case)
    [doc] = report["documents"]
    assert doc["date"] == "2025-03-01" and doc["type"] == "plan_van_aanpak"
    assert not [f for f in report["findings"] if f["code"] == "unsigned"]


def test_fill_and_sign_without_signatures_is_unsigned(tmp_path: Path) -> None:
    case = _case(tmp_path)
    _fill_and_sign(case / "pva.pdf", signatures=0)
    unsigned = [f for f in _scan(case)["findings"] if f["code"] == "unsigned"]
    assert [f["path"] for f in unsigned] == ["pva.pdf"]


def test_the_bundle_shows_the_filled_in_values_in_any_viewer(tmp_path: Path) -> None:
    case = _case(tmp_path)
    (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-20\n", encoding="utf-8")
    src = _fillable(case / "pva.pdf", appearances=False)
    before = hashlib.sha256(src.read_bytes()).hexdigest()
    out = tmp_path / "bundel.pdf"
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "--draft", "--as-of", "2025-06-01"])
    assert out.exists(), result.output
    pagemap = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    [item] = [d for d in pagemap["documents"] if d["path"] == "pva.pdf"]
    assert item["converter"] == "pdf-flattened"
    pdf = pdfium.PdfDocument(out)
    page = pdf[pagemap["front_pages"] + item["first_page"] - 1]
    # the values are part of the page now, not fields a viewer without form support leaves empty
    text = page.get_textpage().get_text_range()
    assert "Jolien Verhoef" in text and "01-03-2025" in text
    with pikepdf.open(out) as bundle:
        subtypes = {str(a.get("/Subtype")) for p in bundle.pages for a in p.obj.get("/Annots", [])}
        assert "/Widget" not in subtypes
    assert hashlib.sha256(src.read_bytes()).hexdigest() == before  # the case folder is never written


def test_a_damaged_annotation_name_does_not_stop_the_conversion(tmp_path: Path) -> None:
    # an annotation whose /Subtype is not valid UTF-8 (a damaged file): the PDF goes in as it is
    from wia_dossier.convert.pdf import convert

    src = _fillable(tmp_path / "pva.pdf", appearances=True)
    buf = tmp_path / "plain.pdf"
    with pikepdf.open(src) as pdf:
        pdf.save(buf, compress_streams=False, object_stream_mode=pikepdf.ObjectStreamMode.disable)
    raw = bytearray(buf.read_bytes())
    assert b"/Subtype /Widget" in raw
    raw = raw.replace(b"/Subtype /Widget", b"/Subtype /W#9Eget")
    converted = convert("pva.pdf", bytes(raw), tmp_path / "out.pdf", None)
    assert converted.converter in ("pdf", "pdf-flattened") and (tmp_path / "out.pdf").exists()
