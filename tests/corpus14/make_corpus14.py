"""Generate tests/corpus14, an untouched holdout (see README.md). Deletes and rewrites files/ and labels.csv.

Run: .venv/bin/python tests/corpus14/make_corpus14.py
Deterministic: fixed seeds, fixed dates, no clock reads. Producers: groff -> PostScript -> Ghostscript pdfwrite,
LibreOffice 7.4 --convert-to pdf from plain .txt and .csv, Markdown and plain-text notes kept as they are,
e-mails from the standard library (HTML, plain, attachments), Pillow phone photos and a handwriting-style note.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import random
import shutil
import subprocess
import tempfile
from email.message import EmailMessage
from email.policy import SMTP
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw, ImageFilter, ImageFont

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
ROWS: list[tuple[str, str, str, str]] = []  # path, type, date, note
ENV = dict(os.environ, TZ="UTC", SOURCE_DATE_EPOCH="1735732800", LC_ALL="C.UTF-8")
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
Z003 = "/usr/share/fonts/opentype/urw-base35/Z003-MediumItalic.otf"


def elfproef(s: str) -> bool:
    return len(s) == 9 and s != "000000000" and sum(
        int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def make_bsn(seed: int) -> str:
    r = random.Random(seed)
    while True:
        s = str(r.randint(100000000, 399999999))
        if elfproef(s):
            assert elfproef(s)
            return s


def label(path: str, typ: str, date: str, note: str) -> None:
    case, producer, trap = note.split(";", 2)
    note = ";".join((case, producer.replace(";", ","), trap.replace(";", ",")))
    ROWS.append((path, typ, date, note))


def out(rel: str) -> Path:
    p = FILES / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def write_text(rel: str, text: str, typ: str, date: str, note: str, encoding: str = "utf-8") -> None:
    out(rel).write_bytes(text.encode(encoding))
    label(rel, typ, date, note)


# ---------------------------------------------------------------- PDF post-processing (fixed dates and /ID)
def fix_pdf(path: Path, date: str, title: str = "") -> None:
    d = dt.date.fromisoformat(date)
    stamp = f"D:{d:%Y%m%d}100000Z"
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root["/Metadata"]
        if "/ID" in pdf.trailer:  # qpdf would keep the producer's random first /ID element
            del pdf.trailer["/ID"]
        if "/DocChecksum" in pdf.trailer:  # LibreOffice writes it into the trailer
            del pdf.trailer["/DocChecksum"]
        info = pdf.docinfo  # keep the object, drop what changes per run (LibreOffice's /DocChecksum, producer dates)
        for key in list(info.keys()):
            del info[key]
        info["/CreationDate"] = pikepdf.String(stamp)
        info["/ModDate"] = pikepdf.String(stamp)
        if title:
            info["/Title"] = pikepdf.String(title)
        pdf.save(path, deterministic_id=True, compress_streams=True, linearize=False)


# ---------------------------------------------------------------- groff (own small macro set) -> PS -> Ghostscript
# the machine's groff has no -ms package, so the few macros the documents use are defined here
PRELUDE = r""".po 1i
.ll 6.2i
.pl 11.69i
.ps 11
.vs 14p
.nr HM 0.9i
.de hd
'sp |\n(HMu
..
.de fo
'bp
..
.wh 0 hd
.wh -1i fo
.de LP
.sp 0.6v
.in 0
.ft R
..
.de SH
.sp 1v
.in 0
.ft B
..
.de IP
.sp 0.3v
.in 0.3i
.ti -0.3i
\\$1\h'|0.3i'\c
..
"""
def groff_pdf(rel: str, source: str, date: str, typ: str, note: str, do_label: bool = True) -> Path:
    dest = out(rel)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / "doc.ms"
        src.write_text(PRELUDE + source, encoding="utf-8")
        ps = subprocess.run(["groff", "-Kutf8", "-Tps", "-dpaper=a4", "-P-pa4", str(src)],
                            check=True, capture_output=True, env=ENV).stdout
        # groff writes a %%CreationDate comment; drop it so the PostScript is the same on every run
        ps = b"\n".join(l for l in ps.split(b"\n") if not l.startswith(b"%%CreationDate"))
        (Path(tmp) / "doc.ps").write_bytes(ps)
        subprocess.run(["gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=pdfwrite", "-sPAPERSIZE=a4",
                        f"-sOutputFile={dest}", str(Path(tmp) / "doc.ps")], check=True, env=ENV)
    fix_pdf(dest, date)
    if do_label:
        label(rel, typ, date, note)
    return dest


# ---------------------------------------------------------------- LibreOffice from .txt / .csv
LO_JOBS: list[tuple[str, str, str, str, str, str]] = []  # rel, kind, content, date, type, note


def lo_pdf(rel: str, kind: str, content: str, date: str, typ: str, note: str) -> None:
    LO_JOBS.append((rel, kind, content, date, typ, note))


def run_lo() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        for kind, filt in (("txt", "Text (encoded):UTF8,LF,DejaVu Sans,nl-NL,"), ("csv", "CSV:59,34,76,1")):
            jobs = [j for j in LO_JOBS if j[1] == kind]
            if not jobs:
                continue
            src_dir = Path(tmp) / kind
            src_dir.mkdir()
            srcs = []
            assert len({Path(j[0]).stem for j in jobs}) == len(jobs)
            for rel, _, content, *_x in jobs:
                s = src_dir / f"{Path(rel).stem}.{kind}"  # Calc prints the sheet (file) name in the page header
                s.write_text(content, encoding="utf-8")
                srcs.append(str(s))
            subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                            f"--infilter={filt}", "--convert-to", "pdf", "--outdir", str(src_dir / "pdf"), *srcs],
                           check=True, capture_output=True, env=ENV)
            for rel, _, _c, date, typ, note in jobs:
                dest = out(rel)
                shutil.copy(src_dir / "pdf" / f"{Path(rel).stem}.pdf", dest)
                fix_pdf(dest, date)
                label(rel, typ, date if typ else "", note)


# ---------------------------------------------------------------- e-mails
def mail(rel: str, *, frm: str, to: str, subject: str, date: str, mid: str, text: str | None = None,
         html: str | None = None, attachments: list[tuple[str, bytes, str]] | None = None, typ: str | None = "",
         ddate: str = "", note: str = "", cc: str = "") -> None:
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    msg["Message-ID"] = f"<{mid}>"
    msg["MIME-Version"] = "1.0"
    if text is not None and html is not None:
        msg.set_content(text)
        msg.add_alternative(html, subtype="html")
    elif html is not None:
        msg.set_content(html, subtype="html")
    else:
        msg.set_content(text or "")
    for name, data, ctype in attachments or []:
        maintype, subtype = ctype.split("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=name)
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary(f"----=_Part_{mid.split('@')[0]}_{n}")
            n += 1
    out(rel).write_bytes(msg.as_bytes())
    if typ is not None:
        label(rel, typ, ddate, note)


# ---------------------------------------------------------------- Pillow: printed page, phone photo, handwriting
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT_DIR / name) if not name.startswith("/") else name, size)


def render_page(lines: list[tuple[str, str, int]], w: int = 1240, h: int = 1754) -> Image.Image:
    """lines: (text, font file, size); an empty text is a blank line of that size."""
    img = Image.new("L", (w, h), 250)
    d = ImageDraw.Draw(img)
    y = 110
    for text, fname, size in lines:
        if text:
            d.text((110, y), text, font=font(fname, size), fill=25)
        y += int(size * 1.45)
    return img


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    n = len(b)
    m = [list(map(float, row)) + [float(v)] for row, v in zip(a, b)]
    for c in range(n):
        piv = max(range(c, n), key=lambda i: abs(m[i][c]))
        m[c], m[piv] = m[piv], m[c]
        for i in range(n):
            if i != c:
                f = m[i][c] / m[c][c]
                m[i] = [x - f * y for x, y in zip(m[i], m[c])]
    return [m[i][n] / m[i][i] for i in range(n)]


def phone_photo(page: Image.Image, seed: int, quality: int = 52) -> bytes:
    r = random.Random(seed)
    W, H = 1200, 1600
    bg = Image.new("RGB", (W, H), (r.randint(95, 130), r.randint(80, 100), r.randint(60, 80)))  # desk
    dr = ImageDraw.Draw(bg)
    for i in range(0, H, 7):  # wood grain
        c = r.randint(-12, 12)
        dr.line([(0, i), (W, i + r.randint(-20, 20))], fill=(110 + c, 88 + c, 66 + c), width=3)
    page_rgb = page.convert("RGB").resize((900, int(900 * page.height / page.width)))
    # perspective: the top edge narrower than the bottom (phone held at an angle)
    pw, ph = page_rgb.size
    tl = (150 + r.randint(0, 40), 90 + r.randint(0, 30))
    tr = (1050 - r.randint(0, 40), 110 + r.randint(0, 30))
    br = (1150 - r.randint(0, 30), 1540 - r.randint(0, 30))
    bl = (60 + r.randint(0, 30), 1520 - r.randint(0, 30))
    quad = [tl, tr, br, bl]
    # coefficients mapping output quad to the page rectangle
    A, B = [], []
    for (x, y), (u, v) in zip(quad, [(0, 0), (pw, 0), (pw, ph), (0, ph)]):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    coeffs = solve(A, B)
    warped = page_rgb.transform((W, H), Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BILINEAR,
                                fillcolor=(0, 0, 0))
    mask = Image.new("L", (W, H), 0)
    ImageDraw.Draw(mask).polygon(quad, fill=255)
    bg.paste(warped, (0, 0), mask)
    # shadow of the phone from one corner, and a warm cast
    shade = Image.new("L", (W, H), 0)
    sd = ImageDraw.Draw(shade)
    sd.ellipse([W - 700 + r.randint(-50, 50), -400, W + 500, 700 + r.randint(0, 100)], fill=110)
    shade = shade.filter(ImageFilter.GaussianBlur(90))
    dark = Image.new("RGB", (W, H), (20, 15, 10))
    bg = Image.composite(dark, bg, shade)
    warm = Image.new("RGB", (W, H), (255, 220, 170))
    bg = Image.blend(bg, warm, 0.12).filter(ImageFilter.GaussianBlur(0.8))
    buf = io.BytesIO()
    bg.save(buf, "JPEG", quality=quality, optimize=False)
    return buf.getvalue()


def handwritten(lines: list[str], seed: int) -> Image.Image:
    r = random.Random(seed)
    img = Image.new("L", (1240, 1754), 246)
    d = ImageDraw.Draw(img)
    for y in range(170, 1700, 52):
        d.line([(60, y), (1180, y)], fill=200, width=2)
    d.line([(140, 0), (140, 1754)], fill=185, width=2)
    f = font(Z003, 40)
    y = 130
    for line in lines:
        x = 160 + r.randint(-6, 10)
        d.text((x, y + r.randint(-3, 3)), line, font=f, fill=40)
        y += 52
    return img.rotate(r.uniform(-1.2, 1.2), resample=Image.Resampling.BICUBIC, fillcolor=246)


# ================================================================ case A: Meulenbelt (care home, HR "wij")
def case_a() -> None:
    C = "Meulenbelt S - Zorggroep De Lindehof"
    bsn = make_bsn(1401)
    bsn_d = f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"
    head = (".LP\n\\fBArbopunt Twentekanaal\\fP \\(em bedrijfsarts T. Oosting, BIG 49055021301\n.br\n"
            "Kanaaldijk 8, 7553 XX Hengelo \\(em spreekuur@arbopunt-twentekanaal.example\n.sp 2\n")
    groff_pdf(f"{C}/bedrijfsarts/LH-24-0311 advies 09-04.pdf", head + f""".LP
