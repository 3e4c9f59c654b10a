"""Generate tests/corpus17: an untouched classification holdout, a realistic MIX of dossiers as a re-integration
bureau receives them from employers it has never worked for.

Run: .venv/bin/python tests/corpus17/make_corpus17.py   (deletes and rewrites files/ and labels.csv)

Five fictional case folders (a cleaning company with many part-timers, a logistics warehouse with a Polish-speaking
employee and partly English documents, an IT consultancy, a tomato nursery, a childcare organisation). Every person,
company, town, address, BSN, BIG number, loonheffingennummer, case number and e-mail domain is invented; e-mail
domains end in .example; every BSN passes the elfproef (asserted below). Producers are in render17.py.
"""

# ruff: noqa: E501 - mail bodies, notes and letters below keep their natural unwrapped lines

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import render17 as R  # noqa: E402

FILES = HERE / "files"
LABELS = HERE / "labels.csv"
ROWS: list[dict[str, str]] = []

CONTRACT_TYPES = {
    "probleemanalyse", "bijstelling_probleemanalyse", "plan_van_aanpak", "bijstelling_plan_van_aanpak",
    "tussentijdse_evaluatie", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie", "oordeel_werknemer",
    "medische_informatie", "arbeidsdeskundig_rapport", "inzetbaarheidsprofiel", "trajectplan_tweede_spoor",
    "voortgangsrapportage_tweede_spoor", "eindrapportage_tweede_spoor", "deskundigenoordeel", "ziekmelding_uwv",
    "uwv_correspondentie",
}

# ------------------------------------------------------------------ BSN


def elfproef(s: str) -> bool:
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 9 or s == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=False)) % 11 == 0


def make_bsn(rng: random.Random) -> str:
    while True:
        s = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        if elfproef(s):
            assert elfproef(s)
            return s


def bsn_dots(s: str) -> str:
    return f"{s[:4]}.{s[4:6]}.{s[6:]}"


def bsn_spaced(s: str) -> str:
    return f"{s[:3]} {s[3:6]} {s[6:]}"


# ------------------------------------------------------------------ dates

MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
           "november", "december"]
MND = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
HOLIDAYS = {dt.date.fromisoformat(s) for s in (
    "2023-01-01", "2023-04-10", "2023-04-27", "2023-05-18", "2023-05-29", "2023-12-25", "2023-12-26",
    "2024-01-01", "2024-04-01", "2024-05-09", "2024-05-20", "2024-12-25", "2024-12-26",
    "2025-01-01", "2025-04-21", "2025-05-05", "2025-05-29", "2025-06-09", "2025-12-25", "2025-12-26",
    "2026-01-01", "2026-04-06", "2026-04-27", "2026-05-14", "2026-05-25", "2026-12-25", "2026-12-26",
)}


def lang(d: dt.date) -> str:
    return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"


def kort(d: dt.date) -> str:
    return d.strftime("%d-%m-%Y")


def dag(d: dt.date) -> str:
    return f"{DAGEN[d.weekday()]} {lang(d)}"


