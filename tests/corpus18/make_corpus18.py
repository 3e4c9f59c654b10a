"""Generate tests/corpus18: an untouched holdout, a realistic MIX of dossiers from four new employers.

Run: /work/main/.venv/bin/python tests/corpus18/make_corpus18.py   (deletes and rewrites files/ and labels.csv)
Deterministic: fixed seeds, no clock reads, TZ=UTC + SOURCE_DATE_EPOCH for subprocesses, PDFs normalised with pikepdf.
"""
from __future__ import annotations

import csv, datetime as dt, hashlib, io, os, random, shutil, subprocess, tempfile, textwrap, zipfile
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from pathlib import Path

import docx
import pikepdf
from docx.shared import Pt
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735689600", LC_ALL="C.UTF-8")
SANS = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
SANSB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
SERIF = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"
HAND = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"
MAAND = "januari februari maart april mei juni juli augustus september oktober november december".split()
MRT = "JAN FEB MRT APR MEI JUN JUL AUG SEP OKT NOV DEC".split()
HOLIDAYS = {  # Dutch public holidays (and Good Friday) in the period
    "2023-12-25", "2023-12-26", "2024-01-01", "2024-03-29", "2024-04-01", "2024-04-27", "2024-05-09", "2024-05-20",
    "2024-12-25", "2024-12-26", "2025-01-01", "2025-04-18", "2025-04-21", "2025-04-26", "2025-05-05", "2025-05-29",
    "2025-06-09", "2025-12-25", "2025-12-26", "2026-01-01"}
LABELS: list[tuple[str, str, str, str]] = []
PENDING_DOCX2PDF: list[tuple[Path, Path, dt.date]] = []


def elfproef(s: str) -> bool:
    return len(s) == 9 and s.isdigit() and sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            return s


def day(d0: dt.date, off: int) -> dt.date:
    d = d0 + dt.timedelta(days=off)
    while d.weekday() >= 5 or d.isoformat() in HOLIDAYS:
        d += dt.timedelta(days=1)
    return d


def nl(d: dt.date) -> str:
    return f"{d.day} {MAAND[d.month - 1]} {d.year}"


def dm(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def rcv(d: dt.date, n: int) -> str:
    r = day(d, n)
    return f"ONTVANGEN {r.day:02d} {MRT[r.month - 1]} {r.year}"


def label(case: str, rel: str, typ: str, date: dt.date | None, producer: str, trap: str) -> None:
    assert ";" not in producer + trap
    LABELS.append((f"{case}/{rel}", typ, date.isoformat() if (typ and date) else "", f"{case};{producer};{trap}"))


def out(case: str, rel: str) -> Path:
    p = FILES / case / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


# ---------------------------------------------------------------- PDF normalisation
def normalise_pdf(path: Path, when: dt.date, title: str = "") -> None:
    stamp = f"D:{when.strftime('%Y%m%d')}090000Z"
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        producer = str(pdf.docinfo.get("/Producer", "")) if pdf.trailer.get("/Info") is not None else ""
        info = pikepdf.Dictionary(CreationDate=stamp, ModDate=stamp)
        if producer:
            info.Producer = producer
        if title:
            info.Title = title
        pdf.trailer.Info = pdf.make_indirect(info)
        if "/DocChecksum" in pdf.trailer:
            del pdf.trailer.DocChecksum
        if "/ID" in pdf.trailer:
            del pdf.trailer.ID
        # font subset tags (ABCDEF+Name) are random in some producers: derive them from the font program
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/FontDescriptor":
                name = str(obj.get("/FontName", ""))
                if "+" in name:
                    ff = obj.get("/FontFile2") or obj.get("/FontFile3") or obj.get("/FontFile")
                    h = hashlib.sha256(ff.read_raw_bytes() if ff is not None else name.encode()).digest()
                    tag = "".join(chr(65 + b % 26) for b in h[:6])
                    obj.FontName = pikepdf.Name("/" + tag + "+" + name[1:].split("+", 1)[1])
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Dictionary) and obj.get("/Type") == "/Font" and "+" in str(obj.get("/BaseFont", "")):
                fd = obj.get("/FontDescriptor")
                if fd is None and "/DescendantFonts" in obj:
                    fd = obj.DescendantFonts[0].get("/FontDescriptor")
                if fd is not None:
                    obj.BaseFont = fd.FontName
                    if "/DescendantFonts" in obj:
                        obj.DescendantFonts[0].BaseFont = fd.FontName
        pdf.save(path, deterministic_id=True, compress_streams=True)


# ---------------------------------------------------------------- Word (python-docx)
def fix_zip(path: Path) -> None:
    data = path.read_bytes()
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for info in sorted(src.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            zi = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read(info.filename))
    path.write_bytes(buf.getvalue())


def write_docx(path: Path, when: dt.date, author: str, header: str, blocks: list, font: str = "Calibri") -> None:
    """blocks: ('h', text) heading, ('p', text), ('b', text) bullet, ('t', rows) table, ('sig', [(l, r)])."""
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(when.year, when.month, when.day, 9, 0)
    cp.modified = dt.datetime(when.year, when.month, when.day, 9, 0)
    cp.revision = 1
    cp.title = ""
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=1)
        elif kind == "h":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "b":
            d.add_paragraph(val, style="List Bullet")
        elif kind in ("t", "sig"):
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            d.add_paragraph("")
    d.save(path)
    fix_zip(path)


def docx_then_pdf(case: str, rel_pdf: str, when: dt.date, author: str, header: str, blocks: list, font="Calibri") -> None:
    tmpdir = HERE / "_tmp_docx"
    tmpdir.mkdir(exist_ok=True)
    src = tmpdir / (Path(rel_pdf).stem + ".docx")
    write_docx(src, when, author, header, blocks, font)
    PENDING_DOCX2PDF.append((src, out(case, rel_pdf), when))


def run_soffice() -> None:
    tmpdir = HERE / "_tmp_docx"
    if not PENDING_DOCX2PDF:
        return
    prof = tempfile.mkdtemp(prefix="lo18_")
    outdir = tmpdir / "pdf"
    outdir.mkdir(exist_ok=True)
    subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(outdir)] + [str(s) for s, _, _ in PENDING_DOCX2PDF],
                   check=True, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for src, dst, when in PENDING_DOCX2PDF:
        shutil.move(str(outdir / (src.stem + ".pdf")), dst)
        normalise_pdf(dst, when)
    shutil.rmtree(prof, ignore_errors=True)
    shutil.rmtree(tmpdir, ignore_errors=True)


# ---------------------------------------------------------------- portal prints (wkhtmltopdf)
def html_page(brand: str, colour: str, sections: list[tuple[str, str]], footer: str) -> str:
    parts = []
    for i, (title, body) in enumerate(sections):
        brk = ' style="page-break-before:always"' if i else ""
        parts.append(f'<div{brk}><div class="band">{brand}</div><h1>{title}</h1>{body}<p class="f">{footer}</p></div>')
    return ("<html><head><meta charset='utf-8'><style>body{font-family:'DejaVu Sans';font-size:11pt;margin:0}"
            f".band{{background:{colour};color:#fff;padding:8px 12px;font-weight:bold}}h1{{font-size:15pt}}"
            "td,th{border:1px solid #999;padding:3px 6px;font-size:10pt;vertical-align:top}table{border-collapse:collapse;width:100%}"
            ".f{color:#666;font-size:8pt;margin-top:30px}</style></head><body>" + "".join(parts) + "</body></html>")


def wkhtml(case: str, rel: str, when: dt.date, html: str) -> None:
    dst = out(case, rel)
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / "p.html"
        src.write_text(html, encoding="utf-8")
        subprocess.run(["wkhtmltopdf", "-q", "--page-size", "A4", str(src), str(dst)], check=True, env=ENV,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    normalise_pdf(dst, when)


def kv(rows: list[tuple[str, str]]) -> str:
    return "<table>" + "".join(f"<tr><th style='text-align:left;width:30%'>{a}</th><td>{b}</td></tr>" for a, b in rows) + "</table>"


def paras(*ps: str) -> str:
    return "".join(f"<p>{p}</p>" for p in ps)


# ---------------------------------------------------------------- paper: scans and photos
W, H = 850, 1200  # ~100 dpi A4


def render_page(lines: list[str], font=SANS, size=17, top=70, extra=None) -> Image.Image:
    img = Image.new("L", (W, H), 255)
    dr = ImageDraw.Draw(img)
    f = ImageFont.truetype(font, size)
    fb = ImageFont.truetype(SANSB if font == SANS else font, size + 3)
    y = top
    for ln in lines:
        if ln.startswith("# "):
            dr.text((70, y), ln[2:], font=fb, fill=0)
            y += size + 16
            continue
        for w in textwrap.wrap(ln, 76) or [""]:
            dr.text((70, y), w, font=f, fill=20)
            y += size + 6
        y += 4
    if extra:
        extra(dr, img)
    return img


def stamp(text: str, x: int, y: int, angle: float = -8):
    def draw(dr, img):
        s = Image.new("L", (470, 90), 0)
        sd = ImageDraw.Draw(s)
        sd.rectangle([2, 2, 467, 87], outline=255, width=4)
        sd.text((18, 24), text, font=ImageFont.truetype(SANSB, 30), fill=255)
        s = s.rotate(angle, expand=True)
        img.paste(110, (x, y), s)
    return draw


def hand(text_lines: list[tuple[int, int, str]], size=30):
    def draw(dr, img):
        f = ImageFont.truetype(HAND, size)
        for x, y, t in text_lines:
            dr.text((x, y), t, font=f, fill=40)
    return draw


def fax_header(text: str):
    def draw(dr, img):
        dr.text((20, 12), text, font=ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 13), fill=0)
    return draw


