"""Generate findings holdout 10 (cases/ and expected.yaml). Deterministic: seeded, no clock reads.

Run:  .venv/bin/python tests/findings_holdout10/make_holdout10.py

Written from DOMAIN.md (§8), CONTRACT.md, docs/handleiding.md §6 and the writer API of samples/docgen.py,
without reading the rule code and without running the tool. Untouched holdout: see README.md.
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "samples"))

from docgen import (  # noqa: E402
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
    bsn_valid,
    fmt_bsn,
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

CASES = HERE / "cases"
TD = dt.timedelta


def wd(d: dt.date) -> dt.date:
    """Weekend dates move back to the preceding Friday."""
    if d.weekday() == 5:
        return d - TD(1)
    if d.weekday() == 6:
        return d - TD(2)
    return d


# ----------------------------------------------------------------------------------------------
# a case under construction
# ----------------------------------------------------------------------------------------------


class Case:
    def __init__(self, name: str, d0: dt.date, **facts: object) -> None:
        assert d0.weekday() == 0, (name, d0)
        self.name = name
        self.dir = CASES / name
        self.d0 = d0
        self.rng = random.Random(f"holdout10|{name}")
        self.bsn = make_bsn(self.rng)
        assert bsn_valid(self.bsn)
        self.files: list[str] = []
        self.evals: list[dt.date] = []  # employer evaluation documents of this employee (for the gap assertion)
        self.__dict__.update(facts)

    def day(self, off: int) -> dt.date:
        return wd(self.d0 + TD(off))

    def off(self, d: dt.date) -> int:
        return (d - self.d0).days

    def p(self, rel: str) -> Path:
        assert rel not in self.files, rel
        self.files.append(rel)
        return self.dir / rel

    def pdf(self, rel: str, blocks: list, style: Style) -> None:
        write_pdf(self.p(rel), blocks, style)

    def docx(self, rel: str, blocks: list, style: Style) -> None:
        write_docx(self.p(rel), blocks, style)

    def scan(self, rel: str, blocks: list, style: Style, **kw: object) -> None:
        write_scan_pdf(self.p(rel), blocks, style, **kw)

    def photo(self, rel: str, blocks: list, style: Style, taken: dt.date, **kw: object) -> None:
        write_photo_jpg(self.p(rel), blocks, style, taken=dt.datetime(taken.year, taken.month, taken.day, 16, 41), **kw)

    def eml(self, rel: str, frm: str, to: str, subject: str, d: dt.date, body: str, attach: list | None = None,
            hour: int = 10) -> None:
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": mail_date(d, hour, 7 + len(self.files) % 50),
            "Message-ID": f"<{self.name}.{len(self.files)}@mail.example>",
            "MIME-Version": "1.0",
        }
        write_eml(self.p(rel), headers, body, attach or [])

    def yaml(self, data: dict) -> None:
        self.dir.mkdir(parents=True, exist_ok=True)
        (self.dir / "dossier.yaml").write_text(
            "# case facts for wia-dossier\n" + yaml.safe_dump(data, sort_keys=False, allow_unicode=True),
            encoding="utf-8",
        )


def style(key: str, org: str, lines: tuple[str, ...], **kw: object) -> Style:
    return Style(key=key, org=org, org_lines=lines, **kw)


def sig(role: str, name: str, function: str, d: dt.date | None, kind: str = "long", signed: bool = True) -> Sig:
    return Sig(role, name, function, fmt_date(d, kind) if d else "", signed)


def assert_gaps(c: Case, limit: int = 42) -> None:
    ds = sorted(c.evals)
    for a, b in zip(ds, ds[1:]):
        assert (b - a).days <= limit, (c.name, a, b)


# ----------------------------------------------------------------------------------------------
# shared styles of recurring writers
# ----------------------------------------------------------------------------------------------

UWV = style("uwv", "UWV", ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
            font="sans", accent=(0, 90, 160), letterhead="right", footer="UWV | uwv.nl")


def uwv_letter88(c: Case, d: dt.date) -> list:
    return [
        Title("Uw werknemer kan een WIA-uitkering aanvragen"),
        Fields([("Datum", fmt_date(d)), ("Ons kenmerk", f"WIA-{c.rng.randrange(100000, 999999)}"),
                ("Werknemer", c.emp), ("Burgerservicenummer", c.bsn),
                ("Eerste ziektedag", fmt_date(c.d0))]),
        Para(f"Geachte werkgever, uw werknemer {c.emp} is binnenkort 2 jaar ziek. Wij hebben uw werknemer een brief "
             "gestuurd over het aanvragen van een WIA-uitkering. Uw werknemer moet de aanvraag uiterlijk "
             f"{fmt_date(c.d0 + TD(650))} bij ons indienen."),
        Para("Bij de aanvraag hoort het re-integratieverslag. U stelt het verslag samen met uw werknemer op en geeft "
             "uw werknemer een kopie. Binnen 1 dag nadat uw werknemer de aanvraag heeft ingediend, uploadt u het "
             "re-integratieverslag via het werkgeversportaal."),
        Para("Met vriendelijke groet, UWV, afdeling Sociaal-Medische Zaken"),
    ]


# ================================================================================================
# case 1: actueel oordeel recent, but written before the bijstelling that changed everything
# ================================================================================================


def case_ao_voor_bijstelling() -> dict:
    c = Case("ao_voor_bijstelling_pa", dt.date(2024, 9, 2), emp="Ruud Boschloo", emp_short="Ruud",
             born=dt.date(1971, 4, 19))
    arbo = style("linge", "Arbodienst De Linge", ("Stationsweg 14, 4191 KH Geldermalsen", "T 0345 000 111"),
                 font="serif", accent=(60, 60, 60), letterhead="left", footer="Arbodienst De Linge - vertrouwelijk")
    wg = style("klinker", "Klinkerwerk Hollandia B.V.", ("Dijkweg 8, 4191 AB Geldermalsen", "KvK 99001122"),
               font="condensed", accent=(150, 40, 20), letterhead="band")
    ad_st = style("ad_waal", "Arbeidsdeskundig Adviesbureau Waalkant",
                  ("Bredestraat 3, 6641 AX Beuningen", "info@waalkant-ad.example"), font="serif",
                  accent=(20, 90, 60), letterhead="centered")
    ba, ba_f = "drs. H.J. Ketelaar", "bedrijfsarts (BIG 59012345601)"
    cm, cm_f = "Marjolein Achterberg", "casemanager / HR-adviseur"
    ad, ad_f = "mr. drs. P.W. van Lochem", "register-arbeidsdeskundige"
    bsnd = fmt_bsn(c.bsn, "dots")
    ids = [("Werknemer", c.emp), ("BSN", bsnd), ("Geboortedatum", fmt_date(c.born, "dash")),
           ("Eerste ziektedag", fmt_date(c.d0, "dash")), ("Functie", "Productiemedewerker steenoven (36 uur)")]

    def terse(title: str, d: dt.date, body: list) -> list:
        return [Title(title), Fields([("Datum", fmt_date(d, "dash")), *ids,
                                       ("Bedrijfsarts", ba)]), *body,
                Signatures([sig("Bedrijfsarts", ba, ba_f, d, "dash")])]

    pa = c.day(37)
    c.pdf("01 Arbo/Probleemanalyse.pdf", terse("Probleemanalyse", pa, [
        Heading("Beperkingen en mogelijkheden"),
        Bullets(["geen zwaar tillen (> 10 kg)", "geen langdurig staan > 1 uur", "wisselende houding nodig",
                 "4 uur per dag belastbaar, opbouw mogelijk"]),
        Heading("Prognose"), Para("Gunstig. Dreigend langdurig verzuim. Opbouw in aangepast eigen werk."),
        Heading("Advies aan werkgever en werknemer"),
        Para("Plan van aanpak opstellen binnen 2 weken. Start aangepast werk (sorteerband zittend) 2 x 2 uur. "
             "Evaluatie over 6 weken."),
    ]), arbo)

    pva = c.day(47)
    c.evals.append(pva)
    c.pdf("02 Plan van aanpak/PvA Boschloo getekend.pdf", [
        Title("Plan van aanpak", sub="re-integratie volgens de Wet verbetering poortwachter"),
        Fields([("Datum opstellen", fmt_date(pva)), ("Datum probleemanalyse", fmt_date(pa)), *ids,
                ("Casemanager", f"{cm}, {cm_f}")]),
        Heading("Re-integratiedoel"), Para("Terugkeer in eigen werk, eerst aangepast (sorteerband, zittend)."),
        Table(["Activiteit", "Wie", "Termijn"], [
            ["Start aangepast werk 2 x 2 uur per dag", "werknemer / ploegleider", fmt_date(pva + TD(7))],
            ["Opbouw met 4 uur per 3 weken", "werknemer / casemanager", "doorlopend"],
            ["Spreekuur bedrijfsarts", "bedrijfsarts", "elke 6 weken"]]),
        Heading("Evaluatiemomenten"), Para("Elke 5 à 6 weken een voortgangsgesprek; eerstejaarsevaluatie in week 50."),
        Heading("Visie werkgever"), Para("Wij willen Ruud graag behouden en zoeken passend werk binnen de fabriek."),
        Heading("Visie werknemer"), Para("Ik wil zo snel mogelijk terug, maar wel in een tempo dat ik volhoud."),
        Signatures([sig("Werkgever", cm, cm_f, pva), sig("Werknemer", c.emp, "productiemedewerker", pva)]),
    ], wg)

    meeting_offs = [80, 118, 156, 194, 232, 270, 308, 381, 419, 457, 495, 533, 575]
    hours = [8, 12, 16, 20, 20, 24, 24, 24, 24, 24, 24, 24, 24]
    for i, (o, h) in enumerate(zip(meeting_offs, hours)):
        d = c.day(o)
        c.evals.append(d)
        blocks = [
            Title("Verslag voortgangsgesprek"),
            Fields([("Datum gesprek", fmt_date(d, "dot")), ("Werknemer", c.emp), ("BSN", bsnd),
                    ("Aanwezig", f"{c.emp}, {cm} ({cm_f})")]),
            Heading("Stand van zaken"),
            Para(f"Ruud werkt nu {h} uur per week in aangepast werk aan de sorteerband. "
                 + ("De opbouw verloopt volgens plan." if h < 24 else
                    "Dit is structureel: 24 uur aangepast eigen werk, loonwaarde volgens de arbeidsdeskundige 70%.")),
            Heading("Afspraken"),
            Bullets(["uren gelijk houden tot het volgende spreekuur" if h >= 24 else f"opbouw naar {h + 4} uur",
                     "volgend gesprek over ongeveer 5 weken"]),
            Signatures([sig("Casemanager", cm, cm_f, d, "dot"), sig("Werknemer", c.emp, "", d, "dot")]),
        ]
        rel = f"04 Gespreksverslagen/{d.isoformat()} voortgangsgesprek"
        if i == 4:
            c.scan(rel + ".pdf", blocks, wg)
        elif i == 9:
            c.docx(rel + ".docx", blocks, wg)
        else:
            c.pdf(rel + ".pdf", blocks, wg)

    mel = c.day(288)
    c.pdf("05 UWV/Ziekmelding 42e week - bevestiging.pdf", [
        Title("Bevestiging ziekmelding"),
        Fields([("Datum", fmt_date(mel)), ("Werkgever", wg.org), ("Werknemer", c.emp), ("BSN", c.bsn),
                ("Eerste ziektedag", fmt_date(c.d0))]),
        Para(f"Wij hebben op {fmt_date(mel)} uw ziekmelding (42e-weeksmelding, aangifte langdurige ziekte) van uw "
             "werknemer ontvangen. Rond het einde van het eerste ziektejaar bespreekt u met uw werknemer de "
             "eerstejaarsevaluatie."),
    ], UWV)

    add = c.day(330)
    c.pdf("03 Arbeidsdeskundige/Rapportage arbeidsdeskundig onderzoek.pdf", [
        Title("Rapportage arbeidsdeskundig onderzoek", sub="in het kader van de Wet verbetering poortwachter"),
        Fields([("Datum rapport", fmt_date(add)), ("Opdrachtgever", wg.org), *ids,
                ("Arbeidsdeskundige", f"{ad}, {ad_f}")]),
        Heading("Aanleiding en vraagstelling"),
        Para("Werkgever heeft mij gevraagd te onderzoeken of de huidige werkzaamheden van de heer Boschloo, die hij "
             "sinds enkele maanden in aangepaste vorm verricht aan de sorteerband, als passend en structureel kunnen "
             "worden aangemerkt, en of daarnaast een traject tweede spoor in de rede ligt. Ter voorbereiding heb ik "
             "gesproken met werknemer, met de casemanager en met de ploegleider, en heb ik de werkplek bezocht."),
        Heading("Belasting en belastbaarheid"),
        Para("De functiebelasting van de oorspronkelijke functie (ovenbediening, handmatig verplaatsen van pallets, "
             "langdurig staan) overschrijdt de belastbaarheid zoals de bedrijfsarts die heeft vastgesteld op "
             "meerdere punten. De aangepaste functie aan de sorteerband, zittend, met zelf te bepalen pauzes, past "
             "binnen de belastbaarheid voor 24 uur per week. Ik heb geen aanwijzingen gevonden dat uitbreiding op "
             "korte termijn haalbaar is."),
        Heading("Loonwaarde"),
        Para("De loonwaarde van de aangepaste werkzaamheden schat ik op 70% van het oorspronkelijke loon (24/36 uur "
             "tegen hetzelfde uurloon, geen productieverlies). Daarmee is naar mijn oordeel sprake van een "
             "bevredigend re-integratieresultaat in aangepast eigen werk."),
        Heading("Conclusie en advies"),
        Para("Spoor 1: structureel 24 uur aangepast eigen werk, arbeidsovereenkomst hierop aanpassen. Een tweede "
             "spoor is niet nodig zolang deze situatie stabiel is. Ik adviseer partijen dit in de "
             "eerstejaarsevaluatie vast te leggen."),
        Signatures([sig("Arbeidsdeskundige", ad, ad_f, add)]),
    ], ad_st)

    eje = c.day(343)
    c.evals.append(eje)
    c.pdf("06 Evaluaties/Eerstejaarsevaluatie.pdf", [
        Title("Eerstejaarsevaluatie"),
        Fields([("Datum", fmt_date(eje)), *ids, ("Casemanager", cm)]),
        Heading("Terugblik eerste ziektejaar"),
        Para("Opbouw in aangepast werk van 4 naar 24 uur. De arbeidsdeskundige (rapport van "
             f"{fmt_date(add)}) noemt 24 uur aangepast eigen werk passend en structureel (loonwaarde 70%)."),
        Heading("Re-integratieresultaat tweede ziektejaar"),
        Para("Behoud van 24 uur aangepast eigen werk. Spoor 2 is niet nodig: er is een bevredigend resultaat in "
             "aangepast eigen werk; dit wordt bij elk voortgangsgesprek getoetst."),
        Heading("Visie werkgever"), Para("Tevreden over de inzet; de aangepaste functie wordt vastgelegd."),
        Heading("Visie werknemer"), Para("Ik ben blij dat ik 24 uur kan werken en wil dit volhouden."),
        Signatures([sig("Werkgever", cm, cm_f, eje), sig("Werknemer", c.emp, "", eje)]),
    ], wg)

    c.pdf("05 UWV/Brief UWV WIA-aanvraag.pdf", uwv_letter88(c, c.day(612)), UWV)

    ao = c.day(601)
    c.pdf("07 WIA/Actueel oordeel bedrijfsarts.pdf", terse("Actueel oordeel", ao, [
        Heading("Stand van zaken"),
        Para("Stabiel. Werkt 24 uur/week aangepast eigen werk (sorteerband, zittend). Belastbaarheid ongewijzigd "
             "sinds de probleemanalyse; geen verdere opbouw te verwachten."),
        Heading("Arbeidsrelatie"), Para("Goed, geen conflict."),
        Heading("Passende arbeid bij de werkgever"), Para("Ja: huidig aangepast werk, 24 uur."),
        Para("Opgesteld ten behoeve van de WIA-aanvraag. Bevat geen medische gegevens."),
    ]), arbo)

    bpa = c.day(608)
    c.pdf("01 Arbo/Bijstelling probleemanalyse.pdf", terse("Bijstelling probleemanalyse", bpa, [
        Heading("Aanleiding"), Para(f"Spreekuur op verzoek werknemer, {fmt_date(bpa, 'dash')}."),
        Heading("Herziene belastbaarheid"),
        Bullets(["belastbaarheid fors afgenomen", "aangepast werk 24 uur niet meer haalbaar",
                 "max. 2 x 2 uur per dag licht werk, zittend", "prognose: onzeker"]),
        Heading("Advies"), Para("Plan van aanpak bijstellen. Uren terug naar 12 per week. Heroverweging passend werk."),
    ]), arbo)

    bpv = c.day(615)
    c.evals.append(bpv)
    c.pdf("02 Plan van aanpak/Bijstelling PvA week 88.pdf", [
        Title("Bijstelling plan van aanpak"),
        Fields([("Datum", fmt_date(bpv)), *ids, ("Aanleiding", f"bijstelling probleemanalyse van {fmt_date(bpa)}"),
                ("Casemanager", f"{cm}, {cm_f}")]),
        Heading("Nieuw doel"), Para("Behoud van 12 uur per week licht zittend werk (2 x 2 uur, 3 dagen)."),
        Table(["Activiteit", "Wie", "Termijn"], [["Rooster aanpassen naar 12 uur", "ploegleider", fmt_date(bpv + TD(3))],
                                                 ["Evaluatie", "casemanager/werknemer", "over 4 weken"]]),
        Heading("Visie werkgever"), Para("Wij houden het werk aan de sorteerband beschikbaar in kortere diensten."),
        Heading("Visie werknemer"), Para("Ik merk dat 24 uur niet meer gaat; 12 uur wil ik proberen."),
        Signatures([sig("Werkgever", cm, cm_f, bpv), sig("Werknemer", c.emp, "", bpv)]),
    ], wg)

    ev = c.day(627)
    c.evals.append(ev)
    c.pdf("07 WIA/Eindevaluatie.pdf", [
        Title("Eindevaluatie plan van aanpak"),
        Fields([("Datum", fmt_date(ev)), *ids, ("Werkgever", wg.org)]),
        Heading("Aard van het bedrijf"),
        Para("Baksteenfabriek met 85 medewerkers; productie in ploegendienst, logistiek en verkoop."),
        Heading("Terugblik"),
        Para("Na opbouw werkte Ruud ruim een jaar structureel 24 uur in aangepast eigen werk. In week 87 is de "
             f"probleemanalyse bijgesteld ({fmt_date(bpa)}); sindsdien werkt hij 12 uur per week."),
        Heading("Kwaliteit van de arbeidsrelatie"), Para("Goed."),
        Heading("Passende arbeid"), Para("Licht zittend werk aan de sorteerband, 12 uur per week."),
        Heading("Visie werknemer"), Para("Eens met deze terugblik."),
        Signatures([sig("Werkgever", cm, cm_f, ev), sig("Werknemer", c.emp, "", ev)]),
    ], wg)

    ow = c.day(634)
    c.scan("07 WIA/scan oordeel werknemer.pdf", [
        Title("Oordeel van de werknemer over het re-integratieverslag"),
        Fields([("Naam", c.emp), ("BSN", bsnd), ("Datum", fmt_date(ow, "dash"))]),
        Para("Ik ben het eens met de inspanningen van mijn werkgever. Het actueel oordeel van de bedrijfsarts klopt "
             "niet meer: het is van voor de bijstelling en gaat nog uit van 24 uur. Sinds de bijstelling werk ik "
             "12 uur per week."),
        Signatures([sig("Werknemer", c.emp, "", ow, "dash")]),
    ], style("ruud", c.emp, (), letterhead="none", font="serif"))

    aanvraag = c.day(638)
    assert_gaps(c)
    c.yaml({"werknemer": {"naam": c.emp, "bsn": c.bsn, "functie": "Productiemedewerker"},
            "werkgever": {"naam": wg.org, "aard_van_het_bedrijf": "Baksteenfabriek"},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": cm},
            "eerste_ziektedag": c.d0, "aanvraag_wia": aanvraag})
    as_of = c.day(652)
    P = {"pa": "01 Arbo/Probleemanalyse.pdf", "ao": "07 WIA/Actueel oordeel bedrijfsarts.pdf",
         "ev": "07 WIA/Eindevaluatie.pdf", "pva": "02 Plan van aanpak/PvA Boschloo getekend.pdf",
         "eje": "06 Evaluaties/Eerstejaarsevaluatie.pdf", "bpv": "02 Plan van aanpak/Bijstelling PvA week 88.pdf",
         "bpa": "01 Arbo/Bijstelling probleemanalyse.pdf"}
    for v in P.values():
        assert v in c.files
    d = lambda x: c.off(x)  # noqa: E731
    must = [{"code": "outdated", "type": "actueel_oordeel", "path": P["ao"],
             "why": f"§8.4 freshness and §1.1 item j ('actueel'): the AO (D0+{d(ao)}) predates the bijstelling "
                    f"probleemanalyse of D0+{d(bpa)}, which changed the belastbaarheid (24 -> 12 hours) the AO "
                    "describes; the AO is no longer the current view although it is within §2.5's 8 weeks"}]
    present = ["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie",
               "oordeel_werknemer", "arbeidsdeskundig_rapport", "bijstelling_probleemanalyse",
               "bijstelling_plan_van_aanpak", "ziekmelding_uwv"]
    mn = [{"code": "missing", "type": t, "why": "§8.1/§8.2: present in the folder"} for t in present]
    mn += [
        {"code": "missing", "type": "trajectplan_tweede_spoor",
         "why": "§8.3: 2nd-track evidence is not needed when the EJE motivates it; the EJE and the AD-rapport record "
                "a satisfactory result (24 h adapted own work, loonwaarde 70%, §6)"},
        {"code": "outdated", "type": "eindevaluatie",
         "why": f"§8.4/§2.5: the EV (D0+{d(ev)}) is {(aanvraag - ev).days} days before the application and after the "
                "bijstelling"},
        {"code": "order", "why": f"§2.5: AO (D0+{d(ao)}) <= EV (D0+{d(ev)}) <= application (D0+{d(aanvraag)})"},
        {"code": "late", "why": f"§8.3: every step on time; application D0+{d(aanvraag)} <= D0+650"},
        {"code": "early", "why": "§8.3: EJE in week 50, nothing early"},
        {"code": "future", "why": "no document is dated after as_of"},
        {"code": "evaluation_gap", "why": "§8.3: employer evaluations at most 42 days apart (asserted)"},
        {"code": "duplicate", "why": "every document is different"},
        {"code": "bsn_invalid", "why": "§8.5/§5.2: one BSN, valid (asserted), written with dots or plain"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        {"code": "medical_data", "why": "§8.7/§5.3: functional wording only (limitations, hours)"},
        {"code": "extension", "why": "no vrijwillige verlenging"},
        {"code": "override_unused", "why": "dossier.yaml has no overrides"},
    ]
    for k in ("pva", "eje", "bpv", "ev"):
        mn.append({"code": "unsigned", "path": P[k], "why": "§8.5: signed by employer and employee"})
    for k in ("pva", "eje", "ev", "ao"):
        mn.append({"code": "content", "path": P[k],
                   "why": "§8.6: PvA/EJE carry both visies; EV has aard van het bedrijf, arbeidsrelatie, passende "
                          "arbeid; AO has arbeidsrelatie and passende arbeid"})
    return {"name": c.name, "case": c, "as_of": as_of, "aanvraag": aanvraag, "must": must, "must_not": mn,
            "planted": (
                f"checked in week {d(as_of) // 7 + 1} after the application (D0+{d(aanvraag)}, week 92). The actueel "
                f"oordeel (D0+{d(ao)}, week 86, {(aanvraag - ao).days} days before the application, so fresh by §2.5's "
                "8 weeks) describes 24 hours of structural adapted own work; seven days later the bedrijfsarts "
                f"wrote a bijstelling probleemanalyse (D0+{d(bpa)}): belastbaarheid sharply down, 2 x 2 hours. A "
                "bijstelling PvA followed; no new AO was asked. The EV and the employee's oordeel (a scan) say the AO "
                "no longer fits. Traps: the AO is recent, before the EV, and within 8 weeks of the application; no "
                "2nd track, motivated by a satisfactory result (AD-rapport: loonwaarde 70%) in the EJE; a terse "
                "bedrijfsarts (bullets only) and a wordy arbeidsdeskundige; one meeting a copier scan, one a Word "
                "file; BSN with dots in the documents, plain in dossier.yaml.")}


# ================================================================================================
# case 2: 2nd track started in time, then its reports stop; EJE without the employee's signature
# ================================================================================================


def case_spoor2_stilte() -> dict:
    c = Case("spoor2_stilte_eje_zonder_werknemer", dt.date(2024, 11, 4), emp="Sanne Wijnbergen",
             born=dt.date(1988, 12, 2))
    arbo = style("vecht", "ArboVecht", ("Amsterdamsestraatweg 410, 3551 CW Utrecht",), font="sans",
                 accent=(0, 110, 110), letterhead="right", title_upper=True)
    wg = style("zorgeloos", "Thuiszorg Zorgeloos Wonen", ("Kanaalweg 77, 3526 KM Utrecht",),
               font="sans", accent=(120, 20, 120), letterhead="left", fields_as_table=True)
    bur = style("koers", "Loopbaanbureau Nieuwe Koers", ("Postbus 1200, 3800 BE Amersfoort", "koers.example"),
                font="condensed", accent=(200, 100, 0), letterhead="band")
    ad_st = style("adoost", "AD Oost Arbeidsdeskundigen", ("Zutphen",), font="serif", letterhead="centered")
    ba, ba_f = "M. Oudeman", "bedrijfsarts"
    cm, cm_f = "Ilse Verhoeckx", "teamleider en casemanager"
    coach, coach_f = "Jeroen Stam", "loopbaancoach"
    ids = [("Naam werknemer", c.emp), ("BSN", c.bsn), ("Geboortedatum", fmt_date(c.born, "slash4")),
           ("Eerste ziektedag", fmt_date(c.d0, "slash4")), ("Functie", "Wijkverzorgende IG (28 uur)")]

    pa = c.day(34)
    c.pdf("Arbo/PA Wijnbergen.pdf", [
        Title("Probleemanalyse en advies"),
        Fields([("Datum", fmt_date(pa)), *ids, ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Beperkingen en mogelijkheden"),
        Para("Verminderde energetische belastbaarheid; beperkt in fysiek zware handelingen (tillen, transfers). "
             "Mogelijkheden: licht administratief en coördinerend werk, 3 x 3 uur per week."),
        Heading("Prognose"), Para("Dreigend langdurig verzuim. Herstel in eigen werk is onzeker."),
        Heading("Advies"), Para("Plan van aanpak binnen twee weken; opbouw in aangepast werk; over 6 weken terug."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, pa)]),
    ], arbo)

    pva = c.day(45)
    c.evals.append(pva)
    c.pdf("Plan van aanpak/Plan van aanpak 2024.pdf", [
        Title("Plan van aanpak"),
        Fields([("Datum", fmt_date(pva)), *ids, ("Casemanager", cm)]),
        Heading("Doel"), Para("Terugkeer in eigen werk, via aangepast (administratief) werk op kantoor."),
        Table(["Activiteit", "Wie", "Wanneer"], [["planning en roosters 3 x 3 uur", "Sanne", "vanaf week 8"],
                                                 ["gesprek over voortgang", "Ilse en Sanne", "elke 5 weken"]]),
        Heading("Evaluatie"), Para("Elke 5 weken; eerstejaarsevaluatie rond week 50."),
        Heading("Visie werkgever"), Para("We verwachten dat Sanne op termijn weer de wijk in kan."),
        Heading("Visie werknemer"), Para("Ik wil terug naar mijn cliënten, maar weet niet of dat lukt."),
        Signatures([sig("Werkgever", cm, cm_f, pva), sig("Werknemer", c.emp, "", pva)]),
    ], wg)

    meetings = [80, 118, 156, 194, 232, 270, 308, 390, 428, 466, 504, 542, 580, 618]
    notes = {
        80: "Sanne werkt 9 uur op kantoor (roosters). Gaat redelijk.",
        118: "Opbouw naar 12 uur. Wijkwerk nog niet.",
        156: "12 uur, stabiel. Proef met één ochtend wijk afgesproken.",
        194: "Proef wijk ging niet goed; terug naar kantoorwerk.",
        232: "12 uur kantoor. Bedrijfsarts: eigen werk voorlopig niet haalbaar.",
        270: "Besproken dat we een arbeidsdeskundige inschakelen.",
        308: "Arbeidsdeskundige is gevraagd; afspraak volgt. 42e-weeksmelding is gedaan.",
        390: "Trajectplan van Nieuwe Koers besproken. Handtekening onder de eerstejaarsevaluatie: Sanne tekent na "
             "terugkomst van vakantie.",
        428: "Sanne heeft gesprekken met de loopbaancoach; eerste rapportage komt eraan.",
        466: "Eerste voortgangsrapportage ontvangen. Sanne solliciteert op twee vacatures buiten de zorg.",
        504: "Tweede rapportage ontvangen. Volgende rapportage van het bureau over ongeveer zes weken.",
        542: "Nog geen nieuwe rapportage van Nieuwe Koers. Sanne heeft haar coach een maand niet gezien.",
        580: "Bureau gebeld: coach Jeroen Stam is uit dienst, opvolger wordt gezocht. Geen rapportage ontvangen.",
        618: "UWV-brief ontvangen. Nog steeds geen rapportage van Nieuwe Koers; Ilse mailt het bureau opnieuw.",
    }
    for i, o in enumerate(meetings):
        d = c.day(o)
        c.evals.append(d)
        blocks = [Title("Gespreksverslag"),
                  Fields([("Datum", fmt_date(d, "slash4")), ("Naam werknemer", c.emp), ("BSN", c.bsn),
                          ("Gesprek met", f"{cm} ({cm_f})")]),
                  Para(notes[o]),
                  Heading("Afspraken"), Bullets(["volgende afspraak over 5 à 6 weken"]),
                  Signatures([sig("Casemanager", cm, cm_f, d, "slash4")])]
        rel = f"Gesprekken/verslag {fmt_date(d, 'iso')}"
        if i == 6:
            c.photo(rel + ".jpg", blocks, wg, d, orientation=6)
        elif i == 11:
            c.docx(rel + ".docx", blocks, wg)
        else:
            c.pdf(rel + ".pdf", blocks, wg)

    mel = c.day(286)
    c.scan("UWV/Ziekmelding UWV.pdf", [
        Title("Ziekmelding langdurig zieke werknemer (42e week)"),
        Fields([("Datum melding", fmt_date(mel)), ("Werkgever", wg.org), ("Werknemer", c.emp), ("BSN", c.bsn),
                ("Eerste ziektedag", fmt_date(c.d0))]),
        Para("Aangifte van langdurige ziekte, ingediend via het werkgeversportaal."),
        Signatures([sig("Werkgever", cm, cm_f, mel)]),
    ], wg)

    ad = c.day(323)
    c.pdf("Arbeidsdeskundige/AD rapport.pdf", [
        Title("Arbeidsdeskundig rapport"),
        Fields([("Datum", fmt_date(ad)), *ids, ("Arbeidsdeskundige", "R. Hofstee, register-arbeidsdeskundige")]),
        Heading("Belasting en belastbaarheid"),
        Para("Het eigen werk als wijkverzorgende vraagt tillen, transfers en lange diensten; dit past niet binnen "
             "de belastbaarheid. Ander werk bij de werkgever is beperkt aanwezig (kantoor, 12 uur)."),
        Heading("Advies"), Para("Spoor 1: 12 uur planning/roosters behouden. Spoor 2 starten voor de overige uren en "
                                "als vangnet: geschikt voor eigen werk is niet te verwachten."),
        Signatures([sig("Arbeidsdeskundige", "R. Hofstee", "register-arbeidsdeskundige", ad)]),
    ], ad_st)

    eje = c.day(346)
    c.evals.append(eje)
    eje_rel = "Plan van aanpak/Eerstejaarsevaluatie Wijnbergen.pdf"
    c.pdf(eje_rel, [
        Title("Eerstejaarsevaluatie"),
        Fields([("Datum", fmt_date(eje)), *ids, ("Casemanager", cm)]),
        Heading("Terugblik eerste ziektejaar"),
        Para("Opbouw naar 12 uur kantoorwerk; terugkeer in de wijk is niet gelukt."),
        Heading("Re-integratieresultaat tweede ziektejaar"),
        Para("Spoor 1: 12 uur roosters. Spoor 2 wordt gestart via Loopbaanbureau Nieuwe Koers (advies "
             f"arbeidsdeskundige van {fmt_date(ad)})."),
        Heading("Visie werkgever"), Para("We steunen een tweede spoor."),
        Heading("Visie werknemer"), Para("Ik vind het moeilijk, maar ik doe mee aan het tweede spoor."),
        Signatures([sig("Werkgever", cm, cm_f, eje), Sig("Werknemer", c.emp, "", "", False)]),
    ], wg)

    bpv = c.day(353)
    c.evals.append(bpv)
    c.pdf("Plan van aanpak/Bijstelling plan van aanpak spoor 2.pdf", [
        Title("Bijstelling plan van aanpak"),
        Fields([("Datum", fmt_date(bpv)), *ids, ("Casemanager", cm)]),
        Heading("Nieuw doel"), Para("Spoor 1 (12 uur roosters) en spoor 2 via Nieuwe Koers."),
        Table(["Activiteit", "Wie", "Wanneer"], [["intake tweede spoor", "Nieuwe Koers", "binnen 3 weken"],
                                                 ["voortgangsrapportage", "Nieuwe Koers", "elke 8 weken"]]),
        Heading("Visie werkgever"), Para("Tweede spoor naast het werk op kantoor."),
        Heading("Visie werknemer"), Para("Akkoord."),
        Signatures([sig("Werkgever", cm, cm_f, bpv), sig("Werknemer", c.emp, "", bpv)]),
    ], wg)

    tp = c.day(374)
    c.pdf("Tweede spoor/Trajectplan Nieuwe Koers.pdf", [
        Title("Trajectplan tweede spoor"),
        Fields([("Datum", fmt_date(tp, "dash")), ("Kandidaat", c.emp), ("BSN", c.bsn),
                ("Opdrachtgever", wg.org), ("Loopbaancoach", f"{coach}, {coach_f}")]),
        Heading("Intake en persoonsprofiel"),
        Para("Ervaren zorgprofessional met sterke plannings- en communicatievaardigheden."),
        Heading("Zoekprofiel"), Para("Planner, klantenservice, administratief medewerker zorgverzekeraar."),
        Heading("Activiteiten"), Bullets(["arbeidsmarktoriëntatie", "cv en sollicitatietraining",
                                          "netwerkgesprekken", "voortgangsrapportage elke 8 weken"]),
        Signatures([sig("Loopbaancoach", coach, coach_f, tp, "dash"), sig("Kandidaat", c.emp, "", tp, "dash")]),
    ], bur)
    for n, o, txt in [(1, 432, "Drie netwerkgesprekken, cv herschreven, twee sollicitaties."),
                      (2, 489, "Vijf sollicitaties, één gesprek bij een zorgverzekeraar (afgewezen).")]:
        d = c.day(o)
        c.pdf(f"Tweede spoor/Voortgangsrapportage {n}.pdf", [
            Title(f"Voortgangsrapportage {n}", sub="tweede spoor"),
            Fields([("Datum", fmt_date(d, "dash")), ("Kandidaat", c.emp), ("BSN", c.bsn),
                    ("Rapportageperiode", f"{fmt_date(d - TD(57), 'dash')} t/m {fmt_date(d, 'dash')}")]),
            Heading("Activiteiten"), Para(txt),
            Heading("Vervolg"), Para("Volgende rapportage over acht weken."),
            Signatures([sig("Loopbaancoach", coach, coach_f, d, "dash")]),
        ], bur)

    c.scan("UWV/brief UWV.pdf", uwv_letter88(c, c.day(612)), UWV)
    ao = c.day(613)
    c.pdf("Arbo/Actueel oordeel.pdf", [
        Title("Actueel oordeel bij de probleemanalyse"),
        Fields([("Datum", fmt_date(ao)), *ids, ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Stand van zaken"), Para("12 uur passend kantoorwerk; tweede spoor via een bureau."),
        Heading("Arbeidsrelatie"), Para("Goed."),
        Heading("Passende arbeid bij de werkgever"), Para("12 uur planning en roosters; meer is er niet."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, ao)]),
    ], arbo)

    aanvraag = c.day(641)
    as_of = c.day(627)
    assert_gaps(c)
    c.yaml({"werknemer": {"naam": c.emp, "bsn": c.bsn}, "werkgever": {"naam": wg.org},
            "eerste_ziektedag": c.d0, "aanvraag_wia": aanvraag})
    d = lambda x: c.off(x)  # noqa: E731
    v2 = c.day(489)
    must = [
        {"type": "voortgangsrapportage_tweede_spoor",
         "why": f"§7/§8.2/§6 item 6: the 2nd track is active (no eindrapportage), but the last progress report is of "
                f"D0+{d(v2)}, {(as_of - v2).days} days before as_of (default: warn above ~9 weeks). CONTRACT fixes no "
                "code for this, so any finding about the progress reports counts"},
        {"code": "unsigned", "path": eje_rel,
         "why": "§8.5 form: the EJE needs the signatures of employer and employee; the employee's line is empty"},
    ]
    present = ["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel",
               "arbeidsdeskundig_rapport", "bijstelling_plan_van_aanpak", "trajectplan_tweede_spoor",
               "ziekmelding_uwv"]
    mn = [{"code": "missing", "type": t, "why": "§8.1/§8.2: present in the folder"} for t in present]
    mn += [
        {"code": "missing", "type": "eindevaluatie", "severity": "error",
         "why": f"§8.3/§2.2: the EV is due by D0+636; as_of is D0+{d(as_of)}"},
        {"code": "missing", "type": "oordeel_werknemer", "severity": "error",
         "why": "§8.1: W, not E, before the application (planned D0+641)"},
        {"code": "late", "type": "trajectplan_tweede_spoor",
         "why": f"§8.3: the trajectplan is of D0+{d(tp)} <= D0+406"},
        {"code": "late", "type": "probleemanalyse", "why": f"§8.3: PA D0+{d(pa)} <= D0+42"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA 11 days after the PA"},
        {"code": "late", "type": "eerstejaarsevaluatie", "why": f"§8.3: EJE D0+{d(eje)}, week 50"},
        {"code": "late", "type": "ziekmelding_uwv", "why": f"§8.3: melding D0+{d(mel)} <= D0+294"},
        {"code": "late", "type": "actueel_oordeel", "why": "§2.2: AO in week 88"},
        {"code": "outdated", "type": "actueel_oordeel",
         "why": f"§8.4/§2.5: the AO is {(aanvraag - ao).days} days before the planned application"},
        {"code": "early", "why": "nothing is early"},
        {"code": "future", "why": "no document is dated after as_of"},
        {"code": "order", "why": "no EV yet; nothing out of order"},
        {"code": "duplicate", "why": "every document is different"},
        {"code": "unsigned", "path": "Plan van aanpak/Plan van aanpak 2024.pdf", "why": "§8.5: signed by both"},
        {"code": "unsigned", "path": "Plan van aanpak/Bijstelling plan van aanpak spoor 2.pdf",
         "why": "§8.5: signed by both"},
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN (asserted)"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        {"code": "medical_data", "why": "§8.7: functional wording only"},
        {"code": "content", "path": eje_rel, "why": "§8.6: the EJE carries both visies"},
        {"code": "content", "path": "Plan van aanpak/Plan van aanpak 2024.pdf",
         "why": "§8.6: casemanager, goal, activities, terms, evaluation moments, visies"},
    ]
    return {"name": c.name, "case": c, "as_of": as_of, "aanvraag": aanvraag, "must": must, "must_not": mn,
            "planted": (
                f"checked in week {d(as_of) // 7 + 1} (D0+{d(as_of)}), before the application planned for "
                f"D0+{d(aanvraag)} (week 92). (1) The 2nd track started in time (AD-rapport week 47 advises it, EJE "
                f"week 50, bijstelling PvA, trajectplan D0+{d(tp)}), and two progress reports came (D0+432, "
                f"D0+{d(v2)}); then the reports stop: the coach left the bureau, no eindrapportage, "
                f"{(as_of - v2).days} days without a report, and the meeting reports say so. (2) The "
                "eerstejaarsevaluatie is signed by the employer only; the employee's line has her printed name, no "
                "signature, no date (a meeting says she will sign after her holiday). Traps: employer meetings at "
                "most 38 days apart (one a phone photo, EXIF orientation 6, one a Word file); the 42e-weeksmelding "
                "is a copier scan; EV and OW not yet due; AO of week 88 fresh. evaluation_gap is not judged here: "
                "a tool may report the silent 2nd track with that code.")}


# ================================================================================================
# case 3: eindevaluatie after the WIA application; a colleague's minutes with an invalid BSN
# ================================================================================================


def case_ev_na_aanvraag() -> dict:
    c = Case("ev_na_aanvraag_engelse_hr", dt.date(2024, 6, 3), emp="Thijs Verkuijlen", born=dt.date(1983, 7, 30))
    arbo = style("amstel", "Amstelland Arbo", ("Rembrandtweg 2, 1181 GE Amstelveen",), font="sans",
                 accent=(0, 60, 120), letterhead="left")
    hr = style("brightwater", "Brightwater Systems B.V.",
               ("People & Culture", "Papendorpseweg 100, 3528 BJ Utrecht"), font="sans", accent=(10, 120, 200),
               letterhead="right", footer="Brightwater Systems B.V. - Confidential - People & Culture",
               producer="Microsoft Word for Microsoft 365", author="People & Culture")
    ba, ba_f = "A.C. de Graaf-Lim", "bedrijfsarts"
    hrbp, hrbp_f = "Emily Hargreaves", "HR Business Partner (casemanager)"
    mgr = "Koen Dijkhuizen"
    ids = [("Employee / werknemer", c.emp), ("BSN", c.bsn), ("Date of birth", c.born.isoformat()),
           ("First day of sickness (eerste ziektedag)", c.d0.isoformat()), ("Role", "Support Engineer (40 h)")]

    pa = c.day(36)
    c.pdf("01 Occupational health/Probleemanalyse.pdf", [
        Title("Probleemanalyse"),
        Fields([("Datum", fmt_date(pa)), ("Werknemer", c.emp), ("BSN", c.bsn), ("Eerste ziektedag", fmt_date(c.d0)),
                ("Functie", "Support Engineer"), ("Bedrijfsarts", ba)]),
        Heading("Beperkingen en mogelijkheden"),
        Para("Beperkt in concentratie bij langdurig beeldschermwerk en in werken onder hoge tijdsdruk "
             "(storingsdiensten). Mogelijkheden: 4 uur per dag werk zonder piekbelasting."),
        Heading("Prognose en advies"),
        Para("Dreigend langdurig verzuim. Advies: plan van aanpak, opbouw in aangepast werk, geen "
             "storingsdiensten."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, pa)]),
    ], arbo)

    pva = c.day(46)
    c.evals.append(pva)
    c.pdf("02 Return to work plan/Plan van aanpak - Return-to-work plan.pdf", [
        Title("Plan van aanpak / Return-to-work plan of approach"),
        Fields([("Date", pva.isoformat()), *ids, ("Case manager (casemanager)", f"{hrbp}, {hrbp_f}")]),
        Heading("Goal (re-integratiedoel)"), Para("Return to own work, first without on-call duties."),
        Table(["Activity", "Owner", "Timeline"], [["Start 4 h/day, no on-call", "Thijs / " + mgr, "week 8"],
                                                  ["Build-up 4 h per 3 weeks", "Thijs / HR", "ongoing"],
                                                  ["Check-in meeting", "HR / Thijs", "every 5-6 weeks"]]),
        Heading("Evaluation moments"), Para("Every 5-6 weeks; eerstejaarsevaluatie around week 50."),
        Heading("Visie werkgever (employer's view)"), Para("We want Thijs back in the support team."),
        Heading("Visie werknemer (employee's view)"), Para("I agree with the plan and the pace."),
        Signatures([sig("Employer", hrbp, hrbp_f, pva, "iso"), sig("Employee", c.emp, "", pva, "iso")]),
    ], hr)

    offs = [82, 120, 158, 196, 234, 272, 310, 381, 419, 457, 495, 533, 571, 605]
    txt = {82: "Thijs works 20 h/week, no on-call. Going well.",
           120: "Build-up to 24 h. Concentration still limited in the afternoon.",
           158: "28 h. Own role with on-call not feasible yet per bedrijfsarts.",
           196: "Discussed a move to the Knowledge Base team (documentation), no on-call.",
           234: "Trial in Knowledge Base team started, 28 h.",
           272: "Trial successful. Arbeidsdeskundig onderzoek requested.",
           310: "Knowledge Base role 32 h, structural from next month. 42nd-week notification done by Payroll.",
           381: "Contract amended: Technical Writer, 32 h. Stable.",
           419: "Stable at 32 h.", 457: "Stable at 32 h. No change.", 495: "Stable at 32 h.",
           533: "Stable. WIA letter expected around week 88.",
           571: "Stable. Discussed the WIA application and the documents needed.",
           605: "Thijs will submit his WIA application next week. Eindevaluatie to be scheduled."}
    for i, o in enumerate(offs):
        d = c.day(o)
        c.evals.append(d)
        blocks = [Title("Return-to-work check-in - minutes", sub="Gespreksverslag re-integratie"),
                  Fields([("Date", fmt_date(d, "iso")), ("Employee", c.emp), ("BSN", c.bsn),
                          ("Attendees", f"{c.emp}, {hrbp} ({hrbp_f}), {mgr} (manager)")]),
                  Heading("Update"), Para(txt[o]),
                  Heading("Actions"), Bullets(["next check-in in 5-6 weeks"]),
                  Signatures([sig("HR", hrbp, hrbp_f, d, "iso")])]
        rel = f"03 Check-ins/{d.isoformat()} check-in minutes"
        if i == 3:
            c.eml("03 Check-ins/Minutes check-in.eml", f"{hrbp} <e.hargreaves@brightwater.example>",
                  f"{c.emp} <t.verkuijlen@brightwater.example>", "Minutes of today's check-in", d,
                  f"Hi Thijs,\n\nMinutes of our check-in of today ({d.isoformat()}), for your file.\n\n"
                  f"Employee: {c.emp}\nBSN: {c.bsn}\nFirst day of sickness: {c.d0.isoformat()}\n\n"
                  f"Update: {txt[o]}\nActions: next check-in in 5-6 weeks.\n\nKind regards,\n{hrbp}\n{hrbp_f}\n"
                  "Brightwater Systems B.V.\n")
        else:
            c.pdf(rel + ".pdf", blocks, hr)

    # a colleague's minutes, filed between Thijs's own, with an invalid BSN
    col_bsn = make_invalid_bsn(c.rng)
    assert not bsn_valid(col_bsn) and col_bsn != c.bsn
    cold = c.day(440)
    col_rel = f"03 Check-ins/{cold.isoformat()} check-in minutes.pdf"
    c.pdf(col_rel, [
        Title("Return-to-work check-in - minutes", sub="Gespreksverslag re-integratie"),
        Fields([("Date", cold.isoformat()), ("Employee", "Nadia el Khatib"), ("BSN", col_bsn),
                ("Attendees", f"Nadia el Khatib, {hrbp} ({hrbp_f}), Wouter Brands (manager)")]),
        Heading("Update"), Para("Nadia works 16 h/week in her own role. Build-up to 20 h agreed."),
        Heading("Actions"), Bullets(["next check-in in 4 weeks"]),
        Signatures([sig("HR", hrbp, hrbp_f, cold, "iso")]),
    ], hr)

    mel = c.day(287)
    c.pdf("05 UWV/Bevestiging ziekmelding UWV.pdf", [
        Title("Bevestiging ziekmelding"),
        Fields([("Datum", fmt_date(mel)), ("Werkgever", hr.org), ("Werknemer", c.emp), ("BSN", c.bsn),
                ("Eerste ziektedag", fmt_date(c.d0))]),
        Para("Wij hebben uw ziekmelding na 42 weken (aangifte langdurige ziekte) ontvangen."),
    ], UWV)

    ad = c.day(327)
    c.pdf("04 Arbeidsdeskundige/Rapport arbeidsdeskundig onderzoek.pdf", [
        Title("Rapport arbeidsdeskundig onderzoek"),
        Fields([("Datum", fmt_date(ad)), ("Werknemer", c.emp), ("BSN", c.bsn), ("Eerste ziektedag", fmt_date(c.d0)),
                ("Arbeidsdeskundige", "drs. L. Moerkerk, register-arbeidsdeskundige")]),
        Heading("Belasting en belastbaarheid"),
        Para("Het eigen werk met storingsdiensten past niet; de functie Technical Writer (32 uur, geen "
             "storingsdiensten) past binnen de belastbaarheid en is structureel."),
        Heading("Advies"), Para("Spoor 1 ander werk bij de eigen werkgever, 32 uur, loonwaarde 85%. Spoor 2 is "
                                "niet nodig: bevredigend resultaat."),
        Signatures([sig("Arbeidsdeskundige", "drs. L. Moerkerk", "register-arbeidsdeskundige", ad)]),
    ], style("moerkerk", "Moerkerk Arbeidsdeskundig Advies", ("Houten",), font="serif", letterhead="centered"))

    eje = c.day(343)
    c.evals.append(eje)
    c.pdf("06 Evaluations/Eerstejaarsevaluatie - first-year evaluation.pdf", [
        Title("Eerstejaarsevaluatie / First-year evaluation"),
        Fields([("Date", eje.isoformat()), *ids, ("Case manager", hrbp)]),
        Heading("Terugblik eerste ziektejaar (review of year 1)"),
        Para("Build-up to 32 h; structural move to Technical Writer (Knowledge Base team)."),
        Heading("Re-integratieresultaat tweede ziektejaar"),
        Para("Keep the structural 32 h in other work at Brightwater. Spoor 2 not needed: satisfactory result "
             f"(AD report {ad.isoformat()}, loonwaarde 85%)."),
        Heading("Visie werkgever"), Para("Very happy with Thijs in the Knowledge Base team."),
        Heading("Visie werknemer"), Para("I like the new role and want to keep it."),
        Signatures([sig("Employer", hrbp, hrbp_f, eje, "iso"), sig("Employee", c.emp, "", eje, "iso")]),
    ], hr)

    c.pdf("05 UWV/UWV letter week 88.pdf", uwv_letter88(c, c.day(610)), UWV)
    ao = c.day(604)
    c.pdf("01 Occupational health/Actueel oordeel.pdf", [
        Title("Actueel oordeel"),
        Fields([("Datum", fmt_date(ao)), ("Werknemer", c.emp), ("BSN", c.bsn), ("Eerste ziektedag", fmt_date(c.d0)),
                ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Stand van zaken"), Para("Werkt structureel 32 uur als Technical Writer; stabiel."),
        Heading("Arbeidsrelatie"), Para("Goed."),
        Heading("Passende arbeid bij de werkgever"), Para("Ja, de huidige functie, 32 uur."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, ao)]),
    ], arbo)

    ow = c.day(617)
    c.docx("07 WIA/Oordeel werknemer.docx", [
        Title("Oordeel van de werknemer"),
        Fields([("Naam", c.emp), ("BSN", c.bsn), ("Datum", fmt_date(ow))]),
        Para("Ik ben het eens met het re-integratieverslag en met de inspanningen van Brightwater. Mijn aanvraag "
             "WIA dien ik deze week in."),
        Signatures([sig("Werknemer", c.emp, "", ow)]),
    ], style("thijs", c.emp, (), letterhead="none"))

    aanvraag = c.day(619)
    ev = c.day(631)
    c.evals.append(ev)
    ev_rel = "07 WIA/Eindevaluatie - final evaluation.pdf"
    c.pdf(ev_rel, [
        Title("Eindevaluatie / Final evaluation of the return-to-work plan"),
        Fields([("Date", ev.isoformat()), *ids]),
        Heading("Aard van het bedrijf (nature of the business)"),
        Para("Software company (SaaS for logistics), 240 employees in Utrecht."),
        Heading("Review of two years"),
        Para("Build-up in own work, then a structural move to Technical Writer, 32 h, since week 45. Thijs submitted "
             f"his WIA application on {aanvraag.isoformat()}."),
        Heading("Kwaliteit arbeidsrelatie (working relationship)"), Para("Good."),
        Heading("Passende arbeid (suitable work)"), Para("Yes: Technical Writer, 32 h."),
        Heading("Visie werknemer"), Para("Agree."),
        Signatures([sig("Employer", hrbp, hrbp_f, ev, "iso"), sig("Employee", c.emp, "", ev, "iso")]),
    ], hr)

    as_of = c.day(645)
    assert_gaps(c)
    c.yaml({"werknemer": {"naam": c.emp, "bsn": c.bsn, "functie": "Technical Writer (was Support Engineer)"},
            "werkgever": {"naam": hr.org, "aard_van_het_bedrijf": "Softwarebedrijf"},
            "casemanager": {"naam": hrbp}, "eerste_ziektedag": c.d0, "aanvraag_wia": aanvraag})
    d = lambda x: c.off(x)  # noqa: E731
    must = [
        {"code": "order",
         "why": f"§2.5: 'AO date <= EV date <= upload/application date (order check -> ERROR if violated)'; the EV "
                f"(D0+{d(ev)}) is {(ev - aanvraag).days} days after the application (D0+{d(aanvraag)})"},
        {"code": "bsn_invalid", "path": col_rel,
         "why": "§8.5/§5.3: a BSN failing the elfproef is an error; this colleague's minutes carry one"},
    ]
    present = ["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie",
               "oordeel_werknemer", "arbeidsdeskundig_rapport", "ziekmelding_uwv"]
    mn = [{"code": "missing", "type": t, "why": "§8.1/§8.2: present in the folder"} for t in present]
    mn += [
        {"code": "missing", "type": "trajectplan_tweede_spoor",
         "why": "§8.3: the EJE and AD-rapport motivate no 2nd track (structural other work at the employer, 85%)"},
        {"code": "late", "type": "probleemanalyse", "why": f"§8.3: PA D0+{d(pa)}"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA 10 days after the PA"},
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: EJE week 50"},
        {"code": "late", "type": "ziekmelding_uwv", "why": f"§8.3: melding D0+{d(mel)} <= D0+294"},
        {"code": "late", "type": "actueel_oordeel", "why": "§2.2: AO week 87, before the application"},
        {"code": "outdated", "type": "actueel_oordeel",
         "why": f"§2.5: the AO is {(aanvraag - ao).days} days before the application"},
        {"code": "early", "why": "nothing is early"},
        {"code": "future", "why": "no document is dated after as_of"},
        {"code": "evaluation_gap", "why": "§8.3: the employee's evaluations are at most 38 days apart (asserted)"},
        {"code": "duplicate", "why": "every document is different (the colleague's minutes have another person)"},
        {"code": "medical_data", "why": "§8.7: functional wording only"},
    ]
    for rel in [r for r in c.files if r.startswith("03 Check-ins/") and r != col_rel][:4] + [
            "02 Return to work plan/Plan van aanpak - Return-to-work plan.pdf", ev_rel,
            "01 Occupational health/Actueel oordeel.pdf"]:
        mn.append({"code": "bsn_invalid", "path": rel, "why": "§8.5: the employee's own BSN is valid (asserted)"})
    for rel in ["02 Return to work plan/Plan van aanpak - Return-to-work plan.pdf",
                "06 Evaluations/Eerstejaarsevaluatie - first-year evaluation.pdf", ev_rel]:
        mn.append({"code": "unsigned", "path": rel, "why": "§8.5: signed by both (English role labels)"})
        mn.append({"code": "content", "path": rel,
                   "why": "§8.6: bilingual headings carry the Dutch terms (visie werkgever/werknemer; aard van het "
                          "bedrijf, arbeidsrelatie, passende arbeid)"})
    return {"name": c.name, "case": c, "as_of": as_of, "aanvraag": aanvraag, "must": must, "must_not": mn,
            "planted": (
                f"checked in week {d(as_of) // 7 + 1} (D0+{d(as_of)}). (1) The employee applied early, on "
                f"D0+{d(aanvraag)} (week 89, dossier.yaml), right after UWV's week-88 letter; the eindevaluatie was "
                f"only made afterwards, on D0+{d(ev)} (week 91, itself before D0+636, and it names the application "
                f"date). (2) A colleague's check-in minutes (Nadia el Khatib, BSN {col_bsn}, failing the elfproef) "
                f"are filed between the employee's own as '{col_rel}'. Traps: an English HR department (bilingual "
                "titles, ISO dates, English role labels 'Employer'/'Employee' on the signatures, minutes also in an "
                "e-mail body); structural other work at the employer from week 45, so no 2nd track, motivated in the "
                "AD-rapport and the EJE; the oordeel werknemer is a Word file dated two days before the application; "
                "AO (week 87) before the EV and 15 days before the application.")}


# ================================================================================================
# case 4: week 41, nothing wrong yet, deadlines near; small informal employer; messy
# ================================================================================================


def case_week41() -> dict:
    c = Case("week41_termijnen_naderen", dt.date(2025, 10, 6), emp="Kevin Oosterbaan", born=dt.date(1996, 3, 14))
    bakker = style("bakker", "Bakkerij Ten Hove", ("Kerkstraat 21, 8271 BM IJsselmuiden", "06-00000000"),
                   font="serif", accent=(120, 70, 20), letterhead="centered")
    arbo = style("ijssel", "Arbo IJsseldelta", ("Oude Vismarkt 5, 8011 NH Zwolle",), font="sans",
                 accent=(0, 80, 60), letterhead="left", title_upper=True)
    ba, ba_f = "R. Nijhof-Bakker", "bedrijfsarts"
    owner = "Gerrit ten Hove"
    bs = fmt_bsn(c.bsn, "spaces")
    frm_owner = f"Gerrit ten Hove <gerrit@bakkerijtenhove.example>"
    to_kevin = f"Kevin Oosterbaan <kevin.oosterbaan@mail.example>"

    d = c.day(1)
    c.eml("mail/ziek.eml", to_kevin, frm_owner, "ziek", c.d0,
          "Hoi Gerrit,\n\nIk kan vandaag niet komen, ik meld me ziek. Ik bel je morgen even.\n\nKevin\n", hour=5)
    c.pdf("arbo/Ziekmelding arbodienst.pdf", [
        Title("Verzuimmelding"),
        Fields([("Werkgever", bakker.org), ("Werknemer", c.emp), ("BSN", bs), ("Eerste ziektedag", fmt_date(c.d0)),
                ("Datum melding", fmt_date(d)), ("Functie", "Bakker (38 uur)")]),
        Para("Melding via het werkgeversportaal. Verwachte duur: onbekend."),
    ], arbo)

    pa = c.day(39)
    c.scan(f"arbo/Scan {pa.isoformat()}.pdf", [
        Title("Probleemanalyse"),
        Fields([("Datum", fmt_date(pa, "dash")), ("Werknemer", c.emp), ("BSN", bs), ("Geboortedatum",
                fmt_date(c.born, "dash")), ("Eerste ziektedag", fmt_date(c.d0, "dash")), ("Functie", "bakker"),
                ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Beperkingen en mogelijkheden"),
        Para("Niet belastbaar voor nachtwerk en zwaar tillen. Wel: 3 uur per dag dagwerk, licht, wisselend."),
        Heading("Prognose"), Para("Dreigend langdurig verzuim; opbouw in maanden."),
        Heading("Advies"), Para("Plan van aanpak maken; start met licht werk in de winkel of inpakken overdag."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, pa, "dash")]),
    ], arbo)

    pva = c.day(50)
    c.evals.append(pva)
    c.scan("PvA getekend.pdf", [
        Title("Plan van aanpak"),
        Fields([("Datum", fmt_date(pva)), ("Naam werknemer", c.emp), ("BSN", bs), ("Eerste ziektedag",
                fmt_date(c.d0)), ("Functie", "Bakker (nachtdienst), 38 uur"), ("Casemanager", f"{owner} (eigenaar)")]),
        Heading("Doel"), Para("Terug in eigen werk als bakker, eerst overdag licht werk."),
        Table(["Wat", "Wie", "Wanneer"], [["inpakken en winkel, 3 uur per dag", "Kevin", "vanaf maandag"],
                                          ["gesprek hoe het gaat", "Gerrit en Kevin", "elke 4-5 weken"],
                                          ["spreekuur bedrijfsarts", "arbodienst", "elke 6 weken"]]),
        Heading("Evaluatie"), Para("Elke 4 à 5 weken; rond week 50 de eerstejaarsevaluatie."),
        Heading("Visie werkgever"), Para("Kevin is een goede bakker, we wachten graag op hem."),
        Heading("Visie werknemer"), Para("Ik wil terug in de bakkerij, ook 's nachts als dat weer kan."),
        Signatures([sig("Werkgever", owner, "eigenaar / casemanager", pva), sig("Werknemer", c.emp, "bakker", pva)]),
    ], bakker)

    def verslag_mail(o: int, rel: str, text: str) -> None:
        dd = c.day(o)
        c.evals.append(dd)
        c.eml(rel, frm_owner, to_kevin + ", verzuim@arboijsseldelta.example", f"verslagje gesprek {fmt_date(dd, 'slash')}",
              dd, f"Hoi Kevin,\n\nEven op de mail gezet wat we vandaag ({fmt_date(dd, 'weekday')}) hebben besproken, "
                  f"voor het dossier (BSN {bs}, ziek sinds {fmt_date(c.d0)}).\n\n{text}\n\nVolgende keer over een "
                  f"week of vijf.\n\nGroet,\nGerrit ten Hove\nBakkerij Ten Hove\n", hour=15)

    verslag_mail(84, "mail/Re_ verslagje gesprek.eml",
                 "- je werkt nu 3 uur per dag inpakken, gaat goed\n- we gaan naar 4 uur per dag\n- nachtwerk nog niet")
    d118 = c.day(118)
    c.evals.append(d118)
    c.photo(f"IMG_{d118.strftime('%Y%m%d')}_1641.jpg", [
        Title("Gespreksverslag"),
        Fields([("Datum", fmt_date(d118, "dash")), ("Werknemer", c.emp), ("BSN", bs)]),
        Para("4 uur per dag overdag. Winkel gaat goed, inpakken ook. Bedrijfsarts zegt: opbouw rustig aan."),
        Signatures([sig("Werkgever", owner, "eigenaar", d118, "dash"), sig("Werknemer", c.emp, "", d118, "dash")]),
    ], bakker, d118, orientation=6)

    bpa = c.day(146)
    c.pdf("arbo/Bijstelling probleemanalyse.pdf", [
        Title("Bijstelling probleemanalyse"),
        Fields([("Datum", fmt_date(bpa)), ("Werknemer", c.emp), ("BSN", bs), ("Eerste ziektedag", fmt_date(c.d0)),
                ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Gewijzigde belastbaarheid"),
        Para("Nachtwerk blijft voorlopig niet haalbaar. Wel: dagwerk tot 6 uur per dag, ook lichte bakwerkzaamheden."),
        Heading("Advies"), Para("Plan van aanpak bijstellen: opbouw in dagdienst bakken."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, bpa)]),
    ], arbo)
    bpv = c.day(156)
    c.evals.append(bpv)
    c.scan("Bijstelling PvA.pdf", [
        Title("Bijstelling plan van aanpak"),
        Fields([("Datum", fmt_date(bpv)), ("Naam werknemer", c.emp), ("BSN", bs), ("Eerste ziektedag", fmt_date(c.d0)),
                ("Casemanager", owner)]),
        Heading("Nieuw doel"), Para("Bakken in dagdienst, opbouw naar 6 uur per dag. Nachtdienst later bekijken."),
        Table(["Wat", "Wie", "Wanneer"], [["dagdienst bakken 5 uur", "Kevin", "vanaf volgende week"],
                                          ["gesprek", "Gerrit en Kevin", "elke 5 weken"]]),
        Heading("Visie werkgever"), Para("Dagdienst kan, ik pas het rooster aan."),
        Heading("Visie werknemer"), Para("Fijn dat ik weer mag bakken."),
        Signatures([sig("Werkgever", owner, "eigenaar", bpv), sig("Werknemer", c.emp, "", bpv)]),
    ], bakker)
    d190 = c.day(190)
    c.evals.append(d190)
    c.docx("verslagje.docx", [
        Title("Verslag gesprek"),
        Fields([("Datum", fmt_date(d190, "abbr")), ("Werknemer", c.emp), ("BSN", bs)]),
        Para("Kevin bakt 5 uur per dag in de dagdienst. Gaat goed. Nachtdienst nog niet, bedrijfsarts ziet hem over "
             "drie weken."),
        Signatures([sig("Werkgever", owner, "eigenaar", d190, "abbr")]),
    ], bakker)
    verslag_mail(224, "mail/gesprek dinsdag.eml",
                 "- 6 uur per dag dagdienst, stabiel\n- nachtdienst blijft lastig\n- we vragen de arbodienst om een "
                 "planning voor het komende halfjaar")
    tk = c.day(238)
    c.pdf("arbo/Terugkoppeling spreekuur.pdf", [
        Title("Terugkoppeling spreekuur"),
        Fields([("Datum", fmt_date(tk)), ("Werknemer", c.emp), ("BSN", bs), ("Bedrijfsarts", ba)]),
        Para("Belastbaarheid ongewijzigd t.o.v. de bijstelling probleemanalyse. 6 uur dagdienst passend. "
             "Nachtdienst niet te verwachten binnen 3 maanden. Advies: arbeidsdeskundig onderzoek rond week 45."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, tk)]),
    ], arbo)
    pl = c.day(252)
    melding_due = c.d0 + TD(294)
    c.pdf("arbo/Planning poortwachter.pdf", [
        Title("Planning Wet verbetering poortwachter"),
        Fields([("Datum", fmt_date(pl)), ("Werknemer", c.emp), ("BSN", bs), ("Eerste ziektedag", fmt_date(c.d0))]),
        Table(["Stap", "Uiterlijk / venster"], [
            ["42e-weeksmelding bij UWV (werkgever)", fmt_date(melding_due)],
            ["Arbeidsdeskundig onderzoek", f"week 45 ({fmt_date(c.d0 + TD(308))})"],
            ["Eerstejaarsevaluatie", f"week 46-52 ({fmt_date(c.d0 + TD(315))} - {fmt_date(c.d0 + TD(363))})"],
            ["Re-integratieverslag / WIA-aanvraag", "week 91 / week 93"]]),
        Para("Deze planning is informatief; de werkgever blijft verantwoordelijk voor de termijnen."),
        Signatures([sig("Casemanager arbodienst", "P. Dekker", "casemanager verzuim", pl)]),
    ], arbo)
    d258 = c.day(258)
    c.evals.append(d258)
    c.pdf("Gespreksverslag juni.pdf", [
        Title("Gespreksverslag"),
        Fields([("Datum", fmt_date(d258, "weekday")), ("Werknemer", c.emp), ("BSN", bs)]),
        Para("6 uur dagdienst. De 42e-weeksmelding doet het boekhoudkantoor voor ons. Arbeidsdeskundige wordt "
             "ingeschakeld. Eerstejaarsevaluatie plannen we in week 50."),
        Signatures([sig("Werkgever", owner, "eigenaar", d258), sig("Werknemer", c.emp, "", d258)]),
    ], bakker)
    ado = c.day(265)
    c.eml("mail/Opdrachtbevestiging AD.eml", "Planning <planning@ad-zwolle.example>", frm_owner,
          "Opdrachtbevestiging arbeidsdeskundig onderzoek K. Oosterbaan", ado,
          f"Geachte heer Ten Hove,\n\nHierbij bevestigen wij de opdracht voor een arbeidsdeskundig onderzoek voor "
          f"de heer K. Oosterbaan. De afspraak op de werkplek is op {fmt_date(c.day(305), 'weekday')} om 10.00 uur. "
          "Het rapport volgt binnen twee weken daarna.\n\nMet vriendelijke groet,\nPlanning AD Zwolle\n")
    bk = c.day(272)
    c.eml("mail/FW_ ziekmelding 42e week.eml", "Salarisadministratie <salaris@boekhoudkantoor-ijssel.example>",
          frm_owner, "RE: ziekmelding 42e week Kevin", bk,
          f"Beste Gerrit,\n\nDe ziekmelding 42e week voor Kevin zetten wij klaar. Wij dienen hem in op "
          f"{fmt_date(c.day(287))}, ruim voor de uiterste datum van {fmt_date(melding_due)}.\n\nGroeten,\nAnnelies\n"
          "Salarisadministratie\n")

    as_of = c.day(283)
    assert as_of < melding_due
    assert_gaps(c, 40)
    c.yaml({"werknemer": {"naam": c.emp, "bsn": c.bsn, "functie": "Bakker"},
            "werkgever": {"naam": bakker.org, "aard_van_het_bedrijf": "Ambachtelijke bakkerij met winkel"},
            "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": owner},
            "eerste_ziektedag": c.d0})
    dd = lambda x: c.off(x)  # noqa: E731
    mn = [
        {"code": "missing", "type": "ziekmelding_uwv",
         "why": f"§8.3/§2.2: the 42e-weeksmelding is due at D0+294 ({melding_due}); as_of is D0+{dd(as_of)}. An "
                "upcoming deadline is `deadline_ahead`, not missing"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: not due until D0+294"},
        {"code": "missing", "type": "eerstejaarsevaluatie",
         "why": "§8.1: the EJE is required only once D0 + 52 weeks has passed; window weeks 46-52 is ahead"},
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: window weeks 46-52 is ahead"},
        {"code": "missing", "type": "arbeidsdeskundig_rapport",
         "why": "§8.2: only if there is no return to own work by week 52; the onderzoek is planned for week 44"},
        {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: 2nd-track evidence ≈ D0+406"},
        {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§2.2: weeks 88-91"},
        {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§2.2: week 91"},
        {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: with the application"},
        {"code": "missing", "type": "probleemanalyse", "why": "present (a copier scan)"},
        {"code": "missing", "type": "plan_van_aanpak", "why": "present (a copier scan)"},
        {"code": "missing", "type": "bijstelling_probleemanalyse", "why": "present"},
        {"code": "missing", "type": "bijstelling_plan_van_aanpak", "why": "present (a copier scan)"},
        {"code": "late", "why": f"§8.3: PA D0+{dd(pa)} <= D0+42, PvA PA+{(pva - pa).days}, bijstelling PvA "
                                f"{(bpv - bpa).days} days after the bijstelling PA; nothing else is due"},
        {"code": "early", "why": "nothing early"},
        {"code": "future",
         "why": "no document is dated after as_of; the planning letter, the AD order and the payroll mail only "
                "name future dates"},
        {"code": "evaluation_gap", "why": "§8.3: evaluations at most 40 days apart (asserted), the last one 25 days "
                                          "before as_of"},
        {"code": "order", "why": "no AO/EV"},
        {"code": "outdated", "why": "no AO/EV"},
        {"code": "duplicate", "why": "every document is different"},
        {"code": "multiple_documents", "why": "one document per file"},
        {"code": "unsigned", "path": "PvA getekend.pdf", "why": "§8.5: signed by both (scan)"},
        {"code": "unsigned", "path": "Bijstelling PvA.pdf", "why": "§8.5: signed by both (scan)"},
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN (asserted), written with spaces"},
        {"code": "bsn_mismatch", "why": "§8.5: one BSN throughout"},
        {"code": "medical_data", "why": "§8.7: 'ziek', 'nachtwerk', 'belastbaarheid' only; no diagnosis"},
        {"code": "no_first_sick_day", "why": "dossier.yaml gives it"},
        {"code": "extension", "why": "no verlenging"},
    ]
    return {"name": c.name, "case": c, "as_of": as_of, "aanvraag": None, "must": [], "must_not": mn,
            "no_errors": True,
            "planted": (
                f"nothing (yet). Checked in week {dd(as_of) // 7 + 1} (D0+{dd(as_of)}): the 42e-weeksmelding is due in "
                f"{(melding_due - as_of).days} days (D0+294) and not made yet (the payroll office's mail says it goes "
                "out on D0+287), the AD-onderzoek is booked for week 44 and the EJE window opens in week 46. Traps: "
                "an informal bakery owner who is his own casemanager (meeting notes in e-mail bodies, a phone photo "
                "with EXIF orientation 6, a Word file); the PA, PvA and bijstelling PvA are copier scans ('Scan "
                "<date>.pdf', 'PvA getekend.pdf'); the arbodienst's planning letter, the AD order confirmation "
                "and the payroll mail name dates after as_of; 'ziekmelding' in three documents that are not the "
                "42e-weeksmelding (the employee's sick mail, the sick report to the arbodienst, the payroll mail); "
                "the BSN is written with spaces.")}


# ================================================================================================
# case 5: loonsanctie, and the case continues; 2nd track only after the sanction; sparse meetings
# ================================================================================================


def case_loonsanctie() -> dict:
    c = Case("loonsanctie_spoor2_na_sanctie", dt.date(2024, 1, 8), emp="Dewi Rampersad", born=dt.date(1979, 10, 5))
    wg = style("glans", "Schoonmaakbedrijf Glans & Co", ("Industrieweg 40, 2712 LB Zoetermeer",), font="sans",
               accent=(0, 120, 60), letterhead="band")
    arbo = style("zhn", "Arbo Zuid-Holland Noord", ("Leiden",), font="serif", letterhead="left")
    ba, ba_f = "dr. F. Zandvliet", "bedrijfsarts"
    cm, cm_f = "Patrick Hoogeveen", "regiomanager / casemanager"
    ids = [("Werknemer", c.emp), ("BSN", c.bsn), ("Eerste ziektedag", fmt_date(c.d0)),
           ("Functie", "Schoonmaakmedewerker kantoren (30 uur)")]

    pa = c.day(38)
    c.pdf("Arbo/Probleemanalyse Rampersad.pdf", [
        Title("Probleemanalyse"),
        Fields([("Datum", fmt_date(pa)), *ids, ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Beperkingen en mogelijkheden"),
        Para("Beperkt voor bovenhands werk, duwen/trekken en herhaald bukken. Mogelijkheden: licht werk 2 uur per dag."),
        Heading("Prognose"), Para("Dreigend langdurig verzuim; terugkeer in eigen werk onzeker."),
        Heading("Advies"), Para("Plan van aanpak; licht werk (bijv. sanitair bijvullen, controle) 2 uur per dag."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, pa)]),
    ], arbo)
    pva = c.day(50)
    c.evals.append(pva)
    c.pdf("Re-integratie/Plan van aanpak.pdf", [
        Title("Plan van aanpak"),
        Fields([("Datum", fmt_date(pva)), *ids, ("Casemanager", cm)]),
        Heading("Doel"), Para("Terugkeer in eigen werk."),
        Table(["Activiteit", "Wie", "Termijn"], [["licht werk 2 uur per dag", "Dewi", "direct"],
                                                 ["evaluatie", "Patrick/Dewi", "elke 6 weken"]]),
        Heading("Visie werkgever"), Para("Eigen werk moet weer lukken."),
        Heading("Visie werknemer"), Para("Ik probeer het."),
        Signatures([sig("Werkgever", cm, cm_f, pva), sig("Werknemer", c.emp, "", pva)]),
    ], wg)
    offs = [112, 176, 240, 420, 490, 560, 690, 738]
    notes = {112: "Licht werk 8 uur per week. Eigen werk nog niet.",
             176: "Opbouw stokt, 8 uur per week.",
             240: "Nog steeds 8 uur. Bedrijfsarts: eigen werk niet te verwachten.",
             420: "Eerstejaarsevaluatie gehouden. We wachten af of eigen werk nog lukt.",
             490: "8 uur licht werk. Geen verandering.",
             560: "8 uur. WIA-aanvraag komt eraan.",
             690: "Beslissing UWV over de loonsanctie besproken. We starten nu het tweede spoor bij Werkpad. "
                  "Afgesproken: elke 4 weken een gesprek.",
             738: "Intake tweede spoor gedaan; Dewi werkt 8 uur licht werk. Bekortingsverzoek later bekijken."}
    for i, o in enumerate(offs):
        d = c.day(o)
        c.evals.append(d)
        blocks = [Title("Verslag evaluatiegesprek"),
                  Fields([("Datum", fmt_date(d, "dash")), ("Werknemer", c.emp), ("BSN", c.bsn)]),
                  Para(notes[o]), Signatures([sig("Casemanager", cm, cm_f, d, "dash")])]
        if i == 2:
            c.scan(f"Re-integratie/Gesprekken/scan_{d.strftime('%Y%m%d')}.pdf", blocks, wg)
        else:
            c.pdf(f"Re-integratie/Gesprekken/evaluatie {fmt_date(d, 'dash')}.pdf", blocks, wg)
    mel = c.day(290)
    c.pdf("UWV/Bevestiging ziekmelding.pdf", [
        Title("Bevestiging ziekmelding"),
        Fields([("Datum", fmt_date(mel)), ("Werknemer", c.emp), ("BSN", c.bsn), ("Eerste ziektedag", fmt_date(c.d0))]),
        Para("Wij hebben de ziekmelding na 42 weken ontvangen."),
    ], UWV)
    ad = c.day(330)
    c.pdf("Arbo/Arbeidsdeskundig rapport.pdf", [
        Title("Arbeidsdeskundig rapport"),
        Fields([("Datum", fmt_date(ad)), *ids, ("Arbeidsdeskundige", "J. Brouwer, register-arbeidsdeskundige")]),
        Heading("Belasting en belastbaarheid"), Para("Het eigen schoonmaakwerk overschrijdt de belastbaarheid."),
        Heading("Advies"), Para("Geschikt voor eigen werk: nee. Start direct een tweede spoor; passend werk bij de "
                                "werkgever is er niet voor meer dan 8 uur."),
        Signatures([sig("Arbeidsdeskundige", "J. Brouwer", "register-arbeidsdeskundige", ad)]),
    ], style("brouwer", "Brouwer Arbeidsdeskundigen", ("Delft",), font="serif", letterhead="centered"))
    eje = c.day(350)
    c.evals.append(eje)
    c.pdf("Re-integratie/Eerstejaarsevaluatie.pdf", [
        Title("Eerstejaarsevaluatie"),
        Fields([("Datum", fmt_date(eje)), *ids]),
        Heading("Terugblik eerste ziektejaar"), Para("Licht werk 8 uur per week; opbouw gestokt."),
        Heading("Re-integratieresultaat tweede ziektejaar"),
        Para("Eerst afwachten of eigen werk nog lukt. Spoor 2 bekijken we later."),
        Heading("Visie werkgever"), Para("Afwachten."), Heading("Visie werknemer"), Para("Afwachten."),
        Signatures([sig("Werkgever", cm, cm_f, eje), sig("Werknemer", c.emp, "", eje)]),
    ], wg)
    c.pdf("UWV/Brief WIA aanvraag.pdf", uwv_letter88(c, c.day(612)), UWV)
    ao = c.day(618)
    c.pdf("Arbo/Actueel oordeel.pdf", [
        Title("Actueel oordeel"),
        Fields([("Datum", fmt_date(ao)), *ids, ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Stand van zaken"), Para("8 uur licht werk; eigen werk niet haalbaar."),
        Heading("Arbeidsrelatie"), Para("Goed."), Heading("Passende arbeid bij de werkgever"), Para("Alleen 8 uur."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, ao)]),
    ], arbo)
    ev = c.day(628)
    c.evals.append(ev)
    c.pdf("Re-integratie/Eindevaluatie.pdf", [
        Title("Eindevaluatie"),
        Fields([("Datum", fmt_date(ev)), *ids]),
        Heading("Aard van het bedrijf"), Para("Schoonmaakbedrijf, 320 medewerkers, kantoren en scholen."),
        Heading("Terugblik"), Para("Licht werk 8 uur; eigen werk niet gelukt; geen tweede spoor."),
        Heading("Arbeidsrelatie"), Para("Goed."), Heading("Passende arbeid"), Para("8 uur licht werk."),
        Signatures([sig("Werkgever", cm, cm_f, ev), sig("Werknemer", c.emp, "", ev)]),
    ], wg)
    ow = c.day(633)
    c.scan("Re-integratie/oordeel werknemer.pdf", [
        Title("Oordeel werknemer"),
        Fields([("Naam", c.emp), ("BSN", c.bsn), ("Datum", fmt_date(ow))]),
        Para("Ik ben het niet eens met het verslag: er is nooit gezocht naar ander werk buiten het bedrijf."),
        Signatures([sig("Werknemer", c.emp, "", ow)]),
    ], style("dewi", c.emp, (), letterhead="none"))
    aanvraag = c.day(636)
    vn = c.day(672)
    c.scan("UWV/Voornemen loonsanctie.pdf", [
        Title("Voornemen verlenging loondoorbetalingsverplichting"),
        Fields([("Datum", fmt_date(vn)), ("Werkgever", wg.org), ("Werknemer", c.emp), ("BSN", c.bsn),
                ("Eerste ziektedag", fmt_date(c.d0))]),
        Para("Wij hebben het re-integratieverslag beoordeeld. Wij zijn van plan de periode waarin u het loon van uw "
             "werknemer moet doorbetalen te verlengen (loonsanctie). U hebt onvoldoende re-integratie-inspanningen "
             "verricht: na het advies van de arbeidsdeskundige is geen tweede spoor ingezet, terwijl terugkeer in "
             "eigen werk niet te verwachten was, en de eerstejaarsevaluatie motiveert dit niet."),
        Para("U kunt binnen 2 weken uw zienswijze geven."),
    ], UWV)
    bs = c.day(686)
    c.pdf("UWV/Beslissing verlenging loondoorbetaling.pdf", [
        Title("Beslissing: verlenging loondoorbetalingsverplichting"),
        Fields([("Datum", fmt_date(bs)), ("Werkgever", wg.org), ("Werknemer", c.emp), ("BSN", c.bsn)]),
        Para("U moet het loon van uw werknemer langer doorbetalen, tot en met "
             f"{fmt_date(c.d0 + TD(728 + 364 - 1))} (52 weken). De WIA-aanvraag houden wij zo lang aan. Als u de "
             "tekortkoming herstelt, kunt u een bekortingsverzoek indienen; wij beslissen dan binnen 3 weken."),
        Para("Dit is een loonsanctie, geen vrijwillige verlenging."),
    ], UWV)
    bpv = c.day(695)
    c.evals.append(bpv)
    c.pdf("Re-integratie/Bijstelling plan van aanpak na loonsanctie.pdf", [
        Title("Bijstelling plan van aanpak"),
        Fields([("Datum", fmt_date(bpv)), *ids, ("Casemanager", cm)]),
        Heading("Nieuw doel"), Para("Spoor 2: werk buiten Glans & Co via Werkpad; spoor 1 blijft 8 uur."),
        Heading("Visie werkgever"), Para("Wij herstellen de tekortkoming."),
        Heading("Visie werknemer"), Para("Eindelijk."),
        Signatures([sig("Werkgever", cm, cm_f, bpv), sig("Werknemer", c.emp, "", bpv)]),
    ], wg)
    tp = c.day(702)
    tp_rel = "Tweede spoor/Trajectplan Werkpad.pdf"
    c.pdf(tp_rel, [
        Title("Trajectplan tweede spoor"),
        Fields([("Datum", fmt_date(tp)), ("Kandidaat", c.emp), ("BSN", c.bsn), ("Opdrachtgever", wg.org)]),
        Heading("Persoonsprofiel en zoekprofiel"), Para("Receptie, kantine, lichte productie; 20-24 uur."),
        Heading("Activiteiten"), Bullets(["intake", "arbeidsmarktoriëntatie", "sollicitaties", "maandrapportage"]),
        Signatures([sig("Jobcoach", "L. van Rijn", "jobcoach Werkpad", tp)]),
    ], style("werkpad", "Werkpad Re-integratie", ("Den Haag",), font="condensed", letterhead="band"))

    as_of = c.day(742)
    c.yaml({"werknemer": {"naam": c.emp, "bsn": c.bsn}, "werkgever": {"naam": wg.org},
            "eerste_ziektedag": c.d0, "aanvraag_wia": aanvraag})
    d = lambda x: c.off(x)  # noqa: E731
    gaps = sorted(c.evals)
    big = max((b - a).days for a, b in zip(gaps, gaps[1:]))
    assert big > 42
    must = [
        {"type": "trajectplan_tweede_spoor",
         "why": f"§8.3: 2nd-track evidence by ≈ D0+406 unless the EJE motivates; the AD-rapport (week 48) said eigen "
                f"werk is not expected, the EJE gives no motivation, and the trajectplan is of D0+{d(tp)}, after the "
                "loonsanctie. Late or missing (judged at the application) both describe it, so no code is given"},
        {"code": "evaluation_gap",
         "why": f"§8.3: evaluations ≤ 42 days apart; here most are 62-{big} days apart"},
    ]
    present = ["probleemanalyse", "plan_van_aanpak", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie",
               "oordeel_werknemer", "arbeidsdeskundig_rapport", "ziekmelding_uwv", "bijstelling_plan_van_aanpak"]
    mn = [{"code": "missing", "type": t, "why": "present in the folder"} for t in present]
    mn += [
        {"code": "extension",
         "why": "§2.3/§2.2 item 18: a loonsanctie (WIA art. 25 lid 9) is no vrijwillige verlenging (art. 24); it does "
                "not move the RIV deadlines"},
        {"code": "outdated", "type": "actueel_oordeel",
         "why": f"§2.5: AO {(aanvraag - ao).days} days before the application; as_of long after it does not matter"},
        {"code": "outdated", "type": "eindevaluatie", "why": f"§2.5: EV {(aanvraag - ev).days} days before the application"},
        {"code": "order", "why": "AO <= EV <= application"},
        {"code": "late", "type": "probleemanalyse", "why": f"PA D0+{d(pa)}"},
        {"code": "late", "type": "plan_van_aanpak", "why": "PvA 12 days after the PA"},
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "EJE week 51"},
        {"code": "late", "type": "ziekmelding_uwv", "why": f"melding D0+{d(mel)} <= D0+294"},
        {"code": "late", "type": "eindevaluatie", "why": f"EV D0+{d(ev)} <= D0+636"},
        {"code": "late", "type": "actueel_oordeel", "why": "AO week 89, before the EV"},
        {"code": "early", "why": "nothing early"},
        {"code": "future", "why": "no document is dated after as_of; the sanction letter names a future end date"},
        {"code": "missing", "type": "deskundigenoordeel", "why": "none was asked for or referenced"},
        {"code": "duplicate", "why": "the voornemen and the beslissing are two different UWV letters"},
        {"code": "bsn_invalid", "why": "one valid BSN"}, {"code": "bsn_mismatch", "why": "one BSN"},
        {"code": "medical_data", "why": "functional wording only"},
        {"code": "unsigned", "path": "Re-integratie/Plan van aanpak.pdf", "why": "signed by both"},
        {"code": "unsigned", "path": "Re-integratie/Eerstejaarsevaluatie.pdf", "why": "signed by both"},
        {"code": "unsigned", "path": "Re-integratie/Eindevaluatie.pdf", "why": "signed by both"},
    ]
    return {"name": c.name, "case": c, "as_of": as_of, "aanvraag": aanvraag, "must": must, "must_not": mn,
            "planted": (
                f"checked in week {d(as_of) // 7 + 1} (D0+{d(as_of)}), after the application (D0+{d(aanvraag)}, week 91) "
                f"and a loonsanctie. (1) The AD-rapport (week 48) says eigen werk is not expected and advises a 2nd "
                "track; the EJE (week 51) waits without a motivation; UWV announces (voornemen, D0+"
                f"{d(vn)}, a scan) and imposes (beslissing D0+{d(bs)}) a 52-week verlenging of the loondoorbetaling; "
                f"only then a bijstelling PvA (D0+{d(bpv)}) and a trajectplan (D0+{d(tp)}) follow, and the case goes on. "
                f"(2) Meetings only every 43-{big} days (one pair 5 days apart after the sanction). Traps: the sanction letter names a new end date far "
                "after as_of and uses 'verlenging' (it is no vrijwillige verlenging); AO, EV and OW on time before the "
                "application; the oordeel werknemer disagrees (a scan).")}


# ================================================================================================
# case 6: PA says 'geen benutbare mogelijkheden'; the bijstelling says there are; no PvA follows
# ================================================================================================


def case_geen_mogelijkheden() -> dict:
    c = Case("pa_geen_mogelijkheden_bijstelling_zonder_pva", dt.date(2025, 8, 11), emp="Bas Hekkelman",
             born=dt.date(1965, 1, 23))
    gar = style("garage", "Autobedrijf Hekkelman-Tuin V.O.F.", ("Molenweg 3, 7461 AA Rijssen",), font="sans",
                accent=(30, 30, 30), letterhead="left")
    arbo = style("twente", "Arbozorg Twente", ("Hengelosestraat 500, 7521 AN Enschede",), font="serif",
                 accent=(0, 70, 140), letterhead="right")
    ba, ba_f = "T. Lansink", "bedrijfsarts"
    owner = "Mirjam Tuin"
    own_mail = "Mirjam Tuin <mirjam@autobedrijf-hekkelman.example>"
    bas_mail = "Bas Hekkelman <bas.hekkelman@mail.example>"
    ids = [("Werknemer", c.emp), ("BSN", fmt_bsn(c.bsn, "dots")), ("Geboortedatum", fmt_date(c.born, "dash")),
           ("Eerste ziektedag", fmt_date(c.d0, "dash")), ("Functie", "Monteur personenauto's (40 uur)")]
    c.pdf("Arbo/Verzuimmelding.pdf", [
        Title("Verzuimmelding"),
        Fields([("Datum", fmt_date(c.day(1))), *ids, ("Werkgever", gar.org)]),
        Para("Ziekmelding ontvangen. Spreekuur wordt ingepland."),
    ], arbo)
    pa = c.day(38)
    pa_rel = "Arbo/Probleemanalyse 2025.pdf"
    c.pdf(pa_rel, [
        Title("Probleemanalyse"),
        Fields([("Datum", fmt_date(pa)), *ids, ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Beperkingen en mogelijkheden"),
        Para("Er zijn op dit moment geen benutbare mogelijkheden: werknemer is voor alle arbeid volledig beperkt, "
             "naar verwachting voor ten minste drie maanden."),
        Heading("Plan van aanpak"),
        Para("Omdat er geen benutbare mogelijkheden zijn, is het opstellen van een plan van aanpak nu niet zinvol "
             "(Beleidsregels vorm- en herkenbaarheidsvereisten, art. 2 lid 6). Zodra er mogelijkheden ontstaan, stel "
             "ik de probleemanalyse bij en volgt binnen twee weken een plan van aanpak."),
        Heading("Prognose"), Para("Dreigend langdurig verzuim; herbeoordeling over 6 tot 8 weken."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, pa)]),
    ], arbo)
    contact = {25: "Bas gebeld. Hij rust thuis. Spreekuur bedrijfsarts is volgende week.",
               60: "Bij Bas thuis geweest. Nog niks mogelijk, zegt de bedrijfsarts. Loon loopt door.",
               95: "Koffie gedronken in de garage. Bas wil graag iets doen maar mag nog niet.",
               130: "Bas is langs geweest. Hij heeft een nieuw spreekuur bij de arbodienst over twee weken.",
               165: "Bas werkt nog niet. Hij zei dat de bedrijfsarts iets heeft opgeschreven over uren. Plan van aanpak "
                    "doen we als het rustiger is in de werkplaats, na de APK-drukte."}
    for i, (o, t) in enumerate(contact.items()):
        d = c.day(o)
        c.evals.append(d)
        if i in (0, 2, 4):
            c.eml(f"Mail/contact {d.isoformat()}.eml", own_mail, "verzuim@arbozorgtwente.example",
                  f"contactmoment Bas {fmt_date(d, 'dash')}", d,
                  f"Hallo,\n\nVoor het dossier van Bas Hekkelman (BSN {fmt_bsn(c.bsn, 'dots')}, ziek sinds "
                  f"{fmt_date(c.d0, 'dash')}):\n\n{fmt_date(d, 'dash')}: {t}\n\nGroet, Mirjam Tuin\nAutobedrijf "
                  "Hekkelman-Tuin\n", hour=17)
        else:
            blocks = [Title("Contactmoment verzuim"),
                      Fields([("Datum", fmt_date(d, "dash")), ("Werknemer", c.emp), ("BSN", fmt_bsn(c.bsn, "dots"))]),
                      Para(t), Signatures([sig("Werkgever", owner, "eigenaar", d, "dash")])]
            if i == 1:
                c.photo(f"Contact/WhatsApp Image {d.isoformat()} at 17.02.jpeg", blocks, gar, d, orientation=1)
            else:
                c.docx(f"Contact/contactmoment {d.isoformat()}.docx", blocks, gar)
    tk = c.day(81)
    c.pdf("Arbo/Terugkoppeling spreekuur.pdf", [
        Title("Terugkoppeling spreekuur"),
        Fields([("Datum", fmt_date(tk)), *ids, ("Bedrijfsarts", ba)]),
        Para("Geen wijziging: nog steeds geen benutbare mogelijkheden. Probleemanalyse blijft van kracht. Over 8 "
             "weken opnieuw."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, tk)]),
    ], arbo)
    bpa = c.day(140)
    bpa_rel = "Arbo/Bijstelling probleemanalyse.pdf"
    c.pdf(bpa_rel, [
        Title("Bijstelling probleemanalyse"),
        Fields([("Datum", fmt_date(bpa)), *ids, ("Bedrijfsarts", f"{ba}, {ba_f}")]),
        Heading("Gewijzigde belastbaarheid"),
        Para("Er zijn nu benutbare mogelijkheden: licht werk zonder tillen boven 10 kg en zonder werken onder de "
             "auto, 2 x 2 uur per dag, opbouw in overleg."),
        Heading("Advies"),
        Para("Werkgever en werknemer stellen binnen twee weken een plan van aanpak op, gericht op terugkeer in "
             "aangepast werk (balie, werkvoorbereiding, APK-administratie)."),
        Signatures([sig("Bedrijfsarts", ba, ba_f, bpa)]),
    ], arbo)
    inv = c.day(170)
    c.eml("Mail/uitnodiging plan van aanpak.eml", own_mail, bas_mail, "afspraak plan van aanpak", inv,
          f"Hoi Bas,\n\nZullen we op {fmt_date(c.day(189), 'weekday')} om 16.00 uur het plan van aanpak maken? Neem "
          "het papier van de bedrijfsarts mee.\n\nMirjam\n")
    as_of = c.day(182)
    assert_gaps(c, 35)
    dd = lambda x: c.off(x)  # noqa: E731
    must = [{"code": "missing", "type": "plan_van_aanpak",
             "why": f"§8.1: 'plan_van_aanpak, or a PA that states there were no usable possibilities'. The PA of "
                    f"D0+{dd(pa)} did (BR art. 2 lid 6), but the bijstelling of D0+{dd(bpa)} states there are usable "
                    f"possibilities now and asks for a PvA within 2 weeks (§8.3 PvA <= PA+14, here the bijstelling); "
                    f"{(as_of - bpa).days} days later there is none"}]
    mn = [
        {"code": "missing", "type": "probleemanalyse", "why": "present"},
        {"code": "missing", "type": "bijstelling_probleemanalyse", "why": "present"},
        {"code": "late", "type": "probleemanalyse", "why": f"§8.3: PA D0+{dd(pa)} <= D0+42"},
        {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not before D0 + 52 weeks"},
        {"code": "missing", "type": "ziekmelding_uwv", "why": "§8.3: due D0+294"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: due D0+294"},
        {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: week 52"},
        {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: ≈ D0+406"},
        {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§2.2: weeks 88-91"},
        {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§2.2: week 91"},
        {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: with the application"},
        {"code": "evaluation_gap", "why": "§8.3: contact moments at most 35 days apart (asserted)"},
        {"code": "future", "why": "no document dated after as_of; the invitation names a later meeting"},
        {"code": "early", "why": "nothing early"}, {"code": "order", "why": "no AO/EV"},
        {"code": "outdated", "why": "no AO/EV"}, {"code": "duplicate", "why": "all different"},
        {"code": "bsn_invalid", "why": "one valid BSN (dots)"}, {"code": "bsn_mismatch", "why": "one BSN"},
        {"code": "medical_data", "why": "§8.7: 'volledig beperkt', 'rust thuis', lifting limits: no diagnosis"},
        {"code": "no_first_sick_day", "why": "the first sick day is in every arbodienst document and every mail"},
        {"code": "unsigned", "why": "no PvA, EJE or EV exists to be unsigned"},
    ]
    return {"name": c.name, "case": c, "as_of": as_of, "aanvraag": None, "must": must, "must_not": mn,
            "planted": (
                f"checked in week {dd(as_of) // 7 + 1} (D0+{dd(as_of)}); no dossier.yaml. The probleemanalyse (D0+"
                f"{dd(pa)}) says there are no usable possibilities, so no plan van aanpak for now (BR art. 2 lid 6). "
                f"The bijstelling probleemanalyse of D0+{dd(bpa)} says there are now (2 x 2 hours light work) and "
                "asks for a PvA within two weeks; none was made (the owner postpones it until after the busy season; "
                "an invitation for D0+189, after as_of). Traps: the PA names the plan van aanpak three times; a "
                "terugkoppeling at D0+81 confirms the PA; a small garage owner keeps contact moments as e-mails to "
                "the arbodienst, Word files and a WhatsApp photo; BSN with dots; EJE, 42e-weeksmelding, AD, AO, EV "
                "not due.")}


# ================================================================================================


# the §8 rule an entry rests on, when its own text does not name one
SECTION = {
    "missing": "§8.1/§8.2 completeness",
    "late": "§8.3 deadlines",
    "early": "§8.3 deadlines (EJE window weeks 46-52)",
    "evaluation_gap": "§8.3 deadlines (gaps <= 42 days)",
    "order": "§8.3 deadlines (AO before EV) and §2.5",
    "outdated": "§8.4 freshness",
    "future": "§8.3 deadlines, judged at as_of",
    "unsigned": "§8.5 form (signatures)",
    "content": "§8.6 content",
    "bsn_invalid": "§8.5 form (BSN, elfproef)",
    "bsn_mismatch": "§8.5 form (BSN matches across documents)",
    "medical_data": "§8.7 privacy",
    "duplicate": "§8.8 output (each element once) and §1.2 (separate, recognisable parts)",
    "multiple_documents": "§8.8 output and §1.2 (each element a separate, recognisable part)",
    "extension": "§8.3 deadlines (end of the wachttijd, §2.3)",
    "no_first_sick_day": "§8.3 deadlines (counted from D0, §2.1)",
    "override_unused": "§8 input (dossier.yaml, CONTRACT)",
}


HEADER = """\
# Expected findings of findings holdout 10. GENERATED by make_holdout10.py: edit the cases there.
# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml
# (pa_geen_mogelijkheden_bijstelling_zonder_pva has no dossier.yaml: its first_sick_day is the one the documents
# state). checklist: the --checklist to use (default wia-aanvraag).

