"""Images → PDF with img2pdf: JPEG bytes embedded unchanged, EXIF orientation kept, page sized by DPI."""

from __future__ import annotations

import io
from pathlib import Path

import img2pdf
from PIL import Image

from wia_dossier.convert import IMAGE, ConversionError, Converted
from wia_dossier.extractors.image import pillow

_REENCODE = {"HEIF", "AVIF"}
_A4 = (img2pdf.mm_to_pt(210), img2pdf.mm_to_pt(297))
_A3_LONG = img2pdf.mm_to_pt(420)


def convert(rel: str, data: bytes, target: Path) -> Converted:
    """Write the image as a one-page PDF (one page per frame for multi-page TIFF).

    Without a DPI in the file (phone photos) or with a DPI that gives a page larger than A3, the
    image is fitted into A4 (portrait or landscape as the image), so it prints like a scan.
    """
    try:
        with pillow().open(io.BytesIO(data)) as im:
            dpi = im.info.get("dpi")
            width, height = im.size
            mode = im.mode
            fmt = im.format
            if fmt in _REENCODE:
                # img2pdf embeds JPEG, PNG and TIFF as they are; a HEIC photo is decoded once and stored as JPEG
                buf = io.BytesIO()
                im.convert("RGB").save(buf, format="JPEG", quality=92, dpi=dpi or (72, 72))
                data, mode = buf.getvalue(), "RGB"
    except Exception as exc:
        raise ConversionError(f"de afbeelding is onleesbaar ({type(exc).__name__})") from exc
    layout = img2pdf.default_layout_fun
    xdpi, ydpi = (float(dpi[0]), float(dpi[1])) if dpi else (0.0, 0.0)
    has_dpi = min(xdpi, ydpi) > 1
    too_big = has_dpi and max(width / xdpi, height / ydpi) * 72 > _A3_LONG
    if not has_dpi or too_big:
        page = _A4 if height >= width else (_A4[1], _A4[0])
        layout = img2pdf.get_layout_fun(page, fit=img2pdf.FitMode.into)
    payload = data
    if mode in ("RGBA", "LA", "PA") or (mode == "P" and "transparency" in Image.open(io.BytesIO(data)).info):
        # img2pdf refuses an alpha channel (it would have to re-encode); flatten onto white.
        with Image.open(io.BytesIO(data)) as im:
            flat = Image.new("RGB", im.size, "white")
            flat.paste(im.convert("RGBA"), mask=im.convert("RGBA").getchannel("A"))
            buf = io.BytesIO()
            flat.save(buf, format="PNG", dpi=dpi or (72, 72))
            payload = buf.getvalue()
    try:
        # rotation=ifvalid: honour the EXIF orientation with /Rotate; ignore a broken tag.
        pdf = img2pdf.convert(payload, layout_fun=layout, rotation=img2pdf.Rotation.ifvalid)
    except Exception as exc:
        raise ConversionError(f"de afbeelding kan niet worden omgezet ({type(exc).__name__})") from exc
    assert pdf is not None
    target.write_bytes(pdf)
    return Converted(rel, target, IMAGE)