def eng(d: dt.date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def workday(d: dt.date) -> dt.date:
    assert d.weekday() < 5, f"{d} is a {DAGEN[d.weekday()]}"
    assert d not in HOLIDAYS, f"{d} is a public holiday"
    return d


class Case:
    def __init__(self, key: str, folder: str, d0: dt.date, seed: int):
        self.key, self.folder, self.d0 = key, folder, d0
        self.rng = random.Random(seed)
        self.bsn = make_bsn(self.rng)
        assert elfproef(self.bsn)
        assert d0.weekday() == 0

    def w(self, week: int, wd: int) -> dt.date:
        """Weekday wd (0 = Monday) of sick week `week` (week 1 starts on the first sick day, a Monday)."""
        return workday(self.d0 + dt.timedelta(days=7 * (week - 1) + wd))

    def day(self, n: int) -> dt.date:
        return self.d0 + dt.timedelta(days=n)

    def r(self, salt: int) -> random.Random:
        return random.Random(f"{self.key}-{salt}")


def put(case: Case, rel: str, data: bytes | str, typ: str, date: dt.date | None, producer: str, trap: str) -> None:
    p = FILES / case.folder / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    p.write_bytes(data)
    label(case, rel, typ, date, producer, trap)


def label(case: Case, rel: str, typ: str, date: dt.date | None, producer: str, trap: str) -> None:
    assert typ == "" or typ in CONTRACT_TYPES, typ
    assert bool(typ) == bool(date), rel
    for part in (case.key, producer, trap):
        assert ";" not in part, part
    ROWS.append({"path": f"{case.folder}/{rel}", "type": typ, "date": date.isoformat() if date else "",
                 "split": "holdout", "note": f"{case.key};{producer};{trap}"})


# ------------------------------------------------------------------ portal and letter templates (HTML)

PORTAL_CSS = {
    # Kernwaarde Verzuimdossier (Arbodienst Kernwaarde): teal band, DejaVu Sans, printed with Chromium
    "kernwaarde": """
        @page { size: A4; margin: 14mm 15mm 16mm 15mm; }
        body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #1d2a2a; }
        .band { background: #0f6e6a; color: #fff; padding: 7px 10px; font-size: 12pt; font-weight: bold; }
        .band span { float: right; font-size: 8pt; font-weight: normal; padding-top: 3px; }
        .crumb { font-size: 7.5pt; color: #556; margin: 4px 0 10px 0; }
        .printline { font-size: 7.5pt; color: #667; border-bottom: 1px solid #bbb; padding-bottom: 3px; }
        h1 { font-size: 14pt; color: #0f6e6a; margin: 10px 0 6px 0; }
        h2 { font-size: 10.5pt; margin: 12px 0 3px 0; color: #0f4e4a; }
        table.kv, table.grid { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; }
        table.kv th { text-align: left; width: 34%; background: #e6f1f0; font-weight: normal; }
        table.kv th, table.kv td, table.grid th, table.grid td { border: 1px solid #b9cfcd; padding: 3px 5px;
            vertical-align: top; }
        table.grid th { background: #e6f1f0; text-align: left; }
        .small { font-size: 8pt; color: #444; }
        .secret { border: 2px solid #b00020; color: #b00020; font-weight: bold; padding: 5px; margin: 6px 0; }
        .pb { page-break-before: always; }
        .foot { margin-top: 16px; font-size: 7.5pt; color: #777; border-top: 1px solid #ccc; padding-top: 3px; }
        table.sig td { padding: 4px 20px 4px 0; vertical-align: top; }
    """,
    # ArboLinq Online: grey/orange, Nimbus Sans, printed with wkhtmltopdf
    "arbolinq": """
        body { font-family: 'DejaVu Sans Condensed', 'DejaVu Sans'; font-size: 9.5pt; color: #222; }
        .top { border-bottom: 3px solid #e07b00; padding-bottom: 4px; margin-bottom: 6px; }
        .logo { font-size: 18pt; font-weight: bold; color: #444; } .logo b { color: #e07b00; }
        .sub { font-size: 8.5pt; color: #777; }
        .gen { font-size: 8pt; color: #888; text-align: right; }
        h1 { font-size: 13pt; margin: 8px 0 4px 0; text-transform: uppercase; letter-spacing: 1px; }
        h2 { font-size: 10.5pt; margin: 10px 0 2px 0; color: #e07b00; }
        table.kv, table.grid { border-collapse: collapse; width: 100%; margin: 3px 0 8px 0; }
        table.kv th { text-align: left; width: 30%; color: #555; font-weight: normal; }
        table.kv th, table.kv td { border-bottom: 1px solid #ddd; padding: 2px 4px; vertical-align: top; }
        table.grid th, table.grid td { border: 1px solid #ccc; padding: 2px 4px; vertical-align: top; }
        table.grid th { background: #f3f3f3; text-align: left; }
        .small { font-size: 8.5pt; color: #555; }
        .pb { page-break-before: always; }
        table.sig td { padding: 4px 30px 4px 0; }
    """,
    # Koersvast cliëntvolgsysteem: navy, C059 serif headings, Chromium
    "koersvast": """
        @page { size: A4; margin: 16mm; }
        body { font-family: 'Nimbus Sans'; font-size: 9.8pt; color: #14213d; }
        .hdr { display: flex; justify-content: space-between; border-bottom: 2px solid #14213d; padding-bottom: 5px; }
        .hdr .name { font-family: 'C059'; font-size: 17pt; } .hdr .meta { font-size: 8pt; text-align: right; }
        h1 { font-family: 'C059'; font-size: 15pt; margin: 12px 0 4px 0; }
        h2 { font-size: 10.5pt; margin: 12px 0 3px 0; border-left: 4px solid #fca311; padding-left: 6px; }
        table.kv, table.grid { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; }
        table.kv th { text-align: left; width: 32%; font-weight: normal; color: #555; }
        table.kv th, table.kv td, table.grid th, table.grid td { border: 1px solid #d0d4dc; padding: 3px 5px;
            vertical-align: top; }
        table.grid th { background: #eef0f4; text-align: left; }
        .small { font-size: 8pt; color: #555; }
        .pb { page-break-before: always; }
        table.sig td { padding: 4px 24px 4px 0; }
    """,
    # Groenpad Re-integratie cliëntportaal: green, URW Gothic, Chromium
    "groenpad": """
        @page { size: A4; margin: 15mm 16mm; }
        body { font-family: 'URW Gothic'; font-size: 9.8pt; color: #1f2d1f; }
        .hdr { background: #3d7a2f; color: #fff; padding: 8px 12px; font-size: 14pt; }
        .hdr small { display: block; font-size: 8pt; color: #dfeedd; }
        .crumb { font-size: 7.5pt; color: #555; margin: 4px 0 8px 0; }
        h1 { font-size: 14pt; color: #3d7a2f; margin: 10px 0 4px 0; }
        h2 { font-size: 10.5pt; color: #3d7a2f; margin: 12px 0 3px 0; }
        table.kv, table.grid { border-collapse: collapse; width: 100%; margin: 4px 0 8px 0; }
        table.kv th { text-align: left; width: 33%; font-weight: normal; background: #eef5ec; }
        table.kv th, table.kv td, table.grid th, table.grid td { border: 1px solid #c4d8bf; padding: 3px 5px;
            vertical-align: top; }
        table.grid th { background: #eef5ec; text-align: left; }
        .small { font-size: 8pt; color: #555; }
        .pb { page-break-before: always; }
        table.sig td { padding: 4px 24px 4px 0; }
    """,
    # Meander Verzuimnet (Meander Arbo): purple, Nimbus Sans Narrow, Chromium
    "meander": """
        @page { size: A4; margin: 13mm 14mm; }
        body { font-family: 'Nimbus Sans Narrow'; font-size: 10.5pt; color: #222; }
        .bar { border-top: 6px solid #6a3d8f; padding-top: 4px; display: flex; justify-content: space-between; }
        .bar .n { font-size: 15pt; font-weight: bold; color: #6a3d8f; } .bar .u { font-size: 8pt; color: #666; }
        .tabs { font-size: 8pt; color: #6a3d8f; margin: 3px 0 10px 0; }
        h1 { font-size: 14pt; margin: 8px 0 4px 0; }
        h2 { font-size: 11pt; margin: 10px 0 2px 0; color: #6a3d8f; }
        table.kv, table.grid { border-collapse: collapse; width: 100%; margin: 3px 0 8px 0; }
        table.kv th { text-align: left; width: 30%; font-weight: normal; color: #555; background: #f4eff8; }
        table.kv th, table.kv td, table.grid th, table.grid td { border: 1px solid #d8cce3; padding: 3px 5px;
            vertical-align: top; }
        table.grid th { background: #f4eff8; text-align: left; }
        .small { font-size: 8.5pt; color: #555; }
        .pb { page-break-before: always; }
        table.sig td { padding: 4px 24px 4px 0; }
        .foot { font-size: 7.5pt; color: #888; margin-top: 14px; }
    """,
    # UWV werkgeversportaal (print by wkhtmltopdf)
    "uwvportaal": """
        body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #222; }
        .pr { font-size: 7.5pt; color: #666; display: flex; justify-content: space-between; }
        .top { border-bottom: 1px solid #ccc; padding: 6px 0; }
        .top .n { font-size: 15pt; font-weight: bold; color: #0058a3; }
        .top .w { font-size: 8.5pt; color: #333; }
        .crumb { font-size: 8pt; color: #0058a3; margin: 6px 0 10px 0; }
        .ok { background: #e7f3e7; border-left: 5px solid #2e7d32; padding: 8px; margin: 8px 0; }
        h1 { font-size: 14pt; margin: 6px 0; } h2 { font-size: 11pt; margin: 12px 0 4px 0; }
        table.kv { border-collapse: collapse; width: 100%; }
        table.kv th { text-align: left; width: 40%; font-weight: normal; color: #555; }
        table.kv th, table.kv td { border-bottom: 1px solid #e2e2e2; padding: 4px; }
        .small { font-size: 8pt; color: #555; }
    """,
}


def html_page(style: str, body: str, title: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><title>{R._html.escape(title)}</title>"
            f"<style>{PORTAL_CSS[style]}</style></head><body>{body}</body></html>")


# ================================================================== case A: cleaning company (many part-timers)


def case_glansrijk() -> None:
    c = Case("Glansrijk", "Mendes Tavares R - Glansrijk Schoonmaak", dt.date(2024, 1, 15), 1701)
    B = c.bsn
    wg = "Glansrijk Schoonmaakdiensten B.V."
    lhn = "852164390L01"
    ba = "F.J. Oosterwijk"
    big = "49061277801"
    wn = "Rosa Mendes Tavares"
    geb = "03-06-1969"
    d_pa, d_spu1 = c.w(6, 1), c.w(6, 0)              # 20-02-2024, spreekuur 19-02
    d_pva = c.w(7, 4)                                 # 01-03-2024
    d_te = c.w(13, 3)                                 # 11-04-2024
    d_bpa, d_spu2 = c.w(30, 2), c.w(30, 1)            # 07-08-2024
    d_gesprek_bpva, d_bpva, d_bpva_re = c.w(31, 0), c.w(31, 1), c.w(31, 2)
    d_export = c.w(34, 1)                             # printed 03-09-2024
    d_42 = c.w(42, 1)                                 # sent 29-10-2024 (deadline D0+294)
    assert d_42 <= c.day(294)
    d_ad_gesprek, d_ad = c.w(47, 1), c.w(48, 1)       # 03-12 / 10-12-2024
    d_eje = c.w(49, 2)                                # 18-12-2024
    d_intake, d_tp, d_tp_mail = c.w(55, 2), c.w(56, 2), c.w(56, 4)
    d_er = c.w(88, 2)                                 # eindrapportage 17-09-2025
    d_ao, d_spu3 = c.w(89, 1), c.w(89, 0)             # AO 23-09-2025
    d_ev = c.w(90, 3)                                 # 02-10-2025
    d_ow = c.w(91, 3)                                 # 09-10-2025
    d_roster = c.w(33, 3)                             # roster week 36 made 29-08-2024
    end_wt = c.day(727)
    assert c.d0 + dt.timedelta(days=42) >= d_pa and d_pva <= d_pa + dt.timedelta(days=14)
    assert d_ao < d_ev <= c.day(636) and d_ow <= c.day(650)

    # ---------- Kernwaarde portal
    def kw_meta(soort: str, datum: dt.date, spu: dt.date | None) -> list:
        rows = [("Werknemer", f"{wn} (dossier 2024-118)"), ("Geboortedatum", geb), ("BSN", B),
                ("Werkgever", f"{wg}, rayon Oost"),
                ("Functie", "Schoonmaakmedewerker (interieurverzorging), 22 uur per week"),
                ("Eerste verzuimdag", kort(c.d0)), ("Soort rapportage", soort)]
        if spu:
            rows.append(("Datum spreekuur", kort(spu)))
        rows += [("Datum rapportage", kort(datum)), ("Bedrijfsarts", f"{ba}, BIG {big}")]
        return [("kv", rows)]

    def kw_wrap(inner: str, printed: dt.datetime, crumb: str) -> str:
        return (f"<div class='printline'>Afgedrukt op {printed.strftime('%d-%m-%Y %H:%M')} door y.brakel "
                f"(Glansrijk Schoonmaakdiensten B.V.)</div>"
                "<div class='band'>Kernwaarde Verzuimdossier<span>Arbodienst Kernwaarde · Postbus 3310 · "
                "5430 CH Ravenswoud</span></div>"
                f"<div class='crumb'>Dossiers › 2024-118 Mendes Tavares, R. › {crumb}</div>" + inner)

    pa_blocks = [
        ("title", "Probleemanalyse"),
        *kw_meta("Probleemanalyse (art. 2 Regeling procesgang)", d_pa, d_spu1),
        ("h", "Aanleiding"),
        ("p", f"Werkneemster is sinds {lang(c.d0)} volledig uitgevallen voor haar werk. Telefonisch contact op "
              f"{kort(c.w(3, 0))}; spreekuur op {kort(d_spu1)}, samen met haar dochter, die tolkt waar nodig. "
              "Gezien het beloop is er sprake van dreigend langdurig verzuim. Hierbij mijn probleemanalyse."),
        ("h", "Beperkingen en mogelijkheden"),
        ("ul", ["Geen werk met de rechterarm boven schouderhoogte.",
                "Geen repeterende duw- en trekbewegingen: moppen, stofzuigen, werken met de vloermachine.",
                "Tillen en dragen tot ongeveer 5 kg, dicht bij het lichaam.",
                "Niet langer dan ongeveer 10 minuten achtereen reiken.",
                "Wel mogelijk: licht werk op werkhoogte, lopen, staan en zitten zonder beperking.",
                "Werktijden: 2 à 3 uur per dag; niet een vroege en een late dienst op dezelfde dag."]),
        ("p", "Zie het inzetbaarheidsprofiel van dezelfde datum."),
        ("h", "Prognose"),
        ("p", "Herstel vraagt naar verwachting enkele maanden. Gedeeltelijke hervatting in aangepast werk is nu "
              "mogelijk. Of volledige terugkeer in het eigen werk haalbaar is, kan ik nog niet zeggen; daarover "
              "verwacht ik over ongeveer drie maanden meer duidelijkheid."),
        ("h", "Advies aan werkgever en werkneemster"),
        ("ol", ["Start met aangepaste taken op één object: afstoffen op werkhoogte, sanitair bijvullen, "
                "prullenbakken legen. Geen vloeren. Begin met 3 x per week 2 uur.",
                "Bouw elke twee weken op als het goed gaat, in overleg met de rayonleider.",
                "Stel binnen twee weken samen het plan van aanpak op en zet het in het verzuimdossier.",
                "Volgend spreekuur over vier weken."]),
        ("h", "Arbeidsrelatie en overige factoren"),
        ("p", "Geen arbeidsconflict. Werkneemster werkt op drie objecten met reistijd ertussen; dat telt mee in "
              "de belasting. Bij ingewikkelde afspraken helpt haar dochter met de taal."),
        ("p", f"{ba}, bedrijfsarts – Arbodienst Kernwaarde – {kort(d_pa)}"),
    ]
    izp_blocks = [
        ("title", "Inzetbaarheidsprofiel"),
        *kw_meta("Inzetbaarheidsprofiel (bijlage bij probleemanalyse)", d_pa, d_spu1),
        ("table", ["Rubriek", "Beoordeling", "Toelichting"], [
            ["I Persoonlijk functioneren", "Geen beperkingen", "–"],
            ["II Sociaal functioneren", "Geen beperkingen", "Taal: Nederlands op basisniveau"],
            ["III Aanpassing aan fysieke omgevingseisen", "Geen beperkingen", "–"],
            ["IV Dynamische handelingen", "Beperkt",
             "Reiken rechts: beperkt (max. ca. 10 min achtereen); frequent reiken en hand- en vingerbewegingen "
             "rechts: beperkt; duwen en trekken: niet repeterend; tillen en dragen: max. ca. 5 kg; werken boven "
             "schouderhoogte: niet"],
            ["V Statische houdingen", "Licht beperkt", "Zitten, staan en lopen normaal; geen langdurig gebogen "
             "en getordeerd werken"],
            ["VI Werktijden", "Beperkt", "Voorlopig 2 à 3 uur per dag, 3 dagen per week, met opbouw"],
        ]),
        ("p", f"Geldig tot de volgende beoordeling. {ba}, bedrijfsarts."),
    ]
    bpa_blocks = [
        ("title", "Bijstelling probleemanalyse"),
        *kw_meta("Bijstelling probleemanalyse (art. 4 lid 4 Regeling procesgang)", d_bpa, d_spu2),
        ("h", "Reden van de bijstelling"),
        ("p", "Het herstel verloopt trager dan ik in februari verwachtte. De opbouw staat sinds eind mei stil op "
              "3 x 3 uur licht werk; meer uren en zwaardere taken lukken niet."),
        ("h", "Gewijzigde belastbaarheid"),
        ("ul", ["Vloerwerk, stofzuigen en de vloermachine zijn blijvend niet meer mogelijk.",
                "Licht werk op werkhoogte is duurzaam mogelijk tot ongeveer 12 uur per week, verdeeld over "
                "4 dagen, niet langer dan 3 uur achtereen.",
                "De overige beperkingen uit het inzetbaarheidsprofiel van 20 februari blijven gelden."]),
        ("h", "Prognose"),
        ("p", "Terugkeer in het volledige eigen werk (22 uur, inclusief vloeren) verwacht ik niet meer."),
        ("h", "Advies"),
        ("ol", ["Pas het plan van aanpak aan op deze belastbaarheid.",
                "Laat een arbeidsdeskundige onderzoeken welk werk binnen Glansrijk passend is en of "
                "re-integratie buiten Glansrijk (tweede spoor) nodig is; liefst vóór de eerstejaarsevaluatie.",
                "Volgend spreekuur over zes weken."]),
        ("p", f"{ba}, bedrijfsarts – Arbodienst Kernwaarde – {kort(d_bpa)}"),
    ]
    printed = R.nl_dt(d_export, 9, 12)
    inner = ("<p class='small'>Export dossier 2024-118 – alle documenten (3) – gesorteerd op datum</p>"
             + R.blocks_html(pa_blocks) + "<div class='pb'></div>" + R.blocks_html(izp_blocks)
             + "<div class='pb'></div>" + R.blocks_html(bpa_blocks)
             + "<div class='foot'>Kernwaarde Verzuimdossier · dit document bevat geen medische gegevens</div>")
    put(c, "Alle documenten dossier 2024-118.pdf",
        R.chromium_pdf(html_page("kernwaarde", kw_wrap(inner, printed, "Export alle documenten"),
                                 "Export dossier 2024-118"), printed),
        "probleemanalyse", d_pa, "Chromium print of an arbodienst portal export",
        "combined PDF of three documents (probleemanalyse then inzetbaarheidsprofiel then bijstelling "
        "probleemanalyse) labelled by its FIRST document with that document's date - print date and later "
        "dates inside")

    # ---------- plan van aanpak (Word, kept as .docx)
    hdr = [f"{wg}  |  Personeelszaken", "Havenkade 12, 5431 ZT Ravenswoud"]
    pva = [
        ("title", "Plan van aanpak"),
        ("small", f"Wet verbetering poortwachter – opgesteld op basis van de probleemanalyse van de bedrijfsarts "
                  f"van {lang(d_pa)}"),
        ("kv", [("Werknemer", wn), ("Geboortedatum", geb), ("BSN", B), ("Personeelsnummer", "20417"),
                ("Functie", "Schoonmaakmedewerker (interieurverzorging)"),
                ("Uren", "22 uur per week, verdeeld over 3 objecten"),
                ("Leidinggevende", "Ferdi Koster, rayonleider Oost"),
                ("Casemanager", "Yvonne Brakel, personeelsadviseur"),
                ("Bedrijfsarts", f"{ba} (Arbodienst Kernwaarde)"), ("Eerste ziektedag", kort(c.d0)),
                ("Datum plan", kort(d_pva))]),
        ("h", "1. Re-integratiedoel"),
        ("p", "Terugkeer in het eigen werk (spoor 1), eerst met aangepaste taken. Einddoel: weer 22 uur per week "
              "op de eigen objecten."),
        ("h", "2. Afspraken en activiteiten"),
        ("table", ["Activiteit", "Wie", "Wanneer"], [
            ["Start aangepaste taken op object Bibliotheek Ravenswoud (ma, wo, vr 13.00–15.00 uur), geen vloeren",
             "Rosa en Ferdi", "vanaf 4 maart 2024"],
            ["Opbouw met een half uur per werkdag als het twee weken goed gaat", "Ferdi, in overleg met Rosa",
             "vanaf 18 maart 2024"],
            ["Collega Marleen de Waal neemt de vloeren op het object over", "Ferdi", "vanaf 4 maart 2024"],
            ["Spreekuur bedrijfsarts", "Rosa", "18 maart 2024"],
            ["Rosa meldt het direct als het werk niet gaat", "Rosa", "doorlopend"],
        ]),
        ("h", "3. Evaluatie"),
        ("p", "We evalueren iedere zes weken (eerste keer 11 april 2024) en in ieder geval bij de "
              "eerstejaarsevaluatie. Na elk spreekuur bij de bedrijfsarts kijken we of het plan moet worden "
              "aangepast."),
        ("h", "4. Visie werkgever"),
        ("p", "Wij willen Rosa graag houden voor haar objecten. Zij kent de klanten en werkt zelfstandig. Lichte "
              "taken op één object kunnen wij nu bieden; het vloerwerk kan tijdelijk door een collega worden "
              "gedaan."),
        ("h", "5. Visie werknemer"),
        ("p", "Ik wil graag weer werken, maar ik ben bang dat mijn arm niet goed wordt van het moppen. Ik begin "
              "in de bibliotheek omdat dat dichtbij is. (Opgeschreven door Yvonne, besproken met Rosa en haar "
              "dochter Ana.)"),
        ("sig", [("Werkgever / casemanager", "Yvonne Brakel", kort(d_pva), None),
                 ("Werknemer", wn, kort(d_pva), None)]),
        ("small", "Kopie aan: werknemer, casemanager, bedrijfsarts (via Kernwaarde Verzuimdossier)."),
    ]
    put(c, "PvA Rosa def.docx",
        R.docx_bytes(pva, when=R.nl_dt(d_pva, 14, 5), author="Yvonne Brakel", fontname="Calibri", header=hdr,
                     footer="PZ-formulier 07 – versie 2023", company=wg, title="Plan van aanpak"),
        "plan_van_aanpak", d_pva, "Word docx kept (python-docx)", "standard title - signature table not filled in")

    # ---------- tussentijdse evaluatie: the rayonleider's notes (.txt)
    te = f"""{d_te.day}-{d_te.month}-{d_te.year} gesprek met Rosa op object bieb
erbij: Ferdi K (rayonleider), Yvonne B (PZ) via telefoon
Rosa Mendes Tavares, BSN {B}

hoe gaat het
- werkt nu ma/wo/vr 13-15u bieb, alleen stof + sanitair + prullenbakken
- sinds 25/3 naar 2,5 uur per keer. gaat redelijk, vrijdagavond wel pijn
- vloeren doet Marleen nog, gaat goed, klant tevreden

afspraken uit plan van aanpak (1 maart) nagelopen
- opbouw: deels gehaald, nog niet naar 3 uur
- bedrijfsarts 18-3 geweest: rustig opbouwen, geen vloeren
- Rosa gaat 2x per week naar fysio, daarom liever ochtend -> bieb gaat pas om 10u open, lastig. Ferdi kijkt of Kantoor De Wissel kan (pantry)

nieuwe afspraken
- 2,5 uur blijft tot spreekuur bedrijfsarts 22-4
- daarna misschien 3 uur, beslist Ferdi met Rosa na spreekuur
- volgende evaluatie 23 mei, op kantoor Havenkade

Rosa is het eens met dit verslag (mondeling, dochter Ana was aan de telefoon)
F. Koster
"""
    put(c, "gesprek rosa 11-4.txt", te.replace("\n", "\r\n"), "tussentijdse_evaluatie", d_te,
        "plain text (Notepad CRLF)",
        "no title at all - rayonleider's notes in everyday words - names therapy (fysio) - dates of the plan and "
        "next talks inside")

    # ---------- bijstelling plan van aanpak: reply chain, the document is the quoted mail
    yv = "Yvonne Brakel <y.brakel@glansrijk.example>"
    rosa = "Rosa Mendes Tavares <rosa.mt@thuismail.example>"
    ferdi = "Ferdi Koster <f.koster@glansrijk.example>"
    bp_text = f"""Beste Rosa,

Zoals besproken op maandag {lang(d_gesprek_bpva)} (met Ferdi en jou, op kantoor aan de Havenkade) passen wij jouw plan van aanpak aan. Aanleiding is de bijstelling van de probleemanalyse door de bedrijfsarts van {lang(d_bpa)}: vloerwerk, stofzuigen en de vloermachine zijn blijvend niet meer mogelijk, en de bedrijfsarts schat dat je ongeveer 12 uur per week licht werk kunt doen.

Nieuw doel: passend werk binnen Glansrijk voor ongeveer 12 uur per week (lichte schoonmaaktaken zonder vloeren). Of meer mogelijk is, laten we onderzoeken.

Nieuwe afspraken:
1. Vanaf 19 augustus werk je ma, wo en vr van 13.00 tot 16.00 uur in de bibliotheek (9 uur), zonder vloeren.
2. Vanaf 3 september komt er op dinsdag 3 uur bij op Kantoorgebouw De Wissel (koffiecorners en pantry, 7.00-10.00 uur).
3. Wij vragen een arbeidsdeskundig onderzoek aan bij Hoogakker Arbeidsdeskundig Advies. Die onderzoekt welk werk passend is en of we ook buiten Glansrijk moeten zoeken (tweede spoor).
4. We evalueren op 24 september en daarna iedere zes weken. De eerstejaarsevaluatie plannen we in december.
5. Ik blijf je casemanager.

Visie Glansrijk: we houden Rosa graag op haar vaste objecten en zoeken de uren in lichte taken.
Jouw visie (zoals je die maandag gaf): je wilt graag blijven en liever meer uren in de bibliotheek dan een ander object.

Wil je laten weten of je het hiermee eens bent? Dan print Ferdi het uit en tekenen jullie het donderdag.

Met vriendelijke groet,

Yvonne Brakel
Personeelsadviseur / casemanager verzuim
Glansrijk Schoonmaakdiensten B.V.
Dossier 2024-118 - R. Mendes Tavares - BSN {bsn_dots(B)}"""
    q_hdr = [("Van", "Yvonne Brakel"), ("Verzonden", f"{dag(d_bpva)} 16:20"),
             ("Aan", "rosa.mt@thuismail.example"), ("CC", "Ferdi Koster"),
             ("Onderwerp", "Aanpassing afspraken na advies bedrijfsarts")]
    top = ("Bom dia Yvonne,\n\nJa dit is goed zo. Mijn dochter heeft het voorgelezen. Ik teken het papier "
           "donderdag bij Ferdi.\n\nGroeten,\nRosa\n\nVerzonden vanaf mijn telefoon")
    put(c, "RE Aanpassing afspraken na advies bedrijfsarts.eml",
        R.make_eml(sender=rosa, to=[yv], cc=[ferdi], subject="RE: Aanpassing afspraken na advies bedrijfsarts",
                   when=R.nl_dt(d_bpva_re, 8, 41), msgid="<CAF7xq2Lr9u@mail.thuismail.example>",
                   text=top + R.quoted_block_text(q_hdr, bp_text),
                   in_reply_to="<AM9PR03MB7714C2B3@AM9PR03MB7714.eurprd03.prod.glansrijk.example>",
                   references=["<AM9PR03MB7714C2B3@AM9PR03MB7714.eurprd03.prod.glansrijk.example>"],
                   outlook=False, boundary_seed="rosa14"),
        "bijstelling_plan_van_aanpak", d_bpva, "plain-text e-mail reply from a phone",
        "reply chain - the document is the quoted mail of the casemanager (dated the day before the reply) - the "
        "reply only agrees")

    # ---------- 42e-weeksmelding: UWV employer portal printed with wkhtmltopdf
    kenm = "ZM-2024-1029-58317"
    uwv_html = (
        f"<div class='pr'><span>{kort(d_42)} 10:48</span><span>UWV Werkgeversportaal – Bevestiging "
        "ziekmelding</span></div>"
        "<div class='top'><span class='n'>UWV</span> &nbsp; <span class='w'>Werkgeversportaal · "
        f"{wg} · loonheffingennummer {lhn} · ingelogd: Y. Brakel</span></div>"
        "<div class='crumb'>Home › Ziek- en herstelmeldingen › Ziekmelding langdurig zieke werknemer › "
        "Bevestiging</div>"
        "<h1>Uw ziekmelding is verstuurd</h1>"
        "<div class='ok'>Wij hebben uw melding ontvangen. U krijgt binnen 2 weken een brief. Daarin staat ook "
        "informatie over de eerstejaarsevaluatie.</div>"
        "<h2>Gegevens van de melding</h2><table class='kv'>"
        f"<tr><th>Soort melding</th><td>Ziekmelding langdurig zieke werknemer (42e week)</td></tr>"
        f"<tr><th>Datum verstuurd</th><td>{kort(d_42)} 10:47</td></tr>"
        f"<tr><th>Kenmerk</th><td>{kenm}</td></tr>"
        f"<tr><th>Naam werknemer</th><td>R. Mendes Tavares</td></tr>"
        f"<tr><th>Burgerservicenummer</th><td>{B}</td></tr>"
        f"<tr><th>Eerste ziektedag</th><td>{kort(c.d0)}</td></tr>"
        "<tr><th>Werkt de werknemer gedeeltelijk?</th><td>Ja, 12 uur per week in aangepast werk</td></tr>"
        "<tr><th>Ziek door zwangerschap of bevalling</th><td>Nee</td></tr>"
        "<tr><th>Valt de werknemer onder een vangnetregeling</th><td>Nee</td></tr>"
        "<tr><th>Contactpersoon</th><td>Y. Brakel, personeelsadviseur</td></tr></table>"
        "<p class='small'>Bewaar deze bevestiging in het re-integratiedossier. Print van het scherm; dit is geen "
        "brief van UWV.</p>")
    put(c, "Melding 42e week Mendes.pdf",
        R.wkhtml_pdf(html_page("uwvportaal", uwv_html, "Bevestiging ziekmelding"), R.nl_dt(d_42, 10, 48)),
        "ziekmelding_uwv", d_42, "wkhtmltopdf print of the UWV employer portal",
        "portal confirmation page - names the eerstejaarsevaluatie - send date equals print date")

    # ---------- arbeidsdeskundig rapport (Word -> LibreOffice PDF)
    ad = [
        ("title", "Rapportage arbeidsdeskundig onderzoek"),
        ("kv", [("Opdrachtgever", f"{wg}, t.a.v. mevrouw Y. Brakel"), ("Werknemer", wn), ("BSN", B),
                ("Geboortedatum", geb), ("Functie", "Schoonmaakmedewerker (interieurverzorging), 22 uur"),
                ("Eerste ziektedag", kort(c.d0)), ("Onderzoek", f"{kort(d_ad_gesprek)} (gesprekken op locatie)"),
                ("Datum rapportage", kort(d_ad)),
                ("Arbeidsdeskundige", "R.H. Hoogakker, register-arbeidsdeskundige")]),
        ("h", "1. Vraagstelling"),
        ("ol", ["Is het eigen werk nog passend?", "Kan het eigen werk zo worden aangepast dat het passend is?",
                "Is er ander passend werk bij Glansrijk?",
                "Is re-integratie buiten Glansrijk (tweede spoor) aangewezen, en in welke richting?"]),
        ("h", "2. Gegevensverzameling"),
        ("p", f"Dossierstukken: probleemanalyse en inzetbaarheidsprofiel van {kort(d_pa)}, bijstelling "
              f"probleemanalyse van {kort(d_bpa)}, plan van aanpak en de aangepaste afspraken van "
              f"{kort(d_bpva)}. Telefonisch overleg met de bedrijfsarts op 26 november 2024. Gesprekken met "
              "mevrouw Mendes Tavares (met haar dochter), de rayonleider en de casemanager; bezoek aan object "
              "Kantoorgebouw De Wissel."),
        ("h", "3. Belasting in het eigen werk"),
        ("table", ["Taak", "Tijd", "Belasting"], [
            ["Vloeren moppen en stofzuigen", "ca. 45 %", "repeterend duwen/trekken, reiken, langdurig staan"],
            ["Sanitair reinigen", "ca. 25 %", "bukken, reiken, werken boven schouderhoogte (spiegels, tegels)"],
            ["Afstoffen bureaus en inventaris", "ca. 20 %", "licht, werkhoogte"],
            ["Afval, prullenbakken, bijvullen", "ca. 10 %", "tillen tot 10 kg (afvalzakken)"]], [55, 22, 91]),
        ("h", "4. Belastbaarheid"),
        ("p", "Volgens de bedrijfsarts: geen repeterend duwen en trekken, geen werk boven schouderhoogte, tillen "
              "tot 5 kg, licht werk op werkhoogte tot ongeveer 12 uur per week (max. 3 uur achtereen)."),
        ("h", "5. Beoordeling"),
        ("p", "**Eigen werk.** Niet passend: ongeveer 70 % van de taken overschrijdt de belastbaarheid."),
        ("p", "**Aangepast eigen werk.** Gedeeltelijk passend. Een takenpakket zonder vloeren en sanitair boven "
              "schouderhoogte ('dagschoonmaak licht': koffiecorners, pantry, bureaus, deurklinken, bijvullen) is "
              "passend voor 12 uur per week. Glansrijk kan dit structureel bieden op twee objecten."),
        ("p", "**Ander werk bij Glansrijk.** Kantoorfuncties vragen digitale vaardigheden en Nederlands op "
              "niveau B1; daaraan voldoet mevrouw nu niet. Er is geen andere passende functie."),
        ("p", "**Loonwaarde.** In het aangepaste werk schat ik de loonwaarde op 100 % van het uurloon."),
        ("h", "6. Conclusie en advies"),
        ("ul", ["Spoor 1: leg de 12 uur 'dagschoonmaak licht' vast als structureel passend werk.",
                "Spoor 2: start binnen zes weken na de eerstejaarsevaluatie een traject voor de resterende "
                "ongeveer 10 uur, gericht op licht werk dichtbij huis (linnenkamer, kantine, textielsortering, "
                "licht inpakwerk).",
                "Herbeoordeling door de bedrijfsarts bij een wijziging van de belastbaarheid."]),
        ("h", "7. Visie van partijen"),
        ("p", "Werkgever: eens met het advies. Werkneemster: eens met spoor 1; twijfelt over werk bij een andere "
              "werkgever, maar wil het proberen als het op fietsafstand is."),
        ("p", f"Ravenswoud, {lang(d_ad)}\nR.H. Hoogakker, register-arbeidsdeskundige\nHoogakker Arbeidsdeskundig "
              "Advies, Molenstraat 3, 5431 AC Ravenswoud"),
    ]
    adx = R.docx_bytes(ad, when=R.nl_dt(d_ad, 16, 30), author="R.H. Hoogakker", fontname="Cambria", size=10.5,
                       header=["Hoogakker Arbeidsdeskundig Advies"], footer="Vertrouwelijk – rapport 24-117",
                       company="Hoogakker Arbeidsdeskundig Advies")
    put(c, "Rapport arbeidsdeskundig onderzoek R. Mendes Tavares.pdf", R.libreoffice_pdf(adx, R.nl_dt(d_ad, 16, 32)),
        "arbeidsdeskundig_rapport", d_ad, "LibreOffice print of a Word file",
        "standard title - interview date and earlier document dates inside")

    # ---------- eerstejaarsevaluatie: copier scan of the printed form with handwritten additions
    rng = c.r(6)
    pg = R.Paper(rng, face="sans", size=10, letterhead=[wg, "Personeelszaken · Havenkade 12 · 5431 ZT Ravenswoud"],
                 footer="PZ-formulier 11 – versie 2023   pagina {p}")
    pages = pg.render([
        ("title", "Eerstejaarsevaluatie"),
        ("small", "Evaluatie na het eerste ziektejaar – Wet verbetering poortwachter"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Functie", "Schoonmaakmedewerker, 22 uur"),
                ("Eerste ziektedag", kort(c.d0)), ("Datum gesprek", kort(d_eje)),
                ("Aanwezig", "Rosa Mendes Tavares, Ana Tavares (dochter), Ferdi Koster, Yvonne Brakel")]),
        ("h", "1. Terugblik op het eerste ziektejaar"),
        ("p", "Rosa werkt sinds maart 2024 aangepast in de bibliotheek. De opbouw liep tot 3 x 3 uur; sinds "
              "3 september werkt zij 12 uur per week (bibliotheek en pantry De Wissel). Vloerwerk is blijvend "
              f"niet mogelijk (bijstelling probleemanalyse {kort(d_bpa)}). De arbeidsdeskundige concludeert op "
              f"{kort(d_ad)} dat het eigen werk voor 22 uur niet meer passend is; passend werk bij Glansrijk is er "
              "voor ongeveer 12 uur."),
        ("h", "2. Beoogd re-integratieresultaat in het tweede ziektejaar"),
        ("p", "Structureel 12 uur passend werk bij Glansrijk (spoor 1) en werk bij een andere werkgever voor de "
              "overige uren (spoor 2)."),
        ("h", "3. Hoe gaan we dat bereiken"),
        ("ul", ["Spoor 1: functie 'dagschoonmaak licht' vastleggen per 1 februari 2025 (12 uur).",
                "Spoor 2: traject via Werkzin Loopbaan & Re-integratie, intake in januari 2025.",
                "Plan van aanpak wordt aangepast; evaluatie iedere zes weken."]),
        ("hw", "spoor 2 uiterlijk 1/2 starten!  YB", {"x": 98, "up": 8, "size": 12, "angle": 4, "gap": 0.9}),
        ("h", "4. Visie werkgever"),
        ("p", "Wij zijn tevreden over de inzet van Rosa. Meer licht werk dan 12 uur hebben wij niet; vloerwerk "
              "is de kern van bijna al ons werk."),
        ("h", "5. Visie werknemer"),
        ("lines", 3),
        ("hw", "Rosa wil graag bij Glansrijk blijven. Ander werk erbij is goed", {"x": 2, "size": 13, "up": 62,
                                                                                 "gap": 0}),
        ("hw", "als het dichtbij is (fiets).   Ana T.", {"x": 2, "size": 13, "up": 36, "gap": 0.2}),
        ("sig", [("Werkgever", "Yvonne Brakel", None, "18-12-24"), ("Werknemer", wn, None, "18-12-24")]),
    ])
    scans = [R.degrade(p, rng, mode="g4", skew=0.7) for p in pages]
    put(c, "scan0003.pdf",
        R.image_pdf(scans, 200, R.nl_dt(c.w(49, 3), 8, 55), producer="Canon iR-ADV C3530 PDF",
                    creator="Canon iR-ADV C3530"),
        "eerstejaarsevaluatie", d_eje, "copier scan image-only (CCITT G4)",
        "meaningless file name - no text layer - handwritten visie werknemer and margin note - handwritten "
        "signature dates")

    # ---------- trajectplan tweede spoor: attachment of a covering mail from the bureau
    tp = [
        ("title", "Trajectplan re-integratie tweede spoor"),
        ("kv", [("Kandidaat", wn), ("BSN", B), ("Werkgever", wg), ("Opdracht", "Re-integratie 2e spoor, 10 uur"),
                ("Intake", kort(d_intake)), ("Consultant", "Demi Kolkman"), ("Datum plan", kort(d_tp))]),
        ("h", "Intake"),
        ("p", f"Op {lang(d_intake)} spraken wij Rosa op ons kantoor, samen met haar dochter. Rosa werkt 12 uur "
              "in aangepast werk bij Glansrijk. Zij is gemotiveerd om er werk bij te zoeken, maar maakt zich "
              "zorgen over een nieuwe werkgever en over de taal."),
        ("h", "Persoonsprofiel"),
        ("ul", ["Werkervaring: 13 jaar schoonmaak (kantoren, bibliotheek, sporthal); daarvoor naaiatelier in "
                "Portugal.",
                "Opleiding: basisonderwijs in Portugal; inburgering en taalcursus Nederlands (A2 behaald 2023).",
                "Sterk: zelfstandig, betrouwbaar, nauwkeurig, goed met klanten.",
                "Aandacht: digitale vaardigheden beperkt; belastbaarheid volgens de bedrijfsarts "
                "(geen vloerwerk, tillen tot 5 kg, licht werk op werkhoogte)."]),
        ("h", "Zoekprofiel"),
        ("p", "Licht werk van ongeveer 10 uur per week, binnen 8 km fietsafstand van Ravenswoud, overdag. "
              "Richtingen: medewerker linnenkamer (zonder zware balen), kantine- of pantrymedewerker, "
              "textielsortering, licht inpakwerk."),
        ("h", "Activiteiten en planning"),
        ("table", ["Fase", "Periode", "Inhoud"], [
            ["Oriëntatie", "februari – maart 2025", "arbeidsmarktoriëntatie, bezoek aan twee werkgevers"],
            ["Voorbereiding", "maart 2025", "cv in het Nederlands, oefenen sollicitatiegesprek"],
            ["Zoeken", "april – augustus 2025", "vacatures, netwerk, werkervaringsplaats"],
            ["Afronding", "september 2025", "eindrapportage"]], [35, 45, 88]),
        ("p", "Contact: iedere twee weken. Rapportage aan de werkgever elke drie maanden."),
        ("sig", [("Consultant", "Demi Kolkman", kort(d_tp), None), ("Kandidaat", wn, "", None),
                 ("Werkgever", "Y. Brakel", "", None)]),
    ]
    tpx = R.docx_bytes(tp, when=R.nl_dt(d_tp, 11, 0), author="Demi Kolkman", fontname="Verdana", size=9.5,
                       header=["Werkzin Loopbaan & Re-integratie", "Stationsplein 21, 5431 BA Ravenswoud"],
                       company="Werkzin Loopbaan & Re-integratie")
    tp_pdf = R.libreoffice_pdf(tpx, R.nl_dt(d_tp, 11, 2))
    demi = "Demi Kolkman <demi.kolkman@werkzin.example>"
    cover = ("Beste Yvonne,\n\nIn de bijlage het trajectplan voor Rosa, naar aanleiding van de intake van "
             f"{lang(d_intake)}. Rosa heeft het plan met mij doorgenomen en is akkoord. Wil jij het voor "
             "Glansrijk ondertekenen en terugsturen?\n\nDe eerste rapportage volgt begin mei.\n\nMet vriendelijke "
             "groet,\n\nDemi Kolkman\nRe-integratieconsultant\nWerkzin Loopbaan & Re-integratie")
    put(c, "Trajectplan Rosa Mendes Tavares.eml",
        R.make_eml(sender=demi, to=[yv], cc=[rosa], subject="Trajectplan Rosa Mendes Tavares",
                   when=R.nl_dt(d_tp_mail, 15, 3), msgid="<20250207150312.4431@werkzin.example>", text=cover,
                   html=R.outlook_html(cover, font_family="Verdana", size_pt=10),
                   attachments=[("Trajectplan 2e spoor - R. Mendes Tavares.pdf", tp_pdf, "application/pdf")],
                   boundary_seed="wz0207"),
        "", None, "Outlook e-mail with a PDF attachment", "covering mail only - not a RIV document itself")
    label(c, "Trajectplan Rosa Mendes Tavares.eml::Trajectplan 2e spoor - R. Mendes Tavares.pdf",
          "trajectplan_tweede_spoor", d_tp, "LibreOffice print of a Word file attached to an e-mail",
          "attachment - intake date and plan date differ - mail two days later")

    # ---------- eindrapportage tweede spoor
    er = [
        ("title", "Eindrapportage re-integratietraject tweede spoor"),
        ("kv", [("Kandidaat", wn), ("BSN", B), ("Werkgever", wg), ("Trajectduur", f"{kort(d_intake)} t/m "
                                                                                  f"{kort(c.w(87, 4))}"),
                ("Consultant", "Demi Kolkman"), ("Datum", kort(d_er))]),
        ("h", "1. Opdracht"),
        ("p", "Zoeken naar passend werk van ongeveer 10 uur per week bij een andere werkgever, naast de 12 uur "
              "aangepast werk bij Glansrijk."),
        ("h", "2. Uitgevoerde activiteiten"),
        ("ul", ["16 coachgesprekken (waarvan 4 met de dochter van Rosa als tolk).",
                "Arbeidsmarktoriëntatie: bezoek aan een wasserij en een textielsorteerbedrijf.",
                "31 vacatures beoordeeld; 9 sollicitaties; 2 sollicitatiegesprekken.",
                "Werkervaringsplaats linnenkamer Hotel Ravenhof, 2 x 3 uur per week (mei – juli 2025)."]),
        ("h", "3. Resultaat"),
        ("p", "Er is geen plaatsing bij een andere werkgever. De werkervaringsplaats in de linnenkamer is in juli "
              "gestopt: het vouwen en wegleggen van linnen op hoogte ging boven de belastbaarheid. De twee "
              "sollicitatiegesprekken (kantine, pantrydienst) leverden geen baan op; de werkgevers kozen een "
              "kandidaat met meer Nederlands."),
        ("h", "4. Inzet van de kandidaat"),
        ("p", "Rosa kwam alle afspraken na en zocht ook zelf. Haar inzet was goed."),
        ("h", "5. Advies"),
        ("p", "Het traject wordt afgesloten. Wij adviseren de 12 uur bij Glansrijk te behouden. Rosa blijft zelf "
              "reageren op vacatures in de buurt."),
        ("p", f"Ravenswoud, {lang(d_er)}\nDemi Kolkman, re-integratieconsultant"),
    ]
    erx = R.docx_bytes(er, when=R.nl_dt(d_er, 13, 40), author="Demi Kolkman", fontname="Verdana", size=9.5,
                       header=["Werkzin Loopbaan & Re-integratie", "Stationsplein 21, 5431 BA Ravenswoud"],
                       company="Werkzin Loopbaan & Re-integratie")
    put(c, "Eindrapportage Werkzin RMT.pdf", R.libreoffice_pdf(erx, R.nl_dt(d_er, 13, 42)),
        "eindrapportage_tweede_spoor", d_er, "LibreOffice print of a Word file",
        "standard title - trajectory period dates inside")

    # ---------- actueel oordeel and medical information, both printed from the Kernwaarde portal
    ao_blocks = [
        ("title", "Actueel oordeel"),
        *kw_meta("Actueel oordeel (t.b.v. re-integratieverslag / WIA-aanvraag)", d_ao, d_spu3),
        ("h", "Stand van zaken"),
        ("p", "Werkneemster werkt sinds 1 februari 2025 structureel 12 uur per week in aangepast werk "
              "(dagschoonmaak zonder vloeren) op twee objecten. Het tweede spoor (Werkzin) heeft geen plaatsing "
              "opgeleverd."),
        ("h", "Belastbaarheid"),
        ("p", "De beperkingen zijn sinds het voorjaar van 2025 stabiel en naar mijn verwachting blijvend: geen "
              "repeterend duwen en trekken, geen werk boven schouderhoogte, tillen tot 5 kg, licht werk op "
              "werkhoogte tot ongeveer 12 uur per week, niet meer dan 3 uur achtereen."),
        ("h", "Arbeidsrelatie"),
        ("p", "Goed. Er is geen conflict; werkneemster en leidinggevende werken goed samen."),
        ("h", "Passende arbeid bij de werkgever"),
        ("p", "Het huidige werk van 12 uur is passend en duurzaam. Meer uren of het eigen werk met vloeren acht "
              "ik niet passend."),
        ("h", "WIA"),
        ("p", "Werkneemster kan de WIA-uitkering aanvragen. De medische informatie stuur ik rechtstreeks aan de "
              "verzekeringsarts van UWV."),
        ("p", f"{ba}, bedrijfsarts – Arbodienst Kernwaarde – {kort(d_ao)}"),
    ]
    printed_ao = R.nl_dt(c.w(89, 2), 10, 4)
    put(c, "AO_Kernwaarde_sept2025.pdf",
        R.chromium_pdf(html_page("kernwaarde", kw_wrap(R.blocks_html(ao_blocks), printed_ao,
                                                       "Rapportages › Actueel oordeel"), "Actueel oordeel"),
                       printed_ao),
        "actueel_oordeel", d_ao, "Chromium print of an arbodienst portal page",
        "same portal and template as the combined export - print date a day after the report")
    mi_blocks = [
        ("title", "Medische informatie"),
        *kw_meta("Medische informatie t.b.v. verzekeringsarts UWV", d_ao, d_spu3),
        ("h", "MEDISCH GEHEIM – uitsluitend bestemd voor de verzekeringsarts van UWV"),
        ("h", "Anamnese en beloop"),
        ("p", "Sinds december 2023 toenemende pijn rechterschouder bij het werk; vanaf 15-01-2024 uitval. Echo "
              "schouder rechts (27-02-2024): partiële ruptuur m. supraspinatus, bursitis subacromialis. "
              "Fysiotherapie februari – juni 2024. Twee subacromiale injecties door de orthopeed (april en juni "
              "2024) met kortdurend effect. Artroscopische decompressie besproken; patiënte zag daarvan af. "
              "Sinds voorjaar 2025 stabiel restbeeld."),
        ("h", "Diagnose"),
        ("p", "Subacromiaal pijnsyndroom rechts bij partiële rotator-cuffruptuur (ICD-10 M75.1)."),
        ("h", "Medicatie"),
        ("p", "Naproxen 500 mg zo nodig; paracetamol 1000 mg tot 3 x daags."),
        ("h", "Behandelaars"),
        ("p", "Huisarts; orthopeed (Ziekenhuis Ravenswoud, polikliniek orthopedie); fysiotherapeut."),
        ("h", "Prognose"),
        ("p", "Geen verdere verbetering te verwachten; de beperkingen zijn naar verwachting duurzaam."),
        ("p", f"{ba}, bedrijfsarts – {kort(d_ao)}"),
    ]
    put(c, "Kernwaarde medisch 23-09-2025.pdf",
        R.chromium_pdf(html_page("kernwaarde", kw_wrap("<div class='secret'>MEDISCH GEHEIM</div>"
                                                       + R.blocks_html(mi_blocks), printed_ao,
                                                       "Rapportages › Medische informatie"), "Medische informatie"),
                       printed_ao),
        "medische_informatie", d_ao, "Chromium print of an arbodienst portal page",
        "medical part printed by HR from the portal - same date and template as the actueel oordeel - diagnosis "
        "ICD-10 code medication")

    # ---------- eindevaluatie (Word kept)
    ev = [
        ("title", "Eindevaluatie plan van aanpak"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Functie", "Schoonmaakmedewerker (interieurverzorging)"),
                ("Eerste ziektedag", kort(c.d0)), ("Einde wachttijd", kort(end_wt)),
                ("Datum gesprek", kort(d_ev)), ("Aanwezig", "Rosa, Ana Tavares, Ferdi Koster, Yvonne Brakel")]),
        ("h", "1. Aard van het bedrijf"),
        ("p", "Glansrijk Schoonmaakdiensten B.V. is een schoonmaakbedrijf met ongeveer 340 medewerkers, van wie "
              "ruim 85 % in deeltijd werkt (gemiddeld 18 uur per week). Wij reinigen kantoren, scholen, "
              "sportaccommodaties en openbare gebouwen in de regio Ravenswoud. Het werk gebeurt op de objecten "
              "van klanten, vaak vroeg in de ochtend of in de avond. Het grootste deel van de taken is vloerwerk "
              "en sanitair; kantoorfuncties zijn er weinig (planning, personeelszaken, administratie)."),
        ("h", "2. Terugblik"),
        ("ul", [f"{kort(d_pa)} probleemanalyse; {kort(d_pva)} plan van aanpak (spoor 1, aangepaste taken).",
                f"{kort(d_bpa)} bijstelling probleemanalyse: vloerwerk blijvend niet mogelijk; "
                f"{kort(d_bpva)} afspraken aangepast.",
                f"{kort(d_ad)} arbeidsdeskundig onderzoek; {kort(d_eje)} eerstejaarsevaluatie.",
                "1 februari 2025: 12 uur 'dagschoonmaak licht' vastgelegd.",
                f"Tweede spoor via Werkzin van januari tot september 2025, zonder plaatsing "
                f"(eindrapportage {kort(d_er)}).",
                f"{kort(d_ao)} actueel oordeel bedrijfsarts."]),
        ("h", "3. Huidige situatie"),
        ("p", "Rosa werkt 12 van de 22 uur in passend werk bij Glansrijk, op de bibliotheek en Kantoorgebouw "
              "De Wissel. Dat blijft zo."),
        ("h", "4. Kwaliteit van de arbeidsrelatie (oordeel werkgever)"),
        ("p", "Goed. Rosa is een gewaardeerde collega; de samenwerking met de rayonleider is prettig."),
        ("h", "5. Passende arbeid bij Glansrijk (oordeel werkgever)"),
        ("p", "Wij hebben alle objecten in rayon Oost en West nagelopen. Licht werk zonder vloeren en sanitair "
              "is er niet meer dan de huidige 12 uur. Kantoorwerk is niet passend (taal, computer)."),
        ("h", "6. Visie werknemer"),
        ("p", "Rosa is tevreden met haar werk en wil de 12 uur houden. Ze vindt het jammer dat er buiten "
              "Glansrijk niets is gevonden."),
        ("sig", [("Werkgever", "Yvonne Brakel, casemanager", kort(d_ev), None), ("Werknemer", wn, kort(d_ev), None)]),
    ]
    put(c, "Eindevaluatie plan van aanpak Rosa.docx",
        R.docx_bytes(ev, when=R.nl_dt(d_ev, 15, 20), author="Yvonne Brakel", fontname="Calibri", header=hdr,
                     footer="PZ-formulier 12 – versie 2023", company=wg, title="Eindevaluatie"),
        "eindevaluatie", d_ev, "Word docx kept (python-docx)",
        "title says plan van aanpak - end of wachttijd and earlier dates inside")

    # ---------- oordeel werknemer (.txt typed by the daughter)
    ow = f"""Ravenswoud, {lang(d_ow)}

Aan: UWV
Betreft: mijn mening over het re-integratieverslag
Naam: Rosa Mendes Tavares
BSN: {bsn_spaced(B)}

Geachte heer, mevrouw,

Ik heb het re-integratieverslag van Glansrijk op 3 oktober gekregen. Ik heb het met mijn dochter gelezen.

1. Ik ben het eens met wat er staat over mijn werk en de afspraken die we hebben gemaakt.
2. Ik ben het niet helemaal eens met de eindrapportage van Werkzin. Daar staat dat mijn Nederlands niet goed genoeg is. Ik heb in 2023 het examen A2 gehaald en ik praat elke dag met de mensen in de bibliotheek.
3. Ik wil graag de 12 uur bij Glansrijk blijven doen.

Met vriendelijke groet,

Rosa Mendes Tavares

(getypt door mijn dochter Ana, typen gaat moeilijk met mijn arm)
"""
    put(c, "Mijn mening over het verslag - Rosa.txt", ow, "oordeel_werknemer", d_ow, "plain text (UTF-8)",
        "no standard title - partly disagrees - date of receipt inside")

    # ---------- non-RIV: roster of the part-timers (Word, landscape)
    people = [("M. de Waal", "Bibliotheek Ravenswoud", "13-16 vloeren", "", "13-16 vloeren", "", "13-16 vloeren", "9"),
              ("R. Mendes Tavares", "Bibliotheek + De Wissel", "13-16 (re-int., geen vloeren)",
               "7-10 pantry De Wissel", "13-16 (re-int.)", "", "13-16 (re-int.)", "12"),
              ("S. Yildiz", "Kantoorgebouw De Wissel", "6-9", "6-9", "6-9", "6-9", "6-9", "15"),
              ("J. Bakker", "Sporthal Het Ravenveld", "", "17-20", "", "17-20", "", "6"),
              ("D. Mensah", "Sporthal Het Ravenveld", "17-20", "", "17-20", "", "17-21", "10"),
              ("A. Nowicka", "Basisschool De Kompasroos", "15.30-18.30", "15.30-18.30", "", "15.30-18.30",
               "15.30-18.30", "12"),
              ("H. van Rijn", "Basisschool De Kompasroos", "", "", "13-17", "", "", "4"),
              ("K. Pereira", "Gemeentewerf Oost", "6-8", "6-8", "6-8", "6-8", "6-8", "10"),
              ("T. Hoekstra", "Kantoorgebouw De Wissel", "18-21", "18-21", "18-21", "18-21", "", "12"),
              ("L. Sari", "Tandem Bedrijvencentrum", "7-11", "", "7-11", "", "7-11", "12"),
              ("invaller", "poule rayon Oost", "", "", "", "", "", "")]
    roster = [
        ("title", "Werkrooster rayon Oost – week 36 (2 t/m 6 september 2024)"),
        ("table", ["Medewerker", "Object", "ma", "di", "wo", "do", "vr", "uren"],
         [list(p) for p in people], [34, 44, 30, 26, 26, 22, 26, 10]),
        ("p", "Wijzigingen alleen via Ferdi Koster (rayonleider). Ziek melden vóór 6.00 uur bij de planning. "
              "Rosa: vanaf dinsdag 3 september ook De Wissel, zie afspraken met Yvonne."),
    ]
    put(c, "werkrooster objecten wk 36.docx",
        R.docx_bytes(roster, when=R.nl_dt(d_roster, 12, 10), author="Ferdi Koster", fontname="Arial", size=9,
                     header=[f"{wg} – planning rayon Oost"], landscape=True, margins_mm=12, company=wg),
        "", None, "Word docx kept (landscape table)",
        "non-RIV roster of eleven part-timers - names the re-integration hours and the agreements")


