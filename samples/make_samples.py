"""Generate the two bundled sample cases: samples/dossier-de-vries (complete) and samples/dossier-bakker (gaps).

Run:  .venv/bin/python samples/make_samples.py

Deterministic; all people, companies and numbers are fictional. See samples/README.md for what
each file is and which problems are planted.
"""

from __future__ import annotations

import datetime as dt
import io
import random
import shutil
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from docgen import (  # noqa: E402
    Attachment,
    Fields,
    Para,
    Style,
    Table,
    Title,
    bsn_valid,
    fmt_date,
    mail_date,
    make_bsn,
    make_invalid_bsn,
    write_docx,
    write_eml,
    write_pdf,
    write_photo_jpg,
    write_scan_pdf,
)
from riv_content import BUILDERS, Case, Person, medische_informatie, wk  # noqa: E402

D = dt.date


def _case_de_vries() -> Case:
    rng = random.Random("de-vries")
    c = Case(
        "de-vries",
        0,
        "J. de Vries",
        "Jan de Vries",
        "de heer",
        D(1978, 6, 14),
        make_bsn(rng),
        "Magazijnmedewerker",
        38,
        D(2009, 4, 1),
        "Voorbeeld Groothandel BV",
        "Handelsweg 21, 3542 AA Utrecht",
        "812345678L01",
        "Groothandel in sanitair en bouwmaterialen, ca. 120 medewerkers",
        D(2025, 1, 13),
        Person("M. Koster", "HR-adviseur, casemanager"),
        Person("B. Smit", "hoofd magazijn"),
        Person("dr. E.L. Hofstra", "bedrijfsarts", "39012345601"),
        "Arbodienst Zuiderhaven",
        "ZH-2025-00318",
        Person("W. Post", "register-arbeidsdeskundige"),
        "Arbeidsdeskundig Advies Post",
        "Re-integratiebureau Tweede Kans",
        Person("S. Meijer", "loopbaancoach"),
        "beperkingen in tillen boven 10 kg, frequent bukken en langdurig staan (max. 1 uur aaneengesloten)",
        {
            "diagnose": "Lumbale hernia L4-L5 met radiculaire uitstraling",
            "code": "M51.1",
            "behandeling": "Microdiscectomie op 2 april 2025, daarna oefentherapie.",
            "behandelaar": "dr. R. Aydin, neurochirurg",
            "medicatie": "pregabaline 75 mg 2 dd",
            "ziekenhuis": "Ziekenhuis Vechtzicht",
            "poli": "Neurochirurgie",
            "specialist": "dr. R. Aydin",
            "specialisme": "neurochirurg",
        },
        date_kind="long",
        other_date_kind="dash",
    )
    c.styles = {
        "arbo": Style(
            "zh",
            "Arbodienst Zuiderhaven",
            ("Zuiderhaven 4, 3511 AA Utrecht", "T 030 - 000 44 55 · zuiderhaven.example"),
            font="sans",
            accent=(0, 96, 128),
            letterhead="left",
            footer="Arbodienst Zuiderhaven – vertrouwelijk",
        ),
        "wg": Style(
            "vgh",
            "Voorbeeld Groothandel BV",
            ("Handelsweg 21, 3542 AA Utrecht", "KvK 00998877"),
            font="serif",
            accent=(150, 30, 30),
            letterhead="right",
            footer="Voorbeeld Groothandel BV – personeelsdossier",
        ),
        "bureau": Style(
            "tk",
            "Re-integratiebureau Tweede Kans",
            ("Stationsweg 2, 3811 AA Amersfoort",),
            font="condensed",
            accent=(0, 120, 70),
            letterhead="band",
        ),
        "ad": Style(
            "adpost",
            "Arbeidsdeskundig Advies Post",
            ("register-arbeidsdeskundigen",),
            font="serif",
            accent=(60, 60, 60),
        ),
    }
    return c


def _write(fmt: str, path: Path, blocks: list, style: Style, date: D) -> None:
    if fmt == "pdf":
        write_pdf(path, blocks, style)
    elif fmt == "docx":
        write_docx(path, blocks, style)
    elif fmt == "scan":
        write_scan_pdf(path, blocks, style, rotate_deg=-1.1, noise=0.45, jpeg_quality=40)
    elif fmt == "photo":
        write_photo_jpg(
            path, blocks, style, taken=dt.datetime(date.year, date.month, date.day, 19, 42, 7), orientation=6
        )
    else:
        raise ValueError(fmt)