Aan: Zorggroep De Lindehof, t.a.v. P. Dijkhuizen (HR) \\(em cc werknemer
.br
Betr.: S. Meulenbelt, geb. 19-07-1986, BSN {bsn_d}
.br
Verzuimnr. LH-24-0311 \\(em 1e verzuimdag 04-03-2024
.br
Datum: 09-04-2024
.LP
\\fBOordeel en advies bij dreigend langdurig verzuim\\fP
.IP \\(bu
Spreekuur 05-04. Dreigend langdurig verzuim: ja.
.IP \\(bu
Functie: verzorgende IG, 28 u/wk, PG-afdeling. Vaardig, ervaren (12 jr).
.IP \\(bu
Beperkingen: tillen/transfers, langdurig staan, nachtdiensten. Prikkelbelasting beperkt.
.IP \\(bu
Mogelijkheden: lichte taken, 2 x 2 uur/dag, overdag, geen ADL-zorg.
.IP \\(bu
Prognose: gunstig, herstel verwacht binnen 3\\-6 mnd. Herbeoordeling over 6 wkn.
.IP \\(bu
Advies wg/wn: opbouw in aangepast werk op eigen afdeling; PvA binnen 2 wkn opstellen.
.LP
Geen medische gegevens in dit bericht. Volgend spreekuur: 21-05-2024.
.sp 2
T. Oosting, bedrijfsarts
""", "2024-04-09", "probleemanalyse",
              "A;groff, PostScript, Ghostscript pdfwrite;telegram-style bedrijfsarts, no word 'probleemanalyse', consult date 05-04 and next consult 21-05 around the report date")
    lo_pdf(f"{C}/HR/Afspraken na gesprek 18 april.pdf", "txt", f"""Zorggroep De Lindehof  |  HR
Datum: 18 april 2024

Afspraken n.a.v. ons gesprek van 18 april

Aanwezig: Sanne Meulenbelt (medewerker), Joyce Hendriks (teamleider PG Zonnedauw), Petra Dijkhuizen (HR-adviseur)
BSN Sanne: {bsn}   eerste ziektedag: 4 maart 2024   geboren: 19-07-1986

Wij hebben met Sanne afgesproken dat zij zo snel als het kan weer aan de slag gaat op haar eigen afdeling,
maar voorlopig zonder de zware zorgtaken. De bedrijfsarts gaf ons op 9 april het advies om klein te beginnen.

Wat willen we bereiken?
Sanne werkt over ongeveer vier maanden weer haar eigen uren (28 per week) als verzorgende IG.

Wat gaan we doen?
- Sanne begint op 22 april met twee ochtenden van twee uur: koffieronde, dagstructuur, activiteiten.
- Elke drie weken kijken we samen of er uren bij kunnen (opbouw van uren).
- Joyce regelt dat Sanne geen transfers of tilwerk doet.
- Petra (HR) is casemanager en houdt het dossier bij.

Hoe kijken wij ertegenaan?
Wij vinden het belangrijk dat Sanne niet te snel gaat. Haar team mist haar en wil haar graag helpen.

Hoe kijkt Sanne ertegenaan?
"Ik wil graag terug, maar ik merk dat ik snel moe ben. Ik vind het fijn dat we rustig opbouwen."

Wanneer praten we weer?
Op 30 mei 2024 (en daarna elke zes weken). De bedrijfsarts ziet Sanne weer op 21 mei.

Voor akkoord,
Sanne Meulenbelt                          Petra Dijkhuizen, namens Zorggroep De Lindehof
""", "2024-04-18", "plan_van_aanpak",
          "A;LibreOffice Writer from plain .txt to PDF;HR 'wij hebben met Sanne afgesproken', title only 'Afspraken n.a.v. ons gesprek', PA date 9 april and next meeting quoted")
    write_text(f"{C}/HR/gesprek 30-05-2024.md", f"""# Hoe gaat het nu met Sanne?

*Verslag van ons gesprek op donderdag 30 mei 2024 — Petra Dijkhuizen (HR), Joyce Hendriks, Sanne Meulenbelt*

Medewerker: Sanne Meulenbelt · BSN {bsn} · verzorgende IG · ziek sinds 4 maart 2024

## Wat hadden we afgesproken?

Op 18 april hebben we afgesproken dat Sanne rustig weer aan de slag gaat, eerst 2 x 2 uur.

## Hoe is het gegaan?

- Sanne werkt nu drie ochtenden van drie uur. Dat gaat goed.
- De koffieronde en de dagstructuur doet ze zelfstandig; de collega's zijn blij.
- Na de derde dag is ze wel erg moe. We houden de opbouw dus nog even vast.

## Wat spreken we nu af?

- Vanaf 10 juni een vierde ochtend erbij.
- Tilwerk blijft voorlopig verboden, dat staat ook in het rooster.
- We praten weer op 11 juli.

Sanne is het eens met dit verslag (mondeling, 30-05).
""", "tussentijdse_evaluatie", "2024-05-30",
               "A;Markdown note kept as .md;HR 'wij' voice, question headings instead of a title, earlier PvA date 18 april quoted")
    groff_pdf(f"{C}/bedrijfsarts/LH-24-0311 vervolg 20-08.pdf", head + f""".LP
Aan: HR Zorggroep De Lindehof \\(em cc werknemer
.br
Betr.: S. Meulenbelt, BSN {bsn_d}, verzuimnr. LH-24-0311
.br
Datum: 20-08-2024
.LP
\\fBUpdate belastbaarheid \\(em wijziging t.o.v. advies 09-04-2024\\fP
.IP \\(bu
Spreekuur 19-08. Herstel stagneert. Opbouw eigen werk niet haalbaar op korte termijn.
.IP \\(bu
Herziene belastbaarheid: geen tillen > 5 kg, geen nachten, max. 4 u/dag, 4 dagen/wk.
.IP \\(bu
Prognose: bijgesteld naar ongunstig voor eigen werk, wel gunstig voor lichter werk.
.IP \\(bu
Advies: aangepast werk (activiteitenbegeleiding) verkennen; PvA bijstellen; AD-onderzoek rond wk 45.
.LP
Eerder advies (probleemanalyse 09-04-2024) hiermee gewijzigd.
.sp 2
T. Oosting, bedrijfsarts
""", "2024-08-20", "bijstelling_probleemanalyse",
              "A;groff, Ghostscript;telegram style, 'Update belastbaarheid', the original PA date 09-04-2024 and consult 19-08 quoted")
    write_text(f"{C}/HR/nieuwe afspraken sept 2024.md", f"""**Zorggroep De Lindehof — afdeling HR**

Amersfoort, 3 september 2024

## Wij passen onze afspraken aan

Sanne Meulenbelt (BSN {bsn}) is sinds 4 maart 2024 ziek. In april hebben we samen een plan gemaakt om terug te
keren in haar eigen werk. De bedrijfsarts heeft op 20 augustus laten weten dat dat voorlopig niet lukt.

Daarom spreken wij met Sanne het volgende af:

1. Het doel verandert: niet meer terug naar de zorgtaken, maar **ander werk binnen De Lindehof**,
   als activiteitenbegeleider (spoor 1, aangepast werk).
2. Sanne loopt vanaf 16 september twee weken mee met Ans Kuipers (activiteitenbegeleiding).
3. Zij werkt 4 x 4 uur; de opbouw van uren bespreken we pas weer na het meelopen.
4. In november laten wij een arbeidsdeskundige kijken of dit werk echt passend is.
5. Casemanager blijft Petra Dijkhuizen.

Sanne vindt het jammer dat de zorg niet meer lukt, maar ziet de activiteitenbegeleiding wel zitten.

Getekend: S. Meulenbelt en P. Dijkhuizen (namens de werkgever), 3-9-2024
""", "bijstelling_plan_van_aanpak", "2024-09-03",
               "A;Markdown note kept as .md;'Wij passen onze afspraken aan', new goal in a numbered list, advice date 20 augustus quoted")
    page = render_page([
        ("UWV", "DejaVuSans-Bold.ttf", 44), ("", "DejaVuSans.ttf", 20),
        ("Zorggroep De Lindehof", "DejaVuSans.ttf", 22), ("t.a.v. afdeling HR", "DejaVuSans.ttf", 22),
        ("Postbus 1187, 3800 BD Amersfoort", "DejaVuSans.ttf", 22), ("", "DejaVuSans.ttf", 22),
        ("Datum      27 december 2024", "DejaVuSans.ttf", 22), (f"BSN        {bsn}", "DejaVuSans.ttf", 22),
        ("Onderwerp  Wij hebben uw ziekmelding ontvangen", "DejaVuSans-Bold.ttf", 22), ("", "DejaVuSans.ttf", 22),
        ("Geachte heer, mevrouw,", "DejaVuSans.ttf", 22), ("", "DejaVuSans.ttf", 12),
        ("Op 23 december 2024 heeft u uw werknemer S. Meulenbelt bij ons ziek gemeld.", "DejaVuSans.ttf", 22),
        ("Uw werknemer is sinds 4 maart 2024 ongeschikt voor het werk. Met deze brief", "DejaVuSans.ttf", 22),
        ("bevestigen wij de melding van langdurige ziekte (42e week).", "DejaVuSans.ttf", 22),
        ("", "DejaVuSans.ttf", 12),
        ("Rond het einde van het eerste ziektejaar maakt u met uw werknemer de", "DejaVuSans.ttf", 22),
        ("eerstejaarsevaluatie. U hoeft die niet naar ons te sturen.", "DejaVuSans.ttf", 22),
        ("", "DejaVuSans.ttf", 22), ("Met vriendelijke groet,", "DejaVuSans.ttf", 22),
        ("UWV Werkgeversdienstverlening", "DejaVuSans.ttf", 22)])
    out(f"{C}/UWV/IMG_4471.jpg").write_bytes(phone_photo(page, 71))
    label(f"{C}/UWV/IMG_4471.jpg", "ziekmelding_uwv", "2024-12-27",
          "A;Pillow phone photo (perspective, desk, shadow, JPEG q52);camera file name, report date 23-12 and first sick day in the text")
    lo_pdf(f"{C}/HR/Stand van zaken na een jaar.pdf", "txt", f"""Stand van zaken na een jaar

Zorggroep De Lindehof, HR — datum gesprek en verslag: 18 februari 2025
Sanne Meulenbelt, BSN {bsn}, geboren 19 juli 1986, ziek sinds 4 maart 2024
Aanwezig: Sanne, Joyce Hendriks (teamleider), Petra Dijkhuizen (HR, casemanager)

Terugblik
Een jaar geleden werkte Sanne nog volledig in de zorg. Na het plan van 18 april 2024 is zij rustig begonnen.
In augustus bleek dat de zorg niet meer lukt; sinds september werkt zij bij de activiteitenbegeleiding.
De arbeidsdeskundige heeft op 28 januari 2025 bevestigd dat dit werk bij haar past.

Waar staan we nu?
Sanne werkt 4 x 5 uur als activiteitenbegeleider. Dat is 20 van haar 28 contracturen.

Wat willen we in het tweede jaar bereiken?
Wij willen dat Sanne in deze functie haar uren verder opbouwt naar 24 uur en dat we de functie
per 1 juni structureel maken. Een tweede spoor is daarom niet nodig: er is concreet zicht op passend
werk bij ons binnen drie maanden.

Onze visie (werkgever): wij zien Sanne graag blijven en hebben de formatie al vrijgemaakt.
Visie Sanne: "Ik ben blij met het nieuwe werk. 28 uur lukt nog niet, 24 uur wil ik proberen."

Volgende evaluatie: 1 april 2025.

Getekend op 18-02-2025 door Sanne Meulenbelt en Petra Dijkhuizen
""", "2025-02-18", "eerstejaarsevaluatie",
          "A;LibreOffice Writer from plain .txt;'Stand van zaken na een jaar' without 'eerstejaarsevaluatie', earlier dates 18 april 2024 and 28 januari 2025 quoted")
    lo_pdf(f"{C}/HR/rapport Wessels AD.pdf", "txt", f"""WESSELS ARBEIDSDESKUNDIG ADVIES
Burgemeester Rijnderslaan 40 - 3818 XX Amersfoort - info@wessels-ad.example

Rapportage van het onderzoek naar de mogelijkheden tot arbeid
inzake mevrouw S. Meulenbelt, geboren 19-07-1986, BSN {bsn}
Opdrachtgever: Zorggroep De Lindehof, mevrouw P. Dijkhuizen
Datum rapportage: 28 januari 2025
Datum onderzoek op locatie: 21 januari 2025

Inhoud
1. Aanleiding en vraagstelling
2. Gegevensverzameling
3. Belasting in de eigen functie
4. Belastbaarheid van werkneemster
5. Analyse: eigen, aangepast en ander werk
6. Conclusie en advies

1. Aanleiding en vraagstelling
1.1 Werkneemster is sinds 4 maart 2024 arbeidsongeschikt voor haar functie van verzorgende IG.
1.2 Opdrachtgever vraagt mij, als register-arbeidsdeskundige, te beoordelen of de functie van
    activiteitenbegeleider, waarin werkneemster sinds september 2024 werkzaam is, passend is, en
    of er een noodzaak bestaat voor een traject in het tweede spoor.

2. Gegevensverzameling
2.1 Ik heb gesproken met werkneemster, haar leidinggevende en de casemanager (21 januari 2025).
2.2 Ik heb kennisgenomen van de bijstelling van het advies van de bedrijfsarts van 20-08-2024 en van
    het inzetbaarheidsprofiel van 14-01-2025.

3. Belasting in de eigen functie
3.1 De functie verzorgende IG vraagt frequent tillen en transfers, wisseldiensten en nachtdiensten.
3.2 Deze functiebelasting overschrijdt op meerdere punten de belastbaarheid; eigen werk is niet passend.

4. Belastbaarheid van werkneemster
4.1 Volgens het inzetbaarheidsprofiel geldt: geen zware fysieke belasting, geen nachtdiensten,
    ongeveer 20 tot 24 uur per week.

5. Analyse: eigen, aangepast en ander werk
5.1 Eigen werk: niet passend, ook niet met aanpassingen.
5.2 Activiteitenbegeleider (aangepast/ander werk bij eigen werkgever): de belasting past binnen de
    belastbaarheid. De loonwaarde schat ik op 90 procent.
5.3 Tweede spoor: gelet op 5.2 thans niet geïndiceerd.

6. Conclusie en advies
6.1 Spoor 1 is haalbaar: ik adviseer de functie activiteitenbegeleider structureel aan te bieden.
6.2 Ik adviseer de uren in overleg met de bedrijfsarts op te bouwen naar 24 uur.

Amersfoort, 28 januari 2025
drs. M.A. Wessels-Brink, register-arbeidsdeskundige
""", "2025-01-28", "arbeidsdeskundig_rapport",
          "A;LibreOffice Writer from plain .txt;wordy AD with numbered chapters and sub-paragraphs, 'Rapportage van het onderzoek naar de mogelijkheden tot arbeid', onderzoek 21-01 and IZP 14-01 quoted")
    lo_pdf(f"{C}/bedrijfsarts/profiel jan 2025.pdf", "csv", f"""Arbopunt Twentekanaal;;;
Inzetbaarheidsprofiel (IZP);;;
Werknemer;S. Meulenbelt;BSN;{bsn}
Werkgever;Zorggroep De Lindehof;Datum;14-01-2025
Eerste verzuimdag;04-03-2024;Opgesteld door;T. Oosting, bedrijfsarts
;;;
Rubriek;Beoordeling;Toelichting;
I Persoonlijk functioneren;beperkt;geen werk met hoge tijdsdruk;
II Sociaal functioneren;normaal;;
III Aanpassing aan fysieke omgevingseisen;normaal;;
IV Dynamische handelingen;beperkt;tillen max. 5 kg; geen transfers;
V Statische houdingen;beperkt;afwisselen zitten/staan elk uur;
VI Werktijden;beperkt;geen nachtdiensten; ca. 5 uur per dag, 20-24 uur per week;
;;;
Geldig tot herbeoordeling, uiterlijk 14-07-2025.;;;
""", "2025-01-14", "inzetbaarheidsprofiel",
          "A;LibreOffice Calc from .csv to PDF;six rubrics as spreadsheet rows, 'Geldig tot' date after the report date")
    groff_pdf(f"{C}/HR/ingekomen arbo nov 2025.pdf", f""".LP
.ce
\\fBMEDISCH GEHEIM\\fP
.ce
Alleen bestemd voor de verzekeringsarts van UWV
.sp 2
.LP
Medische informatie ten behoeve van de WIA-aanvraag
.br
Betreft: S. Meulenbelt, geb. 19-07-1986, BSN {bsn_d}
.br
Datum: 03-11-2025 \\(em bedrijfsarts T. Oosting, Arbopunt Twentekanaal, BIG 49055021301
.LP
\\fBDiagnose:\\fP chronische lage rugklachten bij lumbale hernia L4-L5 (ICD-10 M51.1); daarnaast
uitputtingsklachten. \\fBBehandeling:\\fP neurochirurg Ziekenhuis Rijnvallei (consult 12-06-2024), conservatief
beleid; fysiotherapie 2x/wk; medicatie: naproxen 500 mg zo nodig, amitriptyline 10 mg a.n.
.LP
Beloop: aanvankelijk verbetering, sinds juli 2024 stagnatie. MRI 02-07-2024: hernia onveranderd.
Psycholoog (POH-GGZ) 8 sessies afgerond januari 2025.
.LP
Prognose: blijvende beperkingen voor zware fysieke arbeid waarschijnlijk.
.sp 2
T. Oosting, bedrijfsarts
""", "2025-11-03", "medische_informatie",
              "A;groff, Ghostscript;medical information filed in HR's folder under a neutral name, specialist and MRI dates around")
    groff_pdf(f"{C}/bedrijfsarts/LH-24-0311 WIA 28-10-2025.pdf", head + f""".LP
Aan: HR Zorggroep De Lindehof \\(em cc werknemer
.br
Betr.: S. Meulenbelt, BSN {bsn_d}, 1e verzuimdag 04-03-2024
.br
Datum: 28-10-2025
.LP
\\fBActueel oordeel t.b.v. re-integratieverslag\\fP
.IP \\(bu
Spreekuur 27-10. Belastbaarheid ongewijzigd t.o.v. IZP 14-01-2025.
.IP \\(bu
Werkt 24 u/wk als activiteitenbegeleider. Passende arbeid bij wg: ja, dit werk.
.IP \\(bu
Uitbreiding naar 28 u niet te verwachten.
.IP \\(bu
Arbeidsrelatie: goed, geen conflict.
.IP \\(bu
Medische info apart, in gesloten envelop naar UWV.
.sp 2
T. Oosting, bedrijfsarts
""", "2025-10-28", "actueel_oordeel",
              "A;groff, Ghostscript;telegram style, consult 27-10 and IZP date in the bullets")
    write_text(f"{C}/HR/Terugblik twee jaar Sanne.md", f"""# Terugblik op twee jaar re-integratie

**Zorggroep De Lindehof** — zorg voor ouderen, 14 locaties in de regio Amersfoort, ca. 1.100 medewerkers
**Medewerker:** Sanne Meulenbelt, BSN {bsn}, verzorgende IG (28 uur)
**Eerste ziektedag:** 4 maart 2024 · **Datum van dit verslag:** 12 november 2025

## Hoe is het gegaan?

Wij hebben in april 2024 met Sanne afgesproken dat ze rustig zou terugkeren. Toen bleek dat de zorg niet meer
lukte, zijn wij in september 2024 samen overgestapt naar de activiteitenbegeleiding. De arbeidsdeskundige
(januari 2025) en de bedrijfsarts (actueel oordeel 28 oktober 2025) vinden dit werk passend.

## Waar staan we nu?

Sanne werkt 24 uur per week als activiteitenbegeleider. Dat is een vaste functie geworden per 1 juni 2025.
Meer uren gaan er niet in zitten.

## Hoe is de verhouding met Sanne?

Goed. We hebben altijd open gepraat, ook toen het tegenzat.

## Is er passend werk bij ons?

Ja: de activiteitenbegeleiding, 24 uur. Voor de overige 4 uur is er bij ons geen passend werk.

## Wat vindt Sanne?

Sanne is het eens met deze terugblik. Zij vraagt de WIA aan voor de 4 uur die ze niet kan werken.

Voor akkoord: Sanne Meulenbelt / Petra Dijkhuizen (HR), 12-11-2025
""", "eindevaluatie", "2025-11-12",
               "A;Markdown note kept as .md;'Terugblik op twee jaar' without 'eindevaluatie', AO date and earlier months quoted")
    write_text(f"{C}/mijn reactie Sanne.txt", f"""Sanne Meulenbelt
BSN {bsn}
Amersfoort, 20 november 2025

Over het re-integratieverslag dat ik van Petra heb gekregen

Ik heb alles gelezen. Ik ben het er grotendeels mee eens. Wat de bedrijfsarts schrijft klopt, en het plan
van april 2024 en de nieuwe afspraken van september 2024 zijn ook zo gegaan.

Eén ding wil ik wel kwijt: in de zomer van 2024 had ik het gevoel dat ik te lang in de zorg ben blijven
doormodderen voordat er naar ander werk werd gekeken. Dat had eerder gemogen.

Verder ben ik blij met mijn werk bij de activiteitenbegeleiding.

Sanne
""", "oordeel_werknemer", "2025-11-20",
               "A;plain UTF-8 text;the employee in her own words, no title 'oordeel werknemer', earlier plan dates mentioned")
    write_text(f"{C}/HR/nieuwsbrief team Zonnedauw.md", """## Nieuws van Zonnedauw — week 37

Lieve collega's,

Goed nieuws: **Sanne komt weer terug!** Vanaf maandag 16 september loopt ze mee bij de activiteitenbegeleiding
met Ans. Ze bouwt haar uren rustig op, dus vraag haar niet om even bij te springen bij de ADL.

Verder: de barbecue is verschoven naar vrijdag 20 september, en vergeet je scholing tiltechnieken niet.

Groetjes, Joyce
""", "", "", "A;Markdown note kept as .md;team announcement about the return in the same HR-ish voice (opbouw, terugkeer), no RIV document")
    lo_pdf(f"{C}/HR/addendum arbeidsovereenkomst Meulenbelt.pdf", "txt", f"""ADDENDUM BIJ DE ARBEIDSOVEREENKOMST

Partijen:
Stichting Zorggroep De Lindehof, gevestigd te Amersfoort, hierna: werkgever, en
mevrouw S. Meulenbelt, geboren 19-07-1986, BSN {bsn}, hierna: werknemer,

komen overeen:

1. Met ingang van 1 juni 2025 vervult werknemer de functie activiteitenbegeleider (FWG 35).
2. De arbeidsduur bedraagt met ingang van die datum 24 uur per week.
3. Het salaris wordt vastgesteld volgens FWG 35, trede 9 van de cao VVT.
4. Alle overige bepalingen van de arbeidsovereenkomst van 1 februari 2013 blijven ongewijzigd.

Aldus overeengekomen en getekend te Amersfoort op 22 mei 2025.

werkgever                                   werknemer
""", "2025-05-22", "", "A;LibreOffice Writer from plain .txt;contract addendum for the adjusted hours: not RIV, it changes the employment contract (no activities, goal, evaluation or casemanager as art. 4 requires of a (bijstelling) plan van aanpak), and is no art. 6 element")


# ================================================================ case B: small garage, informal owner, coach
def case_b() -> None:
    C = "Garage Van Kempen - Ruud"
    bsn = make_bsn(1402)
    bsn_s = f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"
    page = render_page([
        ("Bedrijfsartsenpraktijk Noordkade", "DejaVuSerif-Bold.ttf", 30),
        ("mw. dr. L. Faber, bedrijfsarts  -  Noordkade 3, 9471 XX Zuidlaren", "DejaVuSerif.ttf", 18),
        ("", "DejaVuSerif.ttf", 22),
        ("Zuidlaren, 21 november 2023", "DejaVuSerif.ttf", 22),
        (f"Inzake: de heer R. Zwanenburg (geb. 03-02-1971), BSN {bsn_s}", "DejaVuSerif.ttf", 22),
        ("Werkgever: Garagebedrijf Van Kempen  -  ziek sinds 16-10-2023", "DejaVuSerif.ttf", 22),
        ("", "DejaVuSerif.ttf", 16),
        ("Geachte heer Van Kempen, beste Ruud,", "DejaVuSerif.ttf", 22), ("", "DejaVuSerif.ttf", 12),
        ("Naar aanleiding van het spreekuur van 17 november jongstleden deel ik u", "DejaVuSerif.ttf", 22),
        ("mijn bevindingen en advies mee, zoals de Wet verbetering poortwachter", "DejaVuSerif.ttf", 22),
        ("dat binnen zes weken van mij vraagt. Ik verwacht dat het verzuim langer", "DejaVuSerif.ttf", 22),
        ("dan drie maanden zal duren. Ruud is op dit moment niet in staat tot", "DejaVuSerif.ttf", 22),
        ("zwaar lichamelijk werk, lang staan of werken onder de brug. Wel kan hij", "DejaVuSerif.ttf", 22),
        ("enkele uren per dag licht administratief werk doen, bijvoorbeeld de", "DejaVuSerif.ttf", 22),
        ("APK-administratie en klantcontact aan de balie.", "DejaVuSerif.ttf", 22),
        ("", "DejaVuSerif.ttf", 12),
        ("Mijn advies aan u beiden: spreek binnen twee weken samen een plan af met", "DejaVuSerif.ttf", 22),
        ("een rustige opbouw, te beginnen met 3 x 2 uur per week. Over de", "DejaVuSerif.ttf", 22),
        ("vooruitzichten ben ik voorzichtig positief. Ik zie Ruud terug op 15 december.", "DejaVuSerif.ttf", 22),
        ("", "DejaVuSerif.ttf", 22), ("Met vriendelijke groet,", "DejaVuSerif.ttf", 22),
        ("L. Faber, bedrijfsarts (BIG 19037755201)", "DejaVuSerif.ttf", 22)])
    out(f"{C}/brief dokter nov.jpg").write_bytes(phone_photo(page, 72, quality=48))
    label(f"{C}/brief dokter nov.jpg", "probleemanalyse", "2023-11-21",
          "B;Pillow phone photo (JPEG q48);wordy bedrijfsarts letter without any type title, consult 17 november and next consult 15 december around the date")
    write_text(f"{C}/wat gaan we doen.txt", f"""Wat gaan we doen?

Henk van Kempen en Ruud Zwanenburg, 1 december 2023
(Ruud: BSN {bsn}, ziek vanaf 16 oktober)

Na de brief van de dokter (21 nov) hebben we even om tafel gezeten in de kantine.

- Ruud komt vanaf maandag 4 dec 's ochtends 2 uurtjes, ma/wo/vr. Balie en telefoon, APK-afspraken inplannen.
- Niet sleutelen, niet onder de brug. Ook niet "even" helpen, Ruud!
- Als dat goed gaat elke 2 weken een uurtje erbij.
- Ik (Henk) regel het en houd bij hoe het gaat. Marjan doet de administratie.
- Eind januari zijn we hopelijk op 3 x 4 uur. Op 12 januari praten we weer.

Wat vind ik ervan (Henk): liever vandaag dan morgen terug, maar niet te snel, dan lig je er zo weer uit.
Wat vindt Ruud ervan: "prima zo, ik word gek thuis".

Getekend:  Henk      Ruud
""", "plan_van_aanpak", "2023-12-01",
               "B;plain UTF-8 text;small employer writing informally, title only 'Wat gaan we doen?', the doctor's letter date quoted")
    write_text(f"{C}/even op papier 12 jan.txt", f"""Even op papier gezet na ons praatje van vrijdag 12-01-2024 - Henk

Ruud (BSN {bsn}) zit nu op 3 ochtenden van 3 uur. De balie gaat hem goed af, klanten vinden het gezellig.
Wel last na lang zitten, dus tussendoor een rondje over het terrein.
Sleutelen nog steeds niet, dat zei de dokter op 15 december ook weer.
Volgende keer samen kijken op 23 februari. Dan misschien 4 ochtenden.
Ruud is het ermee eens.
""", "tussentijdse_evaluatie", "2024-01-12",
               "B;plain UTF-8 text;one informal paragraph, no title, earlier consult date 15 december")
    # the employee forwards a cardiologist's letter (only the attachment is labelled)
    card = groff_pdf(f"{C}/_tmp_card.pdf", f""".LP
.ad l
\\fBZiekenhuis Hunzezicht\\fP \\(em afdeling Cardiologie
.br
Hunzeweg 100, 9471 XX Zuidlaren
.sp 2
Aan: de huisarts, dhr. P. Mulder
.br
Datum: 14 maart 2024
.br
Betreft: dhr. R. Zwanenburg, geb. 03-02-1971, BSN {bsn}
.LP
Geachte collega,
.LP
Uw patiënt bezocht op 7 maart 2024 de polikliniek. Bekend met een myocardinfarct (oktober 2023), PCI van de
RCA. Inspanningstest: verminderde capaciteit, geen ischemie. Echo: LVEF 45%.
.LP
Medicatie: acetylsalicylzuur 80 mg, ticagrelor 90 mg 2dd, metoprolol 50 mg, atorvastatine 40 mg.
Verwijzing hartrevalidatie (12 weken). Controle over drie maanden.
.sp
Met collegiale groet,
.br
drs. A. Wiersma, cardioloog
""", "2024-03-14", "", "", do_label=False)
    data = card.read_bytes()
    card.unlink()
    mail(f"{C}/Fwd brief cardioloog.eml", frm="Ruud Zwanenburg <ruudzwanenburg71@mailbox.example>",
         to="Henk van Kempen <henk@garagevankempen.example>", subject="Fwd: brief van de cardioloog",
         date="Sat, 16 Mar 2024 19:42:10 +0100", mid="20240316194210.2291@mailbox.example",
         text="Hoi Henk,\n\nHierbij de brief van het ziekenhuis, dan weet je hoe het zit.\n\nGr Ruud\n\nVerstuurd vanaf mijn telefoon\n",
         attachments=[("scan brief cardioloog.pdf", data, "application/pdf")], typ=None)
    label(f"{C}/Fwd brief cardioloog.eml::scan brief cardioloog.pdf", "medische_informatie", "2024-03-14",
          "B;groff, Ghostscript, attached to a plain mail;specialist letter the employer must not hold, forwarded by the employee two days later; consult 7 maart in the text")
    html_eje = f"""<html><body style="font-family:Arial"><p>Hoi Lies, hoi Yvonne,</p>
<p>Zoals beloofd even wat we dinsdag (1 oktober) met z'n drieën besproken hebben. Ruud is nu bijna een jaar
ziek (sinds 16-10-2023). Dus tijd om eens goed terug te kijken, zoals jullie zeiden.</p>
<p><b>Het afgelopen jaar:</b> Ruud is in december begonnen aan de balie, 3 ochtenden, later 4. Sleutelen is er
niet meer bij gekomen en dat gaat ook niet meer gebeuren, zegt Lies (de dokter).</p>
<p><b>Hoe nu verder in jaar 2:</b> bij mij in de zaak is er geen baliewerk voor meer dan 12 uur. Dus we gaan
ook buiten de deur zoeken. Yvonne van Koersplaats gaat met Ruud aan de slag (het tweede spoor). Intussen
blijft hij bij mij de 12 uur aan de balie doen.</p>
<p><b>Wat vinden wij:</b> ik baal ervan, Ruud is een vakman. Ruud zegt: als het hier niet kan, dan maar ergens anders,
zolang het maar met auto's is.</p>
<p>Ruud, BSN {bsn}, heeft dit gelezen en is akkoord (zie zijn reply).</p>
<p>Groet, Henk<br>Garagebedrijf Van Kempen - Industrieweg 14 - Zuidlaren</p></body></html>"""
    mail(f"{C}/evaluatie na een jaar.eml", frm="Henk van Kempen <henk@garagevankempen.example>",
         to="L. Faber <praktijk@noordkade-arts.example>, Yvonne Brandsma <yvonne@koersplaats.example>",
         cc="Ruud Zwanenburg <ruudzwanenburg71@mailbox.example>", subject="ff terugkijken op het jaar van Ruud",
         date="Thu, 03 Oct 2024 21:05:33 +0200", mid="0f3a9c2e-ab11-4e07-9d1b-21d1f0a00b01@garagevankempen.example",
         html=html_eje, typ="eerstejaarsevaluatie", ddate="2024-10-01",
         note="B;HTML-only e-mail (stdlib email);informal owner's year review, no title, meeting 1 oktober, mail sent 3 oktober")
    write_text(f"{C}/nieuw plan oktober.txt", f"""NIEUW PLAN RUUD - 8 oktober 2024

Wat er verandert t.o.v. ons plan van december:
- doel is nu: werk buiten de garage vinden, liefst in de autobranche (baliemedewerker/servicebalie bij een dealer,
  magazijn onderdelen). Dat heet het tweede spoor.
- Koersplaats (Yvonne Brandsma) begeleidt Ruud, start intake 5 november.
- Ruud blijft intussen 4 x 3 uur aan de balie bij ons.
- Elke 6 weken praten Henk en Ruud even bij, Yvonne stuurt elke 3 maanden een rapportje.

Henk van Kempen (eigenaar)           Ruud Zwanenburg, BSN {bsn}
""", "bijstelling_plan_van_aanpak", "2024-10-08",
               "B;plain UTF-8 text;'Nieuw plan' by the informal owner, 'wat verandert t.o.v. ons plan van december', intake date ahead")
    write_text(f"{C}/coach/Startdocument zoektraject Ruud.md", f"""# Startdocument zoektraject — Ruud Zwanenburg

Koersplaats re-integratie · coach: Yvonne Brandsma · datum: 5-11-2024

**Deelnemer:** R. Zwanenburg, BSN {bsn} · **opdrachtgever:** Garagebedrijf Van Kempen
**Eerste ziektedag:** 16-10-2023 · **intakegesprek:** 5-11-2024

## Wie is Ruud?
- 30 jaar ervaring als monteur / APK-keurmeester
- sterk: techniek, klantcontact, betrouwbaar
- minder: computervaardigheid (wil hij bijleren)

## Wat kan hij (volgens de bedrijfsarts)?
- licht werk, geen zwaar tillen, afwisselend zitten/staan
- max. ca. 24 uur per week

## Waar zoeken we?
- servicebalie / werkplaatsreceptie bij dealers
- onderdelenmagazijn (licht)
- schadeherstel: calculatie (opleiding nodig)

## Wat gaan we doen?
1. weken 1-4: loopbaanoriëntatie, cv en LinkedIn
2. weken 5-8: netwerkgesprekken (min. 2 per week)
3. vanaf week 9: solliciteren, evt. proefplaatsing
4. cursus "digitale werkorders" (4 dagdelen)

## Afspraken
- elke week contact, elke 2 weken face-to-face
- voortgangsverslag elke 3 maanden naar Henk en Ruud
""", "trajectplan_tweede_spoor", "2024-11-05",
               "B;Markdown kept as .md;coach's bullet lists, 'Startdocument zoektraject' without 'trajectplan', first sick day and intake date beside the document date")
    html_vr = f"""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Beste Henk en Ruud,</p><p>Hierbij mijn update over november t/m januari (zoektraject Ruud, BSN {bsn}).</p>
<p><b>Gedaan:</b></p><ul><li>cv + LinkedIn-profiel klaar (week 47)</li><li>9 netwerkgesprekken, o.a. Autoplaza Assen, Van Dijk Onderdelen</li>
<li>6 sollicitaties, 2 gesprekken (servicebalie Autoplaza, magazijn Lubbers)</li><li>cursus digitale werkorders: 3 van 4 dagdelen</li></ul>
<p><b>Hoe zet Ruud zich in?</b></p><ul><li>goed, komt afspraken na, is zelf ook actief</li></ul>
<p><b>Volgende periode:</b></p><ul><li>proefplaatsing servicebalie bespreken</li><li>nog 2 netwerkgesprekken per week</li></ul>
<p>Groet,<br>Yvonne Brandsma<br>re-integratiecoach Koersplaats<br>31 januari 2025</p></body></html>"""
    mail(f"{C}/coach/update Yvonne jan 2025.eml", frm="Yvonne Brandsma <yvonne@koersplaats.example>",
         to="henk@garagevankempen.example, ruudzwanenburg71@mailbox.example", subject="Update zoektraject Ruud",
         date="Fri, 31 Jan 2025 16:20:00 +0100", mid="KP-2025-0131-7781@koersplaats.example",
         text=f"Beste Henk en Ruud,\n\nHierbij mijn update over november t/m januari (zoektraject Ruud, BSN {bsn}).\n"
              "Gedaan: cv klaar, 9 netwerkgesprekken, 6 sollicitaties, 2 gesprekken, cursus 3/4.\n"
              "Inzet Ruud: goed.\nVolgende periode: proefplaatsing servicebalie bespreken.\n\nGroet,\nYvonne Brandsma\n31 januari 2025\n",
         html=html_vr, typ="voortgangsrapportage_tweede_spoor", ddate="2025-01-31",
         note="B;multipart/alternative e-mail (text + HTML);coach bullet lists under 'Gedaan / Volgende periode', reporting period named by months only")
    lo_pdf(f"{C}/coach/afsluiting traject Zwanenburg.pdf", "txt", f"""KOERSPLAATS RE-INTEGRATIE
Afsluiting zoektraject

Deelnemer: Ruud Zwanenburg - BSN {bsn}
Werkgever: Garagebedrijf Van Kempen, Zuidlaren
Looptijd: 5 november 2024 t/m 30 juni 2025
Datum: 30 juni 2025

Resultaat
- Ruud heeft per 1 juli 2025 een contract voor 20 uur als medewerker servicebalie bij Autoplaza Assen
  (eerst 6 maanden, met uitzicht op vast).

Wat is er gedaan
- 22 netwerkgesprekken, 14 sollicitaties, 5 gesprekken
- proefplaatsing Autoplaza 3 maart - 25 april 2025
- cursus digitale werkorders afgerond

Inzet werknemer
- actief en gemotiveerd, alle afspraken nagekomen

Advies
- na de eerste drie maanden bij Autoplaza een nazorggesprek (door Koersplaats, kosteloos)
- traject hiermee afgesloten

Yvonne Brandsma, re-integratiecoach
""", "2025-06-30", "eindrapportage_tweede_spoor",
          "B;LibreOffice Writer from plain .txt;coach's 'Afsluiting zoektraject' in bullets, start date and placement dates around")
    groff_pdf(f"{C}/verslag dokter juli 2025.pdf", f""".LP
.ad b
\\fBBedrijfsartsenpraktijk Noordkade\\fP
.br
mw. dr. L. Faber, bedrijfsarts \\(em BIG 19037755201
.sp 2
Zuidlaren, 1 juli 2025
.LP
Betreft: de heer R. Zwanenburg, BSN {bsn_s}, werkzaam bij Garagebedrijf Van Kempen, arbeidsongeschikt sinds
16 oktober 2023.
.LP
Geachte heer Van Kempen, beste Ruud,
.LP
U heeft mij gevraagd, met het oog op de aanvraag van een WIA-uitkering die Ruud binnenkort zal indienen, mijn
huidige oordeel te geven over zijn situatie. Ik heb Ruud op 27 juni gesproken. Zijn belastbaarheid is sinds
mijn vorige beoordeling niet wezenlijk veranderd: licht fysiek werk, afwisselend zitten en staan, niet meer
dan ongeveer vier uur per dag en vijf dagen per week.
.LP
Zijn eigen werk als monteur en keurmeester is daarmee blijvend niet passend. Bij Garagebedrijf Van Kempen
is alleen baliewerk voor ongeveer twaalf uur per week; meer passende arbeid is er binnen dit kleine bedrijf
naar mijn oordeel niet. Ruud start op 1 juli bij een ander bedrijf als servicebaliemedewerker, wat goed
aansluit bij zijn mogelijkheden.
.LP
De verhouding tussen Ruud en zijn werkgever is, voor zover ik kan beoordelen, uitstekend.
.LP
De medische gegevens stuur ik apart aan de verzekeringsarts.
.sp
Met vriendelijke groet,
.br
L. Faber, bedrijfsarts
""", "2025-07-01", "actueel_oordeel",
              "B;groff justified, Ghostscript;wordy letter 'mijn huidige oordeel' without 'actueel oordeel', consult 27 juni and new job start 1 juli")
    write_text(f"{C}/zo is het gegaan.md", f"""# Zo is het gegaan met Ruud (2023-2025)

Garagebedrijf Van Kempen, Industrieweg 14, Zuidlaren. Wij zijn een familiegarage: onderhoud, reparatie en
APK, 6 man in de werkplaats, 1 aan de balie, mijn vrouw doet de boekhouding.

Ruud Zwanenburg, BSN {bsn}, monteur/APK-keurmeester, 38 uur. Ziek sinds 16 oktober 2023 (hartinfarct —
dat mag ik eigenlijk niet opschrijven, maar iedereen weet het).

Datum: 10 juli 2025

**Terug:** Ruud is in december 2023 aan de balie begonnen. Meer dan 12 uur balie hebben we niet. In oktober
2024 zijn we met Koersplaats gaan zoeken naar werk buiten de deur. Dat is gelukt: sinds 1 juli werkt hij
20 uur bij Autoplaza Assen.

**Passend werk bij ons?** Alleen die 12 uur balie, en die zijn nu niet meer nodig.

**Hoe gaan we met elkaar om?** Goed. We zijn in goede harmonie uit elkaar, Ruud komt nog weleens koffie drinken.

Henk van Kempen              Ruud Zwanenburg (voor gezien en akkoord)
""", "eindevaluatie", "2025-07-10",
               "B;Markdown kept as .md;informal owner's look back, no title word 'eindevaluatie', a diagnosis the employer should not write (medical-data trap in an RIV document)")
    page = render_page([
        ("UWV", "DejaVuSans-Bold.ttf", 44), ("", "DejaVuSans.ttf", 20),
        ("De heer R. Zwanenburg", "DejaVuSans.ttf", 22), ("Esdoornlaan 21", "DejaVuSans.ttf", 22),
        ("9472 XX Zuidlaren", "DejaVuSans.ttf", 22), ("", "DejaVuSans.ttf", 22),
        ("Datum      20 juni 2025", "DejaVuSans.ttf", 22), (f"BSN        {bsn}", "DejaVuSans.ttf", 22),
        ("Onderwerp  U kunt een WIA-uitkering aanvragen", "DejaVuSans-Bold.ttf", 22), ("", "DejaVuSans.ttf", 22),
        ("Geachte heer Zwanenburg,", "DejaVuSans.ttf", 22), ("", "DejaVuSans.ttf", 12),
        ("U bent sinds 16 oktober 2023 ziek. Uw wachttijd eindigt op 11 oktober 2025.", "DejaVuSans.ttf", 22),
        ("Als u daarna nog ziek bent, kunt u een WIA-uitkering aanvragen.", "DejaVuSans.ttf", 22),
        ("Doe dit uiterlijk op 19 juli 2025. Stuur het re-integratieverslag mee.", "DejaVuSans.ttf", 22),
        ("", "DejaVuSans.ttf", 22), ("Met vriendelijke groet,", "DejaVuSans.ttf", 22), ("UWV", "DejaVuSans.ttf", 22)])
    out(f"{C}/WhatsApp Image 2025-06-23 at 08.14.02.jpeg").write_bytes(phone_photo(page, 73, quality=45))
    label(f"{C}/WhatsApp Image 2025-06-23 at 08.14.02.jpeg", "uwv_correspondentie", "2025-06-20",
          "B;Pillow phone photo (JPEG q45);week-88 letter photographed, WhatsApp name three days later, deadline and wachttijd end in the text")
    lo_pdf(f"{C}/declaratie reiskosten Koersplaats.pdf", "csv", f"""Declaratie reiskosten;;;
Naam;R. Zwanenburg;Personeelsnr.;0007
Bestemming;Koersplaats re-integratie, Assen;;
Datum;Omschrijving;Km;Bedrag
05-11-2024;intake zoektraject;34;11,56
19-11-2024;coachgesprek;34;11,56
03-12-2024;coachgesprek;34;11,56
17-12-2024;cursus digitale werkorders;34;11,56
Totaal;;136;46,24
Akkoord werkgever;H. van Kempen;;
""", "2024-12-20", "", "B;LibreOffice Calc from .csv;expense claim for travel to the re-integration bureau, names the intake and coaching dates; no RIV document")
    mail(f"{C}/coach/Uitnodiging kennismaking.eml", frm="Koersplaats planning <planning@koersplaats.example>",
         to="ruudzwanenburg71@mailbox.example", subject="Uitnodiging kennismakingsgesprek Koersplaats",
         date="Mon, 28 Oct 2024 09:00:00 +0100", mid="KP-2024-1028-0912@koersplaats.example",
         html="<html><body><p>Beste heer Zwanenburg,</p><p>Uw werkgever heeft Koersplaats gevraagd u te begeleiden in een "
              "tweede-spoortraject. Wij nodigen u uit voor een kennismaking en intake op <b>dinsdag 5 november 2024 om 10.00 uur</b> "
              "bij ons kantoor, Stationsstraat 9 in Assen. Neem een cv mee als u die heeft.</p>"
              "<p>Met vriendelijke groet,<br>Planning Koersplaats</p></body></html>",
         typ="", note="B;HTML-only e-mail;invitation to the 2nd-track intake; no RIV document")


# ================================================================ case C: English People team, Dutch arbodienst
def case_c() -> None:
    C = "Haverkamp F (Norvik HR case 24-031)"
    bsn = make_bsn(1403)
    arbo = (".LP\n.ad l\n\\s[14]\\fBArbo Delta Zuid\\fP\\s[0]\n.br\nVestiging Breda \\(em Claudius Prinsenlaan 200 \\(em "
            "bedrijfsarts drs. R.J. de Groot (BIG 89012233401)\n.sp 2\n")
    groff_pdf(f"{C}/Arbo Delta/advies bedrijfsarts feb 2024.pdf", arbo + f""".LP
Datum rapportage: 27 februari 2024
.br
Werknemer: mw. F. Haverkamp \\(em geboortedatum 05-11-1990 \\(em BSN {bsn}
.br
Werkgever: Norvik Analytics B.V., Breda \\(em functie: data engineer (36 uur)
.br
Eerste verzuimdag: 22 januari 2024 \\(em spreekuur: 23 februari 2024
.SH
Analyse
.LP
Mevrouw is uitgevallen met klachten die haar concentratie en energie sterk beperken. Er is sprake van
dreigend langdurig verzuim. Werkgerelateerde factoren spelen mee (hoge werkdruk na een reorganisatie).
.SH
Beperkingen en mogelijkheden
.LP
Beperkt in concentratie, tijdsdruk en werken met deadlines. Benutbare mogelijkheden: korte blokken van
1\\-2 uur, niet-urgente taken, thuis of op kantoor.
.SH
Verwachting
.LP
Gedeeltelijke hervatting binnen 4 weken; volledige terugkeer binnen 4\\-6 maanden verwacht.
.SH
Advies aan werkgever en werknemer
.LP
Stel binnen twee weken samen een plan van aanpak op; start met 2 x 2 uur per week; bespreek de werkdruk.
""", "2024-02-27", "probleemanalyse",
              "C;groff with .SH headings, Ghostscript;arbodienst prose with headings Analyse/Beperkingen/Advies but no title, spreekuur date beside the report date")
    write_text(f"{C}/HR/RTW agreements Fleur.md", f"""# Return to work — agreements with Fleur

People Team, Norvik Analytics B.V. · prepared by Laura Benson (People Partner, case manager)
Date: 8 March 2024 · Employee: Fleur Haverkamp, data engineer · BSN: {bsn} · first day of absence: 22 January 2024

Following the occupational physician's advice of 27 February we sat down with Fleur and her team lead
Daan Vos on 7 March and agreed the following.

## Goal
Fleur returns to her own role as data engineer, 36 hours, within about six months.

## Steps
| when | what | who |
|---|---|---|
| from 11 March | 2 x 2 hours, documentation tasks, no on-call | Fleur, Daan |
| every 3 weeks | add hours if it goes well | Daan |
| April | talk about workload with the team | Daan, Laura |

## How we see it (employer)
We want Fleur back and will keep the pressure low; no deadlines for now.

## How Fleur sees it
"I am motivated, but I need the first weeks to be calm."

## Review
Next review on 19 April 2024, then every six weeks. Laura Benson is the case manager.

Signed: Fleur Haverkamp · Laura Benson for Norvik Analytics B.V.
""", "plan_van_aanpak", "2024-03-08",
               "C;Markdown with a pipe table, kept as .md;English HR 'Return to work — agreements', advice date 27 Feb and meeting 7 March before the document date")
    mail(f"{C}/HR/Check-in notes 19 April.eml", frm="Laura Benson <laura.benson@norvik-analytics.example>",
         to="Fleur Haverkamp <fleur.haverkamp@norvik-analytics.example>", cc="Daan Vos <daan.vos@norvik-analytics.example>",
         subject="Notes of our check-in (19 April)", date="Fri, 19 Apr 2024 15:31:07 +0200",
         mid="AM0PR10MB7734.19042024.1531@norvik-analytics.example",
         html=f"""<html><body style="font-family:Segoe UI,sans-serif"><p>Hi Fleur,</p>
<p>Thanks for the open conversation this afternoon. As agreed, here are my notes of our six-week check-in.</p>
<p><b>Employee:</b> Fleur Haverkamp (BSN {bsn}) · <b>absent since</b> 22 January 2024 · <b>plan agreed</b> 8 March 2024</p>
<ul><li>Fleur now works 3 x 3 hours; documentation tasks are going well.</li>
<li>Team meetings are still tiring; she joins only the Monday stand-up.</li>
<li>Workload: Daan has moved the migration project to another engineer.</li></ul>
<p><b>Next steps:</b> 4 x 3 hours from 29 April. Next check-in 31 May 2024.</p>
<p>Fleur agreed to these notes during the meeting.</p>
<p>Best,<br>Laura<br>People Partner · Norvik Analytics B.V.</p></body></html>""",
         typ="tussentijdse_evaluatie", ddate="2024-04-19",
         note="C;HTML-only e-mail;English 'check-in notes', plan date 8 March and next check-in 31 May in the text")
    groff_pdf(f"{C}/Arbo Delta/advies bedrijfsarts juni 2024.pdf", arbo + f""".LP
Datum: 11 juni 2024 \\(em vervolgconsult 10 juni 2024
.br
Werknemer: mw. F. Haverkamp, BSN {bsn} \\(em Norvik Analytics B.V.
.SH
Vervolgadvies: gewijzigde belastbaarheid
.LP
Sinds mijn advies van 27 februari 2024 is de situatie veranderd. De opbouw is in mei vastgelopen; mevrouw kan
het werken met deadlines en het meedraaien in het team voorlopig niet aan.
.LP
Ik stel mijn eerdere inschatting bij: volledige terugkeer in eigen werk binnen zes maanden is niet meer
waarschijnlijk. Wel mogelijk: 4 x 4 uur, zelfstandige taken zonder tijdsdruk, vooral thuis.
.LP
Advies: pas de afspraken aan; onderzoek of een functie zonder projectdeadlines (bijv. data-kwaliteit,
documentatie) mogelijk is. Ik zie mevrouw over zes weken terug.
""", "2024-06-11", "bijstelling_probleemanalyse",
              "C;groff, Ghostscript;'Vervolgadvies: gewijzigde belastbaarheid', original advice date quoted, consult the day before")
    lo_pdf(f"{C}/HR/Updated agreements v2.pdf", "txt", f"""Norvik Analytics B.V. - People Team
UPDATED AGREEMENTS (version 2) - Fleur Haverkamp

Date: 25 June 2024
Employee: Fleur Haverkamp, BSN {bsn}, data engineer, absent since 22 January 2024
Replaces: the agreements of 8 March 2024

Why we change the plan
The occupational physician wrote on 11 June 2024 that a full return to the project role is unlikely for now.

What changes
- New goal: a role without project deadlines, in data quality and documentation (adjusted own work).
- Hours: 4 x 4 hours, mainly from home; one office day for the team.
- Daan Vos writes a short task description for the data-quality role by 15 July.
- Laura Benson stays case manager; we review every six weeks (next: 6 August 2024).

Our view (employer): we believe a data-quality role can become a permanent fit.
Fleur's view: "I agree. I miss the projects, but this is realistic."

Signed 25-06-2024 by Fleur Haverkamp and Laura Benson
""", "2024-06-25", "bijstelling_plan_van_aanpak",
          "C;LibreOffice Writer from plain .txt;English 'Updated agreements (version 2)', replaces-date and physician date quoted")
    groff_pdf(f"{C}/UWV/deskundigenoordeel okt 2024.pdf", f""".LP
\\s[16]\\fBUWV\\fP\\s[0]
.sp 2
Mevrouw F. Haverkamp
.br
Mgr. Nolenslaan 7
.br
4811 XX Breda
.sp 2
Datum: 15 oktober 2024
.br
Ons kenmerk: DO-2024-88213
.br
BSN: {bsn}
.br
Onderwerp: uw aanvraag van 9 september 2024
.sp
.LP
Geachte mevrouw Haverkamp,
.LP
U heeft ons op 9 september 2024 gevraagd of het werk dat Norvik Analytics B.V. u aanbiedt (medewerker
datakwaliteit, 24 uur per week) passend is. Wij hebben u en uw werkgever op 1 oktober 2024 gesproken.
.SH
Ons oordeel
.LP
De verzekeringsarts vindt de belastbaarheid zoals de bedrijfsarts die beschreef juist. De arbeidsdeskundige
van UWV vindt het aangeboden werk \\fBpassend\\fP, mits het zonder harde deadlines blijft.
.LP
Dit oordeel is niet bindend. Het is een advies aan u en uw werkgever.
.bp
.LP
\\fBToelichting van de arbeidsdeskundige\\fP
.LP
Het werk vraagt zelfstandig werken, beperkt overleg en geen piekbelasting. Dat past binnen de mogelijkheden.
.sp
Met vriendelijke groet,
.br
mr. S. Koster, arbeidsdeskundige UWV \\(em E. Dijkman, verzekeringsarts UWV
""", "2024-10-15", "deskundigenoordeel",
              "C;groff two pages, Ghostscript;UWV judgement without the word 'deskundigenoordeel' in the body (only in the file name and kenmerk DO), request date 9 september and talk 1 oktober before the letter date")
    lo_pdf(f"{C}/UWV/ziekmelding 42 weken verzonden.pdf", "csv", f"""Verzendbewijs - melding langdurig zieke werknemer (42e week);;
Werkgever;Norvik Analytics B.V.;
Loonheffingennummer;8123.45.678.L01;
Werknemer;F. Haverkamp;
BSN;{bsn};
Eerste ziektedag;22-01-2024;
Datum melding;08-11-2024;
Kenmerk UWV;ZM-42-2024-551902;
Ingediend door;L. Benson (People Partner);
Status;Ontvangen door UWV;
""", "2024-11-08", "ziekmelding_uwv",
          "C;LibreOffice Calc from .csv;a spreadsheet-like send receipt of the 42-week report, first sick day above the report date")
    mail(f"{C}/Arbo Delta/AD vraag en antwoord.eml", frm="K. Verbruggen <k.verbruggen@delta-arbeid.example>",
         to="laura.benson@norvik-analytics.example", subject="Uitkomst onderzoek F. Haverkamp",
         date="Tue, 10 Dec 2024 17:02:44 +0100", mid="DA-20241210-1702-3391@delta-arbeid.example",
         text=f"""Beste Laura,

Hieronder mijn uitkomsten na het werkplekonderzoek van 3 december.

Werknemer: F. Haverkamp, BSN {bsn} - functie data engineer - ziek sinds 22-01-2024
Datum rapport: 10-12-2024

Vraag 1. Is het eigen werk (data engineer, projecten) passend?
Antwoord: Nee. De functiebelasting (deadlines, piekbelasting, veel overleg) past niet bij de belastbaarheid.

Vraag 2. Is de functie medewerker datakwaliteit passend?
Antwoord: Ja, ook bij 28 uur. Dit sluit aan bij het deskundigenoordeel van UWV (15-10-2024).

Vraag 3. Is spoor 2 nodig?
Antwoord: Ja, ter zekerheid: de functie is nog tijdelijk. Ik adviseer een oriëntatie buiten Norvik.

Vraag 4. Loonwaarde?
Antwoord: ca. 85% in de functie datakwaliteit.

Met vriendelijke groet,
ing. K. Verbruggen, gecertificeerd arbeidsdeskundige
Delta Arbeid & Inzet
""", typ="arbeidsdeskundig_rapport", ddate="2024-12-10",
         note="C;plain-text e-mail;terse Q&A arbeidsdeskundige with no title, werkplekonderzoek 3 december and DO date quoted")
    lo_pdf(f"{C}/HR/Year one review Fleur.pdf", "txt", f"""Norvik Analytics B.V.  |  People Team

Looking back on year one - and planning year two

Employee: Fleur Haverkamp (BSN {bsn})   First day of absence: 22 January 2024   Date of birth: 5 November 1990
Meeting held and report signed: 14 January 2025
Present: Fleur Haverkamp, Daan Vos (team lead), Laura Benson (case manager); advice from R.J. de Groot
(occupational physician, 7 January 2025) and K. Verbruggen (labour expert, 10 December 2024)

1. Year one in short
Fleur restarted in March, stalled in May, and since July works in a data-quality role (now 28 hours).

2. What do we want to achieve in year two?
A permanent data-quality role of 28 hours. In parallel, as advised by the labour expert, we start a
second track with Bridgeway Loopbaan in February, because the role is not yet permanent.

3. Our view (employer): positive about the data-quality role; we try to make it permanent by 1 July 2025.
4. Fleur's view: "Fine with the second track as a safety net, although I hope to stay."

Next review: 8 April 2025.
""", "2025-01-14", "eerstejaarsevaluatie",
          "C;LibreOffice Writer from plain .txt;English 'Looking back on year one', several advice dates and birth date around")
    lo_pdf(f"{C}/Bridgeway/Bridgeway - plan Haverkamp.pdf", "txt", f"""Bridgeway Loopbaan
Kennismaking en plan voor de oriëntatie buiten Norvik

Breda, 11 februari 2025

Betreft: mevrouw F. Haverkamp, BSN {bsn}
Opdrachtgever: Norvik Analytics B.V., mevrouw L. Benson

Op 4 februari 2025 hebben wij kennisgemaakt met mevrouw Haverkamp. Zij is gemotiveerd, al ziet zij dit
traject vooral als vangnet naast haar werk in de datakwaliteit bij Norvik.

Profiel: hbo Informatica, 9 jaar ervaring in data-engineering, sterk analytisch, zelfstandig.
Zoekrichting: datakwaliteit, data-stewardship, functioneel beheer; 24-28 uur; regio Breda/Tilburg, of thuis.

Aanpak in drie fasen, elk ongeveer acht weken:
fase 1 - arbeidsmarktverkenning en netwerk;
fase 2 - gericht solliciteren, eventueel proefplaatsing;
fase 3 - plaatsing en nazorg.

Wij rapporteren iedere twee maanden aan werkgever en werknemer.

Jeroen Lammers, loopbaanadviseur, en voor akkoord F. Haverkamp
""", "2025-02-11", "trajectplan_tweede_spoor",
          "C;LibreOffice Writer from plain .txt;'Kennismaking en plan voor de oriëntatie buiten Norvik', no 'tweede spoor' or 'trajectplan' words, intake date 4 februari")
    write_text(f"{C}/Bridgeway/stand april.md", f"""**Bridgeway Loopbaan — tussenstand** · 15 april 2025

F. Haverkamp · BSN {bsn} · periode 11 februari – 15 april 2025

- verkenning afgerond, 11 netwerkcontacten
- 4 vacatures bekeken, 2 brieven verstuurd (Waterschap Brabantse Delta, Zorgverzekeraar Midden)
- 1 gesprek: functioneel beheerder, afgewezen (te veel storingsdiensten)
- inzet Fleur: goed, doet wat is afgesproken
- volgende periode: fase 2, minstens 2 sollicitaties per maand

— Jeroen Lammers
""", "voortgangsrapportage_tweede_spoor", "2025-04-15",
               "C;Markdown kept as .md;bullet-only 'tussenstand', period start date beside the report date")
    # two documents in one PDF: the actueel oordeel, then the medical information (labelled by the first)
    ao = arbo + f""".LP
Datum: 30 september 2025
.br
Werknemer: mw. F. Haverkamp, BSN {bsn} \\(em eerste verzuimdag 22 januari 2024
.SH
Actueel oordeel van de bedrijfsarts (ten behoeve van het re-integratieverslag)
.LP
Mevrouw werkt 28 uur als medewerker datakwaliteit. Haar belastbaarheid is stabiel. Passende arbeid bij de
werkgever is aanwezig: de huidige functie. Een arbeidsrelatie zonder conflicten. Uitbreiding tot 36 uur
verwacht ik niet.
.bp
.LP
.ce
\\fBMEDISCHE INFORMATIE \\(em VERTROUWELIJK\\fP
.LP
Bestemd voor de verzekeringsarts. Diagnose: recidiverende depressieve stoornis (F33.1), eerder burn-out.
Behandeling GZ-psycholoog sinds maart 2024, psychiater consult 20-05-2024; sertraline 100 mg.
"""
    groff_pdf(f"{C}/Arbo Delta/Arbo Delta rapportages sept 2025.pdf", ao, "2025-09-30", "actueel_oordeel",
              "C;groff, Ghostscript, two documents in one PDF;labelled by its FIRST document (the actueel oordeel on page 1); page 2 is the medical information, which should not be in the employer's folder")
    groff_pdf(f"{C}/HR/spreekuurnotities.pdf", f""".LP
Arbo Delta Zuid \\(em journaal \\(em export 04-03-2025
.br
Cliënt: F. Haverkamp, BSN {bsn}
.LP
\\fB04-03-2025 S:\\fP slaapt slecht, piekert, stemming wisselend. \\fBO:\\fP vlak affect, PHQ-9 14.
\\fBE:\\fP depressieve episode, recidief. \\fBP:\\fP sertraline ophogen via huisarts; contact GZ-psycholoog; vervolg 4 wk.
.LP
\\fB11-02-2025 S:\\fP gaat beter, werkt 28 u. \\fBO:\\fP \\(em \\fBE:\\fP stabiel. \\fBP:\\fP vervolg 3 wk.
""", "2025-03-04", "medische_informatie",
              "C;groff, Ghostscript;SOAP consult notes in HR's folder (medical data), two consult dates, newest first")
    page = render_page([("Norvik Analytics B.V. — People Team", "DejaVuSans-Bold.ttf", 26), ("", "DejaVuSans.ttf", 20),
                        ("Final review of the return-to-work process", "DejaVuSans-Bold.ttf", 24),
                        ("Date: 14 October 2025", "DejaVuSans.ttf", 20),
                        (f"Employee: Fleur Haverkamp · BSN {bsn} · since 22-01-2024", "DejaVuSans.ttf", 20),
                        ("", "DejaVuSans.ttf", 12),
                        ("About us: software and data analytics company, 240 staff, offices in", "DejaVuSans.ttf", 20),
                        ("Breda and Rotterdam.", "DejaVuSans.ttf", 20), ("", "DejaVuSans.ttf", 12),
                        ("Looking back: own role not feasible; data-quality role of 28 hours", "DejaVuSans.ttf", 20),
                        ("made permanent on 1 July 2025; second track ended without a job.", "DejaVuSans.ttf", 20),
                        ("", "DejaVuSans.ttf", 12),
                        ("Suitable work with us: yes, the data-quality role (28 of 36 hours).", "DejaVuSans.ttf", 20),
                        ("Working relationship: good and constructive.", "DejaVuSans.ttf", 20),
                        ("Based on the physician's statement of 30 September 2025.", "DejaVuSans.ttf", 20),
                        ("", "DejaVuSans.ttf", 20),
                        ("Signed: L. Benson (People Partner)      F. Haverkamp", "DejaVuSans.ttf", 20)])
    out(f"{C}/HR/final review signed.jpg").write_bytes(phone_photo(page, 74, quality=55))
    label(f"{C}/HR/final review signed.jpg", "eindevaluatie", "2025-10-14",
          "C;Pillow phone photo;English 'Final review', nature of the business, AO date quoted")
    write_text(f"{C}/open actions Fleur.md", """# Open actions — Fleur H.

- [x] agreements v2 signed (25 Jun 2024)
- [x] 42-week report to UWV (8 Nov 2024)
- [ ] ask Arbo Delta for the actueel oordeel — planned 30 Sep 2025
- [ ] final review with Fleur — plan for mid October
- [ ] send Fleur copies of all RIV documents before week 91
- [ ] check Bridgeway final report

_Laura, updated 2 Sep 2025_
""", "", "", "C;Markdown kept as .md;case manager's English to-do list naming RIV documents and dates; no RIV document")
    mail(f"{C}/HR/Team update.eml", frm="Daan Vos <daan.vos@norvik-analytics.example>",
         to="data-team@norvik-analytics.example", subject="Team update: Fleur's new role",
         date="Mon, 30 Jun 2025 09:12:00 +0200", mid="AM0PR10MB7734.30062025.0912@norvik-analytics.example",
         text="Hi all,\n\nFrom 1 July Fleur's data-quality role becomes permanent (28 hours). She will own the data "
              "catalogue and the quality dashboards. Please route DQ questions to her, not urgent project work.\n\nCheers,\nDaan\n",
         typ="", note="C;plain-text e-mail;English team announcement about the adjusted role; no RIV document")
    page88 = groff_pdf(f"{C}/UWV/UWV brief sept 2025.pdf", f""".LP
\\s[16]\\fBUWV\\fP\\s[0]
.sp 2
Mevrouw F. Haverkamp
.br
Mgr. Nolenslaan 7, 4811 XX Breda
.sp 2
Datum 26 september 2025
.br
BSN {bsn}
.br
Onderwerp WIA-uitkering aanvragen
.LP
Geachte mevrouw Haverkamp,
.LP
U bent sinds 22 januari 2024 arbeidsongeschikt. Wilt u een WIA-uitkering? Vraag die dan uiterlijk
8 oktober 2025 aan. Uw werkgever maakt samen met u het re-integratieverslag. De medische informatie
stuurt u zelf in een gesloten envelop.
.sp
Met vriendelijke groet,
.br
UWV
""", "2025-09-26", "uwv_correspondentie",
              "C;groff, Ghostscript;UWV week-88 letter, first sick day and deadline around the date")
    assert page88.exists()


# ================================================================ case D: transport firm, external casemanager
def case_d() -> None:
    C = "Yilmaz M - verzuimdossier"
    bsn = make_bsn(1404)
    mail(f"{C}/arbo/terugkoppeling ArboVaart juni 2023.eml", frm="H. Bakker-Sluis <h.bakker@arbovaart.example>",
         to="Ingrid Kolk <ingrid@verzuimwijzer-oost.example>", subject="Terugkoppeling M. Yilmaz",
         date="Tue, 13 Jun 2023 12:48:19 +0200", mid="ARBOVAART-20230613-124819-51@arbovaart.example",
         html=f"""<html><body style="font-family:Verdana;font-size:10pt"><p>Geachte mevrouw Kolk,</p>
<p>Op 12 juni 2023 heb ik de heer M. Yilmaz (geb. 27-09-1968, BSN {bsn}), chauffeur CE bij Transportbedrijf
Hoekstra &amp; Zn., op het spreekuur gezien. Hij verzuimt sinds 8 mei 2023.</p>
<p>Mijn oordeel: er is een reële kans op langdurig verzuim. Hij kan op dit moment niet rijden (geen lange ritten,
geen laden en lossen). Hij heeft wel mogelijkheden voor licht werk op de loods of de planning, 4 uur per dag.</p>
<p>Prognose: onzeker; herbeoordeling over 6 weken. Ik adviseer u en de heer Yilmaz om binnen twee weken een plan
op te stellen gericht op terugkeer in eigen werk, met tijdelijk vervangend werk.</p>
<p>Met vriendelijke groet,<br>H. Bakker-Sluis, bedrijfsarts ArboVaart (BIG 59023344101)</p></body></html>""",
         typ="probleemanalyse", ddate="2023-06-13",
         note="D;HTML-only e-mail;bedrijfsarts's PA as a mail body 'Terugkoppeling', consult the day before")
    lo_pdf(f"{C}/casemanager/Yilmaz 23-06-2023.pdf", "txt", f"""Transportbedrijf Hoekstra & Zn. - Havenweg 2, 8281 XX Genemuiden
Verzuimwijzer Oost - casemanager I. Kolk

Werknemer: M. Yilmaz, chauffeur CE, 40 uur - BSN {bsn}
Eerste ziektedag: 08-05-2023 - advies bedrijfsarts: 13-06-2023
Datum: 23-06-2023

1. Doel: terugkeer in eigen werk als chauffeur CE, binnen 4 maanden.
2. Activiteiten en termijnen:
   a. vanaf 26-06: 4 x 4 uur op de loods (orderpicken licht, geen heftruck) - verantwoordelijk: J. Hoekstra
   b. vanaf augustus: korte ritten regio (max. 2 uur) als de bedrijfsarts akkoord is
   c. fysiotherapie via werkgever (vergoeding)
3. Evaluatie: elke 6 weken, eerste keer 04-08-2023; bijstelling indien nodig.
4. Casemanager: Ingrid Kolk, Verzuimwijzer Oost.
5. Visie werkgever: J. Hoekstra wil Mehmet terug op de wagen, hij is een van zijn beste chauffeurs.
   Visie werknemer: "Ik wil weer rijden, maar ik snap dat het rustig moet."

Handtekening werkgever: J. Hoekstra          Handtekening werknemer: M. Yilmaz
""", "2023-06-23", "plan_van_aanpak",
          "D;LibreOffice Writer from plain .txt;no title at all, only the numbered content shows a plan (doel, activiteiten, evaluatie, casemanager, visie), file name is name + date")
    page = render_page([("Verzuimwijzer Oost", "DejaVuSans-Bold.ttf", 28), ("", "DejaVuSans.ttf", 18),
                        ("Voortgangsgesprek 15 september 2023", "DejaVuSans-Bold.ttf", 24),
                        (f"M. Yilmaz - BSN {bsn} - ziek sinds 08-05-2023", "DejaVuSans.ttf", 20),
                        ("Aanwezig: M. Yilmaz, J. Hoekstra, I. Kolk", "DejaVuSans.ttf", 20), ("", "DejaVuSans.ttf", 12),
                        ("Afspraken van 4 augustus: korte ritten regio - niet gelukt,", "DejaVuSans.ttf", 20),
                        ("bedrijfsarts gaf op 29 augustus nog geen akkoord voor rijden.", "DejaVuSans.ttf", 20),
                        ("Loods: gaat goed, nu 5 x 4 uur.", "DejaVuSans.ttf", 20), ("", "DejaVuSans.ttf", 12),
                        ("Nieuwe afspraken:", "DejaVuSans-Bold.ttf", 20),
                        ("- loods naar 5 x 5 uur vanaf 18 september", "DejaVuSans.ttf", 20),
                        ("- planning: twee middagen meekijken bij Gerrit", "DejaVuSans.ttf", 20),
                        ("- volgende evaluatie 27 oktober 2023", "DejaVuSans.ttf", 20), ("", "DejaVuSans.ttf", 20),
                        ("Gezien en akkoord: M. Yilmaz      I. Kolk", "DejaVuSans.ttf", 20)])
    out(f"{C}/casemanager/20230918_101522.jpg").write_bytes(phone_photo(page, 75, quality=50))
    label(f"{C}/casemanager/20230918_101522.jpg", "tussentijdse_evaluatie", "2023-09-15",
          "D;Pillow phone photo;camera name three days after the meeting, earlier meeting and consult dates, next evaluation date")
    lo_pdf(f"{C}/arbo/belastbaarheid okt 2023.pdf", "csv", f"""ArboVaart - belastbaarheid in zes rubrieken;;
M. Yilmaz - BSN {bsn};datum 10-10-2023;
opgesteld door;H. Bakker-Sluis, bedrijfsarts;
;;
rubriek;kan;kan niet / beperkt
1 persoonlijk functioneren;normaal;
2 sociaal functioneren;normaal;
3 fysieke omgevingseisen;normaal;geen trillingen (vrachtwagencabine) langer dan 1 uur
4 dynamische handelingen;lopen, licht tillen tot 10 kg;laden en lossen; frequent bukken
5 statische houdingen;afwisselend zitten en staan;langer dan 1 uur aaneengesloten zitten
6 werktijden;5 x 5 uur overdag;nachtritten
""", "2023-10-10", "inzetbaarheidsprofiel",
          "D;LibreOffice Calc from .csv;'belastbaarheid in zes rubrieken' with kan / kan niet columns, no 'inzetbaarheidsprofiel' word")
    write_text(f"{C}/casemanager/aangifte langdurig ziek.txt", f"""UWV Werkgeversportaal - ontvangstbevestiging
--------------------------------------------------
Soort melding      : Ziekmelding langdurig zieke werknemer
Werkgever          : Transportbedrijf Hoekstra & Zn.
Loonheffingennr.   : 8544.21.093.L01
Werknemer          : M. Yilmaz
BSN                : {bsn}
Eerste ziektedag   : 08-05-2023
Datum verzonden    : 23-02-2024 14:07
Referentie         : WGP-ZM-0042-77310
--------------------------------------------------
Afgedrukt: 26-02-2024
""", "ziekmelding_uwv", "2024-02-23",
               "D;plain UTF-8 text (portal print);42-week report receipt, first sick day and a print date after the send date")
    lo_pdf(f"{C}/casemanager/Evaluatie na 52 weken Yilmaz.pdf", "txt", f"""VERZUIMWIJZER OOST
Evaluatie na 52 weken

Werknemer: M. Yilmaz, BSN {bsn}, chauffeur CE bij Transportbedrijf Hoekstra & Zn.
Ziek sinds 8 mei 2023 - gesprek 25 april 2024 - dit verslag: 25 april 2024
Aanwezig: M. Yilmaz, J. Hoekstra (directeur), I. Kolk (casemanager); input bedrijfsarts 16-04-2024

Wat is er het eerste jaar bereikt?
Volgens het plan van 23 juni 2023 zou Mehmet binnen vier maanden weer rijden. Dat is niet gelukt.
Hij werkt 5 x 5 uur op de loods en de planning. Rijden als CE-chauffeur komt volgens de bedrijfsarts
niet meer terug.

Wat is het beoogde resultaat in het tweede jaar?
Passend werk: binnen Hoekstra is de loods geen structurele functie. Daarom starten we de externe
re-integratie (zoektraject) met Werkvonk. Intussen blijft Mehmet op de loods werken.

Visie werkgever: we doen wat we kunnen, maar een vaste binnenfunctie hebben we niet.
Visie werknemer: Mehmet is teleurgesteld maar werkt mee.

Getekend: M. Yilmaz, J. Hoekstra, I. Kolk
""", "2024-04-25", "eerstejaarsevaluatie",
          "D;LibreOffice Writer from plain .txt;'Evaluatie na 52 weken', plan date and bedrijfsarts input date quoted")
    write_text(f"{C}/casemanager/vervolgafspraken mei 2024.md", f"""### Vervolgafspraken — externe re-integratie

*Verzuimwijzer Oost · I. Kolk · 2 mei 2024*

M. Yilmaz (BSN {bsn}), ziek sinds 08-05-2023.

Naar aanleiding van de evaluatie van 25 april 2024 passen wij de afspraken uit het plan van juni 2023 aan:

* **nieuw doel:** passend werk bij een andere werkgever (logistiek, licht), naast het werk op de loods
* Werkvonk start met een intake in mei; Hoekstra betaalt het traject
* Mehmet blijft 5 x 5 uur op de loods
* evaluatie elke 6 weken blijft; volgende 13 juni 2024

Akkoord: M. Yilmaz · J. Hoekstra
""", "bijstelling_plan_van_aanpak", "2024-05-02",
               "D;Markdown kept as .md;'Vervolgafspraken — externe re-integratie', evaluation and plan dates quoted")
    lo_pdf(f"{C}/extern/Werkvonk plan Yilmaz.pdf", "txt", f"""WERKVONK - werk na werk
Plan van aanpak externe re-integratie

Kandidaat: Mehmet Yilmaz - BSN {bsn}
Opdrachtgever: Transportbedrijf Hoekstra & Zn. via Verzuimwijzer Oost
Intake: 21 mei 2024 - plan vastgesteld: 28 mei 2024
Coach: Dennis Ruiter

Profiel
* 30 jaar rijervaring, ADR, kennis van planning
* praktisch, klantvriendelijk
* beperkt: geen lange ritten, geen laden/lossen

Zoekgebied
* planner / dispatcher
* magazijn licht (administratief)
* chauffeur personenvervoer kort (na akkoord bedrijfsarts)

Stappen
* maand 1: cv, vacatureanalyse, netwerk
* maand 2-3: solliciteren, 3 per maand
* maand 4: werkervaringsplek bij een vervoerder

Rapportage: iedere 3 maanden.

D. Ruiter, jobcoach - voor akkoord M. Yilmaz
""", "2024-05-28", "trajectplan_tweede_spoor",
          "D;LibreOffice Writer from plain .txt;a bureau's trajectplan titled 'Plan van aanpak externe re-integratie' (title of another type), intake a week earlier")
    mail(f"{C}/extern/Werkvonk rapportage aug.eml", frm="Dennis Ruiter <dennis@werkvonk.example>",
         to="ingrid@verzuimwijzer-oost.example", cc="mehmet.yilmaz68@postvak.example",
         subject="Voortgang M. Yilmaz juni-augustus", date="Fri, 30 Aug 2024 10:05:00 +0200",
         mid="WV-2024-0830-1005@werkvonk.example",
         html=f"""<html><body><h3>Voortgang juni – augustus 2024</h3><p>Kandidaat: M. Yilmaz, BSN {bsn}</p>
<ul><li>7 sollicitaties (planner, dispatcher), 1 gesprek bij Zwolle Cargo</li><li>3 netwerkgesprekken</li>
<li>werkervaringsplek bij Van Gelder Vervoer vanaf 16 september (2 dagen)</li><li>inzet Mehmet: goed</li></ul>
<p>Volgende rapportage eind november.</p><p>Dennis Ruiter, jobcoach Werkvonk · 30-08-2024</p></body></html>""",
         typ="voortgangsrapportage_tweede_spoor", ddate="2024-08-30",
         note="D;HTML-only e-mail;coach bullet list, period months and a future start date")
    mail(f"{C}/arbo/oordeel bedrijfsarts jan 2025.eml", frm="H. Bakker-Sluis <h.bakker@arbovaart.example>",
         to="Ingrid Kolk <ingrid@verzuimwijzer-oost.example>", subject="M. Yilmaz - t.b.v. WIA",
         date="Wed, 15 Jan 2025 08:31:55 +0100", mid="ARBOVAART-20250115-083155-12@arbovaart.example",
         text=f"""Mevrouw Kolk,

Datum van dit oordeel: 14 januari 2025. Spreekuur gehad op 13 januari 2025.
Werknemer: M. Yilmaz, BSN {bsn}, ziek sinds 08-05-2023.

Huidige stand: werkt 5 x 5 uur op de loods, werkervaringsplek bij Van Gelder Vervoer afgerond.
Belastbaarheid ongewijzigd sinds oktober 2023.
Passende arbeid bij Hoekstra: alleen tijdelijk loodswerk, geen structurele functie.
Arbeidsrelatie: goed.
De medische informatie gaat rechtstreeks naar UWV.

H. Bakker-Sluis, bedrijfsarts
""", typ="actueel_oordeel", ddate="2025-01-14",
         note="D;plain-text e-mail;untitled bedrijfsarts mail, date stated in the body, consult the day before, mail sent the day after")
    groff_pdf(f"{C}/arbo/voor verzekeringsarts.pdf", f""".LP
.ce
ArboVaart \\(em \\fBMedisch vertrouwelijk\\fP
.sp 2
Aan de verzekeringsarts UWV
.br
Datum: 14-01-2025
.br
Betreft: M. Yilmaz, BSN {bsn}
.LP
Diagnose: lumbosacraal radiculair syndroom rechts, status na microdiscectomie L5-S1 (operatie 22-08-2023,
orthopeed Isala). Restklachten, neuropathische pijn; pregabaline 75 mg 2dd. Pijnpoli 2024.
.LP
Prognose: blijvende beperkingen voor rijden met trillingsbelasting en voor tillen.
.sp
H. Bakker-Sluis, bedrijfsarts
""", "2025-01-14", "medische_informatie",
              "D;groff, Ghostscript;medical letter for the verzekeringsarts, operation date as distractor")
    lo_pdf(f"{C}/casemanager/afronding Yilmaz jan 2025.pdf", "txt", f"""Transportbedrijf Hoekstra & Zn. / Verzuimwijzer Oost

Afronding re-integratie - verslag van het gesprek van 30 januari 2025

Werknemer: M. Yilmaz, BSN {bsn}, chauffeur CE, 40 uur, in dienst sinds 1996
Ziek sinds 8 mei 2023

Het bedrijf: familiebedrijf, 85 medewerkers, internationaal wegtransport en opslag in Genemuiden.

Verloop: plan juni 2023 (terug op de wagen) - loods vanaf juni 2023 - evaluatie na 52 weken (april 2024) -
extern zoektraject met Werkvonk vanaf mei 2024 - oordeel bedrijfsarts 14 januari 2025.

Resultaat: geen nieuwe baan gevonden. Mehmet werkt 25 uur op de loods, tijdelijk.

Passende arbeid bij Hoekstra: wij hebben geen structurele passende functie.
Arbeidsrelatie: goed, wel teleurstelling bij Mehmet over het ontbreken van vast werk.

Getekend op 30-01-2025: J. Hoekstra, directeur - M. Yilmaz - I. Kolk, casemanager
""", "2025-01-30", "eindevaluatie",
          "D;LibreOffice Writer from plain .txt;'Afronding re-integratie - verslag van het gesprek', a timeline of earlier dates, no 'eindevaluatie' word")
    img = handwritten(["6 februari 2025", "", "Aan Ingrid Kolk en meneer Hoekstra,", "",
                       "Ik heb het verslag over mijn re-integratie gelezen.", "Ik ben het niet helemaal eens.",
                       "Ik vind dat er te laat naar ander werk is gezocht.", "Pas na een jaar kwam Werkvonk.",
                       "De rest klopt wel.", "", "Mehmet Yilmaz", f"BSN {bsn}"], 76)
    out(f"{C}/scan0001.jpg").write_bytes(phone_photo(img, 77, quality=50))
    label(f"{C}/scan0001.jpg", "oordeel_werknemer", "2025-02-06",
          "D;Pillow handwriting-style note (URW Z003) on lined paper, photographed;the employee's handwritten view, generic scanner name, no title")
    groff_pdf(f"{C}/UWV/besluit verlenging.pdf", f""".LP
\\s[16]\\fBUWV\\fP\\s[0]
.sp 2
Transportbedrijf Hoekstra & Zn.
.br
Havenweg 2, 8281 XX Genemuiden
.sp 2
Datum: 20 maart 2025
.br
Betreft: uw werknemer M. Yilmaz, BSN {bsn}
.LP
Geachte heer Hoekstra,
.LP
Wij hebben het re-integratieverslag van uw werknemer beoordeeld. U heeft niet genoeg gedaan om hem weer
aan het werk te helpen: het zoeken naar werk bij een andere werkgever is te laat begonnen (mei 2024).
.LP
Daarom moet u het loon langer doorbetalen, tot en met 2 maart 2026. Dit heet een loonsanctie.
U kunt ons vragen de verlenging te bekorten als u de tekortkoming heeft hersteld.
.LP
Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken bezwaar maken.
.sp
Met vriendelijke groet,
.br
UWV
""", "2025-03-20", "uwv_correspondentie",
              "D;groff, Ghostscript;loonsanctie decision, end date of the extension and an earlier month")
    write_text(f"{C}/casemanager/todo Ingrid.txt", """TODO Yilmaz (Ingrid)
- PvA laten tekenen door Mehmet  -> gedaan 23/6
- evaluatie plannen 4/8, 15/9, 27/10
- 42e weeks melding uiterlijk 26-02-2024 !!
- eerstejaarsevaluatie april 2024, AD-onderzoek aanvragen?
- Werkvonk offerte goedkeuren
- AO opvragen bij ArboVaart jan 2025, daarna eindevaluatie
""", "", "", "D;plain UTF-8 text;casemanager's to-do list naming RIV documents and deadlines; no RIV document")
    mail(f"{C}/arbo/uitnodiging spreekuur.eml", frm="ArboVaart planning <planning@arbovaart.example>",
         to="mehmet.yilmaz68@postvak.example", subject="Uitnodiging spreekuur bedrijfsarts",
         date="Mon, 06 Jan 2025 11:00:00 +0100", mid="ARBOVAART-20250106-110000-03@arbovaart.example",
         html="<html><body><p>Beste heer Yilmaz,</p><p>U bent uitgenodigd voor het spreekuur van bedrijfsarts H. Bakker-Sluis "
              "op <b>maandag 13 januari 2025 om 09.30 uur</b>, ArboVaart Zwolle. In dit gesprek maakt de bedrijfsarts het "
              "oordeel ten behoeve van uw WIA-aanvraag.</p><p>Met vriendelijke groet, planning ArboVaart</p></body></html>",
         typ="", note="D;HTML-only e-mail;spreekuur invitation naming the WIA judgement; no RIV document")
    write_text(f"{C}/casemanager/rittenplanning aangepast.txt", """Rittenplanning week 38 - loods/aangepast werk
Ma  Mehmet Y.  loods 08:00-13:00
Di  Mehmet Y.  loods 08:00-13:00
Wo  Mehmet Y.  planning (meekijken Gerrit) 12:00-17:00
Do  Mehmet Y.  loods 08:00-13:00
Vr  Mehmet Y.  planning (meekijken Gerrit) 12:00-17:00
NB geen ritten, geen heftruck (advies bedrijfsarts)
""", "", "", "D;plain UTF-8 text;work roster of the adjusted work, looks like agreements; no RIV document")


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    case_a()
    case_b()
    case_c()
    case_d()
    run_lo()
    ROWS.sort()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in ROWS:
            w.writerow([path, typ, date, "holdout", note])
    print(f"{len(ROWS)} labelled documents")


if __name__ == "__main__":
    main()