# ================================================================== case B: logistics warehouse, Polish speaker


def case_noordhaven() -> None:
    c = Case("Noordhaven", "Noordhaven DC - Zalewski K (23-0457)", dt.date(2023, 8, 28), 1702)
    B = c.bsn
    wg = "Noordhaven Distributie B.V."
    wn = "Krzysztof Zalewski"
    geb = "14-02-1986"
    ba, big = "drs. A.M. Voskuilen", "29047811301"
    d_sick2 = c.w(1, 1)
    d_spu1, d_pa = c.w(6, 0), c.w(6, 1)              # 02/03-10-2023
    d_pva = c.w(7, 3)                                 # 12-10-2023
    d_spu2, d_bpa = c.w(19, 2), c.w(19, 3)            # 03/04-01-2024
    d_meet, d_te = c.w(25, 1), c.w(25, 2)             # 13/14-02-2024
    d_spu3 = c.w(38, 1)                               # 14-05-2024
    d_vac = c.w(39, 1)                                # 21-05-2024
    d_export = c.w(42, 1)                             # 11-06-2024
    d_eje = c.w(51, 1)                                # 13-08-2024
    d_intake, d_tp = c.w(55, 1), c.w(56, 1)           # 10/17-09-2024
    d_vr = c.w(76, 3)                                 # 06-02-2025
    d_er = c.w(87, 3)                                 # 24-04-2025
    d_uwv = c.w(88, 1)                                # 29-04-2025
    d_spu4, d_ao = c.w(89, 1), c.w(89, 3)             # 06/08-05-2025
    d_ev = c.w(91, 1)                                 # 20-05-2025
    d_riv, d_ow = c.w(91, 2), c.w(91, 4)              # 21/23-05-2025
    end_wt, appl = c.day(727), c.day(650)
    assert d_pa <= c.day(42) and d_pva <= d_pa + dt.timedelta(days=14)
    assert d_ao < d_ev <= c.day(636) and d_ow <= appl

    sandra = "Sandra Pietersen <s.pietersen@noordhaven-dc.example>"
    marco = "Marco de Beer <m.debeer@noordhaven-dc.example>"
    krzys = "Krzysztof Zalewski <krzys.zalewski@skrzynka.example>"

    # ---------- non-RIV: the first sick report, a reply chain in English
    k_msg = ("Hi Marco,\n\nI can not come to work today. Yesterday I fall on the stairs at home and my knee is "
             "very swollen. I go to the huisarts today.\n\nSorry,\nKrzysztof")
    m_msg = ("Hi Krzysztof,\n\nThanks for letting me know, get well soon. I registered you as sick from today "
             f"({kort(c.d0)}). HR will contact you.\nPlease tell us your address if you are not at home, and when "
             "you expect to be back. You do not have to tell us what is wrong medically - the company doctor "
             "(ArboLinq) will ask you about that.\n\nMarco de Beer\nTeamleider Inbound, DC Maasbergen")
    s_msg = ("Dear Krzysztof,\n\nYour sick report is registered in our system as of Monday "
             f"{eng(c.d0)}. As you told Marco it happened at home, it is not registered as a work accident.\n\n"
             "ArboLinq, our occupational health service, will contact you this week. If you stay at another "
             "address (for example in Poland), you must tell us first.\n\nKind regards,\nSandra Pietersen\n"
             "HR Business Partner DC Maasbergen")
    chain = (s_msg
             + R.quoted_block_text([("From", "Marco de Beer"), ("Sent", f"Monday, {eng(c.d0)} 06:40"),
                                    ("To", "Krzysztof Zalewski"), ("Cc", "Sandra Pietersen"),
                                    ("Subject", "RE: Sick today")], m_msg)
             + R.quoted_block_text([("From", "Krzysztof Zalewski"), ("Sent", f"Monday, {eng(c.d0)} 06:12"),
                                    ("To", "Marco de Beer"), ("Subject", "Sick today")], k_msg))
    html = R.outlook_html(s_msg, R.quoted_block_html(
        [("From", "Marco de Beer"), ("Sent", f"Monday, {eng(c.d0)} 06:40"), ("To", "Krzysztof Zalewski"),
         ("Cc", "Sandra Pietersen"), ("Subject", "RE: Sick today")], m_msg)
        + R.quoted_block_html([("From", "Krzysztof Zalewski"), ("Sent", f"Monday, {eng(c.d0)} 06:12"),
                               ("To", "Marco de Beer"), ("Subject", "Sick today")], k_msg), font_family="Arial",
        size_pt=10)
    put(c, "RE Sick today - Krzysztof.eml",
        R.make_eml(sender=sandra, to=[krzys], cc=[marco], subject="RE: Sick today", when=R.nl_dt(d_sick2, 9, 5),
                   msgid="<DB7PR01MB4410A@DB7PR01MB4410.eurprd01.prod.noordhaven-dc.example>", text=chain,
                   html=html, boundary_seed="nh0829", in_reply_to="<DB7PR01MB4402@noordhaven-dc.example>"),
        "", None, "Outlook e-mail (multipart/alternative) reply chain in English",
        "non-RIV sick report to the employer (not the report to UWV) - says ziekmelding-like words - names the "
        "knee")

    # ---------- ArboLinq Online (wkhtmltopdf)
    def al_meta(soort: str, datum: dt.date, contact: str) -> list:
        return [("kv", [("Dossiernummer", "23-0457"), ("Werkgever", f"{wg}, DC Maasbergen"),
                        ("Werknemer", f"K. Zalewski (Krzysztof), geb. {geb}"), ("BSN", bsn_dots(B)),
                        ("Functie", "Reachtruckchauffeur / orderpicker, 40 uur, 3-ploegendienst"),
                        ("Eerste ziektedag", kort(c.d0)), ("Contact", contact), ("Soort rapportage", soort),
                        ("Rapportagedatum", kort(datum))])]

    def al_page(docs: list[str], gen: dt.datetime, cover: str = "") -> str:
        top = ("<div class='top'><span class='logo'>Arbo<b>Linq</b></span> <span class='sub'>Online dossier · "
               "arbodienstverlening voor logistiek en transport</span></div>"
               f"<div class='gen'>Gegenereerd door ArboLinq Online op {gen.strftime('%d-%m-%Y %H:%M')} – gebruiker "
               "s.pietersen@noordhaven</div>")
        return top + cover + "<div class='pb'></div>".join(docs)

    pa = [("title", "Probleemanalyse"),
          *al_meta("Probleemanalyse", d_pa, f"spreekuur {kort(d_spu1)}, met telefonische tolk (Pools)"),
          ("h", "Aanleiding"),
          ("p", f"Werknemer verzuimt sinds {kort(c.d0)} na een val thuis (geen bedrijfsongeval). Er is sprake van "
                "dreigend langdurig verzuim; hierbij de probleemanalyse."),
          ("h", "Functionele mogelijkheden en beperkingen"),
          ("ul", ["Geen hurken, knielen of geknield werken.", "Geen traplopen en geen ladders.",
                  "Staan en lopen: maximaal 30 minuten aaneengesloten, in totaal ongeveer 2 uur per dag.",
                  "Zitten: geen beperking.",
                  "Niet frequent in- en uitstappen van een reachtruck of orderpicker.",
                  "Persoonlijk en sociaal functioneren: geen beperkingen. Taal: Pools, Engels, Nederlands op "
                  "basisniveau."]),
          ("h", "Prognose"),
          ("p", "Er staat een behandeling gepland. Ik verwacht dat werknemer na ongeveer drie maanden gedeeltelijk "
                "kan hervatten in zittend aangepast werk. Terugkeer in het eigen werk is mogelijk maar onzeker; "
                "daarover meer na zes tot negen maanden."),
          ("h", "Advies"),
          ("ol", ["Zittend aangepast werk op het inbound-kantoor (vrachtdocumenten controleren, scannen), "
                  "beginnen met 4 x 4 uur in dagdienst zodra de behandeling dat toelaat.",
                  "Werkgever en werknemer stellen binnen twee weken het plan van aanpak op.",
                  "Volgend contact over zes weken."]),
          ("h", "Arbeidsrelatie"),
          ("p", "Goed; geen conflict."),
          ("h", "Summary in English (discussed with the employee)"),
          ("p", "You are expected to be off work for some time. You cannot kneel, squat, climb or walk for long. "
                "Sitting work is possible. After your treatment you can start with office work in inbound, "
                "4 x 4 hours. Noordhaven and you will make an action plan within two weeks."),
          ("p", f"{ba}, bedrijfsarts · BIG {big} · ArboLinq")]
    gen_pa = R.nl_dt(c.w(6, 3), 11, 2)
    put(c, "Probleemanalyse ArboLinq 2023-10.pdf",
        R.wkhtml_pdf(html_page("arbolinq", al_page([R.blocks_html(pa)], gen_pa), "Probleemanalyse"), gen_pa),
        "probleemanalyse", d_pa, "wkhtmltopdf print of an arbodienst portal page",
        "standard title - consult date and generation date differ from the report date - English summary")

    # ---------- plan van aanpak, bilingual Word
    hdr = [f"{wg} – HR", "Logistiekweg 100, 6021 PX Maasbergen"]
    pva = [
        ("title", "Plan van aanpak / Action plan"),
        ("small", "Dit plan is in het Engels besproken; de Nederlandse tekst is leidend. This plan was discussed "
                  "in English; the Dutch text prevails."),
        ("kv", [("Werknemer / Employee", wn), ("BSN", B), ("Functie / Job", "Reachtruckchauffeur / orderpicker"),
                ("Uren / Hours", "40 uur, 3-ploegendienst"), ("Teamleider / Team lead", "Marco de Beer"),
                ("Casemanager", "Sandra Pietersen, HR Business Partner"),
                ("Bedrijfsarts / Company doctor", f"{ba} (ArboLinq)"),
                ("Eerste ziektedag / First day of sickness", kort(c.d0)),
                ("Probleemanalyse", kort(d_pa)), ("Datum / Date", kort(d_pva))]),
        ("h", "1. Doel / Goal"),
        ("p", "Terugkeer in het eigen werk (spoor 1), via tijdelijk zittend aangepast werk op het inbound-kantoor.\n"
              "Return to your own job (track 1), through temporary seated work in the inbound office."),
        ("h", "2. Activiteiten / Activities"),
        ("table", ["Activiteit / Activity", "Wie / Who", "Wanneer / When"], [
            ["Contact houden tijdens de behandeling (elke 2 weken bellen) / Keep in touch (call every 2 weeks)",
             "Marco", "vanaf / from 16-10-2023"],
            ["Start aangepast werk inbound-kantoor, 4 x 4 uur dagdienst / Start office work, 4 x 4 hours",
             "Krzysztof, Marco", "na akkoord bedrijfsarts / after doctor's OK"],
            ["Opbouw uren in overleg met bedrijfsarts / Build up hours", "Sandra", "elke 4 weken / every 4 weeks"],
            ["Cursus Nederlands A2 (kosten Noordhaven) / Dutch course A2", "Sandra", "vanaf / from maart 2024"],
        ], [90, 35, 43]),
        ("h", "3. Evaluatie / Evaluation"),
        ("p", "Iedere zes weken een check-in met Sandra en Marco; eerstejaarsevaluatie in augustus 2024.\n"
              "Every six weeks a check-in; first-year evaluation in August 2024."),
        ("h", "4. Visie werkgever / Employer's view"),
        ("p", "Krzysztof is een ervaren chauffeur. We willen hem terug op de vloer; tot die tijd is er tijdelijk "
              "kantoorwerk."),
        ("h", "5. Visie werknemer / Employee's view"),
        ("p", "I want to come back to my own work. I am happy to do office work until then, but my Dutch is not "
              "so good."),
        ("sig", [("Werkgever / Employer", "Sandra Pietersen", kort(d_pva), "signed"),
                 ("Werknemer / Employee", wn, kort(d_pva), "signed")]),
    ]
    put(c, "Plan van aanpak - Action plan K. Zalewski.docx",
        R.docx_bytes(pva, when=R.nl_dt(d_pva, 15, 45), author="Sandra Pietersen", fontname="Arial", size=10,
                     header=hdr, footer="HR-NH-014 rev. 3", company=wg, title="Plan van aanpak"),
        "plan_van_aanpak", d_pva, "Word docx kept (python-docx)", "bilingual Dutch and English - standard title")

    # ---------- combined ArboLinq export: bijstelling PA, IZP, follow-up
    bpa = [("title", "Bijstelling probleemanalyse"),
           *al_meta("Vervolgrapportage – bijstelling probleemanalyse", d_bpa, f"spreekuur {kort(d_spu2)}"),
           ("h", "Reden"),
           ("p", "Na de behandeling in november herstelt werknemer trager dan verwacht. Sinds 27-11-2023 werkt hij "
                 "4 x 4 uur op het inbound-kantoor; dat gaat goed."),
           ("h", "Gewijzigde belastbaarheid"),
           ("ul", ["Langdurig (> 6 maanden): geen werk op reachtruck of orderpicker (in- en uitstappen, staan op "
                   "het platform).", "Staan en lopen maximaal 1 uur per dag; zittend werk volledig mogelijk.",
                   "Werktijden: dagdienst; uitbreiding naar 4 x 6 uur is mogelijk."]),
           ("h", "Prognose"),
           ("p", "Terugkeer in het eigen werk binnen het eerste ziektejaar verwacht ik niet."),
           ("h", "Advies"),
           ("p", "Breid het aangepaste werk uit naar 4 x 6 uur en pas het plan van aanpak aan. Zie het "
                 "inzetbaarheidsprofiel."),
           ("p", f"{ba}, bedrijfsarts · BIG {big}")]
    izp = [("title", "Inzetbaarheidsprofiel"), *al_meta("Inzetbaarheidsprofiel", d_bpa, f"spreekuur {kort(d_spu2)}"),
           ("table", ["Rubriek", "Beperkt?", "Toelichting"], [
               ["1 Persoonlijk functioneren", "nee", ""], ["2 Sociaal functioneren", "nee", ""],
               ["3 Fysieke omgevingseisen", "ja", "niet werken in koude (vriescel)"],
               ["4 Dynamische handelingen", "ja", "lopen max. 30 min; klimmen, knielen, hurken: niet"],
               ["5 Statische houdingen", "ja", "staan max. 30 min aaneengesloten; zitten normaal"],
               ["6 Werktijden", "ja", "geen nachtdiensten; 4 x 6 uur"]], [50, 20, 98]),
           ("p", f"{ba}, bedrijfsarts")]
    fu = [("title", "Terugkoppeling spreekuur"),
          *al_meta("Vervolgrapportage", d_spu3, f"spreekuur {kort(d_spu3)}"),
          ("p", f"Geen wijziging in de belastbaarheid ten opzichte van {kort(d_bpa)}. Werknemer werkt 4 x 6 uur op "
                "kantoor. Advies: bespreek bij de eerstejaarsevaluatie ook werk buiten Noordhaven (tweede spoor), "
                "omdat terugkeer op de reachtruck niet te verwachten is."),
          ("p", f"{ba}, bedrijfsarts")]
    gen_ex = R.nl_dt(d_export, 14, 21)
    cover = ("<p class='small'>Export dossier 23-0457 · 3 documenten · volgorde: oudste eerst</p>")
    put(c, "ArboLinq export 23-0457 alle rapportages.pdf",
        R.wkhtml_pdf(html_page("arbolinq", al_page([R.blocks_html(bpa), R.blocks_html(izp), R.blocks_html(fu)],
                                                   gen_ex, cover), "Export 23-0457"), gen_ex),
        "bijstelling_probleemanalyse", d_bpa, "wkhtmltopdf print of an arbodienst portal export",
        "combined PDF (bijstelling probleemanalyse then inzetbaarheidsprofiel then vervolgrapportage) labelled by "
        "its FIRST document - export date and later dates inside")

    # ---------- tussentijdse evaluatie: English Outlook mail whose body is the report
    te = f"""Hi Krzysztof,

Thank you for the check-in meeting yesterday (Tuesday {eng(d_meet)}) with Marco and me. As agreed, here are the notes. Employee: K. Zalewski - BSN {B} - file 23-0457.

**How is it going?**
You now work 4 x 6 hours in the inbound office (checking delivery documents, scanning CMRs, booking returns). This goes well; Marco is happy with your accuracy. After the operation on your knee in November walking through the warehouse still hurts, so you stay in the office area.

**Agreements from the action plan of {eng(d_pva)} - checked**
- Office work started on 27 November: done.
- Build-up to 4 x 6 hours: done (since 8 January).
- Dutch course: you are registered, it starts on 5 March (Tuesday evening, paid by Noordhaven).

**Agreements for the coming period**
1. Continue 4 x 6 hours, day shift 07:00-13:30.
2. Next visit to the company doctor: 26 February.
3. Next check-in: 26 March, 10:00, HR office.
4. If you have more pain, tell Marco the same day.

Please reply if something is not correct.

Best regards,
Sandra Pietersen
HR Business Partner DC Maasbergen | casemanager
Noordhaven Distributie B.V."""
    put(c, "Check-in meeting notes 13 Feb.eml",
        R.make_eml(sender=sandra, to=[krzys], cc=[marco], subject="Check-in meeting 13 February - notes",
                   when=R.nl_dt(d_te, 11, 37),
                   msgid="<DB7PR01MB4410F3@DB7PR01MB4410.eurprd01.prod.noordhaven-dc.example>",
                   text=te.replace("**", ""), html=R.outlook_html(te, font_family="Arial", size_pt=10),
                   boundary_seed="nh0214"),
        "tussentijdse_evaluatie", d_te, "Outlook e-mail (multipart/alternative) in English",
        "English - body is the evaluation - meeting the day before the mail - names the knee operation")

    # ---------- non-RIV: holiday request during sick leave
    vac = [("title", "Verzoek vakantie tijdens ziekte / Request for holiday during sick leave"),
           ("kv", [("Werknemer / Employee", wn), ("BSN", B), ("Afdeling", "Inbound, DC Maasbergen"),
                   ("Periode / Period", "8 juli t/m 26 juli 2024"),
                   ("Bestemming / Destination", "Polen (familie)"),
                   ("Vakantie-uren", "15 dagen x 6 uur = 90 uur"),
                   ("Reactie bedrijfsarts", "geen bezwaar; herstel wordt niet belemmerd (telefonisch 20-05-2024)"),
                   ("Besluit HR", "toegestaan; de uren worden van het verlofsaldo afgeschreven"),
                   ("Datum", kort(d_vac))]),
           ("p", "Tijdens de vakantie blijft werknemer bereikbaar op zijn eigen telefoonnummer. Bij een spreekuur "
                 "of oproep van ArboLinq of UWV in deze periode meldt hij dit direct aan HR."),
           ("sig", [("HR", "Sandra Pietersen", kort(d_vac), None), ("Werknemer", wn, kort(d_vac), None)])]
    put(c, "Verzoek vakantie Polen juli 2024.docx",
        R.docx_bytes(vac, when=R.nl_dt(d_vac, 10, 15), author="Sandra Pietersen", fontname="Arial", size=10,
                     header=hdr, footer="HR-NH-022", company=wg),
        "", None, "Word docx kept (python-docx)",
        "non-RIV holiday request - quotes the company doctor's advice - bilingual")

    # ---------- eerstejaarsevaluatie (Word -> LibreOffice)
    eje = [
        ("title", "Eerstejaarsevaluatie / First-year evaluation"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Datum gesprek", kort(d_eje)),
                ("Aanwezig", "Krzysztof Zalewski, Marco de Beer, Sandra Pietersen"),
                ("Eerste ziektedag", kort(c.d0))]),
        ("h", "Terugblik eerste ziektejaar / Looking back"),
        ("ul", [f"{kort(d_pa)} probleemanalyse; {kort(d_pva)} plan van aanpak (spoor 1, eigen werk).",
                "November 2023: behandeling; vanaf 27 november 4 x 4 uur kantoorwerk inbound.",
                f"{kort(d_bpa)} bijstelling probleemanalyse: reachtruck langdurig niet mogelijk; 4 x 6 uur.",
                f"{kort(d_spu3)} bedrijfsarts: geen wijziging; advies tweede spoor bespreken.",
                "Cursus Nederlands A2 gevolgd (maart – juni 2024), examen in september."]),
        ("h", "Huidige situatie / Current situation"),
        ("p", "Krzysztof werkt 24 uur per week zittend op het inbound-kantoor. Dat werk is tijdelijk: het "
              "kantoor heeft drie vaste medewerkers en geen vacature. Terugkeer op de reachtruck is volgens de "
              "bedrijfsarts niet te verwachten."),
        ("h", "Beoogd resultaat tweede ziektejaar / Intended result for year two"),
        ("p", "Structureel passend werk van minimaal 24 uur, bij Noordhaven of bij een andere werkgever."),
        ("h", "Spoor 1"),
        ("p", "Krzysztof solliciteert intern op 'medewerker voorraadadministratie' (vraagt Nederlands B1; eerst het "
              "examen). Marco kijkt of er een vaste zittende functie in inbound kan komen."),
        ("h", "Spoor 2 / Track 2"),
        ("p", "We starten uiterlijk 15 september 2024 een tweede-spoortraject via Baanbrug Re-integratie. Baanbrug "
              "heeft een Poolssprekende consultant."),
        ("h", "Visie werkgever / Employer"),
        ("p", "Wij waarderen Krzysztof, maar we kunnen geen blijvende kantoorfunctie van 24 uur garanderen."),
        ("h", "Visie werknemer / Employee"),
        ("p", "I prefer to stay at Noordhaven, but I understand the office job is not permanent. I agree to look "
              "for work outside with Baanbrug. I will continue learning Dutch."),
        ("p", "Volgende evaluatie / Next evaluation: 24-09-2024."),
        ("sig", [("Werkgever", "Sandra Pietersen", kort(d_eje), "akkoord"), ("Werknemer", wn, kort(d_eje), "agreed")]),
    ]
    ejex = R.docx_bytes(eje, when=R.nl_dt(d_eje, 16, 5), author="Sandra Pietersen", fontname="Arial", size=10,
                        header=hdr, footer="HR-NH-015 rev. 3", company=wg)
    put(c, "EJE Krzysztof - first year evaluation.pdf", R.libreoffice_pdf(ejex, R.nl_dt(d_eje, 16, 9)),
        "eerstejaarsevaluatie", d_eje, "LibreOffice print of a Word file",
        "bilingual - names track 2 and the bureau - dates of earlier documents")

    # ---------- second track: Baanbrug
    bb_hdr = ["Baanbrug Re-integratie", "Kade 8, 6021 AB Maasbergen · info@baanbrug.example"]
    tp = [
        ("title", "Trajectplan tweede spoor"),
        ("kv", [("Kandidaat", wn), ("BSN", B), ("Werkgever", wg), ("Intake", f"{kort(d_intake)} (Pools en Engels)"),
                ("Consultant", "Agnieszka Nowak-de Wit"), ("Datum trajectplan", kort(d_tp))]),
        ("h", "Persoonsprofiel"),
        ("ul", ["Opleiding: technikum logistyki (mbo-niveau logistiek) in Polen.",
                "Werkervaring: 12 jaar magazijn, waarvan 7 jaar bij Noordhaven; reachtruck- en VCA-certificaat.",
                "Talen: Pools (moedertaal), Engels (B1), Nederlands (A2, examen september 2024).",
                "Digitaal: goed (WMS, scanners, Excel basis).",
                "Belastbaarheid: zittend werk, dagdienst, weinig lopen (volgens bedrijfsarts)."]),
        ("h", "Zoekprofiel"),
        ("p", "Zittend werk van 24 tot 40 uur in de regio Maasbergen (reistijd tot 45 minuten): administratief "
              "medewerker magazijn of transport, voorraadadministratie, planner (junior), klantenservice "
              "Pools/Engels."),
        ("h", "Activiteiten"),
        ("table", ["Maand", "Activiteit"], [
            ["september – oktober 2024", "arbeidsmarktoriëntatie, cv (NL en EN), LinkedIn-profiel"],
            ["november 2024", "sollicitatietraining, netwerkkaart, bedrijfsbezoeken"],
            ["december 2024 – maart 2025", "jobhunting, proefplaatsing zoeken"],
            ["april 2025", "afronding, eindrapportage"]], [55, 113]),
        ("p", "Voortgangsrapportage iedere twee maanden."),
        ("sig", [("Consultant", "A. Nowak-de Wit", kort(d_tp), None), ("Kandidaat", wn, kort(d_tp), None),
                 ("Werkgever", "S. Pietersen", kort(d_tp), None)]),
    ]
    put(c, "Baanbrug - Trajectplan tweede spoor Zalewski.pdf",
        R.libreoffice_pdf(R.docx_bytes(tp, when=R.nl_dt(d_tp, 12, 0), author="Agnieszka Nowak-de Wit",
                                       fontname="Georgia", size=10, header=bb_hdr, company="Baanbrug Re-integratie"),
                          R.nl_dt(d_tp, 12, 4)),
        "trajectplan_tweede_spoor", d_tp, "LibreOffice print of a Word file",
        "standard title - intake date a week earlier")
    vr = [
        ("title", "Voortgangsrapportage 2"),
        ("kv", [("Kandidaat", wn), ("BSN", B), ("Rapportageperiode", "1 december 2024 t/m 31 januari 2025"),
                ("Consultant", "Agnieszka Nowak-de Wit"), ("Datum", kort(d_vr))]),
        ("h", "Activiteiten in deze periode"),
        ("table", ["Datum", "Activiteit"], [
            ["03-12-2024", "coachgesprek; vacaturescan"], ["11-12-2024", "bedrijfsbezoek Veldkamp Auto-onderdelen"],
            ["07-01-2025", "sollicitatie administratief medewerker (Veldkamp)"],
            ["15-01-2025", "sollicitatiegesprek Veldkamp"], ["28-01-2025", "afspraken proefplaatsing"]], [35, 133]),
        ("h", "Sollicitaties"),
        ("ul", ["Administratief medewerker magazijn, Veldkamp Auto-onderdelen – uitgenodigd, proefplaatsing.",
                "Klantenservice Pools/Engels, Transpol Expeditie – afgewezen.",
                "Voorraadadministratie, Gebr. Lindemans – geen reactie.",
                "Planner junior, MBH Logistics – afgewezen (te weinig planningservaring)."]),
        ("h", "Inzet van de kandidaat"),
        ("p", "Goed. Krzysztof komt afspraken na en zoekt ook zelf. Het examen Nederlands A2 is gehaald."),
        ("h", "Afspraken komende periode"),
        ("p", "Proefplaatsing bij Veldkamp vanaf 3 maart 2025, 3 x 8 uur, met behoud van loon via Noordhaven. "
              "Volgende rapportage: april 2025."),
        ("p", f"Maasbergen, {lang(d_vr)} – A. Nowak-de Wit"),
    ]
    put(c, "Baanbrug voortgangsrapportage 2 (dec-jan).pdf",
        R.libreoffice_pdf(R.docx_bytes(vr, when=R.nl_dt(d_vr, 9, 30), author="Agnieszka Nowak-de Wit",
                                       fontname="Georgia", size=10, header=bb_hdr, company="Baanbrug Re-integratie"),
                          R.nl_dt(d_vr, 9, 33)),
        "voortgangsrapportage_tweede_spoor", d_vr, "LibreOffice print of a Word file",
        "period dates and a future start date inside")
    er = [
        ("title", "Eindrapportage tweede spoor"),
        ("kv", [("Kandidaat", wn), ("BSN", B), ("Traject", f"{kort(d_intake)} t/m {kort(d_er)}"),
                ("Consultant", "Agnieszka Nowak-de Wit"), ("Datum", kort(d_er))]),
        ("h", "Resultaat"),
        ("p", "Krzysztof werkt sinds 3 maart 2025 op proefplaatsing bij Veldkamp Auto-onderdelen B.V. als "
              "administratief medewerker magazijn, 3 x 8 uur, zittend werk. Veldkamp heeft laten weten hem per "
              "1 juni 2025 een arbeidsovereenkomst van 24 uur aan te bieden."),
        ("h", "Verloop"),
        ("p", "Het traject liep volgens het trajectplan: oriëntatie, cv, training, jobhunting. Van de 14 "
              "sollicitaties leidden er 3 tot een gesprek. De taal was bij klantenservicefuncties een drempel."),
        ("h", "Inzet werknemer"),
        ("p", "Zeer goed."),
        ("h", "Advies"),
        ("p", "Rond de overgang naar Veldkamp af (detachering tot 1 juni, daarna contract). Het tweede spoor wordt "
              "hiermee beëindigd. Voor de resterende uren vraagt werknemer een WIA-uitkering aan."),
        ("p", f"Maasbergen, {lang(d_er)} – A. Nowak-de Wit, re-integratieconsultant"),
    ]
    put(c, "Eindrapportage 2e spoor K. Zalewski.pdf",
        R.libreoffice_pdf(R.docx_bytes(er, when=R.nl_dt(d_er, 14, 0), author="Agnieszka Nowak-de Wit",
                                       fontname="Georgia", size=10, header=bb_hdr, company="Baanbrug Re-integratie"),
                          R.nl_dt(d_er, 14, 3)),
        "eindrapportage_tweede_spoor", d_er, "LibreOffice print of a Word file", "standard title - future dates inside")

    # ---------- AO.pdf: a UWV letter (not the actueel oordeel), copier scan
    rng = c.r(11)
    letter = R.Paper(rng, face="sans", size=10, margins=(18, 22, 20, 24))
    pages = letter.render([
        ("p", "**UWV**"), ("space", 14),
        ("p", f"{wg}\nt.a.v. HR, mevrouw S. Pietersen\nLogistiekweg 100\n6021 PX Maasbergen"), ("space", 10),
        ("kv", [("Datum", lang(d_uwv)), ("Ons kenmerk", "WIA/WG/2025/0429/7731"),
                ("Betreft", "Aanvraag WIA-uitkering van uw werknemer"), ("Werknemer", "K. Zalewski"),
                ("Burgerservicenummer", B)]),
        ("p", "Geachte mevrouw Pietersen,"),
        ("p", f"Uw werknemer is sinds {lang(c.d0)} ziek. Wij hebben hem een brief gestuurd dat hij een "
              "WIA-uitkering kan aanvragen. In deze brief leest u wat dit voor u betekent."),
        ("h3", "Wat moet uw werknemer doen?"),
        ("p", f"Uw werknemer moet de WIA-uitkering uiterlijk op {lang(appl)} aanvragen. Bij de aanvraag hoort het "
              "re-integratieverslag."),
        ("h3", "Wat moet u doen?"),
        ("p", "Zorg ervoor dat het re-integratieverslag compleet is en dat uw werknemer een kopie heeft. Stuurt u "
              "het verslag via het werkgeversportaal? Doe dat dan binnen 1 dag nadat uw werknemer de uitkering "
              "heeft aangevraagd. De medische informatie stuurt u niet mee."),
        ("h3", "Wanneer eindigt de wachttijd?"),
        ("p", f"De wachttijd van 104 weken eindigt op {lang(end_wt)}. Tot die datum betaalt u het loon door."),
        ("p", "Met vriendelijke groet,\n\nUWV\nafdeling Werkgevers – Sociaal-Medische Zaken"),
        ("small", "Dit is een brief over de aanvraag van uw werknemer. U hoeft niet te reageren."),
    ])
    put(c, "AO.pdf",
        R.image_pdf([R.degrade(p, rng, mode="g4", skew=0.5) for p in pages], 200, R.nl_dt(c.w(88, 3), 9, 14),
                    producer="SHARP MX-3071 PDF", creator="SHARP MX-3071"),
        "uwv_correspondentie", d_uwv, "copier scan image-only (CCITT G4)",
        "misleading name AO.pdf (not the actueel oordeel) - UWV WIA letter to the employer - application "
        "deadline and end of wachttijd inside - no text layer")

    # ---------- actueel oordeel (ArboLinq, wkhtmltopdf)
    ao = [("title", "Actueel oordeel"),
          *al_meta("Actueel oordeel t.b.v. re-integratieverslag (WIA-aanvraag)", d_ao, f"spreekuur {kort(d_spu4)}"),
          ("h", "Verloop"),
          ("p", f"Sinds de bijstelling van {kort(d_bpa)} is de belastbaarheid stabiel. De beperkingen zijn "
                "blijvend."),
          ("h", "Belastbaarheid"),
          ("p", "Zittend werk zonder beperking in dagdienst, tot 24 uur per week; staan en lopen maximaal 1 uur "
                "per dag; niet knielen, hurken of klimmen; geen werk op reachtruck of orderpicker."),
          ("h", "Stand van de re-integratie"),
          ("p", "Werknemer werkt sinds 3 maart 2025 24 uur op proefplaatsing bij een andere werkgever "
                "(administratief, zittend). Een contract per 1 juni 2025 is toegezegd."),
          ("h", "Arbeidsrelatie"),
          ("p", "Goed, zonder conflict."),
          ("h", "Passende arbeid bij de werkgever"),
          ("p", "Het eigen werk is niet passend. Het tijdelijke kantoorwerk op inbound was passend maar is niet "
                "structureel beschikbaar. Het werk bij de nieuwe werkgever (24 uur, zittend) is passend."),
          ("p", "De medische informatie stuur ik rechtstreeks aan UWV."),
          ("h", "Summary in English"),
          ("p", "Your limitations are permanent. Seated day-shift work up to 24 hours is suitable, like your job at "
                "Veldkamp. You can apply for WIA."),
          ("p", f"{ba}, bedrijfsarts · BIG {big} · ArboLinq")]
    gen_ao = R.nl_dt(c.w(89, 4), 8, 50)
    put(c, "Actueel oordeel - ArboLinq.pdf",
        R.wkhtml_pdf(html_page("arbolinq", al_page([R.blocks_html(ao)], gen_ao), "Actueel oordeel"), gen_ao),
        "actueel_oordeel", d_ao, "wkhtmltopdf print of an arbodienst portal page",
        "standard title - same portal template as the probleemanalyse - generation date a day later")

    # ---------- eindevaluatie (Word kept, bilingual)
    ev = [
        ("title", "Eindevaluatie / Final evaluation"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Functie", "Reachtruckchauffeur / orderpicker (40 uur)"),
                ("Eerste ziektedag", kort(c.d0)), ("Einde wachttijd", kort(end_wt)),
                ("Datum", kort(d_ev)), ("Opgesteld door", "Sandra Pietersen, HR Business Partner / casemanager")]),
        ("h", "1. Aard van het bedrijf / Nature of the business"),
        ("p", "Noordhaven Distributie B.V. exploiteert een distributiecentrum van 42.000 m² in Maasbergen voor "
              "retailketens: ontvangst, opslag, orderpicking en uitgaand transport, 24/7 in drie ploegen. Er werken "
              "ongeveer 520 mensen, van wie ruim de helft uit Polen, Roemenië en andere EU-landen. Het magazijnwerk "
              "is lichamelijk zwaar; de kantoorfuncties (planning, administratie) vragen Nederlands op B1- of "
              "B2-niveau."),
        ("h", "2. Terugblik / Looking back"),
        ("p", f"Zie de eerstejaarsevaluatie van {kort(d_eje)}. In het tweede jaar: tweede spoor via Baanbrug "
              f"vanaf {kort(d_intake)}, proefplaatsing bij Veldkamp Auto-onderdelen vanaf 3 maart 2025 (24 uur), "
              f"actueel oordeel van de bedrijfsarts op {kort(d_ao)}."),
        ("h", "3. Resultaat"),
        ("p", "Per 1 juni 2025 treedt Krzysztof in dienst bij Veldkamp (24 uur). Het dienstverband met Noordhaven "
              "wordt in goed overleg beëindigd."),
        ("h", "4. Arbeidsrelatie (werkgever)"),
        ("p", "Goed. Er zijn geen conflicten geweest."),
        ("h", "5. Passende arbeid bij Noordhaven (werkgever)"),
        ("p", "Er is bij Noordhaven geen structureel passend werk: het eigen werk kan niet meer, en het zittende "
              "kantoorwerk was tijdelijk. De interne vacature voorraadadministratie vroeg B1; Krzysztof heeft A2."),
        ("h", "6. Visie werknemer / Employee's view"),
        ("p", "I am happy with the job at Veldkamp. I still think I could have stayed in the inbound office."),
        ("sig", [("Werkgever", "Sandra Pietersen", kort(d_ev), None), ("Werknemer", wn, kort(d_ev), None)]),
    ]
    put(c, "Final evaluation - eindevaluatie Krzysztof.docx",
        R.docx_bytes(ev, when=R.nl_dt(d_ev, 13, 25), author="Sandra Pietersen", fontname="Arial", size=10,
                     header=hdr, footer="HR-NH-016 rev. 3", company=wg, title="Eindevaluatie"),
        "eindevaluatie", d_ev, "Word docx kept (python-docx)",
        "bilingual - aard van het bedrijf - future contract date and end of wachttijd inside")

    # ---------- oordeel werknemer: English reply whose body is the employee's view
    s_riv = (f"Dear Krzysztof,\n\nYesterday I gave you the envelope with all documents of your re-integration "
             "report (re-integratieverslag): the action plan, the evaluations, the reports of ArboLinq and "
             "Baanbrug and the final evaluation. Please read them. You can give your own opinion "
             "(oordeel werknemer); UWV wants to know if you agree. You can answer by e-mail.\n\n"
             f"Remember to apply for WIA before {eng(appl)}.\n\nKind regards,\nSandra")
    k_ow = (f"Hello Sandra,\n\nThis is my opinion about the re-integration report. BSN {B}.\n\n"
            "1. The dates and the facts in the documents are correct.\n"
            "2. I agree with the company doctor about my knee and what I can do.\n"
            "3. I do not agree that there was no permanent work for me in the inbound office. I did this job for "
            "more than one year without problems. I think Noordhaven could keep me there, also with my Dutch.\n"
            "4. Baanbrug helped me very well, Agnieszka most of all. I am happy with Veldkamp.\n\n"
            "Dziękuję / thank you,\nKrzysztof Zalewski")
    put(c, "RE Your re-integration report - your opinion.eml",
        R.make_eml(sender=krzys, to=[sandra], subject="Re: Your re-integration report - your opinion",
                   when=R.nl_dt(d_ow, 19, 22), msgid="<a81f2c0e-77d4-4d2b@skrzynka.example>",
                   text=k_ow + R.quoted_block_text(
                       [("On", f"{eng(d_riv)} 14:05"), ("Sandra Pietersen wrote", "")], s_riv),
                   in_reply_to="<DB7PR01MB4410C1@noordhaven-dc.example>", outlook=False, boundary_seed="kz0523",
                   user_agent="Poczta mobile 6.2"),
        "oordeel_werknemer", d_ow, "plain-text webmail reply in English",
        "reply chain - the body is the employee's view - partly disagrees - quoted HR mail names all RIV parts")


