"""Generate the OCR test corpus: born-digital corpus pages, printed and scanned or photographed (issue 5).

Run:  .venv/bin/python tests/data/scans/make_scans.py

Each source is a one-page born-digital PDF of the labelled classifier corpus (tests/corpus). Its page is
rendered at 200 dpi with PDFium and degraded like a real office scan or phone photo: blur, noise, speckles,
grey paper, a turn of a few degrees, JPEG artefacts. Variants: image-only PDFs (scanner), one page scanned
sideways (landscape image, no /Rotate), one photo upside down, phone photos with EXIF orientation 6 on a
table with uneven light, a PNG and a TIFF. Output names are neutral (``scan_03.pdf``, ``IMG_2031.jpg``) so
classification cannot lean on the file name; ``labels.csv`` gives the type and the born-digital source.
Deterministic: the same seeds give the same files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import random
from pathlib import Path

import img2pdf
import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageDraw, ImageFilter

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parents[1] / "corpus" / "files"
OUT = HERE / "files"
DPI = 200
FIXED_DATE = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)

# (output name, born-digital source under tests/corpus/files, how it is degraded, turn in degrees)
PLAN = [
    ("scan_01.pdf", "dev/glansrijk/AD-rapport Verhoeven.pdf", "scan", 1.2),
    ("scan_02.pdf", "dev/hoekstra/20240708_42e_weeksmelding_ElIdrissi.pdf", "scan", -0.8),
    ("scan_03.pdf", "dev/glansrijk/Trajectplan Verhoeven.pdf", "scan", 2.0),
    ("scan_04.pdf", "dev/eikenrode/Brief UWV.pdf", "scan", -1.6),
    ("scan_05.pdf", "dev/hoekstra/20250115_Deskundigenoordeel_ElIdrissi.pdf", "scan", 0.5),
    ("scan_06.pdf", "dev/glansrijk/PA Verhoeven.pdf", "scan", -2.4),
    ("scan_07.pdf", "holdout/nordwall/RIV_Oudshoorn_15.pdf", "scan", 1.0),
    ("scan_08.pdf", "dev/glansrijk/EJE Verhoeven.pdf", "scan", -0.4),
    ("scan_09.pdf", "holdout/kikkerpoel/Werkpad2 rapportage 2.pdf", "scan", 1.7),
    ("scan_10.pdf", "dev/hoekstra/20231023_PvA_ElIdrissi.pdf", "landscape", 0.6),
    ("scan_11.png", "dev/eikenrode/Brinkman 22-01-2025.pdf", "png", -1.1),
    ("scan_12.tif", "dev/glansrijk/Bijstelling PA Verhoeven.pdf", "tiff", 0.9),
    ("IMG_2031.jpg", "dev/hoekstra/20250609_Oordeel_werknemer_ElIdrissi.pdf", "photo", 3.0),
    ("IMG_2044.jpg", "dev/eikenrode/Brinkman 01-10-2025.pdf", "photo", -2.5),
    ("IMG_2050.jpg", "dev/glansrijk/AO Verhoeven.pdf", "upside_down", 1.5),
    ("IMG_2062.jpg", "dev/hoekstra/20250521_FML_ElIdrissi.pdf", "photo", 2.0),
]


def _render(source: Path) -> Image.Image:
    doc = pdfium.PdfDocument(source.read_bytes())
    try:
        page = doc[0]
        image = page.render(scale=DPI / 72, grayscale=True).to_pil().convert("L")
        page.close()
        return image
    finally:
        doc.close()


def _noise(size: tuple[int, int], sigma: float, rng: random.Random) -> Image.Image:
    w, h = max(1, size[0] // 2), max(1, size[1] // 2)
    raw = Image.frombytes("L", (w, h), rng.randbytes(w * h))
    # uniform bytes -> a narrow band around 128
    lut = [max(0, min(255, round(128 + (v - 127.5) * sigma / 74))) for v in range(256)]
    return raw.point(lut).resize(size, Image.Resampling.BILINEAR)


def _scan(page: Image.Image, turn: float, rng: random.Random) -> Image.Image:
    img = page.filter(ImageFilter.GaussianBlur(0.7))
    img = ImageChops.add(img, _noise(img.size, 12, rng), scale=1.0, offset=-128)
    img = img.point(lambda v: int(v * 0.92 + 8))  # grey paper
    img = img.rotate(turn, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=232)
    px = img.load()
    assert px is not None
    for _ in range(300):
        px[rng.randrange(img.width), rng.randrange(img.height)] = rng.randrange(0, 90)
    return img


def _photo(page: Image.Image, turn: float, rng: random.Random) -> Image.Image:
    """A phone photo of the page on a wooden table, lit from one side, about 150 dpi on the page."""
    page = page.convert("RGB")
    w, h = page.size
    canvas = Image.new("RGB", (int(w * 1.12), int(h * 1.08)), (112, 86, 62))
    canvas = ImageChops.add(canvas, _noise(canvas.size, 20, rng).convert("RGB"), scale=1.0, offset=-128)
    canvas.paste(page, ((canvas.width - w) // 2, (canvas.height - h) // 2))
    img = canvas.rotate(turn, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(90, 70, 50))
    shade = Image.new("L", img.size, 0)
    draw = ImageDraw.Draw(shade)
    for i in range(0, 255, 5):
        r = int(max(img.size) * (1.3 - i / 255))
        draw.ellipse(
            (
                int(img.width * 0.75) - r,
                int(img.height * 0.2) - r,
                int(img.width * 0.75) + r,
                int(img.height * 0.2) + r,
            ),
            fill=i,
        )
    shade = shade.filter(ImageFilter.GaussianBlur(40)).point(lambda v: int(165 + v * 90 / 255))
    img = ImageChops.multiply(img, Image.merge("RGB", (shade, shade, shade)))
    return img.resize((img.width * 3 // 4, img.height * 3 // 4), Image.Resampling.LANCZOS)


def _jpeg(img: Image.Image, quality: int, **kw: object) -> bytes:
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=quality, **kw)
    return buf.getvalue()


def _pdf(jpeg: bytes) -> bytes:
    out = img2pdf.convert(
        jpeg,
        engine=img2pdf.Engine.internal,
        producer="Canon iR-ADV C5535 PDF",
        creationdate=FIXED_DATE,
        moddate=FIXED_DATE,
    )
    assert out is not None
    return out


def make(name: str, source: Path, how: str, turn: float) -> bytes:
    """The degraded file's bytes."""
    rng = random.Random(name)
    page = _render(source)
    if how in ("photo", "upside_down"):
        img = _photo(page, turn, rng)
        if how == "upside_down":
            return _jpeg(img.rotate(180), 70)  # held the wrong way round, no EXIF to say so
        # pixels stored sideways with EXIF orientation 6, as phones do
        exif = Image.Exif()
        exif[0x0112] = 6
        exif[0x010F] = "Samsung"
        return _jpeg(img.transpose(Image.Transpose.ROTATE_90), 72, exif=exif.tobytes())
    img = _scan(page, turn, rng)
    if how == "landscape":  # fed sideways: a landscape image of a portrait page, no /Rotate
        img = img.transpose(Image.Transpose.ROTATE_270)
    if how == "png":
        buf = io.BytesIO()
        img.point(lambda v: 0 if v < 150 else 255).convert("1").save(buf, "PNG", dpi=(DPI, DPI))
        return buf.getvalue()
    if how == "tiff":
        buf = io.BytesIO()
        img.point(lambda v: 0 if v < 150 else 255).convert("1").save(buf, "TIFF", compression="group4", dpi=(DPI, DPI))
        return buf.getvalue()
    return _pdf(_jpeg(img, 45 if how == "scan" else 55, dpi=(DPI, DPI)))


def main(out: Path = OUT) -> Path:
    """Write the files into ``out`` (default ``files/``, not committed: CI regenerates it) and labels.csv."""
    labels = {}
    with (CORPUS.parent / "labels.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            labels[row["path"]] = row["type"]
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for name, rel, how, turn in PLAN:
        target = out / name
        data = make(name, CORPUS / rel, how, turn)
        if not target.exists() or target.read_bytes() != data:
            target.write_bytes(data)
        rows.append({"file": name, "type": labels[rel], "variant": how, "turn": turn, "source": rel})
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=["file", "type", "variant", "turn", "source"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    labels_file = HERE / "labels.csv"
    if not labels_file.exists() or labels_file.read_text(encoding="utf-8") != buf.getvalue():
        labels_file.write_text(buf.getvalue(), encoding="utf-8")  # tests regenerate: leave the checkout alone
    return out


if __name__ == "__main__":
    main()