def combine(*fs):
    def draw(dr, img):
        for f in fs:
            f(dr, img)
    return draw


def scan_pdf(case: str, rel: str, when: dt.date, pages: list[Image.Image], seed: int, bilevel: bool = True) -> None:
    rng = random.Random(seed)
    outp = []
    for pg in pages:
        pg = pg.rotate(rng.uniform(-0.8, 0.8), fillcolor=255, resample=Image.BICUBIC)
        px = pg.load()
        for _ in range(400):
            px[rng.randrange(W), rng.randrange(H)] = rng.randrange(0, 120)
        outp.append(pg.point(lambda v: 255 if v > 165 else 0).convert("1") if bilevel else pg.filter(ImageFilter.GaussianBlur(0.5)))
    dst = out(case, rel)
    outp[0].save(dst, "PDF", resolution=100.0, save_all=True, append_images=outp[1:])
    normalise_pdf(dst, when)


def photo(case: str, rel: str, page: Image.Image, seed: int, screen: bool = False) -> None:
    rng = random.Random(seed)
    bg = Image.new("RGB", (1000, 1350), (92, 70, 52) if not screen else (35, 35, 40))
    dr = ImageDraw.Draw(bg)
    for i in range(0, 1350, 7):
        c = rng.randrange(-12, 12)
        dr.line([(0, i), (1000, i + rng.randrange(-5, 5))], fill=(92 + c, 70 + c, 52 + c) if not screen else (35, 35, 40))
    pg = page.convert("RGB")
    if screen:
        tint = Image.new("RGB", pg.size, (200, 215, 255))
        pg = Image.blend(pg, tint, 0.18)
        d2 = ImageDraw.Draw(pg)
        for yy in range(0, pg.size[1], 4):
            d2.line([(0, yy), (pg.size[0], yy)], fill=(170, 180, 210))
    pg = pg.resize((820, 1157))
    coeffs = (1.0, rng.uniform(0.02, 0.05), -40, rng.uniform(-0.03, 0.0), 1.0, -50, rng.uniform(0, 4e-5), rng.uniform(0, 3e-5))
    pg = pg.transform((900, 1250), Image.PERSPECTIVE, coeffs, Image.BICUBIC, fillcolor=None)
    mask = Image.new("L", (820, 1157), 255).transform((900, 1250), Image.PERSPECTIVE, coeffs, Image.BICUBIC)
    bg.paste(pg, (50, 50), mask)
    if screen:
        glare = Image.new("L", bg.size, 0)
        ImageDraw.Draw(glare).ellipse([500, 100, 900, 400], fill=90)
        bg = Image.composite(Image.new("RGB", bg.size, (255, 255, 255)), bg, glare.filter(ImageFilter.GaussianBlur(60)))
    bg = bg.filter(ImageFilter.GaussianBlur(0.8))
    bg.save(out(case, rel), "JPEG", quality=55, optimize=True)


# ---------------------------------------------------------------- mail and text
def eml(case: str, rel: str, frm: str, to: str, subject: str, when: dt.datetime, body: str, cc: str = "",
        attach: tuple[str, bytes, str] | None = None, html: bool = False, mid: str = "") -> None:
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = format_datetime(when.replace(tzinfo=dt.timezone(dt.timedelta(hours=1))))
    m["Message-ID"] = f"<{mid or rel.replace(' ', '.')}.{when:%Y%m%d%H%M}@mail.example>"
    m["MIME-Version"] = "1.0"
    if html:
        m["X-Mailer"] = "Microsoft Outlook 16.0"
        m["Thread-Index"] = "AdQ" + str(abs(hash(subject)) % 10**8) if False else "AdQx" + when.strftime("%H%M%d")
    m.set_content(body)
    if html:
        h = "<html><body style='font-family:Calibri'>" + "".join(
            f"<p>{ln}</p>" for ln in body.split("\n\n")) + "</body></html>"
        m.add_alternative(h, subtype="html")
    if attach:
        name, data, ctype = attach
        mt, st = ctype.split("/")
        m.add_attachment(data, maintype=mt, subtype=st, filename=name)
    b = 0
    for part in m.walk():
        if part.is_multipart():
            b += 1
            part.set_boundary(f"----=_NextPart_018_{b:04d}_{when:%Y%m%d}")
    out(case, rel).write_bytes(m.as_bytes())


def txt(case: str, rel: str, text: str, crlf: bool = False) -> None:
    t = textwrap.dedent(text).lstrip("\n")
    out(case, rel).write_bytes(t.replace("\n", "\r\n").encode("utf-8") if crlf else t.encode("utf-8"))