# ================================================================== case C: IT consultancy


def _browser_screen(url: str, portal: str, user: str, nav: list[str], active: int, title: str,
                    fields: list[tuple[str, str]], paras: list[tuple[str, str]]) -> R.Image.Image:
    """A browser window (1600 x 1000) showing an arbodienst portal page, drawn with Pillow."""
    from PIL import Image, ImageDraw
    W, H = 1600, 1000
    im = Image.new("RGB", (W, H), (250, 250, 251))
    d = ImageDraw.Draw(im)
    f = lambda k, s: R.font(k, s)  # noqa: E731
    d.rectangle((0, 0, W, 38), fill=(222, 225, 230))
    d.rounded_rectangle((70, 6, 420, 38), radius=8, fill=(250, 250, 251))
    d.text((88, 13), f"{portal} – Rapportage", font=f("dejavu", 13), fill=(40, 40, 40))
    d.text((440, 13), "+", font=f("dejavu", 15), fill=(80, 80, 80))
    for i, col in enumerate(((237, 106, 94), (245, 191, 79), (98, 197, 84))):
        d.ellipse((14 + i * 18, 14, 26 + i * 18, 26), fill=col)
    d.rectangle((0, 38, W, 80), fill=(250, 250, 251))
    d.rounded_rectangle((110, 46, W - 120, 74), radius=14, fill=(236, 238, 241))
    d.text((134, 52), url, font=f("dejavu", 14), fill=(60, 60, 70))
    d.text((20, 50), "←  →  ⟳", font=f("dejavu", 15), fill=(90, 90, 90))
    d.line((0, 80, W, 80), fill=(210, 210, 215))
    d.rectangle((0, 81, W, 135), fill=(28, 78, 140))
    d.text((28, 95), portal, font=f("dejavu-b", 24), fill=(255, 255, 255))
    d.text((W - 420, 103), user, font=f("dejavu", 14), fill=(210, 225, 245))
    d.rectangle((0, 136, 250, H), fill=(238, 242, 247))
    for i, n in enumerate(nav):
        y = 160 + i * 42
        if i == active:
            d.rectangle((0, y - 8, 250, y + 28), fill=(214, 226, 242))
            d.rectangle((0, y - 8, 5, y + 28), fill=(28, 78, 140))
        d.text((26, y), n, font=f("dejavu", 16), fill=(30, 50, 80))
    x0, y = 290, 160
    d.text((x0, y), title, font=f("dejavu-b", 24), fill=(20, 30, 50))
    y += 48
    for k, v in fields:
        d.text((x0, y), k, font=f("dejavu", 15), fill=(100, 100, 110))
        d.text((x0 + 210, y), v, font=f("dejavu", 15), fill=(20, 20, 20))
        y += 26
    y += 14
    d.line((x0, y, W - 40, y), fill=(210, 210, 215))
    y += 16
    for head, text in paras:
        if head:
            d.text((x0, y), head, font=f("dejavu-b", 16), fill=(28, 78, 140))
            y += 26
        words, line = text.split(), ""
        for w in words:
            t = (line + " " + w).strip()
            if f("dejavu", 15).getlength(t) > W - x0 - 60:
                d.text((x0, y), line, font=f("dejavu", 15), fill=(25, 25, 25))
                y += 23
                line = w
            else:
                line = t
        if line:
            d.text((x0, y), line, font=f("dejavu", 15), fill=(25, 25, 25))
            y += 23
        y += 10
    d.rectangle((0, H - 26, W, H), fill=(236, 238, 241))
    d.text((16, H - 21), "Stadskwartier Online · versie 4.12 · Uitloggen", font=f("dejavu", 12), fill=(110, 110, 110))
    return im


