#!/usr/bin/env python3
"""Generate holdout corpus 5 (tests/corpus5): five fresh WIA re-integration dossiers.

Untouched holdout: written without reading the classifier, the checklists, samples/riv_content.py or
the earlier corpora. Only the public writers and the block model of samples/docgen.py are reused.

Deterministic: fixed seeds, fixed dates, no clock reads. Deletes and rewrites files/ and labels.csv.

    .venv/bin/python tests/corpus5/make_corpus5.py
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent
REPO = ROOT.parents[1]
sys.path.insert(0, str(REPO / "samples"))

from docgen import (  # noqa: E402
    Attachment,
    Bullets,
    Fields,
    Heading,
    Para,
    Sig,
    Signatures,
    Style,
    Table,
    Title,
    attachment_from,
    build_message,
    mail_date,
    render_pages,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)

FILES = ROOT / "files"
SPLIT = "holdout5"

# --------------------------------------------------------------------------------------------
# small helpers: dates, BSN, BIG
# --------------------------------------------------------------------------------------------

MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]
AFK = ["jan.", "feb.", "mrt.", "apr.", "mei", "jun.", "jul.", "aug.", "sep.", "okt.", "nov.", "dec."]
DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


def f(d: dt.date, kind: str = "long") -> str:
    """Dutch date styles: long 12 maart 2024 | dash 12-03-2024 | dash1 12-3-2024 | iso 2024-03-12 |
    abbr 12 mrt. 2024 | apos 12 mrt. '24 | dot 12.03.2024 | slash4 12/03/2024 | weekday dinsdag 12 maart 2024
    | dm 12 maart (no year)"""
    if kind == "long":
        return f"{d.day} {MAANDEN[d.month - 1]} {d.year}"
    if kind == "dash":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if kind == "dash1":
        return f"{d.day}-{d.month}-{d.year}"
    if kind == "iso":
        return d.isoformat()
    if kind == "abbr":
        return f"{d.day} {AFK[d.month - 1]} {d.year}"
    if kind == "apos":
        return f"{d.day} {AFK[d.month - 1]} '{d.year % 100:02d}"
    if kind == "dot":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if kind == "slash4":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if kind == "weekday":
        return f"{DAGEN[d.weekday()]} {d.day} {MAANDEN[d.month - 1]} {d.year}"
    if kind == "dm":
        return f"{d.day} {MAANDEN[d.month - 1]}"
    raise ValueError(kind)


def elfproef(bsn: str) -> bool:
    s = "".join(c for c in bsn if c.isdigit())
    if len(s) != 9 or s == "000000000":
        return False
    return sum(int(c) * w for c, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1))) % 11 == 0


def new_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        digits = [rng.randrange(1, 7)] + [rng.randrange(10) for _ in range(7)]
        last = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2))) % 11
        if last <= 9:
            bsn = "".join(map(str, digits)) + str(last)
            assert elfproef(bsn), bsn
            return bsn


def new_big(seed: int) -> str:
    rng = random.Random(seed)
    return "".join(str(rng.randrange(10)) for _ in range(11))


def dots(bsn: str) -> str:
    return f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}"


def spaced(bsn: str) -> str:
    return f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"


# --------------------------------------------------------------------------------------------
# writing and labelling
# --------------------------------------------------------------------------------------------

ROWS: list[dict[str, str]] = []
TMP = Path(tempfile.mkdtemp(prefix="corpus5_"))


def label(rel: str, type_: str | None, date: dt.date | None, note: str) -> None:
    ROWS.append(
        {"path": rel, "type": type_ or "", "date": date.isoformat() if date else "", "split": SPLIT, "note": note}
    )


def pdf(rel: str, blocks, style: Style, type_, date, note) -> str:
    write_pdf(FILES / rel, blocks, style)
    label(rel, type_, date, note)
    return rel


def docx(rel: str, blocks, style: Style, type_, date, note) -> str:
    write_docx(FILES / rel, blocks, style)
    label(rel, type_, date, note)
    return rel


def scan(rel: str, blocks, style: Style, type_, date, note, **kw) -> str:
    kw.setdefault("jpeg_quality", 36)
    write_scan_pdf(FILES / rel, blocks, style, **kw)
    label(rel, type_, date, note)
    return rel


def photo(rel: str, blocks, style: Style, type_, date, note, *, taken: dt.datetime, **kw) -> str:
    pages = render_pages(blocks, style, dpi=150)
    assert len(pages) == 1, f"{rel}: a photographed page must fit on one page ({len(pages)})"
    write_photo_jpg(FILES / rel, blocks, style, taken=taken, **kw)
    label(rel, type_, date, note)
    return rel


def tmp_pdf(name: str, blocks, style: Style) -> Attachment:
    p = write_pdf(TMP / name, blocks, style)
    return attachment_from(p)


def tmp_docx(name: str, blocks, style: Style) -> Attachment:
    p = write_docx(TMP / name, blocks, style)
    return attachment_from(p)


def scan_two(rel: str, first, second, style_a: Style, style_b: Style, type_, date, note, **kw) -> str:
    """One scanned PDF that holds two documents back to back (the scanner ran both in one batch)."""
    import pikepdf

    kw.setdefault("jpeg_quality", 36)
    a = write_scan_pdf(TMP / ("a_" + Path(rel).name), first, style_a, **kw)
    b = write_scan_pdf(TMP / ("b_" + Path(rel).name), second, style_b, rotate_deg=-0.5, **kw)
    out = pikepdf.Pdf.new()
    srcs = [pikepdf.Pdf.open(a), pikepdf.Pdf.open(b)]
    for s in srcs:
        out.pages.extend(s.pages)
    out.docinfo["/Producer"] = "Brother ADS-1700W"
    out.docinfo["/CreationDate"] = "D:20250110093100+01'00'"
    (FILES / rel).parent.mkdir(parents=True, exist_ok=True)
    out.save(FILES / rel, static_id=True)
    for s in srcs:
        s.close()
    label(rel, type_, date, note)
    return rel


def mail(rel: str, headers: dict[str, str], body: str, attachments=None) -> str:
    write_eml(FILES / rel, headers, body, attachments or [])
    return rel


def hdrs(frm: str, to: str, subject: str, d: dt.date, hour: int, minute: int, mid: str, **extra) -> dict:
    h = {"From": frm, "To": to}
    if "cc" in extra:
        h["Cc"] = extra.pop("cc")
    h.update({"Subject": subject, "Date": mail_date(d, hour, minute), "Message-ID": f"<{mid}>"})
    for k, v in extra.items():
        h[k.replace("_", "-").title()] = v
    return h


PLAIN = Style(key="c5-plain", org="", letterhead="none", font="sans", footer=" ")
PLAIN_SERIF = Style(key="c5-plain-serif", org="", letterhead="none", font="serif", footer=" ", base_size=11)
UWV = Style(
    key="c5-uwv",
    org="UWV",
    font="sans",
    accent=(0, 84, 160),
    letterhead="left",
    org_lines=("Uitvoeringsinstituut Werknemersverzekeringen",),
    footer="UWV · Postbus 57200 · 1040 KE Amsterdam (retouradres)",
)


# ============================================================================================
# Case A — Zuiderhaven Ziekenhuis: a nurse on a surgical ward (folders by party)
# ============================================================================================


def case_a() -> None:
    C = "zuiderhaven-van-velzen"
    N = "zuiderhaven"
    d0 = D("2023-09-04")
    bsn = new_bsn(5001)
    big_ba = new_big(5101)
    naam = "M. van Velzen"
    vol = "Marloes van Velzen"
    geb = D("1979-06-14")
    hr = Style(
        key="c5-zh-hr",
        org="Zuiderhaven Ziekenhuis",
        font="serif",
        accent=(0, 105, 120),
        letterhead="right",
        org_lines=("Afdeling HR & Arbeidszaken", "Havenweg 120 · 4388 ZH Zuiderhaven", "T 0118 - 77 20 00"),
        footer="Zuiderhaven Ziekenhuis · HR & Arbeidszaken · vertrouwelijk personeelsdossier",
        producer="Microsoft® Word voor Microsoft 365",
    )
    hr_form = Style(
        key="c5-zh-hrform",
        org="Zuiderhaven Ziekenhuis — HR & Arbeidszaken",
        font="condensed",
        accent=(0, 105, 120),
        docx_form=True,
        footer="Format HR-08 · versie 2022",
    )
    hr_hdr = Style(
        key="c5-zh-hrhdr",
        org="Zuiderhaven Ziekenhuis · Verpleegafdeling Chirurgie C3",
        font="condensed",
        accent=(0, 105, 120),
        docx_title_in_header=True,
        footer="Vertrouwelijk",
    )
    arbo = Style(
        key="c5-zh-arbo",
        org="Arbo & Vitaliteit",
        font="sans",
        accent=(120, 30, 90),
        letterhead="left",
        org_lines=(
            "Bedrijfsgezondheidszorg voor medewerkers van Zuiderhaven Ziekenhuis",
            "Havenweg 120, route 312 · 4388 ZH Zuiderhaven · T 0118 - 77 23 12",
        ),
        fields_as_table=True,
        footer="Arbo & Vitaliteit — Zuiderhaven Ziekenhuis",
    )
    neuro = Style(
        key="c5-zh-neuro",
        org="Zuiderhaven Ziekenhuis",
        font="serif",
        accent=(30, 30, 30),
        letterhead="centered",
        org_lines=(
            "Vakgroep Neurochirurgie",
            "Havenweg 120 · 4388 ZH Zuiderhaven",
            "Polikliniek Neurochirurgie T 0118 - 77 24 60",
        ),
        footer="Zuiderhaven Ziekenhuis · Neurochirurgie",
    )
    delta = Style(
        key="c5-zh-delta",
        org="Loopbaanhuis Delta",
        font="sans",
        accent=(200, 90, 20),
        letterhead="band",
        org_lines=("Re-integratie 2e spoor · Loopbaancoaching", "Stationsplein 9 · 4331 ZZ Middelburg"),
        footer="Loopbaanhuis Delta · KvK 70112233",
    )
    ba = Sig("Bedrijfsarts", "drs. P.J. Kloosterman", f"bedrijfsarts, BIG {big_ba}")
    werkgever = "Zuiderhaven Ziekenhuis"
    tl = "H. Vermeulen"
    cm = "Y. Strijker"

    # --- Arbodienst -----------------------------------------------------------------------
    uitn = D("2023-09-27")
    pdf(
        f"{C}/Arbodienst/uitnodiging spreekuur.pdf",
        [
            Para(f"Mevrouw {naam}\nKreekweg 31\n4388 KL Zuiderhaven"),
            Para(f"Zuiderhaven, {f(uitn)}"),
            Para("Betreft: uitnodiging spreekuur bedrijfsarts"),
            Para("Beste mevrouw Van Velzen,"),
            Para(
                f"Uw leidinggevende heeft u op {f(d0)} ziek gemeld. U bent nu bijna vier weken afwezig. "
                "Daarom nodigen wij u uit voor het spreekuur van de bedrijfsarts, drs. P.J. Kloosterman, op "
                f"{f(D('2023-10-05'), 'weekday')} om 10.40 uur, locatie Havenweg 120, route 312 (begane grond)."
            ),
            Para(
                "In dit gesprek bespreekt de bedrijfsarts met u wat u nog wel kunt en wat (nog) niet. Zijn advies "
                "aan u en aan uw werkgever legt hij vast in een probleemanalyse. U ontvangt daarvan een kopie. "
                "Neemt u uw legitimatiebewijs mee en, als u dat heeft, een overzicht van uw medicijnen."
            ),
            Para(
                "Kunt u niet komen, laat het ons dan uiterlijk 24 uur van tevoren weten via 0118 - 77 23 12. "
                "Als u zonder bericht niet verschijnt, kunnen wij kosten in rekening brengen bij uw afdeling."
            ),
            Para(
                "Met vriendelijke groet,\n\nSecretariaat Arbo & Vitaliteit\nnamens drs. P.J. Kloosterman, bedrijfsarts"
            ),
        ],
        arbo,
        None,
        uitn,
        f"{N};non-RIV: invitation to the bedrijfsarts consultation (mentions the coming probleemanalyse)",
    )

    pa = D("2023-10-05")
    pdf(
        f"{C}/Arbodienst/Probleemanalyse {f(pa, 'dash')}.pdf",
        [
            Title("Probleemanalyse", sub="Oordeel en advies van de bedrijfsarts na het eerste spreekuur"),
            Fields(
                [
                    ("Medewerker", f"mw. {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Personeelsnummer", "104 882"),
                    ("Functie", "Verpleegkundige niveau 4, 28 uur per week"),
                    ("Afdeling", "Verpleegafdeling Chirurgie C3"),
                    ("Eerste verzuimdag", f(d0, "dash")),
                    ("Datum spreekuur", f(pa, "dash")),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para(
                "Ja. Mevrouw is sinds vier weken volledig afwezig en ik verwacht dat het verzuim nog enkele maanden "
                "zal duren. Er is daarom sprake van dreigend langdurig verzuim."
            ),
            Heading("Het werk"),
            Para(
                "Mevrouw werkt als verpleegkundige op een chirurgische verpleegafdeling. Zij verzorgt patiënten voor "
                "en na een operatie, zet medicatie klaar en dient die toe, doet wondzorg en mobiliseert patiënten. "
                "Het werk vraagt veel staan en lopen, regelmatig tillen en transfers, gebogen werken aan bed en "
                "onregelmatige diensten inclusief nachtdiensten."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Op dit moment is mevrouw beperkt in tillen en dragen (niet meer dan 5 kg), in langdurig staan en "
                "lopen (maximaal een half uur achter elkaar) en in gebogen en gedraaid werken. Zitten moet zij kunnen "
                "afwisselen met staan. Nachtdiensten zijn voorlopig niet mogelijk. Er zijn geen beperkingen in het "
                "persoonlijk en sociaal functioneren. Zij kan licht, afwisselend werk doen van 2 uur per dag."
            ),
            Heading("Prognose"),
            Para(
                "De verwachting is dat de belastbaarheid in de komende weken langzaam toeneemt, maar dat de eigen "
                "functie op korte termijn niet volledig haalbaar is. Ik verwacht dat mevrouw over 4 tot 6 weken meer "
                "uren aangepast werk kan doen. Over de duur van de beperkingen voor tillen kan ik nu nog geen "
                "uitspraak doen; dat hangt af van het verdere beloop."
            ),
            Heading("Advies aan werkgever en werknemer"),
            Bullets(
                [
                    "Start met aangepast werk, 2 x 2 uur per week, zittend en zonder patiëntcontact aan bed, bijvoorbeeld "
                    "telefonische nazorg na ontslag of het controleren van medicatieoverzichten bij opname.",
                    "Stel binnen twee weken samen een plan van aanpak op en wijs een casemanager aan.",
                    "Bespreek iedere zes weken de voortgang; eerder als het werk meer klachten geeft.",
                    "Mevrouw blijft onder behandeling van haar eigen behandelaars; ik vraag met haar toestemming informatie op.",
                ]
            ),
            Heading("Vervolg"),
            Para(
                f"Volgend spreekuur: {f(D('2023-11-02'), 'weekday')}. Mevrouw heeft een kopie van dit advies gekregen."
            ),
            Signatures([Sig(ba.role, ba.name, ba.function, f(pa))]),
        ],
        arbo,
        "probleemanalyse",
        pa,
        f"{N};PA, label/value tables; spreekuur date = report date; next consult date",
    )

    neuro_d = D("2023-11-28")
    pdf(
        f"{C}/Arbodienst/bijlage 2.pdf",
        [
            Para("Huisartsenpraktijk De Kreek\nt.a.v. mw. L. Bosch, huisarts\nKreekweg 2\n4388 KL Zuiderhaven"),
            Para(f"c.c.: drs. P.J. Kloosterman, bedrijfsarts Arbo & Vitaliteit (met toestemming van patiënte)"),
            Fields(
                [
                    ("Datum", f(neuro_d, "dash")),
                    ("Patiënt", f"mw. {vol}"),
                    ("Geboren", f(geb, "dash")),
                    ("Patiëntnummer", "3 871 204"),
                    ("Opname", f(D("2023-11-21"), "dash")),
                    ("Ontslag", f(D("2023-11-23"), "dash")),
                ]
            ),
            Para("Betreft: ontslagbericht na opname op de afdeling Neurochirurgie"),
            Para("Geachte collega,"),
            Para(
                "Uw patiënte, zelf werkzaam als verpleegkundige in ons ziekenhuis, werd op 21-11-2023 electief opgenomen "
                "voor een microdiscectomie L5-S1 links. Zij is bij ons bekend sinds september 2023 met een lumbosacraal "
                "radiculair syndroom S1 links op basis van een HNP L5-S1, aangetoond op de MRI van 17-10-2023. Conservatieve "
                "behandeling met fysiotherapie en pijnstilling gaf onvoldoende verbetering; er bleef een krachtsverlies "
                "van de voetheffers (MRC 4) en een hypesthesie van de laterale voetrand."
            ),
            Para(
                "De operatie verliep zonder complicaties. Postoperatief was de beenpijn direct sterk verminderd. Zij "
                "mobiliseerde op dag 1 onder begeleiding van de fysiotherapeut en kon op 23-11-2023 in goede conditie "
                "naar huis."
            ),
            Heading("Medicatie bij ontslag"),
            Bullets(
                [
                    "paracetamol 1000 mg 4 dd",
                    "naproxen 500 mg 2 dd gedurende 10 dagen, met pantoprazol 20 mg 1 dd",
                    "oxycodon 5 mg zo nodig, maximaal 3 dd, afbouwen binnen een week",
                ]
            ),
            Heading("Beleid"),
            Para(
                "Geleidelijk opbouwen van activiteiten, de eerste 6 weken niet tillen boven 5 kg en niet langdurig "
                "gebogen werken. Poliklinische controle over 6 weken, op 09-01-2024, bij ondergetekende. "
                "Verwijzing fysiotherapie meegegeven."
            ),
            Para("Met collegiale groet,"),
            Signatures([Sig("Neurochirurg", "dr. R.M. de Haan", "neurochirurg", "")]),
        ],
        neuro,
        "medische_informatie",
        neuro_d,
        f"{N};MI: specialist discharge letter, hospital letterhead = same hospital as the employer; no 'medische informatie' title",
    )

    bij_pa = D("2024-01-22")
    pdf(
        f"{C}/Arbodienst/PA.pdf",
        [
            Title("Advies na herbeoordeling", sub=f"Bijstelling van de probleemanalyse d.d. {f(pa)}"),
            Fields(
                [
                    ("Medewerker", f"mw. {naam}"),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Functie", "Verpleegkundige, Chirurgie C3"),
                    ("Eerste verzuimdag", f(d0, "dash")),
                    ("Datum spreekuur", f(bij_pa, "abbr")),
                ]
            ),
            Heading("Wat is er veranderd"),
            Para(
                "Sinds mijn probleemanalyse is de situatie gewijzigd. Mevrouw heeft in november een behandeling "
                "ondergaan; de medische gegevens daarover blijven bij mij. Voor de werkgever is van belang dat de "
                "belastbaarheid daarna duidelijk is toegenomen, maar dat er blijvend grenzen zijn aan tillen en "
                "het werken in nachtdiensten."
            ),
            Heading("Herziene belastbaarheid"),
            Bullets(
                [
                    "Werktijd: 3 dagen van 3 uur, na 4 weken 3 dagen van 4 uur.",
                    "Tillen en dragen: niet meer dan 10 kg; geen patiënttransfers zonder tillift.",
                    "Staan en lopen: afwisselen, maximaal een uur achtereen.",
                    "Geen nachtdiensten tot de volgende evaluatie.",
                ]
            ),
            Heading("Advies"),
            Para(
                "Het plan van aanpak kan worden bijgesteld. Ik adviseer passend werk op de polikliniek Preoperatieve "
                "screening (telefonische intake, medicatieverificatie, voorlichting) als tussenstap. Terugkeer naar "
                "de verpleegafdeling is op langere termijn nog onzeker."
            ),
            Para(f"Volgende afspraak op het spreekuur: {f(D('2024-03-04'), 'long')}."),
            Signatures([Sig(ba.role, ba.name, ba.function, f(bij_pa, "apos"))]),
        ],
        arbo,
        "bijstelling_probleemanalyse",
        bij_pa,
        f"{N};bijstelling PA in a file named PA.pdf; title 'Advies na herbeoordeling'; cites the old PA date",
    )

    ao = D("2025-05-15")
    scan(
        f"{C}/Arbodienst/Scan_20250519_0001.pdf",
        [
            Title("Actueel oordeel", sub="bedrijfsarts, ten behoeve van de WIA-aanvraag"),
            Fields(
                [
                    ("Medewerker", f"mw. {naam}"),
                    ("BSN", dots(bsn)),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Werkgever", werkgever),
                    ("Eerste verzuimdag", f(d0, "dash")),
                    ("Datum", f(ao, "dash")),
                ]
            ),
            Heading("Verloop van de arbeidsongeschiktheid"),
            Para(
                "Mevrouw is inmiddels bijna twee jaar gedeeltelijk arbeidsongeschikt. Na een periode van verbetering in "
                "het eerste ziektejaar is de belastbaarheid sinds het najaar van 2024 stabiel. Verdere verbetering "
                "van betekenis verwacht ik niet."
            ),
            Heading("Functionele mogelijkheden en beperkingen"),
            Para(
                "Zij is aangewezen op licht, afwisselend werk waarbij zij zelf kan wisselen tussen zitten, staan en "
                "lopen. Niet tillen boven 10 kg, geen patiënttransfers, geen langdurig gebogen werk, geen nachtdiensten. "
                "Zij kan 4 dagen van 4 uur werken (16 uur per week)."
            ),
            Heading("Arbeidsrelatie"),
            Para(
                "Ik heb geen aanwijzingen dat de arbeidsrelatie verstoord is. Werkgever en werknemer werken goed samen."
            ),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "De eigen functie als verpleegkundige op de verpleegafdeling is niet passend. De werkzaamheden op de "
                "polikliniek Preoperatieve screening zijn passend binnen de genoemde uren, maar de werkgever heeft "
                "daar geen structurele formatieplaats voor."
            ),
            Signatures([Sig(ba.role, ba.name, ba.function, f(ao, "dash"))]),
        ],
        arbo,
        "actueel_oordeel",
        ao,
        f"{N};AO scanned by the employer (file named by the scanner); BSN with dots",
        rotate_deg=1.1,
        noise=0.6,
    )

    # --- Werkgever ------------------------------------------------------------------------
    pdf(
        f"{C}/Werkgever/functieomschrijving.pdf",
        [
            Title("Functieomschrijving Verpleegkundige (niveau 4)", sub="Verpleegafdelingen snijdende specialismen"),
            Fields([("FWG-functiegroep", "45"), ("Vastgesteld", f(D("2021-03-01"))), ("Versie", "3.2")]),
            Heading("Doel van de functie"),
            Para(
                "De verpleegkundige verleent zelfstandig verpleegkundige zorg aan patiënten die een operatie ondergaan, "
                "van opname tot ontslag, binnen de protocollen van het ziekenhuis."
            ),
            Heading("Taken"),
            Bullets(
                [
                    "Pre- en postoperatieve zorg: opname, voorbereiding op de operatie, observatie na terugkomst van de "
                    "operatiekamer en de verkoeverkamer.",
                    "Medicatie klaarzetten, toedienen en registreren volgens het medicatieprotocol; dubbele controle "
                    "bij risicovolle medicatie.",
                    "Wondzorg, drains en infusen; pijnmeting en -behandeling volgens voorschrift van de arts.",
                    "Mobiliseren en transfers van patiënten, met en zonder hulpmiddelen.",
                    "Rapporteren in het elektronisch patiëntendossier en overdragen aan collega's en artsen.",
                    "Voorlichting aan patiënt en naasten bij ontslag.",
                ]
            ),
            Heading("Belasting"),
            Para(
                "Regelmatig tillen en verplaatsen van patiënten, veel staan en lopen, onregelmatige diensten "
                "(vroeg, laat, nacht, weekend). Hoge concentratie bij medicatie en bij acute situaties."
            ),
        ],
        hr,
        None,
        D("2021-03-01"),
        f"{N};non-RIV: job description full of medicatie/operatie wording (work, not health data)",
    )

    pva = D("2023-10-16")
    docx(
        f"{C}/Werkgever/PvA van Velzen.docx",
        [
            Title("Plan van aanpak", sub="Re-integratie na ziekmelding"),
            Fields(
                [
                    ("Naam medewerker", vol),
                    ("Personeelsnummer", "104 882"),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Functie / afdeling", "Verpleegkundige, Chirurgie C3"),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum probleemanalyse", f(pa, "dash")),
                    ("Datum gesprek", f(D("2023-10-12"), "dash")),
                    ("Casemanager", f"{cm}, HR-adviseur"),
                ]
            ),
            Heading("Re-integratiedoel"),
            Para("Terugkeer in de eigen functie als verpleegkundige op C3, eerst met aangepaste taken en uren."),
            Heading("Afspraken en activiteiten"),
            Table(
                ["Activiteit", "Wie", "Wanneer"],
                [
                    [
                        "Aangepast werk: telefonische nazorg na ontslag, 2 x 2 uur",
                        "Marloes / teamleider",
                        "vanaf 23-10-2023",
                    ],
                    [
                        "Opbouw naar 3 x 3 uur in overleg met bedrijfsarts",
                        "Marloes / bedrijfsarts",
                        "na spreekuur 2-11-2023",
                    ],
                    ["Werkplek met sta-zittafel op de afdelingsbalie", "teamleider", "vóór 23-10-2023"],
                    ["Contact over het verloop, elke twee weken", "teamleider", "doorlopend"],
                ],
            ),
            Heading("Evaluatiemomenten"),
            Para(
                "Iedere zes weken, de eerste keer in week 11 (half november 2023), en in ieder geval rond het einde "
                "van het eerste ziektejaar."
            ),
            Heading("Visie werkgever"),
            Para(
                "Wij willen Marloes graag behouden voor de afdeling en zien kansen in aangepaste taken zolang zij "
                "nog niet aan bed kan werken."
            ),
            Heading("Visie werknemer"),
            Para("Ik wil zo snel mogelijk terug naar mijn eigen werk, maar niet ten koste van mijn herstel."),
            Signatures(
                [
                    Sig("Werkgever", tl, "teamleider Chirurgie C3", f(pva, "dash")),
                    Sig("Werknemer", naam, "", f(pva, "dash")),
                ]
            ),
        ],
        hr_form,
        "plan_van_aanpak",
        pva,
        f"{N};PvA as a DOCX table form; conversation 12-10 vs signing 16-10",
    )

    bij_pva = D("2024-02-05")
    photo(
        f"{C}/Werkgever/IMG_20240205_143310.jpg",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Medewerker", naam),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Oorspronkelijk plan van aanpak", f(pva, "dash")),
                ]
            ),
            Heading("Wat verandert er"),
            Para(
                "Op advies van de bedrijfsarts (bijgesteld advies van januari) gaat Marloes vanaf 12 februari 2024 "
                "werken op de polikliniek Preoperatieve screening: telefonische intake, medicatieoverzichten "
                "controleren en voorlichting vóór de operatie. Start 3 x 3 uur, na vier weken 3 x 4 uur."
            ),
            Heading("Nieuw doel"),
            Para(
                "Duurzame hervatting in aangepast werk. Terugkeer naar de verpleegafdeling wordt bij de volgende "
                "evaluaties opnieuw bekeken."
            ),
            Signatures(
                [
                    Sig("Werkgever", tl, "teamleider C3", f(bij_pva)),
                    Sig("Werknemer", naam, "", f(bij_pva)),
                ]
            ),
        ],
        hr,
        "bijstelling_plan_van_aanpak",
        bij_pva,
        f"{N};phone photo of a signed bijstelling PvA",
        taken=dt.datetime(2024, 2, 5, 14, 33, 10),
    )

    ev1 = D("2024-03-18")
    docx(
        f"{C}/Werkgever/verslag 6wk gesprek maart.docx",
        [
            Title("Voortgangsgesprek re-integratie"),
            Fields(
                [
                    ("Medewerker", vol),
                    ("Datum gesprek", f(ev1, "long")),
                    ("Aanwezig", f"{tl} (teamleider), {naam}"),
                    ("Eerste ziektedag", f(d0, "dash")),
                ]
            ),
            Heading("Stand van zaken"),
            Para(
                "Marloes werkt sinds 12 februari op de polikliniek Preoperatieve screening, nu 3 x 4 uur. Het "
                "telefonisch uitvragen van patiënten en het controleren van de medicatie gaat goed. Na een dienst "
                "van 4 uur is zij moe; meer uren lijkt nu nog te veel."
            ),
            Heading("Afspraken uit het plan van aanpak"),
            Table(
                ["Afspraak", "Nagekomen?", "Toelichting"],
                [
                    ["Werken op de POS-poli 3 x 4 uur", "ja", "sinds 11 maart"],
                    ["Sta-zitwerkplek", "ja", "geregeld door facilitair"],
                    ["Scholing medicatieverificatie", "deels", "e-learning gevolgd, praktijkdeel in april"],
                ],
            ),
            Heading("Nieuwe afspraken"),
            Bullets(
                [
                    "Uren blijven gelijk tot het spreekuur bij de bedrijfsarts.",
                    "Volgende evaluatie in week 17 (22 april 2024).",
                ]
            ),
            Signatures(
                [
                    Sig("Teamleider", tl, "", f(ev1, "dash1")),
                    Sig("Medewerker", naam, "", f(ev1, "dash1")),
                ]
            ),
        ],
        hr_hdr,
        "tussentijdse_evaluatie",
        ev1,
        f"{N};interim evaluation, DOCX title only in the page header",
    )

    eje = D("2024-08-08")
    pdf(
        f"{C}/Werkgever/eerstejaars.pdf",
        [
            Title("Eerstejaarsevaluatie", sub=f"{vol} — verpleegkundige Chirurgie C3"),
            Fields(
                [
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "long")),
                    ("Datum evaluatie", f(eje, "long")),
                    ("Aanwezig", f"{tl} (teamleider), {cm} (casemanager HR), {naam}"),
                ]
            ),
            Heading("Terugblik op het eerste ziektejaar"),
            Para(
                "Marloes is in september 2023 uitgevallen. Na het advies van de bedrijfsarts is zij in oktober met "
                "aangepast werk begonnen. Sinds februari werkt zij op de polikliniek Preoperatieve screening, nu "
                "4 x 4 uur. De bedrijfsarts heeft de belastbaarheid in januari en in juni bijgesteld; patiëntgebonden "
                "werk aan bed en nachtdiensten blijven voorlopig niet mogelijk."
            ),
            Heading("Welk re-integratieresultaat willen we in het tweede ziektejaar bereiken?"),
            Para(
                "Duurzaam passend werk voor 16 tot 20 uur per week. Binnen het ziekenhuis is op de POS-poli geen "
                "structurele formatie beschikbaar. Ook andere interne vacatures (planning, secretariaat) zijn bekeken; "
                "daar is nu geen plaats."
            ),
            Heading("Spoor 2"),
            Para(
                "Omdat terugkeer in de eigen functie niet te verwachten is, starten we met een tweede spoortraject bij "
                "Loopbaanhuis Delta, uiterlijk op 1 september 2024. Het werk op de POS-poli loopt daarnaast door."
            ),
            Heading("Visie werkgever"),
            Para("Wij blijven intern zoeken, maar vinden het verstandig om nu ook buiten het ziekenhuis te kijken."),
            Heading("Visie werknemer"),
            Para(
                "Ik vind het jammer dat ik niet terug kan naar de afdeling, maar ik snap het. Ik wil graag in de zorg blijven."
            ),
            Signatures(
                [
                    Sig("Werkgever", tl, "teamleider", f(eje, "dash")),
                    Sig("Werknemer", naam, "", f(eje, "dash")),
                    Sig("Casemanager", cm, "HR-adviseur", f(eje, "dash")),
                ]
            ),
        ],
        hr,
        "eerstejaarsevaluatie",
        eje,
        f"{N};EJE, plain name; several dates in the text",
    )

    # --- 2e spoor ---------------------------------------------------------------------------
    tp = D("2024-09-16")
    pdf(
        f"{C}/2e spoor Delta/Trajectplan Loopbaanhuis Delta.pdf",
        [
            Title("Trajectplan tweede spoor"),
            Fields(
                [
                    ("Kandidaat", f"mw. {naam}"),
                    ("BSN", spaced(bsn)),
                    ("Opdrachtgever", werkgever),
                    ("Loopbaancoach", "I. Ramakers"),
                    ("Intakegesprek", f(D("2024-09-10"), "long")),
                    ("Startdatum traject", f(tp, "long")),
                    ("Looptijd", "9 maanden"),
                ]
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Mevrouw Van Velzen is een ervaren verpleegkundige (ruim 19 jaar) met sterke communicatieve vaardigheden, "
                "nauwkeurig bij medicatie en protocollen en gewend aan registratie in het EPD. Zij is gemotiveerd om "
                "in de zorg te blijven, in een rol zonder fysieke patiëntenzorg."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "doktersassistent of praktijkondersteuner (zittend, afwisselend)",
                    "medewerker planning / zorgbemiddeling",
                    "medisch secretaresse",
                    "medewerker medicatieverificatie in een apotheek",
                ]
            ),
            Heading("Activiteiten"),
            Table(
                ["Maand", "Activiteit"],
                [
                    ["sep–okt 2024", "arbeidsmarktoriëntatie, cv en LinkedIn-profiel, netwerkanalyse"],
                    ["nov–dec 2024", "netwerkgesprekken, open sollicitaties, oriëntatie op scholing doktersassistent"],
                    ["jan–mrt 2025", "gericht solliciteren, proefplaatsing of werkervaringsplaats"],
                    ["apr–jun 2025", "plaatsing en nazorg"],
                ],
            ),
            Para("Wij rapporteren iedere acht tot tien weken aan werkgever en werknemer."),
            Signatures(
                [
                    Sig("Loopbaancoach", "I. Ramakers", "Loopbaanhuis Delta", f(tp)),
                    Sig("Kandidaat", naam, "voor akkoord", f(tp)),
                ]
            ),
        ],
        delta,
        "trajectplan_tweede_spoor",
        tp,
        f"{N};trajectplan of the 2nd-track bureau; intake date vs start date",
    )

    vr = D("2024-12-09")
    pdf(
        f"{C}/2e spoor Delta/voortgang 1.pdf",
        [
            Title("Voortgangsrapportage 2e spoor", sub="Rapportage 1"),
            Fields(
                [
                    ("Kandidaat", f"mw. {naam}"),
                    ("Opdrachtgever", werkgever),
                    ("Rapportageperiode", f"{f(tp, 'dash')} t/m {f(D('2024-11-30'), 'dash')}"),
                    ("Datum rapportage", f(vr, "iso")),
                ]
            ),
            Heading("Activiteiten in deze periode"),
            Para(
                "Mevrouw heeft alle afspraken (7 coachgesprekken) nagekomen. Cv en LinkedIn-profiel zijn af. Zij "
                "voerde vijf netwerkgesprekken, onder andere met een huisartsenpraktijk en een regionale apotheek."
            ),
            Table(
                ["Datum", "Organisatie", "Functie", "Resultaat"],
                [
                    ["08-10-2024", "Huisartsenpraktijk Scheldezicht", "doktersassistent", "geen reactie"],
                    ["24-10-2024", "Apotheek Walcheren-Oost", "medewerker medicatiebeoordeling", "gesprek, afgewezen"],
                    ["19-11-2024", "Zorgbemiddeling Zeeland", "planner thuiszorg", "in behandeling"],
                ],
            ),
            Heading("Inzet van de kandidaat"),
            Para(
                "Actief en betrokken. Vermoeidheid na werkdagen op de poli beperkt het aantal uren dat zij aan het "
                "traject kan besteden."
            ),
            Heading("Vervolg"),
            Para(
                "Oriëntatie op de opleiding doktersassistent (verkort traject). Volgende rapportage in februari 2025."
            ),
            Signatures([Sig("Loopbaancoach", "I. Ramakers", "", f(vr, "iso"))]),
        ],
        delta,
        "voortgangsrapportage_tweede_spoor",
        vr,
        f"{N};2nd-track progress report, ISO date",
    )

    er = D("2025-04-28")
    pdf(
        f"{C}/2e spoor Delta/Eindrapport.pdf",
        [
            Title("Eindrapportage re-integratietraject tweede spoor"),
            Fields(
                [
                    ("Kandidaat", f"mw. {naam}"),
                    ("BSN", bsn),
                    ("Looptijd traject", f"{f(tp, 'dash')} – {f(D('2025-04-25'), 'dash')}"),
                    ("Datum", f(er, "dash")),
                ]
            ),
            Heading("Resultaat van het traject"),
            Para(
                "Het traject heeft niet geleid tot een plaatsing bij een andere werkgever. Mevrouw heeft van januari "
                "tot en met maart 2025 een werkervaringsplaats gehad bij Huisartsenpraktijk Scheldezicht (2 ochtenden "
                "per week). Die praktijk heeft geen vacature; wel is zij als invalkracht genoteerd."
            ),
            Heading("Inspanningen"),
            Para(
                "In totaal 14 sollicitaties, 11 netwerkgesprekken, 2 sollicitatiegesprekken en 1 werkervaringsplaats. "
                "De kandidaat heeft zich in het hele traject actief opgesteld."
            ),
            Heading("Advies"),
            Para(
                "Wij adviseren mevrouw te blijven solliciteren op functies als doktersassistent of planner in de zorg "
                "en de opleiding doktersassistent te volgen. Met dit rapport sluiten wij het traject af."
            ),
            Signatures([Sig("Loopbaancoach", "I. Ramakers", "Loopbaanhuis Delta", f(er, "dash"))]),
        ],
        delta,
        "eindrapportage_tweede_spoor",
        er,
        f"{N};2nd-track final report",
    )

    # --- UWV ----------------------------------------------------------------------------------
    zm = D("2024-07-02")
    pdf(
        f"{C}/UWV/42e week.pdf",
        [
            Para(f"{werkgever}\nt.a.v. afdeling HR & Arbeidszaken\nPostbus 120\n4388 ZG Zuiderhaven"),
            Fields([("Datum", f(zm)), ("Ons kenmerk", "ZM-24-0638114"), ("Loonheffingennummer", "8110.22.417.L01")]),
            Para("Betreft: bevestiging ziekmelding van uw werknemer"),
            Para("Geachte heer, mevrouw,"),
            Para(
                f"Op {f(D('2024-06-24'))} heeft u uw werknemer mevrouw {naam} (BSN {bsn}) bij ons ziek gemeld. Uw "
                f"werknemer is ziek sinds {f(d0)}. Met deze brief bevestigen wij dat wij de ziekmelding hebben ontvangen."
            ),
            Para(
                f"Als uw werknemer ziek blijft, heeft u tot en met {f(d0 + dt.timedelta(days=727))} de plicht om het loon "
                "door te betalen. Rond het einde van het eerste ziektejaar maakt u samen met uw werknemer een "
                "eerstejaarsevaluatie. In week 88 sturen wij uw werknemer informatie over het aanvragen van een "
                "WIA-uitkering."
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        UWV,
        "ziekmelding_uwv",
        zm,
        f"{N};UWV confirmation of the 42nd-week report; report date and end of wage duty in text",
    )

    wia = D("2025-05-06")
    pdf(
        f"{C}/UWV/brief UWV WIA.pdf",
        [
            Para(f"Mevrouw {naam}\nKreekweg 31\n4388 KL Zuiderhaven"),
            Fields([("Datum", f(wia)), ("Burgerservicenummer", bsn), ("Onderwerp", "Aanvraag WIA-uitkering")]),
            Para("Beste mevrouw Van Velzen,"),
            Para(
                f"U bent sinds {f(d0)} ziek. Bent u na 104 weken nog steeds ziek? Dan kunt u een WIA-uitkering "
                f"aanvragen. Doe dat uiterlijk op {f(d0 + dt.timedelta(days=650))}, via Mijn UWV."
            ),
            Para(
                "Uw werkgever maakt met u een re-integratieverslag. Daarin staat wat u en uw werkgever hebben gedaan "
                "om u weer aan het werk te helpen. U krijgt een kopie. Uw bedrijfsarts geeft een actueel oordeel en "
                "de medische informatie stuurt u of uw bedrijfsarts in een gesloten envelop naar ons."
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        UWV,
        "uwv_correspondentie",
        wia,
        f"{N};UWV week-88 letter to the employee",
    )

    # --- top level: eindevaluatie and oordeel werknemer --------------------------------------
    ev = D("2025-05-26")
    pdf(
        f"{C}/definitief def.pdf",
        [
            Title("Eindevaluatie", sub=f"Re-integratieverslag {vol}"),
            Fields(
                [
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Functie", "Verpleegkundige niveau 4, 28 uur"),
                    ("Eerste ziektedag", f(d0, "long")),
                    ("Actueel oordeel bedrijfsarts", f(ao, "long")),
                ]
            ),
            Heading("Aard van het bedrijf"),
            Para(
                "Zuiderhaven Ziekenhuis is een algemeen ziekenhuis met twee locaties en ongeveer 2.100 medewerkers. "
                "Het grootste deel van de medewerkers werkt in de directe patiëntenzorg, in onregelmatige diensten."
            ),
            Heading("Terugblik"),
            Table(
                ["Periode", "Wat is er gebeurd"],
                [
                    ["sep–okt 2023", "uitval; probleemanalyse; plan van aanpak; start aangepast werk"],
                    ["nov 2023–jan 2024", "behandeling; bijstelling probleemanalyse"],
                    ["feb–aug 2024", "werk op de POS-poli, opbouw naar 16 uur; eerstejaarsevaluatie"],
                    ["sep 2024–apr 2025", "tweede spoor via Loopbaanhuis Delta; werkervaringsplaats"],
                ],
            ),
            Heading("Kwaliteit van de arbeidsrelatie"),
            Para(
                "Goed. Er zijn geen conflicten geweest; Marloes en haar leidinggevende hebben steeds in overleg gewerkt."
            ),
            Heading("Passende arbeid"),
            Para(
                "Marloes werkt 16 uur per week op de POS-poli. Dit werk is passend, maar er is geen structurele formatie; "
                "wij kunnen het tot het einde van de wachttijd voortzetten. Haar eigen functie is niet meer passend."
            ),
            Heading("Visie werknemer"),
            Para(
                "Marloes is tevreden over de begeleiding, maar had graag eerder met het tweede spoor willen beginnen."
            ),
            Signatures(
                [
                    Sig("Werkgever", tl, "teamleider Chirurgie C3", f(ev)),
                    Sig("Werknemer", naam, "", f(ev)),
                ]
            ),
        ],
        hr,
        "eindevaluatie",
        ev,
        f"{N};EV in a file named 'definitief def.pdf'; AO date cited",
    )

    ow = D("2025-06-02")
    docx(
        f"{C}/Document (3).docx",
        [
            Para(
                "Hierbij geef ik, Marloes van Velzen, mijn oordeel over het re-integratieverslag dat mijn werkgever "
                "voor mijn WIA-aanvraag heeft opgesteld."
            ),
            Fields([("BSN", bsn), ("Geboortedatum", f(geb, "long")), ("Werkgever", werkgever)]),
            Para(
                "Ik heb alle stukken gelezen: de probleemanalyse, het plan van aanpak en de bijstellingen, de "
                "evaluaties, het actueel oordeel van de bedrijfsarts en de eindevaluatie."
            ),
            Para(
                "Ik ben het eens met wat er staat over mijn werk en over de afspraken die we hebben gemaakt. Mijn "
                "teamleider en de casemanager hebben mij goed begeleid."
            ),
            Para(
                "Ik ben het niet helemaal eens met de eindevaluatie op één punt: het tweede spoor is pas in september "
                "2024 begonnen, terwijl al in het voorjaar duidelijk was dat ik niet terug kon naar de afdeling. "
                "Daardoor had ik minder tijd om ander werk te vinden."
            ),
            Para(f"Zuiderhaven, {f(ow, 'dash1')}"),
            Signatures([Sig("Werknemer", vol, "", "")]),
        ],
        PLAIN,
        "oordeel_werknemer",
        ow,
        f"{N};oordeel werknemer without a title, says what it is in sentence 1; 'Document (3).docx'",
    )


# ============================================================================================
# Case B — Van Dalfsen Transport & Logistiek: a truck driver (folders by party)
# ============================================================================================


def case_b() -> None:
    C = "vandalfsen-kuipers"
    N = "vandalfsen"
    d0 = D("2023-11-20")
    bsn = new_bsn(5002)
    big_ba = new_big(5102)
    naam = "D. Kuipers"
    vol = "Dennis Kuipers"
    geb = D("1971-08-03")
    werkgever = "Van Dalfsen Transport & Logistiek B.V."
    vd = Style(
        key="c5-vd",
        org="Van Dalfsen Transport & Logistiek B.V.",
        font="condensed",
        accent=(170, 20, 30),
        letterhead="band",
        org_lines=("Transportweg 7", "8171 PB Oldeveen", "KvK 05061234"),
        footer="Van Dalfsen Transport & Logistiek B.V. · Loonheffingennummer 8527.41.033.L01",
    )
    vd_tab = Style(
        key="c5-vd-tab",
        org="Van Dalfsen Transport & Logistiek B.V.",
        font="condensed",
        accent=(170, 20, 30),
        letterhead="band",
        org_lines=("Transportweg 7 · 8171 PB Oldeveen",),
        fields_as_table=True,
        footer="Van Dalfsen Transport & Logistiek B.V. — personeelszaken",
    )
    vd_form = Style(
        key="c5-vd-form",
        org="Van Dalfsen Transport & Logistiek B.V.",
        font="sans",
        accent=(170, 20, 30),
        docx_form=True,
        footer="Van Dalfsen — verzuimdossier",
    )
    arbo_hdr = Style(
        key="c5-atn-hdr",
        org="ArboTeam Noordoost",
        font="sans",
        accent=(0, 120, 80),
        letterhead="left",
        org_lines=("Arbodienstverlening & verzuimbegeleiding", "Hanzelaan 212 · 8017 JK Zwolle"),
        docx_title_in_header=True,
        footer="ArboTeam Noordoost · www.arboteam-noordoost.nl",
    )
    arbo = Style(
        key="c5-atn",
        org="ArboTeam Noordoost",
        font="sans",
        accent=(0, 120, 80),
        letterhead="left",
        org_lines=("Arbodienstverlening & verzuimbegeleiding", "Hanzelaan 212 · 8017 JK Zwolle · 038 - 760 44 00"),
        footer="ArboTeam Noordoost · vertrouwelijk",
    )
    bosman = Style(
        key="c5-bosman",
        org="Bosman Arbeidsdeskundig Advies",
        font="serif",
        accent=(60, 60, 60),
        letterhead="centered",
        org_lines=("R. Bosman, register-arbeidsdeskundige", "Molenstraat 3 · 7701 AA Dedemsvaart"),
        footer="Bosman Arbeidsdeskundig Advies",
        base_size=10.5,
    )
    werkroute = Style(
        key="c5-werkroute",
        org="Werkroute Re-integratie",
        font="sans",
        accent=(60, 60, 140),
        letterhead="band",
        org_lines=("2e spoor · outplacement · jobcoaching", "Postbus 1102 · 7940 KC Meppel"),
        footer="Werkroute Re-integratie B.V.",
    )
    portal = Style(
        key="c5-portal",
        org="",
        font="mono",
        letterhead="none",
        accent=(0, 0, 0),
        footer="Afgedrukt uit het UWV werkgeversportaal",
        base_size=9.5,
    )
    brinkman = Style(
        key="c5-brinkman",
        org="Koeltransport Brinkman",
        font="sans",
        accent=(0, 110, 180),
        letterhead="centered",
        org_lines=("werkenbij.brinkman-koeltransport.nl",),
        footer="Werken bij Brinkman",
    )
    ba_name = "mw. drs. T. Haverkamp"
    ba_fn = f"bedrijfsarts, BIG-registratie {big_ba}"
    cm = "L. Pruim"
    mgr = "G. Dijkhuis"

    pdf(
        f"{C}/verzuimprotocol Van Dalfsen 2023.pdf",
        [
            Title("Verzuimprotocol", sub="Wat doe je als je ziek bent? — voor alle chauffeurs en magazijnmedewerkers"),
            Fields(
                [("Versie", "2023-1"), ("Vastgesteld", f(D("2023-01-16"), "long")), ("Eigenaar", "Personeelszaken")]
            ),
            Heading("1. Ziekmelden"),
            Para(
                "Meld je ziek vóór 06.00 uur bij de planning (0523 - 61 20 00), niet via WhatsApp. Ben je onderweg "
                "ziek geworden, bel dan eerst de planner zodat de lading kan worden overgenomen. Geef door: je "
                "(verpleeg)adres, je telefoonnummer, hoe lang je denkt weg te blijven en of het om een ongeval gaat. "
                "Je hoeft niet te vertellen wat je hebt."
            ),
            Heading("2. Contact tijdens ziekte"),
            Para(
                "Je leidinggevende belt je in de eerste week. ArboTeam Noordoost is onze arbodienst; de casemanager "
                "neemt contact met je op. Binnen zes weken maakt de bedrijfsarts een probleemanalyse en daarna "
                "maken wij samen met jou een plan van aanpak."
            ),
            Heading("3. Re-integratie"),
            Bullets(
                [
                    "Je werkt mee aan passend werk, ook als dat ander werk is dan rijden (bijvoorbeeld in het magazijn).",
                    "We evalueren iedere zes weken. Na een jaar volgt de eerstejaarsevaluatie.",
                    "Vakantie tijdens ziekte alleen na overleg met de casemanager en de bedrijfsarts.",
                ]
            ),
            Heading("4. Sancties"),
            Para(
                "Werk je niet mee, dan kunnen wij je loon opschorten of stopzetten. Bij een verschil van mening kun "
                "je, net als wij, een deskundigenoordeel bij UWV aanvragen."
            ),
        ],
        vd,
        None,
        D("2023-01-16"),
        f"{N};non-RIV: the employer's verzuimprotocol (names every RIV step)",
    )

    pa = D("2023-12-21")
    docx(
        f"{C}/ArboTeam/Probleemanalyse.docx",
        [
            Title("Probleemanalyse"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Werkgever", werkgever),
                    ("Functie", "Chauffeur CE, distributie nationaal, 40 uur"),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum consult", f(pa, "dash")),
                    ("Verzuimnummer", "ATN-2023-48817"),
                ]
            ),
            Heading("Is er sprake van dreigend langdurig verzuim?"),
            Para(
                "Ja. De heer Kuipers is na een val van de laadklep tijdens het lossen op vrijdag 17 november 2023 "
                "(als bedrijfsongeval gemeld) uitgevallen. Hij is nu ruim vier weken volledig arbeidsongeschikt voor "
                "zijn eigen werk. Ik verwacht dat het verzuim langer dan drie maanden duurt."
            ),
            Heading("Beperkingen"),
            Para(
                "Hij kan zijn rechterarm niet boven schouderhoogte gebruiken, niet tillen of dragen met rechts, niet "
                "duwen of trekken (rolcontainers, pompwagen) en geen vrachtwagen besturen. Er zijn geen beperkingen "
                "in het persoonlijk of sociaal functioneren."
            ),
            Heading("Mogelijkheden"),
            Para(
                "Licht werk zonder belasting van de rechterarm is mogelijk, zittend of staand, 3 dagen van 4 uur. "
                "Bijvoorbeeld ondersteunende taken bij de planning of het controleren van vrachtbrieven. Meerijden als "
                "bijrijder raad ik af, omdat hij dan toch gaat helpen met laden en lossen."
            ),
            Heading("Verwachte duur en prognose"),
            Para(
                "De prognose voor herstel is redelijk maar het herstel duurt lang. Terugkeer naar het eigen werk als "
                "chauffeur met laden en lossen verwacht ik niet binnen zes maanden."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Start met aangepast werk op kantoor bij de planning, 3 x 4 uur, vanaf januari 2024.",
                    "Maak binnen twee weken een plan van aanpak; casemanager is L. Pruim van ArboTeam.",
                    "Laat de werkplek in de planning beoordelen (muis en scherm links inrichten).",
                ]
            ),
            Para(f"Vervolgafspraak op het spreekuur: {f(D('2024-02-01'), 'weekday')}."),
            Signatures([Sig("Bedrijfsarts", ba_name, ba_fn, f(pa, "dash"))]),
        ],
        arbo_hdr,
        "probleemanalyse",
        pa,
        f"{N};PA in DOCX with the title only in the page header; accident date before first sick day",
    )

    bij_pa = D("2024-03-14")
    pdf(
        f"{C}/ArboTeam/terugkoppeling spreekuur 14-3.pdf",
        [
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Verzuimnummer", "ATN-2023-48817"),
                ]
            ),
            Para(
                f"Naar aanleiding van het spreekuur van {f(bij_pa)} stel ik de probleemanalyse van {f(pa)} bij, omdat de "
                "belastbaarheid van de heer Kuipers sindsdien wezenlijk is veranderd."
            ),
            Para(
                "De heer Kuipers heeft in februari een behandeling ondergaan. Het herstel daarna verloopt langzamer dan "
                "verwacht. Het werk op de planning gaat goed en kan worden uitgebreid; het eigen werk als chauffeur "
                "met laden en lossen blijft voorlopig buiten bereik."
            ),
            Heading("Gewijzigd advies"),
            Bullets(
                [
                    "Uitbreiden naar 4 dagen van 5 uur administratief en planningswerk.",
                    "Niet rijden met vrachtwagen of bestelbus tot nader order; woon-werkverkeer met eigen auto mag.",
                    "De beperkingen staan in het bijgevoegde inzetbaarheidsprofiel; dat vervangt de beschrijving in "
                    "de probleemanalyse.",
                ]
            ),
            Para(f"Volgend spreekuur: {f(D('2024-04-25'), 'dash')}."),
            Para("Met vriendelijke groet,"),
            Signatures([Sig("Bedrijfsarts", ba_name, ba_fn, f(bij_pa, "apos"))]),
        ],
        arbo,
        "bijstelling_probleemanalyse",
        bij_pa,
        f"{N};bijstelling PA without a title, says what it is in sentence 1; cites the old PA date",
    )

    pdf(
        f"{C}/ArboTeam/bijlage bij terugkoppeling.pdf",
        [
            Title("Inzetbaarheidsprofiel"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("BSN", bsn),
                    ("Datum", f(bij_pa, "dash")),
                    ("Geldig tot", "volgende beoordeling bedrijfsarts"),
                ]
            ),
            Table(
                ["Rubriek", "Beperkt?", "Toelichting"],
                [
                    ["I Persoonlijk functioneren", "nee", "—"],
                    ["II Sociaal functioneren", "nee", "—"],
                    ["III Aanpassing aan fysieke omgevingseisen", "nee", "—"],
                    [
                        "IV Dynamische handelingen",
                        "ja",
                        "rechterarm: niet reiken boven schouderhoogte; tillen en dragen "
                        "rechts max. 2 kg, beiderzijds max. 5 kg; niet duwen/trekken; frequent hand- en vingergebruik links en "
                        "rechts wel mogelijk",
                    ],
                    ["V Statische houdingen", "licht", "geen langdurige houdingen met de arm geheven"],
                    ["VI Werktijden", "ja", "4 dagen van 5 uur; geen nachtritten"],
                ],
            ),
            Para(
                "Toelichting: dit profiel beschrijft wat de werknemer op dit moment kan. Het bevat geen medische gegevens."
            ),
            Signatures([Sig("Bedrijfsarts", ba_name, ba_fn, f(bij_pa, "dash"))]),
        ],
        arbo,
        "inzetbaarheidsprofiel",
        bij_pa,
        f"{N};inzetbaarheidsprofiel as a six-rubric table, uninformative file name",
    )

    pva = D("2024-01-04")
    pdf(
        f"{C}/Van Dalfsen HR/PvA_DK_def.pdf",
        [
            Title("Plan van aanpak re-integratie"),
            Heading("1. Gegevens"),
            Fields(
                [
                    ("Werknemer", vol),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Functie", "Chauffeur CE"),
                    ("In dienst sinds", f(D("2009-04-01"), "dash")),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Probleemanalyse", f"{f(pa, 'dash')}, mw. drs. T. Haverkamp, bedrijfsarts"),
                    ("Casemanager", f"{cm}, casemanager verzuim ArboTeam Noordoost"),
                ]
            ),
            Heading("2. Doel"),
            Para("Terugkeer in de eigen functie als chauffeur CE. Zolang dat niet kan: passend werk bij de planning."),
            Heading("3. Afspraken"),
            Bullets(
                [
                    "Dennis start op maandag 8 januari 2024 met 3 x 4 uur werk bij de planning (ritten controleren, "
                    "vrachtbrieven, telefoon).",
                    "De werkplek wordt links ingericht; regelt G. Dijkhuis.",
                    "Dennis volgt het advies van de bedrijfsarts en de fysiotherapeut op.",
                    "Contact tussen Dennis en G. Dijkhuis iedere week op maandagochtend.",
                ]
            ),
            Heading("4. Evaluatie"),
            Para(
                "Iedere zes weken, de eerste keer op 15 februari 2024. Aan het eind van het eerste ziektejaar maken we "
                "de eerstejaarsevaluatie."
            ),
            Heading("5. Visie werkgever en werknemer"),
            Para(
                "Werkgever: we willen Dennis als ervaren chauffeur terug op de weg, maar nemen de tijd. "
                "Werknemer: ik wil weer rijden; kantoorwerk is voor nu prima."
            ),
            Signatures(
                [
                    Sig("Werkgever", mgr, "operationeel manager", f(D("2024-01-03"), "dash")),
                    Sig("Werknemer", naam, "", f(pva, "dash")),
                ]
            ),
        ],
        vd,
        "plan_van_aanpak",
        pva,
        f"{N};PvA label/value layout; employer signed 03-01, employee 04-01 (label = date it was fully signed)",
    )

    vl = D("2024-06-10")
    pdf(
        f"{C}/Van Dalfsen HR/verlofaanvraag.pdf",
        [
            Title("Verlofaanvraag"),
            Fields(
                [
                    ("Naam", vol),
                    ("Personeelsnummer", "2271"),
                    ("Afdeling", "Chauffeurs / tijdelijk planning"),
                    ("Datum aanvraag", f(vl, "dash")),
                ]
            ),
            Table(
                ["Soort verlof", "Van", "Tot en met", "Uren"],
                [
                    ["Vakantie", f(D("2024-07-15"), "dash"), f(D("2024-08-02"), "dash"), "60"],
                ],
            ),
            Para(
                "Toelichting: ik ben in re-integratie. Vakantie is besproken met de bedrijfsarts op het spreekuur van "
                "6 juni 2024 en met de casemanager. Het re-integratiewerk gaat na de vakantie verder op 5 augustus."
            ),
            Signatures(
                [
                    Sig("Aanvrager", naam, "", f(vl, "dash")),
                    Sig("Akkoord leidinggevende", mgr, "operationeel manager", f(vl, "dash")),
                ]
            ),
        ],
        vd_tab,
        None,
        vl,
        f"{N};non-RIV: leave request during re-integration",
    )

    evd = D("2024-04-12")
    att = tmp_docx(
        "Evaluatieverslag 12 april.docx",
        [
            Title("Evaluatie plan van aanpak"),
            Fields(
                [
                    ("Werknemer", vol),
                    ("Datum evaluatie", f(evd, "long")),
                    ("Aanwezig", f"{mgr} (werkgever), {naam}, {cm} (casemanager)"),
                    ("Eerste ziektedag", f(d0, "dash")),
                ]
            ),
            Table(
                ["Afspraak", "Stand van zaken", "Vervolg"],
                [
                    ["Werk bij de planning", "4 x 5 uur sinds 18 maart, gaat goed", "zo houden tot spreekuur 25 april"],
                    ["Werkplek links ingericht", "gedaan", "—"],
                    ["Wekelijks contact", "elke maandag", "blijft"],
                    ["Rijden", "nog niet toegestaan", "opnieuw bekijken na spreekuur"],
                ],
            ),
            Para(
                "Dennis geeft aan dat hij het werk op de planning leuk vindt, maar dat hij de weg mist. Ritten naar "
                "Duitsland ziet hij voorlopig niet zitten."
            ),
            Para("Volgende evaluatie: eind mei 2024."),
            Signatures(
                [
                    Sig("Werkgever", mgr, "", f(evd, "dash")),
                    Sig("Werknemer", naam, "", f(evd, "dash")),
                    Sig("Casemanager", cm, "ArboTeam", f(evd, "dash")),
                ]
            ),
        ],
        Style(
            key="c5-atn-doc",
            org="ArboTeam Noordoost",
            font="sans",
            accent=(0, 120, 80),
            fields_as_table=True,
            footer="ArboTeam Noordoost",
        ),
    )
    rel = mail(
        f"{C}/Van Dalfsen HR/RE_ evaluatie re-integratie.eml",
        hdrs(
            "Dennis Kuipers <dkuipers71@kpnmail.example>",
            "Linda Pruim <l.pruim@arboteam-noordoost.example>",
            "RE: evaluatie re-integratie",
            D("2024-04-16"),
            19,
            47,
            "c5-vd-re1@kpnmail.example",
            cc="Gerrit Dijkhuis <g.dijkhuis@vandalfsen-transport.example>",
            in_reply_to="<c5-vd-eval@arboteam-noordoost.example>",
        ),
        "Hoi Linda,\n\nDank je voor het verslag. Ik ben het eens met de afspraken. Alleen nog even: de ritten naar "
        "Duitsland zie ik ook na de zomer nog niet zitten, dat mag er wel bij.\nHet getekende verslag zit in de bijlage.\n\n"
        "Groet,\nDennis\n\n"
        "Op ma 15 apr. 2024 om 16:02 schreef Linda Pruim <l.pruim@arboteam-noordoost.example>:\n"
        "> Beste Dennis,\n>\n> In de bijlage het verslag van ons evaluatiegesprek van vrijdag 12 april. Wil je het\n"
        "> lezen en getekend terugsturen? Dan stuur ik het door naar Gerrit.\n>\n> Met vriendelijke groet,\n"
        "> Linda Pruim\n> casemanager verzuim | ArboTeam Noordoost\n",
        [att],
    )
    label(rel, None, D("2024-04-16"), f"{N};reply mail from the employee (quoted original); carries the evaluation")
    label(
        rel + "::Evaluatieverslag 12 april.docx",
        "tussentijdse_evaluatie",
        evd,
        f"{N};interim evaluation attached to a reply",
    )

    eje = D("2024-10-31")
    scan(
        f"{C}/Van Dalfsen HR/Scan_20241105_0001.pdf",
        [
            Title("Eerstejaarsevaluatie", sub="Evaluatie van het eerste ziektejaar en afspraken voor het tweede jaar"),
            Fields(
                [
                    ("Werknemer", vol),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum gesprek", f(eje, "dash")),
                    ("Aanwezig", f"{mgr}, {naam}, {cm}"),
                ]
            ),
            Heading("Terugblik"),
            Para(
                "Dennis werkt sinds januari op de planning, nu 4 dagen van 6 uur. Rijden met de vrachtwagen is nog "
                "steeds niet mogelijk. Het arbeidsdeskundig onderzoek van 17 oktober 2024 concludeert dat het eigen "
                "werk als chauffeur CE met laden en lossen niet meer passend is."
            ),
            Heading("Beoogd re-integratieresultaat"),
            Para(
                "Passend werk voor 24 tot 32 uur per week. Bij Van Dalfsen is er op de planning geen vaste plek; "
                "de formatie is vol."
            ),
            Heading("Spoor 2"),
            Para(
                "We starten een tweede spoortraject bij Werkroute Re-integratie. Intake uiterlijk 25 november 2024. "
                "Het werk op de planning loopt door."
            ),
            Heading("Visie werkgever"),
            Para(
                "Wij vinden het jammer dat Dennis niet meer kan rijden; wij zoeken intern mee maar verwachten weinig."
            ),
            Heading("Visie werknemer"),
            Para("Ik wil aan het werk blijven, liefst in de transport. Planner lijkt me wel wat."),
            Signatures(
                [
                    Sig("Werkgever", mgr, "operationeel manager", f(eje, "dash")),
                    Sig("Werknemer", naam, "", f(eje, "dash")),
                    Sig("Casemanager", cm, "", f(eje, "dash")),
                ]
            ),
        ],
        vd,
        "eerstejaarsevaluatie",
        eje,
        f"{N};scanned EJE (scanner file name dated 5 days later)",
        rotate_deg=-0.9,
        noise=0.55,
    )

    bpva = D("2024-11-07")
    docx(
        f"{C}/Van Dalfsen HR/Bijstelling PvA spoor 2.docx",
        [
            Title("Bijstelling plan van aanpak", sub="Aanvulling: inzet van het tweede spoor"),
            Fields(
                [
                    ("Werknemer", vol),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Plan van aanpak van", f(pva, "dash")),
                    ("Eerstejaarsevaluatie", f(eje, "dash")),
                    ("Datum bijstelling", f(bpva, "dash")),
                ]
            ),
            Heading("Nieuw doel"),
            Para(
                "Spoor 1: passend werk op de planning zolang dat kan. Spoor 2: passend werk bij een andere werkgever, "
                "bij voorkeur als planner, dispatcher of medewerker binnendienst in de transportsector."
            ),
            Heading("Gewijzigde afspraken"),
            Bullets(
                [
                    "Werkroute Re-integratie begeleidt Dennis in het tweede spoor (intake 25 november 2024).",
                    "Dennis besteedt 8 uur per week aan het tweede spoor, binnen zijn werktijd.",
                    "Werkroute rapporteert iedere twee maanden aan werkgever en casemanager.",
                ]
            ),
            Signatures([Sig("Werkgever", mgr, "", f(bpva, "dash")), Sig("Werknemer", naam, "", f(bpva, "dash"))]),
        ],
        vd_tab,
        "bijstelling_plan_van_aanpak",
        bpva,
        f"{N};bijstelling PvA (2nd track) as DOCX with table fields",
    )

    ad = D("2024-10-17")
    pdf(
        f"{C}/Bosman AD/Arbeidsdeskundig rapport.pdf",
        [
            Title("Arbeidsdeskundig onderzoek", sub="Rapportage spoor 1 / spoor 2"),
            Fields(
                [
                    ("Opdrachtgever", werkgever),
                    ("Werknemer", f"de heer {naam}"),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum onderzoek", f(D("2024-10-10"), "dash")),
                    ("Datum rapport", f(ad, "dash")),
                ]
            ),
            Heading("1. Vraagstelling"),
            Para(
                "Is het eigen werk als chauffeur CE nog passend? Zo nee: is er ander passend werk bij de werkgever "
                "(spoor 1), en welke richting is haalbaar bij een andere werkgever (spoor 2)?"
            ),
            Heading("2. Werkwijze"),
            Para(
                "Dossierstudie (probleemanalyse, bijstelling en inzetbaarheidsprofiel van maart 2024, plan van aanpak "
                "en evaluaties), gesprek met de werknemer, gesprek met de operationeel manager, bezoek aan de "
                "werkplek en meerijden op een distributierit."
            ),
            Heading("3. Functiebelasting eigen werk"),
            Table(
                ["Aspect", "Belasting eigen werk", "Belastbaarheid werknemer"],
                [
                    ["Tillen/dragen", "rolcontainers, pakketten tot 25 kg, dagelijks", "max. 5 kg, rechts 2 kg"],
                    ["Reiken boven schouder", "laden, zeil en klep bedienen", "niet met rechts"],
                    ["Duwen/trekken", "pompwagen, rolcontainers, vaak", "niet"],
                    ["Rijden", "8–10 uur per dag", "niet, tot nader order"],
                    ["Werktijden", "vroege diensten, soms nacht", "geen nachtritten"],
                ],
            ),
            Heading("4. Belasting en belastbaarheid vergeleken"),
            Para(
                "De belasting overschrijdt de belastbaarheid op meerdere punten die wezenlijk zijn voor de functie. Het "
                "eigen werk is niet passend en kan ook met aanpassingen (elektrische pompwagen, achterklep met "
                "afstandsbediening) niet passend worden gemaakt, omdat het rijden zelf niet is toegestaan en de "
                "arm structureel beperkt blijft."
            ),
            Heading("5. Spoor 1"),
            Para(
                "Het werk op de planning is passend en geeft de werknemer voldoening. Er is echter geen structurele "
                "formatieruimte; de afdeling bestaat uit drie vaste planners. Een magazijnfunctie is niet passend "
                "vanwege duwen en trekken. Ander passend werk bij de werkgever is er niet."
            ),
            Heading("6. Advies spoor 2"),
            Para(
                "Ik adviseer zo snel mogelijk, uiterlijk binnen zes weken na de eerstejaarsevaluatie, een tweede "
                "spoortraject te starten met als zoekrichting planner/dispatcher, medewerker binnendienst "
                "transport of klantenservice bij een verlader. De werknemer heeft veel kennis van routes, "
                "rij- en rusttijden en tachograafregels."
            ),
            Heading("7. Loonwaarde"),
            Para("In het huidige werk op de planning schat ik de loonwaarde op 80% van het uurloon van een planner."),
            Signatures([Sig("Arbeidsdeskundige", "R. Bosman", "register-arbeidsdeskundige", f(ad))]),
        ],
        bosman,
        "arbeidsdeskundig_rapport",
        ad,
        f"{N};AD report; research date vs report date",
    )

    tp = D("2024-11-25")
    pdf(
        f"{C}/Werkroute/Intake en trajectplan.pdf",
        [
            Title("Intake en trajectplan", sub="Re-integratie tweede spoor"),
            Fields(
                [
                    ("Kandidaat", f"de heer {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Werkgever", werkgever),
                    ("Jobcoach", "S. Oosting"),
                    ("Datum", f(tp, "dash")),
                ]
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Dennis is 53 jaar en heeft ruim dertig jaar als chauffeur gewerkt, de laatste vijftien jaar bij Van "
                "Dalfsen. Hij kent de regio en de sector goed, werkt nauwkeurig en heeft in het afgelopen jaar de "
                "planningssoftware leren gebruiken. Hij heeft mbo-2 Chauffeur goederenvervoer en code 95."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "planner / dispatcher wegtransport",
                    "medewerker binnendienst logistiek",
                    "medewerker klantenservice bij een verlader",
                    "rij-instructeur theorie (na scholing)",
                ]
            ),
            Heading("Plan"),
            Table(
                ["Periode", "Activiteit"],
                [
                    ["december 2024", "arbeidsmarktoriëntatie, cv, netwerkkaart"],
                    ["januari–februari 2025", "netwerkgesprekken bij vervoerders en verladers; solliciteren"],
                    ["maart–juni 2025", "solliciteren, proefplaatsing, eventueel scholing planner"],
                ],
            ),
            Para("Werkroute rapporteert iedere twee maanden. Het traject loopt tot uiterlijk de WIA-aanvraag."),
            Signatures(
                [
                    Sig("Jobcoach", "S. Oosting", "Werkroute Re-integratie", f(tp, "dash")),
                    Sig("Kandidaat", naam, "", f(tp, "dash")),
                ]
            ),
        ],
        werkroute,
        "trajectplan_tweede_spoor",
        tp,
        f"{N};intake + trajectplan 2nd track",
    )

    vr = D("2025-03-03")
    pdf(
        f"{C}/Werkroute/rapportage 2.pdf",
        [
            Title("Voortgangsrapportage"),
            Fields(
                [
                    ("Kandidaat", f"de heer {naam}"),
                    ("Opdrachtgever", werkgever),
                    ("Rapportageperiode", f"{f(D('2025-01-01'))} t/m {f(D('2025-02-28'))}"),
                    ("Datum rapportage", f(vr)),
                ]
            ),
            Heading("Activiteiten"),
            Table(
                ["Datum", "Activiteit", "Resultaat"],
                [
                    ["14-01-2025", "netwerkgesprek Koeltransport Brinkman", "tip vacature planner"],
                    ["27-01-2025", "sollicitatie Hoogeveen Logistics, dispatcher", "afgewezen"],
                    ["03-02-2025", "sollicitatie Koeltransport Brinkman, planner", "eerste gesprek 12-02"],
                    ["20-02-2025", "sollicitatie Brinkman, tweede gesprek", "in afwachting"],
                ],
            ),
            Heading("Inzet van de kandidaat"),
            Para("Goed. Dennis komt zijn afspraken na en zoekt zelf ook actief."),
            Heading("Vervolg"),
            Para("Afwachten Brinkman; daarnaast doorgaan met solliciteren. Volgende rapportage begin mei 2025."),
            Signatures([Sig("Jobcoach", "S. Oosting", "", f(vr, "dash"))]),
        ],
        werkroute,
        "voortgangsrapportage_tweede_spoor",
        vr,
        f"{N};2nd-track progress report; period dates",
    )

    vac = D("2025-02-24")
    pdf(
        f"{C}/Werkroute/vacature.pdf",
        [
            Title("Vacature: Planner / dispatcher (32–40 uur)"),
            Para(f"Geplaatst op {f(vac)} · Reageren vóór {f(D('2025-03-21'))}"),
            Para(
                "Koeltransport Brinkman is een familiebedrijf met 85 koelwagens dat dagelijks supermarkten en "
                "groothandels in Noord- en Oost-Nederland bevoorraadt. Voor ons planningsteam in Hoogeveen zoeken wij "
                "een planner/dispatcher."
            ),
            Heading("Wat ga je doen?"),
            Bullets(
                [
                    "ritten plannen en bijsturen in ons TMS",
                    "contact onderhouden met chauffeurs en klanten",
                    "rij- en rusttijden bewaken",
                    "afwijkingen en schades registreren",
                ]
            ),
            Heading("Wat vragen wij?"),
            Bullets(
                [
                    "mbo-4 niveau of ervaring in het wegtransport",
                    "kennis van rij- en rusttijden",
                    "stressbestendig en communicatief",
                    "bereid om 1 op de 4 weekenden bereikbaar te zijn",
                ]
            ),
            Para("Interesse? Mail je cv en motivatie naar werkenbij@brinkman-koeltransport.example."),
        ],
        brinkman,
        None,
        vac,
        f"{N};non-RIV: vacancy text (date = posting date shown)",
    )

    zm = D("2024-09-05")
    pdf(
        f"{C}/UWV/ziekmelding 42e week.pdf",
        [
            Title("Ontvangstbevestiging"),
            Para("UWV Werkgeversportaal — Ziekmelding langdurig zieke werknemer"),
            Fields(
                [
                    ("Datum en tijd ontvangst", f"{f(zm, 'dash')} 10:14"),
                    ("Kenmerk", "ZMW-0927-44813-A"),
                    ("Loonheffingennummer", "8527.41.033.L01"),
                    ("Naam werkgever", werkgever),
                    ("Werknemer", naam),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Soort melding", "Ziekmelding na 42 weken"),
                    ("Gedeeltelijk hersteld", "ja, 24 uur per week in aangepast werk"),
                    ("Ingediend door", "L. Pruim, ArboTeam Noordoost (gemachtigde)"),
                ]
            ),
            Para(
                "Uw ziekmelding is ontvangen. U ontvangt binnen twee weken een bevestiging per post. Bewaar deze "
                "ontvangstbevestiging in uw administratie."
            ),
        ],
        portal,
        "ziekmelding_uwv",
        zm,
        f"{N};42nd-week report: portal receipt printout (monospace, no letterhead)",
    )

    wia = D("2025-07-22")
    pdf(
        f"{C}/UWV/20250722.pdf",
        [
            Para(f"De heer {naam}\nBeukenlaan 14\n8171 RT Oldeveen"),
            Fields([("Datum", f(wia)), ("Ons kenmerk", "WIA-88/2025/307715"), ("BSN", bsn)]),
            Para("Onderwerp: u kunt een WIA-uitkering aanvragen"),
            Para("Beste heer Kuipers,"),
            Para(
                f"U bent ziek sinds {f(d0)}. Bent u na 104 weken nog ziek, dan kunt u een WIA-uitkering aanvragen. "
                f"Wij moeten uw aanvraag uiterlijk op {f(d0 + dt.timedelta(days=650))} hebben."
            ),
            Para(
                "Bij uw aanvraag hoort het re-integratieverslag. Uw werkgever maakt dit verslag samen met u. Uw eigen "
                "oordeel over het verslag kunt u toevoegen."
            ),
            Para("Met vriendelijke groet,\n\nUWV Zwolle"),
        ],
        UWV,
        "uwv_correspondentie",
        wia,
        f"{N};UWV week-88 letter in a file named only by date",
    )

    ao = D("2025-07-31")
    pdf(
        f"{C}/ArboTeam/AO D. Kuipers.pdf",
        [
            Title("Actueel oordeel", sub="ten behoeve van het re-integratieverslag (WIA-aanvraag)"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Werkgever", werkgever),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum", f(ao)),
                ]
            ),
            Heading("Stand van zaken"),
            Para(
                "De heer Kuipers werkt 4 dagen van 6 uur op de planning. Zijn belastbaarheid is sinds het najaar "
                "van 2024 niet meer wezenlijk veranderd. Ik verwacht geen verbetering die terugkeer in het eigen "
                "werk mogelijk maakt."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Geen gebruik van de rechterarm boven schouderhoogte, niet tillen boven 5 kg, niet duwen of trekken, "
                "geen beroepsmatig rijden. Werken is mogelijk tot 6 uur per dag, 4 dagen per week."
            ),
            Heading("Arbeidsrelatie"),
            Para("De arbeidsrelatie is naar mijn oordeel goed."),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "Het planningswerk is passend. Het eigen werk als chauffeur CE is niet passend. De medische gegevens "
                "zijn in een apart, vertrouwelijk deel opgenomen."
            ),
            Signatures([Sig("Bedrijfsarts", ba_name, ba_fn, f(ao))]),
        ],
        arbo,
        "actueel_oordeel",
        ao,
        f"{N};AO (non-medical part)",
    )

    pdf(
        f"{C}/ArboTeam/AO D. Kuipers - deel 2.pdf",
        [
            Para(
                "MEDISCH GEHEIM — uitsluitend bestemd voor de verzekeringsarts van UWV. Niet aan de werkgever verstrekken."
            ),
            Title("Actueel oordeel — deel 2"),
            Fields(
                [("Werknemer", f"de heer {naam}"), ("BSN", bsn), ("Geboortedatum", f(geb, "dash")), ("Datum", f(ao))]
            ),
            Heading("Diagnose"),
            Para(
                "Traumatische rotator-cuff-ruptuur rechts (supraspinatus en infraspinatus) na val van 1,5 m hoogte op "
                "17-11-2023. Artroscopische reconstructie op 08-02-2024 in Ziekenhuis De Veste (orthopedisch chirurg "
                "dr. M. Sluiter). Postoperatief secundaire frozen shoulder; in september 2024 een hydrodilatatie."
            ),
            Heading("Behandeling en beloop"),
            Para(
                "Fysiotherapie sinds december 2023, nu eenmaal per week. Medicatie: paracetamol zo nodig, diclofenac "
                "kuren bij exacerbaties. De actieve anteflexie is 100°, abductie 80°. Orthopedie (brief 03-06-2025): "
                "eindtoestand bereikt, geen verdere operatieve opties."
            ),
            Heading("Prognose"),
            Para(
                "Blijvende beperking van de rechterschouder. Geen herstel te verwachten van betekenis voor de belasting."
            ),
            Signatures([Sig("Bedrijfsarts", ba_name, ba_fn, f(ao))]),
        ],
        arbo,
        "medische_informatie",
        ao,
        f"{N};medical part of the AO marked 'medisch geheim', title only says 'Actueel oordeel — deel 2'",
    )

    ev = D("2025-08-12")
    docx(
        f"{C}/Van Dalfsen HR/EV.docx",
        [
            Title("Eindevaluatie"),
            Fields(
                [
                    ("Werknemer", vol),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum actueel oordeel", f(ao, "dash")),
                    ("Datum", f(ev, "dash")),
                ]
            ),
            Heading("Aard van het bedrijf"),
            Para(
                "Van Dalfsen Transport & Logistiek B.V. is een wegvervoerder met 140 medewerkers, 95 vrachtwagens en "
                "een crossdock in Oldeveen. Vrijwel alle functies zijn chauffeursfuncties of magazijnwerk; de "
                "kantoorbezetting is klein."
            ),
            Heading("Terugblik"),
            Para(
                "Na de probleemanalyse van december 2023 is Dennis in januari 2024 op de planning begonnen. Het eigen "
                "werk bleek niet meer haalbaar (AD-rapport oktober 2024). Sinds november 2024 loopt het tweede spoor "
                "via Werkroute; een gesprek bij Koeltransport Brinkman leidde niet tot een aanstelling."
            ),
            Heading("Kwaliteit van de arbeidsrelatie"),
            Para("Goed. Er is steeds in overleg gewerkt."),
            Heading("Passende arbeid"),
            Para(
                "Het planningswerk is passend maar er is geen structurele formatie. Wij laten Dennis tot het einde van "
                "de wachttijd in de planning werken."
            ),
            Heading("Visie werknemer"),
            Para("Dennis is het eens met de eindevaluatie."),
            Signatures(
                [
                    Sig("Werkgever", mgr, "operationeel manager", f(ev, "dash")),
                    Sig("Werknemer", naam, "", f(ev, "dash")),
                ]
            ),
        ],
        vd_form,
        "eindevaluatie",
        ev,
        f"{N};EV as a DOCX table form",
    )

    ow = D("2025-08-18")
    photo(
        f"{C}/Van Dalfsen HR/IMG_20250818_101532.jpg",
        [
            Para(f"{vol}\nBeukenlaan 14\n8171 RT Oldeveen"),
            Para(f"Oldeveen, {f(ow)}"),
            Para(f"Betreft: mijn oordeel over het re-integratieverslag\nBSN: {bsn}"),
            Para(
                f"Ik heb het re-integratieverslag van mijn werkgever op {f(D('2025-08-13'))} ontvangen en gelezen. "
                "Ik ben het eens met de probleemanalyse, het plan van aanpak, de evaluaties en de eindevaluatie."
            ),
            Para(
                "Wel wil ik zeggen dat ik graag bij Van Dalfsen op de planning was gebleven. Ik heb er alles aan "
                "gedaan om ander werk te vinden en dat blijf ik doen."
            ),
            Para("Met vriendelijke groet,"),
            Signatures([Sig("", vol, "", "")]),
        ],
        PLAIN_SERIF,
        "oordeel_werknemer",
        ow,
        f"{N};oordeel werknemer as a letter with a 'Betreft:' line, phone photo (EXIF orientation 6)",
        taken=dt.datetime(2025, 8, 18, 10, 15, 32),
        orientation=6,
    )


# ============================================================================================
# Case C — Stichting Kindcentra De Horizon: a primary-school teacher (folders by year)
# ============================================================================================


def case_c() -> None:
    C = "horizon-smeets"
    N = "horizon"
    d0 = D("2024-03-11")
    bsn = new_bsn(5003)
    big_ba = new_big(5103)
    big_psy = new_big(5203)
    naam = "A. Smeets"
    vol = "Anouk Smeets"
    geb = D("1990-01-22")
    werkgever = "Stichting Kindcentra De Horizon"
    school = "IKC De Vlinderhof"
    hz = Style(
        key="c5-hz",
        org="Stichting Kindcentra De Horizon",
        font="sans",
        accent=(215, 110, 0),
        letterhead="left",
        org_lines=("Bestuursbureau · HRM", "Lindenlaan 40 · 6541 DK Nijmegen"),
        footer="Stichting Kindcentra De Horizon — 14 kindcentra in Nijmegen en omstreken",
    )
    hz_school = Style(
        key="c5-hz-school",
        org="IKC De Vlinderhof",
        font="sans",
        accent=(40, 140, 60),
        letterhead="right",
        org_lines=("onderdeel van Stichting Kindcentra De Horizon", "Vlinderweg 3 · 6545 AB Nijmegen"),
        footer="IKC De Vlinderhof",
    )
    hz_hdr = Style(
        key="c5-hz-hdr",
        org="Stichting Kindcentra De Horizon",
        font="condensed",
        accent=(215, 110, 0),
        docx_title_in_header=True,
        footer="Vertrouwelijk — personeelsdossier",
    )
    hz_doc = Style(
        key="c5-hz-doc",
        org="Stichting Kindcentra De Horizon",
        font="sans",
        accent=(215, 110, 0),
        footer="Stichting Kindcentra De Horizon · HRM",
    )
    persp = Style(
        key="c5-persp",
        org="Perspectief Arbo & Gezondheid",
        font="serif",
        accent=(90, 40, 120),
        letterhead="right",
        org_lines=("Vestiging Nijmegen", "Kerkenbos 1020 · 6546 BB Nijmegen", "T 024 - 204 60 60"),
        footer="Perspectief Arbo & Gezondheid B.V.",
    )
    psy = Style(
        key="c5-psy",
        org="Praktijk voor Psychologie Waalkade",
        font="serif",
        accent=(20, 20, 20),
        letterhead="centered",
        org_lines=("drs. E.M. Roelofsen, GZ-psycholoog", "Waalkade 61 · 6511 XR Nijmegen"),
        footer="Praktijk voor Psychologie Waalkade · AGB 94-012345",
    )
    stap = Style(
        key="c5-stap",
        org="Stap Verder Loopbaanbegeleiding",
        font="condensed",
        accent=(0, 150, 170),
        letterhead="band",
        org_lines=("tweede spoor · loopbaancoaching · onderwijs", "Arnhem · Nijmegen"),
        footer="Stap Verder Loopbaanbegeleiding",
    )
    kamp = Style(
        key="c5-kamp",
        org="Arbeidsdeskundig Bureau Kamphuis",
        font="condensed",
        accent=(100, 100, 100),
        letterhead="left",
        org_lines=("N. Kamphuis, register-arbeidsdeskundige", "Groesbeekseweg 210 · 6524 DL Nijmegen"),
        fields_as_table=True,
        footer="Arbeidsdeskundig Bureau Kamphuis",
    )
    ba = Sig("Bedrijfsarts", "K.J. Lammers", f"bedrijfsarts, BIG {big_ba}")
    dir_ = "B. Heijnen"
    hrm = "F. Visser"

    pdf(
        f"{C}/verzuimbeleid Stichting De Horizon.pdf",
        [
            Title("Verzuimbeleid", sub="Stichting Kindcentra De Horizon — versie 3.1"),
            Para("Vastgesteld door het College van Bestuur op 4 juli 2022, na instemming van de GMR op 20 juni 2022."),
            Heading("1. Uitgangspunten"),
            Para(
                "Verzuim is een zaak van de medewerker en de leidinggevende samen. De directeur van het kindcentrum is "
                "casemanager. HRM en de bedrijfsarts van Perspectief Arbo & Gezondheid ondersteunen."
            ),
            Heading("2. Ziekmelding"),
            Para(
                "De medewerker meldt zich vóór 7.30 uur telefonisch ziek bij de directeur, zodat vervanging kan worden "
                "geregeld. De directeur vraagt niet naar de aard van de ziekte."
            ),
            Heading("3. Stappen volgens de Wet verbetering poortwachter"),
            Table(
                ["Wanneer", "Wat", "Wie"],
                [
                    ["week 1", "ziekmelding bij de arbodienst", "directeur"],
                    ["uiterlijk week 6", "probleemanalyse", "bedrijfsarts"],
                    ["uiterlijk week 8", "plan van aanpak", "directeur en medewerker"],
                    ["iedere 6 weken", "evaluatie en zo nodig bijstelling", "directeur en medewerker"],
                    ["week 42", "ziekmelding bij UWV", "HRM"],
                    ["week 46–52", "eerstejaarsevaluatie", "directeur, medewerker, HRM"],
                    ["week 88–91", "actueel oordeel en eindevaluatie", "bedrijfsarts, directeur"],
                ],
            ),
            Heading("4. Vervanging en werkdruk"),
            Para(
                "Het kindcentrum zorgt voor vervanging van de groep. Lukt dat niet, dan wordt het bestuursbureau "
                "ingeschakeld. Lesuitval wordt gemeld aan de ouders."
            ),
        ],
        hz,
        None,
        D("2022-07-04"),
        f"{N};non-RIV: employer's absence policy with a table of every Poortwachter step",
    )

    # --------------------------------------------------------------------------- 2024
    pa = D("2024-04-18")
    pdf(
        f"{C}/2024/probleemanalyse.pdf",
        [
            Para(f"{werkgever}\nt.a.v. mw. {hrm}, HR-adviseur\nLindenlaan 40\n6541 DK Nijmegen"),
            Para(f"Nijmegen, {f(pa)}"),
            Para(f"Betreft: probleemanalyse mw. {naam}, geboren {f(geb, 'dash')}"),
            Para("Geachte mevrouw Visser,"),
            Para(
                f"Op {f(D('2024-04-16'), 'weekday')} heb ik mevrouw Smeets, leerkracht van groep 5 op {school}, op mijn "
                f"spreekuur gezien. Zij is sinds {f(d0)} afwezig. In deze brief vindt u mijn probleemanalyse en mijn "
                "advies. Mevrouw Smeets heeft ingestemd met deze terugkoppeling en ontvangt een kopie."
            ),
            Heading("Is er sprake van dreigend langdurig verzuim?"),
            Para(
                "Ja. Mevrouw heeft klachten die samenhangen met langdurige overbelasting. Ik verwacht dat zij de "
                "komende maanden haar eigen werk met volledige groepsverantwoordelijkheid niet kan doen."
            ),
            Heading("Belastbaarheid"),
            Para(
                "Mevrouw is beperkt in het omgaan met tijdsdruk, drukte en prikkels en in het dragen van "
                "verantwoordelijkheid voor een groep. Concentratie en energie zijn verminderd. Fysiek is zij niet beperkt."
            ),
            Heading("Prognose"),
            Para(
                "Gunstig, mits de opbouw geleidelijk gaat. Ik verwacht een gedeeltelijke hervatting binnen zes weken en "
                "een volledige terugkeer binnen zes tot negen maanden."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Zorg voor wekelijks contact tussen mevrouw Smeets en de directeur.",
                    "Start over twee tot drie weken met een beperkt aantal uren zonder groepsverantwoordelijkheid "
                    "(bijvoorbeeld remedial teaching aan kleine groepjes, werken in de schoolbibliotheek).",
                    "Mevrouw laat zich begeleiden door een eigen behandelaar.",
                    "Maak binnen twee weken samen een plan van aanpak.",
                ]
            ),
            Para(f"Ik zie mevrouw Smeets terug op {f(D('2024-05-28'))}."),
            Para("Met vriendelijke groet,"),
            Signatures([Sig(ba.role, ba.name, ba.function, "")]),
        ],
        persp,
        "probleemanalyse",
        pa,
        f"{N};PA as a letter with 'Betreft:' line; date only at the top; consult two days earlier",
    )

    pva = D("2024-04-30")
    docx(
        f"{C}/2024/Plan van aanpak A. Smeets.docx",
        [
            Title("Plan van aanpak", sub="conform artikel 4 van de Regeling procesgang eerste en tweede ziektejaar"),
            Fields(
                [
                    ("Naam", vol),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Functie", f"Leerkracht groep 5, {school}"),
                    ("Werktijdfactor", "0,8 (4 dagen)"),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Probleemanalyse", f(pa, "dash")),
                    ("Casemanager", f"{dir_}, directeur {school}"),
                ]
            ),
            Heading("Doel"),
            Para("Terugkeer in de eigen functie als leerkracht, met eerst taken zonder groepsverantwoordelijkheid."),
            Heading("Activiteiten"),
            Table(
                ["Wat", "Wie", "Wanneer"],
                [
                    ["Wekelijks contact (bellen of wandelen)", "Anouk en Bart", "vanaf nu, elke dinsdag"],
                    ["Remedial teaching kleine groepjes, 2 x 2 uur", "Anouk, IB'er", "vanaf 13 mei 2024"],
                    ["Eigen begeleiding bij een behandelaar", "Anouk", "loopt"],
                    ["Vervanging groep 5 tot de zomervakantie", "directeur", "geregeld"],
                ],
            ),
            Heading("Evaluatiemomenten"),
            Para("3 juni 2024, 15 juli 2024 en daarna iedere zes weken."),
            Heading("Visie van de werkgever"),
            Para(
                "We willen Anouk graag terug voor de klas en nemen daar de tijd voor. Rust en duidelijkheid zijn nu belangrijk."
            ),
            Heading("Visie van de werknemer"),
            Para("Ik wil terug naar mijn groep, maar ik merk dat ik nog weinig aankan. Ik wil eerst rustig beginnen."),
            Signatures(
                [
                    Sig("Werkgever (casemanager)", dir_, "directeur", f(pva)),
                    Sig("Werknemer", naam, "leerkracht", f(pva)),
                ]
            ),
        ],
        hz_doc,
        "plan_van_aanpak",
        pva,
        f"{N};PvA in DOCX with visie sections and evaluation dates",
    )

    uit = D("2024-05-27")
    rel = mail(
        f"{C}/2024/uitnodiging.eml",
        hdrs(
            "Bart Heijnen <b.heijnen@dehorizon-kindcentra.example>",
            "Anouk Smeets <anouk.smeets@dehorizon-kindcentra.example>",
            "Uitnodiging evaluatiegesprek 3 juni",
            uit,
            8,
            5,
            "c5-hz-uitn@dehorizon-kindcentra.example",
        ),
        "Hoi Anouk,\n\nZoals afgesproken in ons plan van aanpak evalueren we na een paar weken hoe het gaat. Ik nodig je "
        "uit voor maandag 3 juni om 15.00 uur in mijn kamer (na schooltijd, dan is het rustig).\n\nWe bespreken hoe de "
        "RT-uren bevallen en of er iets moet veranderen. Als je liever ergens anders afspreekt, laat het me weten.\n\n"
        "Groet,\nBart\n\nBart Heijnen | directeur IKC De Vlinderhof\n",
    )
    label(rel, None, uit, f"{N};non-RIV: invitation mail for an evaluation meeting")

    gv = D("2024-06-05")
    pdf(
        f"{C}/2024/gespreksverslag 3 juni.pdf",
        [
            Para(
                f"Verslag van het evaluatiegesprek over het plan van aanpak van Anouk Smeets, gehouden op "
                f"{f(D('2024-06-03'), 'weekday')} op {school}. Aanwezig: Bart Heijnen (directeur, casemanager) en "
                "Anouk Smeets."
            ),
            Fields([("BSN", bsn), ("Eerste ziektedag", f(d0, "dash")), ("Plan van aanpak", f(pva, "dash"))]),
            Heading("Hoe gaat het?"),
            Para(
                "Anouk doet sinds 13 mei twee ochtenden per week RT met kleine groepjes. Dat bevalt goed; na afloop is "
                "ze wel moe. Het contact met collega's in de koffiepauze vindt ze nog lastig."
            ),
            Heading("Afspraken"),
            Bullets(
                [
                    "Vanaf 10 juni drie ochtenden van 2,5 uur RT.",
                    "Niet aanwezig bij teamvergaderingen tot de zomer.",
                    "Het wekelijkse contact blijft op dinsdag.",
                ]
            ),
            Para(f"Volgende evaluatie: {f(D('2024-07-15'), 'weekday')}."),
            Para(f"Voor akkoord getekend op {f(gv)}."),
            Signatures(
                [Sig("Casemanager", dir_, "directeur", f(gv, "dash1")), Sig("Werknemer", naam, "", f(gv, "dash1"))]
            ),
        ],
        hz_school,
        "tussentijdse_evaluatie",
        gv,
        f"{N};evaluation without a title, says what it is in sentence 1; meeting 3 June, signed 5 June",
    )

    psd = D("2024-09-12")
    scan(
        f"{C}/2024/Scan_20240917_0001.pdf",
        [
            Title("Behandelverslag"),
            Para("Vertrouwelijk"),
            Fields(
                [
                    ("Aan", f"K.J. Lammers, bedrijfsarts, Perspectief Arbo & Gezondheid"),
                    ("Betreft", f"mw. {vol}, geboren {f(geb, 'dash')}"),
                    ("Toestemming cliënte", f(D("2024-09-02"), "dash")),
                    ("Verwijzer", "huisarts mw. S. Claassen"),
                    ("Intake", f(D("2024-04-29"), "dash")),
                    ("Datum verslag", f(psd, "dash")),
                ]
            ),
            Heading("Hulpvraag"),
            Para(
                "Cliënte meldde zich met aanhoudende vermoeidheid, slaapproblemen, piekeren en paniekklachten, "
                "ontstaan in een periode van hoge werkdruk en een zieke ouder."
            ),
            Heading("Diagnostiek"),
            Para(
                "Op basis van het intakegesprek en vragenlijsten (4DKL: distress 24, depressie 5, angst 9) is "
                "geclassificeerd: aanpassingsstoornis met gemengd angstige en depressieve stemming (DSM-5 309.28). "
                "Er is geen sprake van een depressieve stoornis."
            ),
            Heading("Behandeling"),
            Para(
                "Twaalf sessies cognitieve gedragstherapie, gericht op het herkennen van grenzen, activiteitenplanning "
                "en het uitdagen van perfectionistische gedachten. Daarnaast ontspanningsoefeningen."
            ),
            Heading("Beloop en prognose"),
            Para(
                "De klachten zijn duidelijk afgenomen (4DKL distress nu 13). Paniekaanvallen komen niet meer voor. "
                "Bij drukte en verantwoordelijkheid voor een volle groep nemen de klachten weer toe. De prognose "
                "voor verder herstel is redelijk; de behandeling wordt met zes sessies verlengd."
            ),
            Signatures([Sig("Behandelaar", "drs. E.M. Roelofsen", f"GZ-psycholoog, BIG {big_psy}", f(psd))]),
        ],
        psy,
        "medische_informatie",
        psd,
        f"{N};MI: psychologist's treatment report, scanned; no 'medische informatie' title",
        rotate_deg=0.5,
        noise=0.5,
    )

    bpva = D("2024-09-23")
    pdf(
        f"{C}/2024/Bijstelling plan van aanpak.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields(
                [
                    ("Medewerker", vol),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Oorspronkelijk plan van aanpak", f(pva, "dash")),
                    ("Datum", f(bpva)),
                ]
            ),
            Heading("Reden"),
            Para(
                "Na de zomervakantie is Anouk verder opgebouwd. De bedrijfsarts adviseerde op het spreekuur van "
                "10 september 2024 om voorzichtig weer lesgevende taken op te pakken, in een duobaan-constructie."
            ),
            Heading("Nieuwe afspraken"),
            Table(
                ["Wat", "Vanaf"],
                [
                    ["Lesgeven in groep 5 samen met een collega (duo), 3 ochtenden", "30 september 2024"],
                    ["RT 1 middag", "30 september 2024"],
                    ["Geen ouderavonden, geen rapportgesprekken", "tot de kerstvakantie"],
                ],
            ),
            Para("Evaluatie: 4 november 2024."),
            Signatures(
                [Sig("Casemanager", dir_, "directeur", f(bpva, "dash")), Sig("Werknemer", naam, "", f(bpva, "dash"))]
            ),
        ],
        hz_school,
        "bijstelling_plan_van_aanpak",
        bpva,
        f"{N};bijstelling PvA",
    )

    # --------------------------------------------------------------------------- 2025
    zm = D("2025-01-06")
    pdf(
        f"{C}/2025/UWV bevestiging.pdf",
        [
            Para(f"{werkgever}\nAfdeling HRM\nLindenlaan 40\n6541 DK Nijmegen"),
            Fields([("Datum", f(zm)), ("Kenmerk", "ZM42-2024-9981076"), ("Loonheffingennummer", "8034.55.912.L01")]),
            Para("Onderwerp: wij hebben uw ziekmelding ontvangen"),
            Para("Geachte heer, mevrouw,"),
            Para(
                f"Op {f(D('2024-12-19'))} heeft u gemeld dat uw werknemer mevrouw {naam} (BSN {spaced(bsn)}) langer dan 42 "
                f"weken ziek is. De eerste ziektedag is {f(d0)}. Wij hebben uw melding verwerkt."
            ),
            Para(
                "Bent u eigenrisicodrager voor de Ziektewet? Dan geldt deze melding niet voor u. Heeft u vragen, bel dan "
                "met UWV Telefoon Werkgevers."
            ),
            Para("Met vriendelijke groet,\n\nUWV\nafdeling Ziekmeldingen"),
        ],
        UWV,
        "ziekmelding_uwv",
        zm,
        f"{N};UWV confirmation of the 42nd-week report (melding 19-12-2024, letter 06-01-2025)",
    )

    ad = D("2025-01-30")
    pdf(
        f"{C}/2025/AD-rapport Smeets.pdf",
        [
            Title("Rapport arbeidsdeskundig onderzoek"),
            Fields(
                [
                    ("Opdrachtgever", werkgever),
                    ("Werknemer", f"mw. {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Gesprekken", "21 en 23 januari 2025"),
                    ("Datum rapport", f(ad)),
                ]
            ),
            Heading("Vraagstelling"),
            Para(
                "Kan mevrouw Smeets binnen afzienbare tijd terugkeren in haar functie als leerkracht met volledige "
                "groepsverantwoordelijkheid? Zo nee, wat is passend werk binnen of buiten de stichting?"
            ),
            Heading("Functiebelasting"),
            Para(
                "Het werk van een leerkracht vraagt langdurig omgaan met drukte en prikkels, snel schakelen, "
                "verantwoordelijkheid voor 28 leerlingen, oudercontacten en werk buiten lestijd. Volgens het "
                "inzetbaarheidsprofiel van de bedrijfsarts (december 2024) is mevrouw beperkt in het omgaan met "
                "tijdsdruk, conflicten en hectiek en kan zij 3 dagen van 4 uur werken."
            ),
            Heading("Conclusie eigen werk"),
            Para(
                "De belasting van de eigen functie overschrijdt de belastbaarheid. Ik verwacht niet dat de eigen "
                "functie binnen drie maanden na de eerstejaarsevaluatie passend wordt."
            ),
            Heading("Spoor 1"),
            Para(
                "Binnen de stichting is geen passende functie vacant. Onderwijsassistent is qua belasting niet wezenlijk "
                "anders. RT-uren zijn er alleen tijdelijk."
            ),
            Heading("Advies"),
            Para(
                "Start het tweede spoor. Zoekrichting: functies met onderwijsinhoud zonder groepsverantwoordelijkheid, "
                "zoals educatief medewerker, leermiddelenontwikkelaar of medewerker leesbevordering."
            ),
            Signatures([Sig("Arbeidsdeskundige", "N. Kamphuis", "register-arbeidsdeskundige", f(ad, "dash"))]),
        ],
        kamp,
        "arbeidsdeskundig_rapport",
        ad,
        f"{N};AD report with tables for fields",
    )

    eje = D("2025-02-13")
    docx(
        f"{C}/2025/EJE Anouk.docx",
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Medewerker", vol),
                    ("BSN", bsn),
                    ("Functie", "Leerkracht groep 5"),
                    ("Eerste ziektedag", f(d0, "long")),
                    ("Datum gesprek", f(eje, "long")),
                    ("Aanwezig", f"{dir_} (directeur), {hrm} (HRM), {naam}"),
                ]
            ),
            Heading("Hoe is het eerste ziektejaar verlopen?"),
            Para(
                "Anouk heeft zich na de probleemanalyse van april 2024 stap voor stap opgebouwd: eerst RT, vanaf "
                "september lesgeven in duo. In november en december zijn de klachten toegenomen. Het "
                "arbeidsdeskundig rapport van 30 januari 2025 laat zien dat het eigen werk niet haalbaar is."
            ),
            Heading("Welk resultaat willen we aan het eind van het tweede ziektejaar?"),
            Para("Duurzaam passend werk voor 12 tot 16 uur per week, binnen of buiten de stichting."),
            Heading("Hoe gaan we dat bereiken?"),
            Bullets(
                [
                    "Spoor 1: Anouk blijft RT geven zolang dat er is.",
                    "Spoor 2: traject bij Stap Verder Loopbaanbegeleiding, start uiterlijk 1 april 2025.",
                    "Evaluatie iedere zes weken.",
                ]
            ),
            Heading("Visie werkgever"),
            Para("We hadden gehoopt dat Anouk terug kon naar haar groep, maar het advies is duidelijk."),
            Heading("Visie werknemer"),
            Para("Ik vind het moeilijk om het onderwijs los te laten. Ik sta wel open voor ander werk."),
            Signatures(
                [Sig("Werkgever", dir_, "directeur", f(eje, "dash")), Sig("Werknemer", naam, "", f(eje, "dash"))]
            ),
        ],
        hz_hdr,
        "eerstejaarsevaluatie",
        eje,
        f"{N};EJE in DOCX with the title only in the page header",
    )

    bij_pa = D("2025-03-05")
    att = tmp_pdf(
        "advies 0603.pdf",
        [
            Title("Bijstelling probleemanalyse"),
            Fields(
                [
                    ("Werknemer", f"mw. {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Werkgever", werkgever),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Eerdere probleemanalyse", f(pa, "dash")),
                    ("Datum spreekuur", f(bij_pa, "dash")),
                ]
            ),
            Heading("Gewijzigde situatie"),
            Para(
                "Na een terugval eind 2024 is de belastbaarheid lager dan in de probleemanalyse verwacht. De "
                "prognose voor terugkeer in het eigen werk met groepsverantwoordelijkheid is ongunstig."
            ),
            Heading("Belastbaarheid"),
            Para(
                "Werken is mogelijk op 3 dagen van 4 uur, in een rustige omgeving, zonder verantwoordelijkheid voor "
                "een groep en zonder hoge tijdsdruk. Conflicthantering en oudercontacten zijn beperkt."
            ),
            Heading("Advies"),
            Para("Ondersteun het tweede spoor. Een deskundigenoordeel is op dit moment niet nodig."),
            Para(f"Volgend spreekuur: {f(D('2025-04-16'))}."),
            Signatures([Sig(ba.role, ba.name, ba.function, f(bij_pa))]),
        ],
        persp,
    )
    mrel = mail(
        f"{C}/2025/Mail Perspectief - bijstelling.eml",
        hdrs(
            "Secretariaat Perspectief <secretariaat@perspectief-arbo.example>",
            f"Femke Visser <f.visser@dehorizon-kindcentra.example>",
            "Terugkoppeling spreekuur mw. A. Smeets",
            D("2025-03-06"),
            11,
            20,
            "c5-persp-bij@perspectief-arbo.example",
            cc="Bart Heijnen <b.heijnen@dehorizon-kindcentra.example>",
        ),
        "Geachte mevrouw Visser,\n\nBijgaand treft u de terugkoppeling van het spreekuur van 5 maart jl. van mevrouw "
        "Smeets. Mevrouw Smeets heeft hiervoor toestemming gegeven en heeft een kopie ontvangen.\n\nMet vriendelijke "
        "groet,\n\nSecretariaat Perspectief Arbo & Gezondheid\nnamens K.J. Lammers, bedrijfsarts\n",
        [att],
    )
    label(mrel, None, D("2025-03-06"), f"{N};cover mail from the arbodienst")
    label(
        mrel + "::advies 0603.pdf",
        "bijstelling_probleemanalyse",
        bij_pa,
        f"{N};bijstelling PA attached; file name '0603' = mail date, document dated 5 March",
    )

    tp = D("2025-03-20")
    pdf(
        f"{C}/2025/trajectplan 2e spoor.pdf",
        [
            Title("Trajectplan", sub="Loopbaantraject tweede spoor"),
            Fields(
                [
                    ("Deelnemer", vol),
                    ("Werkgever", werkgever),
                    ("Coach", "W. Jaspers"),
                    ("Kennismaking", f(D("2025-03-12"), "dash")),
                    ("Datum plan", f(tp, "dash")),
                ]
            ),
            Heading("Uitgangssituatie"),
            Para(
                "Anouk is 35 jaar, pabo-opgeleid en heeft tien jaar voor de klas gestaan. Zij kan 3 dagen van 4 uur "
                "werken, in een rustige omgeving en zonder groepsverantwoordelijkheid."
            ),
            Heading("Zoekrichting"),
            Bullets(
                [
                    "educatief medewerker (museum, bibliotheek, natuurcentrum)",
                    "ontwikkelaar lesmateriaal bij een uitgeverij",
                    "medewerker leesbevordering",
                    "administratief-ondersteunend in het onderwijs (niet op de eigen school)",
                ]
            ),
            Heading("Activiteiten en planning"),
            Table(
                ["Fase", "Periode", "Inhoud"],
                [
                    ["1 oriëntatie", "maart–april 2025", "talenten, waarden, arbeidsmarktinformatie"],
                    ["2 netwerk", "mei–juni 2025", "informatiegesprekken, meeloopdagen"],
                    ["3 solliciteren", "vanaf juli 2025", "gericht solliciteren, proefplaatsing"],
                ],
            ),
            Para("Rapportage aan werkgever en deelnemer iedere drie maanden en aan het eind van het traject."),
            Signatures(
                [Sig("Coach", "W. Jaspers", "Stap Verder", f(tp, "dash")), Sig("Deelnemer", naam, "", f(tp, "dash"))]
            ),
        ],
        stap,
        "trajectplan_tweede_spoor",
        tp,
        f"{N};trajectplan 2nd track; first-meeting date vs plan date",
    )

    er = D("2025-11-10")
    pdf(
        f"{C}/2025/eindrapportage.pdf",
        [
            Title("Eindrapportage", sub="Loopbaantraject tweede spoor"),
            Fields(
                [
                    ("Deelnemer", vol),
                    ("BSN", bsn),
                    ("Trajectduur", "20 maart 2025 – 7 november 2025"),
                    ("Datum", f(er, "abbr")),
                ]
            ),
            Heading("Verloop"),
            Para(
                "Fase 1 en 2 zijn volgens plan verlopen. Anouk heeft zeven informatiegesprekken gevoerd en twee "
                "meeloopdagen gedaan, bij Bibliotheek Waalstad en bij Natuurcentrum De Ooy. Vanaf juli heeft zij "
                "negen keer gesolliciteerd."
            ),
            Heading("Resultaat"),
            Para(
                "Sinds 1 oktober 2025 heeft Anouk een proefplaatsing bij Bibliotheek Waalstad als medewerker "
                "leesbevordering, 2 dagen van 4 uur. De bibliotheek bekijkt in januari 2026 of een contract mogelijk is."
            ),
            Heading("Advies"),
            Para("Proefplaatsing voortzetten en in januari evalueren. Het traject wordt hiermee afgesloten."),
            Signatures([Sig("Coach", "W. Jaspers", "loopbaancoach", f(er, "abbr"))]),
        ],
        stap,
        "eindrapportage_tweede_spoor",
        er,
        f"{N};2nd-track final report; abbreviated month",
    )

    wia = D("2025-11-11")
    pdf(
        f"{C}/2025/UWV brief.pdf",
        [
            Para(f"Mevrouw {naam}\nHazelaarstraat 8\n6542 MN Nijmegen"),
            Fields([("Datum", f(wia)), ("Burgerservicenummer", bsn)]),
            Para("Onderwerp: vraag op tijd uw WIA-uitkering aan"),
            Para("Beste mevrouw Smeets,"),
            Para(
                f"U bent op {f(d0)} ziek geworden. Uw werkgever betaalt uw loon tot en met "
                f"{f(d0 + dt.timedelta(days=727))}. Bent u dan nog ziek, dan kunt u een WIA-uitkering krijgen. U moet "
                f"die zelf aanvragen, uiterlijk op {f(d0 + dt.timedelta(days=650))}."
            ),
            Para(
                "Stuur bij uw aanvraag het re-integratieverslag mee, of laat uw werkgever het uploaden. Medische "
                "informatie stuurt u in een gesloten envelop met daarop 'medisch geheim'."
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        UWV,
        "uwv_correspondentie",
        wia,
        f"{N};UWV week-88 letter (end of wage duty and deadline in text)",
    )

    ao = D("2025-11-20")
    pdf(
        f"{C}/2025/actueel oordeel.pdf",
        [
            Para(f"{werkgever}\nt.a.v. mw. {hrm}\nLindenlaan 40\n6541 DK Nijmegen"),
            Para(f"Nijmegen, {f(ao)}"),
            Para(f"Betreft: actueel oordeel mw. {naam} (BSN {bsn}) ten behoeve van de WIA-aanvraag"),
            Para("Geachte mevrouw Visser,"),
            Para(
                f"Mevrouw Smeets is sinds {f(d0)} arbeidsongeschikt voor haar eigen werk. Ter afronding van het "
                "re-integratieverslag geef ik mijn actueel oordeel. De medische gegevens stuur ik niet mee; die gaan "
                "rechtstreeks naar de verzekeringsarts van UWV."
            ),
            Heading("Verloop"),
            Para(
                "Na een geleidelijke opbouw in 2024 volgde eind 2024 een terugval. Sinds het voorjaar van 2025 is de "
                "belastbaarheid stabiel."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Mevrouw kan 3 dagen van 4 uur werken in een rustige omgeving, zonder groepsverantwoordelijkheid, "
                "zonder hoge tijdsdruk en met weinig conflicthantering."
            ),
            Heading("Arbeidsrelatie"),
            Para("Goed; er zijn geen belemmeringen in de verhouding tussen mevrouw Smeets en haar werkgever."),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "Het eigen werk als leerkracht is niet passend. Binnen de stichting zie ik geen structureel passend werk."
            ),
            Para("Met vriendelijke groet,"),
            Signatures([Sig(ba.role, ba.name, ba.function, "")]),
        ],
        persp,
        "actueel_oordeel",
        ao,
        f"{N};AO as a letter with a 'Betreft:' line",
    )

    ev = D("2025-12-02")
    pdf(
        f"{C}/2025/EV definitief.pdf",
        [
            Title("Eindevaluatie plan van aanpak"),
            Fields(
                [
                    ("Medewerker", vol),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Actueel oordeel bedrijfsarts", f(ao, "dash")),
                ]
            ),
            Heading("Aard van het bedrijf"),
            Para(
                "Stichting Kindcentra De Horizon is een onderwijsstichting met 14 kindcentra voor primair onderwijs "
                "en ongeveer 420 medewerkers, van wie ruim driekwart leerkracht of onderwijsassistent."
            ),
            Heading("Terugblik"),
            Para(
                "Zie de evaluaties. Het eerste ziektejaar stond in het teken van opbouw binnen de school, het tweede "
                "jaar van het tweede spoor. Anouk heeft nu een proefplaatsing bij Bibliotheek Waalstad."
            ),
            Heading("Arbeidsrelatie"),
            Para("De arbeidsrelatie is goed."),
            Heading("Passende arbeid"),
            Para("Binnen de stichting is geen passend werk. RT-uren zijn per 1 augustus 2025 vervallen."),
            Heading("Visie werknemer"),
            Para("Zie het oordeel van Anouk zelf."),
            Signatures([Sig("Werkgever", dir_, "directeur", f(ev, "dot")), Sig("Werknemer", naam, "", f(ev, "dot"))]),
        ],
        hz_school,
        "eindevaluatie",
        ev,
        f"{N};EV, dotted dates",
    )

    ow = D("2025-12-05")
    pdf(
        f"{C}/2025/Oordeel werknemer.pdf",
        [
            Title("Mijn oordeel over het re-integratieverslag"),
            Fields([("Naam", vol), ("BSN", bsn), ("Werkgever", werkgever), ("Datum", f(ow, "slash4"))]),
            Heading("Waar ben ik het mee eens?"),
            Para("Met de beschrijving van mijn werk, de probleemanalyse, het plan van aanpak en het actueel oordeel."),
            Heading("Waar ben ik het niet mee eens?"),
            Para(
                "Het tweede spoor is pas in maart 2025 begonnen, ruim een maand na de eerstejaarsevaluatie en bijna "
                "twee maanden na het advies van de arbeidsdeskundige. Ook staat in de eindevaluatie dat de RT-uren "
                "zijn vervallen; ik heb daar nooit een gesprek over gehad."
            ),
            Signatures([Sig("Werknemer", vol, "", f(ow, "slash4"))]),
        ],
        Style(key="c5-plain-tab", org="", letterhead="none", font="sans", fields_as_table=True, footer=" "),
        "oordeel_werknemer",
        ow,
        f"{N};oordeel werknemer with a 'Mijn oordeel' title; slash date",
    )


# ============================================================================================
# Case D — Rijwielhandel De Tweewieler: a bike mechanic, the accountant does HR (mail + scans)
# ============================================================================================


def case_d() -> None:
    C = "tweewieler-hoogland"
    N = "tweewieler"
    d0 = D("2024-01-15")
    bsn = new_bsn(5004)
    big_ba = new_big(5104)
    naam = "T. Hoogland"
    vol = "Tim Hoogland"
    geb = D("1988-05-09")
    werkgever = "Rijwielhandel De Tweewieler"
    shop = Style(
        key="c5-tw",
        org="Rijwielhandel De Tweewieler",
        font="sans",
        accent=(0, 80, 40),
        letterhead="left",
        org_lines=("Erik Kok · Dorpsstraat 18 · 5741 BC Lieshoven · 0492 - 38 11 40",),
        footer="De Tweewieler",
    )
    verh = Style(
        key="c5-verh",
        org="Verhagen & Partners",
        font="condensed",
        accent=(0, 90, 60),
        letterhead="left",
        org_lines=("Administratie · Belastingen · Personeelszaken", "Kanaaldijk 5 · 5741 KA Lieshoven"),
        footer="Verhagen & Partners · administratiekantoor",
    )
    verh_doc = Style(
        key="c5-verh-doc",
        org="Verhagen & Partners",
        font="condensed",
        accent=(0, 90, 60),
        footer="Verhagen & Partners — personeelszaken voor het MKB",
    )
    aom = Style(
        key="c5-aom",
        org="Arbo op Maat",
        font="sans",
        accent=(230, 80, 40),
        letterhead="band",
        org_lines=("Arbodienstverlening voor het MKB", "Postbus 813 · 5600 AV Eindhoven"),
        footer="Arbo op Maat B.V. · dossier 24-00871",
    )
    job = Style(
        key="c5-job",
        org="JobSpoor Re-integratie",
        font="serif",
        accent=(120, 60, 0),
        letterhead="centered",
        org_lines=("Helmond · Eindhoven · Venlo",),
        footer="JobSpoor Re-integratie",
    )
    loon = Style(
        key="c5-loon",
        org="Rijwielhandel De Tweewieler",
        font="mono",
        accent=(0, 0, 0),
        letterhead="left",
        org_lines=("Dorpsstraat 18, 5741 BC Lieshoven",),
        footer="Verwerkt door Verhagen & Partners",
    )
    ba = Sig("Bedrijfsarts", "drs. Y. Meijerink", f"bedrijfsarts, BIG {big_ba}")
    cm = "M. Verhagen"
    owner = "E. Kok"

    # ------------------------------------------------------------------ top level
    ao_d = D("2019-03-28")
    pdf(
        f"{C}/arbeidsovereenkomst Tim Hoogland.pdf",
        [
            Title("Arbeidsovereenkomst voor onbepaalde tijd"),
            Para(
                f"De ondergetekenden:\n1. {werkgever}, gevestigd te Lieshoven, vertegenwoordigd door de heer E. Kok, "
                f"hierna: werkgever;\n2. de heer {vol}, geboren op {f(geb)} te Helmond, BSN {bsn}, wonende Kerkakkers 9, "
                "5741 GT Lieshoven, hierna: werknemer;"
            ),
            Para("komen het volgende overeen."),
            Heading("Artikel 1 — Functie"),
            Para(
                "Werknemer treedt in dienst als fietstechnicus (eerste monteur). Hij verricht reparaties en onderhoud "
                "aan fietsen en e-bikes, assembleert nieuwe fietsen en adviseert klanten in de winkel."
            ),
            Heading("Artikel 2 — Ingangsdatum en duur"),
            Para(
                "De overeenkomst gaat in op 1 april 2019 en is aangegaan voor onbepaalde tijd. Er geldt geen proeftijd."
            ),
            Heading("Artikel 3 — Arbeidsduur en salaris"),
            Para(
                "38 uur per week, dinsdag tot en met zaterdag. Salaris € 2.780,- bruto per maand op basis van de cao "
                "voor het Tweewielerbedrijf, functiegroep D."
            ),
            Heading("Artikel 4 — Ziekte"),
            Para(
                "Bij ziekte meldt werknemer zich vóór 9.00 uur telefonisch bij werkgever. Werkgever betaalt bij ziekte "
                "loon door volgens de cao. Werknemer houdt zich aan het verzuimreglement en werkt mee aan re-integratie."
            ),
            Heading("Artikel 5 — Overig"),
            Para("Op deze overeenkomst is de cao voor het Tweewielerbedrijf van toepassing."),
            Para(f"Aldus opgemaakt en in tweevoud getekend te Lieshoven op {f(ao_d)}."),
            Signatures([Sig("Werkgever", owner, "eigenaar", ""), Sig("Werknemer", naam, "", "")]),
        ],
        shop,
        None,
        ao_d,
        f"{N};non-RIV: employment contract (start date and birth date in text)",
    )

    pva = D("2024-02-27")
    scan(
        f"{C}/Scan_20240312_0001.pdf",
        [
            Title("Plan van aanpak"),
            Fields(
                [
                    ("Werkgever", werkgever),
                    ("Werknemer", vol),
                    ("BSN", bsn),
                    ("Functie", "Fietstechnicus, 38 uur"),
                    ("Eerste ziektedag", f(d0, "dash1")),
                    ("Datum probleemanalyse", f(D("2024-02-15"), "dash1")),
                    ("Datum gesprek", f(D("2024-02-26"), "dash1")),
                    ("Casemanager", f"{cm} (Verhagen & Partners), namens de werkgever"),
                ]
            ),
            Heading("Doel"),
            Para(
                "Tim gaat terug naar zijn eigen werk als fietstechnicus. Zolang hij zijn rechterhand nog niet volledig "
                "kan gebruiken, doet hij ander werk in de winkel."
            ),
            Heading("Afspraken"),
            Table(
                ["Wat", "Wie", "Wanneer"],
                [
                    [
                        "Klanten helpen in de winkel, kassa, telefoon, planning werkplaats",
                        "Tim",
                        "vanaf 4 maart, 3 x 3 uur",
                    ],
                    ["Geen werk in de werkplaats met gereedschap", "Tim en Erik", "tot advies bedrijfsarts"],
                    ["Wekelijks kort overleg op zaterdag", "Tim en Erik", "doorlopend"],
                    ["Contact met de bedrijfsarts", "Tim", "volgend spreekuur in april"],
                ],
            ),
            Heading("Evaluatie"),
            Para("Na zes weken, en verder iedere zes weken. Mirjam Verhagen plant de gesprekken."),
            Heading("Visie werkgever en werknemer"),
            Para(
                "Erik: Tim is mijn beste monteur, ik wil hem graag terug in de werkplaats. Tim: ik wil graag aan het "
                "werk, ook als het tijdelijk ander werk is."
            ),
            Signatures(
                [
                    Sig("Werkgever", owner, "eigenaar", f(pva, "dash1")),
                    Sig("Werknemer", naam, "", f(pva, "dash1")),
                    Sig("Casemanager", cm, "", f(pva, "dash1")),
                ]
            ),
        ],
        verh,
        "plan_van_aanpak",
        pva,
        f"{N};scanned PvA named by the scanner two weeks later; conversation 26-2 vs signing 27-2",
        rotate_deg=1.4,
        noise=0.7,
    )

    bij_pa = D("2024-06-20")
    pdf(
        f"{C}/advies.pdf",
        [
            Para(f"Verhagen & Partners\nt.a.v. mw. {cm}\nKanaaldijk 5\n5741 KA Lieshoven"),
            Fields([("Datum", f(bij_pa, "dash")), ("Dossier", "24-00871"), ("Werkgever", werkgever)]),
            Para(f"Betreft: bijstelling probleemanalyse {naam}, geb. {f(geb, 'dash')}"),
            Para("Geachte mevrouw Verhagen,"),
            Para(
                f"Op {f(D('2024-06-18'))} zag ik de heer Hoogland opnieuw op het spreekuur. Het herstel van zijn "
                "rechterhand en pols gaat trager dan ik in februari verwachtte. Ik stel daarom de probleemanalyse bij."
            ),
            Heading("Belastbaarheid"),
            Bullets(
                [
                    "Licht werk met de rechterhand is mogelijk; geen krachtig knijpen, draaien of kloppen.",
                    "Fijn werk met gereedschap (remmen afstellen, spaken) 2 x per dag een half uur, in te bouwen.",
                    "Werktijd 4 dagen van 3 uur.",
                ]
            ),
            Heading("Prognose"),
            Para(
                "Terugkeer naar het volledige werk als fietstechnicus is onzeker. Ik verwacht pas over drie maanden "
                "meer duidelijkheid."
            ),
            Heading("Advies"),
            Para(
                "Pas het plan van aanpak aan en bouw het werk in de werkplaats voorzichtig op. Volgend spreekuur over "
                "acht weken."
            ),
            Para("Met vriendelijke groet,"),
            Signatures([Sig(ba.role, ba.name, ba.function, "")]),
        ],
        aom,
        "bijstelling_probleemanalyse",
        bij_pa,
        f"{N};bijstelling PA letter with 'Betreft:' line in a file named advies.pdf",
    )

    ev = D("2025-10-06")
    photo(
        f"{C}/IMG_4471.jpg",
        [
            Title("Eindevaluatie"),
            Fields(
                [
                    ("Werknemer", vol),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Actueel oordeel", f(D("2025-09-25"), "dash")),
                ]
            ),
            Para(
                "Aard van het bedrijf: fietsenwinkel met werkplaats, 6 medewerkers, verkoop en reparatie van fietsen "
                "en e-bikes."
            ),
            Para(
                "Terugblik: Tim werkt sinds maart 2024 in de winkel en deels in de werkplaats, nu 4 dagen van 5 uur. "
                "Zwaar werkplaatswerk lukt niet. Tweede spoor via JobSpoor sinds februari 2025, zonder plaatsing."
            ),
            Para(
                "Arbeidsrelatie: goed. Passende arbeid: winkelwerk is passend, maar voor 20 uur is er niet genoeg werk "
                "in een winkel van deze omvang."
            ),
            Signatures(
                [
                    Sig("Werkgever", owner, "eigenaar", f(ev, "dash1")),
                    Sig("Werknemer", naam, "", f(ev, "dash1")),
                    Sig("Casemanager", cm, "", f(ev, "dash1")),
                ]
            ),
        ],
        verh,
        "eindevaluatie",
        ev,
        f"{N};one-page EV photographed on a table (IMG_4471.jpg)",
        taken=dt.datetime(2025, 10, 7, 16, 2, 11),
        make="Apple",
        model="iPhone 12",
    )

    wia = D("2025-09-16")
    pdf(
        f"{C}/brief.pdf",
        [
            Para(f"De heer {naam}\nKerkakkers 9\n5741 GT Lieshoven"),
            Fields([("Datum", f(wia, "long")), ("BSN", bsn)]),
            Para("Onderwerp: WIA-uitkering aanvragen"),
            Para("Beste heer Hoogland,"),
            Para(
                f"U bent sinds {f(d0)} ziek. Na 104 weken ziekte stopt de loondoorbetaling door uw werkgever. U kunt "
                "dan misschien een WIA-uitkering krijgen. Daarvoor moet u zelf een aanvraag doen."
            ),
            Para(
                f"Vraag de uitkering aan tussen nu en {f(d0 + dt.timedelta(days=650))}. Dat kan via Mijn UWV met DigiD."
            ),
            Para(
                "Uw werkgever en u maken samen een re-integratieverslag. Uw werkgever stuurt dit verslag naar ons "
                "binnen één dag na uw aanvraag."
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        UWV,
        "uwv_correspondentie",
        wia,
        f"{N};UWV week-88 letter in a file named brief.pdf",
    )

    vr = D("2025-05-26")
    pdf(
        f"{C}/JobSpoor rapportage 3.pdf",
        [
            Title("Voortgangsrapportage 3"),
            Fields(
                [
                    ("Kandidaat", f"de heer {naam}"),
                    ("Opdrachtgever", werkgever),
                    ("Periode", f"{f(D('2025-04-01'), 'dash')} tot en met {f(D('2025-05-23'), 'dash')}"),
                    ("Datum", f(vr, "dash")),
                ]
            ),
            Heading("Activiteiten"),
            Table(
                ["Datum", "Wat", "Uitkomst"],
                [
                    ["10-04-2025", "sollicitatie verkoper e-bikes, Fietsplein Helmond", "gesprek 17-04, afgewezen"],
                    ["24-04-2025", "netwerkgesprek leasemaatschappij fietsen", "tip: functie servicedesk"],
                    ["12-05-2025", "sollicitatie servicedesk fietslease, Eindhoven", "in afwachting"],
                ],
            ),
            Heading("Inzet kandidaat"),
            Para(
                "Tim is gemotiveerd. Hij vindt het moeilijk om de fietsenbranche los te laten; we werken aan een "
                "bredere zoekrichting (klantenservice, planning)."
            ),
            Para("Volgende rapportage: eind juli 2025."),
            Signatures([Sig("Jobcoach", "R. Peeters", "JobSpoor Re-integratie", f(vr, "dash"))]),
        ],
        job,
        "voortgangsrapportage_tweede_spoor",
        vr,
        f"{N};2nd-track progress report 3",
    )

    ow = D("2025-10-09")
    docx(
        f"{C}/brief Tim.docx",
        [
            Para(f"{vol}\nKerkakkers 9\n5741 GT Lieshoven"),
            Para("UWV\nt.a.v. de beoordeling van mijn WIA-aanvraag"),
            Para(f"Lieshoven, {f(ow)}"),
            Para(f"Betreft: oordeel werknemer over het re-integratieverslag, BSN {bsn}"),
            Para("Geachte heer, mevrouw,"),
            Para(
                "Bij mijn WIA-aanvraag stuur ik mijn oordeel over het re-integratieverslag van mijn werkgever, "
                "Rijwielhandel De Tweewieler."
            ),
            Para(
                "Ik ben het eens met de stukken. Erik Kok en Mirjam Verhagen hebben veel moeite gedaan om werk voor mij "
                "te vinden in de winkel. Het tweede spoor via JobSpoor is begonnen in februari 2025; ik had dat liever "
                "eerder gehad, maar ik begrijp dat een kleine zaak daar niet meteen aan denkt."
            ),
            Para("Met vriendelijke groet,"),
            Signatures([Sig("", vol, "", "")]),
        ],
        PLAIN,
        "oordeel_werknemer",
        ow,
        f"{N};oordeel werknemer as a letter to UWV with 'Betreft:' line",
    )

    # ------------------------------------------------------------------ mail/
    pa = D("2024-02-15")
    att = tmp_pdf(
        "Probleemanalyse_T_Hoogland.pdf",
        [
            Title("Terugkoppeling aan werkgever", sub="Probleemanalyse en advies"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Werkgever", werkgever),
                    ("Functie", "fietstechnicus"),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum spreekuur", f(pa, "dash")),
                ]
            ),
            Heading("Dreigend langdurig verzuim"),
            Para(
                "Ja. De heer Hoogland is na een ongeval buiten het werk uitgevallen. Hij kan zijn rechterhand en pols "
                "voorlopig niet belasten. Ik verwacht dat het verzuim minstens drie maanden duurt."
            ),
            Heading("Beperkingen en mogelijkheden"),
            Para(
                "Geen werk met de rechterhand dat kracht vraagt: niet knijpen, draaien, tillen of gereedschap gebruiken. "
                "Lichte taken met links en licht administratief werk zijn mogelijk, 3 dagen van 3 uur."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Start over twee weken met licht werk in de winkel (kassa, telefoon, klanten ontvangen).",
                    "Maak binnen twee weken een plan van aanpak.",
                    "Ik zie de heer Hoogland over zes weken terug.",
                ]
            ),
            Signatures([Sig(ba.role, ba.name, ba.function, f(pa, "long"))]),
        ],
        aom,
    )
    rel = mail(
        f"{C}/mail/PA Tim.eml",
        hdrs(
            "Arbo op Maat <planning@arbo-op-maat.example>",
            f"Mirjam Verhagen <m.verhagen@verhagenpartners.example>",
            "Rapportage spreekuur T. Hoogland (dossier 24-00871)",
            D("2024-02-16"),
            9,
            40,
            "c5-aom-pa@arbo-op-maat.example",
            cc="Erik Kok <erik@detweewieler-lieshoven.example>",
        ),
        "Geachte mevrouw Verhagen,\n\nIn de bijlage treft u de terugkoppeling van het spreekuur van 15 februari 2024 "
        "van de heer Hoogland. De werknemer heeft een kopie ontvangen.\n\nWij wijzen u erop dat het plan van aanpak "
        "binnen twee weken na de probleemanalyse moet worden opgesteld.\n\nMet vriendelijke groet,\n\nPlanning Arbo op Maat\n",
        [att],
    )
    label(rel, None, D("2024-02-16"), f"{N};cover mail of the arbodienst")
    label(
        rel + "::Probleemanalyse_T_Hoogland.pdf", "probleemanalyse", pa, f"{N};PA titled 'Terugkoppeling aan werkgever'"
    )

    evd = D("2024-05-13")
    att = tmp_docx(
        "verslag gesprek 10 mei (aangepast).docx",
        [
            Title("Verslag evaluatiegesprek"),
            Fields(
                [
                    ("Werknemer", vol),
                    ("Werkgever", werkgever),
                    ("Datum gesprek", f(D("2024-05-10"), "weekday")),
                    ("Aanwezig", f"{owner}, {naam}, {cm}"),
                    ("Datum verslag", f"{f(evd, 'dash')} (aangepast)"),
                ]
            ),
            Heading("Hoe gaat het?"),
            Para(
                "Tim werkt sinds 4 maart in de winkel, nu 4 dagen van 3 uur. Klanten helpen en de werkplaatsplanning "
                "gaan goed. Hij mist het sleutelen. De hand is nog pijnlijk bij draaien."
            ),
            Heading("Afspraken"),
            Bullets(
                [
                    "Uren blijven 4 x 3 uur tot het volgende spreekuur.",
                    "Tim mag lichte klusjes in de werkplaats doen (banden plakken met links, onderdelen bestellen).",
                    "Volgende evaluatie: 21 juni 2024.",
                ]
            ),
            Signatures([Sig("Werkgever", owner, "", f(evd, "dash")), Sig("Werknemer", naam, "", f(evd, "dash"))]),
        ],
        verh_doc,
    )
    rel = mail(
        f"{C}/mail/RE_ RE_ gesprek vrijdag.eml",
        hdrs(
            "Tim Hoogland <timhoogland88@gmail.example>",
            "Mirjam Verhagen <m.verhagen@verhagenpartners.example>",
            "RE: RE: gesprek vrijdag",
            D("2024-05-13"),
            20,
            31,
            "c5-tw-re2@gmail.example",
            in_reply_to="<c5-verh-re1@verhagenpartners.example>",
        ),
        "Hoi Mirjam,\n\nPrima zo. Getekend retour in de bijlage.\n\nGr Tim\n\n"
        "Van: Mirjam Verhagen <m.verhagen@verhagenpartners.example>\nVerzonden: maandag 13 mei 2024 11:05\n"
        "Aan: Tim Hoogland\nOnderwerp: RE: gesprek vrijdag\n\n"
        "Hoi Tim,\nKlopt, het was 4 dagen van 3 uur. Ik heb het verslag aangepast, zie bijlage. Wil je het tekenen?\n"
        "Groet, Mirjam\n\n"
        "Van: Tim Hoogland\nVerzonden: zaterdag 11 mei 2024 08:52\nOnderwerp: RE: gesprek vrijdag\n\n"
        "Er staat 3 dagen in het verslag, het was toch 4 dagen van 3 uur?\n\n"
        "Van: Mirjam Verhagen\nVerzonden: vrijdag 10 mei 2024 17:20\nOnderwerp: gesprek vrijdag\n\n"
        "Beste Tim, hierbij het verslag van ons gesprek van vanmiddag. Groet, Mirjam\n",
        [att],
    )
    label(rel, None, D("2024-05-13"), f"{N};reply chain (three quoted mails), carries the evaluation")
    label(
        rel + "::verslag gesprek 10 mei (aangepast).docx",
        "tussentijdse_evaluatie",
        evd,
        f"{N};interim evaluation; meeting 10 May, adapted and signed 13 May",
    )

    inner_att = tmp_pdf(
        "Trajectplan_JobSpoor_Hoogland.pdf",
        [
            Title("Trajectplan 2e spoor"),
            Fields(
                [
                    ("Kandidaat", f"de heer {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Werkgever", werkgever),
                    ("Contactpersoon werkgever", f"{cm}, Verhagen & Partners"),
                    ("Jobcoach", "R. Peeters"),
                    ("Intake", f(D("2025-01-28"), "dash")),
                    ("Datum", f(D("2025-01-30"), "dash")),
                ]
            ),
            Heading("Persoonsprofiel"),
            Para(
                "Tim is 36 jaar, mbo-3 Fietstechnicus, vijftien jaar ervaring in de fietsbranche, klantvriendelijk en "
                "technisch sterk. Hij kan zijn rechterhand beperkt gebruiken voor krachtig en repeterend werk."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "verkoopadviseur fietsen/e-bikes (zonder werkplaatswerk)",
                    "servicedesk of planner bij een fietslease-bedrijf",
                    "klantenservice technische groothandel",
                ]
            ),
            Heading("Activiteiten"),
            Table(
                ["Periode", "Activiteit"],
                [
                    ["feb 2025", "cv, LinkedIn, zoekprofiel"],
                    ["mrt–apr 2025", "netwerkgesprekken, eerste sollicitaties"],
                    ["mei–sep 2025", "solliciteren, eventueel proefplaatsing"],
                ],
            ),
            Signatures(
                [
                    Sig("Jobcoach", "R. Peeters", "", f(D("2025-01-30"), "dash")),
                    Sig("Kandidaat", naam, "", f(D("2025-01-30"), "dash")),
                ]
            ),
        ],
        job,
    )
    inner = build_message(
        hdrs(
            "Ruud Peeters <r.peeters@jobspoor.example>",
            "Mirjam Verhagen <m.verhagen@verhagenpartners.example>",
            "Trajectplan T. Hoogland",
            D("2025-02-03"),
            14,
            12,
            "c5-job-tp@jobspoor.example",
        ),
        "Beste Mirjam,\n\nBijgaand het trajectplan na de intake van 28 januari met Tim. Tim heeft het al getekend. "
        "Wil je het ook laten tekenen door de werkgever?\n\nMet vriendelijke groet,\nRuud Peeters\nJobSpoor Re-integratie\n",
        [inner_att],
        boundary_seed="c5-job-inner",
    )
    rel = mail(
        f"{C}/mail/FW_ trajectplan JobSpoor.eml",
        hdrs(
            "Mirjam Verhagen <m.verhagen@verhagenpartners.example>",
            "Erik Kok <erik@detweewieler-lieshoven.example>",
            "FW: Trajectplan T. Hoogland",
            D("2025-02-04"),
            8,
            47,
            "c5-verh-fw@verhagenpartners.example",
        ),
        "Erik,\n\nTer info het trajectplan van JobSpoor (zie het doorgestuurde bericht). Tim heeft al getekend. Wil jij "
        "ook tekenen en het naar mij terugsturen?\n\nGroet,\nMirjam\n",
        [Attachment("Trajectplan T. Hoogland.eml", inner, "message/rfc822")],
    )
    label(rel, None, D("2025-02-04"), f"{N};forward mail carrying the original mail as an attachment")
    label(rel + "::Trajectplan T. Hoogland.eml", None, D("2025-02-03"), f"{N};nested original mail from the bureau")
    label(
        rel + "::Trajectplan T. Hoogland.eml::Trajectplan_JobSpoor_Hoogland.pdf",
        "trajectplan_tweede_spoor",
        D("2025-01-30"),
        f"{N};trajectplan inside a nested forward; intake date vs plan date",
    )

    ao = D("2025-09-25")
    att = tmp_pdf(
        "AO_Hoogland_20250925.pdf",
        [
            Title("Actueel oordeel bedrijfsarts", sub="ten behoeve van de WIA-aanvraag"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("BSN", bsn),
                    ("Geboortedatum", f(geb, "dash")),
                    ("Werkgever", werkgever),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum", f(ao, "long")),
                ]
            ),
            Heading("Stand van zaken"),
            Para(
                "De heer Hoogland werkt 4 dagen van 5 uur, grotendeels in de winkel. Sinds het voorjaar van 2025 is "
                "zijn belastbaarheid niet meer veranderd. Verbetering verwacht ik niet."
            ),
            Heading("Mogelijkheden en beperkingen"),
            Para(
                "Geen krachtig of repeterend werk met de rechterhand, geen trillend handgereedschap. Licht winkelwerk, "
                "administratie en klantcontact zijn goed mogelijk, 20 uur per week."
            ),
            Heading("Arbeidsrelatie en passende arbeid"),
            Para("De arbeidsrelatie is goed. Winkelwerk is passend; het eigen werk als fietstechnicus niet."),
            Signatures([Sig(ba.role, ba.name, ba.function, f(ao, "long"))]),
        ],
        aom,
    )
    rel = mail(
        f"{C}/mail/actueel oordeel T. Hoogland.eml",
        hdrs(
            "Arbo op Maat <planning@arbo-op-maat.example>",
            f"Mirjam Verhagen <m.verhagen@verhagenpartners.example>",
            "Actueel oordeel T. Hoogland",
            D("2025-09-26"),
            10,
            3,
            "c5-aom-ao@arbo-op-maat.example",
        ),
        "Geachte mevrouw Verhagen,\n\nIn de bijlage het actueel oordeel van de bedrijfsarts voor het "
        "re-integratieverslag van de heer Hoogland. De medische informatie geven wij de heer Hoogland mee in een "
        "gesloten envelop; die is niet voor de werkgever bestemd.\n\nMet vriendelijke groet,\n\nPlanning Arbo op Maat\n",
        [att],
    )
    label(rel, None, D("2025-09-26"), f"{N};cover mail that mentions 'medische informatie' but carries only the AO")
    label(rel + "::AO_Hoogland_20250925.pdf", "actueel_oordeel", ao, f"{N};AO attached to a mail")

    # ------------------------------------------------------------------ loonadministratie/
    for per, datum, regel in [
        ("maart 2024 (periode 3)", D("2024-03-22"), "Loondoorbetaling bij ziekte 100%"),
        ("oktober 2024 (periode 10)", D("2024-10-24"), "Loondoorbetaling bij ziekte 100% (1e ziektejaar)"),
    ]:
        name = "loonstrook 2024-03.pdf" if datum.month == 3 else "Loonstrook_T_Hoogland_202410.pdf"
        pdf(
            f"{C}/loonadministratie/{name}",
            [
                Title("Loonstrook"),
                Fields(
                    [
                        ("Werknemer", naam),
                        ("Personeelsnummer", "007"),
                        ("BSN", bsn),
                        ("Geboortedatum", f(geb, "dash")),
                        ("Functie", "Fietstechnicus"),
                        ("Periode", per),
                        ("Datum", f(datum, "dash")),
                    ]
                ),
                Table(
                    ["Omschrijving", "Uren", "Bedrag"],
                    [
                        ["Salaris", "164,67", "€ 3.012,00"],
                        [regel, "", "incl."],
                        ["Pensioenpremie werknemer", "", "- € 141,30"],
                        ["Loonheffing", "", "- € 402,18"],
                        ["Netto", "", "€ 2.468,52"],
                    ],
                ),
                Para(
                    "Opgebouwd vakantiegeld en verlofsaldo volgens de cao. Vragen? Neem contact op met Verhagen & Partners."
                ),
            ],
            loon,
            None,
            datum,
            f"{N};non-RIV: payslip mentioning sick pay",
        )

    zm = D("2024-10-31")
    pdf(
        f"{C}/loonadministratie/42ewk.pdf",
        [
            Title("Ziekmelding na 42 weken ziekte", sub="Kopie van de melding via het UWV werkgeversportaal"),
            Fields(
                [
                    ("Ingediend op", f(zm)),
                    ("Ingediend door", f"{cm}, Verhagen & Partners, namens de werkgever"),
                    ("Werkgever", werkgever),
                    ("Loonheffingennummer", "8221.07.654.L01"),
                    ("Werknemer", naam),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0)),
                    ("Werkt gedeeltelijk", "ja, 20 uur per week sinds juli 2024"),
                    ("Vangnet Ziektewet", "nee"),
                ]
            ),
            Para("Let op: u ontvangt van UWV een bevestiging en informatie over de eerstejaarsevaluatie."),
        ],
        Style(
            key="c5-verh-tab",
            org="Verhagen & Partners",
            font="condensed",
            accent=(0, 90, 60),
            letterhead="left",
            org_lines=("Personeelszaken",),
            fields_as_table=True,
            footer="Verhagen & Partners",
        ),
        "ziekmelding_uwv",
        zm,
        f"{N};42nd-week report: copy kept by the accountant",
    )

    # ------------------------------------------------------------------ scans/
    eje = D("2024-12-19")
    bpva = D("2025-01-09")
    scan_two(
        f"{C}/scans/Scan_20250110_0001.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields(
                [
                    ("Werkgever", werkgever),
                    ("Werknemer", vol),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash1")),
                    ("Datum", f(eje, "dash1")),
                ]
            ),
            Heading("Terugblik eerste ziektejaar"),
            Para(
                "Tim werkt sinds maart in de winkel en sinds juli ook licht in de werkplaats, nu 4 dagen van 5 uur. "
                "Zwaar werkplaatswerk (wielen richten, e-bike motoren, banden wisselen aan achterwielen) lukt niet en "
                "de bedrijfsarts verwacht dat ook niet meer."
            ),
            Heading("Resultaat tweede ziektejaar"),
            Para("Zo veel mogelijk uren in passend werk. De winkel heeft niet genoeg winkelwerk voor 20 uur of meer."),
            Heading("Tweede spoor"),
            Para("We schakelen in januari een re-integratiebureau in voor het tweede spoor."),
            Heading("Visie"),
            Para(
                "Erik: ik houd Tim graag, maar ik kan geen extra verkoper betalen. Tim: ik snap het, ik wil ook verder kijken."
            ),
            Signatures([Sig("Werkgever", owner, "", f(eje, "dash1")), Sig("Werknemer", naam, "", f(eje, "dash1"))]),
        ],
        [
            Title("Bijstelling plan van aanpak"),
            Fields([("Werknemer", vol), ("BSN", bsn), ("Datum", f(bpva, "long"))]),
            Para(
                "Naar aanleiding van de eerstejaarsevaluatie van 19 december 2024 stellen wij het plan van aanpak bij:"
            ),
            Bullets(
                [
                    "Spoor 1: Tim blijft 4 dagen van 5 uur werken in winkel en werkplaats.",
                    "Spoor 2: JobSpoor Re-integratie begeleidt Tim naar werk bij een andere werkgever. Intake eind januari.",
                    "Evaluatie iedere zes weken door Mirjam Verhagen.",
                ]
            ),
            Signatures([Sig("Werkgever", owner, "", f(bpva, "dash")), Sig("Werknemer", naam, "", f(bpva, "dash"))]),
        ],
        verh,
        verh,
        "eerstejaarsevaluatie",
        eje,
        f"{N};ONE scanned PDF holding two documents back to back: EJE first (labelled), then a bijstelling PvA dated 2025-01-09",
        noise=0.55,
    )


# ============================================================================================
# Case E — Werkwaarts: a re-integration bureau's complete, numbered RIV package
# ============================================================================================


def case_e() -> None:
    C = "werkwaarts-jacobs"
    N = "werkwaarts"
    d0 = D("2023-06-05")
    bsn = new_bsn(5005)
    big_ba = new_big(5105)
    naam = "E. Jacobs"
    vol = "Erwin Jacobs"
    geb = D("1966-10-30")
    werkgever = "Polytec Kunststoffen B.V."
    ww = Style(
        key="c5-ww",
        org="Werkwaarts",
        font="sans",
        accent=(0, 130, 130),
        letterhead="band",
        title_upper=True,
        org_lines=(
            "Verzuim & Re-integratie",
            "casemanagement · arbeidsdeskundig advies · 2e spoor",
            "Ringbaan-West 230 · 5041 LT Tilburg",
        ),
        footer="Werkwaarts | E. Jacobs | vertrouwelijk",
        producer="Microsoft® Word 2019",
    )
    ww_form = Style(
        key="c5-ww-form",
        org="Werkwaarts — Verzuim & Re-integratie",
        font="sans",
        accent=(0, 130, 130),
        docx_form=True,
        title_upper=True,
        footer="Werkwaarts | E. Jacobs | vertrouwelijk",
    )
    kemp = Style(
        key="c5-kemp",
        org="Arbodienst Kempenland",
        font="serif",
        accent=(110, 20, 20),
        letterhead="right",
        org_lines=("Bedrijfsartsen · Casemanagement", "Hoogstraat 71 · 5611 GC Eindhoven"),
        footer="Arbodienst Kempenland — lid OVAL",
    )
    formulier = Style(
        key="c5-ww-ow", org="", font="sans", letterhead="none", fields_as_table=True, footer="formulier Werkwaarts OW-1"
    )
    ba = Sig("Bedrijfsarts", "drs. F. Oomen", f"bedrijfsarts, BIG {big_ba}")
    cm = "J. Smit"
    mgr = "M. van Gils"
    ad_name = "E. Wouters"
    coach = "P. Gomes"

    def kop(extra: list[tuple[str, str]]) -> Fields:
        return Fields([("Werknemer", f"{vol}"), ("BSN", dots(bsn)), ("Werkgever", werkgever)] + extra)

    pa = D("2023-07-13")
    pva = D("2023-07-24")
    ev1 = D("2023-09-04")
    bij_pa = D("2023-11-20")
    bpva = D("2023-11-27")
    ad = D("2024-04-25")
    eje = D("2024-05-08")
    tp = D("2024-06-03")
    vr1 = D("2024-09-02")
    vr2 = D("2024-12-02")
    er = D("2025-02-03")
    ao = D("2025-02-13")
    ev = D("2025-02-24")
    ow = D("2025-03-03")
    idx = D("2025-03-04")

    pdf(
        f"{C}/00 Inhoudsopgave.pdf",
        [
            Title("Re-integratieverslag", sub=f"Inhoudsopgave en begeleidende notitie — {vol}"),
            kop(
                [
                    ("Geboortedatum", f(geb, "dash")),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Einde wachttijd", f(d0 + dt.timedelta(days=727), "dash")),
                    ("Samengesteld door", f"{cm}, casemanager Werkwaarts"),
                    ("Datum", f(idx, "dash")),
                ]
            ),
            Table(
                ["Nr", "Onderdeel", "Datum", "Opgesteld door"],
                [
                    ["01", "Probleemanalyse", f(pa, "dash"), "drs. F. Oomen, bedrijfsarts"],
                    ["02", "Plan van aanpak", f(pva, "dash"), "werkgever en werknemer"],
                    ["03", "Evaluatie plan van aanpak", f(ev1, "dash"), "casemanager"],
                    ["04", "Bijstelling plan van aanpak", f(bpva, "dash"), "werkgever en werknemer"],
                    ["05", "Bijstelling probleemanalyse", f(bij_pa, "dash"), "bedrijfsarts"],
                    ["06", "Eerstejaarsevaluatie", f(eje, "dash"), "werkgever en werknemer"],
                    ["07", "Arbeidsdeskundig rapport", f(ad, "dash"), "arbeidsdeskundige"],
                    ["08–11", "Tweede spoor: trajectplan, rapportages, eindrapportage", "2024–2025", "Werkwaarts"],
                    ["12", "Actueel oordeel", f(ao, "dash"), "bedrijfsarts"],
                    ["13", "Eindevaluatie", f(ev, "dash"), "werkgever en werknemer"],
                    ["14", "Oordeel werknemer", f(ow, "dash"), "werknemer"],
                ],
            ),
            Para(
                "De medische informatie is niet voor de werkgever bestemd en hoort niet bij de upload. De werknemer "
                "stuurt die in een gesloten envelop naar UWV."
            ),
        ],
        ww,
        None,
        idx,
        f"{N};non-RIV: the package's table of contents listing every part with its date",
    )

    pdf(
        f"{C}/01 Probleemanalyse.pdf",
        [
            Title("Probleemanalyse en advies"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Werkgever", werkgever),
                    ("Functie", "Operator extrusie, 40 uur, 5-ploegendienst"),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Consult", f(pa, "dash")),
                ]
            ),
            Heading("Oordeel"),
            Para(
                "Er is sprake van dreigend langdurig verzuim. De heer Jacobs is volledig uitgevallen en zal naar "
                "verwachting de komende drie tot zes maanden zijn eigen werk niet kunnen doen."
            ),
            Heading("Beperkingen"),
            Para(
                "Beperkt in zware fysieke belasting (tillen boven 10 kg, langdurig lopen, traplopen met last), in werken "
                "in hitte en in nachtdiensten. Beperkt in energie: korte werkdagen."
            ),
            Heading("Benutbare mogelijkheden"),
            Para("Licht, overwegend zittend werk in dagdienst, 3 dagen van 2 uur, op te bouwen na 4 weken."),
            Heading("Prognose"),
            Para(
                "Redelijk. Verbetering in de komende maanden is te verwachten; of de eigen functie in ploegendienst "
                "weer haalbaar wordt, is onzeker."
            ),
            Heading("Advies"),
            Bullets(
                [
                    "Start in augustus met licht werk in dagdienst (kwaliteitscontrole, administratie productie).",
                    "Geen ploegendienst en geen nachtdienst.",
                    "Volgend consult over zes weken.",
                ]
            ),
            Signatures([Sig(ba.role, ba.name, ba.function, f(pa))]),
        ],
        kemp,
        "probleemanalyse",
        pa,
        f"{N};PA from the arbodienst inside the bureau package",
    )

    pdf(
        f"{C}/02 Plan van aanpak.pdf",
        [
            Title("Plan van aanpak"),
            kop(
                [
                    ("Functie", "Operator extrusie"),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Probleemanalyse", f(pa, "dash")),
                    ("Casemanager", f"{cm} (Werkwaarts)"),
                ]
            ),
            Heading("Re-integratiedoel"),
            Para("Terugkeer in de eigen functie. Tussenstap: aangepast werk in dagdienst."),
            Table(
                ["Activiteit", "Verantwoordelijk", "Termijn"],
                [
                    [
                        "Aangepast werk kwaliteitscontrole, 3 x 2 uur",
                        "werkgever (M. van Gils)",
                        "vanaf 7 augustus 2023",
                    ],
                    ["Opbouw in overleg met bedrijfsarts", "werknemer", "na consult eind augustus"],
                    ["Contact werkgever–werknemer", "beiden", "iedere twee weken"],
                    ["Evaluatie", "casemanager", "4 september 2023, daarna elke 6 weken"],
                ],
            ),
            Heading("Visie werkgever"),
            Para("Wij willen Erwin graag terug in de productie, in een tempo dat bij zijn herstel past."),
            Heading("Visie werknemer"),
            Para("Ik wil weer aan de slag maar merk dat ik snel moe ben."),
            Signatures(
                [
                    Sig("Werkgever", mgr, "productiemanager", f(pva, "dash")),
                    Sig("Werknemer", naam, "", f(pva, "dash")),
                    Sig("Casemanager", cm, "Werkwaarts", f(pva, "dash")),
                ]
            ),
        ],
        ww,
        "plan_van_aanpak",
        pva,
        f"{N};PvA in bureau house style (upper-case titles)",
    )

    pdf(
        f"{C}/03 Evaluatie.pdf",
        [
            Title("Evaluatie plan van aanpak (1)"),
            kop([("Datum evaluatie", f(ev1, "long")), ("Aanwezig", f"{mgr}, {naam}, {cm}")]),
            Heading("Voortgang"),
            Para(
                "Erwin werkt sinds 7 augustus in de kwaliteitscontrole, nu 3 x 3 uur. Hij komt zijn afspraken na. "
                "Na een werkdag is hij erg moe."
            ),
            Heading("Afspraken"),
            Bullets(
                [
                    "Uren gelijk houden tot het consult van 14 september.",
                    f"Volgende evaluatie: {f(D('2023-10-16'), 'long')}.",
                ]
            ),
            Signatures([Sig("Werkgever", mgr, "", f(ev1, "dash")), Sig("Werknemer", naam, "", f(ev1, "dash"))]),
        ],
        ww,
        "tussentijdse_evaluatie",
        ev1,
        f"{N};interim evaluation",
    )

    pdf(
        f"{C}/04 PvA.pdf",
        [
            Title("Plan van aanpak — bijstelling 1"),
            kop(
                [
                    ("Oorspronkelijk plan", f(pva, "dash")),
                    ("Bijstelling probleemanalyse", f(bij_pa, "dash")),
                    ("Datum", f(bpva, "dash")),
                ]
            ),
            Heading("Aanleiding"),
            Para(
                "De bedrijfsarts heeft op 20 november 2023 de probleemanalyse bijgesteld: ploegendienst blijft "
                "voorlopig uitgesloten, en de opbouw gaat langzamer dan gepland."
            ),
            Heading("Gewijzigd doel en afspraken"),
            Bullets(
                [
                    "Doel: passend werk in dagdienst bij Polytec (spoor 1, ander werk).",
                    "Erwin werkt 4 x 4 uur in de kwaliteitscontrole en het magazijn (licht, zittend/staand).",
                    "Werkgever onderzoekt een vaste dagdienstfunctie; terugkoppeling vóór 1 februari 2024.",
                ]
            ),
            Signatures([Sig("Werkgever", mgr, "", f(bpva, "dash")), Sig("Werknemer", naam, "", f(bpva, "dash"))]),
        ],
        ww,
        "bijstelling_plan_van_aanpak",
        bpva,
        f"{N};bijstelling PvA in a file named '04 PvA.pdf'",
    )

    pdf(
        f"{C}/05 Advies bedrijfsarts.pdf",
        [
            Title("Advies bedrijfsarts", sub=f"herziening van de probleemanalyse van {f(pa)}"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Consult", f(bij_pa, "dash")),
                ]
            ),
            Para("De belastbaarheid is anders dan in juli verwacht. Ik stel mijn oordeel en advies daarom bij."),
            Heading("Belastbaarheid"),
            Para(
                "Licht tot middelzwaar werk in dagdienst, 4 dagen van 4 uur. Geen ploegen- of nachtdienst, geen werk in "
                "hitte bij de extruders, tillen tot 10 kg."
            ),
            Heading("Prognose"),
            Para("Langzame verbetering. De eigen functie in vijfploegendienst acht ik op termijn niet haalbaar."),
            Heading("Advies"),
            Para(
                "Zoek naar passend werk in dagdienst binnen het bedrijf. Laat rond maand 10 een arbeidsdeskundig "
                "onderzoek doen."
            ),
            Signatures([Sig(ba.role, ba.name, ba.function, f(bij_pa, "abbr"))]),
        ],
        kemp,
        "bijstelling_probleemanalyse",
        bij_pa,
        f"{N};bijstelling PA titled 'Advies bedrijfsarts'",
    )

    pdf(
        f"{C}/06 Eerstejaarsevaluatie.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            kop(
                [
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum", f(eje, "dash")),
                    ("Aanwezig", f"{mgr} (werkgever), {naam} (werknemer), {cm} (casemanager)"),
                ]
            ),
            Table(
                ["Vraag", "Antwoord"],
                [
                    [
                        "Hoe is de re-integratie in het eerste ziektejaar verlopen?",
                        "Opbouw in kwaliteitscontrole en magazijn tot 4 x 6 uur in dagdienst. Eigen functie niet haalbaar.",
                    ],
                    [
                        "Wat is de huidige belastbaarheid?",
                        "Zie bijstelling probleemanalyse en het AD-rapport van 25-04-2024.",
                    ],
                    [
                        "Welk re-integratieresultaat streven werkgever en werknemer na?",
                        "Structureel passend werk in dagdienst voor 24 uur of meer.",
                    ],
                    [
                        "Is er passend werk bij de werkgever?",
                        "Een vaste dagdienstfunctie als magazijnmedewerker inpak wordt onderzocht; de werknemer twijfelt of die passend is.",
                    ],
                    ["Wordt het tweede spoor ingezet?", "Ja, via Werkwaarts, start 3 juni 2024."],
                    [
                        "Visie werkgever",
                        "Wij bieden de functie magazijnmedewerker inpak aan en zetten daarnaast spoor 2 in.",
                    ],
                    ["Visie werknemer", "Ik wil werken, maar het tillen in het magazijn vind ik te zwaar."],
                ],
            ),
            Signatures(
                [
                    Sig("Werkgever", mgr, "", f(eje, "dash")),
                    Sig("Werknemer", naam, "", f(eje, "dash")),
                    Sig("Casemanager", cm, "", f(eje, "dash")),
                ]
            ),
        ],
        ww,
        "eerstejaarsevaluatie",
        eje,
        f"{N};EJE as a question/answer table",
    )

    pdf(
        f"{C}/07 Arbeidsdeskundig rapport.pdf",
        [
            Title("Arbeidsdeskundig rapport"),
            kop(
                [
                    ("Geboortedatum", f(geb, "dash")),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Onderzoek", f"{f(D('2024-04-16'), 'dash')} (werkplekbezoek)"),
                    ("Datum rapport", f(ad, "dash")),
                ]
            ),
            Heading("Vraagstelling"),
            Para(
                "Is de eigen functie passend of passend te maken? Welke andere functies bij Polytec zijn passend? Is "
                "een tweede spoor nodig?"
            ),
            Heading("Belasting eigen functie"),
            Table(
                ["Aspect", "Functie operator extrusie", "Belastbaarheid"],
                [
                    ["Werktijden", "5-ploegendienst incl. nacht", "alleen dagdienst"],
                    ["Hitte", "werken bij extruders, 35–40 °C", "niet"],
                    ["Tillen", "rollen folie tot 20 kg", "tot 10 kg"],
                    ["Lopen", "veel, hele dienst", "afwisselen"],
                ],
            ),
            Heading("Conclusie"),
            Para(
                "De eigen functie is niet passend en niet passend te maken. De functie magazijnmedewerker inpak "
                "(dagdienst) is passend mits tillen boven 10 kg met een hulpmiddel gebeurt. Werkgever en werknemer "
                "verschillen van mening over de belasting; ik adviseer zo nodig een deskundigenoordeel te vragen."
            ),
            Heading("Advies"),
            Para(
                "Spoor 1: functie magazijnmedewerker inpak met vacuümtilhulp. Spoor 2: direct starten, omdat niet "
                "zeker is dat spoor 1 slaagt."
            ),
            Signatures([Sig("Arbeidsdeskundige", ad_name, "register-arbeidsdeskundige, Werkwaarts", f(ad, "dash"))]),
        ],
        ww,
        "arbeidsdeskundig_rapport",
        ad,
        f"{N};AD report by the bureau's own arbeidsdeskundige",
    )

    pdf(
        f"{C}/08 Trajectplan 2e spoor.pdf",
        [
            Title("Trajectplan 2e spoor"),
            kop([("Jobcoach", coach), ("Startdatum", f(tp, "dash")), ("Looptijd", "tot de WIA-aanvraag")]),
            Heading("Persoonsprofiel"),
            Para(
                "Erwin is 57 jaar, heeft 31 jaar in de kunststofproductie gewerkt, is vakbekwaam in procesbewaking en "
                "kwaliteitscontrole en heeft een VCA- en heftruckcertificaat. Beperkt: geen ploegendienst, geen hitte, "
                "tillen tot 10 kg."
            ),
            Heading("Zoekprofiel"),
            Bullets(
                [
                    "kwaliteitscontroleur / medewerker QC in dagdienst",
                    "medewerker werkvoorbereiding",
                    "receptie/portier bij een industrieel bedrijf",
                ]
            ),
            Heading("Activiteiten"),
            Table(
                ["Periode", "Activiteit"],
                [
                    ["juni–juli 2024", "intake, testen, cv, zoekprofiel"],
                    ["aug–okt 2024", "netwerk, vacatures, solliciteren"],
                    ["nov 2024–feb 2025", "solliciteren, proefplaatsing"],
                ],
            ),
            Signatures(
                [Sig("Jobcoach", coach, "Werkwaarts", f(tp, "dash")), Sig("Werknemer", naam, "", f(tp, "dash"))]
            ),
        ],
        ww,
        "trajectplan_tweede_spoor",
        tp,
        f"{N};trajectplan 2nd track",
    )

    for nr, d, periode, rows, tekst in [
        (
            "09",
            vr1,
            f"{f(tp, 'dash')} – {f(D('2024-08-30'), 'dash')}",
            [
                ["24-06-2024", "sollicitatie QC-medewerker, Vanderlande Plastics", "afgewezen"],
                ["15-07-2024", "sollicitatie werkvoorbereider, Bruynzeel Kunststof", "geen reactie"],
                ["22-08-2024", "netwerkgesprek oud-collega bij Dekaplast", "tip vacature"],
            ],
            "Erwin is gemotiveerd en komt alle afspraken na.",
        ),
        (
            "10",
            vr2,
            f"{f(D('2024-09-02'), 'dash')} – {f(D('2024-11-29'), 'dash')}",
            [
                ["10-09-2024", "sollicitatie QC dagdienst, Dekaplast", "gesprek, afgewezen"],
                ["07-10-2024", "sollicitatie portier, Industriepark Oosterhout", "afgewezen"],
                ["18-11-2024", "sollicitatie medewerker QC, Tilplast", "tweede gesprek gepland"],
            ],
            "Het deskundigenoordeel van oktober heeft onrust gegeven; Erwin zet het traject wel door.",
        ),
    ]:
        pdf(
            f"{C}/{nr} Voortgangsrapportage {'1' if nr == '09' else '2'}.pdf",
            [
                Title("Voortgangsrapportage 2e spoor"),
                kop([("Rapportageperiode", periode), ("Datum", f(d, "dash"))]),
                Table(["Datum", "Activiteit", "Resultaat"], rows),
                Heading("Inzet werknemer"),
                Para(tekst),
                Signatures([Sig("Jobcoach", coach, "Werkwaarts", f(d, "dash"))]),
            ],
            ww,
            "voortgangsrapportage_tweede_spoor",
            d,
            f"{N};2nd-track progress report {nr}",
        )

    pdf(
        f"{C}/11 Eindrapportage 2e spoor.pdf",
        [
            Title("Eindrapportage 2e spoor"),
            kop([("Trajectduur", f"{f(tp, 'dash')} – {f(D('2025-01-31'), 'dash')}"), ("Datum", f(er, "dash"))]),
            Heading("Resultaat"),
            Para(
                "Geen plaatsing. Het traject bij Tilplast strandde na een proefplaatsing van vier weken in december "
                "2024 omdat de functie toch ploegendienst vroeg."
            ),
            Heading("Inspanningen"),
            Para("19 sollicitaties, 8 netwerkgesprekken, 3 sollicitatiegesprekken, 1 proefplaatsing."),
            Heading("Advies"),
            Para("Blijven solliciteren op dagdienstfuncties in kwaliteitscontrole en werkvoorbereiding."),
            Signatures([Sig("Jobcoach", coach, "Werkwaarts", f(er, "dash"))]),
        ],
        ww,
        "eindrapportage_tweede_spoor",
        er,
        f"{N};2nd-track final report",
    )

    pdf(
        f"{C}/12 Actueel oordeel.pdf",
        [
            Title("Actueel oordeel"),
            Fields(
                [
                    ("Werknemer", f"de heer {naam}"),
                    ("BSN", bsn),
                    ("Werkgever", werkgever),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum", f(ao, "dash")),
                ]
            ),
            Heading("Verloop"),
            Para("De belastbaarheid is sinds de zomer van 2024 stabiel. Terugkeer in ploegendienst is niet mogelijk."),
            Heading("Beperkingen en mogelijkheden"),
            Para("Licht tot middelzwaar werk in dagdienst, 24 uur per week, tillen tot 10 kg, geen hitte."),
            Heading("Arbeidsrelatie"),
            Para(
                "Er is een verschil van mening over de passendheid van de functie magazijnmedewerker inpak; de "
                "arbeidsrelatie zelf is niet verstoord."
            ),
            Heading("Passende arbeid bij de werkgever"),
            Para(
                "De functie magazijnmedewerker inpak is passend met tilhulp, zoals UWV in het deskundigenoordeel "
                "bevestigde. De eigen functie niet."
            ),
            Signatures([Sig(ba.role, ba.name, ba.function, f(ao, "dash"))]),
        ],
        kemp,
        "actueel_oordeel",
        ao,
        f"{N};AO",
    )

    docx(
        f"{C}/13 Eindevaluatie.docx",
        [
            Title("Eindevaluatie"),
            kop([("Eerste ziektedag", f(d0, "dash")), ("Actueel oordeel", f(ao, "dash")), ("Datum", f(ev, "dash"))]),
            Heading("Aard van het bedrijf"),
            Para(
                "Polytec Kunststoffen B.V. produceert folies en verpakkingen. 180 medewerkers, waarvan 130 in de "
                "productie in vijfploegendienst."
            ),
            Heading("Terugblik"),
            Para(
                "Zie de bijgevoegde evaluaties. Erwin werkt 4 x 6 uur in dagdienst in de functie magazijnmedewerker "
                "inpak, die UWV in het deskundigenoordeel passend vond."
            ),
            Heading("Arbeidsrelatie"),
            Para("Goed, ondanks het verschil van mening over de passendheid van de magazijnfunctie."),
            Heading("Passende arbeid"),
            Para("De functie magazijnmedewerker inpak (24 uur) blijft beschikbaar na de wachttijd."),
            Heading("Visie werknemer"),
            Para("Erwin vindt de magazijnfunctie zwaar maar blijft het doen."),
            Signatures(
                [Sig("Werkgever", mgr, "productiemanager", f(ev, "dash")), Sig("Werknemer", naam, "", f(ev, "dash"))]
            ),
        ],
        ww_form,
        "eindevaluatie",
        ev,
        f"{N};EV as a DOCX table form",
    )

    scan(
        f"{C}/14 Oordeel werknemer.pdf",
        [
            Title("Oordeel werknemer over het re-integratieverslag"),
            Fields([("Naam", vol), ("BSN", bsn), ("Geboortedatum", f(geb, "dash")), ("Werkgever", werkgever)]),
            Para("[X] Ik heb een kopie van alle onderdelen van het re-integratieverslag ontvangen."),
            Para(
                "[ ] Ik ben het eens met het re-integratieverslag.\n[X] Ik ben het gedeeltelijk niet eens met het "
                "re-integratieverslag, namelijk:"
            ),
            Para(
                "Ik vind de functie magazijnmedewerker inpak niet passend. Er moet vaak meer dan 10 kg getild "
                "worden en de tilhulp is er niet altijd. Dat heb ik ook bij het deskundigenoordeel gezegd."
            ),
            Para(f"Datum: {f(ow, 'dash1')}"),
            Signatures([Sig("Handtekening werknemer", vol, "", "")]),
        ],
        formulier,
        "oordeel_werknemer",
        ow,
        f"{N};oordeel werknemer form, scanned, ticked boxes",
        rotate_deg=-1.6,
        noise=0.6,
    )

    pdf(
        f"{C}/15 bijlage bedrijfsarts.pdf",
        [
            Para("MEDISCH GEHEIM"),
            Title("Medische informatie", sub="ten behoeve van de WIA-beoordeling door de verzekeringsarts"),
            Fields(
                [
                    ("Naam", f"de heer {naam}"),
                    ("Geboortedatum", f(geb, "dash")),
                    ("BSN", bsn),
                    ("Eerste ziektedag", f(d0, "dash")),
                    ("Datum", f(ao, "dash")),
                ]
            ),
            Heading("Diagnose"),
            Para(
                "Acuut voorwandinfarct (STEMI) op 04-06-2023, behandeld met PCI en stent in de LAD. Restfunctie "
                "linkerventrikel matig (LVEF 40%). Nadien angstklachten."
            ),
            Heading("Behandeling"),
            Para(
                "Hartrevalidatie (12 weken), cardiologische controle halfjaarlijks (cardioloog dr. A. Verschuren, "
                "Amphia-locatie Oosterhout). Medicatie: acetylsalicylzuur, ticagrelor (gestopt juni 2024), metoprolol, "
                "ramipril, atorvastatine. Psychologische begeleiding via de huisartsenpraktijk (POH-GGZ)."
            ),
            Heading("Beloop en prognose"),
            Para(
                "Stabiel. De inspanningstolerantie is beperkt (ergometrie januari 2025: 120 W). Geen verbetering van "
                "betekenis te verwachten."
            ),
            Signatures([Sig(ba.role, ba.name, ba.function, f(ao, "dash"))]),
        ],
        kemp,
        "medische_informatie",
        ao,
        f"{N};UWV-style 'Medische informatie' included in the package under a vague file name",
    )

    # UWV/
    zm = D("2024-03-28")
    pdf(
        f"{C}/UWV/42e weeks melding.pdf",
        [
            Para(f"{werkgever}\nt.a.v. P&O\nIndustrieweg 14\n4906 AB Oosterhout"),
            Fields([("Datum", f(zm)), ("Ons kenmerk", "ZMW 24-3-110572"), ("Loonheffingennummer", "8190.13.220.L01")]),
            Para("Onderwerp: bevestiging ziekmelding"),
            Para("Geachte heer, mevrouw,"),
            Para(
                f"U heeft op {f(D('2024-03-22'))} uw werknemer de heer {naam} (BSN {bsn}) ziek gemeld. Hij is ziek sinds "
                f"{f(d0)}. Wij hebben de melding geregistreerd. Tegen het einde van het eerste ziektejaar moet u met "
                "uw werknemer de eerstejaarsevaluatie houden."
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        UWV,
        "ziekmelding_uwv",
        zm,
        f"{N};UWV confirmation of the 42nd-week report",
    )

    wia = D("2025-02-04")
    pdf(
        f"{C}/UWV/brief wia-aanvraag.pdf",
        [
            Para(f"De heer {naam}\nSlotjesveld 22\n4902 HK Oosterhout"),
            Fields([("Datum", f(wia)), ("Burgerservicenummer", bsn)]),
            Para("Onderwerp: u kunt nu een WIA-uitkering aanvragen"),
            Para(
                f"Beste heer Jacobs,\n\nU bent op {f(d0)} ziek geworden. Vraag uw WIA-uitkering aan vóór "
                f"{f(d0 + dt.timedelta(days=650))}. Uw werkgever en u maken samen het re-integratieverslag."
            ),
            Para("Met vriendelijke groet,\n\nUWV"),
        ],
        UWV,
        "uwv_correspondentie",
        wia,
        f"{N};UWV week-88 letter",
    )

    do = D("2024-10-15")
    pdf(
        f"{C}/UWV/deskundigenoordeel.pdf",
        [
            Para(f"De heer {naam}\nSlotjesveld 22\n4902 HK Oosterhout"),
            Fields([("Datum", f(do, "long")), ("Burgerservicenummer", bsn), ("Werkgever", werkgever)]),
            Para("Onderwerp: ons deskundigenoordeel over passend werk"),
            Para(
                f"Beste heer Jacobs,\n\nOp {f(D('2024-09-10'))} heeft u ons gevraagd of de functie magazijnmedewerker "
                "inpak die uw werkgever u aanbiedt, passend voor u is. Onze verzekeringsarts en arbeidsdeskundige "
                f"hebben op {f(D('2024-10-01'))} met u en met uw werkgever gesproken."
            ),
            Heading("Ons oordeel"),
            Para(
                "De functie magazijnmedewerker inpak is passend, op voorwaarde dat de werkgever voor lasten boven "
                "10 kg een tilhulp beschikbaar stelt. Dit oordeel is niet bindend; het is een advies aan u en uw werkgever."
            ),
            Para("Met vriendelijke groet,\n\nUWV\nverzekeringsarts en arbeidsdeskundige"),
        ],
        UWV,
        "deskundigenoordeel",
        do,
        f"{N};UWV deskundigenoordeel; request and conversation dates in text",
    )

    docx(
        f"{C}/bijlagen/CV Erwin Jacobs.docx",
        [
            Title("Curriculum vitae"),
            Fields(
                [
                    ("Naam", vol),
                    ("Geboortedatum", f(geb, "long")),
                    ("Woonplaats", "Oosterhout"),
                    ("Rijbewijs", "B"),
                    ("Certificaten", "VCA-basis, heftruck"),
                ]
            ),
            Heading("Werkervaring"),
            Table(
                ["Periode", "Werkgever", "Functie"],
                [
                    ["1993 – heden", werkgever, "operator extrusie, sinds 2024 magazijnmedewerker inpak"],
                    ["1988 – 1993", "Van Houten Verpakkingen", "productiemedewerker"],
                ],
            ),
            Heading("Opleiding"),
            Bullets(["MBO Procesoperator niveau 2 (1992)", "LTS metaal (1985)"]),
            Heading("Vaardigheden"),
            Para(
                "Procesbewaking, kwaliteitscontrole (meten, steekproeven), instellen van extrusielijnen, werken met SAP."
            ),
        ],
        Style(key="c5-cv", org="", letterhead="none", font="sans", footer=" "),
        None,
        None,
        f"{N};non-RIV: CV for the 2nd track (no own date)",
    )


# ============================================================================================


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir(parents=True)
    try:
        case_a()
        case_b()
        case_c()
        case_d()
        case_e()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    ROWS.sort(key=lambda r: r["path"])
    paths = [r["path"] for r in ROWS]
    assert len(paths) == len(set(paths)), "duplicate label paths"
    with (ROOT / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    n_files = sum(1 for p in FILES.rglob("*") if p.is_file())
    size = sum(p.stat().st_size for p in FILES.rglob("*") if p.is_file())
    print(f"{n_files} files, {len(ROWS)} labelled documents, {size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
