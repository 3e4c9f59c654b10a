"""Generate findings holdout 9: eight synthetic case folders and expected.yaml.

Run:  .venv/bin/python tests/findings_holdout9/make_holdout9.py

Deterministic: seeded randomness, no clock reads, fixed file metadata. The script deletes and rewrites
``cases/`` and ``expected.yaml``; a rerun is byte-identical (check with sha256 over every file).

Written from DOMAIN.md (§8 above all), CONTRACT.md, docs/handleiding.md §6 and the writer API of
samples/docgen.py, without reading the rule code and without running the tool. Untouched holdout: do not tune
the rules on it (if you do, say so in README.md).

All people, organisations, addresses and numbers are invented; e-mail domains end in .example; every BSN
passes the elfproef (asserted below).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))

import docgen as g  # noqa: E402
from docgen import Bullets, Fields, Heading, Para, Sig, Signatures, Style, Table, Title  # noqa: E402

CASES = HERE / "cases"
EXPECTED = HERE / "expected.yaml"
D = dt.date
TD = dt.timedelta


def fd(d: dt.date, kind: str = "long") -> str:
    return g.fmt_date(d, kind)


def wd(d: dt.date) -> dt.date:
    """Weekend dates move back to the preceding Friday."""
    while d.weekday() >= 5:
        d -= TD(1)
    return d


def week(d0: dt.date, d: dt.date) -> int:
    return (d - d0).days // 7 + 1


def fill(a: int, b: int, maxgap: int = 38) -> list[int]:
    """Offsets strictly between a and b, evenly spaced, so that no gap exceeds maxgap."""
    n = -(-(b - a) // maxgap)  # intervals
    out = [a + round(i * (b - a) / n) for i in range(1, n)]
    # every first sick day is a Monday: Saturday -> Friday, Sunday -> Monday (a gap grows by at most 2 days)
    return [o - 1 if o % 7 == 5 else o + 1 if o % 7 == 6 else o for o in out]


# --------------------------------------------------------------------------------------------
# case context
# --------------------------------------------------------------------------------------------


@dataclass
class Ctx:
    key: str
    naam: str  # full name of the employee
    aanhef: str  # "mevrouw Tijhuis" / "de heer Kleinjan"
    kort: str  # first name, used in meeting reports
    dob: dt.date
    functie: str
    uren: int
    adres: str
    wg: str
    wg_adres: str
    aard: str
    lhn: str
    cm: tuple[str, str]  # casemanager (name, function)
    ba: tuple[str, str, str]  # bedrijfsarts (name, organisation, BIG)
    d0: dt.date
    er_style: Style
    arbo_style: Style
    bsn: str = ""
    bsn_fmt: str = "plain"
    belastbaarheid: str = ""
    docs: list[dict[str, Any]] = field(default_factory=list)

    def at(self, off: int) -> dt.date:
        return wd(self.d0 + TD(off))

    def bsn_txt(self, kind: str | None = None) -> str:
        return g.fmt_bsn(self.bsn, kind or self.bsn_fmt)


UWV_STYLE = Style(
    key="uwv",
    org="UWV",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
    font="sans",
    accent=(0, 60, 130),
    letterhead="left",
    footer="UWV  ·  uwv-post.example",
)


def style(key: str, org: str, lines: tuple[str, ...], font: str, accent: tuple[int, int, int], lh: str, **kw: Any) -> Style:
    return Style(key=key, org=org, org_lines=lines, font=font, accent=accent, letterhead=lh, **kw)


# --------------------------------------------------------------------------------------------
# writers
# --------------------------------------------------------------------------------------------


def _degrade(img: Any, rng: random.Random, angle: float) -> Any:
    from PIL import Image, ImageFilter

    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img = img.point(lambda v: int(v * 0.9 + 10))
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=232)
    px = img.load()
    w, h = img.size
    for _ in range(900):
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.randrange(0, 110)
    for _ in range(6):  # copier streaks
        x = rng.randrange(w)
        for y in range(0, h, 3):
            px[x, y] = min(px[x, y], 190)
    return img


def scanned_pages(rel: str, blocks: list[Any], st: Style, dpi: int = 150) -> list[bytes]:
    """Text PDF -> pdftoppm -> Pillow degradation -> JPEG bytes per page."""
    from PIL import Image

    rng = random.Random(g._seed(rel, "holdout9-scan"))
    out = []
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (Path(rel).stem + ".pdf")
        g.write_pdf(src, blocks, st)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(src), str(Path(td) / "p")], check=True)
        for i, p in enumerate(sorted(Path(td).glob("p-*.png"))):
            with Image.open(p) as im:
                img = _degrade(im.convert("L"), rng, rng.uniform(-1.1, 1.1) + 0.1 * i)
            buf = io.BytesIO()
            img.save(buf, "JPEG", quality=58, dpi=(dpi, dpi))
            out.append(buf.getvalue())
    return out


def write_scan_pdf(path: Path, rel: str, blocks: list[Any], st: Style) -> None:
    import img2pdf

    jpgs = scanned_pages(rel, blocks, st)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(
        img2pdf.convert(
            jpgs,
            engine=img2pdf.Engine.internal,
            producer="RICOH IM C3000 Scan-to-PDF",
            creator="RICOH IM C3000",
            creationdate=g.FIXED_DATE,
            moddate=g.FIXED_DATE,
        )
    )


def write_scan_jpg(path: Path, rel: str, blocks: list[Any], st: Style) -> None:
    jpgs = scanned_pages(rel, blocks, st)
    assert len(jpgs) == 1, f"{rel}: a JPEG scan must be one page, got {len(jpgs)}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(jpgs[0])


def pdf_bytes(name: str, blocks: list[Any], st: Style) -> bytes:
    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / name
        g.write_pdf(p, blocks, st)
        return p.read_bytes()


def write_combined(path: Path, parts: list[tuple[list[Any], Style]]) -> None:
    """One PDF holding several documents one after the other (each starts on a new page)."""
    import pikepdf

    out = pikepdf.Pdf.new()
    srcs = []
    for i, (blocks, st) in enumerate(parts):
        src = pikepdf.Pdf.open(io.BytesIO(pdf_bytes(f"part{i}_{path.stem}.pdf", blocks, st)))
        srcs.append(src)
        out.pages.extend(src.pages)
    with out.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = path.stem
    out.docinfo["/Producer"] = pikepdf.String("Microsoft: Print To PDF")
    out.docinfo["/CreationDate"] = pikepdf.String("D:20250101090000Z")
    path.parent.mkdir(parents=True, exist_ok=True)
    out.save(path, static_id=True, deterministic_id=False)


def msgid(c: Ctx, rel: str) -> str:
    return f"<{hashlib.sha256((c.key + rel).encode()).hexdigest()[:20]}@{c.key.replace('_', '-')}.example>"


def write_doc(c: Ctx, doc: dict[str, Any]) -> None:
    path = CASES / c.key / doc["rel"]
    kind = doc["kind"]
    if kind == "pdf":
        g.write_pdf(path, doc["blocks"], doc["style"])
    elif kind == "docx":
        g.write_docx(path, doc["blocks"], doc["style"])
    elif kind == "scanpdf":
        write_scan_pdf(path, doc["rel"], doc["blocks"], doc["style"])
    elif kind == "scanjpg":
        write_scan_jpg(path, doc["rel"], doc["blocks"], doc["style"])
    elif kind == "combined":
        write_combined(path, doc["parts"])
    elif kind == "eml":
        atts = []
        for a in doc.get("attach", []):
            atts.append(g.Attachment(a["name"], pdf_bytes(a["name"], a["blocks"], a["style"]), "application/pdf"))
        headers = {
            "From": doc["from"],
            "To": doc["to"],
            "Subject": doc["subject"],
            "Date": g.mail_date(doc["date"], doc.get("hour", 10), doc.get("minute", 12)),
            "Message-ID": msgid(c, doc["rel"]),
        }
        g.write_eml(path, headers, doc["body"], atts)
    else:
        raise ValueError(kind)


def add(c: Ctx, rel: str, kind: str, blocks: list[Any] | None = None, st: Style | None = None, **kw: Any) -> str:
    c.docs.append({"rel": rel, "kind": kind, "blocks": blocks, "style": st, **kw})
    return rel


# --------------------------------------------------------------------------------------------
# document templates (functional wording only; no diagnosis, treatment or medication anywhere)
# --------------------------------------------------------------------------------------------


def head(c: Ctx, date: dt.date, extra: list[tuple[str, str]] | None = None, bsn_kind: str | None = None,
         datum_label: str = "Datum") -> Fields:
    items = [
        ("Naam werknemer", c.naam),
        ("Geboortedatum", fd(c.dob, "dash")),
        ("BSN", c.bsn_txt(bsn_kind)),
        ("Functie", f"{c.functie} ({c.uren} uur per week)"),
        ("Werkgever", c.wg),
        ("Eerste ziektedag", fd(c.d0)),
        (datum_label, fd(date)),
    ]
    return Fields(items + (extra or []))


def sig_ba(c: Ctx, date: dt.date, ba: tuple[str, str, str] | None = None) -> Sig:
    n, _org, big = ba or c.ba
    return Sig("Bedrijfsarts", n, f"bedrijfsarts, BIG {big}", fd(date))


def sig_er(c: Ctx, date: dt.date | None, signed: bool = True, who: tuple[str, str] | None = None) -> Sig:
    n, f = who or c.cm
    if not signed:
        return Sig("Namens de werkgever", n, f, "Datum: ..................", signed=False)
    return Sig("Namens de werkgever", n, f, fd(date) if date else "")


def sig_wn(c: Ctx, date: dt.date | None, signed: bool = True) -> Sig:
    if not signed:
        return Sig("Werknemer", c.naam, "", "Datum: ..................", signed=False)
    return Sig("Werknemer", c.naam, "", fd(date) if date else "")


def t_pa(c: Ctx, date: dt.date, prognose: str, advies: list[str], ba: tuple[str, str, str] | None = None,
         d0: dt.date | None = None, extra_para: str = "") -> list[Any]:
    hf = head(c, date, [("Bedrijfsarts", (ba or c.ba)[0]), ("Arbodienst", (ba or c.ba)[1])])
    if d0 is not None:  # an earlier spell: its own first sick day
        hf.items = [(k, fd(d0) if k == "Eerste ziektedag" else v) for k, v in hf.items]
    blocks: list[Any] = [
        Title("Probleemanalyse", sub="Oordeel en advies van de bedrijfsarts (art. 2 Regeling procesgang)"),
        hf,
        Heading("Dreigend langdurig verzuim"),
        Para(f"Er is sprake van dreigend langdurig verzuim. {(c.aanhef[:1].upper() + c.aanhef[1:])} is sinds {fd(d0 or c.d0)} "
             "arbeidsongeschikt voor het eigen werk."),
        Heading("Beperkingen en mogelijkheden (belastbaarheid)"),
        Para(c.belastbaarheid),
        Heading("Prognose"),
        Para(prognose),
        Heading("Advies aan werkgever en werknemer"),
        Bullets(advies),
    ]
    if extra_para:
        blocks.append(Para(extra_para))
    blocks += [
        Para("Dit advies bevat geen medische gegevens. Werkgever en werknemer stellen binnen twee weken samen een "
             "plan van aanpak op."),
        Signatures([sig_ba(c, date, ba)]),
    ]
    return blocks


def t_pva(c: Ctx, date: dt.date, pa_date: dt.date, doel: str, acts: list[list[str]], first_eval: dt.date,
          visie_wg: str, visie_wn: str, signed_wn: bool = True, concept: bool = False) -> list[Any]:
    title = Title("Plan van aanpak", sub="Re-integratie (art. 4 Regeling procesgang)" + (" — CONCEPT v1" if concept else ""))
    return [
        title,
        head(c, date, [("Datum probleemanalyse", fd(pa_date)), ("Casemanager", f"{c.cm[0]}, {c.cm[1]}")]),
        Heading("Re-integratiedoel"),
        Para(doel),
        Heading("Activiteiten en termijnen"),
        Table(["Activiteit", "Wie", "Termijn"], acts),
        Heading("Evaluatiemomenten"),
        Para(f"Werkgever en werknemer evalueren dit plan ten minste eens per zes weken; de eerste evaluatie is op "
             f"{fd(first_eval)}. Aan het einde van het eerste ziektejaar volgt de eerstejaarsevaluatie."),
        Heading("Casemanager"),
        Para(f"{c.cm[0]} ({c.cm[1]}) coördineert de re-integratie en is het aanspreekpunt voor werknemer en "
             "bedrijfsarts. Werknemer, casemanager en bedrijfsarts ontvangen een kopie van dit plan."),
        Heading("Visie werkgever"),
        Para(visie_wg),
        Heading("Visie werknemer"),
        Para(visie_wn),
        Signatures([sig_er(c, None if concept else date, signed=not concept),
                    sig_wn(c, None if concept else date, signed=signed_wn and not concept)]),
    ]


def t_meeting(c: Ctx, date: dt.date, n: int, stand: str, afspraken: list[str], next_date: dt.date | None,
              title: str = "Verslag voortgangsgesprek", who: tuple[str, str] | None = None,
              extra: str = "", sub: str = "Evaluatie plan van aanpak") -> list[Any]:
    cm = who or c.cm
    blocks: list[Any] = [
        Title(title, sub=f"{sub} — gesprek {n}"),
        head(c, date, [("Aanwezig", f"{c.naam}, {cm[0]} ({cm[1]})")], datum_label="Datum gesprek"),
        Heading("Stand van zaken"),
        Para(stand),
    ]
    if extra:
        blocks.append(Para(extra))
    blocks += [Heading("Afspraken"), Bullets(afspraken)]
    if next_date is not None:
        blocks.append(Para(f"Volgend gesprek: {fd(next_date)}."))
    blocks.append(Signatures([Sig("Opgesteld door", cm[0], cm[1], fd(date)), sig_wn(c, date)]))
    return blocks


def t_bijst_pa(c: Ctx, date: dt.date, wat: str, advies: list[str]) -> list[Any]:
    return [
        Title("Bijstelling probleemanalyse", sub="Gewijzigde belastbaarheid (art. 4 lid 4 Regeling procesgang)"),
        head(c, date, [("Bedrijfsarts", c.ba[0]), ("Arbodienst", c.ba[1])]),
        Heading("Wat is gewijzigd"),
        Para(wat),
        Heading("Herziene belastbaarheid en advies"),
        Bullets(advies),
        Signatures([sig_ba(c, date)]),
    ]


def t_bijst_pva(c: Ctx, date: dt.date, ref: str, doel: str, acts: list[list[str]], visie_wg: str, visie_wn: str) -> list[Any]:
    return [
        Title("Bijstelling plan van aanpak", sub="Gewijzigde afspraken (art. 4 lid 5 Regeling procesgang)"),
        head(c, date, [("Casemanager", f"{c.cm[0]}, {c.cm[1]}")]),
        Heading("Aanleiding"),
        Para(ref),
        Heading("Nieuw re-integratiedoel"),
        Para(doel),
        Heading("Activiteiten en termijnen"),
        Table(["Activiteit", "Wie", "Termijn"], acts),
        Heading("Evaluatiemomenten"),
        Para("Evaluatie ten minste eens per zes weken in een voortgangsgesprek."),
        Heading("Visie werkgever"),
        Para(visie_wg),
        Heading("Visie werknemer"),
        Para(visie_wn),
        Signatures([sig_er(c, date), sig_wn(c, date)]),
    ]


def t_melding42(c: Ctx, date: dt.date) -> list[Any]:
    return [
        Title("Ziekmelding langdurig zieke werknemer", sub="Melding aan UWV na 42 weken ziekte"),
        Fields([
            ("Werkgever", c.wg),
            ("Loonheffingennummer", c.lhn),
            ("Naam werknemer", c.naam),
            ("BSN", c.bsn_txt()),
            ("Eerste ziektedag", fd(c.d0)),
            ("Datum melding", fd(date)),
        ]),
        Para("Wij melden dat onze werknemer langer dan 42 weken arbeidsongeschikt is. De werknemer werkt gedeeltelijk "
             "/ niet (zie hieronder)."),
        Signatures([Sig("Namens de werkgever", c.cm[0], c.cm[1], fd(date))]),
    ]


def t_uwv_bevestiging(c: Ctx, date: dt.date, melding: dt.date) -> list[Any]:
    return [
        Title("Bevestiging ziekmelding"),
        Fields([("Datum", fd(date)), ("Ons kenmerk", f"ZM-{c.bsn[-4:]}-{date.year}"), ("Betreft", c.naam),
                ("BSN", c.bsn_txt())]),
        Para(f"Geachte heer, mevrouw, op {fd(melding)} ontvingen wij uw melding dat {c.naam} sinds {fd(c.d0)} "
             "ziek is. Wij bevestigen deze melding."),
        Para("Rond het einde van het eerste ziektejaar maakt u samen met uw werknemer de eerstejaarsevaluatie. "
             "U hoeft die niet naar ons te sturen; bewaar haar in het re-integratiedossier."),
        Signatures([Sig("Met vriendelijke groet", "afdeling Ziekmeldingen", "UWV", "")]),
    ]


def t_ad(c: Ctx, date: dt.date, ad: tuple[str, str], conclusie: str, advies: list[str]) -> list[Any]:
    return [
        Title("Rapportage arbeidsdeskundig onderzoek", sub="Spoor 1 / spoor 2-advies"),
        head(c, date, [("Opdrachtgever", c.wg), ("Arbeidsdeskundige", f"{ad[0]}, {ad[1]}")]),
        Heading("Functiebelasting en belastbaarheid"),
        Para(f"De belasting in de functie {c.functie.lower()} is vergeleken met de belastbaarheid volgens de "
             f"bedrijfsarts. {conclusie}"),
        Heading("Advies"),
        Bullets(advies),
        Signatures([Sig("Arbeidsdeskundige", ad[0], "register-arbeidsdeskundige", fd(date))]),
    ]


def t_eje(c: Ctx, date: dt.date, terug: str, jaar2: str, spoor2: str, visie_wg: str, visie_wn: str,
          concept: bool = False) -> list[Any]:
    return [
        Title("Eerstejaarsevaluatie", sub="Evaluatie eerste ziektejaar (art. 4 lid 2 Regeling procesgang)"),
        head(c, date, [("Casemanager", f"{c.cm[0]}, {c.cm[1]}")],
             datum_label="Datum gesprek" if concept else "Datum"),
        Heading("Terugblik op het eerste ziektejaar"),
        Para(terug),
        Heading("Beoogd re-integratieresultaat tweede ziektejaar"),
        Para(jaar2),
        Heading("Spoor 2"),
        Para(spoor2),
        Heading("Visie werkgever"),
        Para(visie_wg),
        Heading("Visie werknemer"),
        Para(visie_wn),
        Signatures([sig_er(c, None if concept else date, signed=not concept),
                    sig_wn(c, None if concept else date, signed=not concept)]),
    ]


def t_traject(c: Ctx, date: dt.date, bureau: tuple[str, str], zoek: str) -> list[Any]:
    return [
        Title("Trajectplan tweede spoor", sub="Intake en plan van het re-integratietraject"),
        head(c, date, [("Opdrachtgever", c.wg), ("Loopbaancoach", f"{bureau[0]}, {bureau[1]}")]),
        Heading("Persoonsprofiel"),
        Para(f"{(c.aanhef[:1].upper() + c.aanhef[1:])} heeft ervaring als {c.functie.lower()} en wil werken binnen de grenzen van de "
             "belastbaarheid zoals de bedrijfsarts die beschreef."),
        Heading("Zoekprofiel"),
        Para(zoek),
        Heading("Activiteiten"),
        Bullets(["arbeidsmarktoriëntatie en beroepskeuze (weken 1-6)", "sollicitatietraining en netwerkgesprekken",
                 "gericht solliciteren, minimaal twee acties per week", "maandelijkse rapportage aan werkgever"]),
        Signatures([Sig("Loopbaancoach", bureau[0], bureau[1], fd(date)), sig_wn(c, date)]),
    ]


def t_voortgang(c: Ctx, date: dt.date, bureau: tuple[str, str], n: int, van: dt.date, acties: str) -> list[Any]:
    return [
        Title("Voortgangsrapportage tweede spoor", sub=f"Rapportage {n}"),
        head(c, date, [("Rapportageperiode", f"{fd(van, 'dash')} t/m {fd(date, 'dash')}"),
                       ("Loopbaancoach", f"{bureau[0]}, {bureau[1]}")]),
        Heading("Activiteiten in de rapportageperiode"),
        Para(acties),
        Heading("Inzet werknemer"),
        Para("De werknemer komt afspraken na en neemt actief deel aan de activiteiten."),
        Signatures([Sig("Loopbaancoach", bureau[0], bureau[1], fd(date))]),
    ]


def t_eindrap(c: Ctx, date: dt.date, bureau: tuple[str, str], resultaat: str) -> list[Any]:
    return [
        Title("Eindrapportage tweede spoor", sub="Afsluiting re-integratietraject"),
        head(c, date, [("Loopbaancoach", f"{bureau[0]}, {bureau[1]}")]),
        Heading("Resultaat traject"),
        Para(resultaat),
        Heading("Advies"),
        Para("Wij adviseren de werknemer het netwerk te blijven benutten en de opgedane sollicitatievaardigheden in te "
             "zetten."),
        Signatures([Sig("Loopbaancoach", bureau[0], bureau[1], fd(date))]),
    ]


def t_uwv88(c: Ctx, date: dt.date, uiterlijk: dt.date) -> list[Any]:
    return [
        Title("U kunt een WIA-uitkering aanvragen"),
        Fields([("Datum", fd(date)), ("Aan", c.naam), ("BSN", c.bsn_txt()), ("Eerste ziektedag", fd(c.d0))]),
        Para(f"Geachte {c.aanhef}, u bent bijna twee jaar ziek. Daarom kunt u een WIA-uitkering aanvragen. Doe dit "
             f"uiterlijk op {fd(uiterlijk)}. Uw werkgever stelt samen met u het re-integratieverslag op en geeft u "
             "daarvan een kopie."),
        Para("De medische informatie stuurt u niet via uw werkgever."),
        Signatures([Sig("Met vriendelijke groet", "UWV Klantcontact", "", "")]),
    ]


def t_ao(c: Ctx, date: dt.date, stand: str, belast: str, arbeidsrelatie: str, passend: str,
         ba: tuple[str, str, str] | None = None, extra: str = "") -> list[Any]:
    blocks: list[Any] = [
        Title("Actueel oordeel", sub="Actueel oordeel bij de probleemanalyse — ten behoeve van de WIA-aanvraag"),
        head(c, date, [("Bedrijfsarts", (ba or c.ba)[0]), ("Arbodienst", (ba or c.ba)[1])]),
        Heading("Stand van zaken re-integratie"),
        Para(stand),
        Heading("Belastbaarheid (beperkingen en mogelijkheden)"),
        Para(belast),
        Heading("Arbeidsrelatie"),
        Para(arbeidsrelatie),
        Heading("Passende arbeid bij de werkgever"),
        Para(passend),
    ]
    if extra:
        blocks.append(Para(extra))
    blocks.append(Signatures([sig_ba(c, date, ba)]))
    return blocks


def t_ev(c: Ctx, date: dt.date, terug: str, arbeidsrelatie: str, passend: str, ao_date: dt.date,
         visie_wn: str, signed_er: bool = True, date_wn: dt.date | None = None) -> list[Any]:
    return [
        Title("Eindevaluatie", sub="Eindevaluatie plan van aanpak — re-integratieverslag WIA-aanvraag"),
        head(c, date, [("Casemanager", f"{c.cm[0]}, {c.cm[1]}"), ("Datum actueel oordeel", fd(ao_date))]),
        Heading("Aard van het bedrijf"),
        Para(c.aard),
        Heading("Terugblik op twee jaar re-integratie"),
        Para(terug),
        Heading("Kwaliteit van de arbeidsrelatie (oordeel werkgever)"),
        Para(arbeidsrelatie),
        Heading("Passende arbeid bij de werkgever (oordeel werkgever)"),
        Para(passend),
        Heading("Visie werknemer"),
        Para(visie_wn),
        Signatures([sig_er(c, date, signed=signed_er), sig_wn(c, date_wn or date)]),
    ]


def t_ow(c: Ctx, date: dt.date, eens: bool, tekst: str, title: str = "Oordeel werknemer") -> list[Any]:
    return [
        Title(title, sub="Mijn oordeel over het re-integratieverslag"),
        Fields([("Naam", c.naam), ("BSN", c.bsn_txt()), ("Geboortedatum", fd(c.dob, "dash")),
                ("Werkgever", c.wg), ("Datum", fd(date))]),
        Para("Ik ben het eens met de inhoud van het re-integratieverslag." if eens else
             "Ik ben het niet op alle punten eens met het re-integratieverslag."),
        Para(tekst),
        Signatures([sig_wn(c, date)]),
    ]


def mail_hdr(name: str, addr: str) -> str:
    return f"{name} <{addr}>"


# --------------------------------------------------------------------------------------------
# expectation helpers
# --------------------------------------------------------------------------------------------


def E(code: str, why: str, **kw: Any) -> dict[str, Any]:
    e: dict[str, Any] = {"code": code}
    for k in ("type", "path", "severity"):
        if k in kw and kw[k] is not None:
            e[k] = kw[k]
    e["why"] = why
    return e


NOT_DUE_WHY = ("§8.1/§2.2: the AO (weeks 88-91), EV (week 91) and the oordeel werknemer come with the WIA application; "
               "at week {w} they are not due, so no error")


def not_due_errors(w: int, types: tuple[str, ...] = ("actueel_oordeel", "eindevaluatie", "oordeel_werknemer")) -> list[dict[str, Any]]:
    return [E("missing", NOT_DUE_WHY.format(w=w), type=t, severity="error") for t in types]


def present(types: list[str], why: str = "§8.1/§8.2: present in the folder") -> list[dict[str, Any]]:
    return [E("missing", why, type=t) for t in types]


def common_tail(no_yaml: bool = False, skip: tuple[str, ...] = ()) -> list[dict[str, Any]]:
    out = [
        E("bsn_invalid", "§8.5/§5.2: every BSN in the case passes the elfproef (asserted by the generator)"),
        E("bsn_mismatch", "§8.5: one BSN throughout (written plain, with dots or with spaces)"),
        E("medical_data", "§8.7/§5.3: functional wording only; no diagnosis, treatment, medication or specialist"),
        E("no_first_sick_day", "the first sick day is in every RIV document" + ("" if no_yaml else " and in dossier.yaml")),
        E("override_unused", "dossier.yaml has no overrides" if not no_yaml else "there is no dossier.yaml"),
    ]
    return [e for e in out if e["code"] not in skip]


# --------------------------------------------------------------------------------------------
# case A: week 10, no probleemanalyse (no dossier.yaml)
# --------------------------------------------------------------------------------------------


def case_a(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2026, 3, 2)
    er = style("vanoordt", "Bakkerij Van Oordt B.V.", ("Kerkstraat 14, 7441 BK Nijverdal", "KvK 61830927"),
               "serif", (120, 60, 20), "left", footer="Bakkerij Van Oordt B.V. · personeelszaken@vanoordt-bakkerij.example")
    arbo = style("zuiderlicht", "Arbodienst Zuiderlicht", ("Stationsweg 3, 7607 GX Almelo", "planning@zuiderlicht-arbo.example"),
                 "sans", (10, 110, 90), "band", fields_as_table=True)
    c = Ctx("week10_pa_ontbreekt", "Marloes Tijhuis", "mevrouw Tijhuis", "Marloes", D(1988, 11, 23),
            "Verkoopmedewerker bakkerij", 28, "Hellendoornseweg 77, 7443 RJ Nijverdal", er.org,
            "Kerkstraat 14, 7441 BK Nijverdal", "Ambachtelijke bakkerij met vier winkels en een eigen bakkerij; 38 medewerkers.",
            "8214.63.507.L01", ("Nadia Bouzid", "HR-medewerker, casemanager"),
            ("drs. R.J. Haverkamp", arbo.org, "39051287401"), d0, er, arbo)
    c.bsn = g.make_bsn(rng)
    lg = ("Evert Klomp", "bedrijfsleider winkels")
    A = c.at

    add(c, "Verzuim/Ziekmelding intern 2026-03-02.pdf", "pdf", [
        Title("Ziekmelding medewerker"),
        Fields([("Naam werknemer", c.naam), ("BSN", c.bsn_txt()), ("Functie", c.functie), ("Eerste ziektedag", fd(d0)),
                ("Datum melding", fd(d0)), ("Verwachte duur", "onbekend"), ("Bereikbaar", "thuisadres, 06-1234 0987"),
                ("Bedrijfsongeval", "nee"), ("Verkeersongeval met derde", "nee")]),
        Para("Melding telefonisch ontvangen om 7.40 uur. Doorgegeven aan HR en aan de arbodienst."),
        Signatures([Sig("Opgenomen door", lg[0], lg[1], fd(d0))]),
    ], er)
    add(c, "Verzuim/Doorgifte ziekmelding aan arbodienst.eml", "eml", date=A(1),
        **{"from": mail_hdr(c.cm[0], "n.bouzid@vanoordt-bakkerij.example"),
           "to": mail_hdr("Planning Zuiderlicht", "planning@zuiderlicht-arbo.example"),
           "subject": f"Ziekmelding {c.naam}",
           "body": (f"Goedemorgen,\n\nHierbij melden wij de ziekte van {c.naam} (BSN {c.bsn_txt('spaces')}), "
                    f"{c.functie.lower()}, eerste ziektedag {fd(d0)}. Verwachte duur onbekend.\n"
                    "Wilt u haar oproepen voor het spreekuur?\n\nMet vriendelijke groet,\n"
                    f"{c.cm[0]}\n{c.cm[1]}, {er.org}\n")})
    add(c, "Arbodienst/Terugkoppeling spreekuur 11-03-2026.pdf", "pdf", [
        Title("Terugkoppeling spreekuur", sub="Advies aan werkgever en werknemer"),
        head(c, A(9), [("Bedrijfsarts", c.ba[0])], bsn_kind="spaces"),
        Para("Mevrouw is arbeidsongeschikt voor het eigen werk. Er is op dit moment geen sprake van dreigend "
             "langdurig verzuim; ik verwacht hervatting binnen twee tot vier weken. Een probleemanalyse is daarom nu "
             "niet opgesteld."),
        Para("Advies: houd wekelijks contact. Volgend spreekuur over vier weken."),
        Signatures([sig_ba(c, A(9))]),
    ], arbo)
    add(c, "Gesprekken/Telefonisch contact 13-03.docx", "docx", [
        Title("Notitie contactmoment"),
        Fields([("Naam werknemer", c.naam), ("Datum", fd(A(11))), ("Door", f"{lg[0]}, {lg[1]}")]),
        Para("Telefonisch contact. Marloes geeft aan dat het herstel langzaam gaat. Afgesproken dat zij over twee weken "
             "op de zaak langskomt voor een kop koffie."),
    ], er)
    m_offsets = [24, 38, 52, 65]
    notes = {
        24: ("Marloes is nog volledig arbeidsongeschikt. Zij komt op de zaak langs en spreekt collega's.",
             ["wekelijks telefonisch contact", "Marloes gaat op 8 april naar het spreekuur"]),
        38: ("De bedrijfsarts heeft op 8 april aangegeven dat er nu wel sprake is van dreigend langdurig verzuim. We "
             "wachten op de probleemanalyse; daarna maken we samen het plan van aanpak.",
             ["HR vraagt de arbodienst om de probleemanalyse", "Marloes blijft in contact met de winkel"]),
        52: ("Marloes is op 22 april op het spreekuur geweest. De bedrijfsarts ziet mogelijkheden voor licht werk, "
             "de probleemanalyse volgt volgens de bedrijfsarts binnen een week.",
             ["start licht werk 2 x 2 uur per week achter de toonbank (geen bakkerij)", "plan van aanpak na ontvangst probleemanalyse"]),
        65: ("Marloes werkt 2 x 2 uur per week in de winkel. De probleemanalyse is er nog steeds niet; HR heeft de "
             "arbodienst op 4 mei opnieuw gemaild. Het plan van aanpak kan pas na de probleemanalyse.",
             ["uitbreiding naar 3 x 3 uur per week", "plan van aanpak opstellen zodra de probleemanalyse binnen is"]),
    }
    for i, o in enumerate(m_offsets):
        nxt = A(m_offsets[i + 1]) if i + 1 < len(m_offsets) else A(79)
        blocks = t_meeting(c, A(o), i + 1, notes[o][0], notes[o][1], nxt, title="Verslag verzuimgesprek", who=lg,
                           sub="Verzuimbegeleiding")
        rel = f"Gesprekken/Verslag gesprek {A(o).isoformat()}.pdf"
        if o == 52:
            add(c, f"Gesprekken/scan gesprek {fd(A(o), 'dash')[:5]}.jpg", "scanjpg", blocks[:1] + [
                Fields([("Naam werknemer", c.naam), ("BSN", c.bsn_txt()), ("Eerste ziektedag", fd(d0)),
                        ("Datum gesprek", fd(A(o)))]),
            ] + blocks[2:], er)
        else:
            add(c, rel, "pdf", blocks, er)
    add(c, "Arbodienst/Terugkoppeling spreekuur 08-04-2026.pdf", "pdf", [
        Title("Terugkoppeling spreekuur", sub="Advies aan werkgever en werknemer"),
        head(c, A(37), [("Bedrijfsarts", c.ba[0])], bsn_kind="spaces"),
        Para("Het herstel verloopt trager dan verwacht. Er is nu sprake van dreigend langdurig verzuim. De "
             "probleemanalyse stel ik op na het vervolgspreekuur van 22 april 2026."),
        Para("Advies: contact houden; nog geen werkhervatting."),
        Signatures([sig_ba(c, A(37))]),
    ], arbo)
    add(c, "Arbodienst/Uitnodiging spreekuur 22 april.pdf", "pdf", [
        Title("Uitnodiging spreekuur bedrijfsarts"),
        Fields([("Aan", c.naam), ("Adres", c.adres), ("BSN", c.bsn_txt("spaces")), ("Datum brief", fd(A(44)))]),
        Para(f"Geachte mevrouw Tijhuis, u wordt verwacht op het spreekuur van {c.ba[0]} op woensdag 22 april 2026 om "
             "10.20 uur, Stationsweg 3 in Almelo. In dit gesprek komt de probleemanalyse aan de orde."),
        Signatures([Sig("Met vriendelijke groet", "Planning", c.ba[1], "")]),
    ], arbo)
    add(c, "Arbodienst/Terugkoppeling spreekuur 22-04-2026.pdf", "pdf", [
        Title("Terugkoppeling spreekuur", sub="Advies aan werkgever en werknemer"),
        head(c, A(51), [("Bedrijfsarts", c.ba[0])], bsn_kind="spaces"),
        Para("Mevrouw kan starten met licht werk: 2 x 2 uur per week, zonder tillen boven 5 kg en zonder werk in de "
             "bakkerij. De probleemanalyse met het volledige advies ontvangt u separaat binnen een week."),
        Signatures([sig_ba(c, A(51))]),
    ], arbo)
    add(c, "Verzuim/RE_ probleemanalyse Tijhuis.eml", "eml", date=A(63), hour=14, minute=3,
        **{"from": mail_hdr("Planning Zuiderlicht", "planning@zuiderlicht-arbo.example"),
           "to": mail_hdr(c.cm[0], "n.bouzid@vanoordt-bakkerij.example"),
           "subject": "RE: probleemanalyse Tijhuis",
           "body": ("Beste Nadia,\n\nExcuses voor de vertraging. Drs. Haverkamp is tot en met 11 mei afwezig; de "
                    "probleemanalyse van mevrouw Tijhuis wordt daarna opgesteld en toegestuurd.\n\n"
                    "Met vriendelijke groet,\nPlanning Arbodienst Zuiderlicht\n\n"
                    f"-----Oorspronkelijk bericht-----\nVan: {c.cm[0]}\nVerzonden: {fd(A(63))} 09:12\n"
                    "Onderwerp: probleemanalyse Tijhuis\n\n"
                    f"Wij hebben de probleemanalyse van {c.naam} (eerste ziektedag {fd(d0, 'dash')}) nog steeds niet "
                    "ontvangen. De termijn van zes weken is verstreken en wij kunnen zonder probleemanalyse geen plan "
                    "van aanpak maken. Graag per omgaande.\n")})
    add(c, "Verzuim/Verzuimoverzicht Tijhuis.pdf", "pdf", [
        Title("Verzuimoverzicht", sub="Export verzuimregistratie"),
        Fields([("Naam", c.naam), ("BSN", c.bsn_txt()), ("Datum export", fd(A(66)))]),
        Table(["Eerste ziektedag", "Hersteld", "Duur", "Soort"],
              [["13-10-2025", "16-10-2025", "4 dagen", "kort verzuim"], [fd(d0, "dash"), "-", "lopend", "lopend verzuim"]]),
        Para("Het verzuim van oktober 2025 ligt meer dan vier weken voor het huidige verzuim en telt niet mee."),
    ], er)
    add(c, "Personeel/Functieomschrijving verkoopmedewerker.docx", "docx", [
        Title("Functieomschrijving", sub="Verkoopmedewerker bakkerij"),
        Para("Verkoop en advies aan de toonbank, afrekenen, vullen van schappen, aannemen van bestellingen, schoonhouden "
             "van de winkel. Vaststelling: 1 september 2023."),
    ], er)
    add(c, "Personeel/Arbeidsovereenkomst Tijhuis 2021.pdf", "pdf", [
        Title("Arbeidsovereenkomst voor onbepaalde tijd"),
        Fields([("Werknemer", c.naam), ("Geboortedatum", fd(c.dob, "dash")), ("BSN", c.bsn_txt()),
                ("Datum in dienst", "1 april 2021"), ("Arbeidsduur", "28 uur per week")]),
        Para("Op deze overeenkomst is de cao voor het bakkersbedrijf van toepassing."),
        Signatures([Sig("Werkgever", "J. van Oordt", "directeur", "15 maart 2021"), Sig("Werknemer", c.naam, "", "15 maart 2021")]),
    ], er)

    as_of = A(67)
    w = week(d0, as_of)
    pa_paths = ["Arbodienst/Terugkoppeling spreekuur 11-03-2026.pdf", "Arbodienst/Terugkoppeling spreekuur 08-04-2026.pdf",
                "Arbodienst/Terugkoppeling spreekuur 22-04-2026.pdf"]
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (f"checked in week {w} (D0+{(as_of - d0).days}); there is no dossier.yaml, the first sick day "
                    f"({d0.isoformat()}) is in the sick report and in every arbodienst and meeting document. No "
                    "probleemanalyse: due by D0+42, still not written (the bedrijfsarts is away, says the arbodienst's "
                    "mail of week 10). Traps: three 'Terugkoppeling spreekuur' letters from the bedrijfsarts (weeks 2, 6 "
                    "and 8) say 'probleemanalyse' (not needed yet / will follow / follows separately) and the last one "
                    "gives work advice; an invitation for the spreekuur where 'de probleemanalyse aan de orde komt'; "
                    "meeting reports and an e-mail complain that the PA is missing; an earlier 4-day spell in October "
                    "2025 (more than 4 weeks before, not added); one meeting report is a JPEG copier scan; the last "
                    "meeting names the next one (after as_of). No plan van aanpak exists either (it can only follow the "
                    "PA), so the set neither requires nor forbids a finding about it."),
        "must": [E("missing", "§8.1 Completeness (E): the probleemanalyse must exist; §8.3 PA ≤ D0+42, now D0+67. The "
                   "terugkoppelingen only announce it", type="probleemanalyse", severity="error")],
        "must_not": [
            *[E("late", "§8.3 'PA ≤ D0+42' applies to a PA; a terugkoppeling that says the PA will follow is no PA, and a "
                "missing PA is `missing`, not `late`", type="probleemanalyse", path=p) for p in pa_paths],
            E("missing", f"§8.1: the EJE is required only once D0 + 52 weeks has passed; this is week {w}",
              type="eerstejaarsevaluatie"),
            *not_due_errors(w),
            E("missing", "§8.3: the 42e-weeksmelding is due at D0+294, far ahead", type="ziekmelding_uwv"),
            E("late", "§8.3: the 42e-weeksmelding is due at D0+294", type="ziekmelding_uwv"),
            E("missing", "§8.2: an AD-rapport is expected only without return to own work by week 52",
              type="arbeidsdeskundig_rapport"),
            E("missing", "§8.2/§8.3: no 2nd track is called for in week 10", type="trajectplan_tweede_spoor"),
            E("evaluation_gap", "§8.3: contact moments at most 14 days apart"),
            E("future", "no document is dated after as_of; 'Volgend gesprek' in the last report is a reference"),
            E("outdated", "no AO or EV exists, nothing can be outdated"),
            E("order", "no AO or EV exists"),
            E("duplicate", "every document is different"),
            E("early", "nothing is early"),
            *common_tail(no_yaml=True),
        ],
    }
    return c, exp, None


# --------------------------------------------------------------------------------------------
# case B: week 45, bijstelling PvA present, original PvA missing; an EJE form dated ahead
# --------------------------------------------------------------------------------------------


def case_b(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2025, 12, 8)
    er = style("kortenhoef", "Installatiebedrijf Kortenhoef & Zn. B.V.", ("Industrieweg 41, 3861 NK Nijkerk", "www.kortenhoef-installatie.example"),
               "condensed", (200, 90, 0), "right")
    arbo = style("lingewaard", "ArboPunt Lingewaard", ("Zeelandsingel 12, 6662 VJ Elst", "Verzuimnummer 40118"),
                 "sans", (60, 60, 140), "left")
    ad_style = style("teunissen", "Arbeidsdeskundig Adviesbureau Teunissen", ("Kastanjelaan 8, 3833 AN Leusden",), "serif", (90, 90, 90), "centered")
    c = Ctx("week45_bijstelling_zonder_pva", "Joost Wildervanck", "de heer Wildervanck", "Joost", D(1979, 5, 30),
            "Monteur elektrotechniek", 40, "Slichtenhorsterweg 5, 3862 AB Nijkerk", er.org, "Industrieweg 41, 3861 NK Nijkerk",
            "Installatiebedrijf voor elektrotechniek in woningbouw en utiliteit; 64 medewerkers.", "8092.15.633.L01",
            ("Ilse Brandsma", "HR-adviseur, casemanager"), ("M.C. Oosterwijk", arbo.org, "69104355201"), d0, er, arbo)
    c.bsn = g.make_bsn(rng)
    c.belastbaarheid = ("Beperkt in zwaar tillen (boven 10 kg), werken boven schouderhoogte, ladder- en steigerwerk en "
                        "langdurig knielen. Licht werk in wisselende houdingen is mogelijk, opbouwend van 2 x 3 uur per dag.")
    A = c.at
    new_cm = ("Ruud Scheepmaker", "bedrijfsleider, casemanager")
    pva_date = A(42)

    add(c, "01 Probleemanalyse/PA Wildervanck.pdf", "pdf",
        t_pa(c, A(31), "Naar verwachting is terugkeer in het eigen werk binnen drie tot zes maanden mogelijk.",
             ["start met licht werk op de werkplaats, 2 x 3 uur per dag", "opbouw in overleg met de bedrijfsarts",
              "evaluatie op het spreekuur over zes weken"]), arbo)
    meet = [70, 105, 140, 189, 224, 259, 294]
    stand = {
        70: (f"Joost werkt 3 x 3 uur per week op de werkplaats (voorbereiden van materiaal). De afspraken uit het plan van "
             f"aanpak van {fd(pva_date)} worden nagekomen.", ["opbouw naar 4 x 4 uur", "geen werk op de bouwplaats"]),
        105: ("Opbouw naar 4 x 4 uur is gelukt. Werken boven schouderhoogte lukt nog niet.",
              ["opbouw naar 4 x 5 uur", "bespreken op spreekuur bedrijfsarts"]),
        140: ("De opbouw stagneert op 16 uur per week. De bedrijfsarts wordt gevraagd de probleemanalyse bij te stellen.",
              ["spreekuur bedrijfsarts", "daarna bijstelling plan van aanpak"]),
        189: ("Joost werkt 20 uur per week als assistent werkvoorbereider volgens het bijgestelde plan van aanpak. Ruud "
              "Scheepmaker neemt het casemanagement over van Ilse Brandsma.",
              ["opbouw naar 24 uur", "interne cursus werkvoorbereiding"]),
        224: ("24 uur per week als assistent werkvoorbereider. De cursus loopt.", ["opbouw naar 28 uur"]),
        259: ("28 uur per week. Werkvoorbereiding lijkt passend; beoordeling door een arbeidsdeskundige volgt rond week 47.",
              ["opdracht arbeidsdeskundig onderzoek", "42e-weeksmelding door HR"]),
        294: (f"28 uur per week. De 42e-weeksmelding is gedaan. De eerstejaarsevaluatie is gepland op {fd(A(336))}.",
              ["eerstejaarsevaluatie voorbereiden", "rapport arbeidsdeskundige afwachten"]),
    }
    for i, o in enumerate(meet):
        nxt = A(meet[i + 1]) if i + 1 < len(meet) else A(338)
        who = c.cm if o < 189 else new_cm
        blocks = t_meeting(c, A(o), i + 1, stand[o][0], stand[o][1], nxt, who=who)
        if o == 140:
            add(c, f"03 Gesprekken/Evaluatie {A(o).isoformat()}.docx", "docx", blocks, er)
        elif o == 224:
            add(c, f"03 Gesprekken/Scan evaluatie {A(o).isoformat()}.jpg", "scanjpg", blocks[:2] + blocks[2:4] + blocks[-2:], er)
        else:
            add(c, f"03 Gesprekken/Evaluatie {A(o).isoformat()}.pdf", "pdf", blocks, er)
    add(c, "01 Probleemanalyse/Bijstelling probleemanalyse.pdf", "pdf", t_bijst_pa(
        c, A(146), "De belastbaarheid is blijvend gewijzigd: werk boven schouderhoogte en ladder- en steigerwerk zijn "
        "blijvend niet mogelijk. Terugkeer in het eigen werk als monteur is niet te verwachten.",
        ["aangepast werk zoeken binnen het bedrijf, bijvoorbeeld werkvoorbereiding", "opbouw naar 28 uur per week",
         "het plan van aanpak bijstellen"]), arbo)
    add(c, "02 Plan van aanpak/Bijstelling plan van aanpak (getekend).pdf", "pdf", t_bijst_pva(
        c, A(154), f"Het plan van aanpak van {fd(pva_date)} wordt bijgesteld na de bijstelling van de probleemanalyse "
        f"van {fd(A(146))}.",
        "Aangepast werk bij de eigen werkgever: assistent werkvoorbereider, opbouwend naar 28 uur per week.",
        [["interne cursus werkvoorbereiding", "werkgever", "binnen 8 weken"], ["opbouw uren", "werknemer", "per 4 weken + 4 uur"],
         ["arbeidsdeskundig onderzoek", "werkgever", "rond week 47"]],
        "De werkgever ziet in werkvoorbereiding een duurzame mogelijkheid binnen het bedrijf.",
        "Joost wil graag in het bedrijf blijven en staat open voor werkvoorbereiding."), er)
    add(c, "05 UWV/42e weeks ziekmelding.pdf", "pdf", t_melding42(c, A(287)), er)
    add(c, "05 UWV/Bevestiging ziekmelding UWV.pdf", "pdf", t_uwv_bevestiging(c, A(296), A(287)), UWV_STYLE)
    eje_date = A(336)
    add(c, "03 Gesprekken/Eerstejaarsevaluatie (in te vullen).docx", "docx", t_eje(
        c, eje_date, "(in te vullen tijdens het gesprek)", "(in te vullen tijdens het gesprek)",
        "(in te vullen tijdens het gesprek)", "(in te vullen)", "(in te vullen)", concept=True), er)
    add(c, "mail/Overdracht dossier Wildervanck.eml", "eml", date=A(184), hour=16, minute=41,
        **{"from": mail_hdr(c.cm[0], "i.brandsma@kortenhoef-installatie.example"),
           "to": mail_hdr(new_cm[0], "r.scheepmaker@kortenhoef-installatie.example"),
           "subject": "Overdracht verzuimdossier Joost Wildervanck",
           "body": (f"Hoi Ruud,\n\nVanaf volgende week neem jij het casemanagement van Joost over. Kort de stand:\n"
                    f"- probleemanalyse van {fd(A(31))} staat in de map 01\n"
                    f"- het oorspronkelijke plan van aanpak is op {fd(pva_date)} door Joost en mij getekend; het papieren "
                    "origineel zit in de HR-kast, ik heb het nog niet gescand\n"
                    f"- bijstelling probleemanalyse {fd(A(146))} en bijstelling plan van aanpak {fd(A(154))} staan in de map\n"
                    "- verslagen van de gesprekken in map 03\n\nSucces!\nIlse\n")})
    add(c, "04 Arbeidsdeskundige/Opdrachtbevestiging AD-onderzoek.pdf", "pdf", [
        Title("Opdrachtbevestiging"),
        Fields([("Datum", fd(A(302))), ("Opdrachtgever", c.wg), ("Betreft", f"{c.naam}, BSN {c.bsn_txt()}")]),
        Para(f"Hierbij bevestigen wij de opdracht voor een arbeidsdeskundig onderzoek. Het gesprek met de werknemer "
             f"vindt plaats op {fd(A(323))}; de rapportage volgt binnen twee weken daarna."),
        Signatures([Sig("Met vriendelijke groet", "T. Teunissen", "register-arbeidsdeskundige", fd(A(302)))]),
    ], ad_style)
    add(c, "Personeel/Functieomschrijving Monteur.docx", "docx", [
        Title("Functieomschrijving monteur elektrotechniek"),
        Para("Aanleggen en aansluiten van elektrische installaties in woningen en utiliteitsgebouwen, werken op "
             "steigers en ladders, tillen van kabelhaspels en materiaal. Vastgesteld 2019."),
    ], er)

    as_of = A(312)
    w = week(d0, as_of)
    yml = {"werknemer": {"naam": c.naam, "bsn": c.bsn, "functie": c.functie},
           "werkgever": {"naam": c.wg, "loonheffingennummer": c.lhn.replace(".", ""), "aard_van_het_bedrijf": c.aard},
           "bedrijfsarts": {"naam": c.ba[0], "organisatie": c.ba[1]},
           "casemanager": {"naam": new_cm[0]},
           "eerste_ziektedag": d0}
    eje_rel = "03 Gesprekken/Eerstejaarsevaluatie (in te vullen).docx"
    bijst_rel = "02 Plan van aanpak/Bijstelling plan van aanpak (getekend).pdf"
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "planted": (f"checked in week {w}. (1) The original plan van aanpak (signed {pva_date.isoformat()}, D0+42) is "
                    "not in the folder: the handover e-mail says the paper original was never scanned. Its bijstelling "
                    f"({A(154).isoformat()}, after the bijstelling probleemanalyse of {A(146).isoformat()}) is present and "
                    "carries every PvA element (goal, activities, terms, casemanager, visies, both signatures). (2) The "
                    "casemanager pre-filled the eerstejaarsevaluatie form with the planned meeting date "
                    f"{eje_date.isoformat()} (week {week(d0, eje_date)}, after as_of); nothing else is filled in. Traps: "
                    "meeting reports and the handover mail name the PvA by date; the AD bureau's order confirmation names "
                    "an arbeidsdeskundig onderzoek (appointment after as_of) but is no report; the casemanager changes "
                    "in week 27; one meeting report is a Word file, one a JPEG copier scan; EJE, AD-rapport, 2nd track, "
                    "AO, EV, OW are not due."),
        "must": [
            E("missing", "§8.1 Completeness (E): plan_van_aanpak must exist (BR art. 2 lid 7/8: a bijstelling goes with "
              "the original or in a separate document; it does not replace it); due PA+14, now week 45",
              type="plan_van_aanpak", severity="error"),
            E("future", f"handleiding §6 'future': the EJE form is dated {eje_date.isoformat()}, after as_of "
              f"{as_of.isoformat()}", path=eje_rel),
        ],
        "must_not": [
            *present(["probleemanalyse", "bijstelling_probleemanalyse", "bijstelling_plan_van_aanpak", "ziekmelding_uwv"]),
            E("late", "§8.3: PA ≤ D0+42; it is at D0+31", type="probleemanalyse"),
            E("late", "§8.3: 42e-weeksmelding ≤ D0+294; it is at D0+287", type="ziekmelding_uwv"),
            E("late", "the bijstelling PvA follows the bijstelling PA after 10 days", type="bijstelling_plan_van_aanpak"),
            E("missing", f"§8.1: the EJE is required once D0 + 52 weeks has passed; this is week {w} (a dated-ahead form "
              "does not change that)", type="eerstejaarsevaluatie"),
            E("early", "§8.3: nothing is dated before a window (the EJE form's date is in week 49, inside 46-52)",
              type="eerstejaarsevaluatie"),
            E("missing", "§8.2: AD-rapport only expected after week 52 without return to own work",
              type="arbeidsdeskundig_rapport"),
            E("missing", "§8.2/§8.3: track 1 aangepast werk in the firm, 28 hours; D0+406 not reached",
              type="trajectplan_tweede_spoor"),
            *not_due_errors(w),
            E("unsigned", "§8.5: the bijstelling PvA is signed by employer and employee", type="bijstelling_plan_van_aanpak",
              path=bijst_rel),
            E("content", "§8.6: the bijstelling PvA has goal, activities, terms, evaluation moments and both visies",
              path=bijst_rel),
            E("evaluation_gap", "§8.3: meetings and the bijstelling at most 39 days apart (PA D0+31 to the first "
              "meeting D0+70), the last one 18 days before as_of"),
            E("outdated", "no AO or EV exists"),
            E("order", "no AO or EV exists"),
            E("duplicate", "every document is different"),
            E("future", "the AD order confirmation is dated before as_of (its appointment date is a reference)",
              path="04 Arbeidsdeskundige/Opdrachtbevestiging AD-onderzoek.pdf"),
            *common_tail(),
        ],
    }
    return c, exp, yml


# --------------------------------------------------------------------------------------------
# case C: week 89, inzetbaarheidsprofiel but no AD-rapport; deskundigenoordeel requested, no answer
# --------------------------------------------------------------------------------------------


def case_c(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2024, 12, 2)
    er = style("vanswieten", "Drukkerij Van Swieten B.V.", ("Molenweg 90, 8012 WH Zwolle", "KvK 05117842"),
               "sans", (150, 0, 60), "left", footer="Drukkerij Van Swieten B.V. · hr@vanswieten-druk.example")
    arbo = style("werkfit", "Werkfit Arbo Noord", ("Oude Vismarkt 2, 9711 KD Groningen",), "condensed", (0, 120, 120), "band")
    bureau_st = style("debrug", "Loopbaanhuis De Brug", ("Brugstraat 7, 8011 XA Zwolle", "info@loopbaanhuis-debrug.example"),
                      "serif", (40, 90, 40), "centered")
    c = Ctx("week89_izp_geen_ad_do_aanvraag", "Femke Roozendaal", "mevrouw Roozendaal", "Femke", D(1983, 2, 14),
            "Operator drukpers", 38, "Assendorperstraat 120, 8012 DN Zwolle", er.org, "Molenweg 90, 8012 WH Zwolle",
            "Offset- en digitale drukkerij voor verpakkingen en folders, 110 medewerkers, drieploegendienst.",
            "8531.20.774.L02", ("Pieter Duijvestein", "manager HR, casemanager"), ("A. Bosschaart", arbo.org, "19088211301"),
            d0, er, arbo, bsn_fmt="dots")
    c.bsn = g.make_bsn(rng)
    c.belastbaarheid = ("Beperkt in nachtwerk en ploegendienst, in werk met hoog tempo en in langdurig staan. Dagwerk in "
                        "een rustige omgeving is mogelijk, opbouwend vanaf 2 x 2 uur.")
    A = c.at
    bureau = ("Sietske Hoekstra", "loopbaancoach Loopbaanhuis De Brug")
    appl = A(640)

    add(c, f"Arbodienst/Probleemanalyse {A(34).isoformat()}.pdf", "pdf",
        t_pa(c, A(34), "De prognose voor terugkeer in het eigen werk in ploegendienst is onzeker.",
             ["start met dagwerk, 2 x 2 uur, zonder ploegendienst", "onderzoek naar aangepast werk in dagdienst"]), arbo)
    add(c, "Plan van aanpak/Plan van aanpak Roozendaal.pdf", "pdf", t_pva(
        c, A(45), A(34), "Terugkeer in het eigen werk als operator; zo nodig aangepast werk in dagdienst.",
        [["opbouw in dagdienst", "werknemer/leidinggevende", "per 4 weken"], ["evaluatie", "casemanager", "elke 5 weken"]],
        A(80), "De werkgever wil Femke behouden en zoekt eerst in dagdienst.", "Femke wil terug naar haar eigen werk."), er)
    meet1 = fill(45, 343)
    meet2 = fill(350, 612, 38) + [612]
    stand_txt = {
        "1": "Femke werkt {h} uur per week in dagdienst bij de afwerking. Terugkeer in ploegendienst lukt nog niet.",
        "2": "Femke werkt {h} uur per week in dagdienst (voorbereiding). Het tweede spoor loopt via Loopbaanhuis De Brug.",
    }
    all_meet = meet1 + meet2
    for i, o in enumerate(all_meet):
        h = min(4 + 2 * i, 16)
        txt = (stand_txt["1"] if o < 343 else stand_txt["2"]).format(h=h)
        extra = ""
        afspr = ["opbouw volgens plan", "volgende evaluatie over vijf weken"]
        if o >= 560:
            extra = ("Femke heeft het aangeboden werk als assistent-voorbereider (24 uur) geweigerd. De werkgever heeft "
                     f"op {fd(A(560))} bij UWV een deskundigenoordeel aangevraagd over de vraag of dit werk passend is. "
                     "Het deskundigenoordeel is nog niet ontvangen.")
        nxt = A(all_meet[i + 1]) if i + 1 < len(all_meet) else A(640)
        blocks = t_meeting(c, A(o), i + 1, txt, afspr, nxt, extra=extra)
        add(c, f"Verslagen/{A(o).isoformat()} voortgangsgesprek.pdf", "pdf", blocks, er)
    add(c, "UWV/42e week melding.pdf", "pdf", t_melding42(c, A(283)), er)
    add(c, "UWV/Bevestiging ziekmelding.pdf", "pdf", t_uwv_bevestiging(c, A(292), A(283)), UWV_STYLE)
    add(c, "Arbodienst/Inzetbaarheidsprofiel.pdf", "pdf", [
        Title("Inzetbaarheidsprofiel", sub="Beperkingen en mogelijkheden, opgesteld door de bedrijfsarts"),
        head(c, A(330), [("Bedrijfsarts", c.ba[0])]),
        Table(["Rubriek", "Beperking"], [
            ["1 Persoonlijk functioneren", "beperkt: geen hoog tempo, geen deadlines met tijdsdruk"],
            ["2 Sociaal functioneren", "geen beperkingen"],
            ["3 Fysieke omgevingseisen", "beperkt: geen lawaaiige omgeving langer dan 2 uur"],
            ["4 Dynamische handelingen", "geen beperkingen"],
            ["5 Statische houdingen", "beperkt: staan maximaal 1 uur aaneen"],
            ["6 Werktijden", "beperkt: geen nachtdienst, geen ploegendienst, maximaal 6 uur per dag, 24 uur per week"],
        ]),
        Para("Dit profiel is bedoeld voor werkgever, werknemer en re-integratiebureau en bevat geen medische gegevens."),
        Signatures([sig_ba(c, A(330))]),
    ], arbo)
    add(c, "Evaluaties/Eerstejaarsevaluatie Roozendaal.pdf", "pdf", t_eje(
        c, A(343), "Femke werkt 16 uur in dagdienst in de afwerking. Terugkeer in het eigen werk als operator in "
        "ploegendienst is niet haalbaar gebleken.",
        "Structureel werk voor 24 uur per week, bij voorkeur buiten de ploegendienst.",
        "Er is binnen de drukkerij geen passend dagwerk voor 24 uur. Een arbeidsdeskundig onderzoek is niet aangevraagd; "
        "de werkgever baseert zich op het inzetbaarheidsprofiel van de bedrijfsarts. Het tweede spoor start via "
        "Loopbaanhuis De Brug.",
        "Naast het eerste spoor start nu het tweede spoor.", "Femke vindt het jammer maar begrijpt de keuze."), er)
    add(c, "Plan van aanpak/Bijstelling PvA spoor 2.pdf", "pdf", t_bijst_pva(
        c, A(350), f"Na de eerstejaarsevaluatie van {fd(A(343))} wordt het plan van aanpak bijgesteld.",
        "Spoor 1: aangepast werk in dagdienst zolang beschikbaar. Spoor 2: passend werk bij een andere werkgever.",
        [["aanmelding Loopbaanhuis De Brug", "werkgever", "binnen 2 weken"], ["trajectplan", "bureau", "binnen 4 weken"]],
        "De werkgever zet beide sporen in.", "Femke doet mee aan het tweede spoor."), er)
    add(c, "Tweede spoor/Trajectplan De Brug.pdf", "pdf", t_traject(
        c, A(378), bureau, "Dagwerk in productie-ondersteuning, administratie of logistiek, maximaal 24 uur, zonder "
        "ploegendienst, regio Zwolle."), bureau_st)
    prev = A(378)
    for n, o in enumerate([434, 490, 546, 602], 1):
        add(c, f"Tweede spoor/Voortgangsrapportage {n}.pdf", "pdf", t_voortgang(
            c, A(o), bureau, n, prev, f"In deze periode {4 + n} sollicitaties, {n + 1} netwerkgesprekken en een "
            "proefplaatsing is verkend."), bureau_st)
        prev = A(o)
    add(c, "UWV/Aanvraag deskundigenoordeel werkgever.pdf", "pdf", [
        Title("Aanvraag deskundigenoordeel", sub="Aanvraag door de werkgever"),
        head(c, A(560), [("Aanvrager", f"{c.wg}, {c.cm[0]}")]),
        Heading("Vraag aan UWV"),
        Para("Is het aangeboden werk als assistent-voorbereider in dagdienst, 24 uur per week, passend voor de werknemer?"),
        Heading("Toelichting"),
        Para(f"De werknemer heeft het aanbod op {fd(A(545))} afgewezen. Werkgever en werknemer verschillen van mening."),
        Signatures([Sig("Namens de werkgever", c.cm[0], c.cm[1], fd(A(560)))]),
    ], er)
    add(c, "UWV/Ontvangstbevestiging aanvraag deskundigenoordeel.pdf", "pdf", [
        Title("Ontvangstbevestiging"),
        Fields([("Datum", fd(A(567))), ("Betreft", f"aanvraag deskundigenoordeel {c.naam}"), ("BSN", c.bsn_txt())]),
        Para(f"Wij hebben uw aanvraag voor een deskundigenoordeel van {fd(A(560))} ontvangen. U hoort binnen vier weken "
             "na ontvangst van alle gegevens van ons."),
        Signatures([Sig("Met vriendelijke groet", "Team Deskundigenoordelen", "UWV", "")]),
    ], UWV_STYLE)
    add(c, "UWV/Brief WIA-aanvraag.jpg", "scanjpg", t_uwv88(c, A(611), A(650)), UWV_STYLE)
    add(c, "Arbodienst/Actueel oordeel.pdf", "pdf", t_ao(
        c, A(614), "Mevrouw werkt 16 uur per week in dagdienst. Het tweede spoor loopt nog. Over de passendheid van het "
        "aangeboden werk is een deskundigenoordeel aangevraagd; de uitkomst is nog niet bekend.",
        "Ongewijzigd ten opzichte van het inzetbaarheidsprofiel: geen ploegendienst, maximaal 24 uur per week.",
        "De arbeidsrelatie is zakelijk goed, al verschillen partijen van mening over het aangeboden werk.",
        "Passende arbeid bij de werkgever is beschikbaar voor 16 uur in dagdienst."), arbo)

    as_of = A(619)
    w = week(d0, as_of)
    yml = {"werknemer": {"naam": c.naam, "bsn": c.bsn_txt("dots"), "functie": c.functie},
           "werkgever": {"naam": c.wg, "aard_van_het_bedrijf": c.aard},
           "bedrijfsarts": {"naam": c.ba[0], "organisatie": c.ba[1]},
           "casemanager": {"naam": c.cm[0]},
           "eerste_ziektedag": d0, "aanvraag_wia": appl}
    evals = [45] + all_meet + [343, 350]
    assert_gaps(c, evals)
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": appl.isoformat(),
        "planted": (f"checked in week {w} (D0+619), UWV's week-88 letter (a JPEG scan) and the actueel oordeel "
                    f"(D0+613) have arrived, the application is planned for {appl.isoformat()} (week 92). (1) No "
                    "arbeidsdeskundig rapport, although the return to own work failed (the EJE of week 50 says so and "
                    "that no AD-onderzoek was asked); the bedrijfsarts's inzetbaarheidsprofiel (week 48, six rubrieken) "
                    f"stands in for it. (2) The employer asked UWV for a deskundigenoordeel on {A(560).isoformat()} "
                    "(week 81); the request and UWV's receipt are in the folder, the deskundigenoordeel itself is not "
                    "(meeting reports and the AO say it has not come). Traps: the EJE and the request mention "
                    "'arbeidsdeskundig' and 'deskundigenoordeel'; the 2nd track started on time (D0+378) with four "
                    "progress reports; EV and oordeel werknemer are not due until weeks 91/93; the BSN is written with "
                    "dots everywhere."),
        "must": [
            E("missing", "§8.2 Completeness (W): an AD-rapport if there was no return to own work by week 52; the EJE "
              "records that the return to own work failed; an inzetbaarheidsprofiel is no AD-rapport",
              type="arbeidsdeskundig_rapport"),
            E("missing", "§8.2 Completeness (W): a deskundigenoordeel if one is referenced; requested in week 81 "
              "(request and UWV's receipt present), no answer in the folder", type="deskundigenoordeel"),
        ],
        "must_not": [
            *present(["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "bijstelling_plan_van_aanpak",
                      "inzetbaarheidsprofiel", "trajectplan_tweede_spoor", "voortgangsrapportage_tweede_spoor",
                      "ziekmelding_uwv", "actueel_oordeel"]),
            E("missing", "§8.1/§2.2: the EV is due by week 91 (D0+636); at week 89 it is not due, so no error",
              type="eindevaluatie", severity="error"),
            E("missing", "§8.1: oordeel werknemer is W before the application; the application is planned for week 92",
              type="oordeel_werknemer", severity="error"),
            E("late", "§8.3: PA at D0+33", type="probleemanalyse"),
            E("late", "§8.3: PvA 12 days after the PA", type="plan_van_aanpak"),
            E("late", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("early", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("late", "§8.3: 42e-weeksmelding at D0+283", type="ziekmelding_uwv"),
            E("late", "§8.3: trajectplan at D0+378 ≤ D0+406", type="trajectplan_tweede_spoor"),
            E("late", "§2.2/§2.5: the AO in week 88 is on time", type="actueel_oordeel"),
            E("outdated", "§2.5: the AO is 27 days before the planned application (week 88)", type="actueel_oordeel"),
            E("order", "no EV exists yet, the AO cannot come after it"),
            E("evaluation_gap", "§8.3: evaluations at most 40 days apart; the last one 7 days before as_of"),
            E("unsigned", "§8.5: signed by employer and employee", type="plan_van_aanpak"),
            E("unsigned", "§8.5: signed by employer and employee", type="eerstejaarsevaluatie"),
            E("unsigned", "§8.5: signed by employer and employee", type="bijstelling_plan_van_aanpak"),
            E("content", "§8.6: the AO names arbeidsrelatie and passende arbeid", type="actueel_oordeel"),
            E("future", "no document is dated after as_of"),
            E("duplicate", "every document is different"),
            *common_tail(),
        ],
    }
    return c, exp, yml


# --------------------------------------------------------------------------------------------
# case D: Ziektewet (ziek uit dienst), no eindevaluatie
# --------------------------------------------------------------------------------------------


def case_d(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2026, 1, 12)
    er = style("delinde", "Tuincentrum De Linde B.V.", ("Rijksstraatweg 210, 7391 MJ Twello", "KvK 08220417"),
               "sans", (30, 120, 40), "left", fields_as_table=True)
    arbo = style("collectief", "Arbo Collectief Midden", ("Europalaan 44, 3526 KS Utrecht",), "serif", (100, 30, 120), "right")
    c = Ctx("zw_ev_ontbreekt", "Kevin Ravensbergen", "de heer Ravensbergen", "Kevin", D(1997, 8, 9),
            "Medewerker buitenafdeling", 32, "Dorpsstraat 18, 7391 AC Twello", er.org, "Rijksstraatweg 210, 7391 MJ Twello",
            "Tuincentrum met hoveniersafdeling, 45 medewerkers.", "8810.44.106.L01",
            ("Wendy Stallinga", "P&O-adviseur, casemanager"), ("J. Verkerk", arbo.org, "49117320901"), d0, er, arbo)
    c.bsn = g.make_bsn(rng)
    c.belastbaarheid = "Beperkt in tillen boven 15 kg, in langdurig bukken en in werk in de kou. Licht binnenwerk is mogelijk."
    A = c.at
    einde = A(169)
    assert einde == D(2026, 6, 30)
    riv_date = A(211)

    add(c, "Verzuim/Ziekmelding.pdf", "pdf", [
        Title("Ziekmelding"), Fields([("Naam werknemer", c.naam), ("BSN", c.bsn_txt()), ("Eerste ziektedag", fd(d0)),
                                      ("Contract", "bepaalde tijd t/m 30 juni 2026")]),
        Signatures([Sig("Opgenomen door", c.cm[0], c.cm[1], fd(d0))])], er)
    add(c, "Arbodienst/Probleemanalyse Ravensbergen.pdf", "pdf", t_pa(
        c, A(36), "Gedeeltelijke hervatting in licht binnenwerk binnen zes weken is te verwachten.",
        ["licht binnenwerk in de winkel, opbouwend vanaf 3 x 3 uur", "geen werk op de buitenafdeling"]), arbo)
    add(c, "Plan van aanpak/PvA Kevin getekend.pdf", "pdf", t_pva(
        c, A(47), A(36), "Terugkeer in het eigen werk; tot dan licht binnenwerk in de winkel.",
        [["licht binnenwerk", "werknemer", "vanaf week 8"], ["opbouw", "leidinggevende", "per 3 weken"]], A(82),
        "De werkgever biedt tijdelijk binnenwerk aan.", "Kevin wil graag snel weer buiten werken."), er)
    meet = [82, 117, 152, 169]
    stand = {
        82: "Kevin werkt 3 x 3 uur per week in de winkel (kassa, vakkenvullen).",
        117: f"Kevin werkt 4 x 4 uur in de winkel. Zijn contract eindigt op {fd(einde)} en wordt niet verlengd.",
        152: "Kevin werkt 20 uur in de winkel. Buitenwerk lukt nog niet.",
        169: ("Laatste werkdag. Kevin werkt 20 uur in de winkel; hij gaat uit dienst terwijl hij ziek is. De eindevaluatie "
              "kon vandaag niet meer worden besproken en wordt na de laatste werkdag opgesteld en toegestuurd."),
    }
    for i, o in enumerate(meet):
        nxt = A(meet[i + 1]) if i + 1 < len(meet) else None
        title = "Verslag afsluitend gesprek" if o == 169 else "Verslag voortgangsgesprek"
        add(c, f"Verslagen/{fd(A(o), 'dash')} verslag.pdf", "pdf",
            t_meeting(c, A(o), i + 1, stand[o], ["opbouw volgens afspraak"] if o < 169 else
                      ["ziekmelding einde dienstverband bij UWV", "Kevin ontvangt kopieën van het re-integratiedossier"],
                      nxt, title=title), er)
    add(c, "Contract/Aanzegging einde contract.pdf", "pdf", [
        Title("Aanzegging einde arbeidsovereenkomst"),
        Fields([("Aan", c.naam), ("Datum", fd(A(120))), ("BSN", c.bsn_txt())]),
        Para(f"Hierbij laten wij u weten dat uw arbeidsovereenkomst voor bepaalde tijd op {fd(einde)} eindigt en niet "
             "wordt verlengd."),
        Signatures([Sig("Met vriendelijke groet", "H. Lindeman", "directeur", fd(A(120)))])], er)
    add(c, "Arbodienst/Actueel oordeel Ravensbergen.pdf", "pdf", t_ao(
        c, A(160), "De heer Ravensbergen werkt 20 uur per week in licht binnenwerk. Het dienstverband eindigt op "
        f"{fd(einde)}; hij valt daarna onder de Ziektewet.",
        "Geen tillen boven 15 kg, geen langdurig bukken, geen werk in de kou; 20 uur per week licht werk.",
        "De arbeidsrelatie is goed.", "Passende arbeid bij de werkgever is er in de winkel, tot het einde van het contract."), arbo)
    add(c, "UWV/Ziekmelding einde dienstverband.pdf", "pdf", [
        Title("Ziekmelding bij einde dienstverband", sub="Werknemer is ziek op de laatste werkdag"),
        Fields([("Werkgever", c.wg), ("Loonheffingennummer", c.lhn), ("Naam werknemer", c.naam), ("BSN", c.bsn_txt()),
                ("Eerste ziektedag", fd(d0)), ("Laatste werkdag", fd(einde)), ("Datum melding", fd(einde))]),
        Signatures([Sig("Namens de werkgever", c.cm[0], c.cm[1], fd(einde))])], er)
    add(c, "UWV/Ontvangstbevestiging ziekmelding.pdf", "pdf", t_uwv_bevestiging(c, A(176), einde)[:3] + [
        Para("Uw (ex-)werknemer krijgt van ons bericht over de Ziektewet-uitkering."),
        Signatures([Sig("Met vriendelijke groet", "afdeling Ziekmeldingen", "UWV", "")])], UWV_STYLE)
    add(c, "UWV/Brief UWV re-integratieverslag.pdf", "scanpdf", [
        Title("Verzoek om het re-integratieverslag", sub="Ziektewet — ziek uit dienst"),
        Fields([("Datum", fd(A(199))), ("Aan", c.wg), ("Betreft", c.naam), ("BSN", c.bsn_txt()), ("Eerste ziektedag", fd(d0))]),
        Para(f"Uw werknemer was ziek toen het dienstverband eindigde. Wij vragen u het re-integratieverslag binnen twee "
             f"weken te uploaden, uiterlijk op {fd(A(213))}. Stuur mee: de probleemanalyse, het plan van aanpak met de "
             "bijstellingen, het actueel oordeel, de eindevaluatie en het oordeel van de werknemer."),
        Signatures([Sig("Met vriendelijke groet", "UWV Werkgeversservicepunt", "", "")])], UWV_STYLE)
    add(c, "Mail/Eindevaluatie volgt.eml", "eml", date=A(203), hour=11, minute=5,
        **{"from": mail_hdr(c.cm[0], "w.stallinga@tuincentrum-delinde.example"),
           "to": mail_hdr(c.naam, "kevin.ravensbergen@mailpost.example"),
           "subject": "Re-integratieverslag UWV",
           "body": ("Hoi Kevin,\n\nUWV vraagt ons om het re-integratieverslag. De eindevaluatie hebben we op je laatste "
                    "werkdag niet meer kunnen doen; ik stuur je deze week een opzet, dan kun je die aanvullen en tekenen. "
                    "Wil je ook je eigen oordeel op papier zetten?\n\nGroet,\nWendy\n")})
    add(c, "Werknemer/Mijn oordeel over het re-integratieverslag.pdf", "pdf", t_ow(
        c, A(206), False, "Over de probleemanalyse, het plan van aanpak en het actueel oordeel ben ik het eens. De "
        "eindevaluatie heb ik niet ontvangen, daar kan ik niets over zeggen."), er)
    add(c, "Mail/RIV verstuurd naar UWV.eml", "eml", date=riv_date, hour=15, minute=30,
        **{"from": mail_hdr(c.cm[0], "w.stallinga@tuincentrum-delinde.example"),
           "to": mail_hdr("H. Lindeman", "directie@tuincentrum-delinde.example"),
           "subject": "RIV Kevin Ravensbergen geüpload",
           "body": ("Vandaag het re-integratieverslag van Kevin via het werkgeversportaal geüpload: probleemanalyse, plan "
                    "van aanpak, verslagen, actueel oordeel en zijn oordeel. De eindevaluatie is er niet van gekomen.\n\n"
                    "Wendy\n")})

    as_of = A(215)
    yml = {"werknemer": {"naam": c.naam, "bsn": c.bsn, "functie": c.functie},
           "werkgever": {"naam": c.wg, "aard_van_het_bedrijf": c.aard},
           "bedrijfsarts": {"naam": c.ba[0], "organisatie": c.ba[1]},
           "casemanager": {"naam": c.cm[0]},
           "eerste_ziektedag": d0, "aanvraag_wia": riv_date}
    w = week(d0, as_of)
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": riv_date.isoformat(),
        "checklist": "ziektewet-riv",
        "planted": (f"Ziektewet (ziek uit dienst): fixed-term contract ended {einde.isoformat()} (D0+169, week 25, so a "
                    f"full RIV); UWV's letter of {A(199).isoformat()} (an image-only scan) asks for the RIV by "
                    f"{A(213).isoformat()}; dossier.yaml gives the date the RIV went to UWV ({riv_date.isoformat()}, "
                    f"aanvraag_wia); checked in week {w}. No eindevaluatie: it was not done on the last working day and "
                    "never made afterwards (a mail and the uploading note say so). Traps: the word 'eindevaluatie' "
                    "appears in the last meeting report ('Verslag afsluitend gesprek'), two e-mails, UWV's letter and the "
                    "oordeel werknemer; no EJE, AD-rapport, 2nd track or 42e-weeksmelding are due (sick 31 weeks, the "
                    "sick report to UWV was made on the last working day); the AO (D0+159) is 52 days before the RIV "
                    "date, inside §2.5's 8 weeks, and before the end of employment."),
        "must": [
            E("missing", "§8.1 Completeness (E) via DOMAIN §1.1 (art. 6 lid 2 applies the list to the Ziektewet RIV) and "
              "§2.3 (UWV wants the EV at the latest on the last day of employment); the RIV date has passed",
              type="eindevaluatie", severity="error"),
        ],
        "must_not": [
            *present(["probleemanalyse", "plan_van_aanpak", "actueel_oordeel", "oordeel_werknemer"]),
            E("missing", "§8.1: EJE only when D0 + 52 weeks passed; sick 31 weeks", type="eerstejaarsevaluatie"),
            E("missing", "§8.2: AD-rapport only without return to own work by week 52", type="arbeidsdeskundig_rapport"),
            E("missing", "§8.2/§8.3: no 2nd track is called for by week 31", type="trajectplan_tweede_spoor"),
            E("missing", "§2.3: ziek uit dienst: the employer reports on the last working day (ZW art. 38 lid 2), "
              "its sick report to UWV is in the folder ('UWV/Ziekmelding einde dienstverband.pdf')", type="ziekmelding_uwv"),
            E("late", "§2.3: the ziekmelding was made on the last working day, week 25; the week-42 deadline does "
              "not apply", type="ziekmelding_uwv"),
            E("late", "§8.3: PA at D0+36", type="probleemanalyse"),
            E("late", "§8.3: PvA 10 days after the PA", type="plan_van_aanpak"),
            E("late", "the oordeel werknemer (D0+206) is before the RIV date (D0+211)", type="oordeel_werknemer"),
            E("outdated", "§2.5: AO at D0+159, 52 days before the RIV date (≤ 8 weeks)", type="actueel_oordeel"),
            E("order", "no EV exists, so the AO cannot follow it"),
            E("unsigned", "§8.5: the PvA is signed by employer and employee", type="plan_van_aanpak"),
            E("content", "§8.6: the AO names arbeidsrelatie and passende arbeid", type="actueel_oordeel"),
            E("future", "no document is dated after as_of"),
            E("duplicate", "every document is different"),
            *common_tail(),
        ],
    }
    return c, exp, yml


# --------------------------------------------------------------------------------------------
# full two-year dossier builder (cases E-H)
# --------------------------------------------------------------------------------------------


@dataclass
class Full:
    pa: int
    pva: int
    melding: int
    conf: int
    ad: int | None
    eje: int
    bijst: int
    traject: int | None
    voortgang: list[int]
    eind: int | None
    uwv88: int
    ao: int
    ev: int
    ow: int
    appl: int
    as_of: int


def assert_gaps(c: Ctx, offsets: list[int], limit: int = 40) -> None:
    ds = sorted(c.at(o) for o in offsets)
    worst = max((b - a).days for a, b in zip(ds, ds[1:]))
    assert worst <= limit, (c.key, worst)
    print(f"  {c.key}: largest gap between evaluations {worst} days")


def meetings_for(f: Full, maxgap: int = 38) -> list[int]:
    return fill(f.pva, f.eje, maxgap) + fill(f.bijst, f.ev, maxgap)


def meeting_stand(c: Ctx, o: int, f: Full, hours: list[tuple[int, str]]) -> str:
    txt = hours[0][1]
    for start, t in hours:
        if o >= start:
            txt = t
    return txt


# --------------------------------------------------------------------------------------------
# case E: late WIA application; EV without the employer's signature
# --------------------------------------------------------------------------------------------


def case_e(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2024, 9, 16)
    er = style("glansrijk", "Schoonmaakbedrijf Glansrijk B.V.", ("Havenweg 3, 4382 NE Vlissingen", "KvK 22061895"),
               "sans", (0, 90, 170), "left", footer="Glansrijk B.V. · personeelszaken@glansrijk-schoon.example")
    arbo = style("anker", "Arbodienst Het Anker", ("Badhuisstraat 51, 4381 LN Vlissingen",), "serif", (20, 60, 100), "band")
    bureau_st = style("trajectum", "Trajectum Werkt", ("Noordweg 2, 4333 BA Middelburg",), "condensed", (180, 60, 0), "left")
    ad_st = style("veenstra", "Bureau Arbeidszaken Veenstra", ("Lange Delft 9, 4331 AN Middelburg",), "serif", (60, 60, 60), "centered")
    c = Ctx("aanvraag_laat_ev_zonder_werkgever", "Ingrid Boschma", "mevrouw Boschma", "Ingrid", D(1971, 4, 2),
            "Objectleider schoonmaak", 36, "Scheldestraat 64, 4381 RW Vlissingen", er.org, "Havenweg 3, 4382 NE Vlissingen",
            "Schoonmaakbedrijf voor kantoren, scholen en havenbedrijven in Zeeland; 230 medewerkers, vooral in deeltijd.",
            "8650.39.212.L01", ("Lotte Vreeburg", "casemanager verzuim"), ("E. Tjoa", arbo.org, "59022648001"), d0, er, arbo,
            bsn_fmt="spaces")
    c.bsn = g.make_bsn(rng)
    c.belastbaarheid = ("Beperkt in langdurig lopen en staan, in frequent bukken en in werk met piekbelasting. Zittend "
                        "coördinerend werk is mogelijk, opbouwend vanaf 2 x 2 uur.")
    A = c.at
    bureau = ("Mark de Visser", "re-integratieadviseur Trajectum Werkt")
    f = Full(pa=33, pva=44, melding=285, conf=293, ad=330, eje=345, bijst=352, traject=372, voortgang=[430, 488, 546],
             eind=604, uwv88=612, ao=616, ev=630, ow=655, appl=662, as_of=668)
    meets = meetings_for(f)
    add(c, "1 Probleemanalyse/Probleemanalyse.pdf", "pdf", t_pa(
        c, A(f.pa), "Terugkeer in het eigen werk is onzeker; gedeeltelijke hervatting in coördinerend werk is mogelijk.",
        ["zittend werk: planning en roosters, 2 x 2 uur", "geen objectbezoeken te voet"]), arbo)
    add(c, "2 Plan van aanpak/Plan van aanpak getekend.pdf", "pdf", t_pva(
        c, A(f.pva), A(f.pa), "Terugkeer in het eigen werk als objectleider, eerst met aangepaste taken (planning).",
        [["planning en roosters op kantoor", "werknemer", "vanaf week 7"], ["opbouw", "casemanager", "elke 4 weken"]],
        A(meets[0]), "Glansrijk wil Ingrid graag terug als objectleider.", "Ingrid wil terug naar haar objecten."), er)
    hours = [(0, "Ingrid werkt {h} uur per week op kantoor (planning en roosters)."),
             (f.bijst, "Ingrid werkt 16 uur per week op kantoor. Het tweede spoor loopt via Trajectum Werkt.")]
    for i, o in enumerate(meets):
        h = min(4 + 2 * i, 16)
        txt = meeting_stand(c, o, f, hours).format(h=h)
        nxt = A(meets[i + 1]) if i + 1 < len(meets) else A(f.ev)
        add(c, f"3 Evaluaties/Evaluatie {fd(A(o), 'dash')}.pdf", "pdf",
            t_meeting(c, A(o), i + 1, txt, ["opbouw volgens plan", "volgende evaluatie gepland"], nxt), er)
    add(c, "5 UWV/Ziekmelding 42e week.pdf", "pdf", t_melding42(c, A(f.melding)), er)
    add(c, "5 UWV/Bevestiging UWV.pdf", "pdf", t_uwv_bevestiging(c, A(f.conf), A(f.melding)), UWV_STYLE)
    add(c, "4 Arbeidsdeskundige/AD rapport Boschma.pdf", "pdf", t_ad(
        c, A(f.ad), ("Jolanda Veenstra", "Bureau Arbeidszaken Veenstra"),
        "Het eigen werk als objectleider vraagt veel lopen en is niet meer passend.",
        ["spoor 1: planningswerk voor 16 uur binnen Glansrijk", "spoor 2: passend werk elders voor de overige uren"]), ad_st)
    add(c, "3 Evaluaties/Eerstejaarsevaluatie.pdf", "pdf", t_eje(
        c, A(f.eje), "Ingrid werkt 16 uur planningswerk; het eigen werk is volgens de arbeidsdeskundige niet meer passend.",
        "Structureel passend werk voor 36 uur, deels intern, deels extern.",
        "Het tweede spoor start binnen vier weken via Trajectum Werkt.",
        "Beide sporen worden ingezet.", "Ingrid stemt in met het tweede spoor."), er)
    add(c, "2 Plan van aanpak/Bijstelling plan van aanpak.pdf", "pdf", t_bijst_pva(
        c, A(f.bijst), f"Na de eerstejaarsevaluatie van {fd(A(f.eje))} en het advies van de arbeidsdeskundige.",
        "Spoor 1: planningswerk 16 uur. Spoor 2: passend werk elders voor 20 uur.",
        [["aanmelding Trajectum Werkt", "werkgever", "binnen 2 weken"], ["trajectplan", "bureau", "binnen 4 weken"]],
        "Glansrijk zet beide sporen in.", "Ingrid doet mee."), er)
    add(c, "6 Tweede spoor/Trajectplan.pdf", "pdf", t_traject(c, A(f.traject), bureau,
                                                                 "Planner, roostermaker of administratief medewerker, zittend werk, 20 uur, Walcheren."), bureau_st)
    prev = A(f.traject)
    for n, o in enumerate(f.voortgang, 1):
        add(c, f"6 Tweede spoor/Voortgangsrapportage {n}.pdf", "pdf", t_voortgang(
            c, A(o), bureau, n, prev, f"In deze periode {3 + n} sollicitaties en {n} netwerkgesprekken."), bureau_st)
        prev = A(o)
    add(c, "6 Tweede spoor/Eindrapportage.pdf", "pdf", t_eindrap(
        c, A(f.eind), bureau, "Het traject heeft niet geleid tot plaatsing. Ingrid heeft 27 keer gesolliciteerd."), bureau_st)
    add(c, "5 UWV/Brief UWV WIA.pdf", "pdf", t_uwv88(c, A(f.uwv88), A(650)), UWV_STYLE)
    add(c, "7 WIA/Actueel oordeel.pdf", "pdf", t_ao(
        c, A(f.ao), "Mevrouw werkt 16 uur per week planningswerk. Het tweede spoor is afgesloten zonder plaatsing.",
        "Zittend werk tot 16 uur per week; geen langdurig lopen of staan.", "De arbeidsrelatie is goed.",
        "Passende arbeid bij de werkgever is er voor 16 uur planningswerk."), arbo)
    ev_rel = "7 WIA/Eindevaluatie.pdf"
    add(c, ev_rel, "pdf", t_ev(
        c, A(f.ev), "Twee jaar re-integratie: planningswerk voor 16 uur, tweede spoor zonder plaatsing.",
        "De arbeidsrelatie is goed; de samenwerking verliep constructief.",
        "Er is passende arbeid voor 16 uur planningswerk; meer uren zijn er binnen Glansrijk niet.", A(f.ao),
        "Ingrid is het eens met de terugblik en heeft de eindevaluatie ondertekend.", signed_er=False), er)
    add(c, "7 WIA/Oordeel werknemer.pdf", "pdf", t_ow(
        c, A(f.ow), True, "Ik ben het eens met het verslag. Ik heb wel gewacht met de aanvraag omdat de eindevaluatie "
        "nog door de werkgever getekend moest worden; dat is niet gebeurd."), er)

    appl = A(f.appl)
    as_of = A(f.as_of)
    yml = {"werknemer": {"naam": c.naam, "bsn": c.bsn, "functie": c.functie},
           "werkgever": {"naam": c.wg, "loonheffingennummer": c.lhn.replace(".", ""), "aard_van_het_bedrijf": c.aard},
           "bedrijfsarts": {"naam": c.ba[0], "organisatie": c.ba[1]}, "casemanager": {"naam": c.cm[0]},
           "eerste_ziektedag": d0, "aanvraag_wia": appl}
    evals = [f.pva, f.eje, f.bijst, f.ev] + meets
    assert_gaps(c, evals)
    assert f.as_of - f.ev <= 40 and f.appl - f.ao <= 56
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": appl.isoformat(),
        "planted": (f"(1) the WIA application was made on {appl.isoformat()} (D0+{f.appl}, week {week(d0, appl)}; due by "
                    f"D0+650 = {(d0 + TD(650)).isoformat()}; UWV's week-88 letter names {A(650).isoformat()}); (2) the eindevaluatie "
                    f"({A(f.ev).isoformat()}, week 91) is signed by the employee only: the employer's line (casemanager "
                    f"{c.cm[0]}, name and function printed) has no signature and a dotted date. "
                    "Traps: the employer's name and function are printed under the empty line; the oordeel werknemer "
                    "explains the wait (it agrees); AO 46 days before the application (≤ 8 weeks) and before the EV; "
                    "full 2nd track with eindrapportage; BSN written with spaces; checked 6 days after the application."),
        "must": [
            E("late", "§8.3: application ≤ D0+650 (WIA art. 64 lid 3, week 93); it was made at D0+662. The entry gives no "
              "type because CONTRACT names no type for the application"),
            E("unsigned", "§8.5 Form (E): EV signed by employer and employee; the employer's signature is missing",
              type="eindevaluatie", path=ev_rel),
        ],
        "must_not": [
            *present(["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "bijstelling_plan_van_aanpak",
                      "actueel_oordeel", "eindevaluatie", "oordeel_werknemer", "arbeidsdeskundig_rapport",
                      "trajectplan_tweede_spoor", "voortgangsrapportage_tweede_spoor", "eindrapportage_tweede_spoor",
                      "ziekmelding_uwv"]),
            E("late", "§8.3: PA at D0+32", type="probleemanalyse"),
            E("late", "§8.3: PvA 12 days after the PA", type="plan_van_aanpak"),
            E("late", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("early", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("late", "§8.3: 42e-weeksmelding at D0+284", type="ziekmelding_uwv"),
            E("late", "§8.3: trajectplan at D0+372 ≤ D0+406", type="trajectplan_tweede_spoor"),
            E("late", "§8.3: EV at D0+630 ≤ D0+636", type="eindevaluatie"),
            E("late", "§2.2: the AO in week 89 is on time", type="actueel_oordeel"),
            E("outdated", "§2.5: AO 46 days before the application (≤ 8 weeks)", type="actueel_oordeel"),
            E("outdated", "§8.4: EV 32 days before the application", type="eindevaluatie"),
            E("order", "§8.3: AO (D0+616) before EV (D0+630)"),
            E("evaluation_gap", "§8.3: evaluations at most 40 days apart (asserted by the generator); EV 38 days before as_of"),
            E("unsigned", "§8.5: signed by employer and employee", type="plan_van_aanpak"),
            E("unsigned", "§8.5: signed by employer and employee", type="eerstejaarsevaluatie"),
            E("unsigned", "§8.5: signed by employer and employee", type="bijstelling_plan_van_aanpak"),
            E("content", "§8.6: EV has aard van het bedrijf, arbeidsrelatie and passende arbeid", type="eindevaluatie"),
            E("content", "§8.6: AO has arbeidsrelatie and passende arbeid", type="actueel_oordeel"),
            E("missing", "§8.2: no deskundigenoordeel is referenced", type="deskundigenoordeel"),
            E("future", "no document is dated after as_of"),
            E("duplicate", "every document is different (the 2nd-track reports share a template)"),
            *common_tail(),
        ],
    }
    return c, exp, yml


# --------------------------------------------------------------------------------------------
# case F: dossier.yaml excludes the folder holding the only signed PvA; an override names a renamed file
# --------------------------------------------------------------------------------------------


def case_f(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2024, 10, 28)
    er = style("hooghiemstra", "Transportbedrijf Hooghiemstra B.V.", ("Transportweg 12, 8448 CC Heerenveen", "KvK 01093374"),
               "sans", (0, 0, 0), "band", fields_as_table=True)
    arbo = style("arboplus", "Arbo Plus Oost", ("Hengelosestraat 500, 7521 AN Enschede",), "condensed", (0, 100, 160), "left")
    bureau_st = style("spoor2werk", "Spoor2Werk Oost", ("Marktstraat 4, 8441 EG Heerenveen",), "sans", (120, 120, 0), "right")
    ad_st = style("hofstra", "Hofstra Arbeidsdeskundig Advies", ("Zuiderkruis 3, 8447 CA Heerenveen",), "serif", (70, 70, 70), "left")
    c = Ctx("yaml_exclude_fout_override_oud", "Rob Kleinjan", "de heer Kleinjan", "Rob", D(1966, 12, 7),
            "Chauffeur internationaal transport", 40, "Kattebuurt 22, 8441 BR Heerenveen", er.org,
            "Transportweg 12, 8448 CC Heerenveen",
            "Transport- en logistiekbedrijf, internationaal wegtransport met 85 vrachtwagens; 140 medewerkers.",
            "8172.55.309.L01", ("Marieke Donker", "casemanager, afdeling P&O"), ("P. Wieringa", arbo.org, "29110473901"),
            d0, er, arbo)
    c.bsn = g.make_bsn(rng)
    c.belastbaarheid = ("Beperkt in langdurig zitten in trillende voertuigen, in lange werkdagen en in nachtwerk. "
                        "Dagwerk tot 6 uur per dag met afwisseling van houding is mogelijk.")
    A = c.at
    bureau = ("Klaas Feenstra", "jobcoach Spoor2Werk Oost")
    f = Full(pa=35, pva=46, melding=286, conf=294, ad=333, eje=344, bijst=351, traject=380, voortgang=[440, 500],
             eind=560, uwv88=612, ao=619, ev=627, ow=634, appl=640, as_of=655)
    meets = meetings_for(f)
    add(c, "Arbodienst/Probleemanalyse Kleinjan.pdf", "pdf", t_pa(
        c, A(f.pa), "Terugkeer als internationaal chauffeur is op korte termijn niet te verwachten.",
        ["dagwerk op de planningsafdeling, 3 x 4 uur", "geen ritten"]), arbo)
    pva_blocks = t_pva(c, A(f.pva), A(f.pa), "Terugkeer in het eigen werk; tot dan dagwerk op de planning.",
                       [["dagwerk planning", "werknemer", "vanaf week 8"], ["opbouw", "casemanager", "elke 4 weken"]],
                       A(meets[0]), "Hooghiemstra wil Rob behouden.", "Rob wil weer rijden, eerst binnenlands.")
    add(c, "Concepten/PvA concept v1.docx", "docx", t_pva(
        c, A(f.pva - 5), A(f.pa), "Terugkeer in het eigen werk; tot dan dagwerk op de planning.",
        [["dagwerk planning", "werknemer", "vanaf week 8"]], A(meets[0]), "(nog aanvullen)", "(nog aanvullen)", concept=True), er)
    pva_rel = "Concepten/PvA definitief getekend.pdf"
    add(c, pva_rel, "pdf", pva_blocks, er)
    hours = [(0, "Rob werkt {h} uur per week op de planningsafdeling."),
             (f.bijst, "Rob werkt 24 uur per week als planner. Het tweede spoor loopt via Spoor2Werk Oost."),
             (f.eind, "Rob werkt 24 uur per week als planner. Het tweede spoor is afgesloten.")]
    for i, o in enumerate(meets):
        h = min(8 + 2 * i, 24)
        txt = meeting_stand(c, o, f, hours).format(h=h)
        nxt = A(meets[i + 1]) if i + 1 < len(meets) else A(f.ev)
        kind = "docx" if i == 4 else "pdf"
        add(c, f"Evaluaties/{A(o).isoformat()} evaluatie.{kind}", kind,
            t_meeting(c, A(o), i + 1, txt, ["opbouw volgens plan"], nxt), er)
    add(c, "UWV/42e weeks melding.pdf", "pdf", t_melding42(c, A(f.melding)), er)
    add(c, "Arbeidsdeskundige/AD-rapport.pdf", "pdf", t_ad(
        c, A(f.ad), ("Geertje Hofstra", "Hofstra Arbeidsdeskundig Advies"),
        "Het eigen werk als internationaal chauffeur is niet passend.",
        ["spoor 1: planner, 24 uur", "spoor 2: passend dagwerk elders voor 16 uur"]), ad_st)
    add(c, "Evaluaties/Eerstejaarsevaluatie.pdf", "pdf", t_eje(
        c, A(f.eje), "Rob werkt als planner; terugkeer als chauffeur is niet haalbaar.",
        "Structureel 24 uur planner, en passend werk elders voor de overige uren.",
        "Het tweede spoor start binnen vier weken via Spoor2Werk Oost.", "Beide sporen.", "Rob stemt in."), er)
    add(c, "Plan van aanpak/Bijstelling PvA.pdf", "pdf", t_bijst_pva(
        c, A(f.bijst), "Na de eerstejaarsevaluatie en het advies van de arbeidsdeskundige.",
        "Spoor 1: planner 24 uur. Spoor 2: passend dagwerk elders voor 16 uur.",
        [["aanmelding Spoor2Werk Oost", "werkgever", "binnen 2 weken"]], "Hooghiemstra zet beide sporen in.",
        "Rob doet mee."), er)
    add(c, "Tweede spoor/Trajectplan.pdf", "pdf", t_traject(
        c, A(f.traject), bureau, "Dagwerk als planner, magazijnadministratie of baliemedewerker, 16 uur, regio Heerenveen."), bureau_st)
    prev = A(f.traject)
    for n, o in enumerate(f.voortgang, 1):
        add(c, f"Tweede spoor/Voortgang {n}.pdf", "pdf", t_voortgang(c, A(o), bureau, n, prev,
                                                                      f"{5 + n} sollicitaties, {n} netwerkgesprekken."), bureau_st)
        prev = A(o)
    add(c, "Tweede spoor/Eindrapportage.pdf", "pdf", t_eindrap(
        c, A(f.eind), bureau, "Het traject is na 26 weken zonder plaatsing afgesloten; de arbeidsmarkt voor 16 uur "
        "dagwerk in de regio is beperkt."), bureau_st)
    uwv_rel = f"Post/{A(f.uwv88).isoformat()} brief UWV.pdf"
    add(c, uwv_rel, "pdf", t_uwv88(c, A(f.uwv88), A(650)), UWV_STYLE)
    add(c, "WIA/Actueel oordeel.pdf", "pdf", t_ao(
        c, A(f.ao), "De heer Kleinjan werkt 24 uur per week als planner. Het tweede spoor is afgesloten.",
        "Dagwerk tot 6 uur per dag, 24 uur per week; geen ritten.", "De arbeidsrelatie is goed.",
        "Passende arbeid bij de werkgever: planner, 24 uur."), arbo)
    add(c, "Concepten/Eindevaluatie concept.docx", "docx", t_ev(
        c, A(f.ev - 8), "(concept)", "(concept)", "(concept)", A(f.ao), "(nog aanvullen)", signed_er=False)[:-1] +
        [Signatures([sig_er(c, None, signed=False), sig_wn(c, None, signed=False)])], er)
    add(c, "Evaluaties/Eindevaluatie getekend.pdf", "pdf", t_ev(
        c, A(f.ev), "Twee jaar re-integratie: Rob werkt structureel 24 uur als planner; het tweede spoor leverde geen "
        "plaatsing op.", "De arbeidsrelatie is goed.", "Passende arbeid bij de werkgever: planner, 24 uur.", A(f.ao),
        "Rob is tevreden over het werk als planner en had graag meer uren gehad."), er)
    ow_rel = "Post/scan werknemer.pdf"
    add(c, ow_rel, "scanpdf", [
        Fields([("Van", c.naam), ("Adres", c.adres), ("BSN", c.bsn_txt()), ("Datum", fd(A(f.ow)))]),
        Para("Geachte mevrouw Donker,"),
        Para("Hierbij geef ik mijn mening over de stukken die u mij gaf voor mijn WIA-aanvraag. Ik ben het eens met wat "
             "er staat over het werk als planner. Ik ben het niet eens met de conclusie dat meer uren niet mogelijk "
             "zijn; dat wil ik graag met de verzekeringsarts bespreken."),
        Signatures([Sig("Met vriendelijke groet", c.naam, "", fd(A(f.ow)))]),
    ], er)

    appl = A(f.appl)
    as_of = A(f.as_of)
    stale = "Post/brief UWV wk88.pdf"
    yml = {"werknemer": {"naam": c.naam, "bsn": c.bsn, "functie": c.functie},
           "werkgever": {"naam": c.wg, "loonheffingennummer": c.lhn.replace(".", ""), "aard_van_het_bedrijf": c.aard},
           "bedrijfsarts": {"naam": c.ba[0], "organisatie": c.ba[1]}, "casemanager": {"naam": c.cm[0]},
           "eerste_ziektedag": d0, "aanvraag_wia": appl,
           "overrides": {ow_rel: "oordeel_werknemer", stale: "uwv_correspondentie"},
           "exclude": ["Concepten/*"]}
    evals = [f.pva, f.eje, f.bijst, f.ev] + meets
    assert_gaps(c, evals)
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": appl.isoformat(),
        "planted": ("dossier.yaml misused twice. (1) `exclude: [\"Concepten/*\"]` is meant for the drafts (an unsigned PvA "
                    "concept v1 in Word and an EV concept), but the only signed plan van aanpak was saved in the same "
                    f"folder ('{pva_rel}'), so with the user's exclude the case has no plan van aanpak. (2) "
                    f"`overrides` names '{stale}', a file that was renamed to '{uwv_rel}'. One override is right: the "
                    f"employee's untitled letter '{ow_rel}' (an image-only scan) is set to oordeel_werknemer. Traps: the "
                    "excluded drafts are unsigned and one of them is an EV older than the real EV (they must not be "
                    "reported as unsigned or duplicate); meeting reports and the bijstelling still refer to the PvA; "
                    "everything else complete and on time, checked in week 94 after the application in week 92."),
        "must": [
            E("missing", "§8.1 Completeness (E): the plan van aanpak must exist; CONTRACT: a file listed under exclude: has "
              "status 'excluded' and is not part of the dossier, and the only PvA is under Concepten/",
              type="plan_van_aanpak", severity="error"),
            E("override_unused", f"handleiding §6: overrides names '{stale}', which is not in the folder"),
        ],
        "must_not": [
            *present(["probleemanalyse", "eerstejaarsevaluatie", "bijstelling_plan_van_aanpak", "actueel_oordeel",
                      "eindevaluatie", "arbeidsdeskundig_rapport", "trajectplan_tweede_spoor",
                      "voortgangsrapportage_tweede_spoor", "eindrapportage_tweede_spoor", "ziekmelding_uwv"]),
            E("missing", "dossier.yaml overrides the scanned letter to oordeel_werknemer (CONTRACT: the user's word "
              "beats the classifier)", type="oordeel_werknemer"),
            E("unsigned", "excluded draft: CONTRACT exclude", path="Concepten/PvA concept v1.docx"),
            E("unsigned", "excluded draft: CONTRACT exclude", path="Concepten/Eindevaluatie concept.docx"),
            E("unsigned", "excluded by the user", path=pva_rel),
            E("duplicate", "the EV concept is excluded, the PvA concept too; nothing else repeats"),
            E("outdated", "excluded EV concept must not count; the real EV is 13 days before the application",
              type="eindevaluatie"),
            E("outdated", "§2.5: AO 21 days before the application", type="actueel_oordeel"),
            E("late", "§8.3: PA at D0+35", type="probleemanalyse"),
            E("late", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("early", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("late", "§8.3: 42e-weeksmelding at D0+285", type="ziekmelding_uwv"),
            E("late", "§8.3: trajectplan at D0+380 ≤ D0+406", type="trajectplan_tweede_spoor"),
            E("late", "§8.3: EV at D0+627 ≤ D0+636", type="eindevaluatie"),
            E("late", "§8.3: application at D0+640 ≤ D0+650"),
            E("order", "§8.3: AO (D0+619) before EV (D0+627)"),
            E("evaluation_gap", "§8.3: evaluations at most 40 days apart (asserted by the generator); EV 28 days "
              "before as_of"),
            E("unsigned", "§8.5: signed by employer and employee", type="eerstejaarsevaluatie"),
            E("unsigned", "§8.5: signed by employer and employee", type="eindevaluatie"),
            E("unsigned", "§8.5: signed by employer and employee", type="bijstelling_plan_van_aanpak"),
            E("medical_data", "excluded files are not read for privacy either; none of them holds medical data anyway",
              path="Concepten/Eindevaluatie concept.docx"),
            E("future", "no document is dated after as_of"),
            *common_tail(skip=("override_unused",)),
        ],
    }
    return c, exp, yml


# --------------------------------------------------------------------------------------------
# case G: actueel oordeel and eindevaluatie in one PDF; the EJE twice (signed PDF and Word)
# --------------------------------------------------------------------------------------------


def case_g(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2024, 8, 5)
    er = style("lindeboom", "Administratiekantoor Lindeboom & Partners", ("Vismarkt 11, 4201 ED Gorinchem", "KvK 23074819"),
               "serif", (30, 80, 60), "left", producer="Microsoft Word 2016")
    arbo = style("rivierenland", "Arbodienst Rivierenland-Noord", ("Stationsweg 20, 4205 AA Gorinchem",), "sans", (170, 30, 30), "right")
    bureau_st = style("werkroute", "De Werkroute", ("Arkelstraat 3, 4201 KA Gorinchem",), "sans", (90, 0, 140), "left")
    ad_st = style("hofstede", "AD Advies Hofstede", ("Kortendijk 7, 4205 BL Gorinchem",), "serif", (40, 40, 40), "centered")
    c = Ctx("ao_ev_een_pdf_eje_dubbel", "Hanneke Schuttevaer", "mevrouw Schuttevaer", "Hanneke", D(1985, 6, 19),
            "Boekhoudkundig medewerker", 32, "Lingewal 4, 4201 CM Gorinchem", er.org, "Vismarkt 11, 4201 ED Gorinchem",
            "Administratie- en belastingadvieskantoor voor het mkb; 26 medewerkers.", "8023.71.495.L01",
            ("Frank Oudshoorn", "office manager, casemanager"), ("L. Middendorp", arbo.org, "89093761501"), d0, er, arbo)
    c.bsn = g.make_bsn(rng)
    c.belastbaarheid = ("Beperkt in werk met hoge tijdsdruk, in langdurige beeldschermconcentratie (maximaal 2 uur aaneen) "
                        "en in werkdagen langer dan 5 uur. Rustig werk met vaste structuur is mogelijk.")
    A = c.at
    bureau = ("Anouk Verbeek", "loopbaanadviseur De Werkroute")
    f = Full(pa=32, pva=43, melding=285, conf=292, ad=326, eje=341, bijst=348, traject=376, voortgang=[436, 496, 556],
             eind=600, uwv88=611, ao=617, ev=627, ow=634, appl=641, as_of=650)
    meets = meetings_for(f)
    add(c, "01 PA/Probleemanalyse Schuttevaer.pdf", "pdf", t_pa(
        c, A(f.pa), "Gedeeltelijke hervatting binnen enkele weken; volledige terugkeer is onzeker.",
        ["start met 3 x 2 uur, zonder deadlines", "geen klantcontact in de aangifteperiode"]), arbo)
    add(c, "02 PvA/Plan van aanpak.pdf", "pdf", t_pva(
        c, A(f.pva), A(f.pa), "Terugkeer in het eigen werk als boekhoudkundig medewerker, eerst zonder deadlines.",
        [["3 x 2 uur", "werknemer", "vanaf week 7"], ["opbouw", "casemanager", "elke 4 weken"]], A(meets[0]),
        "Lindeboom wil Hanneke graag terug in haar eigen functie.", "Hanneke wil rustig opbouwen."), er)
    hours = [(0, "Hanneke werkt {h} uur per week aan de boekhouding van vaste klanten."),
             (f.bijst, "Hanneke werkt 16 uur per week. Het tweede spoor loopt via De Werkroute.")]
    for i, o in enumerate(meets):
        h = min(6 + 2 * i, 16)
        nxt = A(meets[i + 1]) if i + 1 < len(meets) else A(f.ev)
        add(c, f"03 Gesprekken/Gesprek {fd(A(o), 'dash')}.pdf", "pdf",
            t_meeting(c, A(o), i + 1, meeting_stand(c, o, f, hours).format(h=h), ["opbouw volgens plan"], nxt), er)
    add(c, "05 UWV/Ziekmelding 42 weken.pdf", "pdf", t_melding42(c, A(f.melding)), er)
    add(c, "05 UWV/Bevestiging ziekmelding.pdf", "pdf", t_uwv_bevestiging(c, A(f.conf), A(f.melding)), UWV_STYLE)
    add(c, "04 AD/Arbeidsdeskundig rapport.pdf", "pdf", t_ad(
        c, A(f.ad), ("Ruben Hofstede", "AD Advies Hofstede"),
        "Het eigen werk is passend voor 16 uur per week, zonder aangifteperiodes.",
        ["spoor 1: eigen werk 16 uur", "spoor 2: aanvullend passend werk elders voor 16 uur"]), ad_st)
    eje_blocks = t_eje(
        c, A(f.eje), "Hanneke werkt 16 uur in het eigen werk zonder deadlines; verdere opbouw lukt niet.",
        "Structureel 16 uur eigen werk en aanvullend werk elders.",
        "Het tweede spoor start binnen vier weken via De Werkroute.", "Beide sporen.", "Hanneke stemt in.")
    eje_pdf = "06 Evaluaties/Eerstejaarsevaluatie 2025 getekend.pdf"
    eje_docx = "06 Evaluaties/EJE Schuttevaer.docx"
    add(c, eje_pdf, "pdf", eje_blocks, er)
    add(c, eje_docx, "docx", eje_blocks, er)
    add(c, "02 PvA/Bijstelling plan van aanpak.pdf", "pdf", t_bijst_pva(
        c, A(f.bijst), f"Na de eerstejaarsevaluatie van {fd(A(f.eje))}.",
        "Spoor 1: eigen werk 16 uur. Spoor 2: aanvullend werk elders voor 16 uur.",
        [["aanmelding De Werkroute", "werkgever", "binnen 2 weken"]], "Lindeboom zet beide sporen in.", "Hanneke doet mee."), er)
    add(c, "07 Tweede spoor/Trajectplan.pdf", "pdf", t_traject(
        c, A(f.traject), bureau, "Administratief werk met vaste structuur, 16 uur, regio Gorinchem."), bureau_st)
    prev = A(f.traject)
    for n, o in enumerate(f.voortgang, 1):
        add(c, f"07 Tweede spoor/Rapportage {n}.pdf", "pdf", t_voortgang(c, A(o), bureau, n, prev,
                                                                          f"{4 + n} sollicitaties en {n} werkervaringsgesprekken."), bureau_st)
        prev = A(o)
    add(c, "07 Tweede spoor/Eindrapportage.pdf", "pdf", t_eindrap(
        c, A(f.eind), bureau, "Geen plaatsing; Hanneke heeft 21 keer gesolliciteerd en twee proefdagen gedaan."), bureau_st)
    add(c, "05 UWV/Brief UWV aanvraag WIA.pdf", "pdf", t_uwv88(c, A(f.uwv88), A(650)), UWV_STYLE)
    ao_blocks = t_ao(
        c, A(f.ao), "Mevrouw werkt 16 uur per week in het eigen werk zonder deadlines. Het tweede spoor is afgesloten.",
        "Maximaal 4 uur per dag, 16 uur per week; geen hoge tijdsdruk.", "De arbeidsrelatie is goed.",
        "Passende arbeid bij de werkgever is er voor 16 uur.")
    ev_blocks = t_ev(
        c, A(f.ev), "Twee jaar re-integratie: 16 uur eigen werk, tweede spoor zonder plaatsing.",
        "De arbeidsrelatie is goed.", "Passende arbeid bij de werkgever is er voor 16 uur.", A(f.ao),
        "Hanneke is het eens met de terugblik.")
    comb = "08 WIA/Stukken WIA april.pdf"
    add(c, comb, "combined", parts=[(ao_blocks, arbo), (ev_blocks, er)])
    ow_blocks = t_ow(c, A(f.ow), True, "Ik ben het eens met het verslag en met de keuze voor het tweede spoor.")
    add(c, "08 WIA/Mijn oordeel.eml", "eml", date=A(f.ow), hour=20, minute=44,
        attach=[{"name": "Oordeel werknemer Schuttevaer.pdf", "blocks": ow_blocks, "style": er}],
        **{"from": mail_hdr(c.naam, "hanneke.schuttevaer@thuismail.example"),
           "to": mail_hdr(c.cm[0], "f.oudshoorn@lindeboom-partners.example"),
           "subject": "Mijn oordeel voor het re-integratieverslag",
           "body": "Beste Frank,\n\nIn de bijlage mijn oordeel over het re-integratieverslag, getekend.\n\nGroet,\nHanneke\n"})

    appl = A(f.appl)
    as_of = A(f.as_of)
    yml = {"werknemer": {"naam": c.naam, "bsn": c.bsn, "functie": c.functie},
           "werkgever": {"naam": c.wg, "aard_van_het_bedrijf": c.aard},
           "bedrijfsarts": {"naam": c.ba[0], "organisatie": c.ba[1]}, "casemanager": {"naam": c.cm[0]},
           "eerste_ziektedag": d0, "aanvraag_wia": appl}
    evals = [f.pva, f.eje, f.bijst, f.ev] + meets
    assert_gaps(c, evals)
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": appl.isoformat(),
        "planted": (f"(1) one PDF, '{comb}', holds the actueel oordeel (arbodienst letterhead, D0+{f.ao}) and, from a new "
                    f"page, the eindevaluatie (employer letterhead, D0+{f.ev}, signed by both); (2) the eerstejaarsevaluatie "
                    f"is in the folder twice: the signed PDF '{eje_pdf}' and the Word original '{eje_docx}' with the same "
                    "text. Traps: AO before EV within the one file (no order problem); AO 24 days and EV 14 days before the "
                    "application; the oordeel werknemer is a PDF attached to an e-mail; complete and on time otherwise, "
                    "checked in week 93 after the application in week 92."),
        "must": [
            E("multiple_documents", "handleiding §6 / DOMAIN §1.2 BR art. 2 lid 2: each element separately recognisable; "
              "the file holds the AO and the EV", path=comb),
            E("duplicate", "handleiding §6 'duplicate': the same EJE as signed PDF and as Word file",
              type="eerstejaarsevaluatie"),
        ],
        "must_not": [
            *present(["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "bijstelling_plan_van_aanpak",
                      "arbeidsdeskundig_rapport", "trajectplan_tweede_spoor", "voortgangsrapportage_tweede_spoor",
                      "eindrapportage_tweede_spoor", "ziekmelding_uwv", "oordeel_werknemer"]),
            E("missing", "§8.1: the AO is present, as the first document in the combined PDF", type="actueel_oordeel"),
            E("missing", "§8.1: the EV is present, as the second document in the combined PDF", type="eindevaluatie"),
            E("order", "§8.3: AO (D0+617) before EV (D0+627), also inside the one file"),
            E("outdated", "§2.5: AO 24 days before the application", type="actueel_oordeel"),
            E("outdated", "§8.4: EV 14 days before the application", type="eindevaluatie"),
            E("late", "§8.3: PA at D0+32", type="probleemanalyse"),
            E("late", "§8.3: PvA 11 days after the PA", type="plan_van_aanpak"),
            E("late", "§8.3: EJE in week 49", type="eerstejaarsevaluatie"),
            E("early", "§8.3: EJE in week 49", type="eerstejaarsevaluatie"),
            E("late", "§8.3: trajectplan at D0+375 ≤ D0+406", type="trajectplan_tweede_spoor"),
            E("late", "§8.3: EV at D0+627 ≤ D0+636", type="eindevaluatie"),
            E("late", "§8.3: 42e-weeksmelding at D0+284", type="ziekmelding_uwv"),
            E("late", "§8.3: application at D0+641 ≤ D0+650"),
            E("evaluation_gap", "§8.3: evaluations at most 40 days apart; EV 22 days before as_of"),
            E("unsigned", "§8.5: signed by both", type="eerstejaarsevaluatie", path=eje_pdf),
            E("unsigned", "§8.5: signed by both", type="plan_van_aanpak"),
            E("unsigned", "§8.5: signed by both", type="bijstelling_plan_van_aanpak"),
            E("duplicate", "only the EJE repeats", type="plan_van_aanpak"),
            E("duplicate", "only the EJE repeats", type="actueel_oordeel"),
            E("duplicate", "only the EJE repeats", type="eindevaluatie"),
            E("multiple_documents", "the EJE PDF holds one document", path=eje_pdf),
            E("future", "no document is dated after as_of"),
            *common_tail(),
        ],
    }
    return c, exp, yml


# --------------------------------------------------------------------------------------------
# case H: clean, but an earlier spell >4 weeks before (with its own PA), part-time, external casemanager,
# scans, odd names, disagreement
# --------------------------------------------------------------------------------------------


def case_h(rng: random.Random) -> tuple[Ctx, dict[str, Any], dict[str, Any] | None]:
    d0 = D(2024, 7, 8)
    spell1 = D(2024, 4, 15)
    spell1_end = D(2024, 5, 31)  # last sick day; back at work Monday 3 June 2024
    er = style("vdsluis", "Meubelmakerij Van der Sluis B.V.", ("Vechtkade 6, 7731 DP Ommen", "KvK 05061133"),
               "serif", (110, 70, 30), "centered")
    vb = style("verzuimbureau", "Verzuimbureau Ommen", ("casemanagement namens werkgevers", "Markt 17, 7731 DB Ommen"),
               "sans", (0, 110, 150), "left")
    arbo = style("vechtdal", "Arbodienst Vechtdal", ("Zwolseweg 40, 7731 BH Ommen",), "condensed", (80, 40, 120), "band")
    bureau_st = style("lbvechtdal", "Loopbaanpraktijk Vechtdal", ("Brugstraat 2, 7731 CH Ommen",), "sans", (0, 120, 60), "right")
    ad_st = style("nijenhuis", "Arbeidsdeskundigenpraktijk Nijenhuis", ("Hammerweg 1, 7731 AX Ommen",), "serif", (50, 50, 50), "left")
    c = Ctx("schoon_herhaald_verzuim_deeltijd", "Gert-Jan Overdiep", "de heer Overdiep", "Gert-Jan", D(1975, 10, 1),
            "Meubelmaker", 32, "Hammerweg 31, 7731 AJ Ommen", er.org, "Vechtkade 6, 7731 DP Ommen",
            "Meubelmakerij voor maatwerk keukens en kasten, eigen werkplaats en montage bij klanten; 19 medewerkers.",
            "8360.12.458.L01", ("Carla Wessels", "casemanager Verzuimbureau Ommen, namens de werkgever"),
            ("K. Hulshof", arbo.org, "79041522801"), d0, er, arbo)
    c.bsn = g.make_bsn(rng)
    c.belastbaarheid = ("Beperkt in tillen boven 10 kg, in werken boven schouderhoogte en in montagewerk bij klanten. Werk "
                        "in de werkplaats aan de werkbank is mogelijk, opbouwend vanaf 2 x 3 uur.")
    A = c.at
    ba2 = ("S. Brinkers", arbo.org, "29077348601")
    bureau = ("Tamara Leusink", "loopbaancoach Loopbaanpraktijk Vechtdal")
    f = Full(pa=33, pva=44, melding=283, conf=291, ad=329, eje=343, bijst=350, traject=371, voortgang=[434, 497, 560],
             eind=606, uwv88=612, ao=618, ev=627, ow=634, appl=641, as_of=652)
    meets = meetings_for(f)

    # the earlier spell: PA of 2024-05-17 (week 5 of that spell), recovered 2024-05-31, back at work 35 days
    # before the new first sick day -> more than 4 weeks: not added together (DOMAIN §2.1)
    assert (d0 - spell1_end).days - 1 > 28
    add(c, "arbo/arbo_export_2024_05.pdf", "pdf", t_pa(
        c, D(2024, 5, 17), "Herstel binnen enkele weken is te verwachten.",
        ["werkhervatting in eigen werk opbouwend binnen twee weken"], d0=spell1,
        extra_para="Eerdere ziekmelding: eerste ziektedag 15 april 2024."), arbo)
    add(c, "arbo/scan_20240810_0001.pdf", "scanpdf", t_pa(
        c, A(f.pa), "Terugkeer in het eigen werk voor een deel van de uren is te verwachten; montage bij klanten blijft "
        "voorlopig uitgesloten.", ["werkplaatswerk aan de werkbank, 2 x 3 uur", "geen montage bij klanten"],
        extra_para="Er was eerder dit jaar een ziekteperiode (15 april - 31 mei 2024); die ligt meer dan vier weken voor "
        "de huidige ziekmelding en wordt niet samengeteld."), arbo)
    add(c, "PvA_def_v2_GETEKEND.pdf", "pdf", t_pva(
        c, A(f.pva), A(f.pa), "Terugkeer in het eigen werk als meubelmaker in de werkplaats; montage later.",
        [["werkbankwerk 2 x 3 uur", "werknemer", "vanaf week 7"], ["opbouw", "casemanager", "elke 4 weken"]],
        A(meets[0]), "De werkgever wil Gert-Jan behouden; werkplaatswerk is er genoeg.",
        "Gert-Jan wil zo snel mogelijk terug, ook naar de montage."), vb)
    hours = [(0, "Gert-Jan werkt {h} uur per week in de werkplaats."),
             (240, "Gert-Jan werkt structureel 20 van zijn 32 uur in de werkplaats (eigen werk, zonder montage)."),
             (f.bijst, "Gert-Jan werkt 20 uur in de werkplaats. Voor de overige 12 uur loopt het tweede spoor.")]
    for i, o in enumerate(meets):
        h = min(6 + 2 * i, 20)
        txt = meeting_stand(c, o, f, hours).format(h=h)
        nxt = A(meets[i + 1]) if i + 1 < len(meets) else A(f.ev)
        blocks = t_meeting(c, A(o), i + 1, txt, ["opbouw volgens plan"] if o < 240 else ["uren stabiel houden"], nxt)
        if i == 3:
            add(c, "verslagen/Document (3).docx", "docx", blocks, vb)
        elif i == 8:
            add(c, f"verslagen/FW_ verslag {fd(A(o), 'dash')}.eml", "eml", date=A(o), hour=17, minute=2,
                **{"from": mail_hdr(c.cm[0], "c.wessels@verzuimbureau-ommen.example"),
                   "to": mail_hdr("A. van der Sluis", "directie@vdsluis-meubel.example"),
                   "subject": f"verslag gesprek {fd(A(o), 'dash')}",
                   "body": g.blocks_to_text(blocks, vb) + "\n(getekend exemplaar in het dossier)\n"})
        else:
            add(c, f"verslagen/verslag_{i + 1:02d}.pdf", "pdf", blocks, vb)
    add(c, "uwv/melding_42.pdf", "pdf", t_melding42(c, A(f.melding)), vb)
    add(c, "rapport_def.pdf", "pdf", t_ad(
        c, A(f.ad), ("Henk Nijenhuis", "Arbeidsdeskundigenpraktijk Nijenhuis"),
        "Het eigen werk in de werkplaats is passend voor 20 uur; montage bij klanten niet.",
        ["spoor 1: 20 uur eigen werk in de werkplaats, structureel", "spoor 2: passend werk elders voor 12 uur"]), ad_st)
    add(c, "evaluaties/EJE.pdf", "pdf", t_eje(
        c, A(f.eje), "Gert-Jan werkt structureel 20 van 32 uur in de werkplaats; montage lukt niet.",
        "20 uur eigen werk behouden; 12 uur passend werk elders.",
        "Het tweede spoor start binnen vier weken via Loopbaanpraktijk Vechtdal voor de resterende 12 uur.",
        "De werkgever ondersteunt beide sporen.", "Gert-Jan vindt dat hij meer uren kan, maar doet mee aan spoor 2."), vb)
    add(c, "evaluaties/bijstelling PvA spoor 2.pdf", "pdf", t_bijst_pva(
        c, A(f.bijst), f"Na de eerstejaarsevaluatie van {fd(A(f.eje))} en het advies van de arbeidsdeskundige.",
        "Spoor 1: 20 uur eigen werk. Spoor 2: passend werk elders voor 12 uur.",
        [["aanmelding Loopbaanpraktijk Vechtdal", "werkgever", "binnen 2 weken"]],
        "De werkgever zet beide sporen in.", "Gert-Jan doet mee, al had hij liever meer uren in de werkplaats."), vb)
    add(c, "spoor2/intake.pdf", "pdf", t_traject(
        c, A(f.traject), bureau, "Houtbewerking of productiewerk zonder zwaar tillen, 12 uur, regio Ommen/Hardenberg."), bureau_st)
    prev = A(f.traject)
    for n, o in enumerate(f.voortgang, 1):
        add(c, f"spoor2/rapp{n}.pdf", "pdf", t_voortgang(c, A(o), bureau, n, prev,
                                                         f"{2 + n} sollicitaties, {n} bedrijfsbezoeken."), bureau_st)
        prev = A(o)
    add(c, "spoor2/eind.pdf", "pdf", t_eindrap(c, A(f.eind), bureau,
                                               "Geen plaatsing voor 12 uur; Gert-Jan heeft 14 keer gesolliciteerd."), bureau_st)
    add(c, "uwv/brief_uwv.jpg", "scanjpg", t_uwv88(c, A(f.uwv88), A(650)), UWV_STYLE)
    add(c, "arbo/AO def.pdf", "pdf", t_ao(
        c, A(f.ao), "De heer Overdiep werkt structureel 20 van 32 uur in het eigen werk in de werkplaats. Het tweede "
        "spoor is afgesloten zonder plaatsing.",
        "Geen tillen boven 10 kg, geen montage bij klanten; 20 uur per week.",
        "De arbeidsrelatie is goed; werknemer is het niet eens met de urenbeperking.",
        "Passende arbeid bij de werkgever: 20 uur werkplaatswerk.", ba=ba2,
        extra=f"Ik heb de begeleiding overgenomen van collega {c.ba[0]}."), arbo)
    ev_blocks = t_ev(
        c, A(f.ev), "Twee jaar re-integratie: 20 uur eigen werk structureel, tweede spoor zonder plaatsing.",
        "De arbeidsrelatie is goed.", "Passende arbeid bij de werkgever: 20 uur werkplaatswerk; meer uren zijn er niet "
        "binnen de beperkingen.", A(f.ao), "Gert-Jan vindt dat hij meer uren kan werken en zegt dat ook in zijn oordeel.")
    add(c, "RE_ stukken WIA.eml", "eml", date=A(f.ev), hour=9, minute=31,
        attach=[{"name": "EV getekend.pdf", "blocks": ev_blocks, "style": vb}],
        **{"from": mail_hdr(c.cm[0], "c.wessels@verzuimbureau-ommen.example"),
           "to": mail_hdr("A. van der Sluis", "directie@vdsluis-meubel.example"),
           "subject": "RE: stukken WIA",
           "body": "Goedemorgen,\n\nBijgaand de getekende eindevaluatie van Gert-Jan voor het dossier.\n\nCarla Wessels\n"})
    add(c, "scan_oordeel.jpg", "scanjpg", t_ow(
        c, A(f.ow), False, "Ik ben het niet eens met het oordeel over mijn belastbaarheid: ik denk dat ik meer dan 20 uur "
        "kan werken in de werkplaats. Over het verloop van de re-integratie ben ik het wel eens."), er)

    appl = A(f.appl)
    as_of = A(f.as_of)
    yml = {"werknemer": {"naam": c.naam, "bsn": c.bsn, "functie": c.functie},
           "werkgever": {"naam": c.wg, "loonheffingennummer": c.lhn.replace(".", ""), "aard_van_het_bedrijf": c.aard},
           "bedrijfsarts": {"naam": ba2[0], "organisatie": ba2[1]},
           "casemanager": {"naam": c.cm[0]},
           "eerste_ziektedag": d0, "aanvraag_wia": appl}
    evals = [f.pva, f.eje, f.bijst, f.ev] + meets
    assert_gaps(c, evals)
    exp = {
        "as_of": as_of.isoformat(),
        "first_sick_day": d0.isoformat(),
        "aanvraag_wia": appl.isoformat(),
        "planted": ("nothing. Traps: an earlier sick spell (15 April - 31 May 2024, back at work 3 June, 35 days before "
                    f"the first sick day {d0.isoformat()}: more than 4 weeks, not added together) with its own "
                    "probleemanalyse in the folder ('arbo/arbo_export_2024_05.pdf', dated before D0, naming the old first "
                    "sick day); the current PA is an image-only copier scan ('arbo/scan_20240810_0001.pdf') that mentions "
                    "the earlier spell; part-time: structurally 20 of 32 hours in own work from week 35, 2nd track for the "
                    "other 12 hours; an external casemanager (Verzuimbureau Ommen) signs PvA, EJE, bijstelling and EV "
                    "'namens de werkgever' on her bureau's letterhead; a second bedrijfsarts writes the AO; the AD-rapport "
                    "is 'rapport_def.pdf', the PvA 'PvA_def_v2_GETEKEND.pdf', one meeting 'Document (3).docx', one meeting "
                    "typed in an e-mail body; UWV's week-88 letter and the oordeel werknemer are JPEG scans; the EV only "
                    "as the attachment of 'RE_ stukken WIA.eml'; the employee disagrees with his belastbaarheid in the "
                    "AO, EV and his oordeel."),
        "must": [],
        "no_errors": True,
        "must_not": [
            *present(["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "bijstelling_plan_van_aanpak",
                      "actueel_oordeel", "eindevaluatie", "oordeel_werknemer", "arbeidsdeskundig_rapport",
                      "trajectplan_tweede_spoor", "voortgangsrapportage_tweede_spoor", "eindrapportage_tweede_spoor",
                      "ziekmelding_uwv"]),
            E("late", "§8.3: the current PA is at D0+32; the old PA is dated before D0 (an earlier spell, §2.1: more "
              "than 4 weeks apart, so not added)", type="probleemanalyse"),
            E("late", "§8.3: PvA 12 days after the PA", type="plan_van_aanpak"),
            E("late", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("early", "§8.3: EJE in week 50", type="eerstejaarsevaluatie"),
            E("late", "§8.3: 42e-weeksmelding at D0+283", type="ziekmelding_uwv"),
            E("late", "§8.3: trajectplan at D0+371", type="trajectplan_tweede_spoor"),
            E("late", "§8.3: EV at D0+627 ≤ D0+636", type="eindevaluatie"),
            E("late", "§8.3: application at D0+641 ≤ D0+650"),
            E("outdated", "§2.5: AO 23 days before the application", type="actueel_oordeel"),
            E("outdated", "§8.4: EV 14 days before the application", type="eindevaluatie"),
            E("order", "§8.3: AO (D0+618) before EV (D0+627)"),
            E("evaluation_gap", "§8.3: evaluations at most 40 days apart; EV 25 days before as_of"),
            E("unsigned", "§8.5: signed by the casemanager on behalf of the employer and by the employee",
              type="plan_van_aanpak"),
            E("unsigned", "§8.5: signed by both", type="eerstejaarsevaluatie"),
            E("unsigned", "§8.5: signed by both", type="bijstelling_plan_van_aanpak"),
            E("unsigned", "§8.5: signed by both", type="eindevaluatie"),
            E("content", "§8.6: PvA/EJE have casemanager, goals, activities, terms, evaluation moments and both visies; "
              "EV has aard, arbeidsrelatie, passende arbeid; AO has arbeidsrelatie, passende arbeid"),
            E("form", "§8.5: date, author name and function and BSN on every element", path="PvA_def_v2_GETEKEND.pdf"),
            E("form", "§8.5: date, author name and function and BSN on every element", path="arbo/AO def.pdf"),
            E("duplicate", "the two PAs belong to different spells, with different dates and content",
              type="probleemanalyse"),
            E("duplicate", "every document is different"),
            E("multiple_documents", "every file holds one document"),
            E("future", "no document is dated after as_of"),
            E("missing", "§8.2: no deskundigenoordeel is referenced", type="deskundigenoordeel"),
            *common_tail(),
        ],
    }
    return c, exp, yml


# --------------------------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------------------------

HEADER = """\
# Expected findings of findings holdout 9. GENERATED by make_holdout9.py: edit the cases there.
# Written from DOMAIN.md, CONTRACT.md and the finding codes of docs/handleiding.md, without reading the rule
# code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml
# (week10_pa_ontbreekt has no dossier.yaml: its first_sick_day is the one the documents state).
# checklist: the --checklist to use (default wia-aanvraag).