def case_quantaris() -> None:
    c = Case("Quantaris", "Quantaris - Verhoef M", dt.date(2024, 5, 6), 1703)
    B = c.bsn
    wg = "Quantaris Consulting B.V."
    wn, geb = "Maartje Verhoef", "22-09-1987"
    ba, big = "H.J. Kroeze", "69083342901"
    d_spu1, d_pa = c.w(6, 0), c.w(6, 1)               # 10/11-06-2024
    d_pva = c.w(7, 3)                                  # 20-06-2024
    d_meet, d_te, d_te_re = c.w(13, 3), c.w(13, 4), c.w(14, 0)   # 01/02/05-08-2024
    d_spu2, d_bpa, d_photo = c.w(20, 0), c.w(20, 1), c.w(20, 3)  # 16/17/19-09-2024
    d_bpva = c.w(21, 3)                                # 26-09-2024
    d_mi, d_mi_scan = c.w(22, 2), c.w(22, 3)           # 02/03-10-2024
    d_izp = c.w(49, 1)                                 # 08-04-2025
    d_eje = c.w(51, 1)                                 # 22-04-2025
    d_off = c.w(54, 2)                                 # 14-05-2025
    d_do_req, d_do, d_do_scan = c.w(65, 2), c.w(73, 1), c.w(73, 4)   # 30-07 / 23-09 / 26-09-2025
    d_vr = c.w(83, 2)                                  # 03-12-2025
    d_spu4, d_ao = c.w(88, 0), c.w(88, 2)              # 05/07-01-2026
    d_ev = c.w(90, 1)                                  # 20-01-2026
    d_ow = c.w(91, 1)                                  # 27-01-2026
    end_wt, appl = c.day(727), c.day(650)
    assert d_pa <= c.day(42) and d_pva <= d_pa + dt.timedelta(days=14) and d_ao < d_ev <= c.day(636)

    # dossier.yaml (CONTRACT.md fields; not a labelled document)
    (FILES / c.folder).mkdir(parents=True, exist_ok=True)
    (FILES / c.folder / "dossier.yaml").write_text(
        f"""# dossier Verhoef - ontvangen van Quantaris Consulting (HR), januari 2026
werknemer: {{naam: "M. Verhoef", bsn: "{B}", functie: "Senior consultant SAP Finance"}}
werkgever: {{naam: "{wg}", loonheffingennummer: "819402776L01", aard_van_het_bedrijf: "IT-consultancy (ERP-implementaties), 62 medewerkers"}}
bedrijfsarts: {{naam: "{ba}", organisatie: "Bedrijfsartsenpraktijk Stadskwartier"}}
casemanager: {{naam: "Bas Tjallema"}}
eerste_ziektedag: {c.d0.isoformat()}
aanvraag_wia: {c.w(92, 1).isoformat()}
""", encoding="utf-8")

    lh_sk = ["Bedrijfsartsenpraktijk Stadskwartier", "Lange Nieuwstraat 40 · 3512 PM Veenhorst · "
             "praktijk@stadskwartier-arbo.example"]
    bas = "Bas Tjallema <b.tjallema@quantaris.example>"
    maartje = "Maartje Verhoef <maartje.verhoef@webpost.example>"
    lieke = "Lieke Hoogendoorn <l.hoogendoorn@quantaris.example>"

    # ---------- probleemanalyse: a letter without a type word in the title (Word -> LibreOffice)
    pa = [
        ("p", f"{wg}\nt.a.v. de heer B. Tjallema, HR-manager\nKanaalstraat 214\n3542 KD Veenhorst"),
        ("right", f"Veenhorst, {lang(d_pa)}"),
        ("p", f"**Betreft:** mevrouw M. Verhoef, geboren {geb}, BSN {B} – mijn bevindingen en advies"),
        ("p", "Geachte heer Tjallema,"),
        ("p", f"Op {lang(d_spu1)} sprak ik mevrouw Verhoef op mijn spreekuur. Zij verzuimt sinds {lang(c.d0)}. "
              "Omdat ik verwacht dat het verzuim langer gaat duren, geef ik u en haar hierbij mijn oordeel en "
              "advies, zoals de Regeling procesgang vraagt binnen zes weken."),
        ("p", "**Wat speelt er.** Mevrouw is uitgevallen door een combinatie van langdurig hoge werkdruk bij "
              "klantprojecten, veel reistijd en omstandigheden thuis. Er is geen arbeidsconflict; wel is de "
              "planning van haar laatste project een terugkerend gespreksonderwerp met haar leidinggevende."),
        ("p", "**Wat kan zij nu wel en niet.** Zij kan zich maar kort concentreren en kan nu niet onder tijdsdruk "
              "werken. Klantcontact met hoge verwachtingen, conflicten hanteren en meerdere taken tegelijk lukken "
              "nu niet. Lichamelijk zijn er geen beperkingen. Zij kan 3 keer per week 2 uur werken, overdag, het "
              "liefst deels thuis."),
        ("p", "**Verwachting.** Ik verwacht dat zij binnen drie tot zes maanden gedeeltelijk kan hervatten in "
              "haar eigen werk, eerst zonder klantprojecten. Volledige terugkeer als externe consultant is "
              "waarschijnlijk, maar vraagt tijd."),
        ("p", "**Mijn advies.**"),
        ("ol", ["Start met kleine interne taken zonder deadlines (bijvoorbeeld documentatie van "
                "standaardinrichtingen), 3 x 2 uur per week.",
                "Wekelijks kort contact met de leidinggevende over werk en belasting, niet over de klachten.",
                "Geen inzet bij klanten tot ik dat anders adviseer.",
                "Een externe coach voor werkhervatting kan helpen.",
                "Stel binnen twee weken samen het plan van aanpak op. Ik zie haar over vier weken terug."]),
        ("p", "Met vriendelijke groet,\n\n\nH.J. Kroeze\nbedrijfsarts, BIG-registratie " + big),
        ("small", "Een kopie van deze brief ontvangt mevrouw Verhoef. Medische gegevens deel ik niet met de "
                  "werkgever."),
    ]
    pax = R.docx_bytes(pa, when=R.nl_dt(d_pa, 17, 10), author="H.J. Kroeze", fontname="Garamond", size=11,
                       header=lh_sk, company="Bedrijfsartsenpraktijk Stadskwartier")
    put(c, "Verhoef M - advies bedrijfsarts 11-06-2024.pdf", R.libreoffice_pdf(pax, R.nl_dt(d_pa, 17, 12)),
        "probleemanalyse", d_pa, "LibreOffice print of a Word letter",
        "letter without the word probleemanalyse - only 'oordeel en advies' and the six-week rule - consult date "
        "the day before")

    # ---------- plan van aanpak (Word -> LibreOffice), accepted digitally
    qhdr = [wg, "HR · Kanaalstraat 214 · 3542 KD Veenhorst"]
    pva = [
        ("title", "Plan van aanpak re-integratie"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Functie", "Senior consultant SAP Finance, 36 uur (4 x 9)"),
                ("Leidinggevende", "Lieke Hoogendoorn, practice lead Finance"),
                ("Casemanager", "Bas Tjallema, HR-manager"),
                ("Bedrijfsarts", f"{ba}, Bedrijfsartsenpraktijk Stadskwartier"),
                ("Eerste ziektedag", kort(c.d0)), ("Advies bedrijfsarts", kort(d_pa)),
                ("Versie", f"2 (definitief), {kort(d_pva)}")]),
        ("h", "Doel"),
        ("p", "Terugkeer in het eigen werk als consultant (spoor 1): eerst intern, daarna weer bij klanten."),
        ("h", "Activiteiten en termijnen"),
        ("table", ["Wat", "Wie", "Wanneer"], [
            ["Interne taken zonder deadlines: documentatie SAP-standaardinrichting Finance", "Maartje, Lieke",
             "vanaf 24 juni, 3 x 2 uur"],
            ["Wekelijks werkoverleg (30 minuten, online)", "Lieke", "maandag, vanaf 24 juni"],
            ["Coaching werkhervatting (6 gesprekken, kosten Quantaris)", "Maartje", "start juli"],
            ["Opbouw naar 3 x 3 uur als het drie weken goed gaat", "Maartje, Lieke", "vanaf half juli"],
            ["Spreekuur bedrijfsarts", "Maartje", "8 juli"]], [82, 36, 50]),
        ("h", "Evaluatie"),
        ("p", "Elke zes weken een gesprek met Maartje, Lieke en Bas (eerste keer 1 augustus 2024)."),
        ("h", "Visie werkgever"),
        ("p", "Maartje is een sterke consultant. We nemen de tijd; klantwerk komt pas terug als de bedrijfsarts "
              "dat adviseert."),
        ("h", "Visie werknemer"),
        ("p", "Ik wil terug, maar in een tempo dat ik volhoud. Ik wil niet onder druk weer bij een klant "
              "beginnen."),
        ("sig", [("Werkgever", "Bas Tjallema", kort(d_pva), f"digitaal akkoord {kort(d_pva)}"),
                 ("Werknemer", wn, kort(d_pva), f"digitaal akkoord {kort(d_pva)}")]),
    ]
    pvx = R.docx_bytes(pva, when=R.nl_dt(d_pva, 11, 30), author="Bas Tjallema", fontname="Segoe UI", size=10,
                       header=qhdr, footer="Quantaris HR – vertrouwelijk", company=wg)
    put(c, "Plan van aanpak MVL v2 getekend.pdf", R.libreoffice_pdf(pvx, R.nl_dt(d_pva, 11, 34)),
        "plan_van_aanpak", d_pva, "LibreOffice print of a Word file",
        "standard title - version 2 - digital acceptance lines")

    # ---------- tussentijdse evaluatie: verslag by HR, the employee's reply on top
    verslag = f"""Hoi Maartje,

Hierbij het verslag van ons gesprek van donderdag {lang(d_meet)} (Lieke, jij en ik). Dossier M. Verhoef, BSN {B}.

Hoe gaat het
Je werkt nu 3 x 3 uur, grotendeels thuis. De documentatie van de standaardinrichting schiet op; Lieke is er blij mee. Je merkt dat je na een ochtend werken moe bent en 's middags weinig meer kunt.

Afspraken uit het plan van aanpak van {lang(d_pva)}
- interne taken en wekelijks overleg: loopt
- coaching: gestart op 9 juli, 3 van de 6 gesprekken gehad
- opbouw naar 3 x 3 uur: gehaald sinds 15 juli

Vervolg
1. We houden 3 x 3 uur aan tot het spreekuur van 19 augustus.
2. Lieke vraagt of je in september een paar uur kunt meedenken in het project bij Hofstede Retail (op afstand, zonder klantcontact). Jij denkt daarover na.
3. Volgende evaluatie: 12 september.

Groet,
Bas

Bas Tjallema | HR-manager | Quantaris Consulting B.V."""
    reply = ("Hoi Bas,\n\nDank voor het verslag, klopt grotendeels. Twee aanvullingen:\n"
             "- Bij punt 2: ik heb gezegd dat ik dat eng vind. Mijn psycholoog raadt aan om voorlopig niet aan "
             "klantprojecten te werken, ook niet op afstand. Ik wil dat eerst met de bedrijfsarts bespreken.\n"
             "- De coaching vind ik nuttig.\n\nVerder akkoord.\n\nGroet,\nMaartje")
    hdr_q = [("Van", "Bas Tjallema <b.tjallema@quantaris.example>"), ("Verzonden", f"{dag(d_te)} 14:12"),
             ("Aan", "Maartje Verhoef"), ("CC", "Lieke Hoogendoorn"), ("Onderwerp", "Verslag gesprek 1 augustus")]
    put(c, "RE Verslag gesprek 1 augustus.eml",
        R.make_eml(sender=maartje, to=[bas], cc=[lieke], subject="RE: Verslag gesprek 1 augustus",
                   when=R.nl_dt(d_te_re, 9, 48), msgid="<VI1PR07MB6620E0@VI1PR07MB6620.eurprd07.prod.webpost.example>",
                   text=reply + R.quoted_block_text(hdr_q, verslag),
                   html=R.outlook_html(reply, R.quoted_block_html(hdr_q, verslag), font_family="Aptos"),
                   in_reply_to="<AS8PR02MB9011@quantaris.example>", boundary_seed="mv0805"),
        "tussentijdse_evaluatie", d_te, "Outlook e-mail (multipart/alternative) reply chain",
        "reply chain - the document is the quoted verslag dated three days before the reply - meeting the day "
        "before the verslag - the reply names her psychologist")

    # ---------- bijstelling probleemanalyse: phone photo of the portal page on a laptop
    screen = _browser_screen(
        "https://online.stadskwartier-arbo.example/dossier/24-0612/rapportages/3", "Stadskwartier Online",
        "Ingelogd: B. Tjallema (Quantaris Consulting)",
        ["Dossier", "Rapportages", "Afspraken", "Documenten", "Berichten", "Verzuimhistorie"], 1,
        "Rapportage bedrijfsarts",
        [("Werknemer", f"M. Verhoef (geb. {geb})"), ("BSN", B), ("Soort rapportage", "Bijstelling probleemanalyse"),
         ("Datum spreekuur", kort(d_spu2)), ("Datum rapportage", kort(d_bpa)), ("Bedrijfsarts", f"{ba}, BIG {big}")],
        [("Aanleiding", "Na een poging in augustus om mee te werken aan een klantproject (op afstand) is de "
                        "belastbaarheid teruggelopen. Ik stel mijn eerdere oordeel van 11-06-2024 bij."),
         ("Gewijzigde belastbaarheid", "Voorlopig maximaal 3 x 3 uur interne taken, zonder deadlines en zonder "
                                       "klantcontact. Geen klantprojecten, ook niet op afstand, gedurende ten "
                                       "minste zes maanden."),
         ("Prognose", "Terugkeer als externe consultant bij klanten is onzeker. Ik verwacht in het voorjaar van "
                      "2025 meer duidelijkheid."),
         ("Advies", "Pas het plan van aanpak aan. Overweeg rond de eerstejaarsevaluatie een arbeidsdeskundige. "
                    "Volgend spreekuur over zes weken.")])
    put(c, "IMG_3318.jpg",
        R.screen_photo(screen, c.r(4), exif=("Apple", "iPhone 13", dt.datetime.combine(d_photo, dt.time(15, 41, 7)))),
        "bijstelling_probleemanalyse", d_bpa, "phone photo of a laptop screen showing a portal page",
        "photo of a screen (moire, glare, perspective) - no text layer - photo taken two days after the report")

    # ---------- bijstelling plan van aanpak (Word kept)
    bpva = [
        ("title", "Aanvulling op het plan van aanpak"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Oorspronkelijk plan", kort(d_pva)),
                ("Aanleiding", f"bijstelling probleemanalyse {kort(d_bpa)}"), ("Datum", kort(d_bpva))]),
        ("h", "Wat verandert er"),
        ("p", "Het doel blijft terugkeer in het eigen werk, maar de weg ernaartoe is langer. Eerst stabiel "
              "9 uur per week intern werk; klantwerk (ook op afstand) niet vóór maart 2025."),
        ("h", "Nieuwe afspraken"),
        ("ol", ["Maartje werkt 3 x 3 uur aan interne taken zonder deadlines (documentatie, testscripts).",
                "Het meedenken in het project Hofstede Retail stopt per direct.",
                "Coaching wordt verlengd met 4 gesprekken.",
                "Evaluatie elke vier weken in plaats van zes; eerstvolgende 24 oktober.",
                "In het voorjaar van 2025 vragen we een arbeidsdeskundig advies als terugkeer bij klanten dan "
                "nog onzeker is."]),
        ("h", "Visie werkgever"),
        ("p", "We hadden het project in augustus niet moeten voorstellen. We houden ons aan het advies."),
        ("h", "Visie werknemer"),
        ("p", "Ik ben blij met de duidelijkheid. Ik wil wel dat er ook over een andere rol wordt nagedacht."),
        ("sig", [("Werkgever", "Bas Tjallema", kort(d_bpva), None), ("Werknemer", wn, kort(d_bpva), None)]),
    ]
    put(c, "Aanvulling plan van aanpak sept 2024.docx",
        R.docx_bytes(bpva, when=R.nl_dt(d_bpva, 10, 5), author="Bas Tjallema", fontname="Segoe UI", size=10,
                     header=qhdr, footer="Quantaris HR – vertrouwelijk", company=wg, title="Aanvulling PvA"),
        "bijstelling_plan_van_aanpak", d_bpva, "Word docx kept (python-docx)",
        "title says aanvulling not bijstelling - earlier dates inside")

    # ---------- medische informatie: the GP's journal print, scanned grey as document.pdf
    rng = c.r(7)
    gp = R.Paper(rng, face="mono", size=8.5, margins=(16, 14, 16, 16))
    pages = gp.render([
        ("p", "**HUISARTSENPRAKTIJK VEENHORST-ZUID**   Dr. Plesmanlaan 7, 3544 AZ Veenhorst"),
        ("p", "UITDRAAI JOURNAAL - op verzoek van patiënt - " + kort(d_mi) + " 10:22 - HIS"),
        ("hr",),
        ("p", f"Patiënt: M. Verhoef   Geb.: {geb}   BSN: {B}\nVerzekering: Zorgverzekeraar Noord (polis 88120xxx)"),
        ("hr",),
        ("p", "29-04-2024  S: Slaapt slecht, piekert, hartkloppingen, kan niet meer concentreren. Lange werkdagen, "
              "veel reizen. O: gespannen, RR 128/82. E: P78 Surmenage/burn-out. P: uitleg, POH-GGZ."),
        ("p", "07-05-2024  POH-GGZ: intake. 4DKL distress 24, somatisatie 14. Psycho-educatie. Verwijzing "
              "basis-GGZ psycholoog."),
        ("p", "03-06-2024  S: Paniekaanvallen in de trein. E: P74 Angststoornis/paniek. P: start escitalopram "
              "10 mg 1dd1. Controle 4 wk."),
        ("p", "01-07-2024  Gaat iets beter, bijwerkingen minder. Escitalopram continueren. Psycholoog: 6 "
              "sessies CGT."),
        ("p", "20-08-2024  Terugval na werkpoging klantproject. Slaap slechter. Escitalopram 15 mg. "
              "Overleg bedrijfsarts op verzoek pt."),
        ("p", "23-09-2024  Stabieler. Psycholoog: traject verlengd (EMDR niet geïndiceerd). Pt vraagt uitdraai "
              "voor werkgever; uitgelegd dat werkgever geen medische gegevens mag ontvangen."),
        ("hr",),
        ("p", "Medicatieoverzicht: escitalopram 15 mg 1dd1 (sinds 20-08-2024); oxazepam 10 mg zn (max 2x/wk)."),
        ("p", "Episodes: P78 Surmenage (29-04-2024), P74 Angststoornis (03-06-2024)."),
        ("p", "Huisarts: A.W. Oudejans"),
    ])
    put(c, "document.pdf",
        R.image_pdf([R.degrade(p, rng, mode="grey", dpi_out=150, skew=0.9) for p in pages], 150,
                    R.nl_dt(d_mi_scan, 9, 5), producer="RICOH IM C3000", jpeg_quality=48),
        "medische_informatie", d_mi, "grey copier scan image-only (JPEG)",
        "generic name document.pdf - GP journal print handed to HR by the employee - ICPC codes and medication "
        "- the employer must not hold it - print date is the document date")

    # ---------- inzetbaarheidsprofiel (Word -> LibreOffice) by the bedrijfsarts
    izp = [
        ("title", "Inzetbaarheidsprofiel"),
        ("kv", [("Werknemer", f"M. Verhoef, geb. {geb}"), ("BSN", B), ("Datum", kort(d_izp)),
                ("Opgesteld door", f"{ba}, bedrijfsarts"), ("Ten behoeve van", "eerstejaarsevaluatie")]),
        ("table", ["Rubriek", "Beperkt", "Toelichting"], [
            ["1. Persoonlijk functioneren", "ja", "concentreren: lange taken opknippen; geen hoge tijdsdruk of "
             "vaste deadlines; niet meerdere complexe taken tegelijk"],
            ["2. Sociaal functioneren", "ja", "geen intensief klantcontact met hoge verwachtingen; geen "
             "conflicthantering als kern van het werk"],
            ["3. Aanpassing aan fysieke omgevingseisen", "nee", ""],
            ["4. Dynamische handelingen", "nee", ""],
            ["5. Statische houdingen", "nee", ""],
            ["6. Werktijden", "ja", "4 dagen x 5 uur (20 uur), overdag, geen avond; reistijd beperken "
             "(geen dagelijkse reis > 45 min)"]], [52, 18, 98]),
        ("p", "Het profiel geldt voor ten minste zes maanden. Bij verandering stel ik het bij."),
        ("p", f"{ba}, bedrijfsarts – Bedrijfsartsenpraktijk Stadskwartier"),
    ]
    put(c, "Belastbaarheid MVL april 2025.pdf",
        R.libreoffice_pdf(R.docx_bytes(izp, when=R.nl_dt(d_izp, 16, 0), author="H.J. Kroeze", fontname="Garamond",
                                       size=11, header=lh_sk, company="Bedrijfsartsenpraktijk Stadskwartier"),
                          R.nl_dt(d_izp, 16, 3)),
        "inzetbaarheidsprofiel", d_izp, "LibreOffice print of a Word file",
        "file name says belastbaarheid - six rubrieken table")

    # ---------- eerstejaarsevaluatie (Word kept)
    eje = [
        ("title", "Eerstejaarsevaluatie (opschudmoment)"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Datum gesprek", kort(d_eje)),
                ("Aanwezig", "Maartje Verhoef, Lieke Hoogendoorn, Bas Tjallema"),
                ("Stukken", f"inzetbaarheidsprofiel {kort(d_izp)}; aanvulling plan van aanpak {kort(d_bpva)}")]),
        ("h", "Hoe is het eerste jaar gegaan?"),
        ("p", "Maartje werkt sinds januari 4 x 4 uur intern (documentatie, testscripts, kennisbank). Na de "
              "terugval in augustus 2024 is de opbouw rustig en stabiel verlopen. Klantwerk is er niet geweest."),
        ("h", "Wat willen we aan het eind van het tweede jaar bereikt hebben?"),
        ("p", "Structureel passend werk van 20 uur per week. Volgens het inzetbaarheidsprofiel is het werk als "
              "externe consultant bij klanten (deadlines, reizen, klantverwachtingen) voorlopig niet passend."),
        ("h", "Spoor 1"),
        ("p", "Quantaris biedt Maartje de interne functie functioneel applicatiebeheerder (eigen SAP-omgeving en "
              "interne systemen) aan, 4 x 5 uur, zonder klantcontact. Maartje wil hierover nadenken: zij vreest "
              "dat zij haar vak als consultant kwijtraakt."),
        ("h", "Spoor 2"),
        ("p", "Omdat Maartje twijfelt over de interne functie en graag wil onderzoeken of zij elders als "
              "consultant met minder reizen aan de slag kan, starten we in juni een tweede-spoortraject bij "
              "Koersvast Loopbaanbegeleiding."),
        ("h", "Visie werkgever"),
        ("p", "De interne functie is passend en blijvend. We willen Maartje graag houden."),
        ("h", "Visie werknemer"),
        ("p", "Ik ben niet tegen de interne rol, maar ik wil eerst weten wat mijn mogelijkheden zijn. Ik wil geen "
              "functie accepteren omdat het moet."),
        ("h", "Vervolg"),
        ("p", "Plan van aanpak wordt op deze punten aangevuld. Volgende evaluatie 3 juni 2025."),
        ("sig", [("Werkgever", "Bas Tjallema", kort(d_eje), None), ("Werknemer", wn, kort(d_eje), None)]),
    ]
    put(c, "EJE Maartje Verhoef.docx",
        R.docx_bytes(eje, when=R.nl_dt(d_eje, 15, 10), author="Bas Tjallema", fontname="Segoe UI", size=10,
                     header=qhdr, footer="Quantaris HR – vertrouwelijk", company=wg, title="EJE"),
        "eerstejaarsevaluatie", d_eje, "Word docx kept (python-docx)",
        "standard title with opschudmoment - questions as headings - names spoor 2 and the bureau")

    # ---------- non-RIV: the bureau's quotation
    kv_hdr = ["Koersvast Loopbaanbegeleiding", "Maliebaan 9 · 3541 CJ Veenhorst · www.koersvast.example"]
    off = [
        ("title", "Offerte loopbaantraject"),
        ("kv", [("Offertenummer", "KV-2025-0147"), ("Datum", kort(d_off)), ("Opdrachtgever", wg),
                ("Kandidaat", "M. Verhoef"), ("Geldig tot", "13-06-2025")]),
        ("p", "Naar aanleiding van ons gesprek met de heer Tjallema bieden wij een re-integratietraject tweede "
              "spoor aan, in combinatie met loopbaanoriëntatie."),
        ("table", ["Onderdeel", "Uren", "Bedrag"], [
            ["Intake en trajectplan", "4", "€ 520,00"], ["Loopbaanoriëntatie en testen", "8", "€ 1.040,00"],
            ["Arbeidsmarktbenadering, netwerk, sollicitatie", "16", "€ 2.080,00"],
            ["Rapportages (elke drie maanden) en eindrapportage", "6", "€ 780,00"],
            ["Totaal excl. btw", "34", "€ 4.420,00"]], [100, 20, 48]),
        ("p", "Start binnen twee weken na opdracht. Looptijd maximaal 9 maanden. Op deze offerte zijn onze "
              "algemene voorwaarden van toepassing."),
        ("p", "Met vriendelijke groet,\nRuben Achterberg, loopbaancoach / re-integratiedeskundige"),
    ]
    put(c, "Offerte loopbaantraject Koersvast.pdf",
        R.libreoffice_pdf(R.docx_bytes(off, when=R.nl_dt(d_off, 10, 40), author="Ruben Achterberg",
                                       fontname="Tahoma", size=10, header=kv_hdr, company="Koersvast"),
                          R.nl_dt(d_off, 10, 42)),
        "", None, "LibreOffice print of a Word file",
        "non-RIV quotation for a second-track trajectory - names intake trajectplan and rapportages")

    # ---------- deskundigenoordeel UWV: scan with an OCR text layer
    rng = c.r(9)
    do = R.Paper(rng, face="sans", size=10, margins=(18, 22, 22, 24), footer="WIA/DO 2025-09 · pagina {p} van 2")
    pages = do.render([
        ("p", "**UWV**"), ("space", 10),
        ("p", f"{wg}\nt.a.v. de heer B. Tjallema\nKanaalstraat 214\n3542 KD Veenhorst"), ("space", 8),
        ("kv", [("Datum", lang(d_do)), ("Ons kenmerk", "DO-25-09-33817"),
                ("Betreft", "Uw aanvraag om een deskundigenoordeel"), ("Werknemer", "M. Verhoef"),
                ("BSN", B)]),
        ("p", "Geachte heer Tjallema,"),
        ("p", f"Op {lang(d_do_req)} heeft u ons gevraagd om een oordeel. U wilt weten of het werk dat u uw "
              "werknemer aanbiedt passend is. In deze brief leest u ons oordeel."),
        ("h3", "Uw vraag"),
        ("p", "Is de functie functioneel applicatiebeheerder interne systemen (20 uur per week, 4 x 5 uur, geen "
              "klantcontact) passend voor mevrouw Verhoef?"),
        ("h3", "Wat hebben wij gedaan?"),
        ("p", "De verzekeringsarts heeft mevrouw Verhoef op 9 september 2025 gesproken en de gegevens van de "
              "bedrijfsarts bekeken. De arbeidsdeskundige heeft de functie vergeleken met haar mogelijkheden en "
              "met u en met haar gesproken."),
        ("h3", "Ons oordeel"),
        ("p", "Het aangeboden werk is passend. Het past bij de beperkingen die de verzekeringsarts vaststelt en "
              "bij haar opleiding en ervaring. Dat de functie minder uitdagend is dan haar eigen werk, maakt het "
              "werk niet ongeschikt."),
        ("p", "Wij adviseren mevrouw Verhoef om het werk te aanvaarden, en u om haar de ruimte te geven het "
              "tweede-spoortraject af te maken."),
        ("h3", "Wat betekent dit oordeel?"),
        ("p", "Dit oordeel is een advies. U en uw werknemer zijn er niet aan gebonden, maar een rechter kan het "
              "gebruiken. Mevrouw Verhoef krijgt een kopie van deze brief."),
        ("p", "Met vriendelijke groet,\n\nJ. Kamphuis, arbeidsdeskundige\ndrs. S. El Amrani-Visser, verzekeringsarts"),
    ])
    put(c, "Scan 2025-09-26 10.12.pdf",
        R.ocr_pdf([R.degrade(p, rng, mode="g4", skew=0.45) for p in pages], 200, R.nl_dt(d_do_scan, 10, 12),
                  producer="ScanSnap Manager #iX1600"),
        "deskundigenoordeel", d_do, "copier scan with tesseract OCR text layer",
        "scanner file name with the scan date - request date and consult date inside - employer asked for it")

    # ---------- voortgangsrapportage tweede spoor: Koersvast client portal, Chromium
    vr = [
        ("title", "Rapportage periode 2"),
        ("kv", [("Cliënt", "M. Verhoef"), ("BSN", B), ("Opdrachtgever", wg), ("Traject", "Re-integratie 2e spoor "
                                                                                         "+ loopbaanoriëntatie"),
                ("Periode", "1 september t/m 30 november 2025"), ("Coach", "Ruben Achterberg"),
                ("Datum rapportage", kort(d_vr))]),
        ("h", "Samenvatting"),
        ("p", "Maartje werkt sinds 1 oktober 2025 in de interne functie functioneel applicatiebeheerder bij "
              "Quantaris (20 uur), na het deskundigenoordeel van UWV. Het tweede spoor loopt in lager tempo door "
              "naast het werk."),
        ("h", "Activiteiten"),
        ("table", ["Datum", "Activiteit"], [
            ["04-09-2025", "coachgesprek: netwerkkaart, doelfuncties"],
            ["18-09-2025", "gesprek met een kleine SAP-partner (oriënterend)"],
            ["09-10-2025", "coachgesprek: combinatie interne rol en extern werk"],
            ["30-10-2025", "sollicitatie functioneel consultant, 16 uur, thuiswerk (afgewezen)"],
            ["20-11-2025", "coachgesprek; twee vacatures parttime consultancy bekeken"]], [35, 133]),
        ("h", "Inzet"),
        ("p", "Goed. Maartje is open over haar twijfels en komt afspraken na."),
        ("h", "Vervolg"),
        ("p", "Laatste periode december – februari. Eindrapportage uiterlijk in maart 2026."),
    ]
    gen = R.nl_dt(d_vr, 15, 27)
    body = ("<div class='hdr'><span class='name'>Koersvast</span><span class='meta'>Cliëntvolgsysteem · "
            f"rapportage 2 van 3<br>afgedrukt {gen.strftime('%d-%m-%Y %H:%M')} door r.achterberg</span></div>"
            + R.blocks_html(vr)
            + "<p class='small'>Koersvast Loopbaanbegeleiding · Maliebaan 9 · 3541 CJ Veenhorst</p>")
    put(c, "Koersvast rapportage 2 MVerhoef.pdf",
        R.chromium_pdf(html_page("koersvast", body, "Rapportage periode 2"), gen),
        "voortgangsrapportage_tweede_spoor", d_vr, "Chromium print of a bureau's client system",
        "title without voortgang - period dates - the trajectplan itself is missing from the folder")

    # ---------- actueel oordeel: letter of the same bedrijfsarts, with a title this time
    ao = [
        ("p", f"{wg}\nt.a.v. de heer B. Tjallema\nKanaalstraat 214\n3542 KD Veenhorst"),
        ("right", f"Veenhorst, {lang(d_ao)}"),
        ("title", "Actueel oordeel"),
        ("p", f"Werknemer: mevrouw M. Verhoef, geboren {geb}, BSN {B}. Eerste ziektedag {kort(c.d0)}. Spreekuur "
              f"{kort(d_spu4)}. Dit oordeel is bestemd voor het re-integratieverslag bij de aanvraag van een "
              "WIA-uitkering."),
        ("h", "Verloop en huidige belastbaarheid"),
        ("p", f"Sinds het inzetbaarheidsprofiel van {kort(d_izp)} is de belastbaarheid licht verbeterd. Mevrouw "
              "kan 20 tot 24 uur per week werken, overdag, zonder hoge tijdsdruk en zonder intensief "
              "klantcontact. Reizen beperken. Deze beperkingen zijn naar verwachting langdurig."),
        ("h", "Stand van de re-integratie"),
        ("p", "Sinds 1 oktober 2025 werkt zij 20 uur in de interne functie functioneel applicatiebeheerder. Dat "
              "gaat goed."),
        ("h", "Arbeidsrelatie"),
        ("p", "De verhouding stond in de zomer van 2025 onder druk door het verschil van inzicht over het "
              "aangeboden werk (deskundigenoordeel september 2025). Inmiddels is die hersteld."),
        ("h", "Passende arbeid bij de werkgever"),
        ("p", "De huidige functie is passend. Uitbreiding naar 24 uur in 2026 acht ik mogelijk. Het eigen werk "
              "als consultant bij klanten is niet passend."),
        ("p", "De medische informatie stuur ik, met toestemming van mevrouw, rechtstreeks naar UWV."),
        ("p", "Met vriendelijke groet,\n\n\nH.J. Kroeze, bedrijfsarts, BIG-registratie " + big),
    ]
    put(c, "Actueel oordeel M. Verhoef.pdf",
        R.libreoffice_pdf(R.docx_bytes(ao, when=R.nl_dt(d_ao, 16, 45), author="H.J. Kroeze", fontname="Garamond",
                                       size=11, header=lh_sk, company="Bedrijfsartsenpraktijk Stadskwartier"),
                          R.nl_dt(d_ao, 16, 47)),
        "actueel_oordeel", d_ao, "LibreOffice print of a Word letter",
        "same writer and letter form as the probleemanalyse - names the deskundigenoordeel")

    # ---------- eindevaluatie (Word kept)
    ev = [
        ("title", "Eindevaluatie"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Datum", kort(d_ev)), ("Eerste ziektedag", kort(c.d0)),
                ("Einde wachttijd", kort(end_wt)), ("Aanwezig", "Maartje Verhoef, Lieke Hoogendoorn, Bas Tjallema")]),
        ("h", "Het bedrijf"),
        ("p", "Quantaris Consulting B.V. is een IT-adviesbureau met 62 medewerkers. Wij implementeren en "
              "beheren ERP-systemen (vooral SAP) bij middelgrote en grote klanten. Ongeveer 45 consultants werken "
              "op projecten bij klanten, met veel reistijd en vaste opleverdata; daarnaast is er een kleine interne "
              "organisatie (HR, finance, IT-beheer, sales)."),
        ("h", "Terugblik"),
        ("p", f"Plan van aanpak {kort(d_pva)}; terugval na het projectvoorstel in augustus 2024 en bijstelling "
              f"{kort(d_bpa)}; aanvulling plan {kort(d_bpva)}; eerstejaarsevaluatie {kort(d_eje)} met aanbod "
              "interne functie; tweede spoor bij Koersvast vanaf juni 2025; deskundigenoordeel UWV "
              f"{kort(d_do)} (werk passend); sinds 1 oktober 2025 20 uur in de interne functie; actueel oordeel "
              f"{kort(d_ao)}."),
        ("h", "Kwaliteit van de arbeidsrelatie"),
        ("p", "Goed, na een moeilijke periode in de zomer van 2025."),
        ("h", "Passend werk bij Quantaris"),
        ("p", "De functie functioneel applicatiebeheerder (20 uur, uitbreiding naar 24 uur mogelijk) is passend "
              "en blijvend. Consultancywerk bij klanten is niet passend."),
        ("h", "Visie werknemer"),
        ("p", "Maartje geeft haar visie apart."),
        ("sig", [("Werkgever", "Bas Tjallema", kort(d_ev), None), ("Werknemer", wn, kort(d_ev), None)]),
    ]
    put(c, "EV Maartje def.docx",
        R.docx_bytes(ev, when=R.nl_dt(d_ev, 11, 50), author="Bas Tjallema", fontname="Segoe UI", size=10,
                     header=qhdr, footer="Quantaris HR – vertrouwelijk", company=wg, title="EV"),
        "eindevaluatie", d_ev, "Word docx kept (python-docx)",
        "aard van het bedrijf under 'Het bedrijf' - many earlier dates inside")

    # ---------- oordeel werknemer: her Word file attached to a reply (covering mail non-RIV)
    ow = [
        ("title", "Mijn reactie op het re-integratieverslag"),
        ("p", f"Maartje Verhoef, geboren {geb}, BSN {B}\nVeenhorst, {lang(d_ow)}"),
        ("p", "Ik heb alle stukken van het re-integratieverslag ontvangen en gelezen. Hieronder mijn reactie."),
        ("ol", ["De feiten en data in het verslag kloppen.",
                "Ik ben het eens met het actueel oordeel van de bedrijfsarts.",
                "Ik ben het niet eens met hoe de eindevaluatie de zomer van 2025 beschrijft. Ik heb de interne "
                "functie niet 'geweigerd': ik vroeg om bedenktijd tot het tweede spoor meer duidelijkheid gaf. "
                "Quantaris vroeg toen al een deskundigenoordeel aan.",
                "Het projectvoorstel in augustus 2024 kwam van mijn leidinggevende, terwijl de bedrijfsarts "
                "klantwerk had afgeraden. Dat heeft tot mijn terugval geleid. Ik vraag UWV dit mee te wegen.",
                "Ik wil de interne functie houden en zo mogelijk uitbreiden."]),
        ("p", "Maartje Verhoef"),
    ]
    owx = R.docx_bytes(ow, when=R.nl_dt(d_ow, 21, 5), author="Maartje Verhoef", fontname="Calibri", size=11,
                       company="")
    top = ("Hoi Bas,\n\nIn de bijlage mijn reactie op het re-integratieverslag. Wil je die bij de stukken doen? "
           "Ik doe vanavond de WIA-aanvraag.\n\nGroet,\nMaartje")
    quoted = (f"Hoi Maartje,\n\nHierbij alle stukken voor het re-integratieverslag als PDF. Je kunt je eigen "
              f"reactie geven; dat moet uiterlijk bij je aanvraag, die uiterlijk {lang(appl)} binnen moet zijn.\n\n"
              "Groet,\nBas")
    qh = [("Van", "Bas Tjallema"), ("Verzonden", f"{dag(c.w(90, 3))} 10:02"), ("Aan", "Maartje Verhoef"),
          ("Onderwerp", "Re-integratieverslag - jouw reactie")]
    put(c, "RE Re-integratieverslag - jouw reactie.eml",
        R.make_eml(sender=maartje, to=[bas], subject="RE: Re-integratieverslag - jouw reactie",
                   when=R.nl_dt(d_ow, 21, 9), msgid="<VI1PR07MB6620F7@VI1PR07MB6620.eurprd07.prod.webpost.example>",
                   text=top + R.quoted_block_text(qh, quoted),
                   html=R.outlook_html(top, R.quoted_block_html(qh, quoted), font_family="Aptos"),
                   attachments=[("Mijn reactie op het re-integratieverslag.docx", owx,
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                   in_reply_to="<AS8PR02MB9011B7@quantaris.example>", boundary_seed="mv0127"),
        "", None, "Outlook e-mail with a Word attachment", "covering reply only - the view is in the attachment")
    label(c, "RE Re-integratieverslag - jouw reactie.eml::Mijn reactie op het re-integratieverslag.docx",
          "oordeel_werknemer", d_ow, "Word docx attached to an e-mail",
          "attachment - everyday title - partly disagrees - names other RIV parts")


# ================================================================== case D: tomato nursery (glastuinbouw)


def handwritten_sheet(rng: random.Random, lines: list[str], *, size_mm=(210, 297), ruled=True,
                      paper=(250, 250, 244), ink=R.INK_BLUE, top_mm=24.0, pitch_mm=8.5, x_mm=16.0, size=15,
                      margin_line=False, holes=False):
    """A handwritten page (letter paper or a notepad leaf). '[sig]' in a line draws a signature."""
    p = R.Paper(rng, paper=paper, ink=ink)
    p._new_page()
    img, d = p.pages[0], p.d
    W, H = p.mm(size_mm[0]), p.mm(size_mm[1])
    if ruled:
        y = top_mm
        while y < size_mm[1] - 8:
            d.line((0, p.mm(y), W, p.mm(y)), fill=(172, 196, 222), width=2)
            y += pitch_mm
    if margin_line:
        d.line((p.mm(x_mm - 3), 0, p.mm(x_mm - 3), H), fill=(226, 140, 150), width=2)
    if holes:
        for yy in (size_mm[1] * 0.3, size_mm[1] * 0.7):
            d.ellipse((p.mm(4), p.mm(yy) - 14, p.mm(4) + 28, p.mm(yy) + 14), fill=(70, 70, 70))
    for i, line in enumerate(lines):
        if not line:
            continue
        indent = (len(line) - len(line.lstrip())) * 2.2
        base = p.mm(top_mm + i * pitch_mm) - p.px(size * 1.02)
        text = line.strip()
        if "[sig]" in text:
            before = text.split("[sig]")[0]
            x = p.hand(before, p.mm(x_mm + indent), base, size=size) if before else p.mm(x_mm + indent)
            p.scribble(int(x) + 10, base - 10, p.mm(34), p.px(30))
        else:
            p.hand(text, p.mm(x_mm + indent), base, size=size, angle=rng.uniform(-0.6, 0.6))
    return img.crop((0, 0, W, H))


def case_zonneveld() -> None:
    c = Case("Zonneveld", "Kwekerij Zonneveld - Henk Boekestijn", dt.date(2023, 11, 13), 1704)
    B = c.bsn
    wg = "Kwekerij Gebr. Zonneveld V.O.F."
    wn, geb = "Henk Boekestijn", "30-11-1966"
    ba, big = "A.C. Mulder-Brink", "89054410901"
    d_spu1, d_pa = c.w(5, 3), c.w(5, 4)               # 14/15-12-2023
    d_pva = c.w(7, 3)                                  # 28-12-2023
    d_te = c.w(13, 3)                                  # 08-02-2024
    d_42s, d_42, d_42r = c.w(42, 1), c.w(43, 1), c.w(43, 4)   # sent 27-08, letter 03-09, received 06-09-2024
    d_ad_int, d_ad = c.w(48, 2), c.w(49, 2)            # 09/16-10-2024
    d_eje = c.w(50, 1)                                 # 22-10-2024
    d_bpva = c.w(51, 3)                                # 31-10-2024
    d_intake, d_tp = c.w(53, 2), c.w(54, 2)            # 13/20-11-2024
    d_vr, d_vr_in = c.w(69, 4), c.w(70, 2)             # 07-03-2025, ONTVANGEN 12 MRT 2025
    d_fact, d_uren = c.w(73, 3), c.w(74, 4)            # 03/11-04-2025
    d_spu4, d_ao = c.w(88, 2), c.w(88, 3)              # 16/17-07-2025
    d_mi_in = c.w(89, 0)                               # ONTVANGEN 21 JUL 2025
    d_ev = c.w(90, 1)                                  # 29-07-2025
    d_ow = c.w(91, 4)                                  # 08-08-2025
    end_wt = c.day(727)
    assert d_pa <= c.day(42) and d_pva <= d_pa + dt.timedelta(days=14) and d_42s <= c.day(294)
    assert d_vr_in.strftime("%d%m%Y") == "12032025"
    assert d_ao < d_ev <= c.day(636)

    def mnd(d: dt.date) -> str:
        return f"{d.day:02d} {MND[d.month - 1].upper()} {d.year}"

    fax_from = "VAN: ARBOGROEN ZUID  FAX 0190 448213"

    # ---------- probleemanalyse received by fax (image only)
    rng = c.r(1)
    lh = ["ArboGroen Zuid", "arbodienst voor de glastuinbouw · Postbus 212 · 2690 AE Westerlier · tel. 0190-448212"]
    pa_blocks = [
        ("p", f"Aan: {wg}, t.a.v. mevrouw R. Zonneveld-Kant\nKassenweg 61, 2691 ZZ Westerlier"),
        ("right", f"Westerlier, {lang(d_pa)}"),
        ("title", "Probleemanalyse en advies"),
        ("kv", [("Werknemer", f"H. Boekestijn, geb. {geb}"), ("BSN", B), ("Functie", "Teeltmedewerker / "
                                                                                      "ploegleider oogst, 40 uur"),
                ("Eerste ziektedag", kort(c.d0)), ("Spreekuur", kort(d_spu1))]),
        ("h3", "1. Probleemanalyse"),
        ("p", "De heer Boekestijn is sinds 13 november uitgevallen. Er is sprake van dreigend langdurig verzuim. "
              "Er is geen bedrijfsongeval gemeld; het verzuim staat los van een arbeidsconflict."),
        ("h3", "2. Beperkingen en mogelijkheden"),
        ("ul", ["Niet tillen boven 10 kg; niet frequent bukken of gedraaid werken.",
                "Niet langer dan een half uur achtereen staan; afwisselen met zitten.",
                "Niet werken op de buisrailkar of op hoogte.",
                "Geen beperkingen in het aansturen van mensen, plannen en registreren.",
                "Werktijden: voorlopig ongeveer 3 uur per dag."]),
        ("h3", "3. Verwachting"),
        ("p", "Het herstel zal naar verwachting meerdere maanden duren. Terugkeer in het oogstwerk is onzeker; "
              "lichter werk kan op korte termijn."),
        ("h3", "4. Advies"),
        ("p", "Laat de heer Boekestijn starten met licht werk in de inpakhal (kwaliteitscontrole aan de "
              "sorteerband, zittend/staand) en ploegleiderstaken zonder lichamelijk werk, 4 x 3 uur. Stel binnen "
              "twee weken het plan van aanpak op. Ik zie hem over vier tot zes weken terug."),
        ("p", "Met vriendelijke groet,\n\n" + ba + ", bedrijfsarts\nBIG " + big),
    ]
    pages = R.Paper(rng, face="serif", size=11, letterhead=lh, lh_face="serif",
                    fax=f"{mnd(d_pa).replace(' ', '-')} 14:02  {fax_from}     NR. 4471   P. {{p}}/{{n}}",
                    ).render(pa_blocks)
    put(c, f"fax arbo {kort(d_pa)}.pdf",
        R.image_pdf([R.degrade(p, rng, mode="g4", fax=True, skew=0.4) for p in pages], 200, R.nl_dt(d_pa, 14, 3),
                    producer="Brother MFC-L2750DW (PC-FAX)"),
        "probleemanalyse", d_pa, "received fax stored as image-only PDF",
        "fax header line with transmission time - no text layer - standard title - consult the day before")

    # ---------- plan van aanpak: printed Word form, signed and annotated by hand, scanned
    rng = c.r(2)
    pva = [
        ("title", "Plan van aanpak"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Functie", "Teeltmedewerker / ploegleider oogst (40 uur)"),
                ("Eerste ziektedag", kort(c.d0)), ("Probleemanalyse", f"{kort(d_pa)} (A.C. Mulder-Brink)"),
                ("Casemanager", "Ria Zonneveld-Kant (administratie)"), ("Datum", kort(d_pva))]),
        ("h3", "Doel"),
        ("p", "Henk gaat weer aan het werk, eerst in de inpakhal. Doel is terug in zijn eigen werk als "
              "ploegleider oogst."),
        ("h3", "Afspraken"),
        ("table", ["Wat", "Wie", "Vanaf"], [
            ["Kwaliteitscontrole aan de sorteerband, 4 x 3 uur (ma, di, do, vr 8.00-11.00)", "Henk / Arie",
             "8 januari 2024"],
            ["Ploegleider-taken: werk verdelen, oogstregistratie invoeren (niet zelf oogsten)", "Henk",
             "8 januari 2024"],
            ["Uren erbij als het 3 weken goed gaat (overleg met Arie)", "Arie", "februari 2024"],
            ["Spreekuur ArboGroen", "Henk", "januari 2024"]], [96, 32, 40]),
        ("hw", "+ niet in kas 4 (te heet, lage teelt)  — A.Z.", {"x": 70, "up": 4, "size": 13, "angle": 2}),
        ("h3", "Evaluatie"),
        ("p", "Elke 6 weken praten Henk, Arie en Ria over hoe het gaat. Eerste keer begin februari."),
        ("hw", "ook na elk spreekuur arbo!", {"x": 100, "up": 10, "size": 13, "gap": 0.5}),
        ("h3", "Wat vindt de werkgever"),
        ("p", "Henk werkt hier al 25 jaar. We willen hem graag terug in de kas."),
        ("h3", "Wat vindt Henk"),
        ("p", "Ik wil zo snel mogelijk terug. Stilzitten thuis is niks voor mij."),
        ("sig", [("Werkgever", "A. Zonneveld", None, "28/12/23"), ("Werknemer", wn, None, "28-12")]),
    ]
    pages = R.Paper(rng, face="sans", size=10.5, letterhead=[wg, "Kassenweg 61 · 2691 ZZ Westerlier"]).render(pva)
    put(c, "PVA Henk.pdf",
        R.image_pdf([R.degrade(p, rng, mode="g4", skew=0.8) for p in pages], 200, R.nl_dt(c.w(8, 1), 13, 20),
                    producer="KYOCERA TASKalfa 2553ci", creator="KYOCERA Scan to PDF"),
        "plan_van_aanpak", d_pva, "copier scan image-only (CCITT G4)",
        "handwritten additions to the printed plan - handwritten signature dates - no text layer")

    # ---------- tussentijdse evaluatie: the owner's handwritten notes on a notepad, photographed
    rng = c.r(3)
    notes = ["8/2 gesprek Henk (Ria erbij)", "",
             "- gaat goed in inpakhal, nu 4x4 uur",
             "- na sorteerband 4 uur rug moe -> pauze",
             "   om 10 uur (afspraak)",
             "- registratie oogst doet hij goed, laptop",
             "- afspraken PvA: uren opgebouwd ok",
             "- arbo 20/2, dan kijken of 5 uur kan",
             "- volgende keer 21/3", "",
             "Henk akkoord      A.Z. [sig]"]
    sheet = handwritten_sheet(rng, notes, size_mm=(148, 210), top_mm=22, pitch_mm=9.0, x_mm=14, size=16,
                              margin_line=True)
    put(c, "notitie gesprek Henk feb.jpg",
        R.photo(sheet, rng, bg="desk", out=(1200, 1600), quality=60,
                exif=("motorola", "moto g54 5G", dt.datetime.combine(d_te, dt.time(16, 12, 40)))),
        "tussentijdse_evaluatie", d_te, "phone photo of a handwritten notepad page",
        "handwritten notes without a title - short dates (8/2 20/2 21/3) without a year - no text layer")

    # ---------- 42e-weeksmelding: UWV confirmation, scanned with a received stamp
    rng = c.r(4)
    uwv = [
        ("p", "**UWV**"), ("space", 12),
        ("p", f"{wg}\nKassenweg 61\n2691 ZZ Westerlier"), ("space", 8),
        ("kv", [("Datum", lang(d_42)), ("Ons kenmerk", "ZM42-2024-0903-11284"),
                ("Betreft", "Bevestiging ziekmelding langdurig zieke werknemer"),
                ("Werknemer", "H. Boekestijn"), ("Burgerservicenummer", B)]),
        ("p", "Geachte heer, mevrouw,"),
        ("p", f"Op {lang(d_42s)} heeft u uw werknemer bij ons ziek gemeld. Hij is ziek sinds {lang(c.d0)}. Met "
              "deze brief bevestigen wij uw melding."),
        ("h3", "Wat moet u nu doen?"),
        ("p", "Uw werknemer is bijna een jaar ziek. Maak samen met uw werknemer de eerstejaarsevaluatie. Daarin "
              "kijkt u terug op het eerste jaar en maakt u afspraken voor het tweede jaar. Kan uw werknemer niet "
              "terug in zijn eigen werk bij u? Denk dan ook aan werk bij een andere werkgever."),
        ("h3", "Heeft u vragen?"),
        ("p", "Kijk op uwv.nl/werkgevers of bel UWV Telefoon Werkgevers."),
        ("p", "Met vriendelijke groet,\n\nUWV"),
        ("stamp", ["ONTVANGEN", mnd(d_42r)], {"x": 128, "y": 18, "angle": -5, "color": (40, 60, 160)}),
    ]
    pages = R.Paper(rng, face="sans", size=10, margins=(18, 22, 22, 24)).render(uwv)
    put(c, "UWV ontvangen sept.pdf",
        R.ocr_pdf([R.degrade(p, rng, mode="g4", skew=0.6) for p in pages], 200, R.nl_dt(c.w(43, 4), 11, 2),
                  producer="KYOCERA TASKalfa 2553ci (searchable PDF)"),
        "ziekmelding_uwv", d_42, "copier scan with an OCR text layer and a received stamp",
        "UWV confirmation of the 42nd-week report - stamp date and send date differ from the letter date - "
        "names the eerstejaarsevaluatie")

    # ---------- arbeidsdeskundig rapport (Word -> LibreOffice)
    ad = [
        ("title", "Arbeidsdeskundig onderzoek"),
        ("kv", [("Werkgever", wg), ("Werknemer", f"{wn}, geb. {geb}"), ("BSN", B),
                ("Functie", "Teeltmedewerker / ploegleider oogst, 40 uur"), ("Bezoek bedrijf", kort(d_ad_int)),
                ("Rapport", kort(d_ad)), ("Arbeidsdeskundige", "J. Verbrugge, register-arbeidsdeskundige")]),
        ("h", "Vraagstelling"),
        ("p", "Kan de heer Boekestijn terug in zijn eigen werk? Zo niet: welk werk bij de kwekerij is passend, en "
              "is een tweede spoor nodig?"),
        ("h", "Het werk"),
        ("p", "Teeltmedewerkers oogsten tomaten vanaf de buisrailkar, dragen oogstkisten (12-14 kg), draaien "
              "planten in en plukken blad. Als ploegleider verdeelt Henk het werk over een ploeg van 6 tot 10 "
              "(seizoens)medewerkers en werkt hij zelf mee. Temperatuur in de kas tot 30 °C."),
        ("h", "Belastbaarheid"),
        ("p", "Volgens de bedrijfsarts: niet tillen boven 10 kg, niet frequent bukken of gedraaid werken, niet "
              "op de buisrailkar, afwisselen van zitten en staan; werktijden 5 uur per dag."),
        ("h", "Analyse"),
        ("table", ["Werk", "Passend?", "Uren beschikbaar"], [
            ["Eigen werk (oogst, gewasverzorging)", "nee", "–"],
            ["Ploegleider zonder meewerken", "nee, bestaat niet als aparte functie", "–"],
            ["Kwaliteitscontrole sorteerband (inpakhal)", "ja", "12 uur (seizoen maart – november)"],
            ["Oogstregistratie en planning (kantoor/tablet)", "ja", "8 uur, hele jaar"]], [70, 50, 48]),
        ("h", "Conclusie en advies"),
        ("ul", ["Het eigen werk is blijvend niet passend.",
                "Spoor 1: combineer kwaliteitscontrole en oogstregistratie tot een vaste functie van 20 uur; in de "
                "wintermaanden schuiven de uren naar registratie en voorbereiding.",
                "Spoor 2: start direct na de eerstejaarsevaluatie voor de overige 20 uur of een volledige baan "
                "elders (planner of werkvoorbereider tuinbouw, teamleider logistiek zonder tillen).",
                "Loonwaarde in het passende werk: ongeveer 85 % van het huidige uurloon."]),
        ("p", f"Westerlier, {lang(d_ad)}\nJ. Verbrugge, register-arbeidsdeskundige – Verbrugge Arbeid & Inzet"),
    ]
    put(c, "Arbeidsdeskundig rapport Boekestijn.pdf",
        R.libreoffice_pdf(R.docx_bytes(ad, when=R.nl_dt(d_ad, 17, 5), author="J. Verbrugge", fontname="Book Antiqua",
                                       size=10.5, header=["Verbrugge Arbeid & Inzet", "Postbus 88, 2690 AB Westerlier"],
                                       company="Verbrugge Arbeid & Inzet"), R.nl_dt(d_ad, 17, 8)),
        "arbeidsdeskundig_rapport", d_ad, "LibreOffice print of a Word file",
        "standard title - site visit date a week earlier - loonwaarde")

    # ---------- eerstejaarsevaluatie (Word -> LibreOffice)
    eje = [
        ("title", "Eerstejaarsevaluatie"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Datum", kort(d_eje)), ("Aanwezig", "Henk, Arie Zonneveld, Ria "
                                                                                     "Zonneveld-Kant")]),
        ("h", "Hoe ging het eerste jaar"),
        ("p", "Henk werkt sinds januari in de inpakhal en doet de oogstregistratie, nu 4 x 5 uur. In maart is hij "
              "behandeld; daarna is hij in mei weer begonnen. Terug in de kas lukt niet. De arbeidsdeskundige "
              f"({kort(d_ad)}) zegt dat het eigen werk blijvend niet passend is."),
        ("h", "Wat willen we over een jaar bereikt hebben"),
        ("p", "Een vaste functie van 20 uur bij ons (kwaliteitscontrole en oogstregistratie) en werk elders voor "
              "de andere 20 uur, of een volledige baan elders als dat beter past."),
        ("h", "Hoe gaan we dat doen"),
        ("ul", ["Vaste functie 20 uur vastleggen per 1 december 2024.",
                "Tweede spoor via Groenpad Re-integratie, start november 2024.",
                "Plan van aanpak aanpassen (volgt binnen twee weken)."]),
        ("h", "Wat vindt de werkgever"),
        ("p", "Henk is een vakman. Jammer dat de kas niet meer gaat. We houden hem graag voor 20 uur."),
        ("h", "Wat vindt Henk"),
        ("p", "Ik had liever de kas terug. Als het niet kan, wil ik de 20 uur hier houden en wil ik kijken wat er "
              "buiten is."),
        ("sig", [("Werkgever", "A. Zonneveld", kort(d_eje), None), ("Werknemer", wn, kort(d_eje), None)]),
    ]
    zhdr = [wg, "Kassenweg 61 · 2691 ZZ Westerlier"]
    put(c, "Eerstejaarsevaluatie Henk Boekestijn.pdf",
        R.libreoffice_pdf(R.docx_bytes(eje, when=R.nl_dt(d_eje, 20, 15), author="Ria Zonneveld", fontname="Arial",
                                       size=10.5, header=zhdr, company=wg), R.nl_dt(d_eje, 20, 18)),
        "eerstejaarsevaluatie", d_eje, "LibreOffice print of a Word file",
        "standard title - plain questions as headings - names the arbeidsdeskundige and spoor 2")

    # ---------- bijstelling plan van aanpak (Word kept)
    bpva = [
        ("title", "Bijstelling plan van aanpak"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Datum", kort(d_bpva)),
                ("Waarom", f"eerstejaarsevaluatie {kort(d_eje)} en advies arbeidsdeskundige {kort(d_ad)}")]),
        ("h", "Nieuw doel"),
        ("p", "Spoor 1: vaste functie 'medewerker kwaliteit en registratie', 20 uur, per 1 december 2024.\n"
              "Spoor 2: werk bij een andere werkgever voor 20 uur of een volledige baan."),
        ("h", "Nieuwe afspraken"),
        ("table", ["Wat", "Wie", "Wanneer"], [
            ["Functieomschrijving en rooster vastleggen", "Ria", "voor 1 december"],
            ["Intake Groenpad Re-integratie", "Henk", "13 november"],
            ["Trajectplan tweede spoor", "Groenpad", "eind november"],
            ["Evaluatie spoor 1 en spoor 2", "Arie, Ria, Henk", "elke 6 weken, eerste keer 12 december"]],
         [80, 38, 50]),
        ("h", "Wat vinden wij en wat vindt Henk"),
        ("p", "Werkgever: eens. Henk: eens, maar hij wil niet verder dan 30 km rijden."),
        ("sig", [("Werkgever", "A. Zonneveld", kort(d_bpva), None), ("Werknemer", wn, kort(d_bpva), None)]),
    ]
    put(c, "Bijstelling PvA Henk okt 2024.docx",
        R.docx_bytes(bpva, when=R.nl_dt(d_bpva, 19, 40), author="Ria Zonneveld", fontname="Arial", size=10.5,
                     header=zhdr, company=wg, title="Bijstelling PvA"),
        "bijstelling_plan_van_aanpak", d_bpva, "Word docx kept (python-docx)",
        "standard title - quotes the EJE and AD dates")

    # ---------- trajectplan: Groenpad client portal, Chromium
    tp = [
        ("title", "Trajectplan 2e spoor"),
        ("kv", [("Deelnemer", f"{wn} (geb. {geb})"), ("BSN", B), ("Werkgever", wg), ("Intake", kort(d_intake)),
                ("Jobcoach", "Mirjam Schreuder"), ("Datum plan", kort(d_tp))]),
        ("h", "Wie is Henk"),
        ("p", "LTS en vakopleiding glastuinbouw; 26 jaar in de tomatenteelt, waarvan 12 jaar als ploegleider van "
              "ploegen tot 10 mensen (ook Poolse en Roemeense seizoenskrachten). Heftruckcertificaat. Werkt goed "
              "met de oogstregistratie op tablet en laptop."),
        ("h", "Wat zoekt Henk"),
        ("p", "Werk waarin hij zijn kennis van de teelt en het aansturen van mensen gebruikt, zonder tillen en "
              "bukken: werkvoorbereider of planner tuinbouw, teamleider logistiek/expeditie (niet meewerkend), "
              "kwaliteitsmedewerker bij een veiling of handelsbedrijf. Reisafstand tot 30 km."),
        ("h", "Plan"),
        ("table", ["Periode", "Wat gaan we doen"], [
            ["november – december 2024", "netwerkgesprekken in de tuinbouw, cv, LinkedIn"],
            ["januari – februari 2025", "vacatures, open sollicitaties bij 10 bedrijven"],
            ["maart – juni 2025", "sollicitaties, proefplaatsing"],
            ["juli 2025", "afronding"]], [50, 118]),
        ("p", "Voortgangsrapportage iedere drie maanden; eindrapportage bij afronding."),
        ("sig", [("Jobcoach", "M. Schreuder", kort(d_tp), None), ("Deelnemer", wn, "", None)]),
    ]
    gen = R.nl_dt(d_tp, 14, 48)
    body = ("<div class='hdr'>Groenpad Re-integratie<small>cliëntportaal · werk in en buiten het groen</small></div>"
            f"<div class='crumb'>Deelnemers › Boekestijn, H. › Documenten › Trajectplan · afgedrukt "
            f"{gen.strftime('%d-%m-%Y %H:%M')}</div>" + R.blocks_html(tp))
    put(c, "Trajectplan spoor 2 Henk.pdf", R.chromium_pdf(html_page("groenpad", body, "Trajectplan 2e spoor"), gen),
        "trajectplan_tweede_spoor", d_tp, "Chromium print of a bureau's client portal",
        "everyday headings (Wie is Henk / Wat zoekt Henk) - intake date a week earlier")

    # ---------- voortgangsrapportage: posted letter, stamped ONTVANGEN 12 MRT 2025, scanned
    rng = c.r(5)
    vr = [
        ("title", "Voortgangsrapportage 1"),
        ("kv", [("Deelnemer", wn), ("BSN", B), ("Periode", "20 november 2024 t/m 28 februari 2025"),
                ("Jobcoach", "Mirjam Schreuder"), ("Datum", lang(d_vr))]),
        ("h3", "Wat is er gedaan"),
        ("ul", ["9 gesprekken met Henk; 6 netwerkgesprekken (2 kwekerijen, een veiling, een "
                "tuinbouwtoeleverancier, 2 transportbedrijven).",
                "12 open sollicitaties en 4 reacties op vacatures.",
                "Gesprek bij Frutoria Handelsbedrijf voor kwaliteitscontroleur (februari)."]),
        ("h3", "Resultaat tot nu toe"),
        ("p", "Nog geen plaatsing. Frutoria koos een jongere kandidaat met een hbo-opleiding. Henk merkt dat zijn "
              "leeftijd een rol speelt."),
        ("h3", "Inzet"),
        ("p", "Henk doet goed mee en houdt zijn lijst met sollicitaties zelf bij."),
        ("h3", "Volgende periode"),
        ("p", "Proefplaatsing zoeken bij een handelsbedrijf in de regio; oefenen met gesprekken."),
        ("p", "Mirjam Schreuder, jobcoach Groenpad Re-integratie"),
        ("stamp", ["ONTVANGEN", mnd(d_vr_in)], {"x": 122, "y": 12, "angle": 4, "color": (40, 60, 160)}),
    ]
    pages = R.Paper(rng, face="gothic", size=10, letterhead=["Groenpad Re-integratie", "Veilingweg 3 · 2691 "
                                                             "BK Westerlier"], lh_face="gothic").render(vr)
    put(c, "scan_20250312.pdf",
        R.image_pdf([R.degrade(p, rng, mode="g4", skew=0.6) for p in pages], 200, R.nl_dt(d_vr_in, 9, 41),
                    producer="KYOCERA TASKalfa 2553ci", creator="KYOCERA Scan to PDF"),
        "voortgangsrapportage_tweede_spoor", d_vr, "copier scan image-only with a received stamp",
        "stamp ONTVANGEN 12 MRT 2025 and scan date in the file name differ from the report date - period dates")

    # ---------- non-RIV: the arbodienst's invoice
    fact = [
        ("title", "Factuur"),
        ("kv", [("Factuurnummer", "2025-0311"), ("Factuurdatum", kort(d_fact)), ("Klantnummer", "GZ-0412"),
                ("Aan", f"{wg}, Kassenweg 61, 2691 ZZ Westerlier")]),
        ("table", ["Datum", "Omschrijving", "Bedrag"], [
            ["Q1 2025", "Abonnement verzuimbegeleiding, 28 medewerkers", "€ 588,00"],
            ["04-02-2025", "Spreekuur bedrijfsarts – H. Boekestijn (vervolgconsult)", "€ 165,00"],
            ["11-02-2025", "Telefonisch consult casemanager", "€ 45,00"],
            ["04-03-2025", "Spreekuur bedrijfsarts – seizoensmedewerker", "€ 165,00"],
            ["", "Subtotaal", "€ 963,00"], ["", "Btw 21 %", "€ 202,23"], ["", "Totaal", "€ 1.165,23"]],
         [28, 100, 40]),
        ("p", "Gelieve te betalen binnen 30 dagen onder vermelding van het factuurnummer. Vragen? "
              "administratie@arbogroen-zuid.example"),
    ]
    put(c, "Factuur ArboGroen 2025-0311.pdf",
        R.libreoffice_pdf(R.docx_bytes(fact, when=R.nl_dt(d_fact, 8, 30), author="ArboGroen Zuid", fontname="Arial",
                                       size=10, header=lh, company="ArboGroen Zuid"), R.nl_dt(d_fact, 8, 31)),
        "", None, "LibreOffice print of a Word file",
        "non-RIV invoice of the arbodienst - names a consult with the employee")

    # ---------- non-RIV: hours sheet (art. 3 notes)
    rows = []
    for wk, hrs in zip(range(10, 16), ("5,5,5,5", "5,5,5,5", "5,5,5,5", "5,5,0,5", "5,5,5,5", "5,5,5,5"), strict=False):
        h = hrs.split(",")
        rows.append([str(wk), h[0], h[1], "–", h[2], h[3], str(sum(int(x) for x in h))])
    uren = [("title", "Urenstaat inpakhal en registratie – H. Boekestijn"),
            ("p", "Weken 10 t/m 15 (2025). Vaste functie medewerker kwaliteit en registratie, 20 uur."),
            ("table", ["Week", "ma", "di", "wo", "do", "vr", "totaal"], rows, [20, 22, 22, 22, 22, 22, 38]),
            ("p", "Week 13: donderdag vrij (tandarts). Akkoord: A. Zonneveld")]
    put(c, "urenstaat Henk wk 10-15.pdf",
        R.libreoffice_pdf(R.docx_bytes(uren, when=R.nl_dt(d_uren, 16, 0), author="Ria Zonneveld", fontname="Arial",
                                       size=10, header=zhdr, company=wg), R.nl_dt(d_uren, 16, 1)),
        "", None, "LibreOffice print of a Word file", "non-RIV hours record (Regeling art. 3 notes)")

    # ---------- actueel oordeel by fax
    rng = c.r(6)
    ao = [
        ("p", f"Aan: {wg}, t.a.v. mevrouw R. Zonneveld-Kant"),
        ("right", f"Westerlier, {lang(d_ao)}"),
        ("title", "Actueel oordeel"),
        ("kv", [("Werknemer", f"H. Boekestijn, geb. {geb}"), ("BSN", B), ("Eerste ziektedag", kort(c.d0)),
                ("Spreekuur", kort(d_spu4)), ("Doel", "re-integratieverslag bij de WIA-aanvraag")]),
        ("h3", "Belastbaarheid"),
        ("p", "Sinds het voorjaar van 2024 stabiel en blijvend: niet tillen boven 10 kg, niet frequent bukken of "
              "gedraaid werken, niet op hoogte, afwisselen van zitten en staan. Werktijden: tot 20 uur per week."),
        ("h3", "Re-integratie"),
        ("p", "Werkt sinds 1 december 2024 20 uur in de vaste functie kwaliteit en registratie. Het tweede spoor "
              "(Groenpad) heeft geen baan opgeleverd."),
        ("h3", "Arbeidsrelatie"),
        ("p", "Goed."),
        ("h3", "Passende arbeid bij de werkgever"),
        ("p", "De huidige functie van 20 uur is passend. Meer uren zijn niet passend; ander werk bij de kwekerij "
              "is er niet."),
        ("p", "De medische informatie gaat rechtstreeks naar UWV.\n\n" + ba + ", bedrijfsarts, BIG " + big),
    ]
    pages = R.Paper(rng, face="serif", size=11, letterhead=lh, lh_face="serif",
                    fax=f"{mnd(d_ao).replace(' ', '-')} 15:31  {fax_from}     NR. 9102   P. {{p}}/{{n}}").render(ao)
    put(c, f"fax arbo {kort(d_ao)}.pdf",
        R.image_pdf([R.degrade(p, rng, mode="g4", fax=True, skew=0.4) for p in pages], 200, R.nl_dt(d_ao, 15, 32),
                    producer="Brother MFC-L2750DW (PC-FAX)"),
        "actueel_oordeel", d_ao, "received fax stored as image-only PDF",
        "same fax layout and file-name pattern as the probleemanalyse - no text layer")

    # ---------- medical information: sent to the employer by mistake, stamped and scanned
    rng = c.r(7)
    mi = [
        ("p", "**MEDISCH GEHEIM**\nUWV, t.a.v. de verzekeringsarts\n(in gesloten envelop)"),
        ("right", f"Westerlier, {lang(d_ao)}"),
        ("title", "Medische informatie"),
        ("kv", [("Betreft", f"H. Boekestijn, geb. {geb}"), ("BSN", B), ("Eerste ziektedag", kort(c.d0))]),
        ("p", "Diagnose: lumbosacraal radiculair syndroom L5 rechts bij een HNP L4-L5 (MRI 12-12-2023). "
              "Behandeling: twee epidurale injecties (januari 2024, pijnpoli), daarna operatieve decompressie "
              "door de neurochirurg op 14-03-2024. Restklachten: rugpijn bij belasting en een doof gevoel van de "
              "rechtervoet. Pijnrevalidatieprogramma mei – augustus 2024."),
        ("p", "Medicatie: amitriptyline 10 mg voor de nacht; paracetamol zo nodig."),
        ("p", "Prognose: geen wezenlijke verbetering meer te verwachten; de beperkingen zijn duurzaam."),
        ("p", ba + ", bedrijfsarts, BIG " + big),
        ("stamp", ["ONTVANGEN", mnd(d_mi_in)], {"x": 120, "y": 16, "angle": -3, "color": (40, 60, 160)}),
    ]
    pages = R.Paper(rng, face="serif", size=11, letterhead=lh, lh_face="serif").render(mi)
    put(c, "post arbo juli.pdf",
        R.image_pdf([R.degrade(p, rng, mode="g4", skew=0.5) for p in pages], 200, R.nl_dt(d_mi_in, 10, 7),
                    producer="KYOCERA TASKalfa 2553ci", creator="KYOCERA Scan to PDF"),
        "medische_informatie", d_ao,
        "copier scan image-only with a received stamp",
        "medical part meant for the verzekeringsarts opened and scanned by the employer - same date as the "
        "actueel oordeel - stamp date later - no text layer")

    # ---------- eindevaluatie (Word -> LibreOffice)
    ev = [
        ("title", "Eindevaluatie"),
        ("kv", [("Werknemer", wn), ("BSN", B), ("Datum", kort(d_ev)), ("Eerste ziektedag", kort(c.d0)),
                ("Einde wachttijd", kort(end_wt))]),
        ("h", "Ons bedrijf"),
        ("p", "Kwekerij Gebr. Zonneveld is een tomatenkwekerij met 9 hectare glas in Westerlier. Er werken 28 "
              "vaste medewerkers en in het seizoen 15 tot 25 seizoenskrachten. Het meeste werk is lichamelijk: "
              "oogsten, gewasverzorging, inpakken en laden. Kantoorwerk is er weinig (administratie, planning)."),
        ("h", "Terugblik"),
        ("p", f"Na zijn hernia-operatie in maart 2024 is Henk in de inpakhal en met de oogstregistratie "
              f"begonnen. Eerstejaarsevaluatie {kort(d_eje)}; vaste functie van 20 uur sinds 1 december 2024. "
              f"Tweede spoor bij Groenpad van november 2024 tot juli 2025 zonder resultaat. Actueel oordeel "
              f"{kort(d_ao)}."),
        ("h", "Hoe is de verhouding met Henk"),
        ("p", "Goed. Henk hoort bij de kwekerij."),
        ("h", "Passend werk bij ons"),
        ("p", "De functie kwaliteit en registratie (20 uur) is passend en blijft. Meer passend werk hebben wij "
              "niet; alle andere functies zijn lichamelijk zwaar."),
        ("h", "Wat vindt Henk"),
        ("p", "Henk wil de 20 uur houden. Hij vindt het jammer dat het tweede spoor niets heeft opgeleverd."),
        ("sig", [("Werkgever", "A. Zonneveld", kort(d_ev), None), ("Werknemer", wn, kort(d_ev), None)]),
    ]
    put(c, "Eindevaluatie Henk.pdf",
        R.libreoffice_pdf(R.docx_bytes(ev, when=R.nl_dt(d_ev, 20, 5), author="Ria Zonneveld", fontname="Arial",
                                       size=10.5, header=zhdr, company=wg), R.nl_dt(d_ev, 20, 9)),
        "eindevaluatie", d_ev, "LibreOffice print of a Word file",
        "employer-side document names a diagnosis (hernia-operatie) - aard van het bedrijf under 'Ons bedrijf'")

    # ---------- oordeel werknemer: handwritten letter, photographed
    rng = c.r(8)
    letter = [f"Westerlier  {d_ow.day}-{d_ow.month}-{d_ow.year}", "",
              "Aan het UWV", "",
              "Mijn mening over het re-integratieverslag", "",
              f"Ik ben Henk Boekestijn, BSN {B}.",
              "Ik heb alle papieren gelezen samen met Ria",
              "van de kwekerij. Wat er staat klopt.",
              "Ik ben het eens met de arts en met de",
              "afspraken die we gemaakt hebben.",
              "Alleen het 2e spoor bij Groenpad heeft niks",
              "opgeleverd. Ik ben 58 en ze willen liever",
              "een jonge. Dat ligt niet aan mij, ik heb",
              "overal gebeld en geschreven.",
              "Ik werk nu 20 uur in de inpakhal en de",
              "registratie en dat wil ik blijven doen.", "",
              "Met vriendelijke groet", "",
              "H. Boekestijn  [sig]"]
    sheet = handwritten_sheet(rng, letter, top_mm=26, pitch_mm=10.5, x_mm=20, size=17, holes=True,
                              ink=(30, 30, 60))
    put(c, "IMG_20250808_194512.jpg",
        R.photo(sheet, rng, bg="kitchen", out=(1200, 1600), quality=52,
                exif=("samsung", "SM-A346B", dt.datetime.combine(d_ow, dt.time(19, 45, 12)))),
        "oordeel_werknemer", d_ow, "phone photo of a handwritten letter",
        "handwritten - no title beyond 'Mijn mening' - no text layer - BSN only in the handwriting")