# =========================================================================== case A: dental practice
def case_a() -> None:
    C = "Morgenzon tandartsen - Kaya E"
    d0 = dt.date(2024, 2, 12)
    bsn = make_bsn(1801)
    assert elfproef(bsn)
    pa, pva, te, neuro, bpa, bpva = (day(d0, o) for o in (36, 45, 88, 123, 141, 148))
    zm, eje, inv, ao, ev, own = (day(d0, o) for o in (288, 351, 606, 612, 632, 638))
    ba = "drs. W.J. Terpstra, bedrijfsarts (BIG 39048817201), ArboKompas"
    pm = "Ilse Brandsma, praktijkmanager"
    # 1 combined arbodienst export: PA then inzetbaarheidsprofiel
    head = kv([("Werknemer", "E. (Esra) Kaya"), ("BSN", bsn), ("Werkgever", "Tandartspraktijk Morgenzon, Heerdwijk"),
               ("Functie", "Tandartsassistente, 32 uur per week"), ("Eerste verzuimdag", dm(d0))])
    secs = [("Probleemanalyse", head + paras(
        f"Spreekuur {dm(pa)}. Datum rapportage: {dm(pa)}.",
        "<b>Wat is er aan de hand.</b> Mevrouw verzuimt volledig. Er is sprake van beperkingen in het langdurig vooroverbuigen, "
        "reiken boven schouderhoogte en het herhaald uitvoeren van fijne handbewegingen met de rechterarm.",
        "<b>Prognose.</b> Er is sprake van dreigend langdurig verzuim. Herstel wordt verwacht, maar niet binnen enkele weken.",
        "<b>Mogelijkheden.</b> Korte administratieve taken aan de balie, maximaal 2 x 2 uur per dag, wisselend zitten en staan.",
        "<b>Advies aan werkgever en werknemer.</b> Stel binnen twee weken samen een plan van aanpak op. Casemanager: praktijkmanager.",
        "<b>Arbeidsrelatie.</b> Geen aanwijzingen voor een verstoorde arbeidsverhouding.",
        f"Volgend spreekuur over vier weken. {ba}")),
        ("Inzetbaarheidsprofiel", head + kv([("Rubriek 1 persoonlijk functioneren", "geen beperkingen"),
            ("Rubriek 4 dynamische handelingen", "beperkt: reiken, fijne vingerbewegingen rechts max. 15 min aaneen"),
            ("Rubriek 5 statische houdingen", "beperkt: gebogen staan en zitten met romp gebogen"),
            ("Rubriek 6 werktijden", "voorlopig 4 uur per dag")]) + paras(f"Opgesteld {dm(pa)} door {ba}."))]
    wkhtml(C, "ArboKompas export dossier MZ-24-0207.pdf", day(d0, 40),
           html_page("ArboKompas Verzuimportaal", "#1f6f8b", secs, f"Geëxporteerd uit ArboKompas op {dm(day(d0, 40))} - dossier MZ-24-0207"))
    label(C, "ArboKompas export dossier MZ-24-0207.pdf", "probleemanalyse", pa, "wkhtmltopdf portal export",
          "combined PDF: probleemanalyse then inzetbaarheidsprofiel - labelled by its FIRST document")
    # 2 PvA docx standard title
    write_docx(out(C, "Plan van aanpak Esra.docx"), pva, "Ilse Brandsma", "Tandartspraktijk Morgenzon - Dorpsstraat 41 - 7412 KG Heerdwijk", [
        ("title", "Plan van aanpak"),
        ("t", [["Werknemer", "Esra Kaya"], ["BSN", bsn], ["Functie", "Tandartsassistente (32 uur)"], ["Eerste ziektedag", dm(d0)],
               ["Probleemanalyse", dm(pa) + ", drs. W.J. Terpstra"], ["Casemanager", pm]]),
        ("h", "Doel"), ("p", "Terugkeer in het eigen werk als tandartsassistente, eerst aan de balie en in de planning."),
        ("h", "Activiteiten en termijnen"),
        ("b", "Vanaf maandag na ondertekening: 4 x 2 uur baliewerk (telefoon, agenda)."),
        ("b", "Fysiotherapie via de huisarts, buiten werktijd waar mogelijk."),
        ("b", "Na 6 weken uitbreiding naar 4 x 3 uur als de bedrijfsarts akkoord is."),
        ("h", "Evaluatie"), ("p", "Elke zes weken een gesprek met de praktijkmanager; in ieder geval een evaluatie aan het einde van het eerste ziektejaar."),
        ("h", "Visie werkgever"), ("p", "Wij willen Esra graag behouden; aan de balie is werk genoeg."),
        ("h", "Visie werknemer"), ("p", "Ik wil snel weer aan de stoel assisteren, maar begin graag aan de balie."),
        ("sig", [["Datum", dm(pva), dm(pva)], ["Naam", "I. Brandsma, praktijkmanager", "E. Kaya"]])])
    label(C, "Plan van aanpak Esra.docx", "plan_van_aanpak", pva, "python-docx Word file", "standard title")
    # 3 evaluation as mail body, everyday words
    eml(C, "mail praktijkmanager 10 mei.eml", "Ilse Brandsma <ilse@morgenzon-tandartsen.example>",
        "Esra Kaya <esra.kaya@mailbox.example>", "ons gesprek van vanochtend", dt.datetime(te.year, te.month, te.day, 16, 40),
        f"Hoi Esra,\n\nFijn dat we vanochtend even rustig konden zitten. Kort wat we besproken hebben:\n\n"
        "- de balie gaat goed, 4 x 2 uur lukt zonder dat de klachten toenemen;\n"
        "- assisteren aan de stoel lukt nog niet, het vooroverbuigen blijft lastig;\n"
        "- de fysio helpt, je gaat daarmee door;\n"
        "- we breiden uit naar 4 x 3 uur vanaf volgende week, zoals de bedrijfsarts voorstelde.\n\n"
        "Over zes weken zitten we weer bij elkaar. Laat me weten als ik iets verkeerd heb opgeschreven.\n\nGroet, Ilse\n"
        "Ilse Brandsma | praktijkmanager | Tandartspraktijk Morgenzon", html=True)
    label(C, "mail praktijkmanager 10 mei.eml", "tussentijdse_evaluatie", te, "Outlook-style eml", "no title - mail body is the document")
    # 4 neurologist letter (medical) misnamed document.pdf
    p = render_page(["# Ziekenhuis Oost-Achterland - polikliniek Neurologie", "", f"Heerdwijk, {nl(neuro)}", "",
                     "Aan: dhr. R. Valk, huisarts te Heerdwijk", f"Betreft: mw. E. Kaya, geb. 03-07-1991", "",
                     "Geachte collega,", "Uw patiënte werd gezien op de polikliniek wegens uitstralende pijn in de rechterarm met tintelingen in duim en wijsvinger.",
                     "Anamnese: klachten sinds februari, toegenomen bij werk in voorovergebogen houding.",
                     "Onderzoek: verminderde kracht van de m. biceps rechts, reflexen rechts zwakker. MRI cervicaal: discusprotrusie C5-C6 met wortelcompressie rechts.",
                     "Conclusie: cervicaal radiculair syndroom C6 rechts. Beleid: conservatief, fysiotherapie, pregabaline 75 mg 2dd; controle over 8 weken.",
                     "", "Met collegiale groet,", "J.H. Dekkers, neuroloog"])
    scan_pdf(C, "document.pdf", neuro, [p], 11)
    label(C, "document.pdf", "medische_informatie", neuro, "image-only copier scan",
          "medical letter of a neurologist in the employer's folder - employer must not hold it (DOMAIN privacy)")
    # 5 bijstelling PA scan with received stamp
    p = render_page(["# ArboKompas - Terugkoppeling bedrijfsarts", "", "Vervolgrapportage: bijstelling van de probleemanalyse", "",
                     f"Werknemer: E. Kaya    BSN: {bsn}", f"Werkgever: Tandartspraktijk Morgenzon    Datum: {dm(bpa)}", "",
                     "Sinds de probleemanalyse is de belastbaarheid gewijzigd. Mevrouw kan assisteren aan de stoel voorlopig niet hervatten; "
                     "de verwachting van volledig herstel in het eigen werk is naar beneden bijgesteld.",
                     "Mogelijkheden: administratief werk, balie, planning en sterilisatie (zonder langdurig reiken), 4 x 4 uur.",
                     "Advies: pas het plan van aanpak aan op dit gewijzigde beeld en onderzoek structurele taken aan de balie.",
                     "", ba], extra=stamp(rcv(bpa, 3), 340, 900))
    scan_pdf(C, "scan0003.pdf", bpa, [p], 12)
    label(C, "scan0003.pdf", "bijstelling_probleemanalyse", bpa, "image-only copier scan with received stamp",
          "meaningless name - stamp date 3 days after the document date")
    # 6 reply chain: bijstelling PvA in the quoted older message
    older = (f"Op {nl(bpva)} 11:02 schreef Ilse Brandsma <ilse@morgenzon-tandartsen.example>:\n"
             "> Hoi Esra,\n>\n> Na het advies van de bedrijfsarts passen we onze afspraken uit het plan van aanpak aan:\n"
             "> - je werkt voortaan 4 x 4 uur: balie, planning en sterilisatie;\n> - assisteren aan de stoel laten we los tot de bedrijfsarts anders zegt;\n"
             "> - doel blijft zo veel mogelijk terug in eigen werk, maar we kijken ook of de baliefunctie vast kan worden;\n"
             "> - volgende evaluatie over zes weken, casemanager blijf ik.\n>\n> Wil je laten weten of je akkoord bent?\n> Ilse\n")
    eml(C, "Re_ afspraken aangepast.eml", "Esra Kaya <esra.kaya@mailbox.example>", "Ilse Brandsma <ilse@morgenzon-tandartsen.example>",
        "Re: afspraken aangepast", dt.datetime(bpva.year, bpva.month, bpva.day, 19, 15) + dt.timedelta(days=1),
        "Hoi Ilse, ja ik ben akkoord. Sterilisatie vind ik prima.\nGroetjes Esra\n\n" + older)
    label(C, "Re_ afspraken aangepast.eml", "bijstelling_plan_van_aanpak", bpva, "plain-text mail reply chain",
          "document is the QUOTED older message - the reply is one day later")
    # 7 photo of laptop: UWV portal 42-week report confirmation
    p = render_page(["# UWV - Werkgeversportaal", "Ziekmelding langdurig zieke werknemer - bevestiging", "",
                     f"Uw melding is ontvangen op {dm(zm)}.", "Werkgever: Tandartspraktijk Morgenzon", "Werknemer: E. Kaya",
                     f"Eerste ziektedag: {dm(d0)}", "Kenmerk: ZM-2024-8841207", "",
                     "U ontvangt binnenkort een brief met informatie over de eerstejaarsevaluatie.", "", "[ Afdrukken ]   [ Terug naar overzicht ]"], size=22)
    photo(C, "IMG_20241126_141207.jpg", p, 13, screen=True)
    label(C, "IMG_20241126_141207.jpg", "ziekmelding_uwv", zm, "Pillow phone photo of a laptop screen", "photo of a portal page - glare and moire")
    # 8 EJE as LibreOffice PDF named pva.pdf
    docx_then_pdf(C, "pva.pdf", eje, "Ilse Brandsma", "Tandartspraktijk Morgenzon", [
        ("title", "Evaluatie na een jaar ziekte"),
        ("p", f"Esra Kaya, tandartsassistente, BSN {bsn}. Gesprek op {nl(eje)} met Ilse Brandsma (praktijkmanager)."),
        ("h", "Hoe is het eerste jaar gegaan?"), ("p", "Esra werkt 16 uur aan de balie, in de planning en de sterilisatie. Assisteren lukt niet meer."),
        ("h", "Wat is het doel voor het tweede jaar?"), ("p", "Spoor 1: de functie baliemedewerker/planner wordt structureel. Een tweede spoor is niet nodig omdat binnen drie maanden een passende vaste functie binnen de praktijk beschikbaar is."),
        ("h", "Visie werkgever"), ("p", "De praktijk ziet Esra graag blijven in de nieuwe functie."),
        ("h", "Visie werknemer"), ("p", "Ik vind het jammer van het assisteren, maar de balie bevalt goed."),
        ("sig", [["Datum", dm(eje), dm(eje)], ["Naam", "I. Brandsma", "E. Kaya"]])])
    label(C, "pva.pdf", "eerstejaarsevaluatie", eje, "LibreOffice print of a Word file",
          "misleading name pva.pdf - content is the evaluation at the end of year 1")
    # 9 non-RIV invitation
    eml(C, "uitnodiging spreekuur.eml", "ArboKompas planning <planning@arbokompas.example>", "Esra Kaya <esra.kaya@mailbox.example>",
        "Uitnodiging spreekuur bedrijfsarts", dt.datetime(inv.year, inv.month, inv.day, 8, 5),
        f"Beste mevrouw Kaya,\n\nU bent uitgenodigd voor het spreekuur van drs. W.J. Terpstra op {nl(ao)} om 10:30 uur. "
        "Het gesprek gaat over het actueel oordeel voor uw WIA-aanvraag.\n\nMet vriendelijke groet,\nPlanning ArboKompas")
    label(C, "uitnodiging spreekuur.eml", "", None, "plain-text mail", "non-RIV invitation that names the actueel oordeel")
    # 10 AO portal print
    wkhtml(C, "Actueel oordeel bedrijfsarts.pdf", ao, html_page("ArboKompas Verzuimportaal", "#1f6f8b", [("Actueel oordeel", head + paras(
        f"Datum: {dm(ao)}. Ten behoeve van het re-integratieverslag.",
        "<b>Verloop.</b> Na een periode van volledig verzuim is de belastbaarheid verbeterd maar blijvend beperkt voor werk in voorovergebogen houding.",
        "<b>Functionele mogelijkheden.</b> Baliewerk, planning en sterilisatie, 5 x 4 uur. Assisteren aan de stoel is niet passend.",
        "<b>Arbeidsrelatie.</b> Goed; geen belemmeringen.", "<b>Passende arbeid.</b> Binnen de praktijk is passende arbeid aanwezig (receptie/planning, 20 uur).",
        ba))], f"Afgedrukt {dm(ao)}"))
    label(C, "Actueel oordeel bedrijfsarts.pdf", "actueel_oordeel", ao, "wkhtmltopdf portal print", "standard title")
    # 11 EV kept as docx
    write_docx(out(C, "Eindevaluatie.docx"), ev, "Ilse Brandsma", "Tandartspraktijk Morgenzon", [
        ("title", "Eindevaluatie"),
        ("t", [["Werknemer", "Esra Kaya"], ["BSN", bsn], ["Datum gesprek", dm(ev)]]),
        ("h", "Aard van het bedrijf"), ("p", "Tandartspraktijk met vier tandartsen, twee mondhygiënisten en acht assistentes; één vestiging."),
        ("h", "Verloop"), ("p", "Eigen werk niet meer mogelijk; sinds de eerstejaarsevaluatie vast aan de balie/planning, nu 20 uur."),
        ("h", "Arbeidsrelatie en passende arbeid"), ("p", "De verhouding is goed. Passende arbeid: baliemedewerker/planner, 20 van 32 uur."),
        ("sig", [["Datum", dm(ev), dm(ev)], ["Naam", "I. Brandsma, praktijkmanager", "E. Kaya"]])])
    label(C, "Eindevaluatie.docx", "eindevaluatie", ev, "python-docx Word file", "standard title")
    # 12 own view txt
    txt(C, "mijn reactie.txt", f"""
        Heerdwijk {dm(own)}

        Ik heb het verslag van Ilse gelezen. Ik ben het eens met wat er staat over de balie en de planning.
        Wel wil ik zeggen dat ik de pijn in mijn arm nog elke dag voel, dat staat er wat rooskleurig in.
        Het plan en de gesprekken klopten met wat we hebben afgesproken.

        Esra Kaya
        """)
    label(C, "mijn reactie.txt", "oordeel_werknemer", own, "plain text (Notepad)", "no title - the employee's view in everyday words")
    # 13 non-RIV roster docx
    write_docx(out(C, "werkrooster balie vanaf juni.docx"), day(d0, 150), "Ilse Brandsma", "", [
        ("title", "Rooster balie"), ("t", [["", "ma", "di", "wo", "do", "vr"], ["Esra", "8-12", "8-12", "-", "8-12", "8-12"],
                                           ["Anouk", "12-17", "12-17", "8-17", "12-17", "-"]])])
    label(C, "werkrooster balie vanaf juni.docx", "", None, "python-docx Word file", "non-RIV roster of the adapted work")


