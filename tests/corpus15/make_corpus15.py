#!/usr/bin/env python3
# ruff: noqa: E501  (long Dutch document text)
"""Generate tests/corpus15: an untouched classification holdout of forms, tables, portal exports, scans of
filled-in paper forms and misleading file names (5 fictional case folders).

Run: .venv/bin/python tests/corpus15/make_corpus15.py   (deletes and rewrites files/ and labels.csv)

Everything is synthetic. Fixed seeds, no clock reads; see README.md (Determinism).
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from c15lib import (  # noqa: E402
    D,
    Sheet,
    build_docx,
    chromium_pdf,
    degrade,
    elfproef,
    eml,
    esc,
    images_pdf,
    jpeg,
    make_bsn,
    nl,
    nl_long,
    ocr_pdf,
    pdf_date,
    soffice_pdf,
    wkhtmltopdf,
)

FILES = HERE / "files"
LABELS: list[tuple[str, str, str, str, str]] = []


class Case:
    def __init__(self, key: str, folder: str, seed: int):
        self.key = key
        self.folder = folder
        self.dir = FILES / folder
        self.dir.mkdir(parents=True, exist_ok=True)
        self.bsn = make_bsn(seed)
        assert elfproef(self.bsn)
        self.rng = random.Random(seed * 7 + 1)

    def path(self, rel: str) -> Path:
        p = self.dir / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def label(self, rel: str, type_: str, date: str, producer: str, trap: str) -> None:
        for s in (producer, trap):
            assert ";" not in s, s
        if type_:
            D(date)
        else:
            assert date == ""
        LABELS.append((f"{self.folder}/{rel}", type_, date, "holdout", f"{self.key};{producer};{trap}"))


def bsn_dots(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


def bsn_spaces(b: str) -> str:
    return f"{b[:3]} {b[3:6]} {b[6:]}"


# ------------------------------------------------------------------------------------------------ HTML portals


def fields_html(rows, cls="f") -> str:
    out = [f'<table class="{cls}">']
    for r in rows:
        if len(r) == 1:
            out.append(f'<tr><td class="band" colspan="2">{esc(r[0])}</td></tr>')
        else:
            out.append(f'<tr><td class="l">{esc(r[0])}</td><td>{esc(r[1]).replace(chr(10), "<br>")}</td></tr>')
    out.append("</table>")
    return "".join(out)


def grid_html(header, rows, cls="g") -> str:
    h = "".join(f"<th>{esc(c)}</th>" for c in header)
    b = "".join("<tr>" + "".join(f"<td>{esc(str(c)).replace(chr(10), '<br>')}</td>" for c in r) + "</tr>" for r in rows)
    return f'<table class="{cls}"><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>'


def blocks_html(blocks) -> str:
    out = []
    for b in blocks:
        k = b[0]
        if k == "h1":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif k == "h2":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif k == "p":
            out.append(f"<p>{esc(b[1]).replace(chr(10), '<br>')}</p>")
        elif k == "ul":
            out.append("<ul>" + "".join(f"<li>{esc(x)}</li>" for x in b[1]) + "</ul>")
        elif k == "fields":
            out.append(fields_html(b[1]))
        elif k == "table":
            out.append(grid_html(b[1], b[2]))
        elif k == "note":
            out.append(f'<p class="note">{esc(b[1])}</p>')
        elif k == "raw":
            out.append(b[1])
        else:
            raise ValueError(k)
    return "\n".join(out)


CSS_ARBOPUNT = """
body{font-family:'DejaVu Sans',sans-serif;font-size:12.0pt;color:#1e1e1e;margin:0}
.top{background:#12355b;color:#fff;padding:7px 9px}
.top td{color:#fff;font-size:11.2pt}
.top .brand{font-size:17.5pt;font-weight:bold}
.gen{font-size:10.1pt;color:#555;margin:4px 0 10px 0;border-bottom:1px solid #bbb;padding-bottom:3px}
h1{font-size:16.8pt;color:#12355b;margin:6px 0 8px 0}
h2{font-size:13.2pt;background:#e6edf5;color:#12355b;padding:3px 6px;margin:12px 0 4px 0}
table.f{border-collapse:collapse;width:100%}
table.f td{border:1px solid #c5d0dc;padding:3px 6px;vertical-align:top}
table.f td.l{width:31%;background:#f2f5f8;font-weight:bold}
table.f td.band{background:#12355b;color:#fff;font-weight:bold}
table.g{border-collapse:collapse;width:100%;margin-top:4px}
table.g th{background:#12355b;color:#fff;text-align:left;padding:3px 5px;font-size:11.2pt}
table.g td{border-bottom:1px solid #c5d0dc;padding:3px 5px;font-size:11.2pt}
p{margin:3px 0 6px 0;line-height:1.35}
ul{margin:2px 0 6px 16px;padding:0}
.note{font-size:10.4pt;color:#555;border-top:1px solid #ccc;padding-top:4px;margin-top:14px}
"""


def arbopunt(dossier: str, werkgever: str, gen: str, user: str, blocks) -> str:
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>ArboPunt Verzuimportaal</title>
<style>{CSS_ARBOPUNT}</style></head><body>
<div class="top"><table width="100%"><tr><td class="brand">ArboPunt Verzuimportaal</td>
<td align="right">Dossier {esc(dossier)}<br>Werkgever: {esc(werkgever)}</td></tr></table></div>
<div class="gen">Gegenereerd op {esc(gen)} door {esc(user)} &nbsp;|&nbsp; ArboPunt Noord B.V. &nbsp;|&nbsp; export PDF</div>
{blocks_html(blocks)}
</body></html>"""


CSS_ABSENTIQ = """
@page{size:A4;margin:13mm 14mm 15mm 14mm}
body{font-family:'Nimbus Sans','DejaVu Sans',sans-serif;font-size:9.2pt;color:#202428;margin:0}
.hdr{display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #0f8b8d;padding-bottom:5px}
.logo{font-size:15pt;font-weight:bold;color:#0f8b8d;letter-spacing:.5px}
.logo span{color:#5b6770;font-weight:normal;font-size:9pt}
.meta{text-align:right;font-size:8pt;color:#5b6770}
.gen{font-size:7.6pt;color:#5b6770;margin:4px 0 12px 0}
h1{font-size:13pt;margin:4px 0 8px 0}
h2{font-size:10pt;color:#0f8b8d;border-bottom:1px solid #d5dde2;padding-bottom:2px;margin:14px 0 5px 0}
table.f{border-collapse:collapse;width:100%}
table.f td{padding:3px 5px;vertical-align:top;border-bottom:1px solid #e3e8eb}
table.f td.l{width:34%;color:#5b6770}
table.f td.band{background:#e7f4f4;font-weight:bold;color:#0f5e60}
table.g{border-collapse:collapse;width:100%;font-size:8.6pt}
table.g th{text-align:left;border-bottom:2px solid #0f8b8d;padding:3px 4px}
table.g td{border-bottom:1px solid #e3e8eb;padding:3px 4px;vertical-align:top}
p{margin:3px 0 7px 0;line-height:1.38}
ul{margin:2px 0 7px 18px;padding:0}
.note{font-size:7.6pt;color:#5b6770;margin-top:16px}
.foot{position:fixed;bottom:0;left:0;right:0;font-size:7pt;color:#8a949b;border-top:1px solid #d5dde2;padding-top:2px}
"""


def absentiq(casus: str, gen: str, user: str, module: str, blocks) -> str:
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Absentiq - {esc(module)}</title>
<style>{CSS_ABSENTIQ}</style></head><body>
<div class="hdr"><div class="logo">absentiq <span>verzuimregie</span></div>
<div class="meta">Hotel De Zeven Linden B.V.<br>Casus {esc(casus)} &middot; {esc(module)}</div></div>
<div class="gen">Gegenereerd op {esc(gen)} &middot; gebruiker: {esc(user)} &middot; export vanuit Absentiq (alleen-lezen)</div>
{blocks_html(blocks)}
<div class="foot">Absentiq verzuimregie &middot; Dit document is een export; de actuele versie staat in het dossier. &middot; Casus {esc(casus)}</div>
</body></html>"""


CSS_ARBOCONCEPT = """
@page{size:A4;margin:16mm 16mm 16mm 18mm}
body{font-family:'DejaVu Sans',sans-serif;font-size:8.8pt;color:#2b2b2b;margin:0}
.bar{background:#4a4a4a;color:#fff;padding:6px 10px;display:flex;justify-content:space-between}
.bar b{font-size:11pt}
.sub{display:flex;justify-content:space-between;font-size:7.5pt;color:#666;margin:3px 0 12px 0}
h1{font-size:12pt;margin:6px 0 8px 0}
h2{font-size:9.5pt;margin:12px 0 4px 0;color:#4a4a4a;text-transform:uppercase;letter-spacing:.4px}
table.f{border-collapse:collapse;width:100%;border:1px solid #bbb}
table.f td{padding:3px 6px;vertical-align:top;border:1px solid #ddd}
table.f td.l{width:30%;background:#f1f1f1}
table.f td.band{background:#d9d9d9;font-weight:bold}
table.g{border-collapse:collapse;width:100%}
table.g th{background:#efefef;text-align:left;padding:3px 5px;border:1px solid #ccc}
table.g td{padding:3px 5px;border:1px solid #ddd;vertical-align:top}
p{margin:3px 0 7px 0;line-height:1.4}
ul{margin:2px 0 7px 18px;padding:0}
.note{font-size:7.5pt;color:#666;margin-top:14px;border-top:1px dotted #999;padding-top:4px}
"""


def arboconcept(gen: str, rapnr: str, blocks) -> str:
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Mijn ArboConcept</title>
<style>{CSS_ARBOCONCEPT}</style></head><body>
<div class="bar"><b>Mijn ArboConcept</b><span>Werkgeversomgeving &middot; Verbeek &amp; De Groot Accountants B.V.</span></div>
<div class="sub"><span>Rapportnummer {esc(rapnr)}</span><span>Afgedrukt op {esc(gen)}</span></div>
{blocks_html(blocks)}
</body></html>"""


CSS_UWVPORTAL = """
@page{size:A4;margin:15mm}
body{font-family:'DejaVu Sans',sans-serif;font-size:9pt;color:#1a1a1a;margin:0}
.hd{border-bottom:4px solid #1d5aa6;padding-bottom:6px;display:flex;justify-content:space-between;align-items:flex-end}
.hd .n{font-size:14pt;font-weight:bold;color:#1d5aa6}
.hd .r{font-size:8pt;color:#555;text-align:right}
h1{font-size:12pt;margin:14px 0 6px 0}
.ok{background:#e9f3e6;border-left:4px solid #3c8d2f;padding:6px 9px;margin:8px 0 12px 0}
table.f{border-collapse:collapse;width:100%}
table.f td{padding:4px 6px;border-bottom:1px solid #ddd;vertical-align:top}
table.f td.l{width:38%;color:#444}
table.f td.band{font-weight:bold;background:#eef3fa}
p{margin:3px 0 7px 0;line-height:1.38}
.note{font-size:7.5pt;color:#666;margin-top:18px}
"""


def uwvportal(gen: str, blocks) -> str:
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Werkgeversportaal</title>
<style>{CSS_UWVPORTAL}</style></head><body>
<div class="hd"><div class="n">UWV &middot; Werkgeversportaal</div><div class="r">Afdrukweergave<br>{esc(gen)}</div></div>
{blocks_html(blocks)}
</body></html>"""


CSS_KOMPAS = """
body{font-family:'DejaVu Serif',serif;font-size:12.6pt;color:#222;margin:0}
.kop{border-top:6px solid #e07a1f;padding-top:6px}
.kop td{font-size:11.2pt;color:#555}
.kop .naam{font-family:'DejaVu Sans',sans-serif;font-size:19.6pt;color:#e07a1f;font-weight:bold}
.gen{font-family:'DejaVu Sans',sans-serif;font-size:9.8pt;color:#777;margin:2px 0 10px 0}
h1{font-family:'DejaVu Sans',sans-serif;font-size:16.8pt;margin:8px 0}
h2{font-family:'DejaVu Sans',sans-serif;font-size:13.3pt;color:#a4520f;margin:12px 0 4px 0}
table.f{border-collapse:collapse;width:100%}
table.f td{border:1px solid #e3c8ae;padding:3px 6px;vertical-align:top}
table.f td.l{width:30%;background:#fbf1e7;font-family:'DejaVu Sans',sans-serif;font-size:11.2pt}
table.f td.band{background:#e07a1f;color:#fff;font-family:'DejaVu Sans',sans-serif}
table.g{border-collapse:collapse;width:100%;font-size:11.6pt}
table.g th{font-family:'DejaVu Sans',sans-serif;background:#fbf1e7;border:1px solid #e3c8ae;text-align:left;padding:3px}
table.g td{border:1px solid #e3c8ae;padding:3px;vertical-align:top}
p{margin:3px 0 7px 0;line-height:1.4}
ul{margin:2px 0 7px 18px;padding:0}
.note{font-family:'DejaVu Sans',sans-serif;font-size:9.8pt;color:#777;margin-top:14px}
"""


def kompaspunt(gen: str, blocks) -> str:
    return f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Kompaspunt</title>
<style>{CSS_KOMPAS}</style></head><body>
<div class="kop"><table width="100%"><tr><td class="naam">Kompaspunt Loopbaan</td>
<td align="right">Spoorstraat 40, 6811 ZZ Arnhem<br>info@kompaspunt.example</td></tr></table></div>
<div class="gen">Cliëntvolgsysteem &middot; gegenereerd op {esc(gen)}</div>
{blocks_html(blocks)}
</body></html>"""


# ------------------------------------------------------------------------------------------------ scans

COPIER = ("Canon iR-ADV C3530 PDF", "Scan naar bestand")
COPIER2 = ("RICOH IM C2000 (scan to folder)", "RICOH IM C2000")
PHONESCAN = ("Scanner-app 4.2 (Android)", "Scanner-app")


def letterhead(s: Sheet, name: str, lines: list[str], right: list[str] | None = None, family: str = "sans") -> None:
    s.y = s.text(name, size=15, bold=True, family=family)
    for ln in lines:
        s.y = s.text(ln, size=7.5, family=family, fill=60, gap=1.2)
    if right:
        yy = int(0.55 * s.dpi)
        for ln in right:
            s.text(ln, size=7.5, x=int(s.W * 0.62), y=yy, family=family, fill=60)
            yy += s.px(7.5 * 1.25)
    s.y += s.px(10)
    s.hline(2)
    s.y += s.px(8)


def typed_letter(
    rng,
    head: tuple[str, list[str], list[str] | None],
    address: list[str],
    meta: list[tuple[str, str]],
    paras: list[str],
    sign: list[str],
    family: str = "serif",
    size: float = 10.5,
    pages_split: int | None = None,
    footer: str = "",
) -> list:
    """A typed letter on one or more pages (split the paragraphs at pages_split)."""
    chunks = [paras] if pages_split is None else [paras[:pages_split], paras[pages_split:]]
    sheets = []
    for i, chunk in enumerate(chunks):
        s = Sheet(rng)
        if i == 0:
            letterhead(s, head[0], head[1], head[2])
            for a in address:
                s.y = s.text(a, size=size, family=family)
            s.y += s.px(18)
            for k, v in meta:
                s.text(k, size=8.5, family="sans", fill=70)
                s.y = s.text(v, size=size, family=family, x=s.mx + s.px(110))
            s.y += s.px(14)
        else:
            s.y = s.text(f"{head[0]} - pagina {i + 1}", size=8, family="sans", fill=80) + s.px(16)
        s.paragraphs(chunk, size=size, family=family)
        if i == len(chunks) - 1:
            s.y += s.px(10)
            s.signature(s.mx + s.px(4), s.y, s.px(110), s.px(30))
            s.y += s.px(40)
            for ln in sign:
                s.y = s.text(ln, size=size, family=family)
        if footer:
            s.text(
                footer + (f"   pagina {i + 1} van {len(chunks)}" if len(chunks) > 1 else ""),
                size=7,
                family="sans",
                y=s.H - s.px(36),
                fill=90,
            )
        sheets.append(s)
    return sheets


# ================================================================================================ case A
# Arjen Wolters, machinebediende CNC at a window-frame factory. ArboPunt Noord's verzuimportaal exports
# (wkhtmltopdf), the employer's Word forms kept as .docx, a bureau and an arbeidsdeskundige in Word -> PDF.


def case_a() -> None:
    c = Case("wolters", "Wolters A - Dijkhuis Kozijnen", 1501)
    b = c.bsn
    wg = "Dijkhuis Kozijnen B.V."
    hdr = "Dijkhuis Kozijnen B.V.  |  Industrieweg 31, 7944 HV Meppel  |  P&O"
    ftr = "Formulier P&O-07  |  Versie 3 – sjabloon 2022"
    ba = "R.J. Oldenkamp, bedrijfsarts (BIG 49012345601)"
    user = "j.visscher@dijkhuiskozijnen.example"

    def ba_fields(soort: str, consult: str, rap: str):
        opts = [
            "Probleemanalyse (art. 2 Regeling procesgang)",
            "Vervolgrapportage",
            "Bijstelling probleemanalyse",
            "Actueel oordeel",
            "Medische informatie (alleen UWV)",
        ]
        return [
            ("Werknemer", "A. (Arjen) Wolters"),
            ("Geboortedatum", "11-06-1978"),
            ("BSN", b),
            ("Personeelsnummer", "P-0412"),
            ("Functie", "Machinebediende CNC (kozijnproductie), 38 uur per week"),
            ("Eerste verzuimdag", "05-02-2024"),
            ("Datum spreekuur", consult),
            ("Datum rapportage", rap),
            ("Soort rapportage", "   ".join(("☒ " if o.startswith(soort) else "☐ ") + o for o in opts)),
            ("Opgesteld door", ba),
        ]

    # A1 probleemanalyse, portal export with an export date two weeks later
    wkhtmltopdf(
        arbopunt(
            "2024-0173",
            wg,
            "18-03-2024 09:12",
            user,
            [
                ("h1", "Rapportage bedrijfsarts aan werkgever en werknemer"),
                ("fields", ba_fields("Probleemanalyse", "05-03-2024", "07-03-2024")),
                ("h2", "Aanleiding"),
                (
                    "p",
                    "Werknemer is sinds 05-02-2024 volledig uitgevallen voor zijn eigen werk. Hij is op 05-03-2024 op mijn "
                    "spreekuur geweest. Er is sprake van dreigend langdurig verzuim; daarom volgt hieronder mijn oordeel "
                    "en advies.",
                ),
                ("h2", "Beperkingen en mogelijkheden"),
                (
                    "ul",
                    [
                        "Niet tillen of dragen boven 5 kg.",
                        "Geen buigende en draaiende bewegingen van de romp.",
                        "Afwisselen van zitten en staan; niet langer dan 30 minuten achtereen staan.",
                        "Geen werk aan trillende of schokkende machines.",
                        "Geen beperkingen in het persoonlijk en sociaal functioneren.",
                    ],
                ),
                ("h2", "Prognose en verwachte duur"),
                (
                    "p",
                    "Herstel wordt verwacht, maar de termijn is onzeker. Een behandeltraject in de curatieve sector loopt. "
                    "Terugkeer aan de CNC-bank verwacht ik de komende zes tot acht weken niet. Aangepaste, zittende "
                    "werkzaamheden zijn nu al mogelijk.",
                ),
                ("h2", "Advies"),
                (
                    "p",
                    "Start met aangepast werk in de werkvoorbereiding of orderadministratie, 3 dagdelen van 2 uur per week, "
                    "met de mogelijkheid om af te wisselen tussen zitten en staan. Werkgever en werknemer stellen binnen "
                    "twee weken samen het plan van aanpak op. Houd wekelijks contact met de leidinggevende.",
                ),
                ("h2", "Werkgerelateerde factoren en arbeidsrelatie"),
                (
                    "p",
                    "Er zijn geen belemmeringen in de arbeidsrelatie gemeld. Werkgerelateerde factoren: zwaar tilwerk bij "
                    "het stellen van de machine; in het aangepaste werk komt dat niet voor.",
                ),
                ("h2", "Vervolg"),
                ("p", "Vervolgconsult op 02-04-2024."),
                (
                    "note",
                    "Deze rapportage bevat geen medische gegevens. Vragen? Neem contact op met ArboPunt Noord, "
                    "Oosterlaan 88, 8011 GC Zwolle.",
                ),
            ],
        ),
        c.path("export (1).pdf"),
        pdf_date("2024-03-18", 9, 12),
    )
    c.label(
        "export (1).pdf",
        "probleemanalyse",
        "2024-03-07",
        "wkhtmltopdf portal export",
        "generic export name, kind only as a ticked box in a field, Gegenereerd op 18-03-2024 is the export "
        "date and 05-03 the consult",
    )

    # A2 plan van aanpak, Word form
    c.path("Plan van aanpak - A. Wolters.docx").write_bytes(
        build_docx(
            [
                ("title", "Plan van aanpak re-integratie"),
                ("small", "Opgesteld op grond van art. 4 Regeling procesgang eerste en tweede ziektejaar."),
                (
                    "kv",
                    [
                        ("Gegevens",),
                        ("Naam werknemer", "Arjen Wolters"),
                        ("BSN", b),
                        ("Geboortedatum", "11-06-1978"),
                        ("Functie", "Machinebediende CNC (kozijnproductie)"),
                        ("Contracturen", "38 uur per week"),
                        ("Leidinggevende", "Bert Mulderij, productieleider"),
                        ("Eerste ziektedag", "05-02-2024"),
                        ("Probleemanalyse", "07-03-2024, R.J. Oldenkamp (bedrijfsarts ArboPunt Noord)"),
                        ("Casemanager", "Janet Visscher, P&O-adviseur"),
                        ("Re-integratiedoel",),
                        (
                            "Doel",
                            "☒ terugkeer in eigen functie   ☐ aangepast eigen werk   ☐ ander werk bij Dijkhuis   "
                            "☐ werk bij een andere werkgever",
                        ),
                        (
                            "Toelichting",
                            "Volgens de bedrijfsarts is herstel te verwachten. Tot die tijd werkt Arjen in de "
                            "werkvoorbereiding, zittend en zonder tillen.",
                        ),
                    ],
                ),
                ("b", "Afspraken en activiteiten"),
                (
                    "grid",
                    [
                        ("Nr", "Activiteit", "Wie", "Wanneer"),
                        (
                            "1",
                            "Aangepast werk werkvoorbereiding/orderadministratie, 3 x 2 uur",
                            "Arjen, Bert",
                            "vanaf 25-03-2024",
                        ),
                        ("2", "Zit-sta-bureau op de werkvoorbereiding regelen", "Janet", "voor 25-03-2024"),
                        (
                            "3",
                            "Opbouw naar 4 x 3 uur na vervolgconsult bedrijfsarts",
                            "Arjen, bedrijfsarts",
                            "april 2024",
                        ),
                        ("4", "Wekelijks contact (dinsdagochtend)", "Bert", "doorlopend"),
                        ("5", "Behandeling volgen en ontwikkelingen melden aan de bedrijfsarts", "Arjen", "doorlopend"),
                    ],
                    [1.0, 8.2, 3.8, 4.0],
                ),
                (
                    "kv",
                    [
                        (
                            "Evaluatiemomenten",
                            "30-04-2024, 11-06-2024 en uiterlijk bij de eerstejaarsevaluatie (januari 2025)",
                        ),
                        (
                            "Visie werkgever",
                            "Wij willen Arjen graag terug aan de machine. De werkvoorbereiding is een goede "
                            "tussenstap; hij kent de orders en de productie.",
                        ),
                        (
                            "Visie werknemer",
                            "Ik wil zo snel mogelijk weer aan het werk. Het zittende werk past nu, maar ik mis "
                            "de productie.",
                        ),
                        ("Datum", "19-03-2024"),
                        ("Handtekening werkgever", "H. Dijkhuis, directeur   (getekend)"),
                        ("Handtekening werknemer", "A. Wolters   (getekend)"),
                        ("Kopie aan", "werknemer, casemanager, bedrijfsarts (via portaal)"),
                    ],
                ),
            ],
            header=hdr,
            footer=ftr,
            author="Janet Visscher",
            date="2024-03-19",
        )
    )
    c.label(
        "Plan van aanpak - A. Wolters.docx",
        "plan_van_aanpak",
        "2024-03-19",
        "python-docx Word form",
        "label/value table, PA date and evaluation dates in the form",
    )

    # A3 tussentijdse evaluatie: no heading, kind only as a ticked box in a cell
    c.path("Document (3).docx").write_bytes(
        build_docx(
            [
                (
                    "kv",
                    [
                        (
                            "Soort gesprek",
                            "☐ bespreking probleemanalyse   ☒ evaluatie plan van aanpak   "
                            "☐ eerstejaarsevaluatie   ☐ eindevaluatie",
                        ),
                        ("Datum gesprek", "02-05-2024"),
                        ("Naam werknemer", "Arjen Wolters"),
                        ("BSN", b),
                        ("Aanwezig", "Arjen Wolters, Bert Mulderij (productieleider), Janet Visscher (P&O)"),
                        (
                            "Afspraken vorig gesprek",
                            "Plan van aanpak van 19-03-2024: aangepast werk 3 x 2 uur, opbouw naar 4 x 3 uur.",
                        ),
                        (
                            "Zijn de afspraken nagekomen?",
                            "☒ ja   ☐ deels   ☐ nee\nArjen werkt sinds 25-03 in de werkvoorbereiding. "
                            "De opbouw naar 4 x 3 uur is niet gelukt; na 2 uur moet hij stoppen.",
                        ),
                        (
                            "Hoe gaat het op het werk?",
                            "Goed contact met collega's van de werkvoorbereiding. Arjen maakt de "
                            "zaagstaten en controleert orders. Hij wil graag meer doen.",
                        ),
                        ("Wat is er nodig?", "Afwachten van de behandeling. Werkplek is aangepast (zit-sta-bureau)."),
                        (
                            "Nieuwe afspraken",
                            "Uren blijven 3 x 2 uur. Arjen meldt zich na de afspraak in het ziekenhuis bij "
                            "de bedrijfsarts. Bert belt elke dinsdag.",
                        ),
                        ("Volgende evaluatie", "11-06-2024"),
                        ("Paraaf werkgever", "J. Visscher"),
                        ("Paraaf werknemer", "A.W."),
                    ],
                ),
            ],
            header="Dijkhuis Kozijnen B.V.",
            footer=ftr,
            author="Janet Visscher",
            date="2024-05-02",
        )
    )
    c.label(
        "Document (3).docx",
        "tussentijdse_evaluatie",
        "2024-05-02",
        "python-docx Word form",
        "meaningless name, no heading - the kind is only the ticked box in the first cell",
    )

    # A4 bijstelling probleemanalyse, portal export
    wkhtmltopdf(
        arbopunt(
            "2024-0173",
            wg,
            "20-06-2024 16:40",
            user,
            [
                ("h1", "Rapportage bedrijfsarts aan werkgever en werknemer"),
                ("fields", ba_fields("Bijstelling", "11-06-2024", "13-06-2024")),
                ("h2", "Wat is er veranderd?"),
                (
                    "p",
                    "De belastbaarheid is gewijzigd ten opzichte van de probleemanalyse van 07-03-2024. Werknemer heeft een "
                    "ingreep ondergaan en is in de herstelfase. Ik stel mijn advies daarom bij.",
                ),
                ("h2", "Huidige belastbaarheid"),
                (
                    "ul",
                    [
                        "Tot 01-07-2024 geen werkzaamheden.",
                        "Daarna zittend werk, te beginnen met 2 x 2 uur per week.",
                        "Niet tillen boven 3 kg; geen buigen of draaien van de romp.",
                        "Zelfstandig reizen is mogelijk (korte afstanden).",
                    ],
                ),
                ("h2", "Prognose"),
                (
                    "p",
                    "Terugkeer in het eigen werk aan de CNC-bank verwacht ik niet binnen zes maanden; het is de vraag of "
                    "dat werk op termijn nog passend wordt. Aangepast werk in de werkvoorbereiding is wel haalbaar.",
                ),
                ("h2", "Advies"),
                (
                    "p",
                    "Stel het plan van aanpak bij en richt het re-integratiedoel op aangepast werk bij de eigen werkgever. "
                    "Overweeg rond de negende ziektemaand een arbeidsdeskundig onderzoek. Vervolgconsult 16-07-2024.",
                ),
                ("note", "Deze rapportage bevat geen medische gegevens."),
            ],
        ),
        c.path("export (2).pdf"),
        pdf_date("2024-06-20", 16, 40),
    )
    c.label(
        "export (2).pdf",
        "bijstelling_probleemanalyse",
        "2024-06-13",
        "wkhtmltopdf portal export",
        "same portal layout as the PA and AO - only the ticked box and the text differ, export date 20-06",
    )

    # A5 bijstelling plan van aanpak in a file named 'plan van aanpak'; the kind only in the header
    c.path("plan van aanpak.docx").write_bytes(
        build_docx(
            [
                (
                    "p",
                    "Dit formulier vervangt de afspraken van 19-03-2024 op de punten hieronder. De overige afspraken "
                    "blijven staan.",
                ),
                (
                    "kv",
                    [
                        ("Naam werknemer", "Arjen Wolters"),
                        ("BSN", b),
                        ("Datum", "27-06-2024"),
                        (
                            "Aanleiding",
                            "Advies bedrijfsarts van 13-06-2024: gewijzigde belastbaarheid, eigen werk niet "
                            "binnen zes maanden haalbaar.",
                        ),
                        (
                            "Nieuw re-integratiedoel",
                            "☐ eigen functie   ☒ aangepast werk bij Dijkhuis (werkvoorbereiding / "
                            "planning)   ☐ ander werk elders",
                        ),
                        ("Casemanager", "Janet Visscher (ongewijzigd)"),
                    ],
                ),
                (
                    "grid",
                    [
                        ("Activiteit", "Wie", "Wanneer"),
                        ("Geen werk tot 01-07-2024 (herstel)", "Arjen", "t/m 30-06-2024"),
                        ("Start werkvoorbereiding 2 x 2 uur, zittend", "Arjen, Bert", "vanaf 01-07-2024"),
                        (
                            "Opbouw in overleg met bedrijfsarts naar 4 x 4 uur",
                            "Arjen, bedrijfsarts",
                            "juli - september 2024",
                        ),
                        ("Inwerken in de planning (Excel, orderbestand)", "collega werkvoorbereiding", "augustus 2024"),
                        ("Arbeidsdeskundig onderzoek aanvragen", "Janet", "november 2024"),
                    ],
                    [8.5, 4.5, 4.0],
                ),
                (
                    "kv",
                    [
                        ("Volgende evaluatie", "12-09-2024"),
                        (
                            "Visie werkgever",
                            "We zien Arjen op termijn als vaste kracht in de werkvoorbereiding als de "
                            "machine niet meer lukt.",
                        ),
                        (
                            "Visie werknemer",
                            "Ik vind het jammer van de productie, maar ik sta open voor de werkvoorbereiding.",
                        ),
                        ("Handtekening werkgever", "J. Visscher namens H. Dijkhuis (getekend 27-06-2024)"),
                        ("Handtekening werknemer", "A. Wolters (getekend 27-06-2024)"),
                    ],
                ),
            ],
            header="Dijkhuis Kozijnen B.V.  |  Bijstelling plan van aanpak (versie 2)",
            footer=ftr,
            author="Janet Visscher",
            date="2024-06-27",
        )
    )
    c.label(
        "plan van aanpak.docx",
        "bijstelling_plan_van_aanpak",
        "2024-06-27",
        "python-docx Word form",
        "file named 'plan van aanpak' holds the bijstelling - its kind is only in the page header",
    )

    # A7 42-week report: print of the UWV employer portal
    chromium_pdf(
        uwvportal(
            "20-11-2024 14:05",
            [
                ("h1", "Ziekmelding langdurig zieke werknemer"),
                (
                    "raw",
                    '<div class="ok">Uw melding is verzonden. U ontvangt binnen enkele dagen een bevestiging.</div>',
                ),
                (
                    "fields",
                    [
                        ("Werkgever",),
                        ("Naam", wg),
                        ("Loonheffingennummer", "8214.63.905.L01"),
                        ("Werknemer",),
                        ("Naam", "A. Wolters"),
                        ("Burgerservicenummer", b),
                        ("Geboortedatum", "11-06-1978"),
                        ("Melding",),
                        ("Soort melding", "Ziekmelding na 42 weken ziekte (aangifte langdurige ziekte)"),
                        ("Eerste ziektedag", "05-02-2024"),
                        ("Gedeeltelijk hersteld", "Ja, werkt 16 uur per week"),
                        ("Arbeidsongevallen / regres", "Nee"),
                        ("Datum verzonden", "20-11-2024 14:03"),
                        ("Kenmerk", "ZM-2024-8817364"),
                    ],
                ),
                ("note", "Bewaar deze afdruk in het re-integratiedossier."),
            ],
        ),
        c.path("42 weken melding Wolters.pdf"),
        pdf_date("2024-11-20", 14, 5),
    )
    c.label(
        "42 weken melding Wolters.pdf",
        "ziekmelding_uwv",
        "2024-11-20",
        "Chromium print of a portal page",
        "portal print, first sick day and birth date as other dates",
    )

    # A8 arbeidsdeskundig rapport, Word -> PDF
    soffice_pdf(
        build_docx(
            [
                ("title", "Rapportage arbeidsdeskundig onderzoek"),
                (
                    "kv",
                    [
                        ("Opdrachtgever", "Dijkhuis Kozijnen B.V., J. Visscher"),
                        ("Werknemer", "Arjen Wolters"),
                        ("BSN", b),
                        ("Eerste ziektedag", "05-02-2024"),
                        ("Datum gesprekken", "17-12-2024 en 07-01-2025"),
                        ("Datum rapport", "10-01-2025"),
                        ("Arbeidsdeskundige", "S. Kuipers, register-arbeidsdeskundige, Bureau Arbeid & Vermogen"),
                    ],
                ),
                ("h", "1. Vraagstelling"),
                (
                    "p",
                    "Is het eigen werk als machinebediende CNC passend? Zo nee: is er passend werk bij Dijkhuis Kozijnen, en "
                    "is inzet van spoor 2 nodig?",
                ),
                ("h", "2. Belastbaarheid"),
                (
                    "p",
                    "Uitgangspunt is het inzetbaarheidsprofiel van de bedrijfsarts van 12-12-2024: beperkt in tillen "
                    "(max. 5 kg), buigen en torderen, langdurig staan en lopen; werktijden maximaal 6 uur per dag, 24 uur "
                    "per week.",
                ),
                ("h", "3. Belasting eigen functie versus belastbaarheid"),
                (
                    "grid",
                    [
                        ("Aspect", "Functie-eis", "Belastbaarheid", "Passend"),
                        ("Tillen/dragen", "regelmatig 15-25 kg (profielen, glaslatten)", "max. 5 kg", "nee"),
                        ("Staan", "6-7 uur per dag", "max. 30 min achtereen", "nee"),
                        ("Buigen/torderen", "vaak, bij in- en uitnemen werkstuk", "beperkt", "nee"),
                        ("Werktijd", "38 uur, dagdienst", "24 uur per week", "nee"),
                        ("Cognitief (programma's laden, maatvoering)", "gemiddeld", "geen beperking", "ja"),
                    ],
                    [4.5, 5.0, 4.5, 3.0],
                ),
                ("h", "4. Passend werk bij de werkgever"),
                (
                    "p",
                    "De werkvoorbereiding (zaagstaten, orderplanning, materiaalbestellingen) past binnen de belastbaarheid. "
                    "Arjen werkt daar nu 16 uur per week. Uitbreiding naar 24 uur is reëel. Een volledige functie van 38 "
                    "uur is er niet; de functie werkvoorbereider vraagt bovendien op termijn een cursus tekenprogramma.",
                ),
                ("h", "5. Conclusie en advies"),
                (
                    "p",
                    "Het eigen werk is niet meer passend (spoor 1 eigen werk: nee). Aangepast werk in de werkvoorbereiding "
                    "is passend voor maximaal 24 uur per week; bouw dit uit en leg het vast. Omdat er geen volledig passende "
                    "functie is, adviseer ik daarnaast een spoor 2-traject: oriëntatie op werk als planner of "
                    "werkvoorbereider bij een andere werkgever. Geschatte loonwaarde in de werkvoorbereiding: 85 %.",
                ),
                ("p", "Meppel, 10 januari 2025\nS. Kuipers, register-arbeidsdeskundige"),
            ],
            header="Bureau Arbeid & Vermogen  |  arbeidsdeskundig advies",
            footer="Rapport AD-25-0031",
            author="S. Kuipers",
            date="2025-01-10",
        ),
        c.path("AD-rapport.pdf"),
        pdf_date("2025-01-10", 15, 20),
    )
    c.label(
        "AD-rapport.pdf",
        "arbeidsdeskundig_rapport",
        "2025-01-10",
        "LibreOffice PDF from a Word report",
        "cites the IZP date and gespreksdata before the report date",
    )

    # A9 eerstejaarsevaluatie, UWV-form-like numbered questions in a Word table
    c.path("EJE formulier Wolters.docx").write_bytes(
        build_docx(
            [
                (
                    "kv",
                    [
                        ("1. Gegevens",),
                        ("1.1 Naam werknemer", "Arjen Wolters"),
                        ("1.2 BSN", b),
                        ("1.3 Werkgever", wg),
                        ("1.4 Eerste ziektedag", "05-02-2024"),
                        ("1.5 Datum gesprek", "28-01-2025"),
                        ("2. Terugblik",),
                        (
                            "2.1 Wat is er het afgelopen jaar gedaan?",
                            "Aangepast werk in de werkvoorbereiding sinds 25-03-2024, "
                            "onderbroken in juni 2024 (herstel). Plan bijgesteld op 27-06-2024. Arbeidsdeskundig onderzoek "
                            "10-01-2025.",
                        ),
                        (
                            "2.2 Wat is het resultaat nu?",
                            "Arjen werkt 16 uur per week (4 x 4 uur) in de werkvoorbereiding.",
                        ),
                        ("3. Het tweede ziektejaar",),
                        (
                            "3.1 Welk resultaat willen werkgever en werknemer aan het einde van het tweede ziektejaar bereiken?",
                            "☐ eigen werk   ☒ aangepast werk bij de eigen werkgever (24 uur)   ☒ ander werk bij een andere "
                            "werkgever (spoor 2, voor een volledige baan)",
                        ),
                        (
                            "3.2 Hoe gaat u dat bereiken?",
                            "Uren werkvoorbereiding uitbreiden naar 24; cursus tekenprogramma; "
                            "spoor 2-traject bij Werkpad Re-integratie vanaf februari 2025.",
                        ),
                        (
                            "3.3 Wordt spoor 2 ingezet?",
                            "☒ ja   ☐ nee   - start februari 2025 (advies arbeidsdeskundige)",
                        ),
                        ("4. Visie",),
                        (
                            "4.1 Visie werkgever",
                            "Arjen is waardevol in de werkvoorbereiding, maar 38 uur kunnen wij daar niet "
                            "bieden. Wij steunen het tweede spoor.",
                        ),
                        (
                            "4.2 Visie werknemer",
                            "Ik wil het liefst bij Dijkhuis blijven. Ik doe mee aan het tweede spoor om te "
                            "kijken wat er buiten mogelijk is.",
                        ),
                        ("5. Ondertekening",),
                        ("Werkgever", "H. Dijkhuis, directeur - 28-01-2025 (getekend)"),
                        ("Werknemer", "A. Wolters - 28-01-2025 (getekend)"),
                    ],
                    [7.0, 10.0],
                ),
            ],
            header="Dijkhuis Kozijnen B.V.  |  (Eerstejaars)evaluatie  |  Wet verbetering poortwachter",
            footer=ftr,
            author="Janet Visscher",
            date="2025-01-28",
        )
    )
    c.label(
        "EJE formulier Wolters.docx",
        "eerstejaarsevaluatie",
        "2025-01-28",
        "python-docx Word form",
        "numbered questions like the UWV form - the title only in the page header",
    )

    # A10 trajectplan tweede spoor, bureau Word -> PDF
    soffice_pdf(
        build_docx(
            [
                ("title", "Trajectplan re-integratie 2e spoor"),
                (
                    "kv",
                    [
                        ("Kandidaat", "Arjen Wolters"),
                        ("BSN", b),
                        ("Opdrachtgever", wg + ", J. Visscher"),
                        ("Loopbaanadviseur", "Tom Hesselink, Werkpad Re-integratie"),
                        ("Intakegesprek", "18-02-2025"),
                        ("Datum plan", "24-02-2025"),
                        ("Looptijd", "6 maanden, tot 24-08-2025"),
                    ],
                ),
                ("h", "Persoonsprofiel"),
                (
                    "p",
                    "Arjen is een nauwkeurige, praktische vakman met twintig jaar ervaring in de houtbewerking en kennis "
                    "van CNC-programma's. Opleiding: MBO-2 timmerman, VCA, heftruckcertificaat. Hij werkt nu 16 uur in de "
                    "werkvoorbereiding en leert snel met orderplanning in Excel.",
                ),
                ("h", "Zoekprofiel"),
                (
                    "p",
                    "Werkvoorbereider, planner of orderadministrateur in de maakindustrie of bouwtoelevering, zittend werk "
                    "met afwisseling, binnen 30 km van Meppel, 24 uur per week of meer.",
                ),
                (
                    "grid",
                    [
                        ("Fase", "Activiteiten", "Periode"),
                        (
                            "1. Oriëntatie",
                            "Arbeidsmarktverkenning, beroepentest, gesprekken met werkgevers in de regio",
                            "maart 2025",
                        ),
                        (
                            "2. Voorbereiding",
                            "Cv en LinkedIn-profiel, sollicitatietraining, netwerkkaart",
                            "april 2025",
                        ),
                        (
                            "3. Zoeken",
                            "Vacaturegericht bemiddelen, open sollicitaties, netwerkgesprekken",
                            "mei - augustus 2025",
                        ),
                        ("4. Plaatsing", "Proefplaatsing of detachering onderzoeken", "zodra mogelijk"),
                    ],
                    [3.5, 10.0, 3.5],
                ),
                ("p", "Rapportage: elke drie maanden een voortgangsrapportage aan werkgever en werknemer."),
                (
                    "p",
                    "Akkoord kandidaat: A. Wolters (getekend 24-02-2025)\nAkkoord opdrachtgever: J. Visscher (getekend 26-02-2025)",
                ),
            ],
            header="Werkpad Re-integratie  |  Kloosterstraat 5, 9401 ZZ Assen",
            footer="Werkpad - trajectplan",
            author="Tom Hesselink",
            date="2025-02-24",
        ),
        c.path("Werkpad_trajectplan_AW.pdf"),
        pdf_date("2025-02-24", 11),
    )
    c.label(
        "Werkpad_trajectplan_AW.pdf",
        "trajectplan_tweede_spoor",
        "2025-02-24",
        "LibreOffice PDF from a Word form",
        "intake date and the employer's later signature date beside the plan date",
    )

    # A11 voortgangsrapportage tweede spoor
    soffice_pdf(
        build_docx(
            [
                ("title", "Voortgangsrapportage 2"),
                (
                    "kv",
                    [
                        ("Kandidaat", "Arjen Wolters"),
                        ("BSN", b),
                        ("Rapportageperiode", "24-03-2025 t/m 20-06-2025"),
                        ("Datum rapportage", "26-06-2025"),
                        ("Loopbaanadviseur", "Tom Hesselink"),
                    ],
                ),
                ("h", "Activiteiten in deze periode"),
                (
                    "p",
                    "Zeven coachgesprekken; cv en LinkedIn-profiel afgerond; netwerkkaart gemaakt met 14 "
                    "contacten; vijf netwerkgesprekken gevoerd.",
                ),
                (
                    "grid",
                    [
                        ("Datum", "Sollicitatie / contact", "Resultaat"),
                        (
                            "02-04-2025",
                            "Planner, Noordhout Trappen B.V. (Hoogeveen)",
                            "afgewezen - ervaring planning te kort",
                        ),
                        (
                            "23-04-2025",
                            "Werkvoorbereider 24 uur, Staalbouw Reestdal (Staphorst)",
                            "gesprek 07-05, afgewezen",
                        ),
                        (
                            "15-05-2025",
                            "Orderadministratie, Bouwmaterialenhandel Kampers (Meppel)",
                            "vacature ingetrokken",
                        ),
                        ("11-06-2025", "Open sollicitatie werkvoorbereiding, Deurenfabriek Oostveld", "in behandeling"),
                    ],
                    [3.0, 9.0, 5.0],
                ),
                ("h", "Inzet van de kandidaat"),
                (
                    "p",
                    "Arjen komt zijn afspraken na en is gemotiveerd. De combinatie met 16-20 uur werkvoorbereiding bij "
                    "Dijkhuis vraagt veel energie; hij plant zijn sollicitatiedagen op de vrije dagen.",
                ),
                ("h", "Volgende periode"),
                (
                    "p",
                    "Vacaturegericht bemiddelen in de maakindustrie; contact met uitzendbureau voor technisch personeel; "
                    "volgende rapportage eind september 2025.",
                ),
            ],
            header="Werkpad Re-integratie  |  2e spoor",
            footer="Werkpad - voortgangsrapportage",
            author="Tom Hesselink",
            date="2025-06-26",
        ),
        c.path("rapportage.pdf"),
        pdf_date("2025-06-26", 16),
    )
    c.label(
        "rapportage.pdf",
        "voortgangsrapportage_tweede_spoor",
        "2025-06-26",
        "LibreOffice PDF from a Word form",
        "bare name, period dates and application dates in a table",
    )

    # A12 actueel oordeel, portal export
    wkhtmltopdf(
        arbopunt(
            "2024-0173",
            wg,
            "13-10-2025 10:02",
            user,
            [
                ("h1", "Rapportage bedrijfsarts aan werkgever en werknemer"),
                ("fields", ba_fields("Actueel", "07-10-2025", "09-10-2025")),
                ("h2", "Doel van deze rapportage"),
                (
                    "p",
                    "Ten behoeve van het re-integratieverslag bij de aanvraag van een WIA-uitkering geef ik mijn actuele "
                    "oordeel. De medische gegevens stuur ik apart aan de verzekeringsarts van UWV.",
                ),
                ("h2", "Belastbaarheid"),
                (
                    "p",
                    "De belastbaarheid is stabiel sinds het inzetbaarheidsprofiel van 12-12-2024: zittend werk met "
                    "afwisseling, niet tillen boven 5 kg, niet buigen of torderen, maximaal 6 uur per dag en 24 uur per week.",
                ),
                ("h2", "Verloop en prognose"),
                (
                    "p",
                    "Sinds het voorjaar van 2025 geen verdere verbetering. Ik verwacht het komende jaar geen wezenlijke "
                    "toename van de belastbaarheid.",
                ),
                ("h2", "Arbeidsrelatie"),
                ("p", "De arbeidsrelatie is goed; er zijn geen belemmeringen."),
                ("h2", "Passende arbeid bij de werkgever"),
                (
                    "p",
                    "Het werk in de werkvoorbereiding, 24 uur per week, is passend en kan duurzaam worden voortgezet. Het "
                    "eigen werk aan de CNC-bank is niet passend.",
                ),
                ("note", "Deze rapportage bevat geen medische gegevens."),
            ],
        ),
        c.path("export (3).pdf"),
        pdf_date("2025-10-13", 10, 2),
    )
    c.label(
        "export (3).pdf",
        "actueel_oordeel",
        "2025-10-09",
        "wkhtmltopdf portal export",
        "generic export name, IZP date 12-12-2024 and export date 13-10-2025 in the text",
    )

    # A13 medical information downloaded from the portal by HR (employer must not hold it)
    wkhtmltopdf(
        arbopunt(
            "2024-0173",
            wg,
            "13-10-2025 10:04",
            user,
            [
                ("h1", "Medische informatie ten behoeve van de verzekeringsarts UWV"),
                ("p", "MEDISCH GEHEIM - uitsluitend bestemd voor de verzekeringsarts. Niet voor de werkgever."),
                ("fields", ba_fields("Medische", "07-10-2025", "09-10-2025")),
                ("h2", "Diagnose"),
                (
                    "p",
                    "Lumbosacraal radiculair syndroom rechts bij hernia nuclei pulposi L5-S1 (ICD-10 M51.1). "
                    "Microdiscectomie op 21-05-2024 in Ziekenhuis De Vechtstroom. Restklachten: uitstralende pijn en "
                    "doofheid rechterbeen, verergerend bij staan en tillen.",
                ),
                ("h2", "Behandeling en behandelaars"),
                (
                    "ul",
                    [
                        "Neurochirurg, polikliniek De Vechtstroom (laatste controle 03-03-2025).",
                        "Pijnrevalidatieprogramma, Revalidatie Drenthe-Noord, 12 weken (afgerond juni 2025).",
                        "Medicatie: pregabaline 75 mg 2 dd, paracetamol zo nodig.",
                    ],
                ),
                ("h2", "Beloop"),
                (
                    "p",
                    "Na de ingreep initieel verbetering; sinds voorjaar 2025 een stabiel restbeeld. MRI 02-2025: geen "
                    "recidief. Prognose voor verdere verbetering beperkt.",
                ),
            ],
        ),
        c.path("export (4).pdf"),
        pdf_date("2025-10-13", 10, 4),
    )
    c.label(
        "export (4).pdf",
        "medische_informatie",
        "2025-10-09",
        "wkhtmltopdf portal export",
        "medical information the employer downloaded from the portal and must not hold (DOMAIN 5.1) - same "
        "layout and dates as the AO in export (3)",
    )

    # A14 eindevaluatie: employer form, kind only in the ticked box
    c.path("Document (5).docx").write_bytes(
        build_docx(
            [
                (
                    "kv",
                    [
                        (
                            "Soort gesprek",
                            "☐ bespreking probleemanalyse   ☐ evaluatie plan van aanpak   "
                            "☐ eerstejaarsevaluatie   ☒ eindevaluatie (t.b.v. WIA-aanvraag)",
                        ),
                        ("Datum gesprek", "23-10-2025"),
                        ("Naam werknemer", "Arjen Wolters"),
                        ("BSN", b),
                        ("Aanwezig", "Arjen Wolters, Henk Dijkhuis, Janet Visscher"),
                        (
                            "Aard van het bedrijf",
                            "Productie van houten en kunststof kozijnen, deuren en puien voor de "
                            "woningbouw; circa 85 medewerkers; productiehal in Meppel en montage op de bouwplaats.",
                        ),
                        (
                            "Terugblik",
                            "Uitval 05-02-2024. Aangepast werk in de werkvoorbereiding vanaf maart 2024, onderbroken "
                            "in juni 2024. Plan bijgesteld 27-06-2024. Eerstejaarsevaluatie 28-01-2025. Spoor 2 bij Werkpad sinds "
                            "februari 2025, nog zonder plaatsing. Arjen werkt sinds mei 2025 24 uur per week in de "
                            "werkvoorbereiding.",
                        ),
                        ("Oordeel werkgever over de arbeidsrelatie", "Goed. Er is geen conflict."),
                        (
                            "Passende arbeid bij de werkgever",
                            "Ja: werkvoorbereiding 24 uur per week. Meer uren passend werk "
                            "is er niet; het eigen werk is niet meer passend (actueel oordeel bedrijfsarts 09-10-2025).",
                        ),
                        (
                            "Resultaat",
                            "Gedeeltelijke hervatting in aangepast werk, 24 van 38 uur. Werknemer vraagt een "
                            "WIA-uitkering aan.",
                        ),
                        ("Visie werknemer", "Ik ben blij dat ik bij Dijkhuis kan blijven werken."),
                        ("Paraaf werkgever", "H. Dijkhuis"),
                        ("Paraaf werknemer", "A.W."),
                    ],
                ),
            ],
            header="Dijkhuis Kozijnen B.V.",
            footer=ftr,
            author="Janet Visscher",
            date="2025-10-23",
        )
    )
    c.label(
        "Document (5).docx",
        "eindevaluatie",
        "2025-10-23",
        "python-docx Word form",
        "meaningless name, same employer form as the evaluation in Document (3) - only the ticked box differs",
    )

    # A15 verzuimregistratie export (no RIV document)
    wkhtmltopdf(
        arbopunt(
            "2024-0173",
            wg,
            "13-10-2025 10:06",
            user,
            [
                ("h1", "Verzuimhistorie werknemer"),
                (
                    "fields",
                    [
                        ("Werknemer", "A. (Arjen) Wolters"),
                        ("Personeelsnummer", "P-0412"),
                        ("BSN", b),
                        ("Periode", "01-01-2023 t/m 13-10-2025"),
                    ],
                ),
                (
                    "table",
                    ("Melding", "Eerste dag", "Hersteld", "Percentage", "Kalenderdagen", "Soort"),
                    [
                        ("16-01-2023", "16-01-2023", "19-01-2023", "100 %", "4", "ziekte"),
                        ("12-06-2023", "12-06-2023", "14-06-2023", "100 %", "3", "ziekte"),
                        ("05-02-2024", "05-02-2024", "-", "100 %", "", "ziekte (lopend)"),
                        ("25-03-2024", "25-03-2024", "-", "84 %", "", "gedeeltelijk herstel 6 u"),
                        ("21-05-2024", "21-05-2024", "-", "100 %", "", "terugval"),
                        ("01-07-2024", "01-07-2024", "-", "89 %", "", "gedeeltelijk herstel 4 u"),
                        ("16-09-2024", "16-09-2024", "-", "58 %", "", "gedeeltelijk herstel 16 u"),
                        ("12-05-2025", "12-05-2025", "-", "37 %", "", "gedeeltelijk herstel 24 u"),
                    ],
                ),
                ("note", "Verzuimfrequentie 2023: 2. Lopende verzuimduur op 13-10-2025: 617 dagen."),
            ],
        ),
        c.path("verzuimregistratie 2023-2025.pdf"),
        pdf_date("2025-10-13", 10, 6),
    )
    c.label(
        "verzuimregistratie 2023-2025.pdf",
        "",
        "",
        "wkhtmltopdf portal export",
        "no RIV document: the absence registration of art. 3 Regeling procesgang is not an art. 6 element",
    )

    # A16 declaratieformulier (no RIV document)
    c.path("declaratie km Werkpad.docx").write_bytes(
        build_docx(
            [
                ("title", "Declaratieformulier reis- en onkosten"),
                (
                    "kv",
                    [
                        ("Naam", "Arjen Wolters"),
                        ("Personeelsnummer", "P-0412"),
                        ("Kostenplaats", "4100 Productie"),
                        ("Reden", "Reizen naar Werkpad Re-integratie, Assen (2e spoor)"),
                    ],
                ),
                (
                    "grid",
                    [
                        ("Datum", "Van - naar", "Km", "Bedrag"),
                        ("04-03-2025", "Meppel - Assen v.v.", "92", "€ 21,16"),
                        ("18-03-2025", "Meppel - Assen v.v.", "92", "€ 21,16"),
                        ("01-04-2025", "Meppel - Assen v.v.", "92", "€ 21,16"),
                        ("15-04-2025", "Meppel - Assen v.v. + parkeren", "92", "€ 25,66"),
                        ("", "Totaal", "368", "€ 89,14"),
                    ],
                    [3.0, 7.5, 2.5, 4.0],
                ),
                (
                    "kv",
                    [
                        ("Datum", "22-04-2025"),
                        ("Handtekening medewerker", "A. Wolters"),
                        ("Akkoord leidinggevende", "B. Mulderij"),
                        ("Verwerkt salarisadministratie", "☐"),
                    ],
                ),
            ],
            header=hdr,
            footer="Formulier FIN-03  |  Versie 3 – sjabloon 2022",
            author="Arjen Wolters",
            date="2025-04-22",
        )
    )
    c.label(
        "declaratie km Werkpad.docx",
        "",
        "",
        "python-docx Word form",
        "no RIV document: an expense claim naming the second-track bureau",
    )


# ================================================================================================ case B
# Marloes Bakhuizen, leerkracht basisonderwijs. P&O forms of the school board in Word (.docx kept as .docx, one
# multi-section with a landscape page), the arbodienst's 'Terugkoppeling bedrijfsarts' form as Word -> PDF, a
# copier scan with an OCR layer, a psychologist's report forwarded by the employee.


def case_b() -> None:
    c = Case("bakhuizen", "SVO P&O - Bakhuizen M", 1502)
    b = c.bsn
    hdr = "Stichting Vliethorst Onderwijs  |  Personeel & Organisatie  |  vertrouwelijk"
    ftr = "P&O-formulier  |  Versie 3 – sjabloon 2022"
    tb_hdr = "Arbo Eemvallei  |  Stationsstraat 12, 3811 MH Amersfoort  |  www.arboeemvallei.example"
    tb_ftr = "Arbo Eemvallei - TB-formulier v3.2 (2022)"

    def tb(soort: str, spreekuur: str, datum: str, body: list) -> bytes:
        opts = ["Probleemanalyse", "Vervolgconsult", "Bijstelling probleemanalyse", "Actueel oordeel"]
        return build_docx(
            [
                ("title", "Terugkoppeling bedrijfsarts"),
                (
                    "kv",
                    [
                        ("Werkgever", "Stichting Vliethorst Onderwijs, OBS De Klimop (Harmelen)"),
                        ("Werknemer", "mw. M. Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Geboortedatum", "23-02-1986"),
                        ("Functie", "Leerkracht basisonderwijs (L10), werktijdfactor 0,8000"),
                        ("Eerste ziektedag", "18-09-2023"),
                        ("Datum spreekuur", spreekuur),
                        ("Soort terugkoppeling", "   ".join(("☒ " if o == soort else "☐ ") + o for o in opts)),
                    ],
                ),
                *body,
                (
                    "kv",
                    [
                        ("Datum", datum),
                        ("Bedrijfsarts", "F. Roelofsen, bedrijfsarts, BIG 89045678201"),
                        ("Verzonden aan", "werkgever (P&O, E.J. Mulder) en werknemer"),
                    ],
                ),
                (
                    "small",
                    "Deze terugkoppeling bevat geen medische gegevens (AVG). Medische informatie blijft bij de "
                    "bedrijfsarts.",
                ),
            ],
            header=tb_hdr,
            footer=tb_ftr,
            author="F. Roelofsen",
            date=datum[6:] + "-" + datum[3:5] + "-" + datum[:2],
            font="Arial",
            size=9.5,
        )

    # B1 probleemanalyse
    soffice_pdf(
        tb(
            "Probleemanalyse",
            "24-10-2023",
            "24-10-2023",
            [
                ("h", "Belastbaarheid"),
                (
                    "p",
                    "Mevrouw heeft forse energetische beperkingen. Concentratie en het verwerken van prikkels zijn "
                    "verminderd. Lesgevende taken met verantwoordelijkheid voor een groep zijn op dit moment niet mogelijk. "
                    "Korte, voorspelbare taken zonder tijdsdruk zijn wel mogelijk.",
                ),
                ("h", "Oordeel en prognose"),
                (
                    "p",
                    "Er is sprake van dreigend langdurig verzuim. Ik verwacht binnen drie maanden een gedeeltelijke "
                    "hervatting; volledig herstel in het eigen werk is over minimaal zes maanden te beoordelen.",
                ),
                ("h", "Advies aan werkgever en werknemer"),
                (
                    "p",
                    "Na de herfstvakantie starten met 2 x 2 uur niet-lesgebonden taken op school (voorbereiden, "
                    "nakijken, overleg met de duo-collega), zonder groepsverantwoordelijkheid. Binnen twee weken samen het "
                    "plan van aanpak opstellen. Wekelijks kort contact met de directeur.",
                ),
                ("h", "Vervolg"),
                ("p", "Vervolgconsult over vier weken, op 21-11-2023."),
            ],
        ),
        c.path("Terugkoppeling bedrijfsarts 24-10-2023.pdf"),
        pdf_date("2023-10-24", 16, 30),
        name="TB.docx",
    )
    c.label(
        "Terugkoppeling bedrijfsarts 24-10-2023.pdf",
        "probleemanalyse",
        "2023-10-24",
        "LibreOffice PDF from a Word form",
        "arbodienst form titled 'Terugkoppeling bedrijfsarts' - the kind is only the ticked box",
    )

    # B2 plan van aanpak, three sections (portrait, landscape action table, portrait signatures)
    c.path("PvA M. Bakhuizen def.docx").write_bytes(
        build_docx(
            [
                (
                    "kv",
                    [
                        ("Naam werknemer", "Marloes Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("School", "OBS De Klimop, Harmelen"),
                        ("Functie", "Leerkracht groep 5 (L10)"),
                        ("Werktijdfactor", "0,8000 (maandag t/m donderdag)"),
                        ("Eerste ziektedag", "18-09-2023"),
                        ("Probleemanalyse", "24-10-2023, F. Roelofsen, bedrijfsarts Arbo Eemvallei"),
                        ("Casemanager", "Erik-Jan Mulder, P&O-adviseur bestuursbureau"),
                        ("Leidinggevende", "Saskia de Haan, directeur OBS De Klimop"),
                        (
                            "Doel van de re-integratie",
                            "☒ eigen werk   ☐ eigen werk, aangepast   ☐ ander werk binnen de "
                            "stichting   ☐ werk buiten de stichting",
                        ),
                        ("Datum plan", "03-11-2023"),
                    ],
                ),
                ("section", "landscape", "Stichting Vliethorst Onderwijs  |  Plan van aanpak – afsprakenoverzicht"),
                (
                    "grid",
                    [
                        ("Wat", "Doel", "Wie", "Start", "Klaar / evaluatie"),
                        (
                            "Niet-lesgebonden taken 2 x 2 uur (di en do ochtend)",
                            "wennen, ritme",
                            "Marloes, Saskia",
                            "06-11-2023",
                            "evaluatie 14-12-2023",
                        ),
                        (
                            "Uitbreiden naar 3 x 3 uur, nog zonder groep",
                            "opbouw belastbaarheid",
                            "Marloes",
                            "na advies BA",
                            "januari 2024",
                        ),
                        (
                            "Wekelijks contact (maandag, telefonisch)",
                            "contact houden",
                            "Saskia",
                            "06-11-2023",
                            "doorlopend",
                        ),
                        (
                            "Terugkoppeling bedrijfsarts na elk consult",
                            "bijsturen",
                            "Erik-Jan",
                            "21-11-2023",
                            "doorlopend",
                        ),
                        (
                            "Stap naar lesgeven in kleine groepjes (RT)",
                            "terug naar eigen werk",
                            "Marloes, IB'er",
                            "voorjaar 2024",
                            "evaluatie voorjaar",
                        ),
                    ],
                    [6.5, 4.5, 4.0, 3.3, 4.0],
                ),
                ("section", "portrait", "Stichting Vliethorst Onderwijs  |  Plan van aanpak – ondertekening"),
                (
                    "kv",
                    [
                        (
                            "Evaluatiemomenten",
                            "14-12-2023, daarna iedere zes weken; eerstejaarsevaluatie rond september 2024",
                        ),
                        (
                            "Visie werkgever",
                            "We willen Marloes rustig laten terugkomen. Zij is een gewaardeerde collega; "
                            "haar groep wordt tot de kerstvakantie door een invaller opgevangen.",
                        ),
                        (
                            "Visie werknemer",
                            "Ik wil graag terug naar mijn groep, maar merk dat ik nog weinig aankan. Dit "
                            "tempo voelt goed.",
                        ),
                        ("Handtekening werkgever", "S. de Haan, directeur - 03-11-2023"),
                        ("Handtekening werknemer", "M. Bakhuizen - 03-11-2023"),
                        ("Afschrift", "werknemer, casemanager, bedrijfsarts"),
                    ],
                ),
            ],
            header="Stichting Vliethorst Onderwijs  |  Plan van aanpak – Wet verbetering poortwachter",
            footer=ftr,
            author="Erik-Jan Mulder",
            date="2023-11-03",
        )
    )
    c.label(
        "PvA M. Bakhuizen def.docx",
        "plan_van_aanpak",
        "2023-11-03",
        "python-docx Word form",
        "three sections (portrait, landscape, portrait) with their own headers - the title only in the header",
    )

    # B3 tussentijdse evaluatie
    c.path("Gespreksformulier 14-12.docx").write_bytes(
        build_docx(
            [
                ("title", "Gespreksformulier verzuim"),
                (
                    "kv",
                    [
                        (
                            "Soort gesprek",
                            "[ ] verzuimgesprek   [x] evaluatie plan van aanpak   [ ] eerstejaarsevaluatie",
                        ),
                        ("Naam", "Marloes Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Datum", "14-12-2023"),
                        ("Gesprek met", "Saskia de Haan (directeur), Erik-Jan Mulder (P&O)"),
                        (
                            "Hoe gaat het?",
                            "Marloes werkt sinds 06-11 twee ochtenden op school. Dat gaat goed, al is ze na "
                            "afloop moe. Ze bereidt de rekenlessen voor voor de invaller.",
                        ),
                        (
                            "Afspraken uit het plan van aanpak",
                            "Nagekomen. De stap naar 3 x 3 uur is nog te groot volgens "
                            "de bedrijfsarts (consult 21-11-2023).",
                        ),
                        (
                            "Nieuwe afspraken",
                            "Na de kerstvakantie 3 ochtenden van 2,5 uur. Eén ochtend meedraaien bij de "
                            "kleine rekengroep van de intern begeleider.",
                        ),
                        ("Volgende evaluatie", "01-02-2024"),
                        ("Voor gezien werknemer", "M. Bakhuizen"),
                        ("Voor gezien werkgever", "S. de Haan"),
                    ],
                ),
            ],
            header=hdr,
            footer=ftr,
            author="Erik-Jan Mulder",
            date="2023-12-14",
        )
    )
    c.label(
        "Gespreksformulier 14-12.docx",
        "tussentijdse_evaluatie",
        "2023-12-14",
        "python-docx Word form",
        "file name without year, [x] tick boxes, consult date and next date in the form",
    )

    # B4 bijstelling probleemanalyse
    soffice_pdf(
        tb(
            "Bijstelling probleemanalyse",
            "06-02-2024",
            "06-02-2024",
            [
                ("h", "Wat is er gewijzigd?"),
                (
                    "p",
                    "De belastbaarheid is duidelijk toegenomen sinds mijn probleemanalyse van 24-10-2023. Ik stel mijn "
                    "oordeel en advies bij.",
                ),
                ("h", "Belastbaarheid nu"),
                (
                    "p",
                    "Lesgeven aan kleine groepjes is mogelijk, twee ochtenden per week. Verantwoordelijkheid voor een hele "
                    "groep en ouderavonden nog niet. Werkdagen niet langer dan 4 uur; tussen werkdagen een hersteldag.",
                ),
                ("h", "Prognose"),
                (
                    "p",
                    "Gunstig. Ik verwacht terugkeer in het eigen werk, eerst met minder uren. Volledige hervatting binnen "
                    "het eerste ziektejaar is onzeker.",
                ),
                ("h", "Advies"),
                (
                    "p",
                    "Pas het plan van aanpak aan: opbouw naar drie ochtenden lesgeven aan kleine groepen, daarna een dag "
                    "met de eigen groep samen met de duo-collega. Vervolgconsult 19-03-2024.",
                ),
            ],
        ),
        c.path("Terugkoppeling bedrijfsarts 06-02-2024.pdf"),
        pdf_date("2024-02-06", 15, 10),
        name="TB.docx",
    )
    c.label(
        "Terugkoppeling bedrijfsarts 06-02-2024.pdf",
        "bijstelling_probleemanalyse",
        "2024-02-06",
        "LibreOffice PDF from a Word form",
        "same arbodienst form as the PA - only the ticked box and the text differ",
    )

    # B5 a week-30 evaluation kept in a file named 'eerstejaarsevaluatie' (the form is the EJE template)
    c.path("eerstejaarsevaluatie.docx").write_bytes(
        build_docx(
            [
                ("title", "Evaluatieformulier re-integratie"),
                ("small", "Dit formulier wordt ook gebruikt voor de eerstejaarsevaluatie (UWV). Kruis het moment aan."),
                (
                    "kv",
                    [
                        (
                            "Moment",
                            "☒ tussentijdse evaluatie (week 30)   ☐ eerstejaarsevaluatie (week 46-52)   "
                            "☐ eindevaluatie",
                        ),
                        ("Naam werknemer", "Marloes Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Datum gesprek", "11-04-2024"),
                        (
                            "1. Wat is er sinds het vorige gesprek gebeurd?",
                            "Marloes werkt drie ochtenden met kleine groepjes "
                            "(rekenen en lezen). Na de bijstelling van de bedrijfsarts van 06-02-2024 gaat de opbouw in kleine "
                            "stappen goed.",
                        ),
                        (
                            "2. Wat is het resultaat tot nu toe?",
                            "12 uur per week, lesgevende taken zonder eigen groep.",
                        ),
                        (
                            "3. Afspraken voor de komende periode",
                            "Vanaf 22-04-2024 op donderdag de eigen groep 5 samen met "
                            "duo-collega Jeroen. Geen ouderavonden tot de zomer.",
                        ),
                        (
                            "4. Visie werkgever",
                            "Goede vooruitgang. Na de zomer willen we de formatie zo inrichten dat "
                            "Marloes groep 5 twee dagen kan draaien.",
                        ),
                        ("5. Visie werknemer", "Ik merk dat het beter gaat. Ik ben blij met de kleine stappen."),
                        ("Volgende evaluatie", "30-05-2024"),
                        ("Handtekening werkgever", "S. de Haan"),
                        ("Handtekening werknemer", "M. Bakhuizen"),
                    ],
                ),
            ],
            header=hdr,
            footer=ftr,
            author="Erik-Jan Mulder",
            date="2024-04-11",
        )
    )
    c.label(
        "eerstejaarsevaluatie.docx",
        "tussentijdse_evaluatie",
        "2024-04-11",
        "python-docx Word form",
        "file named 'eerstejaarsevaluatie' and the EJE template - but the ticked moment is week 30 (DOMAIN 2.2 "
        "milestone 7: EJE in weeks 46-52), so a periodic evaluation",
    )

    # B6 UWV confirmation of the 42-week report: copier scan with OCR layer
    rng = c.rng
    pages = typed_letter(
        rng,
        (
            "UWV",
            ["Uitvoeringsinstituut Werknemersverzekeringen"],
            ["Werkgeversservicepunt", "Postbus 4321", "8000 ZZ Zwolle"],
        ),
        ["Stichting Vliethorst Onderwijs", "t.a.v. de afdeling P&O", "Kanaalweg 4", "3441 AB  Woerden"],
        [
            ("Datum", "10 juli 2024"),
            ("Ons kenmerk", "ZM/2024/0718822"),
            ("Onderwerp", "Bevestiging ziekmelding langdurig zieke werknemer"),
            ("Loonheffingennummer", "8056.31.447.L01"),
        ],
        [
            "Geachte heer, mevrouw,",
            f"Op 4 juli 2024 hebben wij uw ziekmelding ontvangen van uw werknemer mevrouw M. Bakhuizen, "
            f"BSN {b}. Zij is ziek sinds 18 september 2023. Met deze brief bevestigen wij de ontvangst.",
            "##Wat betekent dit voor u?",
            "U betaalt het loon van uw werknemer door zolang zij ziek is, in principe tot en met "
            "14 september 2025. U blijft samen met uw werknemer werken aan haar terugkeer in werk.",
            "##Wat moet u nog doen?",
            "Aan het einde van het eerste ziektejaar bespreekt u met uw werknemer wat er is bereikt en "
            "wat het doel is voor het tweede jaar. Leg dit vast in het re-integratiedossier. Zoekt u ook "
            "naar werk bij een andere werkgever als terugkeer in het eigen bedrijf niet lukt.",
            "Als uw werknemer na bijna twee jaar nog ziek is, kan zij een WIA-uitkering aanvragen. "
            "Daarvoor is het re-integratieverslag nodig. Wij sturen haar daarover op tijd een brief.",
            "Met vriendelijke groet,",
        ],
        ["UWV Werkgeversservicepunt", "afdeling Ziekmeldingen"],
        family="sans",
        size=10,
    )
    imgs = [degrade(s.im, rng, angle=0.45, mode="1", noise=14, shift=(6, -4), speckles=300) for s in pages]
    c.path("scan_20240712_0001.pdf").write_bytes(ocr_pdf(imgs, pdf_date("2024-07-12", 8, 51), *COPIER2))
    c.label(
        "scan_20240712_0001.pdf",
        "ziekmelding_uwv",
        "2024-07-10",
        "copier scan with OCR layer (tesseract)",
        "UWV's confirmation of the 42-week report (CONTRACT: the melding and its confirmation), scan name with "
        "the scan date, receipt date 4 July and end of wage payment in the text",
    )

    # B7 bijstelling plan van aanpak for the new school year
    c.path("Bijstelling PvA schooljaar 24-25.docx").write_bytes(
        build_docx(
            [
                ("title", "Bijstelling plan van aanpak"),
                (
                    "kv",
                    [
                        ("Naam werknemer", "Marloes Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Datum", "29-08-2024"),
                        ("Oorspronkelijk plan", "03-11-2023"),
                        (
                            "Reden bijstelling",
                            "Nieuw schooljaar; belastbaarheid volgens inzetbaarheidsprofiel van de "
                            "bedrijfsarts van 27-08-2024.",
                        ),
                        (
                            "Gewijzigd doel",
                            "☐ eigen werk volledig   ☒ eigen werk, aangepast (duobaan groep 5, 2 dagen, plus "
                            "1 dag remedial teaching)   ☐ ander werk",
                        ),
                        (
                            "Nieuwe afspraken",
                            "Maandag en dinsdag groep 5 met duo-collega; woensdagochtend RT. Geen "
                            "ouderavonden tot de herfstvakantie. Opbouw naar donderdag in overleg met de "
                            "bedrijfsarts.",
                        ),
                        ("Evaluatie", "eerstejaarsevaluatie 05-09-2024, daarna iedere zes weken"),
                        ("Visie werkgever", "Met de duobaan heeft Marloes een vaste plek in haar eigen groep."),
                        ("Visie werknemer", "Ik ben er blij mee. Vier dagen lukt nog niet."),
                        ("Handtekening werkgever", "S. de Haan - 29-08-2024"),
                        ("Handtekening werknemer", "M. Bakhuizen - 29-08-2024"),
                    ],
                ),
            ],
            header=hdr,
            footer=ftr,
            author="Erik-Jan Mulder",
            date="2024-08-29",
        )
    )
    c.label(
        "Bijstelling PvA schooljaar 24-25.docx",
        "bijstelling_plan_van_aanpak",
        "2024-08-29",
        "python-docx Word form",
        "school year in the name, original plan date and IZP date in the form",
    )

    # B8 eerstejaarsevaluatie, numbered questions (the board's own form, unlike B5's)
    c.path("Evaluatie 1e ziektejaar.docx").write_bytes(
        build_docx(
            [
                ("title", "Evaluatie eerste ziektejaar"),
                (
                    "kv",
                    [
                        ("Naam werknemer", "Marloes Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Datum", "05-09-2024"),
                        ("Eerste ziektedag", "18-09-2023"),
                    ],
                ),
                (
                    "grid",
                    [
                        ("Nr", "Vraag", "Antwoord"),
                        (
                            "1",
                            "Wat is er in het eerste ziektejaar aan re-integratie gedaan?",
                            "Opbouw van niet-lesgebonden taken (nov. 2023) via kleine groepjes (voorjaar 2024) naar de eigen "
                            "groep op donderdag (april 2024). Bijstellingen: 06-02-2024 (bedrijfsarts) en 29-08-2024 (plan).",
                        ),
                        (
                            "2",
                            "Wat is het resultaat na een jaar?",
                            "Marloes werkt 20 uur: 2 dagen groep 5 in duobaan en 1 ochtend RT.",
                        ),
                        (
                            "3",
                            "Welk resultaat wilt u aan het einde van het tweede ziektejaar bereiken?",
                            "Eigen werk, aangepast: 3 dagen (0,6) als leerkracht groep 5. Volledige terugkeer naar 0,8 is "
                            "volgens de bedrijfsarts onzeker.",
                        ),
                        (
                            "4",
                            "Hoe gaat u dat bereiken?",
                            "Opbouw donderdag vanaf november 2024; coaching door de intern "
                            "begeleider; evaluatie elke zes weken.",
                        ),
                        (
                            "5",
                            "Is een re-integratietraject bij een andere werkgever (tweede spoor) nodig?",
                            "Nee. Er is concreet uitzicht op terugkeer in het eigen werk binnen drie maanden (advies "
                            "bedrijfsarts 27-08-2024).",
                        ),
                        ("6", "Visie werkgever", "Tevreden over de voortgang en de inzet van Marloes."),
                        ("7", "Visie werknemer", "Ik wil de derde dag erbij en dan kijken wat haalbaar blijft."),
                    ],
                    [1.0, 6.5, 9.5],
                ),
                (
                    "kv",
                    [("Handtekening werkgever", "S. de Haan, directeur"), ("Handtekening werknemer", "M. Bakhuizen")],
                ),
            ],
            header=hdr,
            footer=ftr,
            author="Erik-Jan Mulder",
            date="2024-09-05",
        )
    )
    c.label(
        "Evaluatie 1e ziektejaar.docx",
        "eerstejaarsevaluatie",
        "2024-09-05",
        "python-docx Word form",
        "numbered questions in a table, no 'eerstejaarsevaluatie' word - '1e ziektejaar' only",
    )

    # B9 inzetbaarheidsprofiel
    soffice_pdf(
        build_docx(
            [
                ("title", "Inzetbaarheidsprofiel"),
                (
                    "kv",
                    [
                        ("Werknemer", "mw. M. Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Functie", "Leerkracht basisonderwijs"),
                        ("Datum", "27-08-2024"),
                        ("Opgesteld door", "F. Roelofsen, bedrijfsarts, Arbo Eemvallei"),
                    ],
                ),
                (
                    "grid",
                    [
                        ("Rubriek", "Beperkt?", "Toelichting"),
                        (
                            "I Persoonlijk functioneren",
                            "ja",
                            "Concentratie en verdelen van aandacht beperkt bij "
                            "langdurige hoge prikkeldruk; geen deadlines met hoge tijdsdruk.",
                        ),
                        (
                            "II Sociaal functioneren",
                            "licht",
                            "Conflicthantering (ouders) beperkt; geen ouderavonden zonder ondersteuning.",
                        ),
                        ("III Aanpassing aan fysieke omgevingseisen", "nee", ""),
                        ("IV Dynamische handelingen", "nee", ""),
                        ("V Statische houdingen", "nee", ""),
                        (
                            "VI Werktijden",
                            "ja",
                            "Maximaal 6 uur per dag, 3 dagen per week (circa 20 uur); niet op "
                            "opeenvolgende lange dagen.",
                        ),
                    ],
                    [5.5, 2.0, 9.5],
                ),
                ("p", "Dit profiel hoort bij mijn advies voor het nieuwe schooljaar. Het bevat geen diagnose."),
            ],
            header=tb_hdr,
            footer=tb_ftr,
            author="F. Roelofsen",
            date="2024-08-27",
            font="Arial",
            size=9.5,
        ),
        c.path("Inzetbaarheidsprofiel.pdf"),
        pdf_date("2024-08-27", 12),
    )
    c.label(
        "Inzetbaarheidsprofiel.pdf",
        "inzetbaarheidsprofiel",
        "2024-08-27",
        "LibreOffice PDF from a Word form",
        "six rubrieken in a table",
    )

    # B10 a psychologist's report the employee forwarded to P&O (medical, the employer must not hold it)
    soffice_pdf(
        build_docx(
            [
                ("p", "Praktijk Kromme Rijn - GZ-psychologie\nMolenweg 2, 3981 ZZ Bunnik"),
                ("p", "Aan: mw. M. Bakhuizen\nBetreft: behandelrapportage\nDatum: 16 mei 2024"),
                ("p", "Beste Marloes,"),
                (
                    "p",
                    "Zoals afgesproken vat ik hieronder de behandeling tot nu toe samen, zodat je dit kunt gebruiken in "
                    "het contact met je bedrijfsarts.",
                ),
                ("h", "Diagnose"),
                (
                    "p",
                    "Overspanning overgaand in een burn-out met depressieve klachten (DSM-5: aanpassingsstoornis met "
                    "gemengd angstige en depressieve stemming, 309.28). Uitgangspunt bij de intake op 28-11-2023: "
                    "slaapproblemen, piekeren, concentratieproblemen en uitputting.",
                ),
                ("h", "Behandeling"),
                (
                    "p",
                    "Twaalf sessies cognitieve gedragstherapie, aangevuld met EMDR (twee sessies) rond een ingrijpende "
                    "gebeurtenis in de klas in 2022. Via de huisarts gebruik je sinds december 2023 sertraline 50 mg.",
                ),
                ("h", "Beloop en verwachting"),
                (
                    "p",
                    "De stemming en de slaap zijn duidelijk verbeterd; de belastbaarheid voor prikkels is nog beperkt. "
                    "Ik verwacht dat je de komende maanden verder opknapt. Afronding van de behandeling is voorzien in "
                    "september 2024.",
                ),
                ("p", "Met vriendelijke groet,\ndrs. L. Verhagen, GZ-psycholoog (BIG 69034567825)"),
            ],
            header="",
            footer="",
            author="L. Verhagen",
            date="2024-05-16",
            font="Cambria",
            size=10.5,
            page_numbers=False,
        ),
        c.path("bijlage.pdf"),
        pdf_date("2024-05-16", 17),
    )
    c.label(
        "bijlage.pdf",
        "medische_informatie",
        "2024-05-16",
        "LibreOffice PDF from a Word letter",
        "meaningless name - a psychologist's treatment report (diagnosis, medication) that the employee passed "
        "to P&O, medical data the employer must not hold (DOMAIN 5.1)",
    )

    # B11 actueel oordeel
    soffice_pdf(
        tb(
            "Actueel oordeel",
            "20-05-2025",
            "22-05-2025",
            [
                ("h", "Doel"),
                (
                    "p",
                    "Actueel oordeel ten behoeve van het re-integratieverslag. De medische informatie stuur ik rechtstreeks "
                    "aan UWV.",
                ),
                ("h", "Belastbaarheid"),
                (
                    "p",
                    "Ongewijzigd ten opzichte van het inzetbaarheidsprofiel van 27-08-2024, behalve werktijden: nu 3 dagen "
                    "van maximaal 7 uur (circa 24 uur per week). Ouderavonden met ondersteuning zijn mogelijk.",
                ),
                ("h", "Verloop en prognose"),
                (
                    "p",
                    "Geleidelijk herstel tot het voorjaar van 2025, daarna stabiel. Uitbreiding naar vier dagen verwacht "
                    "ik het komende jaar niet.",
                ),
                ("h", "Arbeidsrelatie"),
                ("p", "Goed. Er zijn geen belemmeringen."),
                ("h", "Passende arbeid bij de werkgever"),
                ("p", "Het eigen werk als leerkracht, drie dagen per week (werktijdfactor 0,6), is passend."),
            ],
        ),
        c.path("Terugkoppeling bedrijfsarts 22-05-2025.pdf"),
        pdf_date("2025-05-22", 14),
        name="TB.docx",
    )
    c.label(
        "Terugkoppeling bedrijfsarts 22-05-2025.pdf",
        "actueel_oordeel",
        "2025-05-22",
        "LibreOffice PDF from a Word form",
        "same arbodienst form as the PA, spreekuur 20-05 and report 22-05",
    )

    # B12 eindevaluatie
    c.path("Eindevaluatie M Bakhuizen.docx").write_bytes(
        build_docx(
            [
                ("title", "Eindevaluatie re-integratie"),
                (
                    "kv",
                    [
                        ("Naam werknemer", "Marloes Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Datum", "05-06-2025"),
                        ("Werkgever", "Stichting Vliethorst Onderwijs"),
                        (
                            "Aard van het bedrijf",
                            "Schoolbestuur van 14 openbare basisscholen in het Groene Hart, circa 310 "
                            "medewerkers; bestuursbureau in Woerden.",
                        ),
                        (
                            "Verloop in twee jaar",
                            "Opbouw van niet-lesgebonden taken (november 2023) naar kleine groepjes "
                            "(voorjaar 2024), een duobaan in groep 5 (schooljaar 2024-2025) en sinds november 2024 drie dagen.",
                        ),
                        ("Resultaat", "Werkt 3 van 4 dagen in het eigen werk (0,6 van 0,8)."),
                        ("Kwaliteit van de arbeidsrelatie (werkgever)", "Goed; open contact, afspraken nagekomen."),
                        (
                            "Passende arbeid bij de werkgever",
                            "Ja, het eigen werk voor 0,6. Voor de resterende 0,2 is geen "
                            "passend werk binnen de stichting; een tweede spoor is niet ingezet omdat de terugkeer in het "
                            "eigen werk steeds vorderde (eerstejaarsevaluatie 05-09-2024).",
                        ),
                        ("Visie werknemer", "Ik ben tevreden over de begeleiding."),
                        ("Handtekening werkgever", "S. de Haan, directeur - 05-06-2025"),
                        ("Handtekening werknemer", "M. Bakhuizen - 05-06-2025"),
                    ],
                ),
            ],
            header=hdr,
            footer=ftr,
            author="Erik-Jan Mulder",
            date="2025-06-05",
        )
    )
    c.label(
        "Eindevaluatie M Bakhuizen.docx",
        "eindevaluatie",
        "2025-06-05",
        "python-docx Word form",
        "EJE date quoted in the form",
    )

    # B13 oordeel werknemer: part F of the board's RIV form, filled in by the employee
    c.path("RIV deel werknemer.docx").write_bytes(
        build_docx(
            [
                ("b", "Deel F - in te vullen door de werknemer"),
                (
                    "kv",
                    [
                        ("Naam", "Marloes Bakhuizen"),
                        ("BSN", bsn_dots(b)),
                        ("Ik heb een kopie van het re-integratieverslag ontvangen op", "06-06-2025"),
                        (
                            "Mijn oordeel",
                            "☒ Ik ben het eens met de inhoud van het re-integratieverslag.\n"
                            "☐ Ik ben het niet eens met (een deel van) de inhoud.",
                        ),
                        (
                            "Toelichting",
                            "De afspraken zijn goed nagekomen. Eén aanvulling: in het voorjaar van 2024 heb ik "
                            "zelf gevraagd om de ouderavonden uit te stellen; dat staat niet in de eindevaluatie.",
                        ),
                        ("Datum", "10-06-2025"),
                        ("Handtekening", "M. Bakhuizen"),
                    ],
                ),
            ],
            header="Stichting Vliethorst Onderwijs  |  Re-integratieverslag",
            footer=ftr,
            author="Marloes Bakhuizen",
            date="2025-06-10",
        )
    )
    c.label(
        "RIV deel werknemer.docx",
        "oordeel_werknemer",
        "2025-06-10",
        "python-docx Word form",
        "a short filled-in form section 'Deel F', receipt date of the copy beside the signing date",
    )

    # B14 verlofaanvraag (no RIV document)
    c.path("verlofaanvraag.docx").write_bytes(
        build_docx(
            [
                ("title", "Aanvraag buitengewoon verlof"),
                (
                    "kv",
                    [
                        ("Naam", "Marloes Bakhuizen"),
                        ("School", "OBS De Klimop"),
                        ("Functie", "Leerkracht groep 5"),
                        (
                            "Soort verlof",
                            "☐ kort verzuim   ☒ bijzonder verlof (huwelijk bloedverwant)   ☐ onbetaald verlof",
                        ),
                        ("Datum / periode", "vrijdag 22-11-2024"),
                        (
                            "Toelichting",
                            "Huwelijk van mijn broer. Ik werk in het kader van mijn re-integratie op vrijdag "
                            "niet; het verlof is voor de halve dag die ik met de duo-collega heb geruild.",
                        ),
                        ("Datum aanvraag", "28-10-2024"),
                        ("Handtekening aanvrager", "M. Bakhuizen"),
                        ("Besluit directeur", "☒ akkoord   ☐ niet akkoord   S. de Haan, 30-10-2024"),
                    ],
                ),
            ],
            header=hdr,
            footer="P&O-formulier verlof  |  Versie 3 – sjabloon 2022",
            author="Marloes Bakhuizen",
            date="2024-10-28",
        )
    )
    c.label(
        "verlofaanvraag.docx",
        "",
        "",
        "python-docx Word form",
        "no RIV document: a leave request that mentions the re-integration",
    )

    # B15 rooster (no RIV document), landscape
    c.path("Rooster groep 5 (aangepast).docx").write_bytes(
        build_docx(
            [
                ("b", "Rooster groep 5 – schooljaar 2024-2025 (aangepast)"),
                (
                    "grid",
                    [
                        ("Tijd", "Maandag", "Dinsdag", "Woensdag", "Donderdag", "Vrijdag"),
                        ("08.30-10.15", "Marloes", "Marloes", "Jeroen (RT: Marloes)", "Jeroen", "Jeroen"),
                        ("10.30-12.00", "Marloes", "Marloes", "Jeroen", "Jeroen", "Jeroen"),
                        ("12.45-14.15", "Marloes", "Marloes", "-", "Jeroen", "Jeroen"),
                        ("Pleinwacht", "Jeroen", "Marloes", "Anouk", "Jeroen", "Anouk"),
                        ("Overleg", "-", "duo-overdracht 14.30", "-", "bouwoverleg", "-"),
                    ],
                    [3.5, 4.5, 4.5, 4.5, 4.5, 4.5],
                ),
                (
                    "p",
                    "Vanaf 11-11-2024 werkt Marloes ook op woensdag met de groep (8.30-12.00). Wijzigingen via de "
                    "directeur.",
                ),
            ],
            header="OBS De Klimop  |  Rooster",
            footer="Rooster v2  |  Versie 3 – sjabloon 2022",
            author="Saskia de Haan",
            date="2024-09-02",
            landscape=True,
        )
    )
    c.label(
        "Rooster groep 5 (aangepast).docx",
        "",
        "",
        "python-docx Word form (landscape)",
        "no RIV document: a class roster showing the adjusted days",
    )

    (c.dir / "dossier.yaml").write_text(
        "# dossier.yaml - case facts (CONTRACT.md)\n"
        f'werknemer: {{naam: "M. Bakhuizen", bsn: "{b}", functie: "Leerkracht basisonderwijs"}}\n'
        'werkgever: {naam: "Stichting Vliethorst Onderwijs", aard_van_het_bedrijf: "Schoolbestuur primair onderwijs"}\n'
        'bedrijfsarts: {naam: "F. Roelofsen", organisatie: "Arbo Eemvallei"}\n'
        'casemanager: {naam: "E.J. Mulder"}\n'
        "eerste_ziektedag: 2023-09-18\n"
        "aanvraag_wia: 2025-06-16\n",
        encoding="utf-8",
    )


# ================================================================================================ case C
# Nadia Amrani, front office at a hotel. The employer's verzuim software 'Absentiq' (Chromium exports with a
# 'Gegenereerd op' line and export dates in the file names), bedrijfsarts reports uploaded into it, a second-track
# bureau in Word -> PDF, UWV letters as copier scans (one with OCR, one image only), an invitation mail.


def case_c() -> None:
    c = Case("amrani", "Zeven Linden - dossier 88213", 1503)
    b = c.bsn
    sp = bsn_spaces(b)
    d0 = D("2024-04-15")
    user = "r.bosman (HR)"
    emp = [
        ("Medewerker", "Nadia Amrani"),
        ("Personeelsnummer", "1187"),
        ("BSN", sp),
        ("Afdeling / functie", "Front office - medewerker receptie, 36 uur per week"),
        ("Eerste ziektedag", "15-04-2024"),
    ]

    def ba_doc(soort, docdatum, upload, consult):
        return [
            ("Documentsoort", soort),
            ("Documentdatum", docdatum),
            ("Datum consult", consult),
            ("Auteur", "drs. M. Terpstra, bedrijfsarts (BIG 29056789301), Zorgsaam Arbodienstverlening"),
            ("Toegevoegd", f"{upload} via koppeling Zorgsaam"),
        ]

    # C1 probleemanalyse as an Absentiq export (export date in the name)
    chromium_pdf(
        absentiq(
            "88213",
            "24-05-2024 11:47",
            user,
            "Documenten › Rapportage bedrijfsarts",
            [
                ("h1", "Rapportage bedrijfsarts"),
                ("fields", emp + ba_doc("Probleemanalyse", "21-05-2024", "22-05-2024", "21-05-2024")),
                ("h2", "Oordeel"),
                (
                    "p",
                    "Mevrouw is sinds 15-04-2024 ongeschikt voor haar eigen werk op de receptie. Er is sprake van dreigend "
                    "langdurig verzuim. Hieronder mijn analyse en advies.",
                ),
                ("h2", "Functionele mogelijkheden en beperkingen"),
                (
                    "ul",
                    [
                        "Beperkt in langdurig staan en lopen: maximaal 1 uur achtereen staan.",
                        "Beperkt in fijne handvaardigheid bij langdurig typen; regelmatig pauzeren.",
                        "Geen nachtdiensten en geen diensten na 22.00 uur.",
                        "Werkdagen van maximaal 4 uur, niet meer dan 3 dagen achter elkaar.",
                    ],
                ),
                ("h2", "Prognose"),
                (
                    "p",
                    "Ik verwacht verbetering in de komende drie maanden, maar een terugkeer in het volledige rooster met "
                    "late diensten en weekenden is onzeker.",
                ),
                ("h2", "Advies"),
                (
                    "p",
                    "Start met aangepast werk in dagdienst, 3 x 3 uur, zittend aan de backoffice-balie met afwisseling. "
                    "Stel binnen twee weken het plan van aanpak op. Vervolgconsult over vijf weken.",
                ),
            ],
        ),
        c.path("Absentiq_export_20240524.pdf"),
        pdf_date("2024-05-24", 11, 47),
    )
    c.label(
        "Absentiq_export_20240524.pdf",
        "probleemanalyse",
        "2024-05-21",
        "Chromium export of verzuim software",
        "export date in the file name and the Gegenereerd-op line, upload date 22-05, the kind only in a "
        "'Documentsoort' field",
    )

    # C2 plan van aanpak
    chromium_pdf(
        absentiq(
            "88213",
            "05-06-2024 09:03",
            user,
            "Plan van aanpak",
            [
                ("h1", "Plan van aanpak"),
                (
                    "fields",
                    [
                        *emp,
                        ("Status", "Definitief - ondertekend door werkgever en medewerker"),
                        ("Datum plan", "03-06-2024"),
                        ("Gebaseerd op", "probleemanalyse Zorgsaam 21-05-2024"),
                        ("Casemanager", "Ruben Bosman, HR-officer"),
                        ("Leidinggevende", "Ilse Wagenaar, manager front office"),
                    ],
                ),
                ("h2", "Re-integratiedoel"),
                ("p", "Spoor 1: terugkeer in het eigen werk als medewerker receptie, eerst in dagdiensten."),
                ("h2", "Activiteiten"),
                (
                    "table",
                    ("Activiteit", "Verantwoordelijk", "Start", "Evaluatie"),
                    [
                        (
                            "Aangepast werk backoffice-balie, 3 x 3 uur in dagdienst",
                            "Nadia / Ilse",
                            "10-06-2024",
                            "15-07-2024",
                        ),
                        ("Stoel met armleuning en gesplitst toetsenbord", "Ruben", "10-06-2024", "15-07-2024"),
                        (
                            "Opbouw naar 4 x 4 uur bij gunstig verloop",
                            "Nadia / bedrijfsarts",
                            "juli 2024",
                            "22-08-2024",
                        ),
                        ("Tweewekelijks contactmoment", "Ilse", "doorlopend", "-"),
                    ],
                ),
                ("h2", "Evaluatiemomenten"),
                ("p", "15-07-2024, 22-08-2024, daarna iedere zes weken en bij de eerstejaarsevaluatie."),
                ("h2", "Visie"),
                (
                    "fields",
                    [
                        ("Werkgever", "Nadia is een ervaren receptioniste; wij houden haar plek vrij."),
                        ("Medewerker", "Ik wil terug naar de receptie, maar weet niet of de late diensten nog gaan."),
                    ],
                ),
                ("h2", "Ondertekening"),
                (
                    "fields",
                    [
                        ("Werkgever", "R. Bosman - digitaal ondertekend 03-06-2024"),
                        ("Medewerker", "N. Amrani - digitaal ondertekend 03-06-2024"),
                    ],
                ),
            ],
        ),
        c.path("case 88213 - 2024-06-05.pdf"),
        pdf_date("2024-06-05", 9, 3),
    )
    c.label(
        "case 88213 - 2024-06-05.pdf",
        "plan_van_aanpak",
        "2024-06-03",
        "Chromium export of verzuim software",
        "case number and export date as the file name",
    )

    # C3 tussentijdse evaluatie
    chromium_pdf(
        absentiq(
            "88213",
            "27-08-2024 15:21",
            user,
            "Gespreksverslagen",
            [
                ("h1", "Gespreksverslag"),
                (
                    "fields",
                    [
                        *emp,
                        ("Gesprekstype", "Evaluatie plan van aanpak (6-wekelijks)"),
                        ("Datum gesprek", "22-08-2024"),
                        ("Vastgelegd", "23-08-2024 door R. Bosman"),
                        ("Deelnemers", "Nadia Amrani, Ilse Wagenaar, Ruben Bosman"),
                    ],
                ),
                ("h2", "Voortgang"),
                (
                    "p",
                    "Nadia werkt 4 x 4 uur in dagdienst aan de backoffice-balie (reserveringen, telefoon, facturen). "
                    "Staan aan de voorbalie gaat maximaal een uur. De afspraken uit het plan van aanpak zijn nagekomen.",
                ),
                ("h2", "Knelpunten"),
                (
                    "p",
                    "Late diensten en weekenden blijven volgens de bedrijfsarts (consult 13-08-2024) voorlopig niet "
                    "mogelijk. Het rooster van de receptie bestaat voor de helft uit late diensten.",
                ),
                ("h2", "Afspraken"),
                (
                    "ul",
                    [
                        "Uren blijven 4 x 4 in dagdienst.",
                        "Ruben vraagt advies over de haalbaarheid van de eigen functie.",
                        "Volgend gesprek: 03-10-2024.",
                    ],
                ),
            ],
        ),
        c.path("88213_gespreksverslag_3.pdf"),
        pdf_date("2024-08-27", 15, 21),
    )
    c.label(
        "88213_gespreksverslag_3.pdf",
        "tussentijdse_evaluatie",
        "2024-08-22",
        "Chromium export of verzuim software",
        "case-number name, recorded date and consult date beside the meeting date",
    )

    # C4 bijstelling plan van aanpak exported from the 'Gespreksverslagen' module
    chromium_pdf(
        absentiq(
            "88213",
            "14-10-2024 10:10",
            user,
            "Gespreksverslagen",
            [
                ("h1", "Gespreksverslag"),
                (
                    "fields",
                    [
                        *emp,
                        ("Gesprekstype", "Bijstelling plan van aanpak"),
                        ("Datum gesprek", "10-10-2024"),
                        ("Vastgelegd", "11-10-2024 door R. Bosman"),
                        ("Deelnemers", "Nadia Amrani, Ilse Wagenaar, Ruben Bosman"),
                    ],
                ),
                ("h2", "Aanleiding"),
                (
                    "p",
                    "Volgens het advies van de bedrijfsarts van 01-10-2024 blijft het eigen werk met late diensten en "
                    "weekenden voorlopig niet haalbaar. Het plan van aanpak van 03-06-2024 wordt daarom bijgesteld.",
                ),
                ("h2", "Nieuw re-integratiedoel"),
                (
                    "p",
                    "Spoor 1, ander werk bij de eigen werkgever: medewerker reserveringen (backoffice), dagdienst, "
                    "doorgroei naar 24 uur per week.",
                ),
                ("h2", "Gewijzigde afspraken"),
                (
                    "table",
                    ("Activiteit", "Wie", "Wanneer"),
                    [
                        (
                            "Inwerken op het reserveringssysteem en groepsaanvragen",
                            "Nadia, collega reserveringen",
                            "oktober 2024",
                        ),
                        ("Uitbreiding naar 5 x 4 uur", "Nadia / bedrijfsarts", "november 2024"),
                        (
                            "Onderzoek of de functie reserveringen structureel kan (formatie)",
                            "Ruben, directie",
                            "december 2024",
                        ),
                        ("Arbeidsdeskundig onderzoek aanvragen", "Ruben", "februari 2025"),
                    ],
                ),
                ("h2", "Visie"),
                (
                    "fields",
                    [
                        ("Werkgever", "Reserveringen is een reële plek voor Nadia."),
                        ("Medewerker", "Ik vind het jammer van de receptie, maar dit werk past beter."),
                    ],
                ),
                (
                    "fields",
                    [("Akkoord werkgever", "R. Bosman - 10-10-2024"), ("Akkoord medewerker", "N. Amrani - 10-10-2024")],
                ),
            ],
        ),
        c.path("88213_gespreksverslag_4.pdf"),
        pdf_date("2024-10-14", 10, 10),
    )
    c.label(
        "88213_gespreksverslag_4.pdf",
        "bijstelling_plan_van_aanpak",
        "2024-10-10",
        "Chromium export of verzuim software",
        "named and headed 'gespreksverslag' like the evaluation - but it changes the goal and agreements of "
        "the plan (Regeling art. 4 lid 5, DOMAIN 3: bijstelling PvA = changed goal or agreements)",
    )

    # C5 42-week report, Absentiq log
    chromium_pdf(
        absentiq(
            "88213",
            "30-01-2025 08:15",
            user,
            "Meldingen › UWV",
            [
                ("h1", "Melding langdurig ziek aan UWV (42e week)"),
                (
                    "fields",
                    [
                        *emp,
                        ("Loonheffingennummer", "8177.02.316.L01"),
                        ("Datum melding", "29-01-2025"),
                        ("Wijze", "digitaal via de koppeling met het UWV-werkgeversportaal"),
                        ("Kenmerk UWV", "ZM-2025-0136650"),
                        ("Werkt gedeeltelijk", "ja, 20 uur per week (aangepast werk)"),
                    ],
                ),
                ("h2", "Logboek"),
                (
                    "table",
                    ("Datum", "Gebeurtenis", "Door"),
                    [
                        ("15-04-2024", "Ziekmelding intern geregistreerd", "I. Wagenaar"),
                        ("20-01-2025", "Taak 'melding UWV week 42' aangemaakt (termijn 03-02-2025)", "systeem"),
                        ("29-01-2025", "Melding langdurig ziek verzonden aan UWV", "R. Bosman"),
                        ("30-01-2025", "Ontvangst bevestigd door UWV", "systeem"),
                    ],
                ),
            ],
        ),
        c.path("ziekmelding UWV.pdf"),
        pdf_date("2025-01-30", 8, 15),
    )
    c.label(
        "ziekmelding UWV.pdf",
        "ziekmelding_uwv",
        "2025-01-29",
        "Chromium export of verzuim software",
        "a log table with four dates, the melding date is 29-01",
    )

    # C6 arbeidsdeskundig rapport
    soffice_pdf(
        build_docx(
            [
                ("p", "ArbeidsZaken Veluwe\nregister-arbeidsdeskundigen"),
                ("title", "Arbeidsdeskundig rapport"),
                (
                    "kv",
                    [
                        ("Cliënt", "N. Amrani"),
                        ("BSN", sp),
                        ("Werkgever", "Hotel De Zeven Linden B.V."),
                        ("Functie", "Medewerker front office"),
                        ("Eerste ziektedag", "15-04-2024"),
                        ("Onderzoek", "werkplekbezoek 04-03-2025, gesprek met Nadia en Ruben Bosman"),
                        ("Datum rapport", "13-03-2025"),
                        ("Arbeidsdeskundige", "W. Schuurman, register-arbeidsdeskundige"),
                    ],
                ),
                ("h", "Vraag 1 - Is het eigen werk passend?"),
                (
                    "p",
                    "Nee. De functie medewerker front office vraagt 36 uur in een rooster met late diensten, weekenden en "
                    "veel staan aan de balie. Volgens het inzetbaarheidsprofiel van de bedrijfsarts (18-02-2025) zijn "
                    "late diensten en langdurig staan niet mogelijk. Aanpassing van het rooster is in een klein "
                    "receptieteam niet duurzaam te organiseren.",
                ),
                ("h", "Vraag 2 - Is ander passend werk bij de werkgever mogelijk?"),
                (
                    "p",
                    "Ja, gedeeltelijk. Het werk als medewerker reserveringen (dagdienst, zittend, telefonisch en per "
                    "e-mail) sluit aan bij de belastbaarheid en haar talenkennis. Er is formatie voor 24 uur per week.",
                ),
                ("h", "Vraag 3 - Is een traject tweede spoor nodig?"),
                (
                    "p",
                    "Ja. Voor de overige 12 uur is er geen passend werk in het hotel. Ik adviseer een tweede spoor gericht "
                    "op administratief-commercieel werk in dagdienst, parallel aan het werk in reserveringen.",
                ),
                ("h", "Loonwaarde"),
                (
                    "p",
                    "Het werk in reserveringen is op niveau; loonwaarde circa 95 % van het functieloon reserveringen.",
                ),
                ("p", "Apeldoorn, 13 maart 2025\nW. Schuurman"),
            ],
            header="ArbeidsZaken Veluwe  |  rapport 2025-114",
            footer="ArbeidsZaken Veluwe",
            author="W. Schuurman",
            date="2025-03-13",
            font="Georgia",
        ),
        c.path("AD onderzoek Nadia.pdf"),
        pdf_date("2025-03-13", 13),
    )
    c.label(
        "AD onderzoek Nadia.pdf",
        "arbeidsdeskundig_rapport",
        "2025-03-13",
        "LibreOffice PDF from a Word report",
        "three questions as headings, work-visit date and IZP date in the text",
    )

    # C7 eerstejaarsevaluatie, Absentiq form
    chromium_pdf(
        absentiq(
            "88213",
            "28-03-2025 16:32",
            user,
            "(Eerstejaars)evaluatie",
            [
                ("h1", "Evaluatie na het eerste ziektejaar"),
                (
                    "fields",
                    [
                        *emp,
                        ("Datum gesprek", "27-03-2025"),
                        ("Deelnemers", "Nadia Amrani, Ilse Wagenaar, Ruben Bosman"),
                    ],
                ),
                ("h2", "1. Wat is in het eerste ziektejaar bereikt?"),
                (
                    "p",
                    "Aangepast werk in dagdienst sinds juni 2024; sinds oktober 2024 ander werk in reserveringen (bijstelling "
                    "plan van aanpak 10-10-2024). Nadia werkt nu 20 uur per week.",
                ),
                ("h2", "2. Welk resultaat willen werkgever en medewerker na het tweede ziektejaar bereiken?"),
                (
                    "p",
                    "☐ eigen werk   ☒ ander werk bij de eigen werkgever (reserveringen, 24 uur)   ☒ werk bij een andere "
                    "werkgever voor de resterende uren",
                ),
                ("h2", "3. Hoe wordt dat bereikt?"),
                (
                    "ul",
                    [
                        "Uitbreiding reserveringen naar 24 uur vóór 01-06-2025.",
                        "Tweede spoor via Werkroute Re-integratie, start april 2025 (advies arbeidsdeskundige 13-03-2025).",
                        "Evaluatie iedere zes weken.",
                    ],
                ),
                ("h2", "4. Visie werkgever"),
                ("p", "Wij bieden reserveringen structureel aan voor 24 uur. Meer uren passend werk hebben wij niet."),
                ("h2", "5. Visie medewerker"),
                (
                    "p",
                    "Ik twijfel of reserveringen op de lange duur goed gaat voor mijn handen. Ik doe mee aan het tweede spoor.",
                ),
                (
                    "fields",
                    [("Akkoord werkgever", "R. Bosman - 27-03-2025"), ("Akkoord medewerker", "N. Amrani - 27-03-2025")],
                ),
            ],
        ),
        c.path("Absentiq_export_20250328.pdf"),
        pdf_date("2025-03-28", 16, 32),
    )
    c.label(
        "Absentiq_export_20250328.pdf",
        "eerstejaarsevaluatie",
        "2025-03-27",
        "Chromium export of verzuim software",
        "export date in the name, module name '(Eerstejaars)evaluatie' only in the page header",
    )

    # C8 trajectplan tweede spoor
    soffice_pdf(
        build_docx(
            [
                ("title", "Re-integratieplan extern"),
                (
                    "kv",
                    [
                        ("Deelnemer", "Nadia Amrani"),
                        ("BSN", sp),
                        ("Werkgever", "Hotel De Zeven Linden B.V."),
                        ("Consulent", "Karin Oudshoorn, Werkroute Re-integratie"),
                        ("Kennismaking", "22-04-2025"),
                        ("Datum plan", "30-04-2025"),
                        ("Duur", "9 maanden (tot 31-01-2026)"),
                    ],
                ),
                ("h", "Wie is Nadia?"),
                (
                    "p",
                    "Gastvrije, representatieve professional met negen jaar ervaring aan de receptie. MBO-4 "
                    "hotelmanagement; spreekt Nederlands, Engels, Duits en Frans. Werkt 20-24 uur in reserveringen.",
                ),
                ("h", "Wat zoeken we?"),
                (
                    "p",
                    "Administratief-commercieel werk in dagdienst, 12-16 uur per week naast het werk in het hotel: "
                    "klantenservice, planning, boekingen bij een reisorganisatie of evenementenbureau. Reisafstand "
                    "maximaal 30 minuten.",
                ),
                (
                    "grid",
                    [
                        ("Stap", "Inhoud", "Wanneer"),
                        (
                            "Oriëntatie",
                            "interesse- en capaciteitentest, arbeidsmarktinformatie regio Apeldoorn",
                            "mei 2025",
                        ),
                        ("Profilering", "cv, LinkedIn, pitch", "juni 2025"),
                        ("Zoeken", "vacatures, netwerk, proefplaatsing", "juli 2025 - januari 2026"),
                        (
                            "Rapportage",
                            "voortgangsrapportage elke 3 maanden, eindrapportage",
                            "juli en oktober 2025, januari 2026",
                        ),
                    ],
                    [3.0, 10.0, 4.0],
                ),
                ("p", "Voor akkoord: N. Amrani, R. Bosman (Hotel De Zeven Linden), K. Oudshoorn - 30-04-2025"),
            ],
            header="Werkroute Re-integratie  |  spoor 2",
            footer="Werkroute - plan extern",
            author="Karin Oudshoorn",
            date="2025-04-30",
            font="Verdana",
            size=9,
        ),
        c.path("Trajectplan Werkroute.pdf"),
        pdf_date("2025-04-30", 10),
    )
    c.label(
        "Trajectplan Werkroute.pdf",
        "trajectplan_tweede_spoor",
        "2025-04-30",
        "LibreOffice PDF from a Word form",
        "titled 'Re-integratieplan extern', the kennismaking date before the plan date",
    )

    # C9 deskundigenoordeel: two-page UWV letter, copier scan with OCR
    rng = c.rng
    pages = typed_letter(
        rng,
        ("UWV", ["Uitvoeringsinstituut Werknemersverzekeringen"], ["Postbus 1234", "7300 ZZ Apeldoorn"]),
        ["Hotel De Zeven Linden B.V.", "t.a.v. de heer R. Bosman", "Bosweg 12", "7351 TA  Hoenderloo"],
        [
            ("Datum", "17 juli 2025"),
            ("Ons kenmerk", "DO-2025-30418"),
            ("Onderwerp", "Deskundigenoordeel passende arbeid"),
            ("Werknemer", f"N. Amrani, BSN {b}"),
        ],
        [
            "Geachte heer Bosman,",
            "Op 3 juni 2025 vroeg u ons om een deskundigenoordeel. U wilde weten of het werk als "
            "medewerker reserveringen, 24 uur per week in dagdienst, passend is voor uw werknemer. "
            "Uw werknemer twijfelt daaraan vanwege de belasting van haar handen.",
            "##Ons oordeel",
            "Het werk dat u aanbiedt is passend. Wij lichten dit hieronder toe.",
            "##Hoe zijn wij tot dit oordeel gekomen?",
            "De verzekeringsarts heeft uw werknemer op 1 juli 2025 gesproken en de informatie van de "
            "bedrijfsarts bekeken. De arbeidsdeskundige heeft het rapport van ArbeidsZaken Veluwe van "
            "13 maart 2025 en de functieomschrijving van medewerker reserveringen gelezen en met u en "
            "uw werknemer gesproken.",
            "De verzekeringsarts vindt dat uw werknemer beperkt is in langdurig typen zonder pauze en "
            "in werken in de avond en nacht. Het werk in reserveringen kent veel telefoon- en "
            "e-mailcontact en wisselende taken; een korte pauze per uur is mogelijk. Er zijn geen "
            "avonddiensten.",
            "##Wat betekent dit oordeel?",
            "Een deskundigenoordeel is een advies. U en uw werknemer kunnen het gebruiken als u het "
            "niet met elkaar eens bent. De rechter kan het ook gebruiken.",
            "Wij gaan ervan uit dat u de re-integratie voortzet. Het tweede spoor dat u hebt ingezet "
            "loopt door voor de uren die uw werknemer niet in het hotel kan werken.",
            "Met vriendelijke groet,",
        ],
        ["mr. drs. E. Veldkamp, verzekeringsarts", "J. Hoekstra, arbeidsdeskundige", "namens UWV"],
        family="sans",
        size=10,
        pages_split=6,
        footer="UWV deskundigenoordeel DO-2025-30418",
    )
    imgs = [
        degrade(s.im, rng, angle=a, mode="1", noise=16, shift=(4, 3), speckles=350)
        for s, a in zip(pages, (-0.6, 0.35), strict=False)
    ]
    c.path("scan_20250721_0001.pdf").write_bytes(ocr_pdf(imgs, pdf_date("2025-07-21", 9, 12), *COPIER))
    c.label(
        "scan_20250721_0001.pdf",
        "deskundigenoordeel",
        "2025-07-17",
        "copier scan with OCR layer (tesseract)",
        "scan-date name, two pages, request date 3 June and consult date 1 July, the word 'deskundigenoordeel' "
        "through OCR only",
    )

    # C10 voortgangsrapportage tweede spoor
    soffice_pdf(
        build_docx(
            [
                ("title", "Voortgangsrapportage spoor 2"),
                (
                    "kv",
                    [
                        ("Deelnemer", "Nadia Amrani"),
                        ("BSN", sp),
                        ("Periode", "01-05-2025 t/m 25-07-2025"),
                        ("Datum", "31-07-2025"),
                        ("Consulent", "Karin Oudshoorn"),
                    ],
                ),
                ("h", "Wat is er gedaan?"),
                (
                    "p",
                    "Beroepeninteressetest en capaciteitentest (mei). Cv en LinkedIn-profiel vernieuwd (juni). Twee "
                    "netwerkgesprekken: een evenementenbureau in Apeldoorn en een reisorganisatie in Deventer.",
                ),
                (
                    "grid",
                    [
                        ("Datum", "Vacature / actie", "Stand"),
                        ("12-06-2025", "Klantenservice 16 uur, Reisbureau Veluwezoom Travel", "afgewezen"),
                        (
                            "30-06-2025",
                            "Medewerker boekingen 12 uur, Evenementenhuis De Maere",
                            "tweede gesprek 05-08-2025",
                        ),
                        ("15-07-2025", "Open sollicitatie, Camping- en bungalowpark Het Loobos", "geen reactie"),
                    ],
                    [3.0, 10.0, 4.0],
                ),
                ("h", "Inzet"),
                (
                    "p",
                    "Nadia is actief en goed voorbereid. De DO-procedure bij UWV (juni-juli) gaf onrust; zij heeft de "
                    "zoekactiviteiten in die periode wel doorgezet.",
                ),
                ("h", "Vervolg"),
                ("p", "Proefplaatsing onderzoeken bij het evenementenbureau; volgende rapportage oktober 2025."),
            ],
            header="Werkroute Re-integratie  |  spoor 2",
            footer="Werkroute - voortgang",
            author="Karin Oudshoorn",
            date="2025-07-31",
            font="Verdana",
            size=9,
        ),
        c.path("Werkroute rapportage juli.pdf"),
        pdf_date("2025-07-31", 14),
    )
    c.label(
        "Werkroute rapportage juli.pdf",
        "voortgangsrapportage_tweede_spoor",
        "2025-07-31",
        "LibreOffice PDF from a Word form",
        "a later interview date (05-08) than the report date",
    )

    # C11 UWV letter about the WIA application to the employee: image-only copier scan
    wacht_end = d0 + dt.timedelta(days=727)
    aanvraag = d0 + dt.timedelta(days=7 * 93 - 1)
    pages = typed_letter(
        rng,
        ("UWV", ["Uitvoeringsinstituut Werknemersverzekeringen"], ["Postbus 1234", "7300 ZZ Apeldoorn"]),
        ["Mevrouw N. Amrani", "Dorpsstraat 41a", "7351 AK  Hoenderloo"],
        [
            ("Datum", "16 december 2025"),
            ("Ons kenmerk", "WIA/88-2025-771204"),
            ("Onderwerp", "U bent bijna 2 jaar ziek"),
            ("Burgerservicenummer", b),
        ],
        [
            "Beste mevrouw Amrani,",
            f"U bent sinds 15 april 2024 ziek. Als u op {nl_long(wacht_end)} nog ziek bent, heeft u "
            "misschien recht op een WIA-uitkering. In deze brief leest u wat u moet doen.",
            "##Vraag de uitkering op tijd aan",
            f"Vraag de WIA-uitkering uiterlijk {nl_long(aanvraag)} aan. Dat kan via Mijn UWV. Doet u "
            "dit later, dan krijgt u misschien later een uitkering.",
            "##Wat heeft u nodig?",
            "Bij uw aanvraag hoort het re-integratieverslag. Uw werkgever stelt dat samen met u op. U "
            "krijgt een kopie van alle stukken. Uw eigen mening over het verslag kunt u toevoegen.",
            "De medische informatie van de bedrijfsarts stuurt u in een gesloten envelop aan ons, met "
            "op de envelop 'medisch geheim'.",
            "Met vriendelijke groet,",
        ],
        ["UWV", "afdeling Uitkeringen"],
        family="sans",
        size=10,
    )
    imgs = [degrade(s.im, rng, angle=0.8, mode="1", noise=18, shift=(-5, 6), speckles=450) for s in pages]
    c.path("scan_20251219_0001.pdf").write_bytes(images_pdf(imgs, pdf_date("2025-12-19", 10, 41), *COPIER))
    c.label(
        "scan_20251219_0001.pdf",
        "uwv_correspondentie",
        "2025-12-16",
        "image-only copier scan (Pillow)",
        "no text layer, scan-date name, end of the waiting time and application deadline as further dates",
    )

    # C12 actueel oordeel
    chromium_pdf(
        absentiq(
            "88213",
            "19-12-2025 13:58",
            user,
            "Documenten › Rapportage bedrijfsarts",
            [
                ("h1", "Rapportage bedrijfsarts"),
                ("fields", emp + ba_doc("Actueel oordeel", "18-12-2025", "18-12-2025", "15-12-2025")),
                ("h2", "Doel"),
                (
                    "p",
                    "Mijn actuele oordeel voor het re-integratieverslag bij de WIA-aanvraag. Medische gegevens gaan "
                    "rechtstreeks naar de verzekeringsarts.",
                ),
                ("h2", "Mogelijkheden en beperkingen nu"),
                (
                    "p",
                    "Stabiel sinds het voorjaar van 2025: dagdienst, maximaal 5 uur per dag en 24 uur per week, "
                    "afwisselend zitten en staan, regelmatige pauzes bij toetsenbordwerk.",
                ),
                ("h2", "Prognose"),
                ("p", "Geen verdere verbetering te verwachten op korte termijn."),
                ("h2", "Arbeidsrelatie"),
                (
                    "p",
                    "Goed, ondanks het verschil van inzicht over het werk in reserveringen dat via het deskundigenoordeel "
                    "is opgelost.",
                ),
                ("h2", "Passende arbeid bij de werkgever"),
                (
                    "p",
                    "Het werk als medewerker reserveringen (24 uur, dagdienst) is passend. Het eigen werk aan de receptie "
                    "niet.",
                ),
            ],
        ),
        c.path("Absentiq_export_20251219.pdf"),
        pdf_date("2025-12-19", 13, 58),
    )
    c.label(
        "Absentiq_export_20251219.pdf",
        "actueel_oordeel",
        "2025-12-18",
        "Chromium export of verzuim software",
        "same export layout as the PA, consult 15-12 and export 19-12 around the document date",
    )

    # C13 eindrapportage tweede spoor
    soffice_pdf(
        build_docx(
            [
                ("title", "Eindrapportage spoor 2"),
                (
                    "kv",
                    [
                        ("Deelnemer", "Nadia Amrani"),
                        ("BSN", sp),
                        ("Trajectperiode", "22-04-2025 t/m 31-12-2025"),
                        ("Datum", "05-01-2026"),
                        ("Consulent", "Karin Oudshoorn"),
                    ],
                ),
                ("h", "Resultaat"),
                (
                    "p",
                    "Geen plaatsing bij een andere werkgever. De proefplaatsing bij Evenementenhuis De Maere (september "
                    "2025, 8 uur per week) is na vier weken gestopt: de avond- en weekendinzet bij evenementen paste niet "
                    "in de belastbaarheid.",
                ),
                ("h", "Inspanningen"),
                ("p", "31 coachgesprekken, 14 sollicitaties, 6 netwerkgesprekken, 1 proefplaatsing."),
                ("h", "Advies"),
                (
                    "p",
                    "Het traject wordt afgesloten. De kansen op aanvullend werk van 12 uur in dagdienst in de regio zijn "
                    "klein. Wij adviseren Nadia het werk in reserveringen voort te zetten en via de WIA-beoordeling te "
                    "laten vaststellen wat zij nog meer kan.",
                ),
            ],
            header="Werkroute Re-integratie  |  spoor 2",
            footer="Werkroute - afsluiting",
            author="Karin Oudshoorn",
            date="2026-01-05",
            font="Verdana",
            size=9,
        ),
        c.path("Werkroute eindrapport.pdf"),
        pdf_date("2026-01-05", 11),
    )
    c.label(
        "Werkroute eindrapport.pdf",
        "eindrapportage_tweede_spoor",
        "2026-01-05",
        "LibreOffice PDF from a Word form",
        "trajectory period beside the report date",
    )

    # C14 eindevaluatie
    chromium_pdf(
        absentiq(
            "88213",
            "09-01-2026 12:20",
            user,
            "Eindevaluatie",
            [
                ("h1", "Eindevaluatie"),
                (
                    "fields",
                    [
                        *emp,
                        ("Datum gesprek", "08-01-2026"),
                        ("Deelnemers", "Nadia Amrani, Paul Hekkert (directeur), Ruben Bosman"),
                    ],
                ),
                ("h2", "1. Aard van het bedrijf"),
                ("p", "Hotel met 64 kamers, restaurant en zes zalen, 24 uur per dag open; circa 70 medewerkers."),
                ("h2", "2. Terugblik op de re-integratie"),
                (
                    "p",
                    "Na de probleemanalyse (21-05-2024) aangepast werk in dagdienst; bijstelling naar reserveringen "
                    "(10-10-2024); arbeidsdeskundig rapport (13-03-2025); tweede spoor vanaf april 2025 zonder plaatsing; "
                    "deskundigenoordeel UWV (17-07-2025): reserveringen is passend.",
                ),
                ("h2", "3. Stand van zaken bij de WIA-aanvraag"),
                (
                    "p",
                    "Nadia werkt 24 uur per week als medewerker reserveringen. De actuele belastbaarheid staat in het "
                    "actueel oordeel van 18-12-2025.",
                ),
                ("h2", "4. Oordeel werkgever over de arbeidsrelatie en passende arbeid"),
                ("p", "De arbeidsrelatie is goed. Passende arbeid bij ons: reserveringen, 24 uur. Meer is er niet."),
                (
                    "fields",
                    [
                        ("Akkoord werkgever", "P. Hekkert - 08-01-2026"),
                        ("Akkoord medewerker", "N. Amrani - 08-01-2026"),
                    ],
                ),
            ],
        ),
        c.path("Absentiq_export_20260109.pdf"),
        pdf_date("2026-01-09", 12, 20),
    )
    c.label(
        "Absentiq_export_20260109.pdf",
        "eindevaluatie",
        "2026-01-08",
        "Chromium export of verzuim software",
        "export date in the name, six earlier dates quoted in the look-back",
    )

    # C15 intake invitation e-mail (no RIV document)
    html_body = (
        '<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">'
        "<p>Beste Nadia,</p><p>Via Ruben Bosman van Hotel De Zeven Linden hebben wij de opdracht gekregen "
        "om samen met jou te kijken naar werk buiten het hotel (tweede spoor). Graag nodig ik je uit voor "
        "een kennismakingsgesprek op <b>dinsdag 22 april 2025 om 10.00 uur</b> op ons kantoor, "
        "Stationsplein 9 in Apeldoorn.</p><p>Neem je cv mee als je dat hebt. Het gesprek duurt ongeveer een "
        "uur. Past het niet? Laat het me dan even weten.</p><p>Hartelijke groet,<br>Karin Oudshoorn<br>"
        "re-integratieconsultant<br>Werkroute Re-integratie</p></body></html>"
    )
    c.path("Uitnodiging kennismakingsgesprek.eml").write_bytes(
        eml(
            frm="Karin Oudshoorn <k.oudshoorn@werkroute.example>",
            to="Nadia Amrani <nadia.amrani@mailbox.example>",
            cc="Ruben Bosman <hr@zevenlinden.example>",
            subject="Uitnodiging kennismakingsgesprek Werkroute",
            date="Mon, 14 Apr 2025 09:41:12 +0200",
            msgid="<20250414074112.5521@werkroute.example>",
            html_body=html_body,
            boundary_seed=31,
        )
    )
    c.label(
        "Uitnodiging kennismakingsgesprek.eml",
        "",
        "",
        "HTML-only e-mail",
        "no RIV document: an invitation to the second-track intake",
    )

    # C16 checklist WIA-aanvraag (no RIV document)
    chromium_pdf(
        absentiq(
            "88213",
            "22-12-2025 09:30",
            user,
            "Checklist WIA-aanvraag",
            [
                ("h1", "Checklist WIA-aanvraag / re-integratieverslag"),
                (
                    "fields",
                    [*emp, ("Einde wachttijd (berekend)", nl(wacht_end)), ("Uiterste aanvraagdatum", nl(aanvraag))],
                ),
                (
                    "table",
                    ("", "Onderdeel", "Datum", "Status"),
                    [
                        ("☒", "Probleemanalyse", "21-05-2024", "in dossier"),
                        ("☒", "Plan van aanpak", "03-06-2024", "in dossier"),
                        ("☒", "Bijstelling plan van aanpak", "10-10-2024", "in dossier"),
                        ("☒", "Eerstejaarsevaluatie", "27-03-2025", "in dossier"),
                        ("☒", "Arbeidsdeskundig rapport", "13-03-2025", "in dossier"),
                        ("☒", "Deskundigenoordeel UWV", "17-07-2025", "in dossier"),
                        ("☒", "Actueel oordeel bedrijfsarts", "18-12-2025", "in dossier"),
                        ("☐", "Eindrapportage tweede spoor", "", "opvragen bij Werkroute"),
                        ("☐", "Eindevaluatie", "", "gesprek plannen begin januari"),
                        ("☐", "Oordeel werknemer", "", "door medewerker"),
                        ("☐", "Medische informatie", "", "bedrijfsarts stuurt rechtstreeks naar UWV"),
                    ],
                ),
                ("note", "Taak aangemaakt door Absentiq op basis van de eerste ziektedag."),
            ],
        ),
        c.path("checklist WIA-aanvraag.pdf"),
        pdf_date("2025-12-22", 9, 30),
    )
    c.label(
        "checklist WIA-aanvraag.pdf",
        "",
        "",
        "Chromium export of verzuim software",
        "no RIV document: a to-do list that names every RIV document with its date",
    )


# ================================================================================================ case D
# Kees Brouwer, servicemonteur at a small installation firm. The office manager fills in paper forms by hand and
# scans them on the office copier (scan_YYYYMMDD_NNNN names, image-only PDFs and JPEGs); the bedrijfsarts writes
# Word letters; the second-track bureau prints from its client system (wkhtmltopdf).


def form_head(s: Sheet, title: str, code: str) -> None:
    s.text("Van Rossum Installatietechniek B.V.", size=11, bold=True)
    s.text(code, size=7.5, x=int(s.W * 0.60), fill=70)
    s.y += s.px(13)
    s.text("Ambachtsweg 9  ·  6852 ZZ Huissen", size=7.5, fill=70)
    s.y += s.px(20)
    s.y = s.text(title, size=15, bold=True) + s.px(8)


def case_d() -> None:
    c = Case("brouwer", "Van Rossum Installatietechniek - Kees", 1504)
    b = c.bsn
    rng = c.rng
    ba_hdr = "Bedrijfsartsenpraktijk Lingezegen  |  K. ten Brink, bedrijfsarts  |  Parkweg 3, 6661 ZZ Elst"

    def ba_letter(date_iso: str, betreft: str, body: list) -> bytes:
        return build_docx(
            [
                ("p", "Van Rossum Installatietechniek B.V.\nt.a.v. mevrouw A. Pelgrim\nAmbachtsweg 9\n6852 ZZ Huissen"),
                ("p", ""),
                (
                    "kv",
                    [
                        ("Datum", nl_long(date_iso)),
                        ("Betreft", betreft),
                        ("Werknemer", "de heer C. (Kees) Brouwer"),
                        ("BSN", b),
                        ("Eerste ziektedag", "06-11-2023"),
                    ],
                    [3.5, 13.5],
                ),
                *body,
                (
                    "p",
                    "Met vriendelijke groet,\n\nK. ten Brink\nbedrijfsarts, BIG 19067890101\nKopie: de heer C. Brouwer",
                ),
            ],
            header=ba_hdr,
            footer="Lingezegen - deze brief bevat geen medische gegevens",
            author="K. ten Brink",
            date=date_iso,
            font="Times New Roman",
            size=11,
            page_numbers=False,
        )

    # D1 probleemanalyse as a letter without the word 'probleemanalyse'
    soffice_pdf(
        ba_letter(
            "2023-12-12",
            "oordeel en advies na spreekuur van 11 december 2023 (art. 2 Regeling procesgang)",
            [
                ("p", "Geachte mevrouw Pelgrim,"),
                (
                    "p",
                    "Op 11 december 2023 heb ik de heer Brouwer op mijn spreekuur gezien. Hij is sinds 6 november 2023 "
                    "volledig uitgevallen voor zijn werk als servicemonteur. Ik verwacht dat het verzuim langer gaat duren; "
                    "daarom geef ik u beiden hierbij mijn oordeel en advies.",
                ),
                ("b", "Wat kan hij wel en niet?"),
                (
                    "p",
                    "De heer Brouwer kan zijn rechterarm niet boven schouderhoogte gebruiken en niet tillen of dragen met "
                    "rechts. Werken boven het hoofd, in kruipruimtes en op ladders is niet mogelijk. Licht werk met de "
                    "linkerhand, telefoneren, plannen en administratief werk kan wel, 4 uur per dag.",
                ),
                ("b", "Verwachting"),
                (
                    "p",
                    "Herstel is mogelijk, maar zal waarschijnlijk enkele maanden duren. Terugkeer in het eigen werk "
                    "verwacht ik niet binnen drie maanden.",
                ),
                ("b", "Advies"),
                (
                    "p",
                    "Laat de heer Brouwer starten met lichte taken op kantoor en in het magazijn (voorraad, "
                    "telefonische storingsintake), 3 ochtenden per week. Maak binnen twee weken samen een plan van "
                    "aanpak en benoem daarin de casemanager. Ik zie hem terug op 22 januari 2024.",
                ),
            ],
        ),
        c.path("Lingezegen 12-12.pdf"),
        pdf_date("2023-12-12", 17, 5),
        name="brief.docx",
    )
    c.label(
        "Lingezegen 12-12.pdf",
        "probleemanalyse",
        "2023-12-12",
        "LibreOffice PDF from a Word letter",
        "bedrijfsarts letter that never says 'probleemanalyse' (only 'oordeel en advies', art. 2), spreekuur "
        "the day before, next consult date",
    )

    # D2 plan van aanpak: handwritten paper form, two pages, image-only PDF
    s1 = Sheet(rng)
    form_head(s1, "PLAN VAN AANPAK", "Formulier VR-PvA  ·  versie 3 – 2022")
    s1.band("1. Gegevens werknemer")
    s1.row("Naam", "Kees Brouwer")
    s1.row("BSN", bsn_spaces(b))
    s1.row("Geboortedatum", "30-4-1969")
    s1.row("Functie / uren per week", "Servicemonteur cv + warmtepompen, 40 u")
    s1.row("Eerste ziektedag", "6-11-2023")
    s1.band("2. Advies bedrijfsarts")
    s1.row("Datum advies / naam bedrijfsarts", "12-12-2023  K. ten Brink")
    s1.band("3. Doel")
    s1.row(
        "Wat willen we bereiken?",
        "eerst lichte taken kantoor + magazijn, daarna weer de bus in",
        checks=[
            ("eigen werk", True),
            ("eigen werk aangepast", False),
            ("ander werk bij ons", False),
            ("werk elders", False),
        ],
    )
    s1.band("4. Afspraken")
    s1.row(
        "Wat gaan we doen?",
        "- 3 ochtenden (ma wo vr) 8-12 u storingsintake telefoon + voorraad magazijn\n"
        "- niet tillen met rechts, geen ladders\n- na 22-1 kijken of er meer kan",
    )
    s1.row("Wie is aanspreekpunt (casemanager)?", "Ans Pelgrim (kantoor)")
    s1.row("Contact", "Gerard belt elke maandag")
    s2 = Sheet(rng)
    s2.text("Plan van aanpak  -  blad 2", size=8, fill=80)
    s2.y += s2.px(24)
    s2.band("5. Evaluatie")
    s2.row("Wanneer evalueren we?", "elke 6 weken, eerste keer 1-2-2024")
    s2.band("6. Visie")
    s2.row(
        "Visie werkgever", "Kees is onze meest ervaren monteur, we willen hem graag terug. Kantoorwerk is tijdelijk."
    )
    s2.row("Visie werknemer", "Wil zo snel mogelijk terug de bus in. Kantoor is even wennen.")
    s2.band("7. Ondertekening")
    s2.row("Datum", "21-12-2023")
    s2.row("Werkgever (naam + handtekening)", "G. van Rossum", sign=True)
    s2.row("Werknemer (naam + handtekening)", "K. Brouwer", sign=True)
    s2.y += s2.px(10)
    s2.text("Kopie naar werknemer, casemanager en bedrijfsarts.", size=8, fill=60)
    imgs = [
        degrade(s.im, rng, angle=a, mode="1", noise=16, shift=(3, -5))
        for s, a in zip((s1, s2), (0.7, -0.4), strict=False)
    ]
    c.path("scan_20231221_0001.pdf").write_bytes(images_pdf(imgs, pdf_date("2023-12-21", 15, 2), *COPIER))
    c.label(
        "scan_20231221_0001.pdf",
        "plan_van_aanpak",
        "2023-12-21",
        "image-only copier scan of a handwritten form",
        "no text layer, handwriting-like values, advice date and evaluation date written in the form",
    )

    # D3 tussentijdse evaluatie, the exact name from the brief
    s = Sheet(rng)
    form_head(s, "VOORTGANGSGESPREK VERZUIM", "Formulier VR-VG  ·  versie 3 – 2022")
    s.row("Datum gesprek", "12-3-2024")
    s.row("Naam werknemer", "Kees Brouwer")
    s.row("BSN", bsn_spaces(b))
    s.row("Aanwezig", "Kees, Gerard, Ans")
    s.row(
        "Hoe gaat het?",
        "Kantoorwerk gaat goed, 3 ochtenden. Kees doet storingsintake en bestellingen. Arm nog "
        "niet beter, wacht op behandeling.",
    )
    s.row("Zijn de afspraken uit het plan nagekomen?", "", checks=[("ja", True), ("deels", False), ("nee", False)])
    s.row(
        "Nieuwe afspraken",
        "4 ochtenden vanaf 18-3. Ook planning van onderhoudsbeurten in het programma. Bedrijfsarts 16-4.",
    )
    s.row("Volgend gesprek", "23-4-2024")
    s.row("Handtekening werkgever", "A. Pelgrim", sign=True)
    s.row("Handtekening werknemer", "K. Brouwer", sign=True)
    imgs = [degrade(s.im, rng, angle=-0.9, mode="1", noise=16, shift=(-4, 2))]
    c.path("scan_20240312_0001.pdf").write_bytes(images_pdf(imgs, pdf_date("2024-03-12", 12, 44), *COPIER))
    c.label(
        "scan_20240312_0001.pdf",
        "tussentijdse_evaluatie",
        "2024-03-12",
        "image-only copier scan of a handwritten form",
        "no text layer, scan-date name, next-meeting date and consult date written in",
    )

    # D4 bijstelling probleemanalyse
    soffice_pdf(
        ba_letter(
            "2024-04-18",
            "gewijzigd advies - bijstelling probleemanalyse",
            [
                ("p", "Geachte mevrouw Pelgrim,"),
                (
                    "p",
                    "Ik heb de heer Brouwer op 16 april 2024 opnieuw gesproken. Zijn situatie is veranderd sinds mijn "
                    "advies van 12 december 2023; ik stel mijn oordeel daarom bij.",
                ),
                ("b", "Belastbaarheid"),
                (
                    "p",
                    "De komende drie maanden is de rechterarm niet belastbaar. Kantoorwerk met de linkerhand en aan de "
                    "telefoon kan, 4 ochtenden van 4 uur. Autorijden is tot half juni niet toegestaan.",
                ),
                ("b", "Prognose"),
                (
                    "p",
                    "Terugkeer als servicemonteur verwacht ik niet binnen zes maanden. Of het eigen werk op termijn weer "
                    "haalbaar wordt, is onzeker.",
                ),
                ("b", "Advies"),
                (
                    "p",
                    "Stel het plan van aanpak bij: richt het doel voorlopig op aangepast werk op kantoor (planning, "
                    "inkoop, storingsintake). Vervolgconsult 11 juni 2024.",
                ),
            ],
        ),
        c.path("Lingezegen 18-04.pdf"),
        pdf_date("2024-04-18", 16, 40),
        name="brief.docx",
    )
    c.label(
        "Lingezegen 18-04.pdf",
        "bijstelling_probleemanalyse",
        "2024-04-18",
        "LibreOffice PDF from a Word letter",
        "name without year, spreekuur 16 April and the earlier advice date in the letter",
    )

    # D5 bijstelling plan van aanpak: handwritten, saved as JPEG by the copier
    s = Sheet(rng, dpi=150)
    form_head(s, "WIJZIGING PLAN VAN AANPAK", "Formulier VR-PvA-W  ·  versie 3 – 2022")
    s.row("Datum", "25-4-2024")
    s.row("Naam werknemer", "Kees Brouwer")
    s.row("BSN", bsn_spaces(b))
    s.row("Oorspronkelijk plan van", "21-12-2023")
    s.row("Reden wijziging", "nieuw advies bedrijfsarts 18-4: eigen werk voorlopig niet, langer herstel")
    s.row(
        "Nieuw doel",
        "",
        checks=[
            ("eigen werk", False),
            ("eigen werk aangepast", False),
            ("ander werk bij ons", True),
            ("werk elders", False),
        ],
    )
    s.row(
        "Nieuwe afspraken",
        "- kantoor 4 ochtenden: planning onderhoud, inkoop, storingsintake\n"
        "- cursus planningsprogramma (mei)\n- niet rijden tot half juni",
    )
    s.row("Evaluatie", "elke 6 weken, volgende 6-6-2024")
    s.row("Visie werkgever", "Kees kan op kantoor veel betekenen, we kijken of dit blijvend kan.")
    s.row("Visie werknemer", "Liever monteur maar ik doe het.")
    s.row("Handtekening werkgever", "G. van Rossum", sign=True)
    s.row("Handtekening werknemer", "K. Brouwer", sign=True)
    im = degrade(s.im, rng, angle=0.5, mode="L", noise=9, shift=(2, 3), blur=0.5, tone=238, speckles=250)
    c.path("scan_20240425_0001.jpg").write_bytes(jpeg(im, quality=55, dpi=150))
    c.label(
        "scan_20240425_0001.jpg",
        "bijstelling_plan_van_aanpak",
        "2024-04-25",
        "grey JPEG copier scan of a handwritten form",
        "an image file, 'Wijziging' instead of 'bijstelling', original plan date and next evaluation date written in",
    )

    # D15 weekstaat (no RIV document)
    s = Sheet(rng)
    form_head(s, "WEEKSTAAT UREN", "Formulier VR-WS  ·  versie 3 – 2022")
    s.row("Naam", "Kees Brouwer")
    s.row("Weken", "23 t/m 24 (3-6 t/m 14-6-2024)")
    x0, x1 = s.mx, s.W - s.mx
    cols = ["Dag", "Datum", "Van", "Tot", "Uren", "Werk / project"]
    widths = [0.10, 0.14, 0.10, 0.10, 0.08, 0.48]
    rows = [
        ("ma", "3-6", "8.00", "12.00", "4", "planning onderhoud juni"),
        ("di", "4-6", "", "", "", "vrij"),
        ("wo", "5-6", "8.00", "12.00", "4", "inkoop + storingen"),
        ("do", "6-6", "8.00", "12.00", "4", "evaluatie, storingen"),
        ("vr", "7-6", "8.00", "12.00", "4", "magazijn telling"),
        ("ma", "10-6", "8.00", "12.00", "4", "planning"),
        ("di", "11-6", "", "", "", "bedrijfsarts 11-6"),
        ("wo", "12-6", "8.00", "12.30", "4,5", "storingen"),
        ("do", "13-6", "8.00", "12.00", "4", "inkoop VvE Bemmel"),
        ("vr", "14-6", "8.00", "12.00", "4", "planning"),
    ]
    s.y += s.px(10)
    rh = s.px(22)
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + int((x1 - x0) * w))
    for i, row in enumerate([cols, *rows]):
        for j, val in enumerate(row):
            s.d.rectangle((xs[j], s.y, xs[j + 1], s.y + rh), outline=0, width=2)
            if i == 0:
                s.text(val, size=9, bold=True, x=xs[j] + s.px(3), y=s.y + s.px(5))
            elif val:
                s.hand(val, xs[j] + s.px(4), s.y + s.px(2), xs[j + 1] - xs[j] - s.px(6), size=12)
        s.y += rh
    s.y += s.px(10)
    s.row("Totaal uren", "32,5")
    s.row("Paraaf werknemer", "KB", sign=False)
    s.row("Paraaf kantoor", "AP")
    imgs = [degrade(s.im, rng, angle=-0.3, mode="1", noise=16)]
    c.path("scan_20240617_0001.pdf").write_bytes(images_pdf(imgs, pdf_date("2024-06-17", 8, 15), *COPIER))
    c.label(
        "scan_20240617_0001.pdf",
        "",
        "",
        "image-only copier scan of a handwritten form",
        "no RIV document: a timesheet of the re-integration hours (art. 3 notes, not an art. 6 element)",
    )

    # D6 UWV confirmation of the 42-week report, image-only
    pages = typed_letter(
        rng,
        ("UWV", ["Uitvoeringsinstituut Werknemersverzekeringen"], ["Postbus 5678", "6800 ZZ Arnhem"]),
        ["Van Rossum Installatietechniek B.V.", "Ambachtsweg 9", "6852 ZZ  Huissen"],
        [
            ("Datum", "28 augustus 2024"),
            ("Ons kenmerk", "ZM/2024/0911470"),
            ("Onderwerp", "Wij hebben uw ziekmelding ontvangen"),
        ],
        [
            "Geachte heer, mevrouw,",
            f"U heeft uw werknemer de heer C. Brouwer (burgerservicenummer {bsn_spaces(b)}) op 22 augustus "
            "2024 bij ons ziek gemeld. Hij is ziek sinds 6 november 2023.",
            "Uw werknemer is nu bijna een jaar ziek. Bespreek samen wat er in het eerste jaar is bereikt "
            "en wat u in het tweede jaar wilt bereiken, en leg dat vast in het re-integratiedossier.",
            "Als uw werknemer bijna twee jaar ziek is, kan hij een WIA-uitkering aanvragen. U stelt dan "
            "samen het re-integratieverslag op.",
            "Heeft u vragen? Kijk op uwv.nl/werkgevers of bel ons.",
            "Met vriendelijke groet,",
        ],
        ["UWV", "Team Ziekmeldingen"],
        family="sans",
        size=10,
    )
    imgs = [degrade(s.im, rng, angle=-0.5, mode="1", noise=16, shift=(6, 6)) for s in pages]
    c.path("scan_20240830_0001.pdf").write_bytes(images_pdf(imgs, pdf_date("2024-08-30", 9, 20), *COPIER))
    c.label(
        "scan_20240830_0001.pdf",
        "ziekmelding_uwv",
        "2024-08-28",
        "image-only copier scan (Pillow)",
        "no text layer, UWV's confirmation of the 42-week report (CONTRACT: the melding and its confirmation), "
        "melding date 22 August in the letter",
    )

    # D8 inzetbaarheidsprofiel (named FML)
    soffice_pdf(
        build_docx(
            [
                ("title", "Inzetbaarheidsprofiel"),
                (
                    "kv",
                    [
                        ("Werknemer", "C. Brouwer"),
                        ("BSN", b),
                        ("Functie", "Servicemonteur"),
                        ("Datum", "03-10-2024"),
                        ("Bedrijfsarts", "K. ten Brink, Bedrijfsartsenpraktijk Lingezegen"),
                    ],
                ),
                (
                    "grid",
                    [
                        ("Rubriek", "Beperking", "Toelichting"),
                        ("1 Persoonlijk functioneren", "geen", ""),
                        ("2 Sociaal functioneren", "geen", ""),
                        ("3 Fysieke omgevingseisen", "licht", "Geen werk in koude en tocht (kruipruimtes)."),
                        (
                            "4 Dynamische handelingen",
                            "ja",
                            "Reiken boven schouderhoogte rechts: niet. Tillen rechts: max. "
                            "2 kg. Tillen beide handen: max. 5 kg. Klimmen (ladder/steiger): niet.",
                        ),
                        (
                            "5 Statische houdingen",
                            "ja",
                            "Geen werk boven het hoofd; geen langdurig geknield of gebukt werken.",
                        ),
                        ("6 Werktijden", "ja", "Maximaal 6 uur per dag, 30 uur per week."),
                    ],
                    [5.0, 2.5, 9.5],
                ),
                (
                    "p",
                    "Dit profiel is een bijlage bij mijn advies over de eerstejaarsevaluatie. Geldig tot 01-04-2025 of "
                    "eerder bij wijziging.",
                ),
            ],
            header=ba_hdr,
            footer="Lingezegen - IZP",
            author="K. ten Brink",
            date="2024-10-03",
            font="Times New Roman",
            size=10.5,
        ),
        c.path("FML K Brouwer.pdf"),
        pdf_date("2024-10-03", 11, 30),
    )
    c.label(
        "FML K Brouwer.pdf",
        "inzetbaarheidsprofiel",
        "2024-10-03",
        "LibreOffice PDF from a Word form",
        "named FML but an IZP of the bedrijfsarts (DOMAIN 3: both are inzetbaarheidsprofiel), a 'geldig tot' date",
    )

    # D7 eerstejaarsevaluatie: handwritten two-page form called 'formulier.pdf'
    s1 = Sheet(rng)
    form_head(s1, "(EERSTEJAARS)EVALUATIE", "Formulier VR-EV  ·  versie 3 – 2022")
    s1.row("Naam werknemer", "Kees Brouwer")
    s1.row("BSN", bsn_spaces(b))
    s1.row("Eerste ziektedag", "6-11-2023")
    s1.row("Datum gesprek", "17-10-2024")
    s1.question(
        "1. Wat is er het afgelopen jaar gedaan aan re-integratie?",
        "Kantoorwerk sinds jan. Plan gewijzigd 25-4 (ander werk bij ons). Nu 4 dagen 6 uur planning, inkoop "
        "en storingen. Geen montagewerk.",
        lines=4,
    )
    s1.question("2. Welk resultaat willen jullie aan het eind van het 2e ziektejaar bereiken?", "", lines=0)
    s1.y += s1.px(4)
    s1.row(
        "Kruis aan",
        "",
        checks=[
            ("eigen werk", False),
            ("aangepast eigen werk", False),
            ("ander werk bij ons", True),
            ("werk bij andere werkgever", True),
        ],
        lw=0.18,
    )
    s1.question(
        "3. Hoe gaan jullie dat bereiken?",
        "Kantoorfunctie planner vastleggen 24 u. Voor de rest 2e spoor via Kompaspunt (start nov).",
        lines=3,
    )
    s2 = Sheet(rng)
    s2.text("(Eerstejaars)evaluatie  -  blad 2", size=8, fill=80)
    s2.y += s2.px(24)
    s2.question(
        "4. Is er een tweede spoor nodig? Waarom wel/niet?",
        "Ja, geen 40 uur passend werk bij ons. Bedrijfsarts (3-10) max 30 u.",
        lines=3,
    )
    s2.question(
        "5. Visie werkgever", "Kees blijft welkom op kantoor voor de planning. Meer uren hebben we niet.", lines=3
    )
    s2.question("6. Visie werknemer", "Ik had gehoopt terug te kunnen als monteur. Ga mee in spoor 2.", lines=3)
    s2.y += s2.px(12)
    s2.row("Handtekening werkgever", "G. van Rossum  17-10-2024", sign=True)
    s2.row("Handtekening werknemer", "K. Brouwer  17-10-2024", sign=True)
    imgs = [
        degrade(s.im, rng, angle=a, mode="1", noise=16, shift=(-3, 4))
        for s, a in zip((s1, s2), (0.6, 0.9), strict=False)
    ]
    c.path("formulier.pdf").write_bytes(images_pdf(imgs, pdf_date("2024-10-18", 10, 3), *COPIER))
    c.label(
        "formulier.pdf",
        "eerstejaarsevaluatie",
        "2024-10-17",
        "image-only copier scan of a handwritten form",
        "named 'formulier.pdf', no text layer, numbered questions, the IZP date 3-10 written in an answer",
    )

    # D9 trajectplan tweede spoor (bureau's client system, wkhtmltopdf)
    wkhtmltopdf(
        kompaspunt(
            "28-11-2024 14:10",
            [
                ("h1", "Startdocument loopbaantraject"),
                (
                    "fields",
                    [
                        ("Kandidaat", "C. (Kees) Brouwer"),
                        ("BSN", b),
                        ("Werkgever", "Van Rossum Installatietechniek B.V."),
                        ("Loopbaancoach", "Joost Kamphuis"),
                        ("Startgesprek", "21-11-2024"),
                        ("Datum document", "28-11-2024"),
                    ],
                ),
                ("h2", "Aanleiding"),
                (
                    "p",
                    "Kees kan niet terug in zijn werk als servicemonteur. Bij zijn werkgever is 24 uur planningswerk; voor "
                    "de overige uren zoeken we werk buiten Van Rossum (tweede spoor).",
                ),
                ("h2", "Persoonsprofiel"),
                (
                    "p",
                    "Vakman met 25 jaar ervaring in cv- en warmtepompinstallaties, klantvriendelijk, goede technische kennis, "
                    "weinig computerervaring maar leergierig.",
                ),
                ("h2", "Zoekrichting"),
                (
                    "ul",
                    [
                        "Technisch adviseur / werkvoorbereider bij een installateur of groothandel",
                        "Binnendienst technische groothandel (telefonisch advies, orders)",
                        "Instructeur praktijkopleiding installatietechniek",
                    ],
                ),
                ("h2", "Planning"),
                (
                    "table",
                    ("Periode", "Activiteit"),
                    [
                        ("dec 2024", "oriëntatie, arbeidsmarktscan regio Arnhem-Nijmegen"),
                        ("jan 2025", "cv, sollicitatiebrief, netwerkkaart"),
                        ("feb - jun 2025", "solliciteren, netwerkgesprekken, meeloopdagen"),
                        ("elke 3 maanden", "voortgangsrapportage"),
                    ],
                ),
                ("p", "Akkoord: C. Brouwer - G. van Rossum - J. Kamphuis"),
            ],
        ),
        c.path("Kompaspunt startdocument.pdf"),
        pdf_date("2024-11-28", 14, 10),
    )
    c.label(
        "Kompaspunt startdocument.pdf",
        "trajectplan_tweede_spoor",
        "2024-11-28",
        "wkhtmltopdf print of a bureau client system",
        "'Startdocument loopbaantraject' - no 'trajectplan' word",
    )

    # D10 voortgangsrapportage tweede spoor
    wkhtmltopdf(
        kompaspunt(
            "06-03-2025 16:45",
            [
                ("h1", "Rapportage 2 - loopbaantraject"),
                (
                    "fields",
                    [
                        ("Kandidaat", "C. (Kees) Brouwer"),
                        ("BSN", b),
                        ("Periode", "01-12-2024 t/m 28-02-2025"),
                        ("Datum rapportage", "06-03-2025"),
                        ("Loopbaancoach", "Joost Kamphuis"),
                    ],
                ),
                ("h2", "Activiteiten"),
                (
                    "table",
                    ("Datum", "Activiteit", "Resultaat"),
                    [
                        ("10-12-2024", "arbeidsmarktscan", "12 passende werkgevers in de regio"),
                        ("14-01-2025", "cv en brief klaar", "-"),
                        (
                            "29-01-2025",
                            "sollicitatie binnendienst, Technische Groothandel Betuwe",
                            "gesprek 11-02, afgewezen",
                        ),
                        (
                            "18-02-2025",
                            "meeloopdag werkvoorbereiding, Installatiebedrijf Overbetuwe",
                            "positief, vervolg mei",
                        ),
                    ],
                ),
                ("h2", "Inzet kandidaat"),
                ("p", "Goed. Kees komt afspraken na en pakt de computeropdrachten serieus op."),
                ("h2", "Vervolg"),
                ("p", "Cursus Excel (maart), gericht solliciteren binnendienst en werkvoorbereiding."),
            ],
        ),
        c.path("Kompaspunt rapportage 2.pdf"),
        pdf_date("2025-03-06", 16, 45),
    )
    c.label(
        "Kompaspunt rapportage 2.pdf",
        "voortgangsrapportage_tweede_spoor",
        "2025-03-06",
        "wkhtmltopdf print of a bureau client system",
        "'Rapportage 2' only, activity dates in a table",
    )

    # D11 actueel oordeel and D12 medical information: bedrijfsarts letters sent on paper, scanned with OCR
    head = ("Bedrijfsartsenpraktijk Lingezegen", ["K. ten Brink, bedrijfsarts", "Parkweg 3 · 6661 ZZ Elst"], None)
    pages = typed_letter(
        rng,
        head,
        ["Van Rossum Installatietechniek B.V.", "t.a.v. mevrouw A. Pelgrim", "Ambachtsweg 9", "6852 ZZ  Huissen"],
        [
            ("Datum", "10 juli 2025"),
            ("Betreft", "Actueel oordeel t.b.v. re-integratieverslag"),
            ("Werknemer", f"C. Brouwer, BSN {bsn_spaces(b)}"),
        ],
        [
            "Geachte mevrouw Pelgrim,",
            "Voor de WIA-aanvraag van de heer Brouwer geef ik mijn actuele oordeel. Ik heb hem op "
            "8 juli 2025 gesproken.",
            "##Belastbaarheid",
            "Ongewijzigd ten opzichte van het inzetbaarheidsprofiel van 3 oktober 2024: geen werk boven "
            "schouderhoogte, niet klimmen, beperkt tillen, maximaal 6 uur per dag en 30 uur per week.",
            "##Verloop en prognose",
            "Het herstel heeft zich sinds de zomer van 2024 gestabiliseerd. Verbetering verwacht ik niet meer.",
            "##Arbeidsrelatie",
            "Goed. Er zijn geen belemmeringen.",
            "##Passende arbeid bij de werkgever",
            "Het werk als planner op kantoor, 24 uur per week, is passend. Het werk als servicemonteur "
            "is blijvend niet passend.",
            "De medische informatie stuur ik in een aparte envelop naar de heer Brouwer voor UWV.",
        ],
        ["K. ten Brink", "bedrijfsarts, BIG 19067890101"],
        family="serif",
        size=10.5,
    )
    imgs = [degrade(s.im, rng, angle=-0.35, mode="1", noise=14, shift=(2, -3)) for s in pages]
    c.path("scan_20250714_0001.pdf").write_bytes(ocr_pdf(imgs, pdf_date("2025-07-14", 11, 2), *COPIER))
    c.label(
        "scan_20250714_0001.pdf",
        "actueel_oordeel",
        "2025-07-10",
        "copier scan with OCR layer (tesseract)",
        "scan-date name, consult date 8 July and IZP date in the text",
    )

    pages = typed_letter(
        rng,
        head,
        ["Aan de verzekeringsarts van UWV", "via de heer C. Brouwer (gesloten envelop)"],
        [
            ("Datum", "10 juli 2025"),
            ("Betreft", "MEDISCHE INFORMATIE - MEDISCH GEHEIM"),
            ("Werknemer", f"C. Brouwer, geb. 30-04-1969, BSN {bsn_spaces(b)}"),
        ],
        [
            "Geachte collega,",
            "##Diagnose",
            "Traumatische rotator-cuffruptuur rechterschouder (supraspinatus en infraspinatus) na een "
            "val van een ladder op 3 november 2023. Operatief hersteld op 19 maart 2024 (orthopedie, "
            "Ziekenhuis Rijnbrug). Postoperatief een frozen shoulder.",
            "##Behandeling",
            "Fysiotherapie sinds april 2024, twee keer per week; corticosteroïdinjectie juli 2024. "
            "Pijnmedicatie: paracetamol en naproxen zo nodig. Orthopedisch chirurg: eindcontrole "
            "22 mei 2025, geen verdere operatieve opties.",
            "##Beloop en prognose",
            "Blijvende beperking van de actieve elevatie rechts tot circa 90 graden en krachtsverlies. "
            "De beperkingen zijn duurzaam.",
            "Met collegiale groet,",
        ],
        ["K. ten Brink", "bedrijfsarts, BIG 19067890101"],
        family="serif",
        size=10.5,
    )
    imgs = [degrade(s.im, rng, angle=0.55, mode="1", noise=14, shift=(-2, 4)) for s in pages]
    c.path("scan_20250714_0002.pdf").write_bytes(ocr_pdf(imgs, pdf_date("2025-07-14", 11, 3), *COPIER))
    c.label(
        "scan_20250714_0002.pdf",
        "medische_informatie",
        "2025-07-10",
        "copier scan with OCR layer (tesseract)",
        "medical letter for the verzekeringsarts scanned by the employer (must not hold it, DOMAIN 5.1) right "
        "after the AO, the names differ only in the counter",
    )

    # D13 eindevaluatie: handwritten two-page form
    s1 = Sheet(rng)
    form_head(s1, "EINDGESPREK RE-INTEGRATIE", "Formulier VR-EG  ·  versie 3 – 2022")
    s1.text("(eindevaluatie voor het re-integratieverslag)", size=9, fill=40)
    s1.y += s1.px(16)
    s1.row("Naam werknemer", "Kees Brouwer")
    s1.row("BSN", bsn_spaces(b))
    s1.row("Datum gesprek", "24-7-2025")
    s1.row("Aanwezig", "Kees, Gerard van Rossum, Ans Pelgrim")
    s1.row(
        "Wat voor bedrijf zijn wij?",
        "Installatiebedrijf, 14 medewerkers. Cv, warmtepompen, sanitair. Onderhoud "
        "en storingen bij particulieren en VvE's.",
    )
    s1.row(
        "Terugblik op 2 jaar",
        "Nov 23 uitgevallen. Kantoor vanaf jan 24. Plan gewijzigd april 24. Eerstejaars "
        "okt 24. 2e spoor Kompaspunt nov 24 - jun 25, geen baan. Nu 24 u planner.",
    )
    s2 = Sheet(rng)
    s2.text("Eindgesprek re-integratie  -  blad 2", size=8, fill=80)
    s2.y += s2.px(24)
    s2.row("Hoe is de arbeidsrelatie?", "Goed.")
    s2.row("Is er passend werk bij ons?", "Ja planner 24 uur. Meer niet. Monteur kan niet meer (bedrijfsarts 10-7).")
    s2.row("Resultaat", "24 van 40 uur aan het werk als planner. Kees vraagt WIA aan.")
    s2.row("Opmerking werknemer", "Blij dat ik kan blijven.")
    s2.row("Handtekening werkgever", "G. van Rossum", sign=True)
    s2.row("Handtekening werknemer", "K. Brouwer", sign=True)
    imgs = [
        degrade(s.im, rng, angle=a, mode="1", noise=16, shift=(5, -2))
        for s, a in zip((s1, s2), (-0.7, -0.2), strict=False)
    ]
    c.path("scan_20250724_0001.pdf").write_bytes(images_pdf(imgs, pdf_date("2025-07-24", 16, 20), *COPIER))
    c.label(
        "scan_20250724_0001.pdf",
        "eindevaluatie",
        "2025-07-24",
        "image-only copier scan of a handwritten form",
        "'Eindgesprek re-integratie', no text layer, the AO date written in",
    )

    # D14 oordeel werknemer: handwritten, JPEG
    s = Sheet(rng, dpi=150, hand_size=1.05)
    s.text("Re-integratieverslag", size=9, fill=60)
    s.y += s.px(16)
    s.y = s.text("REACTIE VAN DE WERKNEMER", size=14, bold=True) + s.px(10)
    s.row("Naam", "Kees Brouwer")
    s.row("BSN", bsn_spaces(b))
    s.row("Ik ben het", "", checks=[("eens met het verslag", False), ("deels eens", True), ("niet eens", False)])
    s.question(
        "Toelichting",
        "Alles klopt behalve dat ik in het begin (dec 2023) zelf heb gevraagd om meer uren "
        "op kantoor. Dat staat er niet in. Verder heb ik bij Kompaspunt ook zelf 6 keer "
        "gesolliciteerd naast wat Joost deed.",
        lines=7,
    )
    s.y += s.px(10)
    s.row("Datum", "29-7-2025")
    s.row("Handtekening", "K. Brouwer", sign=True)
    im = degrade(s.im, rng, angle=-1.1, mode="L", noise=9, shift=(-3, 2), blur=0.5, tone=236, speckles=200)
    c.path("scan_20250729_0001.jpg").write_bytes(jpeg(im, quality=55, dpi=150))
    c.label(
        "scan_20250729_0001.jpg",
        "oordeel_werknemer",
        "2025-07-29",
        "grey JPEG copier scan of a handwritten form",
        "an image file, 'Reactie van de werknemer', the employee partly disagrees",
    )


# ================================================================================================ case E
# Priya Ramdin, assistent-accountant. An external casemanager (Casepoint) mails Word forms as attachments, the
# arbodienst's web portal is printed from Chromium ('Afgedrukt op'), the employee mails a phone scan of a
# specialist's letter, and answers the RIV mail with her own view in the mail body.

CSS_CASEPOINT = """
body{font-family:'DejaVu Sans',sans-serif;font-size:12.4pt;color:#222;margin:0}
.kop{border-bottom:2px solid #6a2c70;padding-bottom:5px}
.kop td{font-size:10.5pt;color:#555}
.kop .n{font-size:19pt;color:#6a2c70;font-weight:bold}
.gen{font-size:10pt;color:#666;margin:5px 0 14px 0}
h1{font-size:17pt;margin:8px 0}
table.f{border-collapse:collapse;width:100%}
table.f td{border:1px solid #d8c6da;padding:5px 8px;vertical-align:top}
table.f td.l{width:36%;background:#f6f0f7}
table.f td.band{background:#6a2c70;color:#fff;font-weight:bold}
p{margin:4px 0 8px 0;line-height:1.4}
.note{font-size:10pt;color:#666;margin-top:16px}
"""


def case_e() -> None:
    c = Case("ramdin", "Ramdin P - Verbeek en De Groot", 1505)
    b = c.bsn
    rng = c.rng
    cp_hdr = "Casepoint Verzuimregie  |  in opdracht van Verbeek & De Groot Accountants B.V.  |  dossier VZ-24-0611"
    cp_ftr = "Casepoint - sjabloon v3 (2022)"
    emp_ac = [
        ("Werknemer", "P. (Priya) Ramdin"),
        ("BSN", b),
        ("Geboortedatum", "14-08-1993"),
        ("Functie", "Assistent-accountant, 36 uur per week"),
        ("Eerste ziektedag", "10-06-2024"),
    ]
    ba = "drs. H. Smit-Dekker, bedrijfsarts, BIG 39078901201"
    LOTTE = "Lotte Jansma <l.jansma@casepoint.example>"
    MONIQUE = "Monique Verbeek <m.verbeek@verbeekdegroot.example>"
    PRIYA = "Priya Ramdin <p.ramdin@mailbox.example>"

    # E1 probleemanalyse, arbodienst portal print
    chromium_pdf(
        arboconcept(
            "18-07-2024 08:55",
            "1163208",
            [
                ("h1", "Probleemanalyse"),
                (
                    "fields",
                    [*emp_ac, ("Datum spreekuur", "15-07-2024"), ("Datum rapport", "16-07-2024"), ("Bedrijfsarts", ba)],
                ),
                ("h2", "Arbeidsongeschiktheid"),
                (
                    "p",
                    "Werkneemster is sinds 10-06-2024 volledig arbeidsongeschikt voor haar eigen werk. Er is sprake van "
                    "dreigend langdurig verzuim.",
                ),
                ("h2", "Beperkingen en mogelijkheden"),
                (
                    "p",
                    "Er zijn energetische beperkingen: na lichte inspanning treedt uitputting op die dagen kan aanhouden. "
                    "Concentratie en geheugen zijn verminderd bij langer durend cijfermatig werk. Korte werkblokken van een "
                    "uur met rust ertussen zijn mogelijk; thuiswerken heeft de voorkeur.",
                ),
                ("h2", "Prognose"),
                (
                    "p",
                    "Onzeker. Herstel is mogelijk maar kan lang duren. Ik verwacht binnen drie maanden een beperkte "
                    "hervatting.",
                ),
                ("h2", "Advies"),
                (
                    "p",
                    "Start vanaf augustus met 2 x 1,5 uur per week licht werk thuis (controle van eenvoudige "
                    "boekingen). Langzaam opbouwen zonder pieken. Werkgever en werkneemster maken binnen twee weken het plan "
                    "van aanpak. Vervolgafspraak over zes weken.",
                ),
                (
                    "note",
                    "Dit rapport bevat geen medische gegevens. ArboConcept Holland, Nieuwe Haven 21, 2801 ZZ Gouda.",
                ),
            ],
        ),
        c.path("Probleemanalyse ArboConcept.pdf"),
        pdf_date("2024-07-18", 8, 55),
    )
    c.label(
        "Probleemanalyse ArboConcept.pdf",
        "probleemanalyse",
        "2024-07-16",
        "Chromium print of a portal page",
        "'Afgedrukt op' print date and spreekuur date around the report date",
    )

    # E2 covering mail with the plan van aanpak as a Word attachment
    pva = build_docx(
        [
            ("title", "Plan van Aanpak"),
            (
                "kv",
                [
                    ("Werknemer", "Priya Ramdin"),
                    ("BSN", b),
                    ("Functie", "Assistent-accountant (36 uur)"),
                    ("Werkgever", "Verbeek & De Groot Accountants B.V."),
                    ("Eerste ziektedag", "10-06-2024"),
                    ("Probleemanalyse", "16-07-2024, ArboConcept Holland"),
                    ("Casemanager", "Lotte Jansma, Casepoint Verzuimregie (extern)"),
                    ("Datum", "25-07-2024"),
                ],
            ),
            ("b", "Doel"),
            ("p", "☒ Spoor 1 - terugkeer in het eigen werk, eerst in aangepaste vorm (thuis, korte blokken)."),
            ("b", "Activiteiten"),
            (
                "grid",
                [
                    ("#", "Wat", "Wie", "Termijn"),
                    (
                        "1",
                        "Thuiswerk 2 x 1,5 uur: controle eenvoudige boekingen",
                        "Priya, teamleider",
                        "vanaf 05-08-2024",
                    ),
                    ("2", "Laptop en toegang tot het dossierprogramma thuis", "ICT", "voor 05-08-2024"),
                    (
                        "3",
                        "Opbouw in stappen van een half uur per twee weken, in overleg",
                        "Priya, bedrijfsarts",
                        "doorlopend",
                    ),
                    ("4", "Wekelijks belcontact", "Monique Verbeek", "doorlopend"),
                ],
                [0.8, 8.2, 4.0, 4.0],
            ),
            (
                "kv",
                [
                    ("Evaluatie", "05-09-2024 en daarna iedere zes weken"),
                    ("Visie werkgever", "Priya is een goede kracht; wij nemen de tijd voor een goede opbouw."),
                    ("Visie werknemer", "Ik wil graag werken, maar ik moet leren doseren."),
                    ("Akkoord werkgever", "M. Verbeek, partner"),
                    ("Akkoord werknemer", "P. Ramdin"),
                ],
            ),
        ],
        header=cp_hdr,
        footer=cp_ftr,
        author="Lotte Jansma",
        date="2024-07-25",
    )
    c.path("RE Plan van aanpak Priya.eml").write_bytes(
        eml(
            frm=LOTTE,
            to=f"{MONIQUE}, {PRIYA}",
            subject="RE: Plan van aanpak Priya",
            date="Fri, 26 Jul 2024 11:02:44 +0200",
            msgid="<AM0PR0711MB4410.26072024090244@casepoint.example>",
            text="Goedemorgen Monique en Priya,\n\nBijgaand het plan van aanpak zoals we het gisteren hebben besproken. "
            "Willen jullie het ondertekend terugsturen? Een foto of scan van de laatste pagina is genoeg.\n\n"
            "Met vriendelijke groet,\nLotte Jansma\nCasepoint Verzuimregie\n",
            html_body="<html><body><p>Goedemorgen Monique en Priya,</p><p>Bijgaand het plan van aanpak zoals we het "
            "gisteren hebben besproken. Willen jullie het ondertekend terugsturen? Een foto of scan van de "
            "laatste pagina is genoeg.</p><p>Met vriendelijke groet,<br>Lotte Jansma<br>Casepoint "
            "Verzuimregie</p></body></html>",
            attachments=[
                ("PvA_Ramdin_def.docx", pva, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            ],
            boundary_seed=51,
        )
    )
    c.label(
        "RE Plan van aanpak Priya.eml",
        "",
        "",
        "Outlook-style e-mail with a Word attachment",
        "no RIV document: a pure covering mail (the plan is the attachment)",
    )
    c.label(
        "RE Plan van aanpak Priya.eml::PvA_Ramdin_def.docx",
        "plan_van_aanpak",
        "2024-07-25",
        "python-docx Word form in an e-mail",
        "attachment, the mail is dated a day later",
    )

    # E3 tussentijdse evaluatie
    c.path("Gespreksverslag 05-09-2024.docx").write_bytes(
        build_docx(
            [
                (
                    "kv",
                    [
                        ("Verslag", "Evaluatie plan van aanpak"),
                        ("Datum", "05-09-2024"),
                        ("Werknemer", "Priya Ramdin"),
                        ("BSN", b),
                        ("Aanwezig", "Priya Ramdin, Monique Verbeek, Lotte Jansma (via Teams)"),
                        (
                            "Stand van zaken",
                            "Priya werkt sinds 05-08 thuis, nu 3 x 2 uur. Op dagen na het werk is zij "
                            "moe, maar zij herstelt binnen een dag.",
                        ),
                        ("Afspraken nagekomen", "Ja. Laptop en toegang zijn geregeld."),
                        (
                            "Vervolg",
                            "Opbouw naar 3 x 2,5 uur vanaf 16-09. Eén dagdeel per twee weken op kantoor, zonder "
                            "klantcontact. Bedrijfsarts op 10-10-2024.",
                        ),
                        ("Volgende evaluatie", "17-10-2024"),
                    ],
                ),
            ],
            header=cp_hdr,
            footer=cp_ftr,
            author="Lotte Jansma",
            date="2024-09-05",
        )
    )
    c.label(
        "Gespreksverslag 05-09-2024.docx",
        "tussentijdse_evaluatie",
        "2024-09-05",
        "python-docx Word form",
        "no heading, the kind as the value of a 'Verslag' cell, future dates in the form",
    )

    # E13 bijstelling probleemanalyse
    chromium_pdf(
        arboconcept(
            "15-11-2024 13:20",
            "1171954",
            [
                ("h1", "Terugkoppeling spreekuur"),
                (
                    "fields",
                    [
                        *emp_ac,
                        ("Type rapport", "Vervolgrapportage - bijstelling probleemanalyse"),
                        ("Datum spreekuur", "12-11-2024"),
                        ("Datum rapport", "14-11-2024"),
                        ("Bedrijfsarts", ba),
                    ],
                ),
                ("h2", "Wat is er veranderd?"),
                (
                    "p",
                    "De opbouw is in oktober vastgelopen; na uitbreiding naar 3 x 3 uur trad een terugval op. De "
                    "belastbaarheid is lager dan ik in juli verwachtte.",
                ),
                ("h2", "Beperkingen en mogelijkheden"),
                (
                    "p",
                    "Maximaal 2 uur per dag, 4 dagen per week, met een rustdag na twee werkdagen. Geen deadlines en geen "
                    "werk onder tijdsdruk (jaarafsluitingen). Reistijd beperken: voorlopig alleen thuiswerk.",
                ),
                ("h2", "Prognose"),
                (
                    "p",
                    "Langzaam herstel; volledige terugkeer in het eigen werk binnen het eerste ziektejaar verwacht ik niet.",
                ),
                ("h2", "Advies"),
                (
                    "p",
                    "Stel het plan van aanpak bij op deze belastbaarheid. Verwijzing naar een revalidatieprogramma is met "
                    "werkneemster besproken. Vervolgafspraak 09-01-2025.",
                ),
            ],
        ),
        c.path("Terugkoppeling 14-11-2024.pdf"),
        pdf_date("2024-11-15", 13, 20),
    )
    c.label(
        "Terugkoppeling 14-11-2024.pdf",
        "bijstelling_probleemanalyse",
        "2024-11-14",
        "Chromium print of a portal page",
        "headed 'Terugkoppeling spreekuur', the kind only in the 'Type rapport' field",
    )

    # E7 the employee mails a phone scan of her rehabilitation doctor's letter (medical)
    s = Sheet(rng, dpi=150)
    letterhead(
        s,
        "Revalidatiecentrum Zuiderhaven",
        ["Afdeling revalidatiegeneeskunde", "Havenkade 40 · 2800 ZZ Gouda"],
        None,
        family="serif",
    )
    for ln in ["Aan: huisarts dr. J.P. Hoogendoorn, Gouda", "Kopie: mevrouw P. Ramdin"]:
        s.y = s.text(ln, size=10, family="serif")
    s.y += s.px(12)
    s.y = s.text("Gouda, 20 januari 2025", size=10, family="serif") + s.px(6)
    s.y = s.text(f"Betreft: mw. P. Ramdin, geb. 14-08-1993, BSN {b}", size=10, family="serif", bold=True) + s.px(10)
    s.paragraphs(
        [
            "Geachte collega,",
            "Uw patiënte werd op 9 januari 2025 gezien op ons spreekuur in verband met aanhoudende klachten na "
            "een COVID-19-infectie in mei 2024.",
            "##Conclusie",
            "Post-COVID-syndroom (ICD-10 U09.9) met post-exertionele malaise, cognitieve klachten en "
            "orthostatische intolerantie. Geen aanwijzingen voor longschade (longfunctie 12-2024 normaal).",
            "##Beleid",
            "Start poliklinisch revalidatieprogramma (energiemanagement, ergotherapie, psycholoog) per "
            "februari 2025, duur 12 weken. Geen medicatiewijziging; zo nodig metoprolol 25 mg bij "
            "hartkloppingen, voorgeschreven door de cardioloog.",
            "Met collegiale groet,",
            "M. de Ruiter, revalidatiearts",
        ],
        size=10,
        family="serif",
    )
    im = degrade(s.im, rng, angle=1.3, mode="L", noise=7, shift=(4, -6), blur=0.6, tone=232, speckles=60)
    scan_pdf = images_pdf([im], pdf_date("2025-01-23", 19, 48), *PHONESCAN, dpi=150, quality=50)
    c.path("Brief revalidatiearts.eml").write_bytes(
        eml(
            frm=PRIYA,
            to=LOTTE,
            subject="brief revalidatiearts",
            date="Thu, 23 Jan 2025 19:52:10 +0100",
            msgid="<CAKd8s0pR4mdn+2025012319521@mailbox.example>",
            text="Hoi Lotte,\n\nHierbij de brief, dan heb jij hem ook. Ik begin in februari met het programma.\n\n"
            "Groetjes,\nPriya\n\nVerstuurd vanaf mijn telefoon\n",
            attachments=[("brief revalidatiearts.pdf", scan_pdf, "application/pdf")],
            mailer="Mail app (Android)",
            boundary_seed=52,
        )
    )
    c.label(
        "Brief revalidatiearts.eml",
        "",
        "",
        "phone e-mail with a PDF attachment",
        "no RIV document: a pure covering mail from the employee",
    )
    c.label(
        "Brief revalidatiearts.eml::brief revalidatiearts.pdf",
        "medische_informatie",
        "2025-01-20",
        "phone scanner app PDF (image only) in an e-mail",
        "a specialist's letter with diagnosis and "
        "medication sent by the employee to the casemanager - medical data the employer side must not hold "
        "(DOMAIN 5.1), no text layer",
    )

    # E4 42-week report: Casepoint portal print (wkhtmltopdf), named by dossier number only
    wkhtmltopdf(
        f"""<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Casepoint</title>
<style>{CSS_CASEPOINT}</style></head><body>
<div class="kop"><table width="100%"><tr><td class="n">casepoint</td><td align="right">Verzuimregie voor het MKB<br>
dossier VZ-24-0611</td></tr></table></div>
<div class="gen">Gegenereerd op 27-03-2025 09:14 door l.jansma</div>
<h1>Verzendbevestiging ziekmelding UWV (42e week)</h1>
{
            fields_html(
                [
                    ("Werkgever",),
                    ("Naam", "Verbeek & De Groot Accountants B.V."),
                    ("Loonheffingennummer", "8540.17.229.L01"),
                    ("Werknemer",),
                    ("Naam", "P. Ramdin"),
                    ("BSN", b),
                    ("Eerste ziektedag", "10-06-2024"),
                    ("Melding",),
                    ("Soort", "Ziekmelding langdurig zieke werknemer (aangifte na 42 weken)"),
                    ("Datum verzonden", "26-03-2025"),
                    ("Verzonden door", "L. Jansma namens de werkgever"),
                    ("Gedeeltelijk werkzaam", "ja, 10 uur per week"),
                    ("Kenmerk UWV", "ZM-2025-0227719"),
                ]
            )
        }
<p class="note">Termijn: uiterlijk de eerste dag na week 42 (31-03-2025). Bewaar deze bevestiging in het dossier.</p>
</body></html>""",
        c.path("VZ-24-0611.pdf"),
        pdf_date("2025-03-27", 9, 14),
    )
    c.label(
        "VZ-24-0611.pdf",
        "ziekmelding_uwv",
        "2025-03-26",
        "wkhtmltopdf print of a casemanager portal",
        "named by the dossier number only, a deadline date and the export date beside the send date",
    )

    # E5 covering mail forwarding the eerstejaarsevaluatie (Word)
    eje = build_docx(
        [
            ("title", "Eerstejaarsevaluatie"),
            (
                "kv",
                [
                    ("Werknemer", "Priya Ramdin"),
                    ("BSN", b),
                    ("Datum gesprek", "22-05-2025"),
                    ("Aanwezig", "Priya Ramdin, Monique Verbeek, Lotte Jansma"),
                    (
                        "1. Verloop eerste ziektejaar",
                        "Thuiswerk vanaf augustus 2024, terugval oktober 2024, bijstelling "
                        "advies bedrijfsarts 14-11-2024. Revalidatieprogramma februari - april 2025. Nu 4 x 2,5 uur "
                        "(10 uur).",
                    ),
                    (
                        "2. Beoogd resultaat einde tweede ziektejaar",
                        "☐ eigen werk volledig   ☒ eigen werk aangepast "
                        "(20 uur, thuis en op kantoor)   ☐ ander werk intern   ☐ werk elders",
                    ),
                    (
                        "3. Hoe bereiken we dat?",
                        "Opbouw per maand met een half uur per dag; taken zonder deadlines; "
                        "herbeoordeling door de bedrijfsarts in juni.",
                    ),
                    (
                        "4. Tweede spoor?",
                        "Nu niet: er is uitzicht op uitbreiding in het eigen werk binnen drie maanden. "
                        "Bij stilstand oriënteren we ons alsnog op werk buiten het kantoor.",
                    ),
                    ("5. Visie werkgever", "Wij willen Priya behouden en passen de taken aan."),
                    (
                        "6. Visie werknemer",
                        "Ik wil het eigen vak niet kwijt. Ik merk dat het programma heeft geholpen.",
                    ),
                    ("(aanvulling M. Verbeek bij vraag 6)", "Uitbreiding van uren alleen als Priya dat zelf aangeeft."),
                    ("Akkoord", "M. Verbeek, P. Ramdin - 22-05-2025"),
                ],
            ),
        ],
        header=cp_hdr,
        footer=cp_ftr,
        author="Lotte Jansma",
        date="2025-05-22",
    )
    c.path("FW evaluatie.eml").write_bytes(
        eml(
            frm=MONIQUE,
            to=LOTTE,
            subject="FW: evaluatie",
            date="Fri, 23 May 2025 08:17:33 +0200",
            msgid="<DB9PR02MB7211.23052025061733@verbeekdegroot.example>",
            text="Hoi Lotte,\n\nHierbij terug met mijn aanvulling bij vraag 6. Priya heeft hem gisteren al gezien.\n\n"
            "Groet,\nMonique\n\nMonique Verbeek | partner\nVerbeek & De Groot Accountants B.V.\n",
            attachments=[
                (
                    "Eerstejaarsevaluatie P. Ramdin - MV.docx",
                    eje,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                )
            ],
            boundary_seed=53,
        )
    )
    c.label(
        "FW evaluatie.eml",
        "",
        "",
        "Outlook-style e-mail with a Word attachment",
        "no RIV document: a pure covering mail",
    )
    c.label(
        "FW evaluatie.eml::Eerstejaarsevaluatie P. Ramdin - MV.docx",
        "eerstejaarsevaluatie",
        "2025-05-22",
        "python-docx Word form in an e-mail",
        "attachment, the mail is a day later, 'Tweede spoor? Nu niet' with a reason",
    )

    # E6 bijstelling plan van aanpak, Word -> PDF named by dossier number
    soffice_pdf(
        build_docx(
            [
                ("title", "Bijstelling Plan van Aanpak"),
                (
                    "kv",
                    [
                        ("Werknemer", "Priya Ramdin"),
                        ("BSN", b),
                        ("Datum", "12-06-2025"),
                        ("Vorige versie", "Plan van aanpak 25-07-2024"),
                        (
                            "Aanleiding",
                            "Advies bedrijfsarts na het spreekuur van 10-06-2025: opbouw naar 20 uur is haalbaar, "
                            "meer dan 24 uur niet binnen een jaar.",
                        ),
                        (
                            "Gewijzigd doel",
                            "Eigen werk in aangepaste vorm: 20-24 uur, taken zonder deadlines "
                            "(controle, dossiervorming), maximaal één dag per week op kantoor.",
                        ),
                        (
                            "Nieuwe afspraken",
                            "1. Opbouw naar 4 x 4 uur vóór 01-09-2025.\n2. Verkennend gesprek met een "
                            "loopbaancoach van Casepoint over werk buiten het kantoor (4 gesprekken, juli-september).\n3. "
                            "Evaluatie iedere zes weken; eerstvolgende 24-07-2025.",
                        ),
                        ("Visie werkgever", "Wij bieden structureel 20-24 uur in aangepaste taken."),
                        ("Visie werknemer", "Akkoord. Ik vind het fijn dat er ook naar buiten wordt gekeken."),
                        ("Akkoord werkgever", "M. Verbeek - 12-06-2025"),
                        ("Akkoord werknemer", "P. Ramdin - 12-06-2025"),
                    ],
                ),
            ],
            header=cp_hdr,
            footer=cp_ftr,
            author="Lotte Jansma",
            date="2025-06-12",
        ),
        c.path("VZ-24-0611 (2).pdf"),
        pdf_date("2025-06-12", 15, 40),
    )
    c.label(
        "VZ-24-0611 (2).pdf",
        "bijstelling_plan_van_aanpak",
        "2025-06-12",
        "LibreOffice PDF from a Word form",
        "named by dossier number, previous plan and consult dates quoted",
    )

    # E12 UWV letter to the employer about the WIA application (Word -> PDF)
    soffice_pdf(
        build_docx(
            [
                ("p", "UWV\nPostbus 9876\n2500 ZZ Den Haag"),
                (
                    "p",
                    "Verbeek & De Groot Accountants B.V.\nt.a.v. de afdeling personeelszaken\nStationsplein 3\n2801 ZZ  Gouda",
                ),
                (
                    "kv",
                    [
                        ("Datum", "9 februari 2026"),
                        ("Ons kenmerk", "WIA-WG/2026/118530"),
                        ("Onderwerp", "Uw werknemer kan binnenkort een WIA-uitkering aanvragen"),
                        ("Werknemer", f"mevrouw P. Ramdin, burgerservicenummer {b}"),
                    ],
                    [3.5, 13.5],
                ),
                ("p", "Geachte heer, mevrouw,"),
                (
                    "p",
                    "Uw werknemer is sinds 10 juni 2024 ziek. Wij hebben haar een brief gestuurd over het aanvragen van "
                    "een WIA-uitkering. De wachttijd eindigt op 7 juni 2026.",
                ),
                ("b", "Wat vragen wij van u?"),
                (
                    "p",
                    "Maak samen met uw werknemer het re-integratieverslag af en geef haar een kopie van alle stukken. "
                    "Nadat zij de uitkering heeft aangevraagd, stuurt u het verslag binnen één dag via het "
                    "werkgeversportaal naar ons. De medische informatie stuurt u niet mee.",
                ),
                ("b", "Loondoorbetaling"),
                (
                    "p",
                    "Als wij vinden dat er onvoldoende aan re-integratie is gedaan, kunnen wij u verplichten het loon "
                    "langer door te betalen.",
                ),
                ("p", "Met vriendelijke groet,\n\nUWV\nafdeling Werkgevers"),
            ],
            header="",
            footer="",
            author="UWV",
            date="2026-02-09",
            font="Arial",
            size=10,
            page_numbers=False,
        ),
        c.path("brief.pdf"),
        pdf_date("2026-02-09", 6, 0),
    )
    c.label(
        "brief.pdf",
        "uwv_correspondentie",
        "2026-02-09",
        "LibreOffice PDF from a Word letter",
        "meaningless name, the end of the waiting time (7 June 2026) as a later date",
    )

    # E10 covering mail with the eindevaluatie (Word) and the actueel oordeel (portal print)
    ao = io_bytes(
        lambda p: chromium_pdf(
            arboconcept(
                "13-02-2026 10:31",
                "1187342",
                [
                    ("h1", "Actueel oordeel"),
                    (
                        "fields",
                        [
                            *emp_ac,
                            ("Datum spreekuur", "10-02-2026"),
                            ("Datum rapport", "12-02-2026"),
                            ("Bedrijfsarts", ba),
                        ],
                    ),
                    ("h2", "Doel"),
                    (
                        "p",
                        "Actueel oordeel van de bedrijfsarts ten behoeve van het re-integratieverslag (WIA-aanvraag). Zonder "
                        "medische gegevens.",
                    ),
                    ("h2", "Belastbaarheid en verloop"),
                    (
                        "p",
                        "Sinds de bijstelling van juni 2025 is de opbouw gelukt tot 20 uur per week (5 x 4 uur), deels thuis. "
                        "Sinds november 2025 stabiel. Geen werk onder tijdsdruk; na twee werkdagen een rustmoment.",
                    ),
                    ("h2", "Prognose"),
                    ("p", "Ik verwacht het komende jaar geen wezenlijke verandering."),
                    ("h2", "Arbeidsrelatie"),
                    ("p", "Goed, er zijn geen belemmeringen."),
                    ("h2", "Passende arbeid bij de werkgever"),
                    ("p", "Het aangepaste eigen werk, 20 uur per week, is passend. Meer uren zijn niet passend."),
                ],
            ),
            p,
            pdf_date("2026-02-13", 10, 31),
        )
    )
    ev = build_docx(
        [
            ("title", "Eindevaluatie"),
            (
                "kv",
                [
                    ("Werknemer", "Priya Ramdin"),
                    ("BSN", b),
                    ("Datum gesprek", "26-02-2026"),
                    ("Werkgever", "Verbeek & De Groot Accountants B.V."),
                    (
                        "Aard van het bedrijf",
                        "Accountantskantoor voor het MKB (samenstellen jaarrekeningen, "
                        "belastingaangiften, salarisadministratie); circa 40 medewerkers in Gouda.",
                    ),
                    (
                        "Terugblik",
                        "Uitval 10-06-2024. Thuiswerk vanaf augustus 2024, terugval in oktober, bijstelling "
                        "advies november 2024. Revalidatie voorjaar 2025. Eerstejaarsevaluatie 22-05-2025. "
                        "Plan bijgesteld 12-06-2025 met een verkenning buiten het kantoor (geen passend "
                        "alternatief gevonden). Sinds november 2025 stabiel 20 uur.",
                    ),
                    ("Resultaat", "Gedeeltelijke terugkeer in het eigen werk, aangepast: 20 van 36 uur."),
                    ("Arbeidsrelatie (werkgever)", "Goed."),
                    (
                        "Passend werk bij de werkgever (werkgever)",
                        "Ja, het aangepaste eigen werk voor 20 uur. Meer "
                        "passend werk is er niet (zie actueel oordeel bedrijfsarts 12-02-2026).",
                    ),
                    ("Akkoord werkgever", "M. Verbeek - 26-02-2026"),
                    ("Akkoord werknemer", ""),
                ],
            ),
        ],
        header=cp_hdr,
        footer=cp_ftr,
        author="Lotte Jansma",
        date="2026-02-26",
    )
    c.path("Stukken RIV ter ondertekening.eml").write_bytes(
        eml(
            frm=LOTTE,
            to=PRIYA,
            cc=MONIQUE,
            subject="Stukken RIV ter ondertekening",
            date="Thu, 26 Feb 2026 16:45:09 +0100",
            msgid="<AM0PR0711MB4410.26022026154509@casepoint.example>",
            text="Beste Priya,\n\nZoals besproken stuur ik je de eindevaluatie van vanmiddag en het actueel oordeel van "
            "de bedrijfsarts. Wil je de eindevaluatie lezen en laten weten of je akkoord bent? Je mag ook je eigen "
            "reactie op het re-integratieverslag geven; die voegen we toe.\n\nMet vriendelijke groet,\nLotte Jansma\n"
            "Casepoint Verzuimregie\n",
            attachments=[
                (
                    "Eindevaluatie PvA - P. Ramdin.docx",
                    ev,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                ),
                ("Rapportage_1187342.pdf", ao, "application/pdf"),
            ],
            boundary_seed=54,
        )
    )
    c.label(
        "Stukken RIV ter ondertekening.eml",
        "",
        "",
        "Outlook-style e-mail with two attachments",
        "no RIV document: a pure covering mail",
    )
    c.label(
        "Stukken RIV ter ondertekening.eml::Eindevaluatie PvA - P. Ramdin.docx",
        "eindevaluatie",
        "2026-02-26",
        "python-docx Word form in an e-mail",
        "attachment, the employee has not signed yet",
    )
    c.label(
        "Stukken RIV ter ondertekening.eml::Rapportage_1187342.pdf",
        "actueel_oordeel",
        "2026-02-12",
        "Chromium print of a portal page in an e-mail",
        "attachment with a report-number name, print date 13-02 and mail date 26-02",
    )

    # E11 the employee's own view in the body of her reply
    body = (
        "Beste Lotte,\n\n"
        "Hieronder mijn reactie op het re-integratieverslag, zodat jullie die kunnen toevoegen.\n\n"
        "Ik ben het eens met de eindevaluatie en met het actueel oordeel van de bedrijfsarts. De stukken "
        "geven goed weer hoe het is gegaan. Wel wil ik toevoegen dat de terugval in oktober 2024 kwam doordat "
        "ik te snel meer uren ging werken tijdens de drukke periode, en dat ik dat zelf zo wilde. Ook wil ik "
        "zeggen dat ik het gesprek met de loopbaancoach zinvol vond, ook al heeft het geen ander werk "
        "opgeleverd.\n\n"
        "Ik ben tevreden over hoe Monique en jij mij hebben begeleid. Ik teken de eindevaluatie morgen op "
        "kantoor.\n\n"
        "Met vriendelijke groet,\nPriya Ramdin\n"
        f"BSN {b}\n3 maart 2026\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Lotte Jansma\nVerzonden: donderdag 26 februari 2026 16:45\n"
        "Aan: Priya Ramdin\nOnderwerp: Stukken RIV ter ondertekening\n\n"
        "Beste Priya,\n\nZoals besproken stuur ik je de eindevaluatie van vanmiddag en het actueel oordeel van "
        "de bedrijfsarts. ...\n"
    )
    c.path("RE Stukken RIV ter ondertekening.eml").write_bytes(
        eml(
            frm=PRIYA,
            to=LOTTE,
            cc=MONIQUE,
            subject="RE: Stukken RIV ter ondertekening",
            date="Tue, 03 Mar 2026 21:08:55 +0100",
            msgid="<CAKd8s0pR4mdn+2026030321085@mailbox.example>",
            in_reply_to="<AM0PR0711MB4410.26022026154509@casepoint.example>",
            text=body,
            mailer="Mail app (Android)",
            boundary_seed=55,
        )
    )
    c.label(
        "RE Stukken RIV ter ondertekening.eml",
        "oordeel_werknemer",
        "2026-03-03",
        "plain-text e-mail",
        "the view is the mail body itself, untitled, with the quoted covering mail below it",
    )

    (c.dir / "dossier.yaml").write_text(
        "# dossier.yaml - case facts (CONTRACT.md)\n"
        f'werknemer: {{naam: "P. Ramdin", bsn: "{b}", functie: "Assistent-accountant"}}\n'
        'werkgever: {naam: "Verbeek & De Groot Accountants B.V.", loonheffingennummer: "854017229L01", '
        'aard_van_het_bedrijf: "Accountantskantoor"}\n'
        'bedrijfsarts: {naam: "H. Smit-Dekker", organisatie: "ArboConcept Holland"}\n'
        'casemanager: {naam: "L. Jansma (Casepoint Verzuimregie)"}\n'
        "eerste_ziektedag: 2024-06-10\n"
        "aanvraag_wia: 2026-03-05\n",
        encoding="utf-8",
    )


def io_bytes(produce) -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as td:
        p = Path(td) / "x.pdf"
        produce(p)
        return p.read_bytes()


# ================================================================================================ main


def main() -> None:
    shutil.rmtree(FILES, ignore_errors=True)
    FILES.mkdir()
    case_a()
    case_b()
    case_c()
    case_d()
    case_e()
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for row in LABELS:
            w.writerow(row)
    print(f"{len(LABELS)} labels written")


if __name__ == "__main__":
    main()