"""


def _yaml_dates(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {k: _yaml_dates(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_yaml_dates(v) for v in obj]
    if isinstance(obj, dt.date):
        return obj.isoformat()
    return obj


def _q(v: str) -> str:
    return json.dumps(v, ensure_ascii=False)


def write_dossier_yaml(c: Ctx, yml: dict[str, Any]) -> None:
    """Hand-formatted like CONTRACT.md's example: flow mappings, quoted strings, plain dates."""
    lines = [f"# dossier.yaml voor {c.naam}"]
    for k, v in yml.items():
        if isinstance(v, dict) and k != "overrides":
            lines.append(f"{k}: {{" + ", ".join(f"{kk}: {_q(str(vv))}" for kk, vv in v.items()) + "}")
        elif k == "overrides":
            lines.append("overrides:")
            lines += [f"  {_q(kk)}: {vv}" for kk, vv in v.items()]
        elif k == "exclude":
            lines.append("exclude: [" + ", ".join(_q(x) for x in v) + "]")
        elif isinstance(v, dt.date):
            lines.append(f"{k}: {v.isoformat()}")
        else:
            raise ValueError(k)
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == yml, c.key
    (CASES / c.key / "dossier.yaml").write_text(text, encoding="utf-8")


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir(parents=True)
    expected: dict[str, Any] = {}
    seen_bsn: set[str] = set()
    for i, fn in enumerate([case_a, case_b, case_c, case_d, case_e, case_f, case_g, case_h]):
        rng = random.Random(9000 + i)
        c, exp, yml = fn(rng)
        assert g.bsn_valid(c.bsn), c.key
        assert c.d0.weekday() == 0, c.key
        assert c.bsn not in seen_bsn
        seen_bsn.add(c.bsn)
        assert 10 <= len(c.docs) <= 30, (c.key, len(c.docs))
        rels = [d["rel"] for d in c.docs]
        assert len(rels) == len(set(rels)), c.key
        for d in c.docs:
            write_doc(c, d)
        if yml is not None:
            if "bsn" in yml.get("werknemer", {}):
                assert g.bsn_valid(yml["werknemer"]["bsn"])
            write_dossier_yaml(c, yml)
        # paths in expectations must exist (except the deliberately stale override)
        for e in exp["must"] + exp["must_not"]:
            if "path" in e:
                assert (CASES / c.key / e["path"]).exists(), (c.key, e["path"])
        expected[c.key] = {k: exp[k] for k in ("as_of", "first_sick_day", "aanvraag_wia", "checklist", "planted",
                                                "must", "must_not", "no_errors") if k in exp}
    EXPECTED.write_text(HEADER + yaml.safe_dump(expected, sort_keys=False, allow_unicode=True, width=120),
                        encoding="utf-8")
    n_must = sum(len(v["must"]) for v in expected.values())
    n_not = sum(len(v["must_not"]) + (1 if v.get("no_errors") else 0) for v in expected.values())
    print(f"{len(expected)} cases, {n_must} must, {n_not} must_not checks")


if __name__ == "__main__":
    main()
