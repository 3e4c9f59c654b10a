"""Generate tests/corpus31: an untouched holdout, a MIX of four dossiers from unknown employers.

Run: TZ=UTC SOURCE_DATE_EPOCH=1735689600 /work/main/.venv/bin/python tests/corpus31/make_corpus31.py
Deterministic: fixed seeds, no clock reads, fixed PDF dates, XMP stripped, pikepdf deterministic /ID,
fixed zip timestamps in .docx, fixed mail headers and MIME boundaries.
All people, companies, addresses, numbers and mail domains are invented.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.policy
import hashlib
import io
import os
import random
import shutil
import subprocess
import tempfile
import zipfile
from email.message import EmailMessage
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTI = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Italic.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8")


def elfproef(bsn: str) -> bool:
    return len(bsn) == 9 and bsn != "000000000" and sum(
        int(d) * w for d, w in zip(bsn, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


BSN = {"A": "352102871", "B": "382431352", "C": "122233670", "D": "280394019"}
for _b in BSN.values():
    assert elfproef(_b), _b

CASES = {
    "A": "Oostervaart Fulfilment - R. Valk (2024-118)",
    "B": "Flexoprint Rozendaal - dossier T. Brinkhorst",
    "C": "Klantcontact Maasoever - S. Gallagher",
    "D": "Het Klaverveld - Evert Rutgers",
}
MONTHS = "januari februari maart april mei juni juli augustus september oktober november december".split()
MON3 = "JAN FEB MRT APR MEI JUN JUL AUG SEP OKT NOV DEC".split()


def nl(d: str) -> str:
    x = dt.date.fromisoformat(d)
    return f"{x.day} {MONTHS[x.month - 1]} {x.year}"


def dmy(d: str) -> str:
    x = dt.date.fromisoformat(d)
    return f"{x.day:02d}-{x.month:02d}-{x.year}"


def en(d: str) -> str:
    x = dt.date.fromisoformat(d)
    return x.strftime("%d %B %Y").lstrip("0")  # C locale: English month names


def stamp(d: str) -> str:
    x = dt.date.fromisoformat(d)
    return f"ONTVANGEN {x.day} {MON3[x.month - 1]} {x.year}"


DOCS: list[dict] = []


PRODNOTE = {
    "docx": "python-docx Word file kept as .docx",
    "lo": "Word printed to PDF by LibreOffice",
    "wk": "wkhtmltopdf portal print",
    "wkcombined": "wkhtmltopdf combined portal export",
    "scan": "Pillow image-only scan PDF",
    "photo": "Pillow JPEG phone photo",
    "laptop": "Pillow JPEG photo of a laptop screen",
    "txt": "plain text (CRLF)",
    "eml": "Outlook-style eml",
}


def add(case, path, prod, typ, date, trap, text="", **kw):
    kw.setdefault("prodnote", PRODNOTE[prod])
    for a in kw.get("atts", []):
        a.setdefault("prodnote", PRODNOTE[a["prod"]] + " attached to a mail")
    DOCS.append(dict(case=case, path=path, prod=prod, type=typ, date=date, trap=trap, text=text, **kw))


# ----------------------------------------------------------------------------------------------- producers

def lines_of(text: str) -> list[str]:
    return text.strip("\n").split("\n")


def fix_docx(raw: bytes) -> bytes:
    zin = zipfile.ZipFile(io.BytesIO(raw))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, zin.read(info.filename))
    return out.getvalue()


def make_docx(text: str, date: str, author: str = "Gebruiker") -> bytes:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for ln in lines_of(text):
        if ln.startswith("# "):
            d.add_heading(ln[2:], level=1)
        elif ln.startswith("## "):
            d.add_heading(ln[3:], level=2)
        elif ln.startswith("- "):
            d.add_paragraph(ln[2:], style="List Bullet")
        else:
            d.add_paragraph(ln)
    cp = d.core_properties
    t = dt.datetime.fromisoformat(date + "T09:00:00")
    cp.created = t
    cp.modified = t
    cp.last_printed = t
    cp.author = author
    cp.last_modified_by = author
    cp.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    return fix_docx(buf.getvalue())


def pdfdate(date: str) -> str:
    return "D:" + date.replace("-", "") + "100000+00'00'"


def normalize_pdf(path: Path, date: str, producer: str | None = None) -> None:
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        if "/DocChecksum" in pdf.trailer:  # LibreOffice: a checksum that includes the export time
            del pdf.trailer["/DocChecksum"]
        if "/ID" in pdf.trailer:  # the producer's random /ID would seed qpdf's deterministic one
            del pdf.trailer["/ID"]
        # font subset tags (ABCDEF+Font) vary between LibreOffice/wkhtmltopdf runs: derive them from the name
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary):
                for key in ("/BaseFont", "/FontName"):
                    v = obj.get(key)
                    if isinstance(v, pikepdf.Name) and len(str(v)) > 8 and str(v)[7] == "+":
                        base = str(v)[8:]
                        h = hashlib.sha256(base.encode()).digest()
                        obj[key] = pikepdf.Name("/" + "".join(chr(65 + b % 26) for b in h[:6]) + "+" + base)
        info = pikepdf.Dictionary()
        old = pdf.docinfo
        for k in ("/Producer", "/Creator"):
            if k in old:
                info[k] = old[k]
        if producer:
            info["/Producer"] = pikepdf.String(producer)
        info["/CreationDate"] = pikepdf.String(pdfdate(date))
        info["/ModDate"] = pikepdf.String(pdfdate(date))
        pdf.trailer.Info = pdf.make_indirect(info)
        pdf.save(path, deterministic_id=True, object_stream_mode=pikepdf.ObjectStreamMode.preserve)


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def to_html(text: str, portal: str | None = None, printed: str | None = None) -> str:
    body = []
    for ln in lines_of(text):
        if ln.startswith("# "):
            body.append(f"<h1>{esc(ln[2:])}</h1>")
        elif ln.startswith("## "):
            body.append(f"<h2>{esc(ln[3:])}</h2>")
        elif ln.startswith("| "):
            k, _, v = ln[2:].partition("|")
            body.append(f"<table><tr><th>{esc(k.strip())}</th><td>{esc(v.strip())}</td></tr></table>")
        elif ln.startswith("- "):
            body.append(f"<ul><li>{esc(ln[2:])}</li></ul>")
        elif ln == "---PAGE---":
            body.append('<div style="page-break-after: always"></div>')
        elif ln.strip():
            body.append(f"<p>{esc(ln)}</p>")
    head = ""
    if portal:
        head = (f'<div class="bar"><b>{esc(portal)}</b> &nbsp;|&nbsp; Dossiers &nbsp;|&nbsp; Documenten &nbsp;|&nbsp; '
                f'Uitloggen</div>')
    foot = f'<div class="foot">{esc(printed)}</div>' if printed else ""
    css = ("body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:24px} h1{font-size:15pt;color:#1d4e6b}"
           "h2{font-size:12pt;color:#1d4e6b;border-bottom:1px solid #9ab} table{border-collapse:collapse;width:100%}"
           "th{text-align:left;width:34%;background:#eef3f6;padding:3px;border:1px solid #cdd}"
           "td{padding:3px;border:1px solid #cdd} .bar{background:#1d4e6b;color:#fff;padding:6px;margin-bottom:14px}"
           ".foot{font-size:8pt;color:#666;margin-top:24px;border-top:1px solid #ccc}")
    return f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>{head}{''.join(body)}{foot}</body></html>"


def wk_pdf(html: str, out: Path, date: str) -> None:
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "page.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "--quiet", "--encoding", "utf-8", "-s", "A4", str(src), str(out)],
                       check=True, env=ENV, cwd=td)
    normalize_pdf(out, date)


def lo_pdfs(jobs: list[tuple[bytes, Path, str]]) -> None:
    """LibreOffice prints of Word files, in one soffice run."""
    with tempfile.TemporaryDirectory() as td:
        tdp = Path(td)
        srcs = []
        for i, (raw, _out, _d) in enumerate(jobs):
            p = tdp / f"d{i:03d}.docx"
            p.write_bytes(raw)
            srcs.append(str(p))
        prof = tdp / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(tdp / "out"), *srcs], check=True, env=ENV, capture_output=True)
        for i, (_raw, out, d) in enumerate(jobs):
            shutil.copyfile(tdp / "out" / f"d{i:03d}.pdf", out)
            normalize_pdf(out, d)


def render_page(text: str, rng: random.Random, stamp_text=None, fax=None, hand=None, w=900, h=1273) -> Image.Image:
    img = Image.new("L", (w, h), 250)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(FONT, 15)
    fb = ImageFont.truetype(FONTB, 19)
    y = 40
    if fax:
        dr.text((30, 12), fax, font=ImageFont.truetype(FONTM, 11), fill=60)
        y = 48
    for ln in lines_of(text):
        if ln.startswith("# ") or ln.startswith("## "):
            dr.text((70, y), ln.lstrip("# "), font=fb, fill=20)
            y += 32
            continue
        ln = ln[2:] if ln.startswith("| ") else ln
        ln = ln.replace("|", ":") if "|" in ln else ln
        words, cur = ln.split(" "), ""
        for wd in words:
            t = (cur + " " + wd).strip()
            if dr.textlength(t, font=f) > w - 150:
                dr.text((70, y), cur, font=f, fill=25)
                y += 22
                cur = wd
            else:
                cur = t
        dr.text((70, y), cur, font=f, fill=25)
        y += 24 if ln.strip() else 12
    if hand:
        fh = ImageFont.truetype(FONTI, 20)
        for i, t in enumerate(hand):
            dr.text((110 + rng.randint(-8, 8), min(y + 30 + i * 34, h - 120 + i * 30)), t, font=fh, fill=70)
    if stamp_text:
        s = Image.new("L", (330, 70), 0)
        ds = ImageDraw.Draw(s)
        ds.rectangle([2, 2, 327, 67], outline=255, width=4)
        ds.text((16, 20), stamp_text, font=ImageFont.truetype(FONTB, 20), fill=255)
        s = s.rotate(rng.uniform(-9, 9), expand=True)
        img.paste(Image.new("L", s.size, 110), (w - 400, 60), s)
    # noise and a slight skew, as a copier does
    px = img.load()
    for _ in range(2500):
        px[rng.randrange(w), rng.randrange(h)] = rng.choice((90, 160, 200))
    return img.rotate(rng.uniform(-0.8, 0.8), fillcolor=245, resample=Image.BICUBIC)


def scan_pdf(pages: list[Image.Image], out: Path, date: str) -> None:
    pages = [p.convert("L") for p in pages]
    pages[0].save(out, "PDF", resolution=110, save_all=True, append_images=pages[1:], quality=55,
                  producer="RICOH IM C3000 scan")
    normalize_pdf(out, date, producer="RICOH IM C3000")


def photo(page: Image.Image, out: Path, rng: random.Random, bg=(92, 74, 58)) -> None:
    page = page.convert("RGB").resize((page.width * 2 // 3, page.height * 2 // 3))
    canvas = Image.new("RGB", (page.width + 160, page.height + 160), bg)
    page = page.rotate(rng.uniform(-4, 4), expand=True, fillcolor=bg)
    canvas.paste(page, (60, 60))
    shade = Image.new("RGB", canvas.size, (0, 0, 0))
    canvas = Image.blend(canvas, shade, 0.12)
    canvas.save(out, "JPEG", quality=62)


def laptop_photo(text: str, out: Path, rng: random.Random) -> None:
    w, h = 1000, 640
    scr = Image.new("RGB", (w, h), (255, 255, 255))
    dr = ImageDraw.Draw(scr)
    dr.rectangle([0, 0, w, 34], fill=(230, 230, 230))
    dr.text((14, 9), "https://portaal.arbozeskant.example/dossier/ZK-24-7713/meldingen", font=ImageFont.truetype(FONT, 13),
            fill=(60, 60, 60))
    dr.rectangle([0, 34, w, 74], fill=(120, 40, 90))
    dr.text((16, 44), "Zeskant Online  |  Werkgeversportaal", font=ImageFont.truetype(FONTB, 17), fill=(255, 255, 255))
    y = 92
    for ln in lines_of(text):
        fnt = ImageFont.truetype(FONTB if ln.startswith("# ") else FONT, 18 if ln.startswith("# ") else 15)
        dr.text((30, y), ln.lstrip("# "), font=fnt, fill=(30, 30, 30))
        y += 30
    canvas = Image.new("RGB", (1300, 900), (40, 38, 36))
    body = Image.new("RGB", (1120, 760), (20, 20, 22))
    body.paste(scr, (60, 60))
    body = body.rotate(rng.uniform(-3, 3), expand=True, fillcolor=(40, 38, 36))
    canvas.paste(body, (80, 40))
    canvas = Image.blend(canvas, Image.new("RGB", canvas.size, (70, 80, 110)), 0.10)
    canvas.save(out, "JPEG", quality=60)


def mail(frm, to, subj, date_hdr, body, mid, attachments=(), cc=None, html=False) -> bytes:
    m = EmailMessage(policy=email.policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = date_hdr
    m["Message-ID"] = f"<{mid}@mail.example>"
    m["X-Mailer"] = "Microsoft Outlook 16.0"
    m["Thread-Index"] = "AdsK" + mid.replace("-", "")[:20]
    m.set_content(body)
    if html:
        m.add_alternative("<html><body>" + "".join(f"<p>{esc(x)}</p>" for x in body.split("\n") if x.strip())
                          + "</body></html>", subtype="html")
    for name, data, mt in attachments:
        maintype, subtype = mt.split("/")
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_NextPart_{mid}_{n:02d}")
            n += 1
    return m.as_bytes(policy=email.policy.SMTP)


# ----------------------------------------------------------------------------------------------- case texts
exec((HERE / "texts31.py").read_text(encoding="utf-8"))  # fills DOCS via add(); kept apart for reading ease


# ----------------------------------------------------------------------------------------------- build
def build() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    for c in CASES.values():
        (FILES / c).mkdir(parents=True)
    rng = random.Random(31)
    lo_jobs: list[tuple[bytes, Path, str]] = []
    rows = []
    for d in DOCS:
        out = FILES / CASES[d["case"]] / d["path"]
        out.parent.mkdir(parents=True, exist_ok=True)
        p = d["prod"]
        r = random.Random(f"{d['case']}/{d['path']}")
        if p == "docx":
            out.write_bytes(make_docx(d["text"], d["date"] or "2025-01-01", d.get("author", "Gebruiker")))
        elif p == "lo":
            lo_jobs.append((make_docx(d["text"], d["date"] or "2025-01-01", d.get("author", "Gebruiker")), out,
                            d["date"] or d.get("pdfdate", "2025-01-01")))
        elif p == "wk":
            wk_pdf(to_html(d["text"], d.get("portal"), d.get("printed")), out, d["date"] or d.get("pdfdate"))
        elif p == "wkcombined":
            html = to_html("\n---PAGE---\n".join(d["parts"]), d.get("portal"), d.get("printed"))
            wk_pdf(html, out, d["date"])
        elif p == "scan":
            pages = [render_page(t, r, d.get("stamp") if i == 0 else None, d.get("fax"),
                                 d.get("hand") if i == len(d["pages"]) - 1 else None)
                     for i, t in enumerate(d["pages"])]
            scan_pdf(pages, out, d["date"] or d.get("pdfdate"))
        elif p == "photo":
            photo(render_page(d["text"], r, d.get("stamp"), None, d.get("hand")), out, r)
        elif p == "laptop":
            laptop_photo(d["text"], out, r)
        elif p == "txt":
            out.write_bytes(d["text"].strip("\n").replace("\n", "\r\n").encode("utf-8") + b"\r\n")
        elif p == "eml":
            atts = []
            for a in d.get("atts", []):
                if a["prod"] == "lo":
                    with tempfile.TemporaryDirectory() as td:
                        tmp = Path(td) / "a.pdf"
                        lo_pdfs([(make_docx(a["text"], a["date"]), tmp, a["date"])])
                        atts.append((a["name"], tmp.read_bytes(), "application/pdf"))
                elif a["prod"] == "docx":
                    atts.append((a["name"], make_docx(a["text"], a["date"]),
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
            out.write_bytes(mail(d["frm"], d["to"], d["subj"], d["hdate"], d["text"].strip("\n") + "\n", d["mid"],
                                 atts, d.get("cc"), d.get("html", False)))
        else:
            raise ValueError(p)
        if d.get("label", True):
            rows.append((f"{CASES[d['case']]}/{d['path']}", d["type"], d["date"], d["case"], d["prodnote"], d["trap"]))
        for a in d.get("atts", []):
            if a.get("type") is not None:
                rows.append((f"{CASES[d['case']]}/{d['path']}::{a['name']}", a["type"], a["date"], d["case"],
                             a["prodnote"], a["trap"]))
    lo_pdfs(lo_jobs)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, case, prod, trap in sorted(rows):
            assert ";" not in prod + trap, (path, prod, trap)
            assert bool(typ) == bool(date), path
            w.writerow([path, typ, date, "holdout", f"{case};{prod};{trap}"])
    del rng


if __name__ == "__main__":
    build()
