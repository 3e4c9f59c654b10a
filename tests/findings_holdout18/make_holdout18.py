"""Generate findings holdout 18 (six synthetic case folders + expected.yaml).

Deterministic: seeded, no clock reads; deletes and rewrites cases/ and expected.yaml.
Run: .venv/bin/python tests/findings_holdout18/make_holdout18.py
"""

from __future__ import annotations

import datetime as dt
import random
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples"))
import docgen as g  # noqa: E402
from docgen import Bullets, Fields, Heading, Para, Sig, Signatures, Style, Table, Title  # noqa: E402

CASES = HERE / "cases"
RNG = random.Random(18018)

# ------------------------------------------------------------------------------------------------ helpers


def d_(d0: dt.date, off: int) -> dt.date:
    d = d0 + dt.timedelta(days=off)
    assert d.weekday() < 5, (d0, off, d)
    return d


def L(d: dt.date) -> str:
    return g.fmt_date(d, "long")


def D(d: dt.date) -> str:
    return g.fmt_date(d, "dash")


def no_bsn_window(s: str) -> None:
    digits = "".join(c for c in s if c.isdigit())
    for n in (8, 9):
        for i in range(len(digits) - n + 1):
            assert not g.bsn_valid(digits[i : i + n]), (s, digits[i : i + n])


def lookalike(prefix: str, n: int) -> str:
    while True:
        s = prefix + "".join(str(RNG.randrange(10)) for _ in range(n))
        try:
            no_bsn_window(s)
            return s
        except AssertionError:
            continue


def mobile() -> str:
    s = lookalike("06", 8)
    return f"{s[:2]}-{s[2:]}"


def iban(bank: str) -> str:
    while True:
        s = f"NL{RNG.randrange(10, 99)}{bank}{lookalike('0', 9)}"
        try:
            no_bsn_window(s)
            return s
        except AssertionError:
            continue


def mail(path: Path, frm: str, to: str, subject: str, d: dt.date, body: str, hour: int = 10, att=None) -> None:
    g.write_eml(
        path,
        {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": g.mail_date(d, hour, 17),
            "Message-ID": f"<{g._seed(path.name, subject) % 10**10}.{d.isoformat()}@mail.example>",
        },
        body,
        att,
    )


# ------------------------------------------------------------------------------------------------ styles

ARBO = [
    Style("arbo_a", "ArboWeide Bedrijfsgezondheid", ("Postbus 4120, 3502 HC Utrecht", "verzuim@arboweide.example"),
          font="sans", accent=(0, 110, 90), letterhead="band", fields_as_table=True),
    Style("arbo_b", "Kompas Arbo & Vitaliteit", ("Stationsweg 18, 8011 CZ Zwolle", "planning@kompasarbo.example"),
          font="serif", accent=(120, 30, 30), letterhead="right"),
    Style("arbo_c", "De Bedrijfsarts Groep Noord", ("Hereweg 71, 9725 AE Groningen",), font="condensed",
          accent=(20, 60, 120), letterhead="left", fields_as_table=True),
]
BUREAU = Style("bureau", "Loopbaanhuis Twee Sporen", ("Kanaalweg 3, 3526 KL Utrecht", "info@loopbaanhuis.example"),
               font="sans", accent=(90, 60, 140), letterhead="left")
AD = Style("ad", "Arbeidsdeskundig Adviesbureau Verbeek", ("Markt 9, 5211 JV 's-Hertogenbosch",), font="serif",
           accent=(40, 40, 40), letterhead="centered")
UWV = Style("uwv", "UWV", ("Postbus 58285, 1040 HG Amsterdam",), font="sans", accent=(0, 80, 160),
            letterhead="left")


# ------------------------------------------------------------------------------------------------ the base dossier