"""


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    builders = [case_ao_voor_bijstelling, case_spoor2_stilte, case_ev_na_aanvraag, case_week41, case_loonsanctie,
                case_geen_mogelijkheden]
    out: dict = {}
    for b in builders:
        r = b()
        c: Case = r["case"]
        n = len(c.files)
        assert 10 <= n <= 25, (c.name, n)
        for e in r["must"] + r["must_not"]:
            if "§8" not in e["why"]:
                e["why"] = SECTION[e.get("code", "missing")] + ": " + e["why"]
            assert "§8" in e["why"], e
            if "path" in e:
                assert e["path"] in c.files, (c.name, e["path"])
        entry: dict = {"as_of": r["as_of"].isoformat(), "first_sick_day": c.d0.isoformat()}
        if r["aanvraag"]:
            entry["aanvraag_wia"] = r["aanvraag"].isoformat()
        entry["planted"] = r["planted"]
        entry["must"] = r["must"]
        entry["must_not"] = r["must_not"]
        if r.get("no_errors"):
            entry["no_errors"] = True
        out[c.name] = entry
    text = HEADER + yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120)
    (HERE / "expected.yaml").write_text(text, encoding="utf-8")
    n_must = sum(len(v["must"]) for v in out.values())
    n_not = sum(len(v["must_not"]) for v in out.values())
    n_ne = sum(1 for v in out.values() if v.get("no_errors"))
    print(f"{len(out)} cases, {n_must} must, {n_not} must_not entries (+{n_ne} no_errors)")


if __name__ == "__main__":
    main()