# =========================================================================== case B: car dealer
def case_b() -> None:
    C = "Autobedrijf Hendriksen - P. Oosterbeek"
    d0 = dt.date(2023, 10, 2)
    bsn = make_bsn(1802)
    assert elfproef(bsn)
    pa, pva, te, psy, zm, izp, ad, eje, tp, vg1, vg2, uwv, ao, er, ev, lease = (day(d0, o) for o in (
        35, 48, 101, 130, 290, 330, 340, 350, 378, 460, 545, 610, 617, 624, 633, 640))
    ba = "M. de Haan-Voskuil, bedrijfsarts"
    hdr = "Bedrijfsartsenpraktijk De Haan - Kerkpad 7 - 6651 AB Lindeburg - praktijk@dehaan-bedrijfsarts.example"
    docx_then_pdf(C, "brief bedrijfsarts 6 nov.pdf", pa, "M. de Haan", hdr, [
        ("p", "Autobedrijf Hendriksen B.V.\nt.a.v. de heer G. Mulder, officemanager\nIndustrieweg 12\n6652 CD Lindeburg"),
        ("p", f"Lindeburg, {nl(pa)}"), ("p", f"Betreft: de heer P. Oosterbeek, verkoopadviseur, BSN {bsn}"),
        ("p", f"Geachte heer Mulder,"),
        ("p", f"Op {nl(day(d0, 33))} sprak ik de heer Oosterbeek op mijn spreekuur. Hij is sinds {nl(d0)} volledig arbeidsongeschikt. Hieronder mijn bevindingen en advies, zoals de wet vraagt binnen zes weken na de eerste ziektedag."),
        ("p", "Er is sprake van een overbelastingsbeeld. Hij is beperkt in het omgaan met tijdsdruk, conflicten en klantcontact met hoge verwachtingen. Concentratie is verminderd."),
        ("p", "Ik verwacht dat het verzuim langer gaat duren dan enkele weken. Hervatting is wel mogelijk, te beginnen met niet-commerciële taken zonder verkoopdoelen, 3 x 2 uur."),
        ("p", "De arbeidsrelatie beschrijft betrokkene als goed. Ik adviseer u samen met hem binnen twee weken een plan van aanpak op te stellen. Ik zie hem over vier weken terug."),
        ("p", f"Met vriendelijke groet,\n\n{ba}\nBIG-nummer 69027715101")])
    label(C, "brief bedrijfsarts 6 nov.pdf", "probleemanalyse", pa, "LibreOffice print of a Word letter",
          "no word probleemanalyse - a letter citing the six weeks")
    # PvA page 1 scanned, signature page photographed
    p1 = render_page(["# Autobedrijf Hendriksen B.V.", "PLAN VAN AANPAK RE-INTEGRATIE", "",
                      f"Naam werknemer: P. (Pim) Oosterbeek          BSN: {bsn}", "Functie: verkoopadviseur nieuwe auto's, 40 uur",
                      f"1e ziektedag: {dm(d0)}      Advies bedrijfsarts d.d.: {dm(pa)}", "Casemanager: G. Mulder (officemanager)", "",
                      "1. Doel: terugkeer in eigen functie binnen ca. 6 maanden.",
                      "2. Activiteiten: start met 3 x 2 uur aflevercontrole en administratie orders; geen verkoopgesprekken; daarna elke 4 weken opbouw.",
                      "3. Begeleiding: gesprek met psycholoog via huisarts; coach van de zaak beschikbaar.",
                      "4. Evaluatie: elke 6 weken met G. Mulder; eerstejaarsevaluatie rond week 52.",
                      "5. Visie werkgever: Pim is een van onze beste verkopers, we nemen de tijd.", "(z.o.z.)"])
    scan_pdf(C, "PvA Pim blad 1.pdf", pva, [p1], 21)
    label(C, "PvA Pim blad 1.pdf", "plan_van_aanpak", pva, "image-only copier scan",
          "page 1 of a two-page PvA - signing date is only on the separately photographed page 2")
    p2 = render_page(["6. Visie werknemer:", "", "", "Afspraken worden vastgelegd en gaan in kopie naar werknemer, casemanager en bedrijfsarts.", "",
                      "Datum:                               Datum:", "", "Werkgever:                           Werknemer:"], top=80,
                     extra=hand([(90, 118, "Rustig opbouwen, eerst geen klanten. Ik ben akkoord."), (160, 278, dm(pva)),
                                 (520, 278, dm(pva)), (170, 330, "G. Mulder"), (540, 330, "P. Oosterbeek")]))
    photo(C, "IMG_4402.jpg", p2, 22)
    label(C, "IMG_4402.jpg", "plan_van_aanpak", pva, "Pillow phone photo", "signature page of the PvA photographed separately - handwritten visie and dates")
    txt(C, "gesprek 12 jan.txt", f"""
        gesprek met Pim {dm(te)}  (Gerard)

        - gaat iets beter, slaapt weer wat
        - 3 x 3 uur aflevering en orders lukt, klanten nog niet
        - psycholoog 1x per 2 weken
        - afgesproken: vanaf 1 feb 4 x 3 uur, proberen 1 klant per dag bij te zitten met Dennis
        - volgende keer eind februari
        """, crlf=True)
    label(C, "gesprek 12 jan.txt", "tussentijdse_evaluatie", te, "plain text (Notepad CRLF)", "notes without any title")
    p = render_page(["# PsyPunt Lindeburg - praktijk voor psychologie", f"Lindeburg, {nl(psy)}", "Vertrouwelijk", "",
                     "Aan: huisarts J. Verkerk", "Betreft: P. Oosterbeek, geb. 14-05-1979", "",
                     "Behandelverslag na 8 sessies. Diagnose: ernstige burn-out met depressieve klachten (DSM-5: aanpassingsstoornis met gemengde stemming).",
                     "Behandeling: cognitieve gedragstherapie, EMDR voor een incident met een klant. Sertraline via u gestart.",
                     "Prognose: gunstig, verwacht herstel 6 tot 12 maanden.", "", "drs. N. Akkerman, GZ-psycholoog"])
    scan_pdf(C, "brief PsyPunt.pdf", psy, [p], 23, bilevel=False)
    label(C, "brief PsyPunt.pdf", "medische_informatie", psy, "grey image-only scan",
          "psychologist's treatment report in the employer's folder - employer must not hold it (DOMAIN privacy)")
    # covering mail with UWV confirmation attached
    att = HERE / "_att_b.pdf"
    tmp = FILES / C / "_tmp.pdf"
    docx_then_pdf(C, "_tmp.pdf", zm, "UWV", "UWV", [
        ("p", "UWV\nPostbus 59140\n1040 KC Amsterdam"), ("p", "Autobedrijf Hendriksen B.V.\nIndustrieweg 12\n6652 CD Lindeburg"),
        ("p", f"Datum: {nl(zm)}\nOns kenmerk: ZM/23-771903"), ("p", "Onderwerp: Wij hebben uw ziekmelding ontvangen"),
        ("p", f"Geachte heer, mevrouw,\n\nU heeft uw werknemer P. Oosterbeek (BSN {bsn}) bij ons ziek gemeld. De eerste ziektedag is {nl(d0)}. "
              "Binnenkort sturen wij u informatie over de eerstejaarsevaluatie. Bewaar deze brief bij het re-integratiedossier."),
        ("p", "Met vriendelijke groet,\n\nUWV")])
    CASE_B_ATT.append((C, zm, bsn))
    label(C, "Fwd bevestiging UWV.eml", "", None, "Outlook-style eml with PDF attachment", "covering mail only - the document is the attachment")
    label(C, "Fwd bevestiging UWV.eml::bevestiging ziekmelding UWV.pdf", "ziekmelding_uwv", zm, "LibreOffice PDF attached to a mail",
          "UWV confirmation of the 42-week report inside a covering mail")
    p = render_page(["# ARBEIDSMOGELIJKHEDEN - FUNCTIONELE MOGELIJKHEDENLIJST", f"Naam: P. Oosterbeek   BSN: {bsn}", f"Datum: {dm(izp)}", "",
                     "1. Persoonlijk functioneren: beperkt - geen hoog handelingstempo, geen conflicthantering, geen deadlines",
                     "2. Sociaal functioneren: beperkt - klantcontact alleen rustig en zakelijk",
                     "3. Aanpassing aan fysieke omgevingseisen: geen beperkingen", "4. Dynamische handelingen: geen beperkingen",
                     "5. Statische houdingen: geen beperkingen", "6. Werktijden: ca. 6 uur per dag, 32 uur per week", "",
                     f"{ba}"], font=SERIF, size=16,
                     extra=fax_header(f"{izp.strftime('%d-%b-%Y').upper()} 15:41  VAN: BA PRAKTIJK DE HAAN +31 458 220 917   AAN: 0458 331 200   P.01/01"))
    scan_pdf(C, f"fax {izp.strftime('%d-%m')}.pdf", izp, [p], 24)
    label(C, f"fax {izp.strftime('%d-%m')}.pdf", "inzetbaarheidsprofiel", izp, "received fax (image-only, fax header line)", "fax name says nothing - FML")
    docx_then_pdf(C, "AD rapport Oosterbeek.pdf", ad, "S. Eijkelboom", "Eijkelboom Arbeidsdeskundig Advies", [
        ("title", "Arbeidsdeskundig onderzoek"), ("p", f"Werknemer: P. Oosterbeek, BSN {bsn}\nWerkgever: Autobedrijf Hendriksen B.V.\nDatum rapport: {dm(ad)}"),
        ("h", "1. Vraagstelling"), ("p", "Is de eigen functie passend? Zo niet: is ander passend werk bij de werkgever of daarbuiten mogelijk?"),
        ("h", "2. Functie en belasting"), ("p", "Verkoopadviseur met targets, avond- en zaterdagopenstelling en veel onderhandeling."),
        ("h", "3. Belastbaarheid"), ("p", f"Volgens de FML van {dm(izp)}: beperkt in tijdsdruk, conflicten en deadlines."),
        ("h", "4. Conclusie"), ("p", "De eigen functie is niet passend. Intern is geen passende functie beschikbaar. Ik adviseer spoor 2 direct te starten."),
        ("p", "S. Eijkelboom, register-arbeidsdeskundige")])
    label(C, "AD rapport Oosterbeek.pdf", "arbeidsdeskundig_rapport", ad, "LibreOffice print of a Word file", "numbered chapters")
    write_docx(out(C, "Eerstejaarsevaluatie Pim Oosterbeek.docx"), eje, "Gerard Mulder", "Autobedrijf Hendriksen B.V.", [
        ("title", "Eerstejaarsevaluatie"), ("t", [["Werknemer", "Pim Oosterbeek"], ["BSN", bsn], ["Datum", dm(eje)]]),
        ("h", "Resultaat eerste jaar"), ("p", "Pim werkt 4 x 4 uur in aflevering en orderadministratie. Verkoop is niet meer haalbaar (AD-rapport)."),
        ("h", "Re-integratiedoel tweede jaar"), ("p", "Spoor 1: orderadministratie zolang het werk er is. Spoor 2: via Werkroute Re-integratie werk buiten het bedrijf."),
        ("h", "Visie werkgever en werknemer"), ("p", "Werkgever: tweede spoor nu starten. Pim: begrijpt het, wil graag iets in de autobranche zonder verkoopdruk."),
        ("sig", [["Datum", dm(eje), dm(eje)], ["Naam", "G. Mulder", "P. Oosterbeek"]])])
    label(C, "Eerstejaarsevaluatie Pim Oosterbeek.docx", "eerstejaarsevaluatie", eje, "python-docx Word file", "standard title")
    wr = ("Werkroute Re-integratie - cliëntportaal", "#6a3d9a")
    wkhtml(C, "Trajectplan 2e spoor.pdf", tp, html_page(*wr, [("Trajectplan tweede spoor", kv([("Kandidaat", "P. Oosterbeek"), ("BSN", bsn),
        ("Opdrachtgever", "Autobedrijf Hendriksen B.V."), ("Consulent", "L. Vermeulen"), ("Datum", dm(tp))]) + paras(
        f"Intake op {dm(day(d0, 372))}. Doel: passend werk buiten Autobedrijf Hendriksen binnen 9 maanden.",
        "Fase 1 (6 weken): beroepskeuzetest, zoekprofiel (schadeafhandeling, planning werkplaats, lease-administratie).",
        "Fase 2: sollicitatietraining, netwerk autobranche, proefplaatsing. Rapportage elke 3 maanden."))], "Werkroute Re-integratie"))
    label(C, "Trajectplan 2e spoor.pdf", "trajectplan_tweede_spoor", tp, "wkhtmltopdf client-portal print", "standard title")
    wkhtml(C, "Werkroute rapportages.pdf", vg2, html_page(*wr, [
        ("Voortgangsrapportage 1", paras(f"Kandidaat P. Oosterbeek - periode {dm(tp)} t/m {dm(vg1)}. Datum: {dm(vg1)}.",
                                          "Zoekprofiel af; 9 sollicitaties, 2 gesprekken. Werkervaringsplek bij een schadehersteller besproken.")),
        ("Voortgangsrapportage 2", paras(f"Periode {dm(vg1)} t/m {dm(vg2)}. Datum: {dm(vg2)}.",
                                          "Proefplaatsing schadebureau Van Loon 3 x 5 uur, positief. Verlenging aangevraagd."))], "Werkroute Re-integratie - export"))
    label(C, "Werkroute rapportages.pdf", "voortgangsrapportage_tweede_spoor", vg1, "wkhtmltopdf client-portal export",
          "combined PDF: voortgangsrapportage 1 then 2 - labelled by its FIRST document")
    p = render_page(["# UWV", f"Datum: {nl(uwv)}", "Onderwerp: Aanvraag WIA-uitkering", "", "Geachte heer Oosterbeek,",
                     f"U bent sinds {nl(d0)} ziek. Over 13 weken kunt u een WIA-uitkering aanvragen. Dat doet u uiterlijk 11 weken voor het einde van de wachttijd.",
                     "Stuur het re-integratieverslag mee dat u samen met uw werkgever maakt.", f"BSN: {bsn}", "", "Met vriendelijke groet, UWV"],
                    extra=stamp(rcv(uwv, 4), 330, 860))
    scan_pdf(C, "AO.pdf", uwv, [p], 25)
    label(C, "AO.pdf", "uwv_correspondentie", uwv, "image-only copier scan with received stamp",
          "misleading name AO.pdf - it is the UWV week-88 WIA letter, not the actueel oordeel")
    eml(C, "RE_ vraag over WIA-aanvraag Pim.eml", "M. de Haan-Voskuil <praktijk@dehaan-bedrijfsarts.example>",
        "Gerard Mulder <g.mulder@hendriksen-auto.example>", "RE: vraag over WIA-aanvraag Pim", dt.datetime(ao.year, ao.month, ao.day, 13, 20),
        f"Geachte heer Mulder,\n\nNaar aanleiding van uw vraag hierbij mijn huidige oordeel ten behoeve van het re-integratieverslag van de heer Oosterbeek (BSN {bsn}), "
        f"na mijn spreekuur van {nl(day(d0, 615))}.\n\nHet verloop is gunstig maar de beperkingen ten aanzien van tijdsdruk en conflicten zijn blijvend. "
        "Hij kan circa 30 uur per week werken in rustig, zelfstandig werk zonder verkoopdoelen. De eigen functie is niet passend; "
        "binnen uw bedrijf is orderadministratie passend maar beperkt beschikbaar. De arbeidsrelatie is goed.\n\n"
        "Met vriendelijke groet,\nM. de Haan-Voskuil, bedrijfsarts\n\n-----Oorspronkelijk bericht-----\nVan: Gerard Mulder\n"
        f"Verzonden: {nl(day(d0, 612))}\nOnderwerp: vraag over WIA-aanvraag Pim\n\nDokter, het UWV vraagt om een actueel oordeel. Kunt u dat sturen?\nGerard", html=True)
    label(C, "RE_ vraag over WIA-aanvraag Pim.eml", "actueel_oordeel", ao, "Outlook-style eml reply chain",
          "no title - the bedrijfsarts's reply is the actueel oordeel above a quoted question")
    wkhtml(C, "Eindrapportage Werkroute.pdf", er, html_page(*wr, [("Eindrapportage re-integratietraject", kv([("Kandidaat", "P. Oosterbeek"),
        ("Datum", dm(er)), ("Resultaat", "plaatsing")]) + paras("Per 1e van de volgende maand treedt de heer Oosterbeek in dienst bij Schadeherstel Van Loon als schadecalculator, 28 uur, contract voor een jaar.",
        "Het traject wordt hiermee afgesloten. L. Vermeulen, consulent"))], "Werkroute Re-integratie"))
    label(C, "Eindrapportage Werkroute.pdf", "eindrapportage_tweede_spoor", er, "wkhtmltopdf client-portal print", "title without 'tweede spoor'")
    docx_then_pdf(C, "Gespreksverslag juni.pdf", ev, "Gerard Mulder", "Autobedrijf Hendriksen B.V.", [
        ("title", "Verslag afsluitend gesprek re-integratie"), ("p", f"Pim Oosterbeek, BSN {bsn}. Gesprek op {nl(ev)} met Gerard Mulder."),
        ("h", "Ons bedrijf"), ("p", "Dealerbedrijf van twee merken met showroom en werkplaats, 48 medewerkers."),
        ("h", "Terugblik"), ("p", "Eerst opbouw in eigen bedrijf (orders, aflevering), daarna spoor 2 met Werkroute. Resultaat: plaatsing bij Schadeherstel Van Loon."),
        ("h", "Verhouding en passend werk"), ("p", "De verhouding is altijd goed gebleven. Bij ons is geen passend werk voor meer dan 16 uur."),
        ("sig", [["Datum", dm(ev), dm(ev)], ["Naam", "G. Mulder, officemanager", "P. Oosterbeek"]])])
    label(C, "Gespreksverslag juni.pdf", "eindevaluatie", ev, "LibreOffice print of a Word file",
          "everyday title 'Verslag afsluitend gesprek' - it is the last evaluation (eindevaluatie DOMAIN 1.2)")
    eml(C, "leaseauto inleveren.eml", "Gerard Mulder <g.mulder@hendriksen-auto.example>", "Pim Oosterbeek <pim.oosterbeek@mailbox.example>",
        "auto inleveren", dt.datetime(lease.year, lease.month, lease.day, 9, 12),
        "Hoi Pim,\n\nNu je bij Van Loon begint: wil je de demo-auto en de tankpas vrijdag inleveren bij de receptie?\n\nGroet, Gerard")
    label(C, "leaseauto inleveren.eml", "", None, "plain-text mail", "non-RIV practical mail")