def build_case(c: dict) -> dict:
    """Write one case folder from the config ``c``; returns the expected entry."""
    root = CASES / c["name"]
    d0: dt.date = c["d0"]
    assert d0.weekday() == 0
    w = lambda off: d_(d0, off)  # noqa: E731
    bsn = c["bsn"]
    assert g.bsn_valid(bsn), bsn
    emp, short, func = c["emp"], c["short"], c["func"]
    cm, cm_f = c["cm"], c["cm_f"]
    ba, big = c["ba"], c["big"]
    arbo: Style = c["arbo"]
    er_style: Style = c["er_style"]
    dom = c["domain"]
    kvk = lookalike("", 8)
    lh = f"{c['lhn']}L01"
    no_bsn_window(c["lhn"])
    tel = mobile()
    acct = iban("RABO")
    no_bsn_window(acct)
    docs: list[str] = []

    def P(rel: str) -> Path:
        docs.append(rel)
        return root / rel

    off = c["off"]  # dict of offsets
    bsn_fmt = c.get("bsn_fmt", "dots")
    B = g.fmt_bsn(bsn, bsn_fmt)
    head = [("Werknemer", emp), ("BSN", B), ("Functie", func), ("Eerste ziektedag", D(d0))]

    # 01 sick report mail (allowed data only)
    mail(P(f"01 Ziekmelding/Ziekmelding {short}.eml"), f"{c['mgr_mail']}@{dom}", f"hr@{dom}",
         f"Ziekmelding {emp}", d0,
         f"Hoi,\n\n{emp} heeft zich vanochtend om 07:40 telefonisch ziek gemeld.\n"
         f"Verwachte duur: onbekend, zeker een paar weken. Geen bedrijfsongeval, geen verkeersongeval.\n"
         f"Bereikbaar op {tel} (thuisadres). Lopende afspraken: {c['sick_tasks']} worden overgenomen.\n\n"
         f"Groet,\n{c['mgr']}", hour=9)

    # 02 probleemanalyse
    g.write_pdf(P(f"02 Arbodienst/Probleemanalyse {emp}.pdf"), [
        Title("Probleemanalyse", sub="Wet verbetering poortwachter"),
        Fields([*head, ("Werkgever", c["employer"]), ("Datum", D(w(off["pa"]))), ("Verzuimnummer", lookalike("V", 7))]),
        Heading("Beperkingen en mogelijkheden"),
        Para(c["pa_text"]),
        Heading("Advies"),
        Para("Re-integratie in eigen werk in opbouw wordt voorzien. Werkgever en werknemer stellen binnen twee weken "
             "een plan van aanpak op. Medische gegevens zijn in deze rapportage niet opgenomen."),
        Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big}", D(w(off["pa"])))]),
    ], arbo)

    # 03 plan van aanpak (copier scan, signed by both)
    pva_fields = [*head, ("Datum", D(w(off["pva"])))]
    if c.get("pva_casemanager", True):
        pva_fields.append(("Casemanager", f"{cm}, {cm_f}"))
    pva_blocks = [
        Title("Plan van aanpak", sub=f"re-integratie {emp}"),
        Fields(pva_fields),
        Heading("Doel"),
        Para(f"Terugkeer in het eigen werk als {func.lower()}, eerst in aangepaste vorm."),
        Heading("Activiteiten en afspraken"),
        Table(["Activiteit", "Wie", "Termijn"], [
            ["Opbouw aangepaste taken, start 3 x 3 uur", short, "vanaf week 9"],
            ["Afstemmen taken met leidinggevende", c["mgr"], "binnen 2 weken"],
            ["Spreekuur bedrijfsarts", ba, "over 6 weken"],
        ]),
    ]
    if c.get("pva_evaluaties", True):
        pva_blocks += [Heading("Evaluatiemomenten"),
                       Para("Wij evalueren dit plan elke vijf weken in een gesprek; het eerste gesprek is in week 10.")]
    pva_blocks += [
        Heading("Visie werkgever"), Para(f"{c['employer']} wil {short} graag terug in het eigen team."),
        Heading("Visie werknemer"), Para("Ik wil rustig opbouwen en zie het eigen werk als haalbaar doel."),
        Signatures([Sig("Werkgever", c["mgr"], c["mgr_f"], D(w(off["pva"]))),
                    Sig("Werknemer", emp, func, D(w(off["pva"])))]),
    ]
    g.write_scan_pdf(P("03 Plan van aanpak/scan_pva_getekend.pdf"), pva_blocks, er_style, dpi=100, jpeg_quality=35)

    # meetings (a selection)
    for i, (mo, kind, extra) in enumerate(c["meetings"]):
        md = w(mo)
        blocks = [Title("Verslag voortgangsgesprek"), Fields([("Werknemer", emp), ("BSN", B), ("Datum gesprek", D(md)),
                                                            ("Aanwezig", f"{short}, {c['mgr']}, {cm}")]),
                  Heading("Stand van zaken"), Para(extra),
                  Signatures([Sig("Werkgever", cm, cm_f, D(md)), Sig("Werknemer", emp, "", D(md))])]
        if kind == "photo":
            g.write_photo_jpg(P(f"04 Gesprekken/IMG_{20240000 + mo * 7 % 9999:08d}.jpg"), blocks, er_style,
                              taken=dt.datetime.combine(md, dt.time(15, 4)), orientation=6, quality=45)
        elif kind == "mail":
            mail(P(f"04 Gesprekken/Verslag gesprek {D(md)}.eml"), f"{c['cm_mail']}@{dom}", f"{c['emp_mail']}@mail.example",
                 f"Verslag ons gesprek van {L(md)}", md,
                 f"Beste {short},\n\nHierbij het verslag van ons gesprek van vandaag ({D(md)}).\n\n"
                 f"Werknemer: {emp}, BSN {B}\n\n{extra}\n\nWil je laten weten als iets niet klopt?\n\n"
                 f"Met vriendelijke groet,\n{cm}\n{cm_f}, {c['employer']}", hour=16)
        else:
            g.write_docx(P(f"04 Gesprekken/Gespreksverslag {D(md)}.docx"), blocks, er_style)

    # 42e-weeksmelding (scan of the UWV confirmation)
    mo = off["melding"]
    melding_blocks = [Title("Bevestiging ziekmelding", sub="Ziekmelding na 42 weken (aangifte langdurige ziekte)"),
                      Fields([("Datum", D(w(mo + 1))), ("Werkgever", c["employer"]), ("Loonheffingennummer", lh),
                              ("Werknemer", emp), ("BSN", B), ("Eerste ziektedag", D(d0)),
                              ("Datum melding", D(w(mo)))]),
                      Para(c.get("melding_text", "Wij hebben uw ziekmelding ontvangen. U hoeft verder niets te doen."))]
    g.write_scan_pdf(P("05 UWV/scan_uwv_ziekmelding.pdf"), melding_blocks, UWV, dpi=100, jpeg_quality=35)

    # AD-rapport, EJE, bijstelling PvA, 2nd track
    g.write_pdf(P(f"06 Jaar 1/Arbeidsdeskundig rapport {short}.pdf"), [
        Title("Rapportage arbeidsdeskundig onderzoek"),
        Fields([*head, ("Datum", D(w(off["ad"]))), ("Opdrachtgever", c["employer"])]),
        Heading("Conclusie"),
        Para(c["ad_text"]),
        Heading("Passende arbeid bij de werkgever"),
        Para("Binnen de organisatie is geen passende functie voor de volledige contracturen beschikbaar."),
        Signatures([Sig("Arbeidsdeskundige", "drs. H. Verbeek", "register arbeidsdeskundige", D(w(off["ad"])))]),
    ], AD)

    eje_blocks = [Title("Eerstejaarsevaluatie"), Fields([*head, ("Datum", D(w(off["eje"])))]),
                  Heading("Terugblik eerste ziektejaar"), Para(c["eje_text"]),
                  Heading("Visie werkgever"), Para("Het eigen werk lukt niet volledig; wij zetten naast spoor 1 een tweede spoor in.")]
    if c.get("eje_visie_wn", True):
        eje_blocks += [Heading("Visie werknemer"), Para("Ik ben het eens met de inzet van een tweede spoor.")]
    eje_blocks += [Heading("Afspraken"), Para("Bijstelling plan van aanpak volgt; start tweede spoor via Loopbaanhuis."),
                   Signatures([Sig("Werkgever", cm, cm_f, D(w(off["eje"]))), Sig("Werknemer", emp, "", D(w(off["eje"])))])]
    (g.write_pdf if c.get("eje_pdf", True) else g.write_docx)(
        P(f"06 Jaar 1/Eerstejaarsevaluatie {short}.{'pdf' if c.get('eje_pdf', True) else 'docx'}"), eje_blocks, er_style)

    g.write_pdf(P(f"03 Plan van aanpak/Bijstelling PvA {short}.pdf"), [
        Title("Bijstelling plan van aanpak", sub="vervangt het plan van aanpak van " + D(w(off["pva"]))),
        Fields([*head, ("Datum", D(w(off["bpva"]))), ("Casemanager", f"{cm}, {cm_f}")]),
        Heading("Doel"), Para("Spoor 1: aangepast eigen werk 16 uur per week. Spoor 2: werk bij een andere werkgever."),
        Heading("Activiteiten"), Bullets(["Intake tweede spoor bij Loopbaanhuis, binnen 3 weken",
                                          "Voortgangsgesprek elke 5 weken"]),
        Heading("Visie werkgever"), Para("Beide sporen tegelijk geeft de meeste kans."),
        Heading("Visie werknemer"), Para("Akkoord, al hoop ik nog steeds op meer uren in het eigen werk."),
        Signatures([Sig("Werkgever", cm, cm_f, D(w(off["bpva"]))), Sig("Werknemer", emp, "", D(w(off["bpva"])))]),
    ], er_style)

    coach, coach_f = "M. Oosterbaan", "loopbaancoach"
    g.write_pdf(P(f"07 Tweede spoor/Trajectplan {short}.pdf"), [
        Title("Trajectplan tweede spoor"),
        Fields([*head, ("Datum intake", D(w(off["traj"]))), ("Opdrachtgever", c["employer"])]),
        Heading("Belastbaarheid"), Para(c.get("traj_text", "Uitgangspunt is het inzetbaarheidsprofiel van de bedrijfsarts. "
                                              "Medische informatie is niet in dit plan opgenomen.")),
        Heading("Plan"), Bullets(["Oriëntatie op de arbeidsmarkt (6 weken)", "Sollicitatietraining", "Werkervaringsplaats"]),
        Signatures([Sig("Loopbaanhuis", coach, coach_f, D(w(off["traj"])))]),
    ], BUREAU)
    for ro in off["reports"]:
        mail(P(f"07 Tweede spoor/Voortgangsrapportage {D(w(ro))}.eml"), "m.oosterbaan@loopbaanhuis.example",
             f"{c['cm_mail']}@{dom}", f"Voortgangsrapportage tweede spoor {emp}", w(ro),
             f"Beste {cm},\n\nVOORTGANGSRAPPORTAGE TWEEDE SPOOR\nKandidaat: {emp}, BSN {B}\nDatum: {D(w(ro))}\n\n"
             "Kandidaat werkt mee; drie sollicitaties deze periode, een werkervaringsplaats is in gesprek.\n\n"
             f"Met vriendelijke groet,\n{coach}, {coach_f}\nLoopbaanhuis Twee Sporen", hour=11)

    # UWV week-88 letter (scan)
    if "uwv88" in off:
        g.write_scan_pdf(P("05 UWV/scan_uwv_brief_wia.pdf"), [
            Title("Uw werknemer kan een WIA-uitkering aanvragen"),
            Fields([("Datum", L(w(off["uwv88"]))), ("Werknemer", emp), ("BSN", B)]),
            Para("Uw werknemer is bijna 2 jaar ziek. Hij of zij kan nu een WIA-uitkering aanvragen. Zorg dat het "
                 "re-integratieverslag compleet is en stuur het uiterlijk 1 dag na de aanvraag naar ons.")], UWV,
            dpi=100, jpeg_quality=35)

    # actueel oordeel
    if "ao" in off:
        ao_blocks = [Title("Actueel oordeel bedrijfsarts"), Fields([*head, ("Datum", D(w(off["ao"])))]),
                     Heading("Stand van zaken en belastbaarheid"),
                     Para("Werknemer is beperkt belastbaar; de beperkingen zijn beschreven in het bijgevoegde profiel. "
                          "Geen medische gegevens opgenomen."),
                     Heading("Prognose"), Para("Geen wezenlijke verbetering te verwachten binnen zes maanden.")]
        if c.get("ao_relatie", True):
            ao_blocks += [Heading("Arbeidsrelatie"), Para("De arbeidsrelatie is goed; beide partijen werken constructief samen.")]
        if c.get("ao_passend", True):
            ao_blocks += [Heading("Passende arbeid"), Para("De huidige aangepaste werkzaamheden (16 uur) zijn passend.")]
        ao_blocks += [Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big}", D(w(off["ao"])))])]
        ao_path = root / "08 WIA" / f"Actueel oordeel {short}.pdf"
        g.write_pdf(ao_path, ao_blocks, arbo)
        if c.get("ao_by_mail"):
            att = [g.attachment_from(ao_path)]
            ao_path.unlink()
            mail(P(f"08 WIA/Actueel oordeel {short}.eml"), f"verzuim@{arbo.key}.example", f"{c['cm_mail']}@{dom}",
                 f"Actueel oordeel {emp}", w(off["ao"]),
                 f"Geachte {cm},\n\nBijgaand het actueel oordeel van de bedrijfsarts.\n\nMet vriendelijke groet,\n"
                 f"Secretariaat {arbo.org}", att=att, hour=14)
        else:
            docs.append(f"08 WIA/Actueel oordeel {short}.pdf")

    # eindevaluatie
    if "ev" in off:
        ev_blocks = [Title("Eindevaluatie re-integratie"), Fields([*head, ("Datum", D(w(off["ev"])))]),
                     Heading("Aard van het bedrijf"), Para(c["aard"]),
                     Heading("Terugblik"), Para("Twee jaar re-integratie: eigen werk 16 uur, tweede spoor zonder plaatsing.")]
        if c.get("ev_relatie", True):
            ev_blocks += [Heading("Arbeidsrelatie"), Para("De verhouding tussen werkgever en werknemer is goed.")]
        if c.get("ev_passend", True):
            ev_blocks += [Heading("Passende arbeid"), Para("Passende arbeid voor de resterende uren is er niet.")]
        ev_blocks += c.get("ev_extra", [])
        ev_blocks += [Heading("Visie werknemer"), Para("Ik herken mij in deze evaluatie."),
                      Signatures([Sig("Werkgever", cm, cm_f, D(w(off["ev"]))), Sig("Werknemer", emp, "", D(w(off["ev"])))])]
        if c.get("ev_scan"):
            g.write_scan_pdf(P("08 WIA/scan_eindevaluatie.pdf"), ev_blocks, er_style, dpi=100, jpeg_quality=35)
        else:
            g.write_pdf(P(f"08 WIA/Eindevaluatie {emp}.pdf"), ev_blocks, er_style)

    if "ow" in off:
        mail(P("08 WIA/Mijn mening over het re-integratieverslag.eml"), f"{c['emp_mail']}@mail.example",
             f"{c['cm_mail']}@{dom}", "Mijn mening re-integratieverslag", w(off["ow"]),
             f"Beste {cm},\n\nHierbij mijn mening over het re-integratieverslag.\n\nNaam: {emp}\nBSN: {B}\n\n"
             "Ik vind dat de werkgever zich heeft ingespannen. Wel had het tweede spoor van mij eerder gemogen.\n\n"
             f"Groet,\n{short}", hour=20)

    for extra in c.get("extras", []):
        extra(P, w, locals())

    # dossier.yaml
    if c.get("yaml", True):
        dy = {"werknemer": {"naam": emp, "bsn": bsn, "functie": func},
              "werkgever": {"naam": c["employer"], "loonheffingennummer": lh, "aard_van_het_bedrijf": c["aard"][:60]},
              "bedrijfsarts": {"naam": ba, "organisatie": arbo.org}, "casemanager": {"naam": cm},
              "eerste_ziektedag": d0}
        if "aanvraag" in off:
            dy["aanvraag_wia"] = w(off["aanvraag"])
        (root / "dossier.yaml").write_text(yaml.safe_dump(dy, allow_unicode=True, sort_keys=False), encoding="utf-8")

    assert 10 <= len(docs) <= 25, (c["name"], len(docs))
    for rel in docs:
        assert (root / rel).exists(), rel
    exp = {"as_of": w(off["as_of"]).isoformat(), "first_sick_day": d0.isoformat()}
    if "aanvraag" in off:
        exp["aanvraag_wia"] = w(off["aanvraag"]).isoformat()
    exp["planted"] = c["planted"]
    exp["must"] = c["must"]
    exp["must_not"] = c["must_not"]
    if c.get("no_errors"):
        exp["no_errors"] = True
    for e in exp["must"] + exp["must_not"]:
        assert "§8" in e["why"], e
        if "path" in e:
            assert e["path"] in docs, e["path"]
    c["_docs"] = docs
    return exp


