"""Generate findings holdout 19: six synthetic case folders plus expected.yaml.

Theme: extensions and special routes (vrijwillige verlenging, loonsanctie and bekorting, a relapse within four weeks,
a Ziektewet vangnet case with the end of a contract, a late ziekmelding by the employer).

Deterministic: seeded randomness, docgen's fixed dates and boundaries, no clock reads. Deletes and rewrites ``cases/``
and ``expected.yaml``. Run:  .venv/bin/python tests/findings_holdout19/make_holdout19.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "samples"))

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
    blocks_to_text,
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
RNG = random.Random(19019)

# --------------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------------


def L(d: dt.date) -> str:
    return fmt_date(d, "long")


def no_bsn_window(s: str) -> bool:
    """True when no 8- or 9-digit window of the digits in s passes the elfproef."""
    digits = re.sub(r"\D", "", s)
    for n in (8, 9):
        for i in range(0, max(0, len(digits) - n + 1)):
            if bsn_valid(digits[i : i + n]):
                return False
    for run in re.findall(r"\d+", s):
        for n in (8, 9):
            for i in range(0, max(0, len(run) - n + 1)):
                if bsn_valid(run[i : i + n]):
                    return False
    return True


def lookalike(rng: random.Random, kind: str) -> str:
    while True:
        if kind == "iban":
            acc = "".join(str(rng.randrange(10)) for _ in range(10))
            s = f"NL{rng.randrange(10, 99)} RABO {acc[:4]} {acc[4:8]} {acc[8:]}"
        elif kind == "mobile":
            s = "06-" + "".join(str(rng.randrange(10)) for _ in range(8))
        elif kind == "mobile31":
            n = "".join(str(rng.randrange(10)) for _ in range(8))
            s = f"+31 6 {n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"
        elif kind == "kvk":
            s = str(rng.randrange(10000000, 99999999))
        elif kind == "lhn":
            s = str(rng.randrange(100000000, 999999999)) + "L01"
        elif kind == "big":
            s = str(rng.randrange(10000000000, 99999999999))
        elif kind == "phone":
            s = f"0{rng.randrange(10, 99)}-{rng.randrange(1000000, 9999999)}"
        else:
            raise ValueError(kind)
        if no_bsn_window(s):
            return s


class Case:
    def __init__(self, name: str, d0: dt.date, seed: int) -> None:
        self.name = name
        self.d0 = d0
        self.dir = CASES / name
        self.rng = random.Random(seed)
        self.bsn = make_bsn(self.rng)
        assert bsn_valid(self.bsn)
        self.paths: list[str] = []
        self.lookalikes: list[str] = []

    def d(self, n: int, weekday: bool = True) -> dt.date:
        x = self.d0 + dt.timedelta(days=n)
        if weekday:
            assert x.weekday() < 5, (self.name, n, x)
        return x

    def la(self, kind: str) -> str:
        s = lookalike(self.rng, kind)
        self.lookalikes.append(s)
        return s

    def _p(self, rel: str) -> Path:
        assert rel not in self.paths, rel
        self.paths.append(rel)
        return self.dir / rel

    def pdf(self, rel: str, blocks: list, style: Style) -> None:
        write_pdf(self._p(rel), blocks, style)

    def docx(self, rel: str, blocks: list, style: Style) -> None:
        write_docx(self._p(rel), blocks, style)

    def scan(self, rel: str, blocks: list, style: Style, **kw) -> None:
        kw.setdefault("dpi", 100)
        write_scan_pdf(self._p(rel), blocks, style, **kw)

    def photo(self, rel: str, blocks: list, style: Style, taken: dt.datetime, orientation: int = 6) -> None:
        write_photo_jpg(self._p(rel), blocks, style, taken=taken, orientation=orientation)

    def eml(self, rel: str, frm: str, to: str, subject: str, date: dt.date, body: str, hour: int = 10) -> None:
        assert frm.endswith(".example>") or frm.endswith(".example"), frm
        assert to.endswith(".example>") or to.endswith(".example"), to
        headers = {
            "From": frm,
            "To": to,
            "Subject": subject,
            "Date": mail_date(date, hour, 7 + len(self.paths) % 50),
            "Message-ID": f"<{self.name[:12]}.{len(self.paths)}.{date.isoformat()}@mail.example>",
            "MIME-Version": "1.0",
        }
        write_eml(self._p(rel), headers, body)

    def dossier(self, data: dict) -> None:
        p = self.dir / "dossier.yaml"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(
            "# dossier.yaml - feiten die de stukken niet betrouwbaar geven\n"
            + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=110),
            encoding="utf-8",
        )


def style(key: str, org: str, lines: tuple[str, ...], **kw) -> Style:
    return Style(key=key, org=org, org_lines=lines, **kw)


def who(c: Case, naam: str, functie: str, werkgever: str) -> Fields:
    return Fields([("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, c.bsn_kind)), ("Functie", functie), ("Werkgever", werkgever)])


UWV = style(
    "uwv19",
    "UWV",
    ("Uitvoeringsinstituut Werknemersverzekeringen", "Postbus 58285, 1040 HG Amsterdam"),
    letterhead="left",
    font="sans",
    accent=(0, 90, 160),
)

# --------------------------------------------------------------------------------------------
# case 1: vrijwillige verlenging, but the AO and EV of week 88-89 are used for the application of week 117
# --------------------------------------------------------------------------------------------


def case1() -> dict:
    c = Case("verlenging_ao_en_ev_van_voor_de_verlenging", dt.date(2024, 3, 4), 1901)
    c.bsn_kind = "spaces"
    naam, vn = "Henk-Jan Oosterveld", "Henk-Jan"
    wg = "Gerritsen & Kool Installatietechniek B.V."
    lhn = c.la("lhn")
    kvk = c.la("kvk")
    tel = c.la("phone")
    mob = c.la("mobile")
    big1 = c.la("big")
    W = style("gk19", wg, (f"Industrieweg 14, 7553 AB Hengelo", f"KvK {kvk}", f"T {tel}"), font="sans", accent=(20, 90, 60))
    A = style(
        "arbo19a",
        "Arbodienst Twentekanaal",
        ("Postbus 371, 7500 AJ Enschede", "verzuim@twentekanaal-arbo.example"),
        font="serif",
        accent=(110, 30, 60),
        letterhead="right",
    )
    AD = style("ad19a", "Bureau Werkvermogen Oost", ("Registerarbeidsdeskundigen", "Deventer"), font="condensed")
    ba = "drs. M.L. (Marieke) ter Horst"
    cm = "Yvonne Brinkhuis"
    F = "Monteur utiliteit"
    D = c.d

    c.dossier(
        {
            "werknemer": {"naam": naam, "bsn": c.bsn, "functie": F},
            "werkgever": {"naam": wg, "loonheffingennummer": lhn, "aard_van_het_bedrijf": "Installatiebedrijf (elektro en W-installaties)"},
            "bedrijfsarts": {"naam": ba, "organisatie": "Arbodienst Twentekanaal"},
            "casemanager": {"naam": cm},
            "eerste_ziektedag": D(0),
            "aanvraag_wia": D(822),
        }
    )
    c.eml(
        "01 Verzuim/Ziekmelding Henk-Jan.eml",
        f"{cm} <y.brinkhuis@gerritsen-kool.example>",
        "Arbodienst Twentekanaal <verzuim@twentekanaal-arbo.example>",
        f"Ziekmelding {naam}",
        D(0),
        f"Goedemorgen,\n\nHierbij melden wij {naam} (BSN {fmt_bsn(c.bsn, 'spaces')}), {F}, ziek per vandaag {fmt_date(D(0), 'dash')}.\n"
        f"Verwachte duur: onbekend, waarschijnlijk langer dan twee weken. Geen bedrijfsongeval, geen verkeersongeval met derden.\n"
        f"Vangnet Ziektewet: nee. Bereikbaar op {mob}.\n\nMet vriendelijke groet,\n{cm}\nHR / casemanager verzuim",
    )
    c.pdf(
        "02 Arbodienst/Probleemanalyse H.J. Oosterveld.pdf",
        [
            Title("Probleemanalyse", "Wet verbetering poortwachter"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "spaces")), ("Werkgever", wg), ("Eerste ziektedag", L(D(0))), ("Datum spreekuur", L(D(36)))]),
            Heading("Dreigend langdurig verzuim"),
            Para("Er is sprake van dreigend langdurig verzuim. Medische gegevens zijn niet in deze probleemanalyse opgenomen."),
            Heading("Beperkingen en mogelijkheden"),
            Para("Beperkt in zwaar tillen, bovenhands werken en werken op ladders en steigers. Benutbare mogelijkheden voor licht werk in de werkplaats en op kantoor, 4 x 4 uur."),
            Heading("Prognose"),
            Para("Gedeeltelijke hervatting binnen enkele weken verwacht; volledige hervatting in het eigen werk is onzeker."),
            Heading("Advies aan werkgever en werknemer"),
            Bullets(["Start aangepast werk in de werkplaats (calculatie, voorbereiding).", "Stel binnen twee weken samen het plan van aanpak op.", "Vervolgspreekuur over zes weken."]),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(36)))]),
        ],
        A,
    )
    pva = [
        Title("Plan van aanpak", "re-integratie"),
        who(c, naam, F, wg),
        Fields([("Casemanager", f"{cm}, HR"), ("Datum probleemanalyse", L(D(36))), ("Datum plan van aanpak", L(D(46)))]),
        Heading("Re-integratiedoel"),
        Para("Terugkeer in het eigen werk als monteur, zo nodig in aangepaste vorm (geen steigerwerk)."),
        Heading("Afspraken en activiteiten"),
        Table(["Activiteit", "Wie", "Termijn"], [["Aangepast werk werkplaats 4 x 4 uur", "werknemer / leidinggevende", "vanaf week 8"], ["Opbouw naar 4 x 6 uur", "werknemer", "week 14"], ["Evaluatie met casemanager", "casemanager", "elke 6 weken"]]),
        Heading("Evaluatiemomenten"),
        Para("Iedere zes weken een voortgangsgesprek; eerste evaluatie in week 13."),
        Heading("Visie werkgever"),
        Para("Wij willen Henk-Jan graag behouden; aangepast werk in de werkplaats is mogelijk."),
        Heading("Visie werknemer"),
        Para("Ik wil zo snel mogelijk weer aan de slag, eerst in de werkplaats."),
        Signatures([Sig("Werkgever", cm, "casemanager", L(D(46))), Sig("Werknemer", naam, F, L(D(46)))]),
    ]
    c.scan("03 Plan van aanpak/PvA getekend HJ.pdf", pva, W)
    c.docx(
        "04 Gesprekken/Voortgangsgesprek juni 2024.docx",
        [
            Title("Verslag voortgangsgesprek"),
            who(c, naam, F, wg),
            Fields([("Datum gesprek", L(D(93))), ("Aanwezig", f"{cm}, {naam}, leidinggevende R. Smit")]),
            Para("Henk-Jan werkt 4 x 5 uur in de werkplaats. Afspraken uit het plan van aanpak zijn nagekomen. Volgende evaluatie over zes weken."),
        ],
        W,
    )
    c.scan(
        "05 UWV/Ontvangstbevestiging ziekmelding.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields([("Datum", L(D(290))), ("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "plain")), ("Loonheffingennummer", lhn), ("Eerste ziektedag", L(D(0)))]),
            Para("Wij hebben uw ziekmelding (aangifte langdurige ziekte, 42e week) op tijd ontvangen. In de komende weken ontvangt u informatie over de eerstejaarsevaluatie."),
        ],
        UWV,
    )
    c.pdf(
        "06 AD/Arbeidsdeskundig rapport Oosterveld.pdf",
        [
            Title("Arbeidsdeskundig onderzoek", "spoor 1-advies"),
            who(c, naam, F, wg),
            Fields([("Datum rapport", L(D(338))), ("Arbeidsdeskundige", "P. van Dalen, registerarbeidsdeskundige")]),
            Heading("Belasting en belastbaarheid"),
            Para("De functiebelasting van monteur utiliteit overschrijdt de belastbaarheid op klimmen en bovenhands werk. In aangepaste vorm (werkplaats, voorbereiding, 32 van 36 uur) is het werk passend."),
            Heading("Advies"),
            Para("Spoor 1: structureel aangepast eigen werk, 32 uur; de verwachting is dat de laatste 4 uur binnen drie maanden volgen. Een tweede spoor is niet nodig. Loonwaarde circa 90%."),
            Signatures([Sig("Arbeidsdeskundige", "P. van Dalen", "registerarbeidsdeskundige", L(D(338)))]),
        ],
        AD,
    )
    c.pdf(
        "07 Evaluaties/Eerstejaarsevaluatie Oosterveld.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            who(c, naam, F, wg),
            Fields([("Datum", L(D(345))), ("Casemanager", cm)]),
            Heading("Terugblik eerste ziektejaar"),
            Para("Henk-Jan werkt 32 van 36 uur in aangepast eigen werk (werkplaats en werkvoorbereiding). Dat werk is structureel."),
            Heading("Re-integratieresultaat tweede ziektejaar"),
            Para("Volledige hervatting in het aangepaste werk. Geen tweede spoor: de arbeidsdeskundige verwacht volledige hervatting binnen drie maanden (rapport van " + L(D(338)) + ")."),
            Heading("Visie werkgever"),
            Para("Het aangepaste werk is blijvend beschikbaar."),
            Heading("Visie werknemer"),
            Para("Ik ben tevreden met het werk in de werkplaats."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(345))), Sig("Werknemer", naam, F, L(D(345)))]),
        ],
        W,
    )
    c.docx(
        "04 Gesprekken/Gespreksverslag okt 2024.docx",
        [
            Title("Gespreksverslag"),
            who(c, naam, F, wg),
            Fields([("Datum", L(D(233)))]),
            Para("Hervatting 28 uur aangepast werk. Gesprek verliep goed; volgende afspraak over zes weken. Geen medische gegevens besproken."),
        ],
        W,
    )
    c.photo(
        "04 Gesprekken/IMG_20250506_141233.jpg",
        [
            Title("Voortgangsgesprek"),
            Fields([("Naam", naam), ("BSN", fmt_bsn(c.bsn, "spaces")), ("Datum", fmt_date(D(428), "dash"))]),
            Para("32 uur werkplaats gaat goed. Uitbreiding naar 36 uur lukt nog niet; bedrijfsarts over 6 weken opnieuw."),
            Signatures([Sig("Werkgever", cm, "casemanager", fmt_date(D(428), "dash")), Sig("Werknemer", naam, "", fmt_date(D(428), "dash"))]),
        ],
        W,
        dt.datetime.combine(D(428), dt.time(14, 12, 33)),
    )
    # The AO and EV were made on the usual schedule, before UWV decided on the extension.
    c.scan(
        "08 UWV/Brief UWV aanvraag WIA week 88.pdf",
        [
            Title("U kunt een WIA-uitkering aanvragen"),
            Fields([("Datum", L(D(604))), ("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "plain"))]),
            Para(f"{vn} is bijna 2 jaar ziek. De werknemer kan een WIA-uitkering aanvragen; de uiterste datum is {L(D(650, False))}. Het re-integratieverslag moet compleet zijn."),
        ],
        UWV,
    )
    c.pdf(
        "09 WIA/Actueel oordeel Oosterveld.pdf",
        [
            Title("Actueel oordeel bedrijfsarts", "ten behoeve van de WIA-aanvraag"),
            Fields([("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "spaces")), ("Datum", L(D(611)))]),
            Heading("Stand van zaken"),
            Para("Werknemer werkt 32 van 36 uur in aangepast eigen werk. De belastbaarheid is stabiel; er zijn blijvende beperkingen voor klimmen en bovenhands werk."),
            Heading("Arbeidsrelatie en passende arbeid bij de werkgever"),
            Para("De arbeidsrelatie is goed. Passende arbeid bij de werkgever is het huidige werk in de werkplaats, 32 uur."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(611)))]),
        ],
        A,
    )
    c.pdf(
        "09 WIA/Eindevaluatie Oosterveld.pdf",
        [
            Title("Eindevaluatie plan van aanpak"),
            who(c, naam, F, wg),
            Fields([("Datum", L(D(618)))]),
            Heading("Terugblik twee jaar"),
            Para("Na de start in de werkplaats is het werk opgebouwd tot 32 uur structureel aangepast eigen werk."),
            Heading("Aard van het bedrijf"),
            Para("Installatiebedrijf met 85 medewerkers, elektrotechniek en werktuigbouwkundige installaties."),
            Heading("Kwaliteit arbeidsrelatie en passende arbeid"),
            Para("De arbeidsrelatie is goed; passende arbeid is het aangepaste werk in de werkplaats."),
            Heading("Visie werknemer"),
            Para("Ik sluit mij aan bij deze evaluatie."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(618))), Sig("Werknemer", naam, F, L(D(618)))]),
        ],
        W,
    )
    c.pdf(
        "10 Verlenging/Verzoek verlenging loondoorbetaling.pdf",
        [
            Title("Verzoek om verlenging van de wachttijd", "vrijwillige verlenging loondoorbetaling (WIA art. 24)"),
            Fields([("Datum", L(D(613))), ("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "spaces")), ("Loonheffingennummer", lhn)]),
            Para("Werkgever en werknemer verzoeken samen om de loondoorbetaling met 26 weken te verlengen. De laatste 4 uur hervatting worden verwacht; daarna is mogelijk geen WIA-aanvraag nodig."),
            Signatures([Sig("Werkgever", "A. Kool", "directeur", L(D(613))), Sig("Werknemer", naam, F, L(D(613)))]),
        ],
        W,
    )
    end_old, end_new = D(727, False), D(909, False)
    c.scan(
        "10 Verlenging/Beslissing UWV verlenging.pdf",
        [
            Title("Beslissing over uw verzoek om verlenging loondoorbetaling"),
            Fields([("Datum", L(D(625))), ("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "plain"))]),
            Para(f"Wij hebben uw gezamenlijke verzoek ontvangen. U verlengt de loondoorbetaling met 26 weken. De wachttijd eindigt daardoor niet op {L(end_old)} maar op {L(end_new)}."),
            Para(f"Het re-integratieverslag moet uiterlijk {L(D(818, False))} compleet zijn. De werknemer kan de WIA-uitkering uiterlijk {L(D(832, False))} aanvragen. Wij sturen u daarover opnieuw een brief."),
        ],
        UWV,
    )
    c.docx(
        "04 Gesprekken/Voortgang januari 2026.docx",
        [
            Title("Verslag voortgangsgesprek"),
            who(c, naam, F, wg),
            Fields([("Datum", L(D(680)))]),
            Para("De uitbreiding naar 36 uur is in november mislukt; Henk-Jan werkt sinds december 24 uur. Afgesproken: nieuw spreekuur bij de bedrijfsarts, de werkplaatstaken worden lichter gemaakt."),
        ],
        W,
    )
    c.eml(
        "04 Gesprekken/verslag gesprek 17 april.eml",
        f"{cm} <y.brinkhuis@gerritsen-kool.example>",
        f"{naam} <hj.oosterveld@mailbox.example>",
        "Verslag gesprek van vandaag",
        D(771),
        f"Hoi Henk-Jan,\n\nKort verslag van ons gesprek van vandaag ({fmt_date(D(771), 'dash')}): je werkt nu 24 uur, aangepast werk in de werkplaats en voorbereiding. "
        "De uren zijn sinds december niet meer uitgebreid. We zien elkaar over zes weken weer.\n\nGroet,\nYvonne",
    )
    c.scan(
        "08 UWV/Brief UWV nieuwe datum WIA.pdf",
        [
            Title("U kunt een WIA-uitkering aanvragen"),
            Fields([("Datum", L(D(794))), ("Werknemer", naam), ("BSN", fmt_bsn(c.bsn, "plain"))]),
            Para(f"Door de verlenging van de loondoorbetaling eindigt de wachttijd op {L(end_new)}. De werknemer kan de WIA-uitkering uiterlijk {L(D(832, False))} aanvragen."),
        ],
        UWV,
    )
    c.eml(
        "09 WIA/RE_ stukken WIA-aanvraag.eml",
        f"{cm} <y.brinkhuis@gerritsen-kool.example>",
        f"{naam} <hj.oosterveld@mailbox.example>",
        "RE: stukken WIA-aanvraag",
        D(815),
        "Hoi Henk-Jan,\n\nVoor je WIA-aanvraag gebruiken we het actueel oordeel van "
        + L(D(611))
        + " en de eindevaluatie van "
        + L(D(618))
        + ", die hadden we toen al klaar. Een kopie van alle stukken zit in de bijlage-map op de gedeelde schijf.\n\nGroet,\nYvonne",
    )
    c.eml(
        "09 WIA/Mijn mening re-integratieverslag.eml",
        f"{naam} <hj.oosterveld@mailbox.example>",
        f"{cm} <y.brinkhuis@gerritsen-kool.example>",
        "mijn mening over het re-integratieverslag",
        D(820),
        f"Oordeel van de werknemer\n\nNaam: {naam}\nBSN: {fmt_bsn(c.bsn, 'spaces')}\nDatum: {L(D(820))}\n\n"
        "Ik ben het eens met het re-integratieverslag, maar er staat nog dat ik 32 uur werk. Sinds december werk ik 24 uur.\n\nHenk-Jan",
    )
    assert 10 <= len(c.paths) <= 25, len(c.paths)
    return {
        "case": c,
        "checklist": None,
        "as_of": D(833),
        "aanvraag_wia": D(822),
        "planted": (
            f"checked in week 120 (D0+833), after the application of D0+822 ({D(822)}, week 118, dossier.yaml). A vrijwillige "
            f"verlenging of 26 weeks (joint request D0+613, UWV's decision '10 Verlenging/Beslissing UWV verlenging.pdf' D0+625, a "
            f"scan) moves the end of the wachttijd from D0+727 to D0+909: RIV complete by D0+818, application by D0+832. The actueel "
            f"oordeel ('09 WIA/Actueel oordeel Oosterveld.pdf', D0+611, week 88) and the eindevaluatie ('09 WIA/Eindevaluatie "
            f"Oosterveld.pdf', D0+618) were made on the ordinary schedule, before the decision, and used unchanged for the "
            f"application 211 and 204 days later (HR's mail says so); meanwhile the hours fell from 32 to 24 (meetings of D0+680 and "
            f"D0+771, the oordeel werknemer), so both still describe 32 hours. Traps: application at week 118 and the absence of a "
            f"new AO/EV in weeks 88-93 look late but the extension counts; AO before EV; two UWV WIA letters (week 88 and the new "
            f"one); no 2nd track, motivated in the AD-rapport (week 49) and the EJE (week 50); PvA a copier scan signed by both; "
            f"BSN with spaces; loonheffingennummer, KvK, phone and mobile numbers; a selection of meetings (gaps not judged)."
        ),
        "must": [
            {"code": "outdated", "type": "actueel_oordeel", "why": "§8.4 (§2.5): the AO is 211 days older than the application (default ~8 weeks, hard warning > 3 months)"},
            {"code": "outdated", "type": "eindevaluatie", "why": "§8.4: the EV is 204 days older than the application; the situation changed since (handleiding §6 'outdated')"},
            {"code": "extension", "why": "§8.3 (§2.3 vrijwillige verlenging): UWV's decision in the folder moves the end of the wachttijd and the deadlines from week 88"},
        ],
        "must_not": [
            {"code": "late", "why": "§8.3: PA D0+36, PvA PA+10, 42e-weeksmelding D0+290, EJE week 50, EV D0+618 ≤ D0+818, application D0+822 ≤ D0+832 (extended)"},
            {"code": "order", "why": "§8.3: AO D0+611 before EV D0+618 before the application D0+822"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
            {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (mail body)"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present (a copier scan)"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.3: no 2nd track, motivated in the EJE and AD-rapport (return in own adapted work)"},
            {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: signed by both"},
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN; loonheffingennummer, KvK and phone numbers are no BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere and in dossier.yaml"},
            {"code": "medical_data", "why": "§8.7 (§5.3): no health data in any document ('medische gegevens niet opgenomen')"},
            {"code": "no_first_sick_day", "why": "§8.3: dossier.yaml and the documents give it"},
            {"code": "future", "why": "§8.3: nothing is dated after as_of"},
        ],
    }


# --------------------------------------------------------------------------------------------
# case 2: loonsanctie and bekorting; the employer's bekortingsverzoek quotes the medical report
# --------------------------------------------------------------------------------------------


def case2() -> dict:
    c = Case("loonsanctie_bekortingsverzoek_met_diagnose", dt.date(2024, 1, 8), 1902)
    c.bsn_kind = "dots"
    naam, vn = "Samira Bouzid", "Samira"
    wg = "Zorgwinkel Vechtdal B.V."
    lhn, kvk, tel, iban, big1 = c.la("lhn"), c.la("kvk"), c.la("phone"), c.la("iban"), c.la("big")
    W = style("zv19", wg, ("Grote Kerkstraat 3, 7701 BR Dedemsvaart", f"KvK {kvk} · T {tel}"), font="sans", accent=(0, 110, 120), letterhead="band")
    A = style("arbo19b", "ArboVitaal Noord-Oost", ("Zwolle", "planning@arbovitaal-no.example"), font="serif", accent=(60, 60, 120))
    B = style("bur19b", "Loopbaanbureau Nieuwe Koers", ("Kampen", f"IBAN {iban}"), font="condensed", accent=(150, 80, 0))
    ba = "T. (Thomas) Wessels"
    cm = "Anita Lubbers"
    F = "Verkoopmedewerker thuiszorgwinkel"
    D = c.d
    c.dossier(
        {
            "werknemer": {"naam": naam, "bsn": c.bsn, "functie": F},
            "werkgever": {"naam": wg, "loonheffingennummer": lhn, "aard_van_het_bedrijf": "Winkel in hulpmiddelen en thuiszorgartikelen"},
            "bedrijfsarts": {"naam": ba, "organisatie": "ArboVitaal Noord-Oost"},
            "casemanager": {"naam": cm},
            "eerste_ziektedag": D(0),
            "aanvraag_wia": D(641),
        }
    )
    bsn = fmt_bsn(c.bsn, "dots")
    c.pdf(
        "Arbodienst/Probleemanalyse S. Bouzid.pdf",
        [
            Title("Probleemanalyse en advies"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Eerste ziektedag", L(D(0))), ("Datum", L(D(37)))]),
            Para("Er is sprake van dreigend langdurig verzuim. Conform de privacyregels zijn geen medische gegevens opgenomen."),
            Heading("Belastbaarheid"),
            Para("Beperkt in langdurig staan, tillen boven 5 kg en fijne handvaardigheid. Mogelijkheden: zittend werk, 3 x 3 uur."),
            Heading("Advies"),
            Para("Start met zittende kassawerkzaamheden en telefonische orderafhandeling. Plan van aanpak binnen twee weken."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG-registratie {big1}", L(D(37)))]),
        ],
        A,
    )
    c.pdf(
        "Plan van aanpak/Plan van aanpak Samira def.pdf",
        [
            Title("Plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Casemanager", cm), ("Datum", L(D(46)))]),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk, eerst zittend (kassa, telefonische orders)."),
            Heading("Activiteiten en termijnen"),
            Table(["Activiteit", "Termijn"], [["3 x 3 uur zittend werk", "week 8-12"], ["opbouw naar 4 x 4 uur", "week 12-18"]]),
            Heading("Evaluatiemomenten"),
            Para("Elke zes weken."),
            Heading("Visie werkgever / visie werknemer"),
            Para("Werkgever: zittend werk is er voldoende. Werknemer: ik wil graag opbouwen."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(46))), Sig("Werknemer", naam, F, L(D(46)))]),
        ],
        W,
    )
    c.scan(
        "UWV/Bevestiging 42e week.pdf",
        [Title("Bevestiging ziekmelding"), Fields([("Datum", L(D(289))), ("Werknemer", naam), ("BSN", bsn), ("Loonheffingennummer", lhn)]), Para("Wij hebben de ziekmelding van uw werknemer ontvangen.")],
        UWV,
    )
    c.pdf(
        "AD/Rapport arbeidsdeskundige Bouzid.pdf",
        [
            Title("Rapportage arbeidsdeskundig onderzoek"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(339)))]),
            Para("De functiebelasting van verkoopmedewerker past niet bij de belastbaarheid voor staan en tillen. Passend is 16 uur zittend werk bij de werkgever. Advies: spoor 1 voor 16 uur, spoor 2 voor de overige 16 uur."),
            Signatures([Sig("Arbeidsdeskundige", "R. Haverkamp", "registerarbeidsdeskundige", L(D(339)))]),
        ],
        style("ad19b", "Haverkamp Arbeidsdeskundig Advies", ("Ommen",), font="sans"),
    )
    c.docx(
        "Evaluaties/EJE Samira.docx",
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(346)))]),
            Para("Terugblik op het eerste ziektejaar: 16 uur zittend werk. Voor het tweede ziektejaar: spoor 1 voor 16 uur en een tweede spoor voor de overige uren via Loopbaanbureau Nieuwe Koers."),
            Heading("Visie werkgever"),
            Para("Meer dan 16 uur zittend werk is er niet."),
            Heading("Visie werknemer"),
            Para("Ik doe mee aan het tweede spoor."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(346))), Sig("Werknemer", naam, F, L(D(346)))]),
        ],
        W,
    )
    c.scan(
        "Plan van aanpak/Bijstelling PvA spoor 2.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(353)))]),
            Para("Deze bijstelling vervangt het plan van aanpak van " + L(D(46)) + ". Nieuw doel: 16 uur eigen werk zittend (spoor 1) en 16 uur passend werk bij een andere werkgever (spoor 2). Casemanager blijft " + cm + ". Evaluatie elke zes weken."),
            Para("Visie werkgever: zie eerstejaarsevaluatie. Visie werknemer: akkoord."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(353))), Sig("Werknemer", naam, F, L(D(353)))]),
        ],
        W,
    )
    c.pdf(
        "Tweede spoor/Trajectplan Nieuwe Koers.pdf",
        [
            Title("Trajectplan tweede spoor"),
            Fields([("Kandidaat", naam), ("BSN", bsn), ("Startdatum", L(D(372)))]),
            Heading("Persoonsprofiel en zoekprofiel"),
            Para("Klantcontact, administratie, zittend werk; zoekgebied Hardenberg - Zwolle, 16 uur."),
            Signatures([Sig("Loopbaancoach", "E. Mulder", "jobcoach", L(D(372))), Sig("Kandidaat", naam, "", L(D(372)))]),
        ],
        B,
    )
    for i, n in enumerate((428, 484, 540, 596)):
        c.eml(
            f"Tweede spoor/Voortgangsrapportage {i + 1}.eml",
            "E. Mulder <e.mulder@nieuwekoers.example>",
            f"{cm} <a.lubbers@zorgwinkel-vechtdal.example>",
            f"Voortgangsrapportage {i + 1} tweede spoor {naam}",
            D(n),
            f"Voortgangsrapportage {i + 1} tweede spoor\nKandidaat: {naam}, BSN {bsn}\nRapportageperiode tot {L(D(n))}\n\n"
            f"Activiteiten: {3 + i} sollicitaties, {2 + i} netwerkgesprekken, vacatures bij klantenservices in de regio. Samira zet zich goed in.\n\nE. Mulder, jobcoach",
        )
    c.pdf(
        "Tweede spoor/Eindrapportage Nieuwe Koers.pdf",
        [Title("Eindrapportage tweede spoor"), Fields([("Kandidaat", naam), ("BSN", bsn), ("Datum", L(D(639)))]), Para("Resultaat traject: geen plaatsing; wel twee sollicitatiegesprekken. Afsluiting in verband met de WIA-aanvraag.")],
        B,
    )
    c.scan(
        "UWV/Brief WIA aanvragen.pdf",
        [Title("Aanvraag WIA-uitkering"), Fields([("Datum", L(D(605))), ("Werknemer", naam), ("BSN", bsn)]), Para(f"Uw werknemer kan uiterlijk {L(D(650, False))} een WIA-uitkering aanvragen.")],
        UWV,
    )
    c.pdf(
        "WIA/Actueel oordeel Bouzid.pdf",
        [
            Title("Actueel oordeel"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(617)))]),
            Para("Stand van zaken: 16 uur zittend eigen werk, structureel. Belastbaarheid ongewijzigd. Arbeidsrelatie goed; passende arbeid bij de werkgever: 16 uur."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG-registratie {big1}", L(D(617)))]),
        ],
        A,
    )
    c.pdf(
        "WIA/Eindevaluatie Bouzid.pdf",
        [
            Title("Eindevaluatie"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(627)))]),
            Para("Terugblik op twee jaar re-integratie. Aard van het bedrijf: winkel met 22 medewerkers. Arbeidsrelatie goed. Passende arbeid: 16 uur zittend werk; meer is er niet."),
            Para("Visie werknemer: ik had graag meer uren gewerkt."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(627))), Sig("Werknemer", naam, F, L(D(627)))]),
        ],
        W,
    )
    c.docx(
        "WIA/Oordeel werknemer.docx",
        [Title("Oordeel van de werknemer"), Fields([("Naam", naam), ("BSN", bsn), ("Datum", L(D(634)))]), Para("Ik ben het eens met het verslag, behalve dat er volgens mij meer zittend werk was.")],
        style("ow19b", naam, (), letterhead="none"),
    )
    end_new = D(1091, False)
    c.scan(
        "UWV/Beslissing verlenging loondoorbetalingsverplichting.pdf",
        [
            Title("Beslissing: verlenging loondoorbetalingsverplichting"),
            Fields([("Datum", L(D(683))), ("Werknemer", naam), ("BSN", bsn)]),
            Para("Wij hebben het re-integratieverslag beoordeeld. De verzekeringsarts komt tot een ruimere belastbaarheid dan de bedrijfsarts (medisch verschil van inzicht): passend zittend werk is mogelijk voor 24 uur. U heeft dat werk niet aangeboden."),
            Para(f"Daarom verlengen wij de periode van loondoorbetaling met 52 weken, tot en met {L(end_new)} (loonsanctie). U kunt ons vragen de loonsanctie te bekorten als u de tekortkoming heeft hersteld."),
        ],
        UWV,
    )
    c.docx(
        "Gespreksverslagen/Gesprek na loonsanctie.docx",
        [
            Title("Gespreksverslag"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(695)))]),
            Para("Besproken: de beslissing van UWV. Samira start per " + L(D(700)) + " met 24 uur zittend werk (kassa, telefonische orders, webwinkel). Evaluatie over zes weken. Geen medische gegevens vastgelegd."),
        ],
        W,
    )
    c.pdf(
        "UWV/Bekortingsverzoek loonsanctie Bouzid.pdf",
        [
            Title("Verzoek om bekorting loonsanctie"),
            Fields([("Datum", L(D(739))), ("Werknemer", naam), ("BSN", bsn), ("Loonheffingennummer", lhn)]),
            Para("Geachte heer, mevrouw, naar aanleiding van uw beslissing van " + L(D(683)) + " hebben wij de tekortkoming hersteld: Samira werkt sinds " + L(D(700)) + " 24 uur in passend zittend werk."),
            Para(
                "Uit het rapport van uw verzekeringsarts, dat Samira ons heeft doorgestuurd, blijkt dat zij bekend is met reumatoïde artritis "
                "met ontstekingen in handen en voeten; zij wordt door de reumatoloog behandeld met methotrexaat en een biological. Wij hebben het werk daarop aangepast."
            ),
            Para("Wij verzoeken u de loonsanctie te bekorten."),
            Signatures([Sig("Werkgever", "G. ten Brinke", "directeur", L(D(739)))]),
        ],
        W,
    )
    c.scan(
        "UWV/Beslissing bekorting.pdf",
        [
            Title("Beslissing op uw bekortingsverzoek"),
            Fields([("Datum", L(D(757))), ("Werknemer", naam), ("BSN", bsn)]),
            Para(f"U heeft de tekortkoming hersteld. De loonsanctie eindigt zes weken na deze beslissing, op {L(D(799))}."),
        ],
        UWV,
    )
    assert 10 <= len(c.paths) <= 25, len(c.paths)
    return {
        "case": c,
        "checklist": None,
        "as_of": D(806, False),
        "aanvraag_wia": D(641),
        "planted": (
            "checked in week 116 (D0+806), after the application (D0+641, week 92), a loonsanctie and its bekorting. UWV imposed a "
            "52-week loonsanctie (D0+683, a scan: the verzekeringsarts found 24 hours of seated work suitable, the employer offered "
            "16); the employer repaired it (24 hours from D0+700) and asked for a bekorting. That request ('UWV/Bekortingsverzoek "
            "loonsanctie Bouzid.pdf', D0+739, the employer's own letter on its letterhead) copies the verzekeringsarts's medical "
            "passage: diagnosis (reumatoïde artritis), specialist (reumatoloog) and medication (methotrexaat, a biological). "
            "Traps: the sanction letter says 'verlenging loondoorbetalingsverplichting' and names an end date a year on (it is no "
            "vrijwillige verlenging; deadlines stay where they were) and speaks of 'medisch verschil van inzicht', "
            "'verzekeringsarts' and 'belastbaarheid' without any diagnosis; the AO (D0+617) and EV (D0+627) are 189 and 179 days "
            "before as_of but 24 and 14 days before the application; 2nd track on time (trajectplan D0+372, reports every 56 days, "
            "eindrapportage D0+639); bijstelling PvA replaces the PvA; part-time recovery (16, then 24 hours); the UWV "
            "letters and the bijstelling PvA are copier scans, the EJE and the oordeel werknemer Word files; BSN with dots; IBAN, "
            "KvK, loonheffingennummer and phone numbers."
        ),
        "must": [
            {"code": "medical_data", "path": "UWV/Bekortingsverzoek loonsanctie Bouzid.pdf", "why": "§8.7 (§5.1, §5.3): an employer letter records the diagnosis, the specialist and the medication"},
        ],
        "must_not": [
            {"code": "outdated", "why": "§8.4 (§2.5): AO 24 days and EV 14 days before the application; the age at as_of does not count"},
            {"code": "extension", "why": "§8.3 (§2.3): a loonsanctie is no vrijwillige verlenging"},
            {"code": "late", "why": "§8.3: PA D0+37, PvA PA+9, EJE week 50, trajectplan D0+372, EV D0+627, application D0+641; nothing moved by the sanction"},
            {"code": "order", "why": "§8.3: AO before EV before the application"},
            {"code": "report_gap", "why": "§8.3: reports every 56 days, eindrapportage 43 days after the last"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present, D0+372 ≤ D0+406"},
            {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (Word file)"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
            {"code": "medical_data", "path": "UWV/Beslissing verlenging loondoorbetalingsverplichting.pdf", "why": "§8.7 (§5.3): UWV's decision names a medisch verschil van inzicht, no diagnosis"},
            {"code": "medical_data", "path": "Arbodienst/Probleemanalyse S. Bouzid.pdf", "why": "§8.7 (§5.3): limitations only, 'geen medische gegevens'"},
            {"code": "medical_data", "path": "Gespreksverslagen/Gesprek na loonsanctie.docx", "why": "§8.7 (§5.3): work and hours only"},
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN; IBAN, KvK, BIG, loonheffingennummer and phone are no BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "future", "why": "§8.3: nothing is dated after as_of"},
        ],
    }


# --------------------------------------------------------------------------------------------
# case 3: relapse within four weeks; payroll counted the 42e-weeksmelding and HR the EJE from the relapse
# --------------------------------------------------------------------------------------------


def case3() -> dict:
    c = Case("herval_binnen_vier_weken_melding_en_eje_vanaf_herval", dt.date(2025, 1, 6), 1903)
    c.bsn_kind = "plain"
    naam, vn = "Dirk Veldhuizen", "Dirk"
    wg = "Bakkerij Van Wijhe"
    kvk, tel, mob, lhn, big1, iban = c.la("kvk"), c.la("phone"), c.la("mobile31"), c.la("lhn"), c.la("big"), c.la("iban")
    W = style("bw19", wg, ("Molenstraat 8, 8121 AD Olst", f"KvK {kvk}"), font="serif", accent=(120, 70, 20))
    A = style("arbo19c", "Arbo Salland", ("Deventer", "secretariaat@arbosalland.example"), font="sans", accent=(0, 100, 60), letterhead="right")
    B = style("bur19c", "Re-integratie Werkplaats IJssel", ("Zutphen", f"IBAN {iban}"), font="sans", accent=(80, 0, 120))
    P = style("pay19c", "Salarisadministratie Hof van Salland", ("Raalte", f"T {tel}"), font="condensed")
    ba = "dr. K. Brouwer"
    own = "Margriet van Wijhe"
    F = "Bakker / ovenist"
    D = c.d
    c.dir.mkdir(parents=True, exist_ok=True)
    (c.dir / "dossier.yaml").write_text(
        "# dossier.yaml - feiten die de stukken niet betrouwbaar geven\n"
        "# Ziek " + D(0).isoformat() + " t/m " + D(25).isoformat() + ", hersteld, weer ziek " + D(49).isoformat()
        + " (21 dagen gewerkt, minder dan 4 weken: de perioden tellen samen).\n"
        + yaml.safe_dump(
            {
                "werknemer": {"naam": naam, "bsn": c.bsn, "functie": F},
                "werkgever": {"naam": wg, "loonheffingennummer": lhn, "aard_van_het_bedrijf": "Ambachtelijke bakkerij met twee winkels"},
                "bedrijfsarts": {"naam": ba, "organisatie": "Arbo Salland"},
                "casemanager": {"naam": own},
                "eerste_ziektedag": D(0),
            },
            sort_keys=False,
            allow_unicode=True,
            width=110,
        ),
        encoding="utf-8",
    )
    c.eml(
        "Verzuim/ziekmelding Dirk.eml",
        f"{own} <margriet@bakkerijvanwijhe.example>",
        "Arbo Salland <secretariaat@arbosalland.example>",
        f"Ziekmelding {naam}",
        D(0),
        f"Goedemorgen,\n\n{naam}, {F}, BSN {c.bsn}, is vandaag ({fmt_date(D(0), 'dash')}) ziek gemeld. Verwachte duur onbekend. Geen ongeval. "
        f"Telefoon {mob}.\n\nMargriet van Wijhe",
    )
    c.pdf(
        "Arbodienst/Probleemanalyse Dirk Veldhuizen.pdf",
        [
            Title("Probleemanalyse"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Eerste ziektedag", L(D(0))), ("Datum", L(D(22)))]),
            Para("Dreigend langdurig verzuim is aannemelijk. Er zijn geen medische gegevens opgenomen."),
            Heading("Beperkingen en mogelijkheden"),
            Para("Beperkt in nachtwerk en in werk met hoge tijdsdruk. Mogelijkheden: dagdiensten in de winkel, 3 x 4 uur."),
            Heading("Advies"),
            Para("Plan van aanpak opstellen; opbouw in dagdienst."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(22)))]),
        ],
        A,
    )
    c.docx(
        "Plan van aanpak/Plan van aanpak Dirk.docx",
        [
            Title("Plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Casemanager", f"{own} (eigenaar)"), ("Datum", L(D(32)))]),
            Heading("Doel"),
            Para("Terugkeer in het eigen werk, eerst in dagdiensten."),
            Heading("Afspraken, activiteiten en termijnen"),
            Bullets(["Dagdienst winkel 3 x 4 uur, vanaf " + L(D(35)), "Opbouw naar eigen werk in vier weken", "Evaluatie iedere vier weken"]),
            Heading("Visie werkgever"),
            Para("We passen het rooster aan."),
            Heading("Visie werknemer"),
            Para("Ik wil weer aan het werk."),
            Signatures([Sig("Werkgever", own, "eigenaar", L(D(32))), Sig("Werknemer", naam, F, L(D(32)))]),
        ],
        W,
    )
    c.eml(
        "Verzuim/Hersteldmelding.eml",
        f"{own} <margriet@bakkerijvanwijhe.example>",
        "Arbo Salland <secretariaat@arbosalland.example>",
        f"Hersteldmelding {naam}",
        D(25),
        f"Dirk is per maandag {fmt_date(D(28), 'dash')} volledig hersteld gemeld en werkt weer zijn eigen diensten.\n\nMargriet",
    )
    c.eml(
        "Verzuim/Dirk weer ziek.eml",
        f"{own} <margriet@bakkerijvanwijhe.example>",
        "Arbo Salland <secretariaat@arbosalland.example>",
        "Dirk weer ziek",
        D(49),
        f"Hallo,\n\nDirk heeft zich vandaag ({fmt_date(D(49), 'dash')}) opnieuw ziek gemeld, na drie weken werken. Verwachte duur onbekend.\n\nMargriet",
    )
    c.pdf(
        "Arbodienst/Bevestiging ziekmelding.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Eerste ziektedag (deze melding)", fmt_date(D(49), "dash")), ("Verzuimnummer", "VZ-25-0" + str(c.rng.randrange(1000, 9999)))]),
            Para("De melding is gekoppeld aan de eerdere ziekteperiode (minder dan vier weken hersteld); de termijnen lopen door vanaf " + fmt_date(D(0), "dash") + "."),
        ],
        A,
    )
    c.pdf(
        "Arbodienst/Bijstelling probleemanalyse.pdf",
        [
            Title("Bijstelling probleemanalyse"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(63)))]),
            Para("Gewijzigde belastbaarheid na de terugval: geen nachtdiensten, 3 x 3 uur dagwerk. Prognose: langer dan eerder verwacht."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(63)))]),
        ],
        A,
    )
    c.pdf(
        "Plan van aanpak/Bijstelling PvA maart.pdf",
        [
            Title("Bijstelling plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(73)))]),
            Para("Na de bijstelling probleemanalyse van " + L(D(63)) + ": doel blijft eigen werk, start 3 x 3 uur dagdienst in de winkel, evaluatie elke zes weken. Casemanager: " + own + "."),
            Para("Visie werkgever: dagdiensten zijn mogelijk. Visie werknemer: eens."),
            Signatures([Sig("Werkgever", own, "eigenaar", L(D(73))), Sig("Werknemer", naam, F, L(D(73)))]),
        ],
        W,
    )
    c.docx(
        "Gesprekken/Evaluatie mei.docx",
        [Title("Evaluatiegesprek"), Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(115)))]), Para("Dirk werkt 4 x 4 uur in de winkel, dagdienst. Afspraken nagekomen.")],
        W,
    )
    c.photo(
        "Gesprekken/foto verslag juli.jpg",
        [Title("Gespreksverslag"), Fields([("Naam", naam), ("Datum", fmt_date(D(185), "dash"))]), Para("20 uur dagdienst, bakkerij niet haalbaar. Volgende keer over 6 weken."), Signatures([Sig("Werkgever", own, "", ""), Sig("Werknemer", naam, "", "")])],
        W,
        dt.datetime.combine(D(185), dt.time(16, 2, 11)),
    )
    c.eml(
        "Gesprekken/verslag 14 oktober.eml",
        f"{own} <margriet@bakkerijvanwijhe.example>",
        f"{naam} <dirk.veldhuizen@mailbox.example>",
        "verslag gesprek",
        D(281),
        "Dirk,\n\nZoals besproken: 20 uur dagdienst in de winkel blijft. De bakkerij zelf (nachtwerk) lukt niet meer. "
        "De salarisadministratie doet de melding bij UWV.\n\nMargriet",
    )
    c.scan(
        "UWV/Ziekmelding langdurig verzuim.pdf",
        [
            Title("Ziekmelding UWV (42e week)", "aangifte van langdurige ziekte"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Loonheffingennummer", lhn), ("Eerste ziektedag", fmt_date(D(49), "dash")), ("Datum melding", fmt_date(D(336), "dash"))]),
            Para("Ingediend door de salarisadministratie in week 42 van de ziekmelding van " + fmt_date(D(49), "dash") + "."),
        ],
        P,
    )
    c.scan(
        "UWV/Bevestiging ziekmelding UWV.pdf",
        [Title("Bevestiging ziekmelding"), Fields([("Datum", L(D(338))), ("Werknemer", naam), ("BSN", c.bsn)]), Para("Wij hebben de ziekmelding ontvangen. U ontvangt informatie over de eerstejaarsevaluatie.")],
        UWV,
    )
    c.pdf(
        "AD/Arbeidsdeskundig rapport Veldhuizen.pdf",
        [
            Title("Arbeidsdeskundig onderzoek"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(366)))]),
            Para("Eigen werk als bakker (nachtwerk) is niet passend. Spoor 1: 20 uur dagdienst winkel. Spoor 2 starten voor de overige 18 uur."),
            Signatures([Sig("Arbeidsdeskundige", "H. Schipper", "arbeidsdeskundige", L(D(366)))]),
        ],
        style("ad19c", "Schipper Arbeid & Advies", ("Deventer",), font="serif"),
    )
    c.pdf(
        "Evaluaties/Eerstejaarsevaluatie Dirk.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Ziek sinds", fmt_date(D(49), "dash")), ("Datum", L(D(394)))]),
            Para("Evaluatie na 52 weken ziekte (gerekend vanaf de ziekmelding van " + fmt_date(D(49), "dash") + "). Terugblik: 20 uur dagdienst in de winkel. Tweede ziektejaar: spoor 1 voor 20 uur en een tweede spoor voor de overige uren (start deze maand)."),
            Heading("Visie werkgever"),
            Para("Meer dagwerk hebben we niet."),
            Heading("Visie werknemer"),
            Para("Ik ga het tweede spoor in."),
            Signatures([Sig("Werkgever", own, "eigenaar", L(D(394))), Sig("Werknemer", naam, F, L(D(394)))]),
        ],
        W,
    )
    c.pdf(
        "Tweede spoor/Trajectplan 2e spoor Dirk.pdf",
        [Title("Trajectplan 2e spoor"), Fields([("Kandidaat", naam), ("BSN", c.bsn), ("Start", L(D(400)))]), Para("Zoekprofiel: dagwerk in productie of logistiek, 18 uur. Intake gehouden; arbeidsmarktoriëntatie in de eerste maand.")],
        B,
    )
    c.pdf(
        "Verzuim/Verzuimoverzicht Dirk.pdf",
        [
            Title("Verzuimoverzicht"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Afgedrukt", L(D(410)))]),
            Table(["Ziek van", "Hersteld", "Dagen", "Opmerking"], [[fmt_date(D(0), "dash"), fmt_date(D(25), "dash"), "26", ""], [fmt_date(D(49), "dash"), "-", "-", "samengeteld met vorige periode"]]),
        ],
        P,
    )
    assert 10 <= len(c.paths) <= 25, len(c.paths)
    return {
        "case": c,
        "checklist": None,
        "as_of": D(420),
        "aanvraag_wia": None,
        "planted": (
            f"checked in week 61 (D0+420). Sick from {D(0)} (D0) to {D(25)}, back at work {D(28)}, sick again on {D(49)} (D0+49) "
            "after three weeks of work: less than four weeks apart, so the spells are added together and D0 stays (dossier.yaml, "
            "the arbodienst's confirmation, the absence overview). The payroll office and the owner counted from the relapse: "
            "(1) the 42e-weeksmelding ('UWV/Ziekmelding langdurig verzuim.pdf', a scan) was made on D0+336 with 'eerste "
            "ziektedag' D0+49 (due D0+294; D0+315 even if the 21 healthy days were added); (2) the eerstejaarsevaluatie "
            "('Evaluaties/Eerstejaarsevaluatie Dirk.pdf') is dated D0+394 (week 57, 'na 52 weken ... vanaf de ziekmelding van' the "
            "relapse), after the window D0+315..D0+363 (and after D0+336..D0+384 with the healthy days added). Traps: the PA "
            "(D0+22) and PvA (D0+32, a Word file) were made in the first spell and are on time; the arbodienst's 'Bevestiging "
            "ziekmelding' names the relapse as 'eerste ziektedag (deze melding)' but says the terms run on; bijstelling PA "
            "(D0+63) and bijstelling PvA 10 days later; the 2nd track starts on D0+400 (≤ D0+406), although the AD-rapport is of "
            "week 53; UWV's confirmation is neutral; part-time recovery (20 hours); IBAN, KvK, a +31 mobile, a verzuimnummer; "
            "BSN plain; a selection of meetings (gaps not judged); AO, EV, week-88 letter not due."
        ),
        "must": [
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: 42e-weeksmelding ≤ D0+294 (§2.1: spells less than 4 weeks apart are added together); made on D0+336"},
            {"code": "late", "type": "eerstejaarsevaluatie", "why": "§8.3: EJE within weeks 46-52 (D0+315..D0+363); dated D0+394, week 57"},
        ],
        "must_not": [
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+22 ≤ D0+42"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA D0+32 = PA+10"},
            {"code": "late", "type": "bijstelling_plan_van_aanpak", "why": "§8.2/§8.3: bijstelling PvA 10 days after the bijstelling PA"},
            {"code": "late", "type": "trajectplan_tweede_spoor", "why": "§8.3: trajectplan D0+400 ≤ D0+406"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: present (late, not missing)"},
            {"code": "early", "type": "eerstejaarsevaluatie", "why": "§8.3: the EJE is late, not early"},
            {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1/§2.2: not due in week 61"},
            {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1/§2.2: not due in week 61"},
            {"code": "no_first_sick_day", "why": "§8.3: dossier.yaml and the documents give it"},
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN; IBAN, KvK, mobile and verzuimnummer are no BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "medical_data", "why": "§8.7 (§5.3): no health data in any document"},
            {"code": "future", "why": "§8.3: nothing is dated after as_of"},
        ],
    }


# --------------------------------------------------------------------------------------------
# case 4: Ziektewet vangnet (no-risk polis), end of a fixed-term contract
# --------------------------------------------------------------------------------------------


def case4() -> dict:
    c = Case("zw_vangnet_einde_contract_melding_na_einddatum", dt.date(2025, 3, 3), 1904)
    c.bsn_kind = "spaces"
    naam, vn = "Lotte Hoekstra", "Lotte"
    wg = "Groenvoorziening De Linge B.V."
    kvk, mob, lhn, big1 = c.la("kvk"), c.la("mobile"), c.la("lhn"), c.la("big")
    W = style("gl19", wg, ("Lingedijk 40, 4191 AA Geldermalsen", f"KvK {kvk}"), font="sans", accent=(40, 120, 40))
    A = style("arbo19d", "Arbodienst Betuwe Werkt", ("Tiel", "info@betuwewerkt-arbo.example"), font="serif", accent=(100, 40, 40))
    ba = "J.P. Verhoeven"
    hr = "Ilse Koenders"
    F = "Medewerker groenonderhoud"
    D = c.d
    end = D(119)  # last working day (Monday 30 June 2025)
    c.dossier(
        {
            "werknemer": {"naam": naam, "bsn": c.bsn, "functie": F},
            "werkgever": {"naam": wg, "loonheffingennummer": lhn, "aard_van_het_bedrijf": "Hoveniers- en groenvoorzieningsbedrijf"},
            "bedrijfsarts": {"naam": ba, "organisatie": "Arbodienst Betuwe Werkt"},
            "casemanager": {"naam": hr},
            "eerste_ziektedag": D(0),
            "aanvraag_wia": D(158),
        }
    )
    bsn = fmt_bsn(c.bsn, "spaces")
    c.pdf(
        "01 Verzuim/Ziekmelding arbodienst.pdf",
        [
            Title("Ziekmelding werknemer"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Eerste ziektedag", fmt_date(D(0), "dash")), ("Telefoon", mob), ("Verwachte duur", "langer dan 2 weken"), ("Vangnetregeling Ziektewet van toepassing", "ja"), ("Arbeidsongeval", "nee"), ("Verkeersongeval met derden", "nee")]),
            Signatures([Sig("Werkgever", hr, "HR-adviseur", fmt_date(D(0), "dash"))]),
        ],
        W,
    )
    c.eml(
        "01 Verzuim/no-risk polis Lotte.eml",
        f"{hr} <i.koenders@groendelinge.example>",
        "Salarisadministratie <salaris@groendelinge.example>",
        "no-risk polis Lotte Hoekstra",
        D(2),
        f"Hoi,\n\nLotte Hoekstra (BSN {bsn}) valt onder de no-risk polis: zij is oud-Wajonger (autisme) en bij ons in dienst via de "
        "banenafspraak. Ze is nu uitgevallen met een depressie; de huisarts heeft sertraline voorgeschreven en ze is aangemeld bij de "
        "GGZ. Wil je bij UWV het ziekengeld (vangnet) aanvragen?\n\nGroet,\nIlse",
    )
    c.pdf(
        "02 Arbodienst/Probleemanalyse L. Hoekstra.pdf",
        [
            Title("Probleemanalyse"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(36)))]),
            Para("Dreigend langdurig verzuim. Medische gegevens zijn niet opgenomen."),
            Para("Beperkingen: werken onder tijdsdruk, wisselende ploegen, veel prikkels. Mogelijkheden: vaste ploeg, vaste taken, 3 x 4 uur buitenwerk."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(36)))]),
        ],
        A,
    )
    c.scan(
        "03 Plan van aanpak/PvA Lotte getekend.pdf",
        [
            Title("Plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Casemanager", hr), ("Datum", L(D(46)))]),
            Para("Doel: terugkeer in het eigen werk in een vaste ploeg. Activiteiten: 3 x 4 uur maaien en snoeien met vaste collega, opbouw per vier weken. Evaluatie elke vier weken."),
            Para("Visie werkgever: vaste ploeg is mogelijk tot het einde van het contract. Visie werknemer: ik wil graag."),
            Signatures([Sig("Werkgever", hr, "HR-adviseur", L(D(46))), Sig("Werknemer", naam, F, L(D(46)))]),
        ],
        W,
    )
    c.docx(
        "04 Gesprekken/Gesprek april.docx",
        [Title("Gespreksverslag"), Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(73)))]), Para("3 x 4 uur gaat goed. Volgende evaluatie over vier weken.")],
        W,
    )
    c.pdf(
        "01 Verzuim/Brief einde arbeidsovereenkomst.pdf",
        [
            Title("Einde arbeidsovereenkomst"),
            Fields([("Aan", naam), ("Datum", L(D(59)))]),
            Para(f"Uw arbeidsovereenkomst voor bepaalde tijd eindigt van rechtswege op {L(end)}. Wij bieden geen verlenging van het contract aan."),
            Signatures([Sig("Werkgever", "W. de Linge", "directeur", L(D(59)))]),
        ],
        W,
    )
    c.photo(
        "04 Gesprekken/IMG_2025_0602.jpg",
        [Title("Gespreksverslag"), Fields([("Naam", naam), ("Datum", fmt_date(D(91), "dash"))]), Para("4 x 5 uur. Contract loopt af per 30-6; bespreken eindevaluatie voor de laatste werkdag."), Signatures([Sig("Werkgever", hr, "", ""), Sig("Werknemer", naam, "", "")])],
        W,
        dt.datetime.combine(D(91), dt.time(11, 40, 2)),
    )
    c.pdf(
        "05 RIV/Actueel oordeel Hoekstra.pdf",
        [
            Title("Actueel oordeel bedrijfsarts"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(108)))]),
            Para("Stand van zaken: 4 x 5 uur eigen werk in een vaste ploeg. Belastbaarheid: zie probleemanalyse, licht verbeterd. Arbeidsrelatie: goed; passende arbeid bij de werkgever tot het einde van het contract."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(108)))]),
        ],
        A,
    )
    c.pdf(
        "05 RIV/Eindevaluatie Lotte Hoekstra.pdf",
        [
            Title("Eindevaluatie plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(end))]),
            Para("Terugblik: opbouw naar 20 uur eigen werk. Aard van het bedrijf: groenvoorziening, 60 medewerkers, buitenwerk. Arbeidsrelatie: goed; het contract eindigt vandaag. Passende arbeid: 20 uur in een vaste ploeg."),
            Para("Visie werknemer: eens."),
            Signatures([Sig("Werkgever", hr, "HR-adviseur", L(end)), Sig("Werknemer", naam, F, L(end))]),
        ],
        W,
    )
    c.scan(
        "06 UWV/Ziekmelding einde dienstverband.pdf",
        [
            Title("Ziekmelding bij einde dienstverband"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Loonheffingennummer", lhn), ("Einde dienstverband", fmt_date(end, "dash")), ("Datum melding", fmt_date(D(140), "dash"))]),
            Para("Werknemer is ziek uit dienst gegaan; vangnet Ziektewet."),
        ],
        W,
    )
    c.scan(
        "06 UWV/Ontvangstbevestiging UWV.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields([("Datum", L(D(143))), ("Werknemer", naam), ("BSN", bsn)]),
            Para(f"Wij hebben uw ziekmelding op {L(D(140))} ontvangen. U had uw werknemer uiterlijk op de laatste werkdag, {L(end)}, ziek moeten melden. Wij beoordelen het recht op ziekengeld."),
        ],
        UWV,
    )
    c.scan(
        "06 UWV/Brief re-integratieverslag.pdf",
        [
            Title("Wij hebben het re-integratieverslag nodig"),
            Fields([("Datum", L(D(147))), ("Werknemer", naam), ("BSN", bsn)]),
            Para(f"Uw werknemer is na het einde van het dienstverband ziek. Stuur ons binnen 2 weken, uiterlijk {L(D(161))}, het re-integratieverslag."),
        ],
        UWV,
    )
    c.eml(
        "05 RIV/mijn oordeel.eml",
        f"{naam} <lotte.hoekstra@mailbox.example>",
        f"{hr} <i.koenders@groendelinge.example>",
        "mijn oordeel re-integratieverslag",
        D(155),
        f"Oordeel van de werknemer\n{naam}, BSN {bsn}\n\nIk ben het eens met het re-integratieverslag.\n\nLotte",
    )
    c.eml(
        "05 RIV/RIV verstuurd.eml",
        f"{hr} <i.koenders@groendelinge.example>",
        "Salarisadministratie <salaris@groendelinge.example>",
        "RIV Lotte verstuurd",
        D(158),
        f"Ter info: het re-integratieverslag van Lotte is vandaag ({fmt_date(D(158), 'dash')}) via het portaal naar UWV gestuurd.\n\nIlse",
    )
    assert 10 <= len(c.paths) <= 25, len(c.paths)
    return {
        "case": c,
        "checklist": "ziektewet-riv",
        "as_of": D(162),
        "aanvraag_wia": D(158),
        "planted": (
            f"Ziektewet, checked with --checklist ziektewet-riv in week 24 (D0+162). A banenafspraak employee under the no-risk "
            f"polis (vangnet ZW); her fixed-term contract ended on {end} (D0+119, week 18, so a full RIV); dossier.yaml gives the "
            "date the RIV went to UWV (D0+158, aanvraag_wia). (1) privacy: HR's mail to payroll '01 Verzuim/no-risk polis Lotte.eml' "
            "(D0+2) says which vangnet and why, and records the diagnosis (depressie; autisme as the reason for the old Wajong), the "
            "medication (sertraline) and the GGZ referral: the employer may record only whether a vangnet applies. (2) timeline: the "
            "sick report to UWV at the end of employment ('06 UWV/Ziekmelding einde dienstverband.pdf', a scan) was made on D0+140, "
            "21 days after the last working day (ZW art. 38 lid 2: on the last working day); UWV's confirmation says so. Traps: "
            "the sick-report form says 'Vangnetregeling Ziektewet van toepassing: ja' (allowed); the EV is dated on the last working "
            "day, complete and signed by both; the AO (D0+108) is before the end of employment and 50 days before the RIV date "
            "(inside 8 weeks); sick for 24 weeks, so no 42e-weeksmelding, EJE, AD-rapport or 2nd track; 'geen verlenging van het "
            "contract' in the contract letter is no vrijwillige verlenging; the PvA is a copier scan, a meeting a phone photo; "
            "BSN with spaces; KvK, loonheffingennummer, mobile."
        ),
        "must": [
            {"code": "medical_data", "path": "01 Verzuim/no-risk polis Lotte.eml", "why": "§8.7 (§5.1, §5.3): an employer mail records diagnosis, medication and treatment, and which vangnet applies"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3 (§2.3 ziek uit dienst, ZW art. 38 lid 2): the sick report to UWV is due on the last working day; made 21 days later"},
        ],
        "must_not": [
            {"code": "medical_data", "path": "01 Verzuim/Ziekmelding arbodienst.pdf", "why": "§8.7 (§5.1): whether a vangnet applies (yes/no) may be recorded"},
            {"code": "medical_data", "path": "02 Arbodienst/Probleemanalyse L. Hoekstra.pdf", "why": "§8.7 (§5.3): limitations only"},
            {"code": "late", "type": "eindevaluatie", "why": "§8.3 (§2.3): EV on the last working day"},
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA D0+36"},
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA PA+10"},
            {"code": "outdated", "why": "§8.4 (§2.5): AO 50 days before the RIV date, EV on the last working day"},
            {"code": "order", "why": "§8.3: AO before EV before the RIV date"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: sick 24 weeks, no EJE due"},
            {"code": "missing", "type": "arbeidsdeskundig_rapport", "why": "§8.2: not due (week 24)"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: not due (week 24)"},
            {"code": "missing", "type": "actueel_oordeel", "why": "§8.1: present"},
            {"code": "missing", "type": "eindevaluatie", "why": "§8.1: present"},
            {"code": "missing", "type": "oordeel_werknemer", "why": "§8.1: present (mail body)"},
            {"code": "extension", "why": "§8.3 (§2.3): 'geen verlenging van het contract' is no vrijwillige verlenging"},
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN; KvK, loonheffingennummer and mobile are no BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "future", "why": "§8.3: nothing is dated after as_of"},
        ],
    }


# --------------------------------------------------------------------------------------------
# case 5: the employer reported the illness to the arbodienst three weeks late; a GP's note as phone photo
# --------------------------------------------------------------------------------------------


def case5() -> dict:
    c = Case("late_melding_arbodienst_pa_laat_huisartsverklaring", dt.date(2025, 9, 1), 1905)
    c.bsn_kind = "dots"
    naam, vn = "Kevin Brandsma", "Kevin"
    wg = "Koeltransport Noordoost B.V."
    kvk, mob, lhn, big1, iban = c.la("kvk"), c.la("mobile31"), c.la("lhn"), c.la("big"), c.la("iban")
    W = style("kt19", wg, ("Transportweg 2, 9206 AK Drachten", f"KvK {kvk}"), font="condensed", accent=(0, 60, 140), letterhead="band")
    A = style("arbo19e", "ArboPunt Friesland", ("Leeuwarden", "spreekuur@arbopunt-fryslan.example"), font="sans", accent=(140, 0, 40))
    H = style("ha19e", "Huisartsenpraktijk De Wieken", ("Drachten", "Tel. 0512-000000"), font="serif", accent=(0, 0, 0))
    ba = "R. Zijlstra"
    pl = "Jelle Dijkstra"
    F = "Chauffeur koeltransport"
    D = c.d
    bsn = fmt_bsn(c.bsn, "dots")
    c.dossier(
        {
            "werknemer": {"naam": naam, "bsn": c.bsn, "functie": F},
            "werkgever": {"naam": wg, "loonheffingennummer": lhn, "aard_van_het_bedrijf": "Geconditioneerd wegtransport"},
            "bedrijfsarts": {"naam": ba, "organisatie": "ArboPunt Friesland"},
            "casemanager": {"naam": pl},
            "eerste_ziektedag": D(0),
        }
    )
    c.eml(
        "Verzuim/ziek.eml",
        f"{naam} <kevin.brandsma@mailbox.example>",
        f"Planning <planning@koeltransport-no.example>",
        "ziek",
        D(0),
        f"Jelle,\n\nIk meld me ziek vandaag, ik kan niet rijden. Ik ben bereikbaar op {mob}. Ik denk dat het wel een paar weken duurt.\n\nKevin",
        hour=6,
    )
    c.eml(
        "Verzuim/RE_ ziek.eml",
        f"{pl} <planning@koeltransport-no.example>",
        f"{naam} <kevin.brandsma@mailbox.example>",
        "RE: ziek",
        D(3),
        "Kevin,\n\nBeterschap. Wil je een doktersverklaring inleveren? Dan kan ik de planning erop aanpassen.\n\nJelle",
    )
    c.photo(
        "Verzuim/doktersverklaring Kevin.jpg",
        [
            Title("Verklaring"),
            Para(
                f"Hierbij verklaar ik dat de heer K. Brandsma, geboren 12-04-1988, bij mij onder behandeling is wegens een lumbale "
                "hernia met uitstraling in het linkerbeen. Hij gebruikt naproxen en tramadol en is verwezen naar de neuroloog voor een MRI. "
                "Autorijden is voorlopig niet verantwoord."
            ),
            Signatures([Sig("Huisarts", "A. de Boer", "huisarts", fmt_date(D(8), "dash"))]),
        ],
        H,
        dt.datetime.combine(D(8), dt.time(9, 31, 5)),
    )
    c.eml(
        "Verzuim/Ziekmelding Kevin Brandsma (te laat).eml",
        f"{pl} <planning@koeltransport-no.example>",
        "ArboPunt Friesland <spreekuur@arbopunt-fryslan.example>",
        f"Ziekmelding {naam}",
        D(22),
        f"Goedemiddag,\n\nExcuus voor de late melding: {naam} (BSN {bsn}), {F}, is ziek sinds {fmt_date(D(0), 'dash')}. "
        "Ik dacht dat het korter zou duren en de melding is blijven liggen. Verwachte duur: enkele weken. Geen ongeval, geen regres. "
        f"Telefoon {mob}.\n\nJelle Dijkstra, planner / verzuimcoördinator",
    )
    c.pdf(
        "Arbodienst/Bevestiging ziekmelding.pdf",
        [
            Title("Bevestiging ziekmelding"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Eerste ziektedag", fmt_date(D(0), "dash")), ("Datum melding", fmt_date(D(22), "dash"))]),
            Para("Let op: de melding is 22 dagen na de eerste ziektedag bij ons binnengekomen. De termijnen van de Wet verbetering poortwachter lopen vanaf de eerste ziektedag."),
        ],
        A,
    )
    c.eml(
        "Arbodienst/Uitnodiging spreekuur.eml",
        "ArboPunt Friesland <spreekuur@arbopunt-fryslan.example>",
        f"{naam} <kevin.brandsma@mailbox.example>",
        "Uitnodiging spreekuur bedrijfsarts",
        D(24),
        f"Beste {vn},\n\nU bent uitgenodigd voor het spreekuur van bedrijfsarts {ba} op {fmt_date(D(36), 'weekday')} om 10.20 uur.\n\nArboPunt Friesland",
    )
    c.docx(
        "Arbodienst/Terugkoppeling spreekuur.docx",
        [
            Title("Terugkoppeling spreekuur"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Datum spreekuur", L(D(36)))]),
            Para("Werknemer is op dit moment niet geschikt voor het eigen werk. Ik verwacht dreigend langdurig verzuim. De probleemanalyse volgt na aanvullende informatie. Medische gegevens zijn niet opgenomen."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(36)))]),
        ],
        A,
    )
    c.pdf(
        "Arbodienst/Probleemanalyse K. Brandsma.pdf",
        [
            Title("Probleemanalyse en advies"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Eerste ziektedag", L(D(0))), ("Datum", L(D(49)))]),
            Para("Door de late ziekmelding (" + fmt_date(D(22), "dash") + ") heeft het eerste spreekuur pas in week 6 plaatsgevonden. Er is sprake van dreigend langdurig verzuim."),
            Heading("Beperkingen en mogelijkheden"),
            Para("Niet geschikt voor rijden en laden/lossen. Wel mogelijk: licht administratief werk op de planning, 3 x 3 uur, afwisselend zitten en staan."),
            Heading("Prognose en advies"),
            Para("Verbetering verwacht in 2 tot 3 maanden. Plan van aanpak opstellen; start met werk op de planningsafdeling. Geen medische gegevens in deze rapportage."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(49)))]),
        ],
        A,
    )
    c.scan(
        "Plan van aanpak/Plan van aanpak Kevin getekend.pdf",
        [
            Title("Plan van aanpak re-integratie"),
            Fields([("Werknemer", naam), ("BSN", bsn), ("Casemanager", f"{pl}, verzuimcoördinator"), ("Datum", L(D(60)))]),
            Heading("Re-integratiedoel"),
            Para("Terugkeer als chauffeur; tot die tijd aangepast werk op de planning."),
            Heading("Activiteiten en termijnen"),
            Table(["Activiteit", "Termijn"], [["Planning 3 x 3 uur", "vanaf " + L(D(63))], ["Opbouw 4 x 4 uur", "na 4 weken"], ["Evaluatie", "elke 4 weken"]]),
            Heading("Visie werkgever"),
            Para("Op de planning is tijdelijk werk."),
            Heading("Visie werknemer"),
            Para("Ik wil weer rijden zodra het kan."),
            Signatures([Sig("Werkgever", pl, "verzuimcoördinator", L(D(60))), Sig("Werknemer", naam, F, L(D(60)))]),
        ],
        W,
    )
    c.docx(
        "Gesprekken/Evaluatie 1.docx",
        [Title("Evaluatie plan van aanpak"), Fields([("Werknemer", naam), ("BSN", bsn), ("Datum", L(D(74)))]), Para("Kevin werkt 3 x 3 uur op de planning. Afspraken nagekomen. Volgende evaluatie over vier weken.")],
        W,
    )
    c.pdf(
        "Verzuim/Loonstrook oktober.pdf",
        [
            Title("Loonstrook oktober 2025"),
            Fields([("Naam", naam), ("Personeelsnummer", "1187"), ("IBAN", iban), ("Loonheffingennummer werkgever", lhn)]),
            Table(["Omschrijving", "Bedrag"], [["Salaris (100% loondoorbetaling)", "2.940,00"], ["Loonheffing", "-412,50"]]),
        ],
        W,
    )
    assert 10 <= len(c.paths) <= 25, len(c.paths)
    return {
        "case": c,
        "checklist": None,
        "as_of": D(80),
        "aanvraag_wia": None,
        "planted": (
            "checked in week 12 (D0+80). (1) timeline: the planner reported the illness to the arbodienst only on D0+22 (his mail "
            "apologises; the arbodienst's confirmation notes it), the first spreekuur was on D0+36 and the probleemanalyse "
            "('Arbodienst/Probleemanalyse K. Brandsma.pdf') is dated D0+49: late (due D0+42). It blames the late report, which is "
            "the employer's own doing, so no valid ground under art. 5; at most a downgrade to a warning. (2) privacy: the "
            "planner asked for a doktersverklaring and filed a phone photo of the GP's note ('Verzuim/doktersverklaring Kevin.jpg', "
            "EXIF 6): diagnosis (lumbale hernia), medication (naproxen, tramadol), referral to a neurologist and an MRI. Traps: "
            "the bedrijfsarts's 'Terugkoppeling spreekuur' (D0+36, a Word file) says 'probleemanalyse volgt' and is no PA; the PvA "
            "(D0+60, a copier scan) is after the nominal D0+56 but within PA+14; the sick mails hold only allowed data; a payslip "
            "with IBAN and loonheffingennummer (no RIV document); 42e-weeksmelding, EJE and later steps not due; BSN with dots; "
            "a +31 mobile number."
        ),
        "must": [
            {"code": "late", "type": "probleemanalyse", "why": "§8.3: PA ≤ D0+42; dated D0+49 (a late report to the arbodienst is no art. 5 ground)"},
            {"code": "medical_data", "path": "Verzuim/doktersverklaring Kevin.jpg", "why": "§8.7 (§5.1, §5.3): a GP's note with diagnosis, medication and specialist in the employer's folder"},
        ],
        "must_not": [
            {"code": "late", "type": "plan_van_aanpak", "why": "§8.3: PvA D0+60 = PA+11 (≤ PA+14)"},
            {"code": "missing", "type": "probleemanalyse", "why": "§8.1: present (the terugkoppeling is no PA, but the PA exists)"},
            {"code": "missing", "type": "plan_van_aanpak", "why": "§8.1: present (a copier scan)"},
            {"code": "unsigned", "type": "plan_van_aanpak", "why": "§8.5: signed by both"},
            {"code": "missing", "type": "eerstejaarsevaluatie", "why": "§8.1: not due in week 12"},
            {"code": "late", "type": "ziekmelding_uwv", "why": "§8.3: the 42e-weeksmelding is not due until D0+294"},
            {"code": "medical_data", "path": "Verzuim/Ziekmelding Kevin Brandsma (te laat).eml", "why": "§8.7 (§5.1): only allowed data (duration, no accident, no regres)"},
            {"code": "medical_data", "path": "Arbodienst/Probleemanalyse K. Brandsma.pdf", "why": "§8.7 (§5.3): limitations only"},
            {"code": "medical_data", "path": "Arbodienst/Terugkoppeling spreekuur.docx", "why": "§8.7 (§5.3): no health data"},
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN; IBAN, mobile, loonheffingennummer and personnel number are no BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "no_first_sick_day", "why": "§8.3: dossier.yaml and the documents give it"},
            {"code": "future", "why": "§8.3: the planned steps are named in documents dated before as_of"},
        ],
    }


# --------------------------------------------------------------------------------------------
# case 6: clean, with a vrijwillige verlenging of 13 weeks; week 100, EV due in 24 days
# --------------------------------------------------------------------------------------------


def case6() -> dict:
    c = Case("schoon_verlenging_week101_ev_over_drie_weken", dt.date(2024, 6, 3), 1906)
    c.bsn_kind = "plain"
    naam, vn = "Petra Wijnstra", "Petra"
    wg = "Stichting Kinderopvang De Hooiberg"
    kvk, tel, lhn, big1, iban, mob = c.la("kvk"), c.la("phone"), c.la("lhn"), c.la("big"), c.la("iban"), c.la("mobile")
    W = style("hb19", wg, ("Schoolstraat 11, 8442 BT Heerenveen", f"KvK {kvk} · T {tel}"), font="sans", accent=(200, 90, 0))
    A = style("arbo19f", "Arbodienst Zuidoost-Friesland", ("Heerenveen", "bedrijfsarts@arbo-zof.example"), font="serif", accent=(30, 60, 90), letterhead="right")
    B = style("bur19f", "Werkpad Re-integratie", ("Sneek", f"IBAN {iban}"), font="condensed", accent=(0, 120, 90))
    ba = "H. (Hilde) Postma"
    cm = "Gerda Visser"
    F = "Pedagogisch medewerker"
    D = c.d
    c.dossier(
        {
            "werknemer": {"naam": naam, "bsn": c.bsn, "functie": F},
            "werkgever": {"naam": wg, "loonheffingennummer": lhn, "aard_van_het_bedrijf": "Kinderopvang (dagopvang en bso), 9 locaties"},
            "bedrijfsarts": {"naam": ba, "organisatie": "Arbodienst Zuidoost-Friesland"},
            "casemanager": {"naam": cm},
            "eerste_ziektedag": D(0),
            "aanvraag_wia": D(736),
        }
    )
    c.eml(
        "01 Verzuim/Ziekmelding Petra.eml",
        f"{cm} <g.visser@dehooiberg.example>",
        "Arbodienst Zuidoost-Friesland <bedrijfsarts@arbo-zof.example>",
        f"Ziekmelding {naam}",
        D(0),
        f"Hierbij melden wij {naam} (BSN {c.bsn}), {F}, ziek per {fmt_date(D(0), 'dash')}. Verwachte duur: onbekend. Geen ongeval. Telefoon {mob}.\n\nGerda Visser, casemanager",
    )
    c.pdf(
        "02 Arbodienst/Probleemanalyse Petra Wijnstra.pdf",
        [
            Title("Probleemanalyse"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(36)))]),
            Para("Dreigend langdurig verzuim. Medische gegevens zijn niet in deze rapportage opgenomen."),
            Para("Beperkingen: tillen van kinderen, bukken en langdurig op de grond zitten. Mogelijkheden: bso-werk met oudere kinderen en administratie, 3 x 3 uur."),
            Signatures([Sig("Bedrijfsarts", ba, f"bedrijfsarts, BIG {big1}", L(D(36)))]),
        ],
        A,
    )
    c.scan(
        "03 Plan van aanpak/PvA Petra getekend.pdf",
        [
            Title("Plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Casemanager", cm), ("Datum", L(D(50)))]),
            Para("Doel: terugkeer in het eigen werk, eerst op de bso. Activiteiten: 3 x 3 uur bso en administratie vanaf week 8, opbouw per zes weken. Evaluatiemomenten: elke zes weken."),
            Para("Visie werkgever: aangepast werk op de bso is mogelijk. Visie werknemer: ik begin graag op de bso."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(50))), Sig("Werknemer", naam, F, L(D(50)))]),
        ],
        W,
    )
    c.docx(
        "04 Gesprekken/Voortgang sept 2024.docx",
        [
            Title("Voortgangsgesprek"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(106)))]),
            Para("Petra werkt 3 x 4 uur op de bso. Eén zin op verzoek van Petra verwijderd: ██████████████████████. Verder gaat de opbouw volgens plan."),
        ],
        W,
    )
    c.scan(
        "05 UWV/Bevestiging ziekmelding 42e week.pdf",
        [Title("Bevestiging ziekmelding"), Fields([("Datum", L(D(290))), ("Werknemer", naam), ("BSN", c.bsn), ("Loonheffingennummer", lhn)]), Para("Wij hebben de ziekmelding op tijd ontvangen.")],
        UWV,
    )
    c.pdf(
        "06 AD/Arbeidsdeskundig rapport Wijnstra.pdf",
        [
            Title("Arbeidsdeskundig onderzoek"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(338)))]),
            Para("Eigen werk op de dagopvang (baby's en peuters) is niet passend wegens tillen en bukken. Passend: 20 uur bso en administratie. Advies: spoor 1 voor 20 uur, spoor 2 voor de overige 12 uur."),
            Signatures([Sig("Arbeidsdeskundige", "M. Hoekstra", "registerarbeidsdeskundige", L(D(338)))]),
        ],
        style("ad19f", "Arbeidsdeskundig Bureau Friesland", ("Leeuwarden",), font="sans"),
    )
    c.pdf(
        "07 Evaluaties/Eerstejaarsevaluatie Petra.pdf",
        [
            Title("Eerstejaarsevaluatie"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Datum", L(D(345)))]),
            Para("Terugblik op het eerste ziektejaar: 20 uur bso en administratie. Voor het tweede ziektejaar: spoor 1 voor 20 uur en een tweede spoor via Werkpad voor 12 uur."),
            Heading("Visie werkgever"),
            Para("We houden de 20 uur structureel beschikbaar."),
            Heading("Visie werknemer"),
            Para("Ik sta open voor werk elders voor de overige uren."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(345))), Sig("Werknemer", naam, F, L(D(345)))]),
        ],
        W,
    )
    c.docx(
        "03 Plan van aanpak/Bijstelling plan van aanpak mei 2025.docx",
        [
            Title("Bijstelling plan van aanpak"),
            Fields([("Werknemer", naam), ("BSN", c.bsn), ("Casemanager", cm), ("Datum", L(D(352)))]),
            Para("Deze bijstelling vervangt het plan van aanpak van " + L(D(50)) + ". Nieuw doel: 20 uur structureel aangepast werk (spoor 1) en 12 uur passend werk elders (spoor 2). Evaluatie elke zes weken."),
            Para("Visie werkgever: zie EJE. Visie werknemer: akkoord."),
            Signatures([Sig("Werkgever", cm, "casemanager", L(D(352))), Sig("Werknemer", naam, F, L(D(352)))]),
        ],
        W,
    )
    c.pdf(
        "08 Tweede spoor/Trajectplan Werkpad.pdf",
        [Title("Trajectplan 2e spoor"), Fields([("Kandidaat", naam), ("BSN", c.bsn), ("Start", L(D(373)))]), Para("Persoonsprofiel en zoekprofiel: administratief werk of klantcontact, 12 uur, regio Heerenveen.")],
        B,
    )
    for i, n in enumerate((429, 485, 541, 597, 653)):
        c.eml(
            f"08 Tweede spoor/Voortgangsrapportage {i + 1} Werkpad.eml",
            "Werkpad Re-integratie <rapportage@werkpad.example>",
            f"{cm} <g.visser@dehooiberg.example>",
            f"Voortgangsrapportage {i + 1} - {naam}",
            D(n),
            f"Voortgangsrapportage tweede spoor {i + 1}\nKandidaat: {naam}, BSN {c.bsn}\nRapportageperiode t/m {L(D(n))}\n\n"
            f"Activiteiten: {2 + i} sollicitaties, vacatures bekeken, {1 + i} netwerkgesprekken. Inzet goed.\n\nWerkpad Re-integratie",
        )
    c.pdf(
        "09 Verlenging/Gezamenlijk verzoek verlenging.pdf",
        [
            Title("Verzoek verlenging loondoorbetaling", "vrijwillige verlenging"),
            Fields([("Datum", L(D(590))), ("Werknemer", naam), ("BSN", c.bsn), ("Loonheffingennummer", lhn)]),
            Para("Werkgever en werknemer vragen samen om de loondoorbetaling met 13 weken te verlengen: de opbouw naar 24 uur loopt en het tweede spoor heeft een gesprek bij een zorgverzekeraar opgeleverd."),
            Signatures([Sig("Werkgever", "drs. B. Kuipers", "bestuurder", L(D(590))), Sig("Werknemer", naam, F, L(D(590)))]),
        ],
        W,
    )
    end_old, end_new = D(727, False), D(818, False)
    c.scan(
        "09 Verlenging/UWV beslissing verlenging.pdf",
        [
            Title("Beslissing verlenging loondoorbetaling"),
            Fields([("Datum", L(D(604))), ("Werknemer", naam), ("BSN", c.bsn)]),
            Para(f"U verlengt samen de loondoorbetaling met 13 weken. De wachttijd eindigt niet op {L(end_old)} maar op {L(end_new)}. Het re-integratieverslag moet uiterlijk {L(D(727, False))} klaar zijn; de werknemer kan de WIA-uitkering uiterlijk {L(D(741, False))} aanvragen."),
        ],
        UWV,
    )
    c.eml(
        "04 Gesprekken/verslag gesprek maart.eml",
        f"{cm} <g.visser@dehooiberg.example>",
        f"{naam} <petra.wijnstra@mailbox.example>",
        "verslag gesprek",
        D(667),
        "Hoi Petra,\n\nVerslag van vandaag: je werkt 24 uur (bso en administratie). Het tweede spoor loopt door. "
        f"Het actueel oordeel bij de bedrijfsarts volgt op {L(D(710))}, de eindevaluatie plannen we op {L(D(718))}.\n\nGerda",
    )
    c.scan(
        "05 UWV/Brief WIA aanvragen.pdf",
        [Title("U kunt een WIA-uitkering aanvragen"), Fields([("Datum", L(D(701))), ("Werknemer", naam), ("BSN", c.bsn)]), Para(f"De wachttijd eindigt op {L(end_new)}. Uw werknemer kan uiterlijk {L(D(741, False))} een WIA-uitkering aanvragen.")],
        UWV,
    )
    c.eml(
        "02 Arbodienst/Uitnodiging actueel oordeel.eml",
        "Arbodienst Zuidoost-Friesland <bedrijfsarts@arbo-zof.example>",
        f"{naam} <petra.wijnstra@mailbox.example>",
        "Uitnodiging spreekuur actueel oordeel",
        D(697),
        f"Beste {vn},\n\nU bent uitgenodigd voor het spreekuur van {ba} op {fmt_date(D(710), 'weekday')} om 9.40 uur, voor het actueel oordeel ten behoeve van uw WIA-aanvraag.\n\nArbodienst Zuidoost-Friesland",
    )
    assert 10 <= len(c.paths) <= 25, len(c.paths)
    return {
        "case": c,
        "checklist": None,
        "as_of": D(703),
        "aanvraag_wia": D(736),
        "planted": (
            "nothing (yet). Checked in week 101 (D0+703). A vrijwillige verlenging of 13 weeks (joint request D0+590, UWV's decision "
            "D0+604, a scan) moves the end of the wachttijd from D0+727 to D0+818: RIV and eindevaluatie due by D0+727 (24 days after "
            "as_of), application by D0+741 (planned D0+736 in dossier.yaml). The AO is booked for D0+710 (invitation mail), the EV for "
            "D0+718. Traps: as_of is past weeks 88-93 with no AO, EV or application and no week-88 letter (UWV's letter came at "
            "D0+701, after the extension); part-time 24 of 32 hours; a 2nd track on time (trajectplan D0+373) with reports every 56 "
            "days (the last 50 days before as_of); a bijstelling PvA that replaces the PvA; a correctly redacted sentence (block "
            "characters) in a meeting report; kinderopvang words (tillen, bukken, baby's); PvA a copier scan; IBAN, KvK, "
            "loonheffingennummer, phone and mobile; BSN plain; a selection of meetings (gaps not judged)."
        ),
        "must": [
            {"code": "extension", "why": "§8.3 (§2.3 vrijwillige verlenging): UWV's decision in the folder moves the end of the wachttijd"},
        ],
        "must_not": [
            {"code": "late", "why": "§8.3: everything on time; EV due D0+727 and application D0+741 under the extension"},
            {"code": "missing", "type": "actueel_oordeel", "severity": "error", "why": "§8.1 (§2.3): booked; not due before D0+727 under the extension"},
            {"code": "missing", "type": "eindevaluatie", "severity": "error", "why": "§8.1 (§2.3): due D0+727"},
            {"code": "missing", "type": "oordeel_werknemer", "severity": "error", "why": "§8.1: comes with the application (D0+736)"},
            {"code": "missing", "type": "trajectplan_tweede_spoor", "why": "§8.2: present, D0+373"},
            {"code": "report_gap", "why": "§8.3: reports every 56 days, last 50 days before as_of"},
            {"code": "medical_data", "why": "§8.7 (§5.3): no health data; the redacted sentence is blacked out"},
            {"code": "bsn_invalid", "why": "§8.5: one valid BSN"},
            {"code": "bsn_mismatch", "why": "§8.5: the same BSN everywhere"},
            {"code": "unsigned", "why": "§8.5: PvA, bijstelling and EJE signed by both"},
        ],
        "no_errors": True,
    }


# --------------------------------------------------------------------------------------------


def main() -> None:
    if CASES.exists():
        shutil.rmtree(CASES)
    exp_path = HERE / "expected.yaml"
    if exp_path.exists():
        exp_path.unlink()
    results = [case1(), case2(), case3(), case4(), case5(), case6()]
    bsns = [r["case"].bsn for r in results]
    assert len(set(bsns)) == len(bsns)
    for b in bsns:
        assert bsn_valid(b), b
    assert not bsn_valid(make_invalid_bsn(random.Random(1)))  # the helper works; no invalid BSN is planted in this set
    out: dict = {}
    for r in results:
        c: Case = r["case"]
        for s in c.lookalikes:
            assert no_bsn_window(s), s
        for rel in [e["path"] for e in r["must"] + r["must_not"] if "path" in e]:
            assert (c.dir / rel).exists(), rel
        for e in r["must"] + r["must_not"]:
            assert e["why"].startswith("§8"), e
        entry: dict = {"as_of": r["as_of"].isoformat(), "first_sick_day": c.d0.isoformat()}
        if r["checklist"]:
            entry["checklist"] = r["checklist"]
        if r["aanvraag_wia"]:
            entry["aanvraag_wia"] = r["aanvraag_wia"].isoformat()
        entry["planted"] = r["planted"]
        entry["must"] = r["must"]
        entry["must_not"] = r["must_not"]
        if r.get("no_errors"):
            entry["no_errors"] = True
        out[c.name] = entry
    header = (
        "# Expected findings of findings holdout 19. GENERATED by make_holdout19.py: edit the cases there.\n"
        "# Written from DOMAIN.md (§8), CONTRACT.md and the finding codes of docs/handleiding.md §6, without reading the\n"
        "# rule code and without running the tool. Untouched holdout: do not tune the rules on it (if you do, say so in\n"
        "# README.md).\n#\n"
        "# Per case: as_of (the --as-of date), checklist (like --checklist, when not wia-aanvraag), planted (what is wrong\n"
        "# and the traps), must / must_not (lists of {code?, type?, path?, severity?, why}); a finding matches an entry when\n"
        "# every given key is equal. no_errors: true -> no finding of severity error at all. first_sick_day / aanvraag_wia\n"
        "# repeat dossier.yaml.\n\n"
    )
    exp_path.write_text(header + yaml.safe_dump(out, sort_keys=False, allow_unicode=True, width=120), encoding="utf-8")


if __name__ == "__main__":
    main()