def de_vries(root: Path) -> None:
    c = _case_de_vries()
    c1 = replace(c, variant=1)  # other wording/labels for some documents (same case)
    pa = wk(c.d0, 5, 1)  # 2025-02-11
    pva = wk(c.d0, 7, 0)  # 2025-02-24
    eje = wk(c.d0, 50, 0)
    ao = wk(c.d0, 89, 1)
    ev = wk(c.d0, 90, 2)
    ow = wk(c.d0, 91, 1)

    def doc(t: str, cc: Case, date: D, fmt: str, rel: str, **kw: object) -> None:
        blocks, st = BUILDERS[t](cc, date, **kw)
        _write(fmt, root / rel, blocks, st, date)

    doc("probleemanalyse", c, pa, "pdf", "01 Probleemanalyse/Probleemanalyse J. de Vries.pdf")
    doc("inzetbaarheidsprofiel", c, pa, "pdf", "01 Probleemanalyse/Bijlage FML bij probleemanalyse.pdf")
    doc("plan_van_aanpak", c, pva, "docx", "02 Plan van aanpak/Plan van aanpak J. de Vries.docx", pa_date=pa)
    doc("plan_van_aanpak", c, pva, "pdf", "02 Plan van aanpak/PvA getekend.pdf", pa_date=pa)  # duplicate
    doc(
        "bijstelling_plan_van_aanpak",
        c,
        wk(c.d0, 53, 1),
        "pdf",
        "02 Plan van aanpak/Bijstelling PvA spoor 2.pdf",
        pva_date=pva,
    )
    # progress meetings at most 6 weeks apart: PvA (wk 7) ... EJE (wk 50) ... EV (wk 90)
    for n, week in enumerate([12, 17, 23, 28, 34, 39, 45, 55, 61, 67, 73, 79, 85], 1):
        cc = c if n % 2 else c1
        fmt = "docx" if n % 3 == 1 else "pdf"
        doc(
            "tussentijdse_evaluatie",
            cc,
            wk(c.d0, week, 0),
            fmt,
            f"03 Evaluaties/Evaluatie {n:02d} {wk(c.d0, week, 0):%Y-%m-%d}.{fmt}",
            n=n,
        )
    doc(
        "eerstejaarsevaluatie",
        c,
        eje,
        "pdf",
        "03 Evaluaties/Eerstejaarsevaluatie J. de Vries.pdf",
        pva_date=pva,
    )
    doc("ziekmelding_uwv", c, wk(c.d0, 42, 1), "pdf", "04 UWV/42e-weeksmelding.pdf")
    doc("uwv_correspondentie", c, wk(c.d0, 88, 0), "pdf", "04 UWV/Brief UWV week 88.pdf", kind="wia88")
    doc(
        "arbeidsdeskundig_rapport",
        c,
        wk(c.d0, 48, 3),
        "pdf",
        "05 Arbeidsdeskundige/AD-rapport W. Post.pdf",
        own_work_expected=False,
    )
    doc("trajectplan_tweede_spoor", c, wk(c.d0, 55, 1), "pdf", "06 Tweede spoor/Trajectplan 2e spoor.pdf")
    for n, week in enumerate([63, 71, 79], 1):
        doc(
            "voortgangsrapportage_tweede_spoor",
            c1 if n == 2 else c,
            wk(c.d0, week, 3),
            "pdf",
            f"06 Tweede spoor/Voortgangsrapportage {n}.pdf",
            n=n,
        )
    doc(
        "eindrapportage_tweede_spoor",
        c,
        wk(c.d0, 87, 2),
        "pdf",
        "06 Tweede spoor/Eindrapportage 2e spoor.pdf",
    )
    doc("inzetbaarheidsprofiel", c1, ao, "pdf", "07 Actueel oordeel/Inzetbaarheidsprofiel.pdf")
    doc("eindevaluatie", c, ev, "scan", "scans/scan0003.pdf", eje_date=eje, ao_date=ao)
    doc("oordeel_werknemer", c, ow, "photo", "scans/IMG_4411.jpg")
    # e-mail from the arbodienst with the actueel oordeel as a PDF attachment
    blocks, st = BUILDERS["actueel_oordeel"](c, ao)
    tmp = io.BytesIO()
    tmp_path = root / "_tmp_ao.pdf"
    write_pdf(tmp_path, blocks, st)
    data = tmp_path.read_bytes()
    tmp_path.unlink()
    _ = tmp
    write_eml(
        root / "mail" / f"{ao + dt.timedelta(days=1):%Y-%m-%d} Actueel oordeel.eml",
        {
            "From": "Secretariaat Arbodienst Zuiderhaven <secretariaat@zuiderhaven.example>",
            "To": "Mirjam Koster <m.koster@voorbeeldgroothandel.example>",
            "Subject": "Actueel oordeel J. de Vries t.b.v. WIA-aanvraag",
            "Date": mail_date(ao + dt.timedelta(days=1), 9, 12),
            "Message-ID": "<ao-devries@zuiderhaven.example>",
        },
        "Beste mevrouw Koster,\n\nBijgaand het actueel oordeel van dr. Hofstra ten behoeve van het re-integratieverslag. "
        "De medische informatie stuurt de bedrijfsarts rechtstreeks naar UWV.\n\nMet vriendelijke groet,\nSecretariaat",
        [Attachment("Actueel oordeel J. de Vries.pdf", data)],
    )
    # chatter
    write_eml(
        root / "mail" / "Re kun je de PvA nog even sturen.eml",
        {
            "From": "B. Smit <b.smit@voorbeeldgroothandel.example>",
            "To": "m.koster@voorbeeldgroothandel.example",
            "Subject": "Re: kun je de PvA nog even sturen?",
            "Date": mail_date(wk(c.d0, 9, 1), 16, 2),
            "Message-ID": "<chat-devries@voorbeeldgroothandel.example>",
        },
        "Hoi Mirjam,\n\nKun je de PvA van Jan nog even sturen? Wil hem printen voor het overleg van donderdag.\n\nGroet, Bart",
    )
    # medical information the employer should not hold
    blocks, st = medische_informatie(c, wk(c.d0, 89, 2), form=0)
    write_pdf(root / "overig" / "Medische informatie J. de Vries.pdf", blocks, st)
    # distractors
    write_pdf(
        root / "overig" / "Loonstrook september 2026.pdf",
        [
            Title("Loonstrook", "september 2026"),
            Fields(
                [
                    ("Werknemer", c.emp),
                    ("BSN", c.bsn),
                    ("Personeelsnummer", "10442"),
                    ("Loonheffingennummer", c.lhn),
                ]
            ),
            Table(
                ["Omschrijving", "Bedrag"],
                [
                    ["Salaris", "€ 2.780,00"],
                    ["Doorbetaling bij ziekte 70%", "€ -834,00"],
                    ["Loonheffing", "€ -301,00"],
                    ["Netto loon", "€ 1.645,00"],
                ],
            ),
        ],
        Style("loon", "Voorbeeld Groothandel BV", ("Salarisadministratie",), font="mono", accent=(0, 0, 0)),
    )
    write_docx(
        root / "overig" / "CV Jan de Vries.docx",
        [
            Title("Curriculum vitae Jan de Vries"),
            Fields([("Geboortedatum", fmt_date(c.birth, "long")), ("Woonplaats", "Utrecht")]),
            Para(
                "Werkervaring: 2009 – heden magazijnmedewerker Voorbeeld Groothandel; 2001 – 2009 chauffeur bestelbus."
            ),
            Para("Opleidingen en cursussen: VMBO, heftruckcertificaat, VCA."),
        ],
        Style("cv", "", (), letterhead="none"),
    )
    (root / "dossier.yaml").write_text(
        "# Case facts for wia-dossier (CONTRACT.md). All data fictional.\n"
        f'werknemer: {{naam: "{c.emp}", bsn: "{c.bsn}", functie: "{c.functie}"}}\n'
        f'werkgever: {{naam: "{c.werkgever}", loonheffingennummer: "{c.lhn}", aard_van_het_bedrijf: "Groothandel"}}\n'
        f'bedrijfsarts: {{naam: "{c.bedrijfsarts.name}", organisatie: "{c.arbodienst}"}}\n'
        'casemanager: {naam: "M. Koster"}\n'
        "eerste_ziektedag: 2025-01-13\n"
        "aanvraag_wia: 2026-10-12\n",
        encoding="utf-8",
    )
    assert bsn_valid(c.bsn)