# ================================================================== case E: childcare organisation


def case_klimboom() -> None:
    c = Case("Klimboom", "Klimboom - dossier L. van Gameren", dt.date(2024, 9, 2), 1705)
    B = c.bsn
    wg = "Stichting Kinderopvang Klimboom"
    wn, geb = "Lotte van Gameren", "09-04-1991"
    ba, big = "W.F. Haveman", "39071953601"
    d_spu1, d_pa = c.w(5, 3), c.w(6, 0)                # 03/07-10-2024
    d_pva = c.w(7, 3)                                   # 17-10-2024
    d_meet, d_te = c.w(13, 1), c.w(13, 3)               # 26/28-11-2024
    d_q, d_bpa = c.w(20, 3), c.w(21, 1)                 # 16/21-01-2025
    d_bpva = c.w(22, 3)                                 # 30-01-2025
    d_42 = c.w(42, 1)                                   # 17-06-2025
    d_izp = c.w(43, 1)                                  # 24-06-2025
    d_ad_int, d_ad = c.w(44, 2), c.w(45, 1)             # 02/08-07-2025
    d_agenda, d_eje = c.w(50, 1), c.w(51, 1)            # 12/19-08-2025
    d_uwv, d_photo = c.w(88, 2), c.w(88, 4)             # 06/08-05-2026
    d_spu4, d_ao = c.w(88, 4), c.w(89, 1)               # 08/12-05-2026
    d_ev = c.w(90, 1)                                   # 19-05-2026
    end_wt, appl = c.day(727), c.day(650)
    assert d_pa <= c.day(42) and d_pva <= d_pa + dt.timedelta(days=14) and d_42 <= c.day(294)
    assert d_ao < d_ev <= c.day(636)

    (FILES / c.folder).mkdir(parents=True, exist_ok=True)
    (FILES / c.folder / "dossier.yaml").write_text(
        f"""werknemer:
  naam: "L. van Gameren"
  bsn: "{B}"
  functie: "Pedagogisch medewerker kinderdagverblijf (28 uur)"
werkgever:
  naam: "{wg}"
  loonheffingennummer: "829365114L01"
  aard_van_het_bedrijf: "Kinderopvang: 14 locaties (kinderdagverblijf, bso, peuteropvang), ca. 230 medewerkers"
bedrijfsarts:
  naam: "{ba}"
  organisatie: "Meander Arbo"
casemanager:
  naam: "Priscilla Osei"
eerste_ziektedag: {c.d0.isoformat()}
""", encoding="utf-8")

    priscilla = "Priscilla Osei <p.osei@klimboom.example>"
    els = "Els Boudewijns <e.boudewijns@klimboom.example>"
    lotte = "Lotte van Gameren <lotte.vangameren@mailpunt.example>"
    haveman = "W.F. Haveman <w.haveman@meander-arbo.example>"

    def mw_meta(soort: str, datum: dt.date, spu: dt.date | None) -> list:
        rows = [("Medewerker", f"L. van Gameren (geb. {geb})"), ("BSN", bsn_spaced(B)),
                ("Organisatie", f"{wg} – locatie De Vlinderhof"),
                ("Functie", "Pedagogisch medewerker kinderdagverblijf, 28 uur"), ("Eerste verzuimdag", kort(c.d0)),
                ("Soort", soort)]
        if spu:
            rows.append(("Spreekuur", kort(spu)))
        rows += [("Datum", kort(datum)), ("Bedrijfsarts", f"{ba}, BIG {big}")]
        return [("kv", rows)]

    def mw_page(blocks: list, printed: dt.datetime, tab: str) -> str:
        return ("<div class='bar'><span class='n'>Meander Verzuimnet</span><span class='u'>ingelogd als p.osei · "
                f"{wg}</span></div><div class='tabs'>Dossier &nbsp;|&nbsp; <b>{tab}</b> &nbsp;|&nbsp; Afspraken "
                "&nbsp;|&nbsp; Documenten &nbsp;|&nbsp; Berichten</div>" + R.blocks_html(blocks)
                + f"<div class='foot'>Meander Arbo · Verzuimnet · afgedrukt op {printed.strftime('%d-%m-%Y om %H:%M')}"
                  "</div>")

    # ---------- probleemanalyse (Meander Verzuimnet, Chromium)
    pa = [("title", "Probleemanalyse"), *mw_meta("Probleemanalyse", d_pa, d_spu1),
          ("h", "Situatie"),
          ("p", "Mevrouw van Gameren verzuimt sinds 2 september 2024 na een verkeersongeval (fiets) waarbij een "
                "andere partij aansprakelijk is (regres mogelijk). Er is sprake van dreigend langdurig verzuim."),
          ("h", "Mogelijkheden en beperkingen"),
          ("ul", ["Lopen en staan: kort, met krukken; niet meer dan 10 minuten achtereen.",
                  "Niet knielen, hurken of op de grond zitten.", "Niet tillen vanaf de grond; kinderen tillen: niet.",
                  "Zittend werk aan tafel of bureau is mogelijk, 3 uur per dag.",
                  "Persoonlijk en sociaal functioneren: geen beperkingen."]),
          ("h", "Prognose"),
          ("p", "Herstel duurt naar verwachting drie tot zes maanden. Of het werk op de babygroep (veel tillen, "
                "op de grond spelen) weer volledig kan, is nu niet te zeggen."),
          ("h", "Advies"),
          ("ol", ["Zittende taken op de locatie: kindverslagen en observaties uitwerken, oudergesprekken "
                  "voorbereiden, planning ondersteunen. Start 3 x 3 uur vanaf 14 oktober.",
                  "Vervoer van en naar het werk regelen (niet fietsen).",
                  "Binnen twee weken het plan van aanpak opstellen.", "Volgend spreekuur over vier weken."]),
          ("p", f"{ba}, bedrijfsarts Meander Arbo")]
    pr = R.nl_dt(d_pa, 15, 6)
    put(c, "Probleemanalyse L. van Gameren.pdf",
        R.chromium_pdf(html_page("meander", mw_page(pa, pr, "Rapportages"), "Probleemanalyse"), pr),
        "probleemanalyse", d_pa, "Chromium print of an arbodienst portal page",
        "standard title - consult four days before the report - names a traffic accident with regres")

    # ---------- plan van aanpak: page 1 scanned, page 2 (signatures) photographed
    rng = c.r(2)
    pva = [
        ("title", "Plan van aanpak re-integratie"),
        ("kv", [("Medewerker", wn), ("BSN", B), ("Functie", "Pedagogisch medewerker KDV (babygroep), 28 uur"),
                ("Locatie", "De Vlinderhof"), ("Leidinggevende", "Els Boudewijns, locatiemanager"),
                ("Casemanager", "Priscilla Osei, HR-adviseur"), ("Eerste ziektedag", kort(c.d0)),
                ("Probleemanalyse", kort(d_pa)), ("Datum plan", kort(d_pva))]),
        ("h3", "1. Doel"),
        ("p", "Terugkeer in het eigen werk als pedagogisch medewerker (spoor 1). Tot die tijd zittende taken op de "
              "locatie."),
        ("h3", "2. Activiteiten en termijnen"),
        ("table", ["Activiteit", "Wie", "Wanneer"], [
            ["Zittende taken: kindverslagen, observaties, oudergesprekken voorbereiden (3 x 3 uur)", "Lotte / Els",
             "vanaf 21 oktober"],
            ["Taxi woon-werk (kosten Klimboom)", "Priscilla", "vanaf 21 oktober"],
            ["Opbouw naar 3 x 4 uur als het goed gaat", "Els", "december"],
            ["Spreekuur bedrijfsarts", "Lotte", "november"]], [92, 34, 42]),
        ("h3", "3. Evaluatie"),
        ("p", "Elke zes weken met Lotte, Els en Priscilla; eerste keer 26 november 2024."),
        ("h3", "4. Contact"),
        ("p", "Els belt Lotte elke week op maandag."),
        ("h3", "5. Visie werkgever"),
        ("p", "We willen Lotte graag terug op de babygroep. Tot die tijd is er genoeg zittend werk op de locatie."),
        ("pb",),
        ("h3", "6. Visie werknemer"),
        ("lines", 4),
        ("hw", "Ik wil graag terug naar de baby's. Zittend werk vind ik prima voor nu,", {"x": 1, "size": 14,
                                                                                        "up": 86, "gap": 0}),
        ("hw", "maar ik mis de kinderen. Vervoer met de taxi is fijn.", {"x": 1, "size": 14, "up": 60, "gap": 0}),
        ("hw", "Lotte", {"x": 1, "size": 14, "up": 34, "gap": 0.3}),
        ("h3", "7. Ondertekening"),
        ("p", "Dit plan is samen opgesteld. Werknemer, casemanager en bedrijfsarts ontvangen een kopie."),
        ("sig", [("Werkgever", "Priscilla Osei, casemanager", None, "17-10-2024"),
                 ("Werknemer", wn, None, "17-10-2024")]),
        ("p", "Plaats: Lindenveld"),
    ]
    pages = R.Paper(rng, face="sans", size=10.5, letterhead=[wg, "Afdeling HR · Kastanjelaan 2 · 3871 GP Lindenveld"],
                    footer="HR-formulier PvA (2024)   blad {p} van 2").render(pva)
    assert len(pages) == 2
    put(c, "Plan van aanpak Lotte.pdf",
        R.image_pdf([R.degrade(pages[0], rng, mode="grey", dpi_out=150, skew=0.5)], 150,
                    R.nl_dt(c.w(7, 4), 9, 12), producer="HP LaserJet MFP M430f", jpeg_quality=45),
        "plan_van_aanpak", d_pva, "grey copier scan image-only (JPEG), page 1 of 2",
        "first page only (blad 1 van 2) - the signature page is a separate photo - no text layer")
    put(c, "IMG_20241017_163045.jpg",
        R.photo(pages[1], rng, bg="desk", out=(1260, 1680), quality=52,
                exif=("Google", "Pixel 7a", dt.datetime.combine(d_pva, dt.time(16, 30, 45)))),
        "plan_van_aanpak", d_pva, "phone photo of a printed page",
        "page 2 of the plan van aanpak (handwritten visie werknemer and signatures) photographed separately - "
        "labelled as the document it belongs to - no title on the page")

    # ---------- tussentijdse evaluatie: Outlook mail whose body is the verslag
    te = f"""Hoi Lotte,

Dinsdag {lang(d_meet)} hebben we (jij, Priscilla en ik) jouw re-integratie geëvalueerd. Hieronder kort wat we besproken hebben. BSN {B}.

**Hoe gaat het?**
Je werkt sinds 21 oktober 3 ochtenden op de locatie, sinds 18 november 3 x 4 uur. Je werkt in het kantoortje naast de babygroep aan de kindverslagen en bereidt de oudergesprekken voor. Dat gaat goed. Staan en lopen gaat nog moeilijk; de taxi blijft nodig.

**Afspraken uit het plan van aanpak**
- zittende taken: loopt goed
- opbouw naar 3 x 4 uur: gehaald
- wekelijks contact: loopt

**Nieuwe afspraken**
1. Je blijft 3 x 4 uur werken tot na het spreekuur van 10 december.
2. Je mag bij het eten aan tafel bij de dreumesen aanschuiven (zittend, geen tillen).
3. Volgende evaluatie: 7 januari 2025.

Laat je het weten als je iets anders hebt onthouden?

Groetjes,
Els Boudewijns
Locatiemanager KDV De Vlinderhof | Stichting Kinderopvang Klimboom"""
    put(c, "Verslag gesprek 26 november.eml",
        R.make_eml(sender=els, to=[lotte], cc=[priscilla], subject="Verslag gesprek 26 november",
                   when=R.nl_dt(d_te, 13, 52), msgid="<PA4PR08MB7302A1@PA4PR08MB7302.eurprd08.prod.klimboom.example>",
                   text=te.replace("**", ""), html=R.outlook_html(te, font_family="Calibri"), boundary_seed="lg1128"),
        "tussentijdse_evaluatie", d_te, "Outlook e-mail (multipart/alternative)",
        "everyday subject - meeting two days before the mail - future dates inside")

    # ---------- bijstelling probleemanalyse: the bedrijfsarts's answer in a reply chain
    q = ("Beste meneer Haveman,\n\nLotte werkt nu 3 x 4 uur zittend. Ze vertelde dat ze in februari nog een "
         "behandeling krijgt. Kunt u ons zeggen wat dat betekent voor de opbouw en voor haar eigen werk op de "
         "babygroep? We willen de afspraken zo nodig aanpassen.\n\nMet vriendelijke groet,\nEls Boudewijns\n"
         "Locatiemanager KDV De Vlinderhof")
    a = (f"Beste mevrouw Boudewijns,\n\nNaar aanleiding van uw vraag en het spreekuur van 14 januari stel ik mijn "
         f"probleemanalyse van {lang(d_pa)} bij. Dit bericht staat ook in Verzuimnet.\n\n"
         f"Medewerker: L. van Gameren, BSN {B}\n\n"
         "Gewijzigde prognose: door een aanvullende behandeling in februari verwacht ik een terugval van vier tot "
         "zes weken. Daarna kan zij de opbouw hervatten.\n\n"
         "Belastbaarheid: zittend werk blijft mogelijk tot 3 x 4 uur (na de behandeling opnieuw beginnen met "
         "3 x 2 uur). Vanaf april geleidelijk staan en lopen oefenen. Tillen vanaf de grond en knielen blijven "
         "voorlopig niet mogelijk.\n\n"
         "Eigen werk: terugkeer op de babygroep verwacht ik niet binnen het eerste ziektejaar. Werk met oudere "
         "kinderen (peuteropvang), waarbij minder getild wordt, is op termijn mogelijk.\n\n"
         "Advies: pas het plan van aanpak hierop aan en onderzoek tijdelijk werk op het centraal bureau "
         "(bijvoorbeeld planning en plaatsing).\n\nMet vriendelijke groet,\n\nW.F. Haveman\nbedrijfsarts, "
         "Meander Arbo")
    qh = [("Van", "Els Boudewijns"), ("Verzonden", f"{dag(d_q)} 09:14"), ("Aan", "W.F. Haveman"),
          ("CC", "Priscilla Osei"), ("Onderwerp", "Vraag over opbouw Lotte")]
    put(c, "RE Vraag over opbouw Lotte.eml",
        R.make_eml(sender=haveman, to=[els], cc=[priscilla, lotte], subject="RE: Vraag over opbouw Lotte",
                   when=R.nl_dt(d_bpa, 17, 3),
                   msgid="<AM0PR05MB6690D2@AM0PR05MB6690.eurprd05.prod.meander-arbo.example>",
                   text=a + R.quoted_block_text(qh, q), html=R.outlook_html(a, R.quoted_block_html(qh, q),
                                                                            font_family="Arial", size_pt=10),
                   in_reply_to="<PA4PR08MB7302B9@klimboom.example>", boundary_seed="wh0121"),
        "bijstelling_probleemanalyse", d_bpa, "Outlook e-mail (multipart/alternative) reply chain",
        "reply chain - the bedrijfsarts's answer is the bijstelling - subject names no type - consult date "
        "a week earlier")

    # ---------- bijstelling plan van aanpak (Word kept)
    bpva = [
        ("title", "Afspraken re-integratie – aangepast"),
        ("kv", [("Medewerker", wn), ("BSN", B), ("Datum", kort(d_bpva)),
                ("Vorige afspraken", f"plan van aanpak {kort(d_pva)}"),
                ("Reden", f"gewijzigd advies bedrijfsarts {kort(d_bpa)}")]),
        ("h", "Doel"),
        ("p", "Eerst: passend werk op het centraal bureau. Later: terugkeer naar de groep, bij voorkeur de "
              "peuteropvang in plaats van de babygroep."),
        ("h", "Afspraken"),
        ("ol", ["Vanaf 3 februari werkt Lotte 3 x 4 uur bij Planning & Plaatsing op het centraal bureau "
                "(plaatsingsaanvragen, wachtlijst, contact met ouders per telefoon en mail).",
                "Na de behandeling in februari start zij opnieuw met 3 x 2 uur; opbouw in overleg met Els en de "
                "bedrijfsarts.",
                "Vanaf april: één ochtend per week meedraaien op de peutergroep van De Vlinderhof (zittend en "
                "staand, geen tillen).",
                "Evaluatie elke zes weken; eerstvolgende 13 maart 2025.",
                "Casemanager blijft Priscilla Osei."]),
        ("h", "Visie Klimboom"),
        ("p", "Planning & Plaatsing kan Lotte tijdelijk goed gebruiken. De babygroep blijft haar plek als het "
              "weer kan."),
        ("h", "Visie Lotte"),
        ("p", "Ik vind het spannend om op het centraal bureau te werken, maar ik wil het proberen. Ik wil wel "
              "contact houden met mijn groep."),
        ("sig", [("Werkgever", "Priscilla Osei", kort(d_bpva), None), ("Werknemer", wn, kort(d_bpva), None)]),
    ]
    khdr = [f"{wg} – HR", "Kastanjelaan 2 · 3871 GP Lindenveld"]
    put(c, "Afspraken aangepast jan 2025.docx",
        R.docx_bytes(bpva, when=R.nl_dt(d_bpva, 14, 35), author="Priscilla Osei", fontname="Verdana", size=9.5,
                     header=khdr, company=wg),
        "bijstelling_plan_van_aanpak", d_bpva, "Word docx kept (python-docx)",
        "title 'Afspraken re-integratie - aangepast' without bijstelling or plan van aanpak in it")

    # ---------- 42e-weeksmelding: the payroll office's confirmation mail
    z42 = f"""Beste Priscilla,

De ziekmelding na 42 weken voor onderstaande medewerker hebben wij vandaag via het werkgeversportaal van UWV ingediend.

Medewerker: L. van Gameren
BSN: {B}
Eerste ziektedag: {kort(c.d0)}
Werkt gedeeltelijk: ja, 12 uur per week (aangepast werk)
Verzonden: {kort(d_42)} om 11:32
Kenmerk UWV: ZM-2025-0617-40922

UWV stuurt binnen twee weken een bevestiging met informatie over de eerstejaarsevaluatie. De uiterste datum voor deze melding was {kort(c.day(294))}.

Met vriendelijke groet,

Nicole Brink
Salarisadministratie Van Eijk & Partners
namens {wg}"""
    put(c, "Ziekmelding 42e week L. van Gameren - ingediend.eml",
        R.make_eml(sender="Nicole Brink <salaris@vaneijk-partners.example>", to=[priscilla],
                   subject="Ziekmelding 42e week L. van Gameren - ingediend", when=R.nl_dt(d_42, 11, 40),
                   msgid="<20250617114002.7781@vaneijk-partners.example>", text=z42, outlook=False,
                   boundary_seed="ve0617", user_agent="Microsoft Outlook 16.0"),
        "ziekmelding_uwv", d_42, "plain-text e-mail from the payroll office",
        "the 42nd-week report recorded in a mail by a third party - deadline date and first sick day inside")

    # ---------- inzetbaarheidsprofiel (Meander Verzuimnet)
    izp = [("title", "Inzetbaarheidsprofiel"), *mw_meta("Inzetbaarheidsprofiel", d_izp, c.w(43, 0)),
           ("table", ["Rubriek", "Beperkt", "Toelichting"], [
               ["I Persoonlijk functioneren", "nee", ""], ["II Sociaal functioneren", "nee", ""],
               ["III Fysieke omgevingseisen", "nee", ""],
               ["IV Dynamische handelingen", "ja", "lopen max. 30 min; tillen vanaf de grond: niet; tillen "
                                                   "max. 10 kg op tafelhoogte; knielen en hurken: niet"],
               ["V Statische houdingen", "ja", "staan max. 30 min aaneengesloten; zitten: normaal"],
               ["VI Werktijden", "ja", "ca. 6 uur per dag, 4 dagen per week"]], [48, 16, 104]),
           ("p", "Opgesteld ten behoeve van het arbeidsdeskundig onderzoek."), ("p", f"{ba}, bedrijfsarts")]
    pr = R.nl_dt(c.w(43, 2), 8, 17)
    put(c, "Inzetbaarheidsprofiel LvG.pdf",
        R.chromium_pdf(html_page("meander", mw_page(izp, pr, "Rapportages"), "Inzetbaarheidsprofiel"), pr),
        "inzetbaarheidsprofiel", d_izp, "Chromium print of an arbodienst portal page",
        "same portal as the probleemanalyse - print date a day later")

    # ---------- arbeidsdeskundig rapport (Word -> LibreOffice)
    ad = [
        ("title", "Rapport arbeidsdeskundig onderzoek"),
        ("kv", [("Opdrachtgever", wg), ("Werknemer", f"{wn}, geb. {geb}"), ("BSN", B),
                ("Functie", "Pedagogisch medewerker kinderdagverblijf, 28 uur"), ("Onderzoek", kort(d_ad_int)),
                ("Datum rapport", kort(d_ad)), ("Arbeidsdeskundige", "M. Trip, register-arbeidsdeskundige")]),
        ("h", "Aanleiding en vraag"),
        ("p", "Klimboom vraagt advies over spoor 1 en spoor 2 voor de eerstejaarsevaluatie: kan mevrouw terug in "
              "haar werk op de babygroep, en welk werk binnen Klimboom is passend?"),
        ("h", "Belasting en belastbaarheid"),
        ("p", f"Op de babygroep tilt een pedagogisch medewerker vele keren per dag een kind van de grond of uit "
              f"bed (tot 12 kg), zit en speelt zij op de grond en staat zij lang. Volgens het inzetbaarheidsprofiel "
              f"van {kort(d_izp)} is tillen vanaf de grond, knielen en hurken niet mogelijk; staan maximaal een half "
              "uur."),
        ("h", "Beoordeling"),
        ("ul", ["Eigen werk babygroep: niet passend, ook niet met hulpmiddelen (verhoogde commodes, trapjes).",
                "Peuteropvang (2-4 jaar, ochtenden): met aanpassingen passend voor ongeveer 8 uur per week, met "
                "een collega voor het tillen.",
                "Planning & Plaatsing (centraal bureau): passend; per 1 september 2025 is er een vaste vacature "
                "van 16 uur.",
                "Samen 24 uur binnen drie maanden: dat is een concreet vooruitzicht."]),
        ("h", "Advies"),
        ("p", "Spoor 1: vaste functie medewerker Planning & Plaatsing (16 uur) en 8 uur peuteropvang met "
              "aanpassingen. Een tweede spoor adviseer ik nu niet, omdat binnen drie maanden passend werk voor "
              "24 uur concreet beschikbaar is. Bespreek dit expliciet in de eerstejaarsevaluatie. Voor de "
              "resterende 4 uur is er geen passend werk; dat kan in de WIA-beoordeling terugkomen."),
        ("p", f"Lindenveld, {lang(d_ad)}\nMarloes Trip, register-arbeidsdeskundige – Trip Arbeidsdeskundig Advies"),
    ]
    put(c, "AD rapport Lotte van Gameren.pdf",
        R.libreoffice_pdf(R.docx_bytes(ad, when=R.nl_dt(d_ad, 12, 20), author="Marloes Trip", fontname="Candara",
                                       size=10.5, header=["Trip Arbeidsdeskundig Advies"],
                                       company="Trip Arbeidsdeskundig Advies"), R.nl_dt(d_ad, 12, 22)),
        "arbeidsdeskundig_rapport", d_ad, "LibreOffice print of a Word file",
        "advises no second track with a motivation - interview date a week earlier")

    # ---------- non-RIV: agenda for the first-year evaluation
    ag = [("title", f"Agenda gesprek {lang(d_eje)}"),
          ("p", "Evaluatie na een jaar – Lotte van Gameren\nTijd: 10.00 – 11.30 uur, centraal bureau, kamer 2.12\n"
                "Aanwezig: Lotte, Els Boudewijns, Priscilla Osei"),
          ("ol", ["Opening", "Terugblik op het eerste jaar", f"Advies arbeidsdeskundige ({kort(d_ad)})",
                  "Spoor 1 en spoor 2: wat doen we in het tweede jaar?", "Visie van Lotte en van Klimboom",
                  "Afspraken en aanpassing plan van aanpak", "Rondvraag"]),
          ("p", "Graag meenemen: urenoverzicht, laatste advies van de bedrijfsarts.")]
    put(c, "Agenda gesprek 19 aug.docx",
        R.docx_bytes(ag, when=R.nl_dt(d_agenda, 16, 0), author="Priscilla Osei", fontname="Verdana", size=9.5,
                     header=khdr, company=wg),
        "", None, "Word docx kept (python-docx)",
        "non-RIV agenda of the first-year evaluation - names spoor 1 spoor 2 visie and the plan van aanpak")

    # ---------- eerstejaarsevaluatie in a file called pva.pdf (Word -> LibreOffice)
    eje = [
        ("title", "Evaluatie plan van aanpak – na één jaar verzuim"),
        ("kv", [("Medewerker", wn), ("BSN", B), ("Datum gesprek", kort(d_eje)),
                ("Aanwezig", "Lotte van Gameren, Els Boudewijns, Priscilla Osei"),
                ("Eerste ziektedag", kort(c.d0))]),
        ("h", "Terugblik op het eerste ziektejaar"),
        ("p", f"Na de probleemanalyse van {kort(d_pa)} begon Lotte met zittende taken op De Vlinderhof. Door de "
              "behandeling in februari was er een terugval; sinds april werkt zij 4 x 4 uur bij Planning & "
              "Plaatsing en één ochtend op de peutergroep. De arbeidsdeskundige (8 juli) concludeert dat de "
              "babygroep niet meer passend is."),
        ("h", "Welk resultaat willen we aan het eind van het tweede ziektejaar bereiken?"),
        ("p", "Structureel 24 uur passend werk bij Klimboom: 16 uur Planning & Plaatsing (vaste functie per "
              "1 september 2025) en 8 uur peuteropvang met aanpassingen."),
        ("h", "Spoor 2"),
        ("p", "We starten geen tweede spoor. Binnen drie maanden is passend werk voor 24 uur concreet "
              "beschikbaar (advies arbeidsdeskundige). Lukt dat niet vóór 1 december 2025, dan starten we alsnog "
              "een tweede spoor."),
        ("h", "Visie werkgever"),
        ("p", "Lotte past goed bij Planning & Plaatsing; de peuteropvang houdt haar verbonden met de kinderen."),
        ("h", "Visie werknemer"),
        ("p", "Ik ben verdrietig dat de babygroep niet meer kan, maar blij dat ik bij Klimboom kan blijven."),
        ("h", "Afspraken"),
        ("ul", ["Functie Planning & Plaatsing 16 uur per 1 september 2025.",
                "Peuteropvang De Vlinderhof, dinsdag- en donderdagochtend (2 x 4 uur), met collega voor het tillen.",
                "Evaluatie elke zes weken; volgende 30 september 2025."]),
        ("sig", [("Werkgever", "Priscilla Osei", kort(d_eje), None), ("Werknemer", wn, kort(d_eje), None)]),
    ]
    put(c, "pva.pdf",
        R.libreoffice_pdf(R.docx_bytes(eje, when=R.nl_dt(d_eje, 15, 15), author="Priscilla Osei", fontname="Verdana",
                                       size=9.5, header=khdr, company=wg), R.nl_dt(d_eje, 15, 18)),
        "eerstejaarsevaluatie", d_eje, "LibreOffice print of a Word file",
        "misleading name pva.pdf and a title with 'plan van aanpak' - holds the first-year evaluation (week 51)")

    # ---------- UWV WIA letter to the employee, photographed at home
    rng = c.r(12)
    uwv = [
        ("p", "**UWV**"), ("space", 10),
        ("p", "Mevrouw L. van Gameren\nBessenhof 14\n3872 ED Lindenveld"), ("space", 8),
        ("kv", [("Datum", lang(d_uwv)), ("Ons kenmerk", "WIA-AV/2026/05/61190"), ("Burgerservicenummer", B),
                ("Onderwerp", "U kunt een WIA-uitkering aanvragen")]),
        ("p", "Beste mevrouw Van Gameren,"),
        ("p", f"U bent sinds {lang(c.d0)} ziek. Bent u over 13 weken nog steeds ziek? Dan kunt u misschien een "
              "WIA-uitkering krijgen. In deze brief leest u hoe u die aanvraagt."),
        ("h3", "Wanneer vraagt u de uitkering aan?"),
        ("p", f"Vraag de WIA-uitkering uiterlijk op {lang(appl)} aan via Mijn UWV. Uw wachttijd eindigt op "
              f"{lang(end_wt)}."),
        ("h3", "Wat stuurt u mee?"),
        ("p", "Uw werkgever geeft u een kopie van het re-integratieverslag. U geeft daarin ook uw eigen mening. "
              "De medische informatie van uw bedrijfsarts stuurt u apart op, in een dichte envelop."),
        ("p", "Met vriendelijke groet,\n\nUWV"),
    ]
    pages = R.Paper(rng, face="sans", size=10.5, margins=(18, 22, 22, 24)).render(uwv)
    put(c, "IMG_20260508_191402.jpg",
        R.photo(pages[0], rng, bg="kitchen", out=(1260, 1680), quality=50,
                exif=("Apple", "iPhone 12", dt.datetime.combine(d_photo, dt.time(19, 14, 2)))),
        "uwv_correspondentie", d_uwv, "phone photo of a letter",
        "UWV week-88 letter to the employee photographed at home two days later - deadline and end of "
        "wachttijd inside - no text layer")

    # ---------- actueel oordeel (Meander Verzuimnet)
    ao = [("title", "Actueel oordeel"), *mw_meta("Actueel oordeel (re-integratieverslag WIA)", d_ao, d_spu4),
          ("h", "Belastbaarheid"),
          ("p", f"Ongewijzigd ten opzichte van het inzetbaarheidsprofiel van {kort(d_izp)}; de beperkingen zijn "
                "blijvend. Werktijden ongeveer 24 uur per week."),
          ("h", "Re-integratie"),
          ("p", "Werkt sinds 1 september 2025 16 uur bij Planning & Plaatsing en 8 uur op de peuteropvang "
                "(24 van 28 uur)."),
          ("h", "Arbeidsrelatie"),
          ("p", "Goed."),
          ("h", "Passende arbeid bij de werkgever"),
          ("p", "Het huidige werk van 24 uur is passend. Meer uren of terugkeer op de babygroep zijn niet passend."),
          ("p", "Medische gegevens stuur ik rechtstreeks aan de verzekeringsarts van UWV."),
          ("p", f"{ba}, bedrijfsarts Meander Arbo")]
    pr = R.nl_dt(d_ao, 16, 40)
    put(c, "actueel oordeel 2026.pdf",
        R.chromium_pdf(html_page("meander", mw_page(ao, pr, "Rapportages"), "Actueel oordeel"), pr),
        "actueel_oordeel", d_ao, "Chromium print of an arbodienst portal page",
        "standard title - consult the Friday before")

    # ---------- eindevaluatie: Word file for signing, attached to a covering mail
    ev = [
        ("title", "Eindevaluatie"),
        ("kv", [("Medewerker", wn), ("BSN", B), ("Datum gesprek", kort(d_ev)), ("Eerste ziektedag", kort(c.d0)),
                ("Einde wachttijd", kort(end_wt))]),
        ("h", "1. Aard van de organisatie"),
        ("p", "Stichting Kinderopvang Klimboom biedt kinderopvang op 14 locaties in Lindenveld en omgeving: "
              "kinderdagverblijven, buitenschoolse opvang en peuteropvang. Er werken ongeveer 230 mensen, bijna "
              "allemaal in deeltijd; de meesten zijn pedagogisch medewerker. Het werk op de groepen is "
              "lichamelijk (tillen, op de grond spelen, veel staan); daarnaast is er een centraal bureau met "
              "planning, administratie en HR."),
        ("h", "2. Terugblik op twee jaar"),
        ("p", f"Probleemanalyse {kort(d_pa)}; plan van aanpak {kort(d_pva)}; bijstelling {kort(d_bpa)} en "
              f"aangepaste afspraken {kort(d_bpva)}; arbeidsdeskundig onderzoek {kort(d_ad)}; evaluatie na een "
              f"jaar {kort(d_eje)}; sinds 1 september 2025 24 uur passend werk; actueel oordeel {kort(d_ao)}."),
        ("h", "3. Arbeidsrelatie"),
        ("p", "Goed en open."),
        ("h", "4. Passend werk bij Klimboom"),
        ("p", "De 24 uur (Planning & Plaatsing en peuteropvang) zijn passend en blijvend. Voor de overige 4 uur "
              "is er geen passend werk: alle groepswerk vraagt tillen vanaf de grond."),
        ("h", "5. Visie werknemer"),
        ("p", "(in te vullen door Lotte)"),
        ("sig", [("Werkgever", "Priscilla Osei, casemanager", kort(d_ev), None), ("Werknemer", wn, "", None)]),
    ]
    evx = R.docx_bytes(ev, when=R.nl_dt(d_ev, 15, 50), author="Priscilla Osei", fontname="Verdana", size=9.5,
                       header=khdr, company=wg, title="Eindevaluatie")
    cov = ("Hoi Lotte,\n\nZoals vanmiddag besproken stuur ik je de eindevaluatie. Wil je bij punt 5 je visie "
           "invullen en hem ondertekend terugsturen? Samen met de andere stukken heb je dan het volledige "
           f"re-integratieverslag. Denk aan je WIA-aanvraag (uiterlijk {lang(appl)}).\n\nHartelijke groet,\n"
           "Priscilla Osei\nHR-adviseur | Stichting Kinderopvang Klimboom")
    put(c, "Eindevaluatie ter ondertekening.eml",
        R.make_eml(sender=priscilla, to=[lotte], cc=[els], subject="Eindevaluatie ter ondertekening",
                   when=R.nl_dt(d_ev, 16, 2), msgid="<PA4PR08MB7302C7@PA4PR08MB7302.eurprd08.prod.klimboom.example>",
                   text=cov, html=R.outlook_html(cov, font_family="Verdana", size_pt=10),
                   attachments=[("Eindevaluatie Lotte van Gameren.docx", evx,
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
                   boundary_seed="po0519", importance="high"),
        "", None, "Outlook e-mail with a Word attachment", "covering mail only - names the RIV and the WIA deadline")
    label(c, "Eindevaluatie ter ondertekening.eml::Eindevaluatie Lotte van Gameren.docx", "eindevaluatie", d_ev,
          "Word docx attached to an e-mail",
          "attachment - not yet signed by the employee (visie werknemer still empty) - dated the meeting")


# ================================================================== main


def main() -> None:
    shutil.rmtree(FILES, ignore_errors=True)
    FILES.mkdir(parents=True)
    ROWS.clear()
    try:
        for fn in (case_glansrijk, case_noordhaven, case_quantaris, case_zonneveld, case_klimboom):
            fn()
    finally:
        R.cleanup()
    rows = sorted(ROWS, key=lambda r: r["path"])
    with LABELS.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    # checks on the result
    paths = [r["path"] for r in rows]
    assert len(paths) == len(set(paths))
    on_disk = {p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file() and p.name != "dossier.yaml"}
    assert on_disk == {p.split("::")[0] for p in paths}, on_disk ^ {p.split("::")[0] for p in paths}
    assert {r["type"] for r in rows if r["type"]} == CONTRACT_TYPES
    non = sum(not r["type"] for r in rows)
    assert 60 <= len(rows) <= 80 and 0.10 <= non / len(rows) <= 0.15, (len(rows), non)
    assert 2 <= sum(r["type"] == "medische_informatie" for r in rows) <= 4
    yaml_cases = sum(1 for _ in FILES.rglob("dossier.yaml"))
    assert yaml_cases <= 2
    total = sum(p.stat().st_size for p in FILES.rglob("*") if p.is_file())
    print(f"{len(rows)} labelled documents ({len(rows) - non} RIV, {non} non-RIV), {len(on_disk)} files, "
          f"{total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
