"""Images: facts for the report and the later OCR step; damage and decompression bombs."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from wia_dossier.extractors import sniff_kind
from wia_dossier.model import Kind, Status


def _jpeg(*, date: str | None = "2025:03:05 14:22:01", orientation: int | None = 6) -> bytes:
    image = Image.new("RGB", (320, 200), "white")
    exif = Image.Exif()
    if orientation:
        exif[274] = orientation
    if date:
        exif.get_ifd(0x8769)[36867] = date
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif, dpi=(300, 300))
    return out.getvalue()


def test_jpeg_facts(run_extract):
    result = run_extract(_jpeg(), "IMG_0001.jpg")
    assert result.status is Status.OK
    assert result.kind is Kind.IMAGE
    assert result.page_count == 1
    assert result.pages == []
    assert result.facts["needs_ocr"] == "true"
    assert result.facts["width"] == "320"
    assert result.facts["height"] == "200"
    assert result.facts["dpi"] == "300"
    assert result.facts["exif_date"] == "2025-03-05"
    assert result.facts["exif_orientation"] == "6"


def test_garbage_exif_date_is_ignored(run_extract):
    result = run_extract(_jpeg(date="0000:00:00 00:00:00", orientation=None), "x.jpg")
    assert result.status is Status.OK
    assert "exif_date" not in result.facts


def test_multipage_tiff(run_extract):
    frames = [Image.new("L", (100, 140), 255) for _ in range(3)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    result = run_extract(out.getvalue(), "scan.tif")
    assert result.page_count == 3


@pytest.mark.parametrize("fmt", ["PNG", "WEBP", "GIF", "BMP"])
def test_other_formats_sniffed_by_content(run_extract, fmt):
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, fmt)
    assert sniff_kind(out.getvalue()[:8192], "foto.pdf") is Kind.IMAGE
    assert run_extract(out.getvalue(), "foto.pdf").status is Status.OK


def test_truncated_jpeg_is_unreadable(run_extract):
    image = Image.effect_noise((400, 400), 64).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG")
    result = run_extract(out.getvalue()[:2000], "half.jpg")
    assert result.status is Status.UNREADABLE


def test_truncated_jpeg_is_unreadable_after_weasyprint_is_imported(run_extract, monkeypatch):
    from PIL import ImageFile

    monkeypatch.setattr(ImageFile, "LOAD_TRUNCATED_IMAGES", True)  # what `import weasyprint` does to Pillow
    image = Image.effect_noise((400, 400), 64).convert("RGB")
    out = io.BytesIO()
    image.save(out, "JPEG")
    result = run_extract(out.getvalue()[:2000], "half.jpg")
    assert result.status is Status.UNREADABLE
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True  # the process-wide setting is left as it was


def test_decompression_bomb(run_extract, monkeypatch):
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 10_000)
    out = io.BytesIO()
    Image.new("L", (150, 100)).save(out, "PNG")  # 15 000 px: over the limit, under twice it
    result = run_extract(out.getvalue(), "bom.png")
    assert result.status is Status.UNREADABLE
    assert "decompressiebom" in (result.error or "")
    out = io.BytesIO()
    Image.new("L", (300, 300)).save(out, "PNG")  # > 2x: Pillow raises
    assert run_extract(out.getvalue(), "bom2.png").status is Status.UNREADABLE


def test_heic_without_plugin(run_extract, monkeypatch):
    from wia_dossier.extractors import image as image_module

    monkeypatch.setattr(image_module, "HEIF_AVAILABLE", False)
    heic = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + bytes(100)
    result = run_extract(heic, "IMG_1234.HEIC")
    assert result.status is Status.UNSUPPORTED
    assert "pi-heif" in (result.error or "")


def test_heic_photo_is_read_and_built_into_a_page(tmp_path):
    """An iPhone photo (HEIC) is read like a JPEG and becomes a PDF page in the bundle (decoded once, as JPEG)."""
    from pathlib import Path

    import pypdf

    from wia_dossier.convert.image import convert
    from wia_dossier.extractors import ExtractOptions, extract
    from wia_dossier.model import SourceFile

    data = (Path(__file__).resolve().parent.parent / "data" / "photos" / "IMG_0412.HEIC").read_bytes()
    src = SourceFile(rel="IMG_0412.HEIC", size=len(data), sha256="0" * 64, abs_path=None, data=data)
    result = extract(src, ExtractOptions(file_timeout=0, file_memory=0))
    assert result.status is Status.OK
    assert (result.facts["width"], result.facts["height"]) == ("600", "400")
    converted = convert("IMG_0412.HEIC", data, tmp_path / "photo.pdf")
    reader = pypdf.PdfReader(converted.pdf)
    assert len(reader.pages) == 1
    assert float(reader.pages[0].mediabox.width) > float(reader.pages[0].mediabox.height)  # landscape photo, A4