def _encrypt(src: Path, dst: Path, password: str) -> None:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, ByteStringObject

    w = PdfWriter()
    w.append(PdfReader(src))
    w._ID = [ByteStringObject(b"wia-dossier-bak"), ByteStringObject(b"wia-dossier-bak")]  # deterministic
    w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="RC4-128")
    w._ID = ArrayObject((ByteStringObject(b"wia-dossier-bak"), ByteStringObject(b"wia-dossier-bak")))
    with dst.open("wb") as f:
        w.write(f)


def bakker(root: Path) -> dict[str, str]:
    rng = random.Random("bakker")
    c = Case(
        "bakker",
        2,
        "M. Bakker",
        "Mohamed Bakker",
        "de heer",
        D(1969, 12, 3),
        make_bsn(rng),
        "Servicemonteur",
        40,
        D(1998, 8, 17),
        "Installatiebedrijf Vonkenburg BV",
        "Ambachtsweg 9, 7001 AA Doetinchem",
        "821987654L01",
        "Installatietechniek (elektra, warmtepompen), 60 medewerkers",
        D(2025, 3, 3),
        Person("K. Hendriks", "directiesecretaresse / casemanager"),
        Person("T. Vonk", "bedrijfsleider"),
        Person("H.G. Dijkstra", "bedrijfsarts", "49087654301"),
        "Arbodienst Achterhoek Vitaal",
        "AV-25-1142",
        Person("P. Lammers", "arbeidsdeskundige"),
        "Lammers AD",
        "",
        Person("", ""),
        "beperkingen in knielen, klimmen en werken boven schouderhoogte",
        {
            "diagnose": "",
            "code": "",
            "behandeling": "",
            "behandelaar": "",
            "medicatie": "",
            "ziekenhuis": "",
            "poli": "",
            "specialist": "",
            "specialisme": "",
        },
        date_kind="slash",
        other_date_kind="slash4",
    )
    c.styles = {
        "arbo": Style(
            "av",
            "Arbodienst Achterhoek Vitaal",
            ("Postbus 77, 7000 AB Doetinchem",),
            font="condensed",
            accent=(0, 100, 160),
            letterhead="band",
        ),
        "wg": Style(
            "vb",
            "Installatiebedrijf Vonkenburg BV",
            ("Ambachtsweg 9, 7001 AA Doetinchem",),
            font="sans",
            accent=(200, 110, 0),
            letterhead="left",
        ),
        "ad": Style("lam", "Lammers AD", ("arbeidsdeskundig advies",), font="serif", accent=(40, 40, 40)),
        "bureau": Style("none", "", ()),
    }
    c0 = replace(c, variant=0)
    other_bsn = make_bsn(random.Random("bakker-other"))
    bad_bsn = make_invalid_bsn(random.Random("bakker-bad"))
    assert bsn_valid(other_bsn) and other_bsn != c.bsn and not bsn_valid(bad_bsn)
    pa, pva = wk(c.d0, 5, 2), wk(c.d0, 9, 1)  # PvA 27 days after the PA
    ev, ao = wk(c.d0, 89, 3), wk(c.d0, 91, 0)  # AO after EV
    notes: dict[str, str] = {}

    def doc(t: str, cc: Case, date: D, fmt: str, rel: str, note: str, **kw: object) -> None:
        blocks, st = BUILDERS[t](cc, date, **kw)
        _write(fmt, root / rel, blocks, st, date)
        notes[rel] = note

    doc("probleemanalyse", c0, pa, "pdf", "document (1).pdf", "PA, week 5; file name says nothing")
    doc(
        "plan_van_aanpak",
        c,
        pva,
        "docx",
        "PvA_def_v2.docx",
        "PvA, week 9: 27 days after the PA (> 14)",
        pa_date=pa,
    )
    doc("tussentijdse_evaluatie", c0, wk(c.d0, 16, 2), "docx", "evaluatie mei.docx", "progress meeting", n=1)
    doc(
        "tussentijdse_evaluatie",
        replace(c, bsn=bad_bsn),
        wk(c.d0, 24, 1),
        "pdf",
        "eindevaluatie.pdf",
        "progress meeting, misleading name; BSN fails the elfproef",
        n=2,
    )
    doc(
        "tussentijdse_evaluatie",
        replace(c0, bsn=other_bsn),
        wk(c.d0, 33, 3),
        "pdf",
        "Verslag gesprek sept.pdf",
        "progress meeting with another (valid) BSN",
        n=3,
    )
    doc("ziekmelding_uwv", c0, wk(c.d0, 42, 2), "pdf", "42e week.pdf", "42e-weeksmelding")
    doc(
        "arbeidsdeskundig_rapport",
        c0,
        wk(c.d0, 47, 2),
        "pdf",
        "Rapport Lammers.pdf",
        "AD-rapport: return to own work not expected, advises spoor 2 (never started)",
        own_work_expected=False,
    )
    doc("uwv_correspondentie", c0, wk(c.d0, 88, 0), "pdf", "brief uwv.pdf", "UWV week-88 letter", kind="wia88")
    doc(
        "eindevaluatie",
        c0,
        ev,
        "scan",
        "Scan_0012.pdf",
        "eindevaluatie as image-only scan, dated BEFORE the AO",
        eje_date=wk(c.d0, 50),
        ao_date=ev - dt.timedelta(days=3),
    )
    doc("actueel_oordeel", c0, ao, "pdf", "AO Bakker.pdf", "actueel oordeel, dated AFTER the eindevaluatie")
    # encrypted PDF (user password): the bijstelling of the PA
    blocks, st = BUILDERS["bijstelling_probleemanalyse"](c0, wk(c.d0, 30, 1), pa_date=pa)
    tmp = root / "_tmp.pdf"
    write_pdf(tmp, blocks, st)
    _encrypt(tmp, root / "Bijstelling PA (beveiligd).pdf", "bakker2025")
    tmp.unlink()
    notes["Bijstelling PA (beveiligd).pdf"] = "bijstelling PA, encrypted with a user password (bakker2025)"
    write_eml(
        root / "Re_ stukken.eml",
        {
            "From": "T. Vonk <t.vonk@vonkenburg.example>",
            "To": "k.hendriks@vonkenburg.example",
            "Subject": "Re: stukken Mohamed",
            "Date": mail_date(wk(c.d0, 90, 0), 8, 31),
            "Message-ID": "<chat-bakker@vonkenburg.example>",
        },
        "Karin, heeft Mohamed zijn reactie op het verslag al gegeven? En is die eerstejaarsevaluatie ooit gemaakt? "
        "Ik kan hem niet vinden. Groet, Theo",
    )
    notes["Re_ stukken.eml"] = "chatter; mentions the missing EJE and oordeel"
    write_pdf(
        root / "loonstrook.pdf",
        [
            Title("Loonstrook", "oktober 2026"),
            Fields([("Werknemer", c.emp), ("BSN", c.bsn)]),
            Table(["Omschrijving", "Bedrag"], [["Salaris", "€ 3.120,00"], ["Netto loon", "€ 2.150,00"]]),
        ],
        Style("loonb", "Installatiebedrijf Vonkenburg BV", ("Salarisadministratie",), font="mono"),
    )
    notes["loonstrook.pdf"] = "payslip"
    (root / "README.txt").write_text("Dossier M. Bakker – map van de casemanager. Nog aanvullen.\n", encoding="utf-8")
    return {"bsn": c.bsn, "other_bsn": other_bsn, "bad_bsn": bad_bsn}


def main() -> None:
    for name, fn in [("dossier-de-vries", de_vries), ("dossier-bakker", bakker)]:
        root = HERE / name
        if root.exists():
            shutil.rmtree(root)
        root.mkdir(parents=True)
        out = fn(root)
        print(name, sum(1 for p in root.rglob("*") if p.is_file()), "files", out or "")


if __name__ == "__main__":
    main()