CASE_B_ATT: list = []


def finish_b() -> None:
    for C, zm, bsn in CASE_B_ATT:
        tmp = FILES / C / "_tmp.pdf"
        data = tmp.read_bytes()
        tmp.unlink()
        eml(C, "Fwd bevestiging UWV.eml", "Salarisadministratie Brink <loon@brink-salaris.example>",
            "Gerard Mulder <g.mulder@hendriksen-auto.example>", "FW: bevestiging ziekmelding UWV Oosterbeek",
            dt.datetime(zm.year, zm.month, zm.day, 11, 3) + dt.timedelta(days=3),
            "Hallo Gerard,\n\nZie bijlage, voor in het dossier.\n\nGroet, Marja\nSalarisadministratie Brink", html=True,
            attach=("bevestiging ziekmelding UWV.pdf", data, "application/pdf"))


# =========================================================================== case C: printing company
def case_c() -> None:
    C = "Drukkerij De Vlijt - dossier 24-031"
    d0 = dt.date(2024, 4, 22)
    bsn = make_bsn(1803)
    assert elfproef(bsn)
    pa, mri, pva, te, bpva, off, zm, bpa, eje, do, ao, ev, own = (day(d0, o) for o in (
        38, 58, 49, 95, 170, 175, 286, 300, 352, 420, 614, 633, 639))
    ba = "A. Riemersma, bedrijfsarts, ArboSpectrum"
    br = ("ArboSpectrum Online", "#b5451b")
    head = kv([("Werknemer", "R. (Rob) Bosman"), ("BSN", bsn), ("Werkgever", "Drukkerij De Vlijt B.V., Zuiderveen"),
               ("Functie", "Offsetdrukker, 38 uur"), ("Eerste ziektedag", dm(d0))])
    wkhtml(C, "Probleemanalyse R Bosman.pdf", pa, html_page(*br, [("Probleemanalyse", head + paras(f"Datum: {dm(pa)}",
        "<b>Analyse.</b> Rugklachten met uitstraling; beperkt in tillen boven 10 kg, bukken en langdurig staan.",
        "<b>Verwachting.</b> Dreigend langdurig verzuim; gedeeltelijke hervatting over 4-6 weken verwacht.",
        "<b>Advies.</b> Plan van aanpak binnen 2 weken; start met lichte taken (kwaliteitscontrole aan tafel).", ba))], "ArboSpectrum"))
    label(C, "Probleemanalyse R Bosman.pdf", "probleemanalyse", pa, "wkhtmltopdf portal print", "standard title")
    docx_then_pdf(C, "_mri.pdf", mri, "Radiologie", "Medisch Centrum Zuiderveen - afdeling Radiologie", [
        ("title", "Verslag MRI lumbale wervelkolom"), ("p", f"Patiënt: R. Bosman, geb. 09-11-1970. Datum onderzoek: {dm(mri)}."),
        ("p", "Bevindingen: mediolaterale discushernia L4-L5 links met compressie van de L5-wortel. Geringe degeneratie L5-S1."),
        ("p", "Conclusie: HNP L4-L5 links. Verwijzing neurochirurgie geadviseerd."), ("p", "Dr. K. Wieringa, radioloog")])
    MRI.append((C, mri))
    label(C, "Fwd uitslag MRI.eml", "", None, "plain-text mail with PDF attachment", "covering mail of the employee only")
    label(C, "Fwd uitslag MRI.eml::verslag MRI.pdf", "medische_informatie", mri, "LibreOffice PDF attached to a mail",
          "radiology report forwarded by the employee to HR - employer must not hold it (DOMAIN privacy)")
    write_docx(out(C, "plan van aanpak.docx"), pva, "Judith Kranenburg", "Drukkerij De Vlijt B.V. - P&O", [
        ("title", "Plan van aanpak"), ("t", [["Werknemer", "Rob Bosman"], ["BSN", bsn], ["Casemanager", "Judith Kranenburg, P&O-adviseur"],
                                             ["Probleemanalyse", dm(pa)], ["Datum plan", dm(pva)]]),
        ("h", "Doel"), ("p", "Volledige terugkeer als offsetdrukker."),
        ("h", "Activiteiten"), ("b", "Kwaliteitscontrole aan tafel, 4 x 3 uur, geen tillen van papierpakken."), ("b", "Fysiotherapie."),
        ("b", "Evaluatie elke zes weken en aan het einde van het eerste ziektejaar."),
        ("h", "Visie werkgever / werknemer"), ("p", "Werkgever: terugkeer aan de pers is reëel met hulpmiddelen. Werknemer: ik wil terug naar mijn pers."),
        ("sig", [["Datum", dm(pva), dm(pva)], ["Naam", "J. Kranenburg", "R. Bosman"]])])
    label(C, "plan van aanpak.docx", "plan_van_aanpak", pva, "python-docx Word file", "standard title")
    docx_then_pdf(C, "document.pdf", te, "Judith Kranenburg", "Drukkerij De Vlijt B.V.", [
        ("title", "Verslag voortgangsgesprek"), ("p", f"Aanwezig: Rob Bosman, Judith Kranenburg, chef drukkerij Harm Post. Datum: {dm(te)}."),
        ("p", "Rob werkt 4 x 4 uur kwaliteitscontrole. Geen toename van klachten. Hij wacht op een consult bij de neurochirurg."),
        ("p", "Afspraak: uitbreiding naar 5 x 4 uur; volgende gesprek over zes weken.")])
    label(C, "document.pdf", "tussentijdse_evaluatie", te, "LibreOffice print of a Word file", "meaningless name document.pdf")
    p = render_page(["# Drukkerij De Vlijt B.V.", "Bijstelling plan van aanpak", "", f"Werknemer: R. Bosman   BSN: {bsn}", f"Datum: {dm(bpva)}", "",
                     "Aanleiding: operatie (gepland) en daarna revalidatie; de opbouw uit het plan van aanpak is niet haalbaar.",
                     "Nieuwe afspraken: na herstel start met 3 x 2 uur kwaliteitscontrole; tilhulp aan de pers wordt aangevraagd.",
                     "Evaluatie: zes weken na hervatting.", "", "Handtekening werkgever:            Handtekening werknemer:"],
                    extra=hand([(90, 560, "+ ook Heidelberg-pers laten bekijken door leverancier! JK"), (120, 640, "akkoord R.B.")]))
    scan_pdf(C, "Bijstelling plan van aanpak okt 2024.pdf", bpva, [p], 31)
    label(C, "Bijstelling plan van aanpak okt 2024.pdf", "bijstelling_plan_van_aanpak", bpva, "image-only copier scan", "handwritten additions on a printed form")
    docx_then_pdf(C, "offerte sta-zit tafel.pdf", off, "Ergoplus", "Ergoplus Werkplekinrichting", [
        ("title", "Offerte 24-1187"), ("p", "Sta-zit werktafel 160x80 elektrisch, incl. montage: EUR 1.245,00 excl. btw. Geldig 30 dagen.")])
    label(C, "offerte sta-zit tafel.pdf", "", None, "LibreOffice print of a Word file", "non-RIV quotation for a work aid")
    wkhtml(C, "bevestiging ziekmelding UWV.pdf", zm, html_page("UWV Werkgeversportaal", "#0d4a8f", [("Bevestiging ziekmelding", kv([
        ("Werkgever", "Drukkerij De Vlijt B.V."), ("Werknemer", "R. Bosman"), ("BSN", bsn), ("Eerste ziektedag", dm(d0)),
        ("Datum melding", dm(zm)), ("Soort melding", "Ziekmelding langdurig zieke werknemer (42e week)")]))], f"Afgedrukt op {dm(zm)}"))
    label(C, "bevestiging ziekmelding UWV.pdf", "ziekmelding_uwv", zm, "wkhtmltopdf portal print", "standard title")
    p = render_page(["# ArboSpectrum Online", "Terugkoppeling spreekuur", f"Datum: {dm(bpa)}    Werknemer: R. Bosman", "",
                     "Wijziging belastbaarheid t.o.v. de probleemanalyse:", "Na de operatie is de belastbaarheid blijvend lager: niet tillen boven 5 kg, niet bukken, afwisselen van houding.",
                     "Terugkeer aan de offsetpers is niet te verwachten. Advies: arbeidsdeskundig onderzoek en plan van aanpak bijstellen.", "", ba], size=21)
    photo(C, "IMG_20250218_093015.jpg", p, 32, screen=True)
    label(C, "IMG_20250218_093015.jpg", "bijstelling_probleemanalyse", bpa, "Pillow phone photo of a laptop screen",
          "portal page 'Terugkoppeling spreekuur' photographed - changed belastbaarheid = bijstelling PA (DOMAIN 1.2)")
    docx_then_pdf(C, "EJE Bosman.pdf", eje, "Judith Kranenburg", "Drukkerij De Vlijt B.V.", [
        ("title", "Eerstejaarsevaluatie"), ("p", f"Rob Bosman, BSN {bsn}. Datum: {dm(eje)}."),
        ("p", "Eigen werk niet meer haalbaar. Spoor 1: werkvoorbereider (planning orders) met scholing. Rob is het daar niet mee eens; hij wil terug naar de pers en vraagt een deskundigenoordeel aan."),
        ("p", "Visie werkgever: de werkvoorbereiding is passend. Visie werknemer: ik twijfel of ik de hele dag achter een scherm kan.")])
    label(C, "EJE Bosman.pdf", "eerstejaarsevaluatie", eje, "LibreOffice print of a Word file", "abbreviation in the file name")
    p1 = render_page(["# UWV", "Deskundigenoordeel", f"Datum: {nl(do)}", f"Aanvrager: R. Bosman   BSN: {bsn}", "Werkgever: Drukkerij De Vlijt B.V.", "",
                      "Vraag: is de aangeboden functie werkvoorbereider passend?",
                      "Oordeel: ja. De functie past binnen de beperkingen die de bedrijfsarts heeft vastgesteld.", "",
                      "Verzekeringsarts: T. Koopmans      Arbeidsdeskundige: E. de Wolf"], extra=stamp(rcv(do, 5), 330, 820))
    scan_pdf(C, "scan UWV.pdf", do, [p1], 33)
    label(C, "scan UWV.pdf", "deskundigenoordeel", do, "image-only copier scan with received stamp", "UWV letter that is a deskundigenoordeel, not general correspondence")
    wkhtml(C, "Alle rapportages ArboSpectrum jan 2026.pdf", day(d0, 620), html_page(*br, [
        ("Actueel oordeel", head + paras(f"Datum: {dm(ao)}", "<b>Verloop.</b> Stabiel na operatie; blijvende beperkingen voor tillen en bukken.",
                                         "<b>Mogelijkheden.</b> Werkvoorbereiding 30 uur is passend.", "<b>Arbeidsrelatie.</b> Goed na het deskundigenoordeel.",
                                         "<b>Passende arbeid.</b> Aanwezig bij de werkgever.", ba)),
        ("Medische informatie t.b.v. verzekeringsarts - MEDISCH GEHEIM", paras("Diagnose: HNP L4-L5, microdiscectomie december 2024; restklachten L5-radiculair links.",
                                                                              "Medicatie: naproxen zo nodig. Behandelaars: neurochirurg, fysiotherapeut.", ba))],
        f"Export ArboSpectrum {dm(day(d0, 620))}"))
    label(C, "Alle rapportages ArboSpectrum jan 2026.pdf", "actueel_oordeel", ao, "wkhtmltopdf portal export",
          "combined PDF: actueel oordeel then medische informatie - labelled by its FIRST document")
    write_docx(out(C, "Eindevaluatie Bosman.docx"), ev, "Judith Kranenburg", "Drukkerij De Vlijt B.V.", [
        ("title", "Eindevaluatie re-integratie"), ("t", [["Werknemer", "Rob Bosman"], ["BSN", bsn], ["Datum", dm(ev)]]),
        ("h", "Aard van het bedrijf"), ("p", "Offset- en digitale drukkerij, 61 medewerkers, tweeploegendienst."),
        ("h", "Verloop en resultaat"), ("p", "Na operatie en deskundigenoordeel werkt Rob 30 uur als werkvoorbereider."),
        ("h", "Arbeidsrelatie / passende arbeid"), ("p", "Goed. Passende arbeid: werkvoorbereider 30 van 38 uur."),
        ("sig", [["Datum", dm(ev), dm(ev)], ["Naam", "J. Kranenburg", "R. Bosman"]])])
    label(C, "Eindevaluatie Bosman.docx", "eindevaluatie", ev, "python-docx Word file", "standard title")
    eml(C, "reactie Rob op verslag.eml", "Rob Bosman <rob.bosman@mailbox.example>", "Judith Kranenburg <p-o@devlijt-drukkerij.example>",
        "verslag", dt.datetime(own.year, own.month, own.day, 20, 44),
        "Judith,\n\nIk heb het re-integratieverslag doorgelezen. Mijn mening: het klopt grotendeels. Ik had liever aan de pers gebleven "
        "maar het deskundigenoordeel heeft het beslist. De planning bevalt beter dan gedacht. Wel mis ik in het verslag dat de tilhulp "
        "pas na vijf maanden kwam.\n\nRob")
    label(C, "reactie Rob op verslag.eml", "oordeel_werknemer", own, "plain-text mail", "no title - the employee's view as a mail body")
    (FILES / C / "dossier.yaml").write_text(
        f'werknemer: {{naam: "R. Bosman", bsn: "{bsn}", functie: "Offsetdrukker"}}\n'
        'werkgever: {naam: "Drukkerij De Vlijt B.V.", aard_van_het_bedrijf: "Drukkerij"}\n'
        'bedrijfsarts: {naam: "A. Riemersma", organisatie: "ArboSpectrum"}\ncasemanager: {naam: "J. Kranenburg"}\n'
        f"eerste_ziektedag: {d0.isoformat()}\n", encoding="utf-8")