# ------------------------------------------------------------------------------------------------ cases

BASE_OFF = {"pa": 35, "pva": 46, "melding": 287, "ad": 336, "eje": 343, "bpva": 354, "traj": 372,
            "reports": [428, 484, 540, 596], "uwv88": 612, "ao": 617, "ev": 627, "ow": 634, "aanvraag": 641,
            "as_of": 652}
MEET = [(420, "photo", "Opbouw eigen werk loopt: 16 uur in aangepaste taken. Tweede spoor: twee sollicitaties."),
        (525, "mail", "Uren stabiel op 16. Vakantie in overleg gepland. Geen medische details besproken."),
        (595, "docx", "Voorbereiding WIA-aanvraag besproken; actueel oordeel en eindevaluatie worden gepland.")]


def common_must_not(selection: bool = True) -> list[dict]:
    out = [
        {"code": "bsn_invalid", "why": "§8.5: one valid BSN in every document; IBAN, KvK, mobile and loonheffingennummer are no BSN"},
        {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere and in dossier.yaml"},
        {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA D0+46 = PA+11"},
        {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+35 ≤ D0+42"},
        {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: the scanned PvA is signed by both"},
        {"code": "unsigned", "type": "bijstelling_plan_van_aanpak", "why": "§8.5: signed by both"},
        {"code": "missing", "type": "probleemanalyse", "why": "§8.1: present"},
        {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present (a copier scan)"},
        {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: present (week 49)"},
        {"code": "no_first_sick_day", "why": "§8.3: dossier.yaml and the documents give it"},
        {"code": "future", "why": "§8.3: nothing is dated after as_of"},
    ]
    return out


def medical_not(*paths: str) -> list[dict]:
    return [{"code": "medical_data", "path": p, "why": "§8.7 (§5.3): no health data, only work and hours"} for p in paths]


def roster_mail(P, w, v):  # case 1 planted
    d = w(v["c"]["extra_off"]["rooster"])
    mail(P("09 Overig/RE_ rooster Fatima week 36.eml"), f"planning@{v['dom']}", f"{v['c']['mgr_mail']}@{v['dom']}",
         "RE: rooster Fatima week 36", d,
         "Hoi Wim,\n\nIk heb Fatima voor week 36 op dinsdag en donderdag ingeroosterd (8 uur per dag, aangepaste taken).\n"
         "Maandag en woensdag kan niet: dan heeft ze haar chemokuren bij de oncoloog in het Isala "
         "(borstkanker, kuur 4 en 5 van 6, AC-paclitaxel), en vrijdag de controle met bloedprikken.\n"
         "Ik heb het in de planning gezet als 'afspraak' zodat het team het niet ziet.\n\nGroet,\nEsther\nPlanning\n\n"
         "> Kun je Fatima voor week 36 inplannen? Wim", hour=11)
    d2 = w(v["c"]["extra_off"]["rooster2"])
    mail(P("09 Overig/rooster week 40.eml"), f"planning@{v['dom']}", f"{v['c']['mgr_mail']}@{v['dom']}",
         "rooster week 40", d2,
         "Hoi Wim,\n\nWeek 40: Fatima dinsdag t/m donderdag 6 uur, maandag vrij i.v.m. een afspraak (niet op het werk "
         "besproken). EHBO-herhaling voor het hele team op vrijdag.\n\nGroet,\nEsther", hour=9)


def bijstelling_pa(P, w, v):  # case 1 planted
    c = v["c"]
    g.write_pdf(P(f"02 Arbodienst/Bijstelling probleemanalyse {c['short']}.pdf"), [
        Title("Bijstelling probleemanalyse"),
        Fields([*v["head"], ("Datum", D(w(c["extra_off"]["bpa"])))]),
        Heading("Wat is er veranderd"),
        Para("Sinds het vorige spreekuur is de belastbaarheid duidelijk afgenomen: werknemer kan de 16 uur aangepaste "
             "taken niet meer volhouden en is tijdelijk volledig arbeidsongeschikt. Ik verwacht de komende drie maanden "
             "geen hervatting. Medische gegevens zijn niet opgenomen."),
        Heading("Advies"), Para("Stel het plan van aanpak bij en pas de eindevaluatie hierop aan."),
        Signatures([Sig("Bedrijfsarts", c["ba"], f"bedrijfsarts, BIG {c['big']}", D(w(c["extra_off"]["bpa"])))]),
    ], c["arbo"])


def whatsapp_photo(P, w, v):  # case 2 planted
    c = v["c"]
    d = w(c["extra_off"]["app"])
    g.write_photo_jpg(P("09 Overig/IMG_20260114_appje Daan.jpg"), [
        Title("WhatsApp - Daan Hermans"),
        Para(f"[{D(d)} 08:02] Daan: Goedemorgen Ilse, ik kom vandaag niet, de MDL-arts heeft gisteren de ziekte van "
             "Crohn bevestigd na de coloscopie."),
        Para(f"[{D(d)} 08:03] Daan: Ik start volgende week met infliximab-infusen in het ziekenhuis, elke 8 weken, "
             "en slik tot die tijd prednison 40 mg."),
        Para(f"[{D(d)} 08:15] Ilse: Sterkte Daan! Ik print dit voor je dossier zodat HR het weet."),
    ], c["er_style"], taken=dt.datetime.combine(d, dt.time(8, 20)), orientation=6, quality=45)


def apotheek_photo(P, w, v):  # case 4 planted
    c = v["c"]
    d = w(c["extra_off"]["apo"])
    g.write_photo_jpg(P("09 Overig/Declaratie eigen bijdrage.jpg"), [
        Title("Apotheek De Linde", sub="Kwitantie eigen bijdrage"),
        Fields([("Patiënt", c["emp"]), ("Datum", D(d)), ("Voorschrijver", "dr. K. Smit, reumatoloog")]),
        Table(["Geneesmiddel", "Aantal", "Eigen bijdrage"], [
            ["Methotrexaat 2,5 mg tablet", "40", "EUR 4,10"], ["Foliumzuur 5 mg", "30", "EUR 1,20"],
            ["Adalimumab 40 mg pen", "2", "EUR 12,50"]]),
        Para("Declaratie bij werkgever via regeling eigen risico - graag vergoeden. Akkoord: HR"),
    ], c["er_style"], taken=dt.datetime.combine(d, dt.time(12, 40)), orientation=1, quality=45)
    g.write_pdf(P("09 Overig/Declaratie fietsplan.pdf"), [
        Title("Declaratieformulier"), Fields([("Naam", c["emp"]), ("Datum", D(d)), ("IBAN", v["acct"])]),
        Para("Fietsplan: aanschaf fiets voor woon-werkverkeer, EUR 950,00. Recept: n.v.t.")], c["er_style"])


def person(emp, short, func, bsn_seed):
    r = random.Random(bsn_seed)
    return {"emp": emp, "short": short, "func": func, "bsn": g.make_bsn(r)}


def er(key, org, lines, font, accent, lh):
    return Style(key, org, lines, font=font, accent=accent, letterhead=lh)


def cases() -> list[dict]:
    out = []
    # 1 ------------------------------------------------------------------------------------------------
    c = {"name": "bijst_pa_na_ao_roostermail_medisch_ev_zonder_passend", "d0": dt.date(2024, 9, 2),
         **person("Fatima El Idrissi", "Fatima", "Orderpicker", 1801),
         "cm": "R. Bakker", "cm_f": "HR-adviseur", "mgr": "W. de Groot", "mgr_f": "teamleider magazijn",
         "mgr_mail": "w.degroot", "cm_mail": "r.bakker", "emp_mail": "fatima.elidrissi",
         "ba": "K. Mulder", "big": lookalike("", 11), "arbo": ARBO[0], "domain": "versland.example",
         "er_style": er("er1", "Versland Distributie B.V.", ("Industrieweg 40, 8013 NX Zwolle",), "sans", (200, 90, 0), "left"),
         "employer": "Versland Distributie B.V.", "lhn": lookalike("8", 8), "sick_tasks": "haar diensten van deze week",
         "pa_text": "Werknemer kan licht administratief werk en lichte orderverzameling doen, niet tillen boven 5 kg.",
         "ad_text": "Eigen werk niet volledig haalbaar; inzet tweede spoor aangewezen naast aangepast werk.",
         "eje_text": "Aangepast werk 16 uur per week sinds week 30.",
         "aard": "Versland Distributie is een distributiecentrum voor supermarkten met 140 medewerkers in ploegendienst.",
         "off": dict(BASE_OFF), "meetings": MEET, "extra_off": {"rooster": 380, "rooster2": 408, "bpa": 624},
         "ev_passend": False, "ao_by_mail": True, "extras": [roster_mail, bijstelling_pa]}
    c["planted"] = (
        "checked in week 94 (D0+652), after the application (D0+641, week 92, dossier.yaml). (1) timeline: the "
        "bedrijfsarts's 'Bijstelling probleemanalyse' (D0+624, week 90: belastbaarheid clearly decreased, temporarily "
        "fully unfit) came 7 days AFTER the only actueel oordeel (D0+617, an e-mail attachment), which still describes "
        "16 hours of suitable adapted work; no new AO followed. (2) privacy: the planning desk's mail 'RE_ rooster Fatima "
        "week 36.eml' (D0+380, an employer mail) records the chemo cycles at the oncologist, the diagnosis (borstkanker) "
        "and the regimen. (3) content: the eindevaluatie (D0+627, signed by both) has aard van het bedrijf and "
        "arbeidsrelatie but says nothing about passende arbeid at the employer. Traps: a second rooster mail (D0+408) says "
        "only 'vrij i.v.m. een afspraak' and 'EHBO-herhaling'; the bijstelling PA and PA say medische gegevens niet "
        "opgenomen; AO before EV, 24 days before the application; bijstelling PvA (D0+354) replaces the PvA; 2nd track "
        "on time (trajectplan D0+372, reports every 56 days); part-time recovery 16 h; UWV letters as scans; PvA a "
        "copier scan; BSN with dots; IBAN-free, mobile and loonheffingennummer; a selection of meetings (gaps not judged).")
    c["must"] = [
        {"code": "outdated", "type": "actueel_oordeel", "why": "§8.4: the bedrijfsarts adjusted the probleemanalyse after the actueel oordeel (latest bijstelling PA newer than the AO; handleiding §6 'outdated')"},
        {"code": "medical_data", "path": "09 Overig/RE_ rooster Fatima week 36.eml", "why": "§8.7 (§5.1, §5.3): diagnosis, specialist and treatment in an employer mail"},
        {"code": "content", "type": "eindevaluatie", "why": "§8.6: the EV must mention passende arbeid"},
    ]
    c["must_not"] = common_must_not() + medical_not(
        "09 Overig/rooster week 40.eml", "02 Arbodienst/Bijstelling probleemanalyse Fatima.pdf",
        "02 Arbodienst/Probleemanalyse Fatima El Idrissi.pdf", "08 WIA/Actueel oordeel Fatima.eml") + [
        {"code": "order", "why": "§8.3: AO D0+617 before EV D0+627 before the application D0+641"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present (mail attachment)"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
        {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (mail body)"},
        {"code": "late", "type": "eindevaluatie", "why": "§8.3: D0+627 ≤ D0+636"},
        {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present, D0+372 ≤ D0+406"},
        {"code": "report_gap", "why": "§8.3: 2nd-track reports every 56 days"},
        {"code": "content", "type": "actueel_oordeel", "why": "§8.6: AO mentions arbeidsrelatie and passende arbeid"},
        {"code": "missing", "type": "bijstelling_plan_van_aanpak", "severity": "error", "why": "§8.2: a bijstelling is at most W; the new one is not due yet (28 days)"},
    ]
    out.append(c)

    # 2 ------------------------------------------------------------------------------------------------
    off = dict(BASE_OFF, melding=577, uwv88=609, as_of=612)
    for k in ("ao", "ev", "ow"):
        off.pop(k)
    c = {"name": "melding_week83_appfoto_medisch_eje_zonder_visie_werknemer", "d0": dt.date(2024, 10, 7),
         **person("Daan Hermans", "Daan", "Monteur installatietechniek", 1802), "bsn_fmt": "spaces",
         "cm": "I. Koster", "cm_f": "operationeel manager", "mgr": "I. Koster", "mgr_f": "operationeel manager",
         "mgr_mail": "i.koster", "cm_mail": "i.koster", "emp_mail": "daanhermans",
         "ba": "P. Rietveld", "big": lookalike("", 11), "arbo": ARBO[1], "domain": "koster-installatie.example",
         "er_style": er("er2", "Koster Installatietechniek", ("Ambachtsweg 7, 7601 PA Almelo",), "condensed", (0, 90, 60), "right"),
         "employer": "Koster Installatietechniek B.V.", "lhn": lookalike("8", 8), "sick_tasks": "twee cv-storingen",
         "pa_text": "Geen zwaar tillen, geen werk op hoogte, wel voorbereidend en administratief werk.",
         "ad_text": "Terugkeer in eigen werk niet voorzien; tweede spoor inzetten naast werkvoorbereiding 16 uur.",
         "eje_text": "Daan doet 16 uur werkvoorbereiding; het monteurswerk lukt niet.",
         "aard": "Installatiebedrijf (cv, warmtepompen) met 25 medewerkers.",
         "off": off, "meetings": MEET, "eje_visie_wn": False, "extra_off": {"app": 0}, "extras": [whatsapp_photo],
         "melding_text": "Wij hebben uw ziekmelding ontvangen op " + D(dt.date(2024, 10, 7) + dt.timedelta(days=577))
         + ". Uw werknemer was toen al 83 weken ziek. U had de ziekmelding uiterlijk in de 42e ziekteweek moeten doen. "
         "Wij kunnen u hiervoor een boete opleggen."}
    c["off"]["aanvraag"] = 641
    c["planted"] = (
        "checked in week 88 (D0+612), before the application planned for D0+641 (dossier.yaml). (1) timeline: the "
        "42e-weeksmelding was made only on D0+577 (week 83, after week 81; due about D0+294); UWV's confirmation (a "
        "copier scan) says so. (2) privacy: a phone photo (EXIF 6) of the employee's WhatsApp message to his manager "
        "on the first sick day, printed 'voor je dossier': diagnosis (ziekte van Crohn, coloscopie, MDL-arts) and "
        "medication (infliximab, prednison). (3) content: the eerstejaarsevaluatie (week 50, signed by both) has the "
        "employer's visie but no visie of the employee. Traps: AO, EV and oordeel werknemer are not due yet (EV by D0+636, "
        "application D0+641); UWV's week-88 letter (D0+609, scan) has arrived; the PvA and bijstelling PvA have both "
        "visies; 2nd track on time with reports every 56 days; BSN with spaces; mobile number, loonheffingennummer.")
    c["must"] = [
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: 42e-weeksmelding ≤ D0+294; made in week 83"},
        {"code": "medical_data", "path": "09 Overig/IMG_20260114_appje Daan.jpg", "why": "§8.7 (§5.1): diagnosis and medication held by the employer (not even with consent)"},
        {"code": "content", "type": "eerstejaarsevaluatie", "why": "§8.6: the EJE must contain a visie werkgever/werknemer; the employee's is missing"},
    ]
    c["must_not"] = common_must_not() + medical_not("01 Ziekmelding/Ziekmelding Daan.eml") + [
        {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1/§2.2: the AO belongs at the application (D0+641), not due in week 88"},
        {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§8.3: EV due by D0+636"},
        {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: W at most before the application"},
        {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: week 50"},
        {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present"},
        {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present, D0+372"},
    ]
    out.append(c)

    # 3 ------------------------------------------------------------------------------------------------
    off = dict(BASE_OFF, traj=448, reports=[504, 560, 616])
    c = {"name": "tweede_spoor_week65_trajectplan_medisch_pva_zonder_casemanager", "d0": dt.date(2024, 11, 4),
         **person("Noor Vermeulen", "Noor", "Medewerker bediening", 1803),
         "cm": "S. Pauw", "cm_f": "casemanager verzuim (extern)", "mgr": "T. van Leeuwen", "mgr_f": "bedrijfsleider",
         "mgr_mail": "tim", "cm_mail": "s.pauw", "emp_mail": "noor.vermeulen",
         "ba": "A. Hoekstra", "big": lookalike("", 11), "arbo": ARBO[2], "domain": "deschelp.example",
         "er_style": er("er3", "Brasserie De Schelp", ("Strandweg 2, 4381 AA Vlissingen",), "serif", (0, 60, 110), "centered"),
         "employer": "Brasserie De Schelp V.O.F.", "lhn": lookalike("8", 8), "sick_tasks": "haar avonddiensten",
         "pa_text": "Werknemer kan kortdurend werken zonder publiekscontact; drukte en avondwerk zijn te belastend.",
         "ad_text": "Eigen werk in de bediening is niet meer passend; tweede spoor zo snel mogelijk starten.",
         "eje_text": "Noor werkt 12 uur in de voorbereiding (keuken, mise-en-place). Een tweede spoor wordt gestart.",
         "aard": "Brasserie met terras, 18 medewerkers, seizoenswerk.",
         "off": off, "meetings": MEET, "pva_casemanager": False,
         "traj_text": "Noor is sinds de overval in de zaak onder behandeling bij een GZ-psycholoog voor PTSS (EMDR-therapie, "
                      "12 sessies) en gebruikt bij paniek oxazepam. Daarom geen werk met kassa of avondsluiting."}
    c["planted"] = (
        "checked in week 94 (D0+652), after the application (D0+641, week 92). (1) timeline: the AD-rapport (week 49) and "
        "the EJE (week 50) call for a 2nd track and the bijstelling PvA (D0+354) plans an intake within 3 weeks, but the "
        "bureau's trajectplan is dated D0+448 (week 65), 42 days after ≈ D0+406, and no document motivates the delay. "
        "(2) privacy: that trajectplan (a bureau document sent to and filed by the employer) names PTSS after a robbery, "
        "the GZ-psycholoog, EMDR and oxazepam. (3) content: the plan van aanpak (a copier scan, signed by both) names no "
        "casemanager (only the bedrijfsleider as signatory). Traps: the bijstelling PvA names the casemanager; 2nd-track "
        "reports every 56 days after the start; AO before EV; EV ≤ D0+636; the bureau's progress reports have no health "
        "data; 'overval' appears only in the trajectplan; BSN with dots.")
    c["must"] = [
        {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: 2nd-track evidence ≤ ≈ D0+406 unless the EJE motivates; trajectplan D0+448 (week 65)"},
        {"code": "medical_data", "path": "07 Tweede spoor/Trajectplan Noor.pdf", "why": "§8.7 (§5.3): diagnosis, specialist, treatment and medication in a document the employer holds"},
        {"code": "content", "type": "plan_van_aanpak", "why": "§8.6: the PvA names no casemanager"},
    ]
    c["must_not"] = common_must_not() + medical_not(
        "07 Tweede spoor/Voortgangsrapportage 18-05-2026.eml", "08 WIA/Actueel oordeel Noor.pdf",
        "02 Arbodienst/Probleemanalyse Noor Vermeulen.pdf") + [
        {"code": "order", "why": "§8.3: AO before EV before the application"},
        {"code": "outdated", "why": "§8.4: AO 24 and EV 14 days before the application"},
        {"code": "report_gap", "why": "§8.3: reports every 56 days once the track runs"},
        {"code": "late", "type": "eindevaluatie", "why": "§8.3: D0+627 ≤ D0+636"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
        {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
        {"code": "content", "type": "eindevaluatie", "why": "§8.6: aard, arbeidsrelatie, passende arbeid present"},
    ]
    out.append(c)

    # 4 ------------------------------------------------------------------------------------------------
    off = dict(BASE_OFF, ad=294, eje=301, bpva=312, traj=330, reports=[386, 442, 498, 554, 610])
    c = {"name": "eje_week44_apotheekbon_foto_ao_zonder_arbeidsrelatie", "d0": dt.date(2024, 8, 5),
         **person("Henk Schouwstra", "Henk", "Chauffeur", 1804), "bsn_fmt": "plain",
         "cm": "J. Visser", "cm_f": "P&O-adviseur", "mgr": "B. Kok", "mgr_f": "planner",
         "mgr_mail": "b.kok", "cm_mail": "j.visser", "emp_mail": "h.schouwstra",
         "ba": "M. Veenstra", "big": lookalike("", 11), "arbo": ARBO[0], "domain": "kokvervoer.example",
         "er_style": er("er4", "Kok Vervoer & Logistiek", ("Havenkade 11, 8601 AA Sneek",), "sans", (150, 0, 0), "left"),
         "employer": "Kok Vervoer & Logistiek B.V.", "lhn": lookalike("8", 8), "sick_tasks": "zijn ritten",
         "pa_text": "Geen langdurig rijden, geen laden en lossen; wel planning en magazijnadministratie.",
         "ad_text": "Chauffeurswerk niet meer haalbaar; tweede spoor naast 16 uur planning.",
         "eje_text": "Henk werkt 16 uur op de planning. Chauffeurswerk lukt niet.",
         "aard": "Transportbedrijf (regionale distributie) met 60 medewerkers.",
         "off": off, "meetings": MEET, "ao_relatie": False, "extra_off": {"apo": 456}, "extras": [apotheek_photo]}
    c["planted"] = (
        "checked in week 94 (D0+652), after the application (D0+641, week 92). (1) timeline: the eerstejaarsevaluatie is "
        "dated D0+301 (week 44), before the practice window of weeks 46-52 (the casemanager planned it together with the "
        "AD-onderzoek of week 43). (2) privacy: a phone photo of a pharmacy receipt ('Declaratie eigen bijdrage.jpg', D0+456) "
        "that HR approved and filed: methotrexaat, adalimumab, the reumatoloog. (3) content: the actueel oordeel (D0+617) "
        "covers belastbaarheid and passende arbeid but has no view on the arbeidsrelatie. Traps: a 'Declaratieformulier' "
        "for a fietsplan with an IBAN and 'Recept: n.v.t.'; 2nd track early and on time (trajectplan D0+330) with five "
        "reports every 56 days; AO before EV; BSN plain; the 42e-weeksmelding D0+287.")
    c["must"] = [
        {"code": "early", "type": "eerstejaarsevaluatie", "why": "§8.3: EJE within weeks 46-52; dated week 44"},
        {"code": "medical_data", "path": "09 Overig/Declaratie eigen bijdrage.jpg", "why": "§8.7 (§5.1, §5.3): medication names and specialist in the employer's folder"},
        {"code": "content", "type": "actueel_oordeel", "why": "§8.6: the AO must mention the arbeidsrelatie"},
    ]
    c["must_not"] = common_must_not() + medical_not("09 Overig/Declaratie fietsplan.pdf") + [
        {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present (early, not missing)"},
        {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+330"},
        {"code": "report_gap", "why": "§8.3: reports every 56 days"},
        {"code": "order", "why": "§8.3: AO before EV before the application"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+287 ≤ D0+294"},
        {"code": "content", "type": "eindevaluatie", "why": "§8.6: complete"},
    ]
    out.append(c)

    # 5 ------------------------------------------------------------------------------------------------
    off = dict(BASE_OFF, reports=[428, 484, 582, 624])
    c = {"name": "rapportagegat_zomer_ev_scan_medische_bijlage_pva_zonder_evaluatiemomenten", "d0": dt.date(2024, 6, 3),
         **person("Anita Brouwers", "Anita", "Administratief medewerker", 1805),
         "cm": "L. Jansen", "cm_f": "HR-manager", "mgr": "P. de Wit", "mgr_f": "hoofd administratie",
         "mgr_mail": "p.dewit", "cm_mail": "l.jansen", "emp_mail": "anita.b",
         "ba": "F. Jacobs", "big": lookalike("", 11), "arbo": ARBO[1], "domain": "woonstad.example",
         "er_style": er("er5", "Woonstad Lingewaard", ("Raadhuisplein 4, 6851 AN Huissen",), "serif", (60, 60, 60), "right"),
         "employer": "Stichting Woonstad Lingewaard", "lhn": lookalike("8", 8), "sick_tasks": "de huurincasso",
         "pa_text": "Beperkt in concentratie en tempo; korte werkblokken, rustige werkplek.",
         "ad_text": "Eigen werk voor 16 uur passend; voor de overige uren tweede spoor.",
         "eje_text": "Anita werkt 16 uur; tweede spoor voor de overige 20 uur.",
         "aard": "Woningcorporatie met 3.200 woningen en 45 medewerkers.",
         "off": off, "meetings": MEET, "pva_evaluaties": False, "ev_scan": True,
         "ev_extra": [Heading("Bijlage: samenvatting behandeling"),
                      Para("Anita is behandeld door de neuroloog wegens een hersenschudding met postcommotioneel syndroom "
                           "na een val van de trap; MRI zonder afwijkingen, zij gebruikt amitriptyline en volgt "
                           "cognitieve revalidatie bij Klimmendaal.")]}
    c["planted"] = (
        "checked in week 94 (D0+652), after the application (D0+641, week 92). (1) timeline: the 2nd-track bureau "
        "reported on D0+428 and D0+484 and then not until D0+582 (98 days; summer stop and a change of coach), "
        "eindrapportage-like report D0+624. (2) privacy: the eindevaluatie (a copier scan, signed by both, employer "
        "document) carries an appendix 'Bijlage: samenvatting behandeling' with the neuroloog, the diagnosis "
        "(postcommotioneel syndroom), MRI, amitriptyline and revalidatie. (3) content: the plan van aanpak (a copier "
        "scan) has goal, activities with terms, visies and signatures but no evaluation moment. Traps: the activity "
        "table has a 'Termijn' column ('over 6 weken' for the spreekuur is no evaluatiemoment); AO before EV; EV D0+627; "
        "BSN with dots; the other reports and the AO say no medical data.")
    c["must"] = [
        {"code": "report_gap", "why": "§8.2/§8.3: the 2nd track runs but the bureau did not report for 98 days (> 9 weeks, handleiding §6)"},
        {"code": "medical_data", "path": "08 WIA/scan_eindevaluatie.pdf", "why": "§8.7 (§5.3): diagnosis, imaging, medication and treatment inside the EV"},
        {"code": "content", "type": "plan_van_aanpak", "why": "§8.6: the PvA names no evaluation moments"},
    ]
    c["must_not"] = common_must_not() + medical_not("08 WIA/Actueel oordeel Anita.pdf", "07 Tweede spoor/Trajectplan Anita.pdf") + [
        {"code": "order", "why": "§8.3: AO before EV before the application"},
        {"code": "late", "type": "eindevaluatie", "why": "§8.3: D0+627"},
        {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present (scan)"},
        {"code": "unsigned", "type": "eindevaluatie", "why": "§8.5: signed by both"},
        {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: D0+372"},
    ]
    out.append(c)

    # 6 ------------------------------------------------------------------------------------------------
    off = dict(BASE_OFF, uwv88=609, as_of=612)
    for k in ("ao", "ev", "ow"):
        off.pop(k)

    def ao_invite(P, w, v):
        mail(P("08 WIA/Uitnodiging spreekuur actueel oordeel.eml"), f"planning@{ARBO[2].key}.example",
             f"{v['c']['cm_mail']}@{v['dom']}", "Afspraak spreekuur - actueel oordeel", w(605),
             f"Geachte heer/mevrouw,\n\nVoor {v['c']['emp']} is een spreekuur gepland op {g.fmt_date(w(620), 'weekday')} "
             "om 10:30 bij de bedrijfsarts, voor het actueel oordeel ten behoeve van de WIA-aanvraag.\n\n"
             "Met vriendelijke groet,\nPlanning De Bedrijfsarts Groep Noord", hour=13)
        mail(P("08 WIA/Planning eindgesprek.eml"), f"{v['c']['cm_mail']}@{v['dom']}", f"{v['c']['emp_mail']}@mail.example",
             "Planning eindgesprek", w(611),
             "Hoi Kim,\n\nHet eindgesprek (eindevaluatie) plannen we op " + g.fmt_date(w(631), 'weekday')
             + ", na het actueel oordeel. Daarna kun je de WIA aanvragen.\n\nGroet,\nMarieke", hour=15)

    c = {"name": "schoon_week88_ao_en_ev_gepland", "d0": dt.date(2024, 9, 30),
         **person("Kim de Jong", "Kim", "Verzorgende IG", 1806),
         "cm": "M. Smits", "cm_f": "teamleider zorg", "mgr": "M. Smits", "mgr_f": "teamleider zorg",
         "mgr_mail": "m.smits", "cm_mail": "m.smits", "emp_mail": "kimdejong",
         "ba": "R. Postma", "big": lookalike("", 11), "arbo": ARBO[2], "domain": "zorghuisdelinde.example",
         "er_style": er("er6", "Zorghuis De Linde", ("Lindelaan 1, 9401 AB Assen",), "sans", (0, 100, 140), "band"),
         "employer": "Stichting Zorghuis De Linde", "lhn": lookalike("8", 8), "sick_tasks": "haar diensten en medicatieronde",
         "pa_text": "Geen tillen van cliënten, geen nachtdiensten; wel activiteitenbegeleiding.",
         "ad_text": "Verzorgend werk niet haalbaar; tweede spoor naast 16 uur activiteitenbegeleiding.",
         "eje_text": "Kim doet 16 uur activiteitenbegeleiding; medicatierondes en tilwerk niet meer.",
         "aard": "Verpleeghuis met 90 cliënten en 130 medewerkers.",
         "off": off, "meetings": MEET, "extras": [ao_invite], "no_errors": True}
    c["planted"] = (
        "nothing (yet). Checked in week 88 (D0+612): UWV's week-88 letter (D0+609, a scan) has arrived; the AO spreekuur is "
        "booked for D0+620 and the eindgesprek for D0+631 (mails), the EV is due by D0+636 (24 days after as_of) and the "
        "application planned for D0+641 (dossier.yaml). Traps: a care home (medicatieronde, cliënten, tillen, verpleeghuis "
        "as work words); PA 'geen medische gegevens'; PvA (scan) complete; bijstelling PvA replaces the PvA; 2nd track on time "
        "with reports every 56 days, the last 16 days before as_of; 42e-weeksmelding D0+287; EJE week 50 with both visies.")
    c["must"] = []
    c["must_not"] = common_must_not() + medical_not("01 Ziekmelding/Ziekmelding Kim.eml", "08 WIA/Uitnodiging spreekuur actueel oordeel.eml") + [
        {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1/§2.2: AO not due before the application (booked D0+620)"},
        {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.3: EV due by D0+636"},
        {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: W at most before the application"},
        {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: D0+287"},
        {"code": "report_gap", "why": "§8.3: reports every 56 days"},
        {"code": "content", "type": "plan_van_aanpak", "why": "§8.6: complete"},
        {"code": "content", "type": "eerstejaarsevaluatie", "why": "§8.6: both visies"},
    ]
    out.append(c)
    return out


HEADER = """# Expected findings of findings holdout 18. GENERATED by make_holdout18.py: edit the cases there.
# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the
# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in
# README.md).
#
# Per case: as_of (the --as-of date), planted (what is wrong and the traps), must / must_not (lists of
# {code?, type?, path?, severity?, why}); a finding matches an entry when every given key is equal.
# no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia repeat dossier.yaml.

"""


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    CASES.mkdir()
    expected = {}
    bsns = set()
    for c in cases():
        assert c["bsn"] not in bsns
        bsns.add(c["bsn"])
        expected[c["name"]] = build_case(c)
    text = HEADER + yaml.safe_dump(expected, allow_unicode=True, sort_keys=False, width=120)
    (HERE / "expected.yaml").write_text(text, encoding="utf-8")
    print("cases:", len(expected), "bsns:", sorted(bsns))


if __name__ == "__main__":
    main()
