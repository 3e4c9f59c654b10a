"""Converters: PDF (plain, owner-password, user-password), DOCX (LibreOffice and fallback), images, e-mail."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pikepdf
import pypdf
import pytest
from build_fixtures import make_case, make_docx, make_jpeg, make_pdf
from PIL import Image

from wia_dossier.convert import (
    DOCX_FALLBACK,
    IMAGE,
    LIBREOFFICE,
    PDF,
    PDF_UNLOCKED,
    ConversionError,
    image,
    pdf,
)
from wia_dossier.convert import docx as docx_conv
from wia_dossier.render import TemplateRenderer


def _encrypted(tmp: Path, *, user: str, owner: str) -> bytes:
    src = make_pdf(tmp / "plain.pdf", "Geheim", 1)
    buf = io.BytesIO()
    with pikepdf.open(src) as p:
        p.save(
            buf,
            encryption=pikepdf.Encryption(user=user, owner=owner, allow=pikepdf.Permissions(extract=False)),
        )
    return buf.getvalue()


def test_plain_pdf_kept_byte_for_byte(tmp_path: Path) -> None:
    data = make_pdf(tmp_path / "a.pdf", "A", 2).read_bytes()
    conv = pdf.convert("a.pdf", data, tmp_path / "o.pdf", None)
    assert conv.converter == PDF and (tmp_path / "o.pdf").read_bytes() == data


def test_owner_password_only_is_unlocked(tmp_path: Path) -> None:
    data = _encrypted(tmp_path, user="", owner="eigenaar")
    conv = pdf.convert("a.pdf", data, tmp_path / "o.pdf", None)
    assert conv.converter == PDF_UNLOCKED
    assert not pypdf.PdfReader(tmp_path / "o.pdf").is_encrypted


def test_user_password_needs_password(tmp_path: Path) -> None:
    data = _encrypted(tmp_path, user="geheim", owner="eigenaar")
    with pytest.raises(ConversionError, match="wachtwoord"):
        pdf.convert("a.pdf", data, tmp_path / "o.pdf", None)
    with pytest.raises(ConversionError, match="onjuist"):
        pdf.convert("a.pdf", data, tmp_path / "o.pdf", "fout")
    conv = pdf.convert("a.pdf", data, tmp_path / "o.pdf", "geheim")
    assert conv.converter == PDF_UNLOCKED


def test_broken_pdf_is_a_conversion_error(tmp_path: Path) -> None:
    with pytest.raises(ConversionError):
        pdf.convert("a.pdf", b"%PDF-1.4 nothing", tmp_path / "o.pdf", None)


def test_jpeg_embedded_unchanged_with_exif_rotation(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "s.jpg", orientation=6).read_bytes()
    conv = image.convert("s.jpg", data, tmp_path / "o.pdf")
    assert conv.converter == IMAGE
    with pikepdf.open(tmp_path / "o.pdf") as p:
        page = p.pages[0]
        assert int(page.obj.get("/Rotate", 0)) == 90
        (img,) = list(page.obj.Resources.XObject.values())
        assert img.read_raw_bytes() == data  # JPEG stream not re-encoded
        # 600 px at 150 dpi = 4 inch = 288 pt
        assert round(float(page.mediabox[2])) == 288


def test_image_without_dpi_fits_a4(tmp_path: Path) -> None:
    data = make_jpeg(tmp_path / "s.jpg", size=(3000, 4000), dpi=None).read_bytes()
    image.convert("s.jpg", data, tmp_path / "o.pdf")
    with pikepdf.open(tmp_path / "o.pdf") as p:
        w, h = float(p.pages[0].mediabox[2]), float(p.pages[0].mediabox[3])
    assert (round(w), round(h)) == (595, 842)


def test_png_with_alpha(tmp_path: Path) -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (200, 100), (0, 0, 0, 0)).save(buf, format="PNG")
    image.convert("s.png", buf.getvalue(), tmp_path / "o.pdf")
    assert len(pypdf.PdfReader(tmp_path / "o.pdf").pages) == 1


def test_docx_fallback_is_labelled(tmp_path: Path) -> None:
    data = make_docx(tmp_path / "d.docx", "Bijstelling plan van aanpak").read_bytes()
    r = TemplateRenderer()
    done, failed = docx_conv.convert_batch(
        [("d.docx", data, tmp_path / "0.pdf")],
        tmp_path / "w",
        soffice=None,
        timeout=10,
        render_html_pdf=r.render_pdf,
    )
    assert not failed and done["d.docx"].converter == DOCX_FALLBACK
    text = pypdf.PdfReader(tmp_path / "0.pdf").pages[0].extract_text()
    assert "Vereenvoudigde weergave" in text and "Aangepast werk 4 uur per dag" in text


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_docx_with_libreoffice_batch(tmp_path: Path) -> None:
    a = make_docx(tmp_path / "a.docx", "Plan van aanpak").read_bytes()
    b = make_docx(tmp_path / "b.docx", "Eindevaluatie").read_bytes()
    r = TemplateRenderer()
    done, failed = docx_conv.convert_batch(
        [("a.docx", a, tmp_path / "0.pdf"), ("b.docx", b, tmp_path / "1.pdf")],
        tmp_path / "w",
        soffice=shutil.which("soffice"),
        timeout=120,
        render_html_pdf=r.render_pdf,
    )
    assert not failed
    assert {c.converter for c in done.values()} == {LIBREOFFICE}
    assert "Eindevaluatie" in pypdf.PdfReader(tmp_path / "1.pdf").pages[0].extract_text()


def test_conversion_never_writes_into_the_case(tmp_path: Path) -> None:
    from build_fixtures import checklist

    from wia_dossier.build import BuildOptions, run_build

    case, result = make_case(tmp_path)
    before = {p: p.stat().st_mtime_ns for p in case.rglob("*")}
    run_build(result, checklist(), tmp_path / "b.pdf", BuildOptions(soffice=None))
    assert {p: p.stat().st_mtime_ns for p in case.rglob("*")} == before