MRI: list = []


def finish_c() -> None:
    for C, mri in MRI:
        tmp = FILES / C / "_mri.pdf"
        data = tmp.read_bytes()
        tmp.unlink()
        eml(C, "Fwd uitslag MRI.eml", "Rob Bosman <rob.bosman@mailbox.example>", "Judith Kranenburg <p-o@devlijt-drukkerij.example>",
            "Fwd: uitslag", dt.datetime(mri.year, mri.month, mri.day, 18, 30) + dt.timedelta(days=6),
            "Hoi Judith, hier de uitslag van de MRI, dan weet je het ook.\nRob", attach=("verslag MRI.pdf", data, "application/pdf"))


# =========================================================================== case D: holiday park
def case_d() -> None:
    C = "Vakantiepark De Bosrand - M. Wijnbergen"
    d0 = dt.date(2023, 11, 20)
    bsn = make_bsn(1804)
    assert elfproef(bsn)
    pa, pva, te, izp, eje, ad, inv, tp, vg, uwv, ao, ev, own, rst = (day(d0, o) for o in (
        34, 44, 130, 240, 347, 355, 376, 383, 470, 610, 615, 631, 638, 200))
    ba = "F. Oudejans, bedrijfsarts Arbodienst Heidezoom"
    p = render_page(["# ARBODIENST HEIDEZOOM", "Probleemanalyse", "", f"Werknemer: M. Wijnbergen     BSN: {bsn}",
                     "Werkgever: Vakantiepark De Bosrand, Elsterhout", "Functie: medewerker technische dienst (36 uur)", f"Eerste ziektedag: {dm(d0)}",
                     f"Datum: {dm(pa)}", "", "Oordeel: er is sprake van dreigend langdurig verzuim na een val van een trap.",
                     "Beperkingen: niet knielen, hurken, klimmen of lopen op oneffen terrein; zittend werk mogelijk.",
                     "Advies: start met zittende taken (werkorders, voorraad, telefoon storingen) 3 x 3 uur. Plan van aanpak binnen twee weken.",
                     "Arbeidsrelatie: goed.", "", ba], font=SERIF, size=16,
                    extra=fax_header(f"{pa.strftime('%d-%b-%Y').upper()} 09:12  VAN: ARBODIENST HEIDEZOOM +31 577 410 220   P.01/01"))
    scan_pdf(C, "fax arbo.pdf", pa, [p], 41)
    label(C, "fax arbo.pdf", "probleemanalyse", pa, "received fax (image-only, fax header line)", "fax name says nothing")
    txt(C, "afspraken.txt", f"""
        Afspraken met Marloes Wijnbergen, {dm(pva)}
        BSN {bsn}

        Wat willen we: Marloes weer aan het werk in de technische dienst.
        Wat gaan we doen:
          - vanaf maandag 3 x 3 uur werkorders inplannen en voorraad bijhouden in de werkplaats (zittend)
          - fysio 2x per week
          - elke 6 weken praten we met elkaar, ook rond een jaar
        Wie houdt het bij: Bas Leferink (parkmanager)
        Hoe kijkt Bas ertegen aan: liefst snel terug in de TD, werk genoeg binnen.
        Hoe kijkt Marloes ertegen aan: wil wel, maar bang voor de trap en het terrein.

        getekend Bas en Marloes
        """)
    label(C, "afspraken.txt", "plan_van_aanpak", pva, "plain text (Notepad)", "no title - PvA in everyday words with goal/activities/evaluation/casemanager")
    eml(C, "Re_ Re_ hoe gaat het nu.eml", "Bas Leferink <bas@debosrand-park.example>", "Marloes Wijnbergen <marloes.w@mailbox.example>",
        "Re: Re: hoe gaat het nu", dt.datetime(te.year, te.month, te.day, 17, 2),
        f"Hoi Marloes,\n\nNog even op een rij wat we vandaag bespraken: je doet nu 4 x 4 uur planning en voorraad, de knie blijft dik na lopen over het park. "
        "Rondes over het terrein doen we dus nog niet. Volgende keer over zes weken, dan kijken we of golfkarretje rijden lukt.\n\nBas\n\n"
        "> Op maandag schreef Marloes:\n> Ja is goed, morgen om 10 uur in de kantine.\n>\n>> Hoi Marloes, zullen we weer even bijpraten? Bas", html=True)
    label(C, "Re_ Re_ hoe gaat het nu.eml", "tussentijdse_evaluatie", te, "Outlook-style eml reply chain", "top message is the evaluation - older quotes are chatter")
    docx_then_pdf(C, "Belastbaarheid Marloes.pdf", izp, "F. Oudejans", "Arbodienst Heidezoom", [
        ("title", "Functionele Mogelijkhedenlijst"), ("p", f"Werknemer: M. Wijnbergen, BSN {bsn}. Datum: {dm(izp)}."),
        ("t", [["Rubriek", "Beoordeling"], ["Persoonlijk functioneren", "geen beperkingen"], ["Dynamische handelingen", "beperkt: lopen max. 15 min, niet klimmen"],
               ["Statische houdingen", "beperkt: niet knielen of hurken"], ["Werktijden", "36 uur mogelijk"]]), ("p", ba)])
    label(C, "Belastbaarheid Marloes.pdf", "inzetbaarheidsprofiel", izp, "LibreOffice print of a Word table", "file name says belastbaarheid")
    eml(C, "verslag gesprek na een jaar.eml", "Bas Leferink <bas@debosrand-park.example>", "Marloes Wijnbergen <marloes.w@mailbox.example>",
        "verslag van ons gesprek", dt.datetime(eje.year, eje.month, eje.day, 15, 30),
        f"Beste Marloes,\n\nZoals beloofd het verslag van ons gesprek van vandaag, nu je bijna een jaar ziek bent.\n\n"
        "Terugkeer in de technische dienst zit er niet in: het terrein en de trappen blijven een probleem (zie de belastbaarheid van de bedrijfsarts). "
        "Binnen het park is alleen zittend werk voor ongeveer 16 uur. We laten een arbeidsdeskundige kijken en starten daarnaast met een bureau dat werk buiten het park zoekt.\n\n"
        "Wat ik ervan vind: jammer, je bent een harde werker. Wat jij ervan vindt: je wil liever blijven, maar je snapt het.\n\nGroet, Bas Leferink, parkmanager", html=True)
    label(C, "verslag gesprek na een jaar.eml", "eerstejaarsevaluatie", eje, "Outlook-style eml",
          "no title and no word eerstejaarsevaluatie - evaluation at the end of year 1 with visie (DOMAIN 1.1 art. 4 lid 2b)")
    docx_then_pdf(C, "AD rapport.pdf", ad, "C. Meijboom", "Arbodienst Heidezoom - arbeidsdeskundige", [
        ("title", "Rapportage arbeidsdeskundig onderzoek"), ("p", f"Werknemer: M. Wijnbergen, BSN {bsn}. Datum: {dm(ad)}."),
        ("h", "Vraag"), ("p", "Kan mevrouw terug in haar eigen werk of ander werk bij Vakantiepark De Bosrand?"),
        ("h", "Analyse"), ("p", "Het eigen werk vraagt lopen over onverhard terrein, klimmen en knielen; dat is niet passend. Intern zittend werk is 16 uur beschikbaar."),
        ("h", "Advies"), ("p", "Spoor 1 voor 16 uur; spoor 2 direct starten voor de overige uren."), ("p", "C. Meijboom, arbeidsdeskundige")])
    label(C, "AD rapport.pdf", "arbeidsdeskundig_rapport", ad, "LibreOffice print of a Word file", "standard title")
    eml(C, "uitnodiging intake.eml", "Stap Verder Loopbaan <info@stapverder-loopbaan.example>", "Marloes Wijnbergen <marloes.w@mailbox.example>",
        "Uitnodiging kennismaking", dt.datetime(inv.year, inv.month, inv.day, 10, 0),
        f"Beste Marloes,\n\nWe nodigen je uit voor een kennismaking op {nl(tp)} om 13:00 in ons kantoor aan de Stationsweg.\n\nHartelijke groet,\nYvonne Kroeze")
    label(C, "uitnodiging intake.eml", "", None, "plain-text mail", "non-RIV invitation to the second-track intake")
    wkhtml(C, "Stap Verder intake en plan.pdf", tp, html_page("Stap Verder Loopbaan", "#2e7d32", [("Intake en plan", kv([
        ("Deelnemer", "M. Wijnbergen"), ("BSN", bsn), ("Opdrachtgever", "Vakantiepark De Bosrand"), ("Datum", dm(tp))]) + paras(
        "Wie is Marloes: 41 jaar, MBO-4 installatietechniek, 12 jaar technische dienst.",
        "Richting: zittend technisch werk elders, zoals werkvoorbereiding installatiebedrijf of technische helpdesk, 20 uur.",
        "Stappen: arbeidsmarktoriëntatie (6 weken), sollicitatietraining, netwerkgesprekken, proefplaatsing. Rapportage elk kwartaal.",
        "Yvonne Kroeze, loopbaanadviseur"))], "Stap Verder Loopbaan"))
    label(C, "Stap Verder intake en plan.pdf", "trajectplan_tweede_spoor", tp, "wkhtmltopdf print", "no word trajectplan or tweede spoor")
    docx_then_pdf(C, "voortgang.pdf", vg, "Yvonne Kroeze", "Stap Verder Loopbaan", [
        ("title", "Voortgang"), ("p", f"Deelnemer: M. Wijnbergen. Periode {dm(tp)} - {dm(vg)}. Datum: {dm(vg)}."),
        ("p", "Oriëntatie afgerond; 11 sollicitaties, 3 gesprekken, 1 afwijzing na tweede gesprek. Volgende periode: proefplaatsing helpdesk Warmtewerk.")])
    label(C, "voortgang.pdf", "voortgangsrapportage_tweede_spoor", vg, "LibreOffice print of a Word file", "one-word title")
    p = render_page(["# UWV", f"Datum: {nl(uwv)}", "Betreft: uw aanvraag WIA-uitkering", "", "Beste mevrouw Wijnbergen,",
                     f"U bent sinds {nl(d0)} ziek. U kunt nu een WIA-uitkering aanvragen. Doe dit binnen 6 weken.",
                     "Stuur het re-integratieverslag mee. Dit maakt u samen met uw werkgever.", f"BSN: {bsn}", "", "UWV"], size=20)
    photo(C, "WhatsApp Image 2025-07-25 at 19.02.11.jpeg", p, 42)
    label(C, "WhatsApp Image 2025-07-25 at 19.02.11.jpeg", "uwv_correspondentie", uwv, "Pillow phone photo", "UWV week-88 letter photographed by the employee")
    docx_then_pdf(C, "Actueel oordeel.pdf", ao, "F. Oudejans", "Arbodienst Heidezoom", [
        ("title", "Actueel oordeel"), ("p", f"Werknemer: M. Wijnbergen, BSN {bsn}. Datum: {dm(ao)}."),
        ("p", "Verloop: knieklachten stabiel, blijvende beperkingen voor lopen op oneffen terrein, klimmen en knielen."),
        ("p", "Mogelijkheden: zittend werk, 36 uur. Arbeidsrelatie: goed. Passende arbeid bij werkgever: 16 uur planning/voorraad."), ("p", ba)])
    label(C, "Actueel oordeel.pdf", "actueel_oordeel", ao, "LibreOffice print of a Word file", "standard title")
    docx_then_pdf(C, "Eindevaluatie Marloes.pdf", ev, "Bas Leferink", "Vakantiepark De Bosrand", [
        ("title", "Eindevaluatie"), ("p", f"Marloes Wijnbergen, BSN {bsn}. Datum: {dm(ev)}."),
        ("h", "Ons bedrijf"), ("p", "Vakantiepark met 310 chalets, camping en zwembad; 75 medewerkers, seizoenskrachten in de zomer."),
        ("h", "Resultaat"), ("p", "16 uur planning en voorraad bij ons; proefplaatsing helpdesk Warmtewerk 12 uur loopt nog."),
        ("h", "Verhouding en passend werk"), ("p", "Goed. Bij ons is passend werk voor 16 van de 36 uur."),
        ("sig", [["Datum", dm(ev), dm(ev)], ["Naam", "B. Leferink", "M. Wijnbergen"]])])
    label(C, "Eindevaluatie Marloes.pdf", "eindevaluatie", ev, "LibreOffice print of a Word file", "standard title")
    pg = Image.new("L", (W, H), 250)
    dr = ImageDraw.Draw(pg)
    for y in range(120, H, 44):
        dr.line([(40, y), (W - 40, y)], fill=190)
    hand([(60, 80, f"Elsterhout {dm(own)}"), (60, 168, "Aan Bas en het UWV,"), (60, 256, "Ik heb het verslag gelezen."),
          (60, 300, "Het klopt wat er staat, alleen het gesprek"), (60, 344, "in maart is niet vermeld. Ik ben blij met"),
          (60, 388, "de helpdesk en wil daar graag blijven."), (60, 476, "Marloes Wijnbergen")], size=32)(dr, pg)
    photo(C, "brief Marloes.jpg", pg, 43)
    label(C, "brief Marloes.jpg", "oordeel_werknemer", own, "Pillow phone photo of a handwritten letter", "handwritten - no title")
    txt(C, "rooster TD zomer.txt", "Rooster TD juli\r\nma Kees/Marloes(kantoor)\r\ndi Kees/Jan\r\nwo Jan/Marloes(kantoor)\r\ndo Kees/Jan\r\nvr Jan\r\n")
    label(C, "rooster TD zomer.txt", "", None, "plain text (Notepad)", "non-RIV roster")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    case_a(); case_b(); case_c(); case_d()
    run_soffice()
    finish_b(); finish_c()
    for p in FILES.rglob("*.pdf"):
        pass
    rows = sorted(LABELS)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in rows:
            w.writerow([path, typ, date, "holdout", note])
    print(len(rows), "labels")


if __name__ == "__main__":
    main()
