"""Generate tests/corpus25 (untouched holdout; a realistic mix from four unknown mid-sized employers).

Run: /work/main/.venv/bin/python tests/corpus25/make_corpus25.py   (rewrites files/ and labels.csv)
"""
from __future__ import annotations

import csv
import datetime as dt
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from gen_lib import (draw_page, elfproef, eml, make_bsn, merge_pdfs, normalise_pdf, photo, portal_html,  # noqa: E402
                     portal_screen, scan_pdf, screen_photo, soffice_pdf, wkhtml, write_docx)

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
D = dt.date
LABELS: list[tuple[str, str, str, str]] = []
STAGE = Path(tempfile.mkdtemp(prefix="c25_"))
CONVERT: list[tuple[str, Path, D]] = []  # (stage id, final path, date)
PDFDATES: dict[Path, D] = {}
ATTACH: list = []

BSN = {c: make_bsn(s) for c, s in (("A", 2501), ("B", 2502), ("C", 2503), ("D", 2504))}
for v in BSN.values():
    assert elfproef(v) and len(v) == 9
assert len(set(BSN.values())) == 4

A = "Rederij Waddenkaap - Bouma J (verzuim 24-0318)"
B = "Recycling Hessingveen - K. Demir"
C = "Zuivelfabriek De Marskamp - Schuurman A"
DD = "Opticiens Helderzicht - dossier L. van Oijen"


def lab(path: str, typ: str, date: D | None, note: str) -> None:
    assert note.count(";") == 2, note
    LABELS.append((path, typ, date.isoformat() if date else "", note))


def out(case: str, name: str) -> Path:
    p = FILES / case / name
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def conv(case: str, name: str, blocks, author: str, when: D, header=None) -> Path:
    sid = f"c{len(CONVERT):02d}"
    write_docx(STAGE / f"{sid}.docx", blocks, author, when, header)
    final = STAGE / name if case == "_stage" else out(case, name)
    CONVERT.append((sid, final, when))
    return final


def portal(case: str, name: str, when: D, **kw) -> Path:
    p = out(case, name) if case else STAGE / name
    wkhtml(portal_html(**kw), p)
    PDFDATES[p] = when
    return p


def mdate(d: D, hh: int, mm: int) -> str:
    off = "+0200" if 4 <= d.month <= 10 else "+0100"
    return f"{d:%a}, {d.day:02d} {d:%b %Y} {hh:02d}:{mm:02d}:00 {off}"


def nl(d: D) -> str:
    m = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
         "november", "december"][d.month - 1]
    return f"{d.day} {m} {d.year}"


# =============================================================== case A: ferry service
def case_a() -> None:
    b = BSN["A"]
    wn = "J. (Jorien) Bouma"
    wg = "Rederij Waddenkaap B.V., Havenkade 3, 8897 KT Kaaphaven"
    lhn = "812345678L01"
    port = dict(brand="Arbo Waddenpoort · Mijn Verzuim", color="#1f5f8b",
                footer="Arbo Waddenpoort B.V. · Dijkweg 88, 8861 RB Westermeer · portal.waddenpoort.example")
    hr = dict(brand="Personalia 365", color="#5b2a86", footer="Personalia 365 · Rederij Waddenkaap B.V. · module Verzuim")
    # 1 HR system: ziekmelding (non-RIV)
    portal(A, "Personalia 365 - verzuimmelding.pdf", D(2024, 3, 5), **hr,
           crumbs="Medewerkers › Bouma, J. › Verzuim › Melding", title="Verzuimmelding",
           printed="Afgedrukt 05-03-2024 08:41 door M. Posthuma",
           fields=[("Medewerker", "Bouma, Jorien (pers.nr. 20417)"), ("Afdeling", "Vloot · MS Kaapster · dek"),
                   ("Eerste verzuimdag", "04-03-2024"), ("Melding ontvangen", "04-03-2024 06:12 (telefonisch, teamleider)"),
                   ("Verwachte duur", "onbekend"), ("Bedrijfsongeval", "nee"), ("Regres", "nee"),
                   ("Doorgezet naar arbodienst", "05-03-2024 (Arbo Waddenpoort)")],
           sections=[("Opmerking", ["Bereikbaar op eigen adres. Afspraak spreekuur volgt via arbodienst."])])
    lab(f"{A}/Personalia 365 - verzuimmelding.pdf", "", None, "A;wkhtmltopdf HR system print;sick report in the personnel system is no RIV document")
    # 2 PA portal
    pa = D(2024, 4, 10)
    portal(A, "Mijn Verzuim - probleemanalyse.pdf", pa, **port,
           crumbs="Dossier 24-0318 › Documenten › Probleemanalyse", title="Probleemanalyse",
           printed="Afgedrukt 11-04-2024 14:02",
           fields=[("Werknemer", wn), ("BSN", b), ("Geboortedatum", "12-07-1986"), ("Werkgever", wg),
                   ("Loonheffingennummer", lhn), ("Functie", "Matroos / dekmedewerker, 36 uur in vaarrooster"),
                   ("Eerste ziektedag", "04-03-2024"), ("Datum spreekuur", "10-04-2024"),
                   ("Bedrijfsarts", "drs. H. Scheltema, bedrijfsarts, BIG 19087654301")],
           sections=[("Dreigend langdurig verzuim", ["Er is sprake van dreigend langdurig verzuim. Volledige hervatting in het eigen werk verwacht ik niet binnen drie maanden."]),
                     ("Beperkingen en mogelijkheden", ["- Niet klimmen op trappen en ladders van het schip, niet werken op een bewegend of glad dek.",
                      "- Tillen tot ca. 10 kg, niet langdurig staan (max. 30 min aaneen).",
                      "- Wel: zittend werk, baliewerk, administratieve taken, 4 uur per dag."]),
                     ("Prognose", ["Naar verwachting geleidelijke verbetering in 3 tot 6 maanden. Terugkeer aan dek is onzeker."]),
                     ("Advies aan werkgever en werknemer", ["Start met passende taken aan wal (terminal, kaartverkoop) en stel binnen twee weken samen een plan van aanpak op. Evaluatie op mijn spreekuur over 6 weken."])])
    lab(f"{A}/Mijn Verzuim - probleemanalyse.pdf", "probleemanalyse", pa, "A;wkhtmltopdf arbodienst portal print;standard title")
    # 3 PvA docx kept
    pva = D(2024, 4, 19)
    write_docx(out(A, "Plan van aanpak Jorien Bouma.docx"), [
        ("h", "Plan van aanpak"),
        ("t", [["Werknemer", wn], ["BSN", b], ["Functie", "Matroos / dekmedewerker (36 uur)"], ["Werkgever", wg],
               ["Eerste ziektedag", "4 maart 2024"], ["Casemanager", "Marleen Posthuma, personeelsadviseur"],
               ["Bedrijfsarts", "drs. H. Scheltema (Arbo Waddenpoort)"]]),
        ("h2", "Doel"), ("p", "Terugkeer in het eigen werk aan dek; tot die tijd passende taken aan wal."),
        ("h2", "Activiteiten en termijnen"),
        ("b", "Vanaf 22 april: 3 x 4 uur kaartverkoop en passagiersservice in de terminal."),
        ("b", "Fysiotherapie volgens afspraak (eigen regie Jorien)."),
        ("b", "Na zes weken opbouw naar 4 x 5 uur als de bedrijfsarts akkoord is."),
        ("h2", "Evaluatie"), ("p", "Iedere zes weken een gesprek met Jorien, Gerrit Wiersma (teamleider dek) en de casemanager; eerste keer half mei."),
        ("h2", "Visie werkgever"), ("p", "Wij willen Jorien graag behouden voor de vloot en zetten in op terugkeer aan boord."),
        ("h2", "Visie werknemer"), ("p", "Ik wil terug aan boord, maar snap dat het eerst aan wal moet."),
        ("t", [["Voor akkoord werkgever", "Voor akkoord werknemer"], ["M. Posthuma, 19-04-2024", "J. Bouma, 19-04-2024"]])],
        "Marleen Posthuma", pva, header="Rederij Waddenkaap B.V. · P&O")
    lab(f"{A}/Plan van aanpak Jorien Bouma.docx", "plan_van_aanpak", pva, "A;python-docx Word kept as .docx;standard title")
    # 4 yearless note
    te = D(2024, 5, 14)
    out(A, "gesprek met Jorien 14-5.txt").write_text(
        "gesprek met Jorien 14-5 (met Gerrit erbij)\n\n"
        "- kaartverkoop gaat goed, 3x4 uur lukt, knie wel dik na de zaterdagdienst\n"
        "- afspraken uit het plan: fysio loopt, uren gehaald\n"
        "- volgende stap: na spreekuur Scheltema eind mei naar 4x5 uur\n"
        "- Jorien wil in de zomer graag mee met de vroege afvaart als steward (zittend?) -> navragen bij bedrijfsarts\n"
        "- volgende evaluatie over 6 weken, ik plan het in\n\nMarleen\n", encoding="utf-8")
    lab(f"{A}/gesprek met Jorien 14-5.txt", "tussentijdse_evaluatie", te, "A;plain-text note;everyday words without title and without a year (date from file name)")
    # 5 bijstelling PA portal
    bpa = D(2024, 8, 20)
    portal(A, "Mijn Verzuim - vervolgconsult 20-08-2024.pdf", bpa, **port,
           crumbs="Dossier 24-0318 › Documenten › Spreekuurverslag", title="Terugkoppeling spreekuur · bijstelling probleemanalyse",
           printed="Afgedrukt 21-08-2024 09:15",
           fields=[("Werknemer", wn), ("BSN", b), ("Werkgever", "Rederij Waddenkaap B.V."), ("Datum spreekuur", "20-08-2024"),
                   ("Bedrijfsarts", "drs. H. Scheltema, bedrijfsarts")],
           sections=[("Wat is er gewijzigd", ["De opbouw is gestagneerd. De belastbaarheid is herzien: werken aan dek blijft voorlopig uitgesloten; ik verwacht dat dit langer dan een jaar duurt."]),
                     ("Herziene belastbaarheid", ["- Zittend en afwisselend werk 5 dagen x 5 uur mogelijk.", "- Geen trappen/ladders, geen deinende ondergrond."]),
                     ("Advies", ["Stel het plan van aanpak bij. Onderzoek passend werk aan wal en vraag een arbeidsdeskundig onderzoek aan vóór het einde van het eerste ziektejaar."])])
    lab(f"{A}/Mijn Verzuim - vervolgconsult 20-08-2024.pdf", "bijstelling_probleemanalyse", bpa, "A;wkhtmltopdf arbodienst portal print;title 'Terugkoppeling spreekuur' with bijstelling only in the subtitle")
    # 6 42e-weeksmelding in HR system
    zm = D(2024, 12, 20)
    portal(A, "Personalia 365 - melding UWV.pdf", zm, **hr,
           crumbs="Medewerkers › Bouma, J. › Verzuim › UWV", title="Ziekmelding UWV (langdurig verzuim)",
           printed="Afgedrukt 20-12-2024 11:30 door M. Posthuma",
           fields=[("Medewerker", wn), ("BSN", b), ("Loonheffingennummer", lhn), ("Eerste ziektedag", "04-03-2024"),
                   ("Soort melding", "Ziekmelding na 42 weken"), ("Verzonden aan UWV", "20-12-2024 11:28"),
                   ("Status", "Verzonden · ontvangstbevestiging volgt via werkgeversportaal")],
           sections=[])
    lab(f"{A}/Personalia 365 - melding UWV.pdf", "ziekmelding_uwv", zm, "A;wkhtmltopdf HR system print;42-week report sent from the personnel system")
    # 7 combined export: AD report + IZP
    ad = D(2025, 2, 10)
    p1 = portal("", "a_ad.pdf", ad, **port, crumbs="Dossier 24-0318 › Documenten › Arbeidsdeskundig onderzoek",
                title="Rapportage arbeidsdeskundig onderzoek", printed="Export 03-03-2025",
                fields=[("Werknemer", wn), ("BSN", b), ("Werkgever", wg), ("Aard van het bedrijf", "veerdienst, 4 schepen, 240 medewerkers"),
                        ("Arbeidsdeskundige", "I. van Damme, register-arbeidsdeskundige"), ("Datum rapport", "10-02-2025")],
                sections=[("Vraagstelling", ["Is Jorien geschikt voor het eigen werk, en zo nee, welk werk bij of buiten de rederij is passend?"]),
                          ("Functiebelasting en belastbaarheid", ["De functie matroos vraagt klimmen, trossen, staan op deinend dek en tillen tot 25 kg. Dit past niet bij de belastbaarheid (bijstelling 20-08-2024)."]),
                          ("Conclusie en advies", ["Eigen werk is niet passend, ook niet aangepast. Spoor 1: kaartverkoop/passagiersservice 24 uur is passend maar structureel beperkt in uren. Start daarnaast het tweede spoor. Loonwaarde in kaartverkoop ca. 90%."])])
    p2 = portal("", "a_izp.pdf", ad, **port, crumbs="Dossier 24-0318 › Documenten › Inzetbaarheidsprofiel",
                title="Inzetbaarheidsprofiel", printed="Export 03-03-2025",
                fields=[("Werknemer", wn), ("BSN", b), ("Datum", "03-02-2025"), ("Opgesteld door", "drs. H. Scheltema, bedrijfsarts")],
                sections=[("Persoonlijk functioneren", ["Geen beperkingen."]), ("Sociaal functioneren", ["Geen beperkingen."]),
                          ("Dynamische handelingen", ["Beperkt: klimmen, traplopen, knielen, tillen > 10 kg."]),
                          ("Statische houdingen", ["Staan max. 30 min aaneen."]), ("Werktijden", ["Max. 6 uur per dag."])])
    merge_pdfs([p1, p2], out(A, "Alle documenten dossier 24-0318.pdf"))
    PDFDATES[out(A, "Alle documenten dossier 24-0318.pdf")] = D(2025, 3, 3)
    lab(f"{A}/Alle documenten dossier 24-0318.pdf", "arbeidsdeskundig_rapport", ad,
        "A;wkhtmltopdf portal export merged with pikepdf;combined export labelled by its FIRST document (AD report) - page 2 is an inzetbaarheidsprofiel")
    # 8 EJE in pva.pdf
    eje = D(2025, 2, 24)
    conv(A, "pva.pdf", [
        ("h", "Eerstejaarsevaluatie"),
        ("t", [["Werknemer", wn], ["BSN", b], ["Werkgever", "Rederij Waddenkaap B.V."], ["Eerste ziektedag", "4 maart 2024"],
               ["Datum gesprek", "24 februari 2025"], ["Aanwezig", "J. Bouma, G. Wiersma (teamleider dek), M. Posthuma (casemanager)"]]),
        ("h2", "Terugblik op het eerste ziektejaar"),
        ("p", "Jorien werkt sinds april in de kaartverkoop, inmiddels 4 x 6 uur. Terugkeer aan dek is volgens de bedrijfsarts en de arbeidsdeskundige niet meer haalbaar."),
        ("h2", "Re-integratieresultaat voor het tweede ziektejaar"),
        ("p", "Doel: structureel passend werk. Spoor 1: vaste plek passagiersservice (24 uur). Spoor 2: start uiterlijk eind maart via Horizonlijn Loopbaan voor de resterende uren."),
        ("h2", "Visie werkgever"), ("p", "Wij bieden 24 uur passagiersservice aan; meer uren aan wal hebben wij niet."),
        ("h2", "Visie werknemer"), ("p", "Jammer van het varen, maar ik sta open voor werk aan wal en wil de andere uren ergens anders zoeken."),
        ("p", "Getekend: M. Posthuma (werkgever) en J. Bouma (werknemer), 24-02-2025")], "Marleen Posthuma", eje)
    lab(f"{A}/pva.pdf", "eerstejaarsevaluatie", eje, "A;python-docx to LibreOffice PDF;misleading name pva.pdf holds the eerstejaarsevaluatie")
    # 9 bijstelling PvA as mail body
    bpv = D(2025, 3, 7)
    eml(out(A, "RE Aangepaste afspraken na de evaluatie.eml"), "Marleen Posthuma <m.posthuma@waddenkaap.example>",
        "Jorien Bouma <jorien.bouma@zeepost.example>", "Aangepaste afspraken na de evaluatie", mdate(bpv, 10, 14),
        f"Hoi Jorien,\n\nZoals besproken passen we ons plan van aanpak aan. Dit zijn de nieuwe afspraken (BSN {b}):\n\n"
        "1. Nieuw doel: passend werk aan wal. Bij ons: vaste plek passagiersservice, 24 uur per week vanaf 1 april.\n"
        "2. Spoor 2: Horizonlijn Loopbaan begeleidt je bij het vinden van werk buiten de rederij voor de overige 12 uur; intake in maart.\n"
        "3. Evaluatie elke zes weken blijft; de bedrijfsarts ziet je in mei.\n"
        "4. Casemanager blijf ik.\n\nWil je per mail laten weten of je akkoord bent? Dan hangt dit aan het plan van aanpak in je dossier.\n\n"
        "Groet,\nMarleen Posthuma\nPersoneelsadviseur | Rederij Waddenkaap B.V.\n", "c25a-bpva")
    lab(f"{A}/RE Aangepaste afspraken na de evaluatie.eml", "bijstelling_plan_van_aanpak", bpv, "A;Outlook-style e-mail;the mail body is the bijstelling in everyday words")
    # 10 trajectplan 2nd track (Word -> PDF)
    tp = D(2025, 3, 28)
    conv(A, "Horizonlijn - trajectplan J. Bouma.pdf", [
        ("h", "Trajectplan tweede spoor"),
        ("t", [["Kandidaat", wn], ["BSN", b], ["Opdrachtgever", "Rederij Waddenkaap B.V."], ["Loopbaanadviseur", "Tamara Eijkelboom"], ["Datum", "28 maart 2025"]]),
        ("h2", "Intake"), ("p", "Jorien (38) is matroos met een diploma MBO maritiem en ervaring in passagiersservice. Zij wil werken in een omgeving met mensen en bij voorkeur in de havens."),
        ("h2", "Persoonsprofiel en zoekprofiel"), ("p", "Zoekrichting: baliefuncties havenkantoor, reisbureau, klantenservice vervoersbedrijven, 12 uur per week."),
        ("h2", "Activiteiten"), ("b", "Arbeidsmarktoriëntatie (april)"), ("b", "Sollicitatietraining en cv (mei)"), ("b", "Netwerkgesprekken en vacatures (vanaf juni)"),
        ("p", "Voortgangsrapportage elke drie maanden aan werkgever. Horizonlijn Loopbaan, Kaaphaven.")], "Tamara Eijkelboom", tp)
    lab(f"{A}/Horizonlijn - trajectplan J. Bouma.pdf", "trajectplan_tweede_spoor", tp, "A;python-docx to LibreOffice PDF;standard title")
    # 11 covering mail + voortgangsrapportage attachment (built later; needs staged PDF)
    vr = D(2025, 6, 30)
    vrp = conv("_stage", "Voortgangsrapportage Q2 J. Bouma.pdf", [
        ("h", "Voortgangsrapportage"),
        ("t", [["Kandidaat", wn], ["BSN", b], ["Rapportageperiode", "1 april – 30 juni 2025"], ["Loopbaanadviseur", "T. Eijkelboom"]]),
        ("h2", "Activiteiten in deze periode"), ("b", "6 coachgesprekken, cv herschreven"), ("b", "9 sollicitaties, 2 gesprekken (havenkantoor Westermeer, busmaatschappij)"),
        ("b", "4 netwerkgesprekken"), ("h2", "Inzet kandidaat"), ("p", "Goed. Jorien komt afspraken na."),
        ("h2", "Vervolg"), ("p", "Focus op parttime baliefuncties in de regio."), ("p", "30 juni 2025, T. Eijkelboom")], "Tamara Eijkelboom", vr)
    ATTACH.append(lambda: eml(out(A, "FW voortgangsrapportage Jorien.eml"), "Tamara Eijkelboom <t.eijkelboom@horizonlijn.example>",
        "Marleen Posthuma <m.posthuma@waddenkaap.example>", "FW: voortgangsrapportage Jorien", mdate(D(2025, 7, 1), 8, 55),
        "Goedemorgen Marleen,\n\nIn de bijlage de rapportage over het tweede kwartaal. Bel gerust als je vragen hebt.\n\n"
        "Met vriendelijke groet,\nTamara Eijkelboom\nLoopbaanadviseur | Horizonlijn Loopbaan\n", "c25a-vr",
        attach=[(vrp.name, vrp.read_bytes(), "application/pdf")]))
    lab(f"{A}/FW voortgangsrapportage Jorien.eml", "", None, "A;Outlook-style covering mail;a mail that only covers an attachment is no RIV document")
    lab(f"{A}/FW voortgangsrapportage Jorien.eml::Voortgangsrapportage Q2 J. Bouma.pdf", "voortgangsrapportage_tweede_spoor", vr, "A;LibreOffice PDF attached to a mail;document inside the covering mail")
    # 12 UWV letter as scan named AO.pdf
    uw = D(2025, 11, 5)
    pg = draw_page(["UWV", "", "Rederij Waddenkaap B.V.", "t.a.v. de afdeling P&O", "Havenkade 3", "8897 KT Kaaphaven", "",
                    f"Datum  {nl(uw)}", "Ons kenmerk  WIA-88/30719", f"Betreft  uw werknemer J. Bouma, BSN {b}", "",
                    "Geachte heer/mevrouw,", "",
                    "Uw werknemer is bijna 2 jaar ziek. Wij hebben hem/haar een brief gestuurd over het",
                    "aanvragen van een WIA-uitkering. De aanvraag moet uiterlijk 11 weken voor het einde",
                    "van de wachttijd bij ons binnen zijn. Stel samen met uw werknemer het re-integratie-",
                    "verslag op en geef uw werknemer een kopie van alle documenten.",
                    "Na de aanvraag levert u het re-integratieverslag aan via het werkgeversportaal.", "",
                    "Met vriendelijke groet,", "", "UWV", "Afdeling Sociaal Medische Zaken"],
                   2512, stamp=("ONTVANGEN", "7 NOV 2025  P&O"))
    scan_pdf([pg], out(A, "AO.pdf"), 2512, uw)
    lab(f"{A}/AO.pdf", "uwv_correspondentie", uw, "A;image-only copier scan (Pillow) with received stamp;misleading name AO.pdf holds the UWV week-88 letter")
    # 13 AO: photo of laptop screen showing portal
    ao = D(2025, 11, 12)
    scr = portal_screen("Arbo Waddenpoort · Mijn Verzuim", (31, 95, 139), "https://portal.waddenpoort.example/dossier/24-0318/doc/77",
                        "Actueel oordeel bedrijfsarts", [("Werknemer", wn), ("BSN", b), ("Datum", "12-11-2025"),
                        ("Bedrijfsarts", "drs. H. Scheltema"), "", "Stand van zaken: werkt 24 uur passagiersservice, duurzaam.",
                        "Belastbaarheid: ongewijzigd t.o.v. inzetbaarheidsprofiel 03-02-2025.",
                        "Arbeidsrelatie: goed, geen belemmeringen.",
                        "Passende arbeid bij de werkgever: 24 uur passagiersservice; meer niet.",
                        "Dit oordeel is bestemd voor het re-integratieverslag (WIA-aanvraag)."])
    screen_photo(scr, out(A, "WhatsApp Image 2025-11-12 at 15.40.22.jpeg"), 2513)
    lab(f"{A}/WhatsApp Image 2025-11-12 at 15.40.22.jpeg", "actueel_oordeel", ao, "A;Pillow phone photo of a laptop screen showing the arbodienst portal;photo of a portal page")
    # 14 EV docx kept
    ev = D(2025, 11, 26)
    write_docx(out(A, "Eindevaluatie re-integratie J. Bouma.docx"), [
        ("h", "Eindevaluatie"),
        ("t", [["Werknemer", wn], ["BSN", b], ["Werkgever", wg], ["Aard van het bedrijf", "Veerdienst tussen vaste wal en twee eilanden; 4 schepen, 240 medewerkers"],
               ["Datum", "26 november 2025"], ["Opgesteld door", "M. Posthuma, personeelsadviseur / casemanager"]]),
        ("h2", "Terugblik op twee jaar"),
        ("p", "Na de knieklachten kon Jorien niet terug aan dek. Zij werkt nu 24 uur in de passagiersservice; het tweede spoor via Horizonlijn heeft nog geen baan opgeleverd voor de overige uren."),
        ("h2", "Kwaliteit van de arbeidsrelatie"), ("p", "Goed; open contact, afspraken worden nagekomen."),
        ("h2", "Passende arbeid"), ("p", "Bij de rederij is 24 uur passend werk aanwezig; daarboven niet. Dit sluit aan op het actueel oordeel van 12 november 2025."),
        ("p", "Werkgever: M. Posthuma          Werknemer: J. Bouma          Kaaphaven, 26-11-2025")],
        "Marleen Posthuma", ev, header="Rederij Waddenkaap B.V. · P&O · vertrouwelijk")
    lab(f"{A}/Eindevaluatie re-integratie J. Bouma.docx", "eindevaluatie", ev, "A;python-docx Word kept as .docx;standard title")
    # 15 oordeel werknemer: reply chain
    ow = D(2025, 12, 1)
    eml(out(A, "RE RE re-integratieverslag ter inzage.eml"), "Jorien Bouma <jorien.bouma@zeepost.example>",
        "Marleen Posthuma <m.posthuma@waddenkaap.example>", "RE: RE: re-integratieverslag ter inzage", mdate(ow, 20, 47),
        "Hoi Marleen,\n\nIk heb alles doorgelezen. Hierbij mijn mening voor bij het verslag:\n"
        "Ik ben het eens met de beschrijving van mijn werk, de beperkingen en wat er is gedaan. Ik ben het niet eens met de zin dat "
        "er bij de rederij niet meer dan 24 uur aan wal is: in het zomerseizoen is er extra werk in de terminal. Verder vind ik dat "
        "Horizonlijn pas laat met echte vacatures kwam.\n\nGroet, Jorien Bouma\nBSN " + b + "\n\n"
        "-----Oorspronkelijk bericht-----\nVan: Marleen Posthuma <m.posthuma@waddenkaap.example>\nVerzonden: donderdag 27 november 2025 09:02\n"
        "Aan: Jorien Bouma\nOnderwerp: RE: re-integratieverslag ter inzage\n\nHoi Jorien, heb je al tijd gehad om naar het verslag te kijken? "
        "Je mag je eigen oordeel erbij schrijven.\n\n-----Oorspronkelijk bericht-----\nVan: Jorien Bouma\nVerzonden: woensdag 26 november 2025 17:10\n"
        "Onderwerp: re-integratieverslag ter inzage\n\nOntvangen, ik kijk er dit weekend naar.\n", "c25a-ow", in_reply_to="c25a-ow0")
    lab(f"{A}/RE RE re-integratieverslag ter inzage.eml", "oordeel_werknemer", ow, "A;Outlook-style reply chain;employee's view in the newest message of a reply chain")




# =============================================================== case B: recycling plant
def case_b() -> None:
    b = BSN["B"]
    wn = "K. (Kadir) Demir"
    wgn = "Recyclingbedrijf Hessingveen B.V."
    arbo = dict(brand="ArboRing Online", color="#2e7d32", footer="ArboRing Oost · Stationsstraat 12, 7391 AA Hessingveen · arboring.example")
    sw = dict(brand="Staffwise HR", color="#e65100", footer="Staffwise HR · tenant hessingveen-recycling")
    # PA: Word letter without a type title
    pa = D(2024, 1, 4)
    conv(B, "brief bedrijfsarts 4 jan.pdf", [
        ("p", "ArboRing Oost\nStationsstraat 12, 7391 AA Hessingveen"),
        ("p", f"{wgn}\nt.a.v. mevrouw I. Kamphuis, HR\nIndustrieweg 40, 7391 ZP Hessingveen"),
        ("p", f"Hessingveen, {nl(pa)}\nBetreft: de heer K. Demir, BSN {b}, shovelmachinist/medewerker sorteerlijn (40 uur), eerste ziektedag 27-11-2023"),
        ("p", "Geachte mevrouw Kamphuis,"),
        ("p", "Vandaag zag ik de heer Demir op mijn spreekuur. Ik verwacht dat zijn verzuim langer gaat duren dan drie maanden; er is dus sprake van dreigend langdurig verzuim."),
        ("p", "Zijn mogelijkheden: werk met de linkerarm en rechts onder schouderhoogte, geen trillingen van de shovel, tillen tot 5 kg rechts. Hij kan 4 uur per dag licht werk doen, bijvoorbeeld bij de weegbrug of in de kantine."),
        ("p", "Mijn verwachting is dat de belastbaarheid in de komende drie maanden langzaam toeneemt. Ik adviseer u en de heer Demir om binnen twee weken samen afspraken op papier te zetten over aangepast werk, en hem over zes weken terug te laten komen."),
        ("p", "Met vriendelijke groet,\n\nW. Tjoelker\nbedrijfsarts, BIG 49012345601")], "W. Tjoelker", pa)
    lab(f"{B}/brief bedrijfsarts 4 jan.pdf", "probleemanalyse", pa, "B;python-docx to LibreOffice PDF;bedrijfsarts letter without the word probleemanalyse")
    # PvA Staffwise print
    pv = D(2024, 1, 16)
    portal(B, "Staffwise - plan van aanpak.pdf", pv, **sw, crumbs="Medewerker › Demir K. › Verzuimdossier › Plan van aanpak",
           title="Plan van aanpak", printed="Geprint 16-01-2024 16:05",
           fields=[("Medewerker", wn), ("BSN", b), ("Functie", "Shovelmachinist / sorteerlijn, 40 uur, tweeploegendienst"),
                   ("Eerste ziektedag", "27-11-2023"), ("Casemanager", "I. Kamphuis, HR-adviseur"), ("Leidinggevende", "B. Lubbers, ploegleider sorteerhal")],
           sections=[("Re-integratiedoel", ["Terugkeer in eigen werk; tussentijds werk bij de weegbrug."]),
                     ("Afspraken", ["- 4 x 4 uur weegbrug/administratie vanaf 22-01-2024", "- Fysiotherapie via eigen huisarts", "- Opbouw in overleg met bedrijfsarts"]),
                     ("Evaluatie", ["Elke 6 weken, eerste keer eind februari."]),
                     ("Visie werkgever / werknemer", ["Werkgever: terug op de shovel als het kan. Werknemer: eens, wil snel terug."]),
                     ("Ondertekening", ["Digitaal akkoord werkgever 16-01-2024 (I. Kamphuis) · werknemer 16-01-2024 (K. Demir)"])])
    lab(f"{B}/Staffwise - plan van aanpak.pdf", "plan_van_aanpak", pv, "B;wkhtmltopdf HR system print;standard title")
    # TE scan0003 with fax header and handwriting
    te1 = D(2024, 2, 27)
    pg = draw_page([("Evaluatieformulier re-integratie", "h"), "", f"Naam: K. Demir      BSN: {b}", "Datum gesprek: 27-02-2024",
                    "Aanwezig: K. Demir, B. Lubbers, I. Kamphuis", "", ("Hoe gaat het met de afspraken?", "b"),
                    ("4 x 4 uur weegbrug lukt, geen klachten na het werk", "hand"), "", ("Wat gaat er nog niet goed?", "b"),
                    ("slaapt slecht, schouder 's nachts", "hand"), "", ("Nieuwe afspraken", "b"), ("vanaf 4 maart 4 x 6 uur", "hand"),
                    ("volgende evaluatie half april", "hand"), "", "Handtekening werkgever ..........   werknemer ..........",
                    ("I. Kamphuis            K. Demir", "hand")], 2521,
                   fax="28-02-2024 08:14  VAN: RECYCL HESSINGVEEN SORTEERHAL  +31 573 000 117   P.01/01")
    scan_pdf([pg], out(B, "scan0003.pdf"), 2521, te1)
    lab(f"{B}/scan0003.pdf", "tussentijdse_evaluatie", te1, "B;image-only scan with fax header line and handwriting;misleading name scan0003.pdf")
    # TE: weekday-only minutes
    te2 = D(2024, 4, 11)
    out(B, "notities donderdag.txt").write_text(
        "Donderdag - overleg Kadir / Bart / Ingrid (kantine)\n\n"
        "Stand: 4x6 uur weegbrug + wat administratie orders. Gaat redelijk.\n"
        "Operatie schouder gepland? Kadir weet nog niks, wacht op ziekenhuis.\n"
        "Afspraken blijven staan. Bart kijkt of Kadir de inweegregistratie kan leren.\n"
        "Volgende keer: na spreekuur bedrijfsarts.\n\nIK\n", encoding="utf-8")
    lab(f"{B}/notities donderdag.txt", "tussentijdse_evaluatie", te2,
        "B;plain-text note;minutes with only a weekday - no date in the text (label date from the HR agenda)")
    # MI: photo of the orthopaedic surgeon's letter
    mi = D(2024, 3, 20)
    pg = draw_page(["Streekziekenhuis Midden-Hessing · Orthopedie", "", "Aan: huisarts J. Mulder, Hessingveen", f"Datum: {nl(mi)}", "",
                    "Betreft: dhr. K. Demir, geb. 03-02-1979", "", "Geachte collega,", "",
                    "Diagnose: partiële ruptuur rotator cuff rechts (supraspinatus), MRI 14-03-2024.",
                    "Behandeling: subacromiale injectie gegeven; bij onvoldoende effect arthroscopische",
                    "reconstructie. Patiënt staat op de wachtlijst voor operatie.", "Medicatie: naproxen 500 mg 2dd.", "",
                    "Met collegiale groet,", "dr. S. Terpstra, orthopedisch chirurg"], 2522, logo="Midden-Hessing")
    photo(pg, out(B, "brief orthopeed.jpg"), 2522)
    lab(f"{B}/brief orthopeed.jpg", "medische_informatie", mi, "B;Pillow phone photo of a letter;medical data the employer must not hold (DOMAIN 5.1) - specialist letter given to HR by the employee")
    # DO: document.pdf scan with stamp
    do = D(2024, 7, 18)
    p1 = draw_page(["UWV", "", wgn, "t.a.v. mevrouw I. Kamphuis", "Industrieweg 40", "7391 ZP Hessingveen", "",
                    f"Datum  {nl(do)}", "Kenmerk  DO-2024-118604", f"Betreft  deskundigenoordeel, K. Demir, BSN {b}", "",
                    "Geachte mevrouw Kamphuis,", "", "U heeft ons gevraagd of het werk als medewerker weegbrug en", "inweegregistratie passend is voor uw werknemer.",
                    "", "Ons oordeel: het aangeboden werk is passend.", "", "Hoe zijn wij tot dit oordeel gekomen?",
                    "De verzekeringsarts heeft de heer Demir gesproken. De arbeidsdeskundige heeft de", "taken vergeleken met zijn mogelijkheden. Zie blad 2."],
                   2523, stamp=("ONTVANGEN", "22 JUL 2024"))
    p2 = draw_page(["Blad 2", "", "Het werk vraagt geen bovenhands werk en geen tillen boven 5 kg.", "De werktijden (dagdienst) passen bij de belastbaarheid.",
                    "", "Dit deskundigenoordeel is niet bindend. Heeft u vragen, bel dan het werkgeverstelefoonnummer.", "",
                    "Met vriendelijke groet,", "", "mr. A. de Boer, arbeidsdeskundige UWV", "drs. F. Ouali, verzekeringsarts UWV"], 2524)
    scan_pdf([p1, p2], out(B, "document.pdf"), 2523, do)
    lab(f"{B}/document.pdf", "deskundigenoordeel", do, "B;image-only two-page copier scan with received stamp;misleading name document.pdf")
    # 42e: payroll mail
    zm = D(2024, 9, 16)
    eml(out(B, "Ziekmelding UWV verstuurd - Demir.eml"), "Salarisadministratie <salaris@hessingveen-recycling.example>",
        "Ingrid Kamphuis <i.kamphuis@hessingveen-recycling.example>", "Ziekmelding UWV verstuurd - Demir", mdate(zm, 11, 3),
        f"Hoi Ingrid,\n\nVandaag hebben we de ziekmelding na 42 weken voor Kadir Demir gedaan bij UWV.\n\nBSN: {b}\nLoonheffingennummer: 823456789L01\n"
        "Eerste ziektedag: 27-11-2023\nSoort: aangifte langdurige ziekte (42e week)\nVerzonden: 16-09-2024 10:58, referentie ZM-8811207\n\n"
        "De bevestiging van UWV zet ik in Staffwise zodra die er is.\n\nGroet,\nLoes\nSalarisadministratie\n", "c25b-zm")
    lab(f"{B}/Ziekmelding UWV verstuurd - Demir.eml", "ziekmelding_uwv", zm, "B;Outlook-style e-mail;the payroll mail body is the 42-week report record")
    # EJE Staffwise
    eje = D(2024, 11, 19)
    portal(B, "Staffwise - evaluatie 19-11-2024.pdf", eje, **sw, crumbs="Medewerker › Demir K. › Verzuimdossier › Evaluaties",
           title="Eerstejaarsevaluatie", printed="Geprint 20-11-2024 08:30",
           fields=[("Medewerker", wn), ("BSN", b), ("Datum gesprek", "19-11-2024"), ("Week", "52"), ("Aanwezig", "K. Demir, B. Lubbers, I. Kamphuis")],
           sections=[("Terugblik eerste ziektejaar", ["Operatie schouder in juni; daarna revalidatie. Werkt 5 x 6 uur weegbrug en inweegregistratie (UWV: passend)."]),
                     ("Beoogd re-integratieresultaat tweede jaar", ["Shovel en sorteerlijn zijn niet meer haalbaar. Doel: passend werk voor 40 uur. Intern is maximaal 30 uur weegbrug. Spoor 2 start in december via Baanwissel."]),
                     ("Visie werkgever", ["Wij houden de weegbrug voor Kadir vast zolang het traject loopt."]),
                     ("Visie werknemer", ["Akkoord, maar ik wil graag in de techniek blijven."])])
    lab(f"{B}/Staffwise - evaluatie 19-11-2024.pdf", "eerstejaarsevaluatie", eje, "B;wkhtmltopdf HR system print;standard title inside a generic 'evaluatie' file name")
    # trajectplan Word -> PDF
    tp = D(2024, 12, 17)
    conv(B, "Baanwissel intake Demir.pdf", [
        ("h", "Intakeverslag en plan van aanpak 2e spoor"),
        ("t", [["Deelnemer", wn], ["BSN", b], ["Werkgever", wgn], ["Consulent", "R. Hazenberg, Baanwissel re-integratie"], ["Datum", "17-12-2024"]]),
        ("h2", "Wie is Kadir"), ("p", "45 jaar, VCA, rijbewijs C, heftruck- en shovelcertificaat, 18 jaar in recycling. Praktisch en technisch ingesteld."),
        ("h2", "Zoekprofiel"), ("p", "Weegbrugmedewerker, planner transport, magazijnadministratie; dagdienst; tot 25 km van Hessingveen."),
        ("h2", "Planning"), ("b", "Dec-jan: arbeidsmarktoriëntatie en cv"), ("b", "Feb-apr: actief solliciteren, 2 per week"), ("b", "Mei: evaluatie, eventueel proefplaatsing"),
        ("p", "Rapportage: voortgangsrapportage per kwartaal, eindrapportage bij afsluiting.")], "R. Hazenberg", tp)
    lab(f"{B}/Baanwissel intake Demir.pdf", "trajectplan_tweede_spoor", tp, "B;python-docx to LibreOffice PDF;trajectplan titled 'plan van aanpak 2e spoor'")
    # eindrapportage docx kept
    er = D(2025, 7, 25)
    write_docx(out(B, "Eindrapportage Baanwissel - K Demir.docx"), [
        ("h", "Eindrapportage re-integratie tweede spoor"),
        ("t", [["Deelnemer", wn], ["BSN", b], ["Trajectduur", "17-12-2024 t/m 25-07-2025"], ["Consulent", "R. Hazenberg"]]),
        ("h2", "Resultaat traject"), ("p", "Kadir start per 1 september 2025 bij Transportbedrijf Vedder als medewerker weegbrug/planning, 24 uur, contract 1 jaar met uitzicht op vast."),
        ("h2", "Inspanningen"), ("p", "31 sollicitaties, 6 gesprekken, 1 proefplaatsing van 4 weken (juni)."),
        ("h2", "Afsluiting"), ("p", "Het traject wordt hiermee afgesloten. Hessingveen, 25 juli 2025, R. Hazenberg")], "R. Hazenberg", er,
        header="Baanwissel re-integratie · Hessingveen")
    lab(f"{B}/Eindrapportage Baanwissel - K Demir.docx", "eindrapportage_tweede_spoor", er, "B;python-docx Word kept as .docx;standard title")
    # UWV week-88 letter, fax header
    uw = D(2025, 7, 30)
    pg = draw_page(["UWV", "", wgn, "Industrieweg 40", "7391 ZP Hessingveen", "", f"Datum  {nl(uw)}", f"Betreft  WIA-aanvraag K. Demir, BSN {b}", "",
                    "Geachte heer/mevrouw,", "", "Uw werknemer is bijna 104 weken ziek. Wij hebben uw werknemer geschreven dat",
                    "hij een WIA-uitkering kan aanvragen, uiterlijk op 8 september 2025. Zorg dat het", "re-integratieverslag compleet is en dat uw werknemer een kopie heeft.", "",
                    "Met vriendelijke groet,", "UWV"], 2525,
                   fax="04-08-2025 13:52  VAN: ARBORING OOST  +31 573 000 280   P.01/01")
    scan_pdf([pg], out(B, "UWV 88.pdf"), 2525, uw)
    lab(f"{B}/UWV 88.pdf", "uwv_correspondentie", uw, "B;image-only scan with fax header line;UWV week-88 letter faxed on by the arbodienst")
    # combined export: AO + MI
    ao = D(2025, 8, 5)
    p1 = portal("", "b_ao.pdf", ao, **arbo, crumbs="Dossier 2023-1187 › Documenten", title="Actueel oordeel", printed="Export alle documenten 06-08-2025",
                fields=[("Werknemer", wn), ("BSN", b), ("Werkgever", wgn), ("Datum", "05-08-2025"), ("Bedrijfsarts", "W. Tjoelker, bedrijfsarts, BIG 49012345601")],
                sections=[("Stand van zaken", ["Werkt 30 uur weegbrug; start 1 september elders 24 uur."]),
                          ("Belastbaarheid", ["Geen bovenhands werk rechts, geen trillingen, tillen max. 5 kg rechts; verder geen beperkingen."]),
                          ("Arbeidsrelatie", ["Goed."]), ("Passende arbeid bij de werkgever", ["Weegbrug en inweegregistratie, maximaal 30 uur."]),
                          ("Doel", ["Ten behoeve van het re-integratieverslag bij de WIA-aanvraag."])])
    p2 = portal("", "b_mi.pdf", ao, **arbo, crumbs="Dossier 2023-1187 › Documenten", title="Medische informatie (MEDISCH GEHEIM)", printed="Export alle documenten 06-08-2025",
                fields=[("Werknemer", wn), ("BSN", b), ("Datum", "05-08-2025")],
                sections=[("Diagnose en behandeling", ["Rotator-cuffruptuur rechts, arthroscopische reconstructie 11-06-2024 (dr. Terpstra). Restklachten, fysiotherapie afgerond."]),
                          ("Prognose", ["Eindtoestand bereikt; geen verdere verbetering verwacht."])])
    merge_pdfs([p1, p2], out(B, "Alle documenten dossier 2023-1187.pdf"))
    PDFDATES[out(B, "Alle documenten dossier 2023-1187.pdf")] = D(2025, 8, 6)
    lab(f"{B}/Alle documenten dossier 2023-1187.pdf", "actueel_oordeel", ao,
        "B;wkhtmltopdf portal export merged with pikepdf;combined export labelled by its FIRST document (actueel oordeel) - page 2 is medische informatie the employer must not hold")
    # EV page 1 scan with handwritten addition + signature page photo
    ev = D(2025, 8, 19)
    pg = draw_page([("Eindevaluatie re-integratie", "h"), "", f"Werknemer: K. Demir   BSN: {b}", f"Werkgever: {wgn}",
                    "Aard van het bedrijf: inzameling en sortering van bedrijfsafval, 180 medewerkers", "Datum: 19-08-2025", "",
                    ("Terugblik", "b"), "Na de schouderoperatie geen terugkeer op de shovel. Intern 30 uur weegbrug.",
                    "Tweede spoor via Baanwissel: baan bij Transportbedrijf Vedder per 1-9-2025.", "", ("Arbeidsrelatie", "b"),
                    "Goed en open.", "", ("Passende arbeid bij de werkgever", "b"), "Weegbrug, maximaal 30 uur (zie actueel oordeel 5-8-2025).",
                    ("+ vanaf 1-9 blijft 6 uur weegbrug bij ons (zaterdag)", "hand"), "", "zie blad 2 voor ondertekening"], 2526)
    scan_pdf([pg], out(B, "EV blz 1.pdf"), 2526, ev)
    lab(f"{B}/EV blz 1.pdf", "eindevaluatie", ev, "B;image-only scan with a handwritten addition;page 1 of a two-page EV whose signature page is a separate photo")
    pg2 = draw_page(["Blad 2 - eindevaluatie K. Demir", "", "Ondertekening", "", "Werkgever: I. Kamphuis, HR-adviseur", ("I. Kamphuis", "hand"), "",
                     "Werknemer: K. Demir", ("K. Demir", "hand"), "", "Hessingveen, 19-08-2025"], 2527)
    photo(pg2, out(B, "IMG_20250819_141207.jpg"), 2527)
    lab(f"{B}/IMG_20250819_141207.jpg", "eindevaluatie", ev, "B;Pillow phone photo;signature page of the EV as a separate photo (same document as EV blz 1.pdf)")
    # OW mail
    ow = D(2025, 8, 25)
    eml(out(B, "mijn reactie.eml"), "Kadir Demir <kadir.demir@thuismail.example>", "Ingrid Kamphuis <i.kamphuis@hessingveen-recycling.example>",
        "mijn reactie", mdate(ow, 19, 12),
        f"Beste Ingrid,\n\nIk heb de papieren voor de WIA gelezen. Ik ben het eens met wat er staat over mijn werk en wat we gedaan hebben. "
        "Wel wil ik zeggen dat het tweede spoor pas in december begon terwijl de bedrijfsarts in juni al zei dat de shovel niet meer ging. "
        f"Verder ben ik tevreden over de hulp.\n\nKadir Demir\nBSN {b}\n", "c25b-ow")
    lab(f"{B}/mijn reactie.eml", "oordeel_werknemer", ow, "B;Outlook-style e-mail;employee's view in plain words without title")
    # non-RIV
    portal(B, "Staffwise - verzuimhistorie.pdf", D(2025, 8, 20), **sw, crumbs="Medewerker › Demir K. › Verzuim › Historie", title="Verzuimhistorie",
           printed="Geprint 20-08-2025 10:12", fields=[("Medewerker", wn), ("Personeelsnummer", "3318")],
           sections=[("Meldingen", ["- 14-03-2022 t/m 18-03-2022 (5 dagen)", "- 27-11-2023 t/m heden (lopend)"]),
                     ("Verzuimpercentage 12 mnd", ["64,2 %"])])
    lab(f"{B}/Staffwise - verzuimhistorie.pdf", "", None, "B;wkhtmltopdf HR system print;absence history list is no RIV document")
    out(B, "PBM bestelling.txt").write_text("Bestelling PBM voor Kadir (weegbrug)\n- veiligheidsschoenen S3 maat 44\n- warme jas met reflectie XL\n- oorkappen\nbesteld 3/9 via Bart\n", encoding="utf-8")
    lab(f"{B}/PBM bestelling.txt", "", None, "B;plain-text note;protective-equipment order is no RIV document")


# =============================================================== case C: dairy factory
def case_c() -> None:
    b = BSN["C"]
    wn = "A. (Anouk) Schuurman"
    wgn = "Coöperatieve Zuivelfabriek De Marskamp U.A."
    tre = dict(brand="Trefpunt Verzuimportaal", color="#00695c", footer="Arbo Trefpunt · Marktplein 4, 8431 GH Lemmerwold · trefpunt.example")
    pa = D(2024, 6, 26)
    portal(C, "Trefpunt - PA Schuurman.pdf", pa, **tre, crumbs="Dossier 24-0577 › Probleemanalyse", title="Probleemanalyse", printed="26-06-2024 15:44",
           fields=[("Werknemer", wn), ("BSN", b), ("Functie", "Procesoperator kaasmakerij, 36 uur, 3-ploegen"), ("Werkgever", wgn),
                   ("Eerste ziektedag", "21-05-2024"), ("Bedrijfsarts", "dr. P.J. Wolthuis, BIG 89045612301")],
           sections=[("Beoordeling", ["Dreigend langdurig verzuim. Energetische en cognitieve beperkingen; geen nachtdienst, geen hoge tijdsdruk."]),
                     ("Mogelijkheden", ["Dagdienst, 3 x 3 uur, overzichtelijke taken."]),
                     ("Advies", ["Plan van aanpak binnen 2 weken. Opbouw in dagdienst."])])
    lab(f"{C}/Trefpunt - PA Schuurman.pdf", "probleemanalyse", pa, "C;wkhtmltopdf arbodienst portal print;standard title, abbreviated file name")
    pv = D(2024, 7, 8)
    write_docx(out(C, "afspraken Anouk.docx"), [
        ("p", f"Afspraken met Anouk Schuurman (BSN {b}) - 8 juli 2024"),
        ("p", "Na het advies van de bedrijfsarts hebben Anouk, Mirjam Stoker (teamleider kaasmakerij) en ik het volgende afgesproken:"),
        ("b", "Doel: weer aan het werk als procesoperator, eerst alleen dagdienst."),
        ("b", "Vanaf 15 juli 3 ochtenden van 3 uur: monsters labelen en controlelijsten in het lab van de kaasmakerij."),
        ("b", "Iedere twee weken kort overleg met Mirjam; elke zes weken een evaluatie met mij erbij."),
        ("b", "Anouk gaat zelf naar haar behandelaar; daar hoeven wij niets van te weten."),
        ("b", "Casemanager: Daan Veltkamp (HR)."),
        ("p", "Hoe kijken we ertegenaan? Wij (werkgever): rustig opbouwen, geen nachten tot de bedrijfsarts dat zegt. Anouk: wil graag weer bij haar team horen."),
        ("p", "Voor akkoord: D. Veltkamp / A. Schuurman")], "Daan Veltkamp", pv)
    lab(f"{C}/afspraken Anouk.docx", "plan_van_aanpak", pv, "C;python-docx Word kept as .docx;plan in everyday words without any title")
    te = D(2024, 10, 1)
    out(C, "gesprek Anouk 1-10.txt").write_text(
        "gesprek Anouk 1-10\nerbij: Mirjam, Daan\n\n"
        "* werkt nu 4 x 4 uur dagdienst lab + inpak, gaat goed\n* afspraken nagekomen, 1x afgezegd (moe)\n"
        "* wil graag 1 middagdienst proberen -> eerst bedrijfsarts 15/10\n* volgende evaluatie half november\n", encoding="utf-8")
    lab(f"{C}/gesprek Anouk 1-10.txt", "tussentijdse_evaluatie", te, "C;plain-text note;yearless note in everyday words (date from file name)")
    mi = D(2024, 9, 12)
    pg = draw_page(["Psychologenpraktijk Rietkraag", "", "Aan: mevrouw A. Schuurman (kopie huisarts)", f"Datum: {nl(mi)}", "",
                    "Betreft: behandelverloop", "", "Diagnose (DSM-5): aanpassingsstoornis met gemengde angst en depressieve stemming;",
                    "burn-outklachten. Behandeling: 8 sessies CGT, daarna EMDR overwogen.", "Medicatie via huisarts: sertraline 50 mg.", "",
                    "drs. E. Bruinsma, GZ-psycholoog"], 2531)
    scan_pdf([pg], out(C, "scan psycholoog.pdf"), 2531, mi)
    lab(f"{C}/scan psycholoog.pdf", "medische_informatie", mi, "C;image-only copier scan;medical data the employer must not hold (DOMAIN 5.1) - therapist letter scanned into the HR folder")
    bpa = D(2024, 10, 15)
    p1 = portal("", "c_bpa.pdf", bpa, **tre, crumbs="Dossier 24-0577 › Documenten", title="Bijstelling probleemanalyse", printed="Export alle documenten 16-10-2024",
                fields=[("Werknemer", wn), ("BSN", b), ("Datum spreekuur", "15-10-2024"), ("Bedrijfsarts", "dr. P.J. Wolthuis")],
                sections=[("Gewijzigde belastbaarheid", ["Herstel trager dan verwacht. Ploegendienst is voor langere tijd niet mogelijk; dagdienst tot 5 x 5 uur."]),
                          ("Advies", ["Bijstelling plan van aanpak: passende dagdienstfuncties onderzoeken; arbeidsdeskundig onderzoek rond week 48."])])
    p2 = portal("", "c_izp.pdf", bpa, **tre, crumbs="Dossier 24-0577 › Documenten", title="Inzetbaarheidsprofiel", printed="Export alle documenten 16-10-2024",
                fields=[("Werknemer", wn), ("BSN", b), ("Datum", "15-10-2024")],
                sections=[("Persoonlijk functioneren", ["Beperkt: geen hoge tijdsdruk, geen conflicthantering."]), ("Werktijden", ["Geen nachtdienst; max. 5 uur per dag."])])
    merge_pdfs([p1, p2], out(C, "Alle documenten dossier 24-0577.pdf"))
    PDFDATES[out(C, "Alle documenten dossier 24-0577.pdf")] = D(2024, 10, 16)
    lab(f"{C}/Alle documenten dossier 24-0577.pdf", "bijstelling_probleemanalyse", bpa,
        "C;wkhtmltopdf portal export merged with pikepdf;combined export labelled by its FIRST document (bijstelling PA) - page 2 is an inzetbaarheidsprofiel")
    bpv = D(2024, 10, 29)
    conv(C, "Plan van aanpak versie 2.pdf", [
        ("h", "Plan van aanpak – versie 2 (bijstelling)"),
        ("t", [["Werknemer", wn], ["BSN", b], ["Werkgever", wgn], ["Datum", "29-10-2024"], ["Casemanager", "D. Veltkamp, HR-businesspartner"]]),
        ("h2", "Wat verandert er"), ("p", "Nieuw doel: passend werk in dagdienst. Terugkeer in de ploegendienst is voorlopig niet aan de orde."),
        ("h2", "Gewijzigde afspraken"), ("b", "Onderzoek naar dagdienstfuncties (werkvoorbereiding, kwaliteitsadministratie)"), ("b", "Arbeidsdeskundig onderzoek in maart/april"),
        ("h2", "Visie werkgever en werknemer"), ("p", "Beiden eens met de nieuwe richting."), ("p", "Getekend D. Veltkamp / A. Schuurman")], "Daan Veltkamp", bpv)
    lab(f"{C}/Plan van aanpak versie 2.pdf", "bijstelling_plan_van_aanpak", bpv, "C;python-docx to LibreOffice PDF;title 'Plan van aanpak' with 'bijstelling' only in brackets")
    zm = D(2025, 3, 11)
    pg = draw_page(["UWV", "", wgn, "t.a.v. HR", "", f"Datum  {nl(zm)}", f"Betreft  bevestiging ziekmelding na 42 weken, BSN {b}", "",
                    "Geachte heer/mevrouw,", "", "Wij hebben uw ziekmelding ontvangen voor A. Schuurman, eerste ziektedag 21 mei 2024.",
                    "In de bijlage leest u wat u en uw werknemer in het eerste ziektejaar moeten doen", "(eerstejaarsevaluatie).", "",
                    "Met vriendelijke groet,", "UWV"], 2532, stamp=("ONTVANGEN", "12 MRT 2025"))
    scan_pdf([pg], out(C, "scan_20250313_0912.pdf"), 2532, zm)
    lab(f"{C}/scan_20250313_0912.pdf", "ziekmelding_uwv", zm, "C;image-only scan with received stamp;UWV confirmation of the 42-week report")
    ad = D(2025, 4, 24)
    conv(C, "rapport arbeidsdeskundige Keizer.pdf", [
        ("p", "Keizer Arbeidsdeskundig Advies · Lemmerwold"),
        ("h", "Rapport arbeidsdeskundig onderzoek"),
        ("t", [["Werknemer", wn], ["BSN", b], ["Werkgever", wgn], ["Datum", "24 april 2025"], ["Arbeidsdeskundige", "H. Keizer, register-arbeidsdeskundige"]]),
        ("h2", "1. Vraagstelling"), ("p", "Kan Anouk terug in het eigen werk, en zo niet: welk werk is passend, binnen of buiten De Marskamp?"),
        ("h2", "2. Belasting en belastbaarheid"), ("p", "De functie procesoperator vraagt ploegendienst en hoge tijdsdruk bij storingen; dit past niet."),
        ("h2", "3. Conclusie"), ("p", "Eigen werk niet passend. Spoor 1: kwaliteitsadministratie in dagdienst, 20 uur. Spoor 2 inzetten voor de overige uren. Loonwaarde ca. 85%.")],
        "H. Keizer", ad)
    lab(f"{C}/rapport arbeidsdeskundige Keizer.pdf", "arbeidsdeskundig_rapport", ad, "C;python-docx to LibreOffice PDF;standard title")
    eje = D(2025, 5, 13)
    write_docx(out(C, "Evaluatie eerste ziektejaar Anouk.docx"), [
        ("h", "Evaluatie na het eerste ziektejaar"),
        ("t", [["Werknemer", wn], ["BSN", b], ["Datum", "13 mei 2025"], ["Aanwezig", "A. Schuurman, M. Stoker, D. Veltkamp"]]),
        ("h2", "Hoe is het eerste jaar gegaan"), ("p", "Opbouw tot 4 x 5 uur dagdienst. Ploegendienst niet meer haalbaar (AD-rapport 24-4)."),
        ("h2", "Wat willen we in jaar twee bereiken"), ("p", "20 uur kwaliteitsadministratie bij ons; tweede spoor via Koers en Kans voor 16 uur."),
        ("h2", "Visie werkgever"), ("p", "Wij maken de functie kwaliteitsadministratie structureel."),
        ("h2", "Visie werknemer"), ("p", "Ik ben blij met de plek en wil het tweede spoor een kans geven."),
        ("p", "Voor akkoord D. Veltkamp / A. Schuurman, 13-05-2025")], "Daan Veltkamp", eje)
    lab(f"{C}/Evaluatie eerste ziektejaar Anouk.docx", "eerstejaarsevaluatie", eje, "C;python-docx Word kept as .docx;title without the word eerstejaarsevaluatie")
    tp = D(2025, 6, 10)
    tpp = conv("_stage", "Trajectplan Koers en Kans - A Schuurman.pdf", [
        ("h", "Trajectplan"), ("t", [["Kandidaat", wn], ["BSN", b], ["Loopbaanbegeleider", "Y. Amrani, Koers en Kans"], ["Datum", "10-06-2025"]]),
        ("h2", "Intake"), ("p", "MBO-4 levensmiddelentechnologie, 9 jaar procesoperator. Wil dagdienst, rustige omgeving."),
        ("h2", "Zoekprofiel tweede spoor"), ("p", "Administratief medewerker kwaliteit, laborant dagdienst, 16 uur, regio Lemmerwold."),
        ("h2", "Activiteiten"), ("b", "Arbeidsmarktoriëntatie"), ("b", "Netwerkgesprekken"), ("b", "Sollicitaties vanaf augustus")], "Y. Amrani", tp)
    ATTACH.append(lambda: eml(out(C, "Trajectplan Anouk.eml"), "Youssef Amrani <y.amrani@koersenkans.example>", "Daan Veltkamp <d.veltkamp@marskamp.example>",
        "Trajectplan Anouk", mdate(D(2025, 6, 11), 9, 31), "Beste Daan,\n\nBijgaand het trajectplan na de intake met Anouk. Graag ontvang ik je akkoord.\n\nMet vriendelijke groet,\nYoussef Amrani\nKoers en Kans Loopbaanbegeleiding\n",
        "c25c-tp", attach=[(tpp.name, tpp.read_bytes(), "application/pdf")]))
    lab(f"{C}/Trajectplan Anouk.eml", "", None, "C;Outlook-style covering mail;a mail that only covers an attachment is no RIV document")
    lab(f"{C}/Trajectplan Anouk.eml::{tpp.name}", "trajectplan_tweede_spoor", tp, "C;LibreOffice PDF attached to a mail;document inside the covering mail")
    uw = D(2026, 1, 21)
    portal(C, "bericht UWV werkgeversportaal.pdf", uw, brand="UWV Werkgeversportaal", color="#0b5394",
           footer="Afgedrukt uit het werkgeversportaal", crumbs="Berichten › Ontvangen", title="Uw werknemer kan een WIA-uitkering aanvragen",
           printed="21-01-2026", fields=[("Werknemer", wn), ("BSN", b), ("Datum bericht", "21-01-2026")],
           sections=[("", ["Uw werknemer is bijna 2 jaar ziek. Wij hebben uw werknemer een brief gestuurd over de aanvraag van een WIA-uitkering. Maak het re-integratieverslag compleet en geef uw werknemer een kopie."])])
    lab(f"{C}/bericht UWV werkgeversportaal.pdf", "uwv_correspondentie", uw, "C;wkhtmltopdf print of the UWV portal message;week-88 letter as a portal message")
    ao = D(2026, 1, 27)
    conv(C, "Trefpunt brief 27-01-2026.pdf", [
        ("p", "Arbo Trefpunt · Marktplein 4, 8431 GH Lemmerwold"),
        ("p", f"Lemmerwold, {nl(ao)}\nBetreft: mevrouw A. Schuurman, BSN {b}"),
        ("h", "Actueel oordeel"),
        ("p", "Stand van zaken: mevrouw werkt structureel 20 uur kwaliteitsadministratie in dagdienst. Het tweede spoor loopt nog."),
        ("p", "Belastbaarheid: zoals in het inzetbaarheidsprofiel van 15-10-2024; geen nachtdienst, max. 5 uur per dag."),
        ("p", "Arbeidsrelatie: goed. Passende arbeid bij de werkgever: de huidige 20 uur."),
        ("p", "Dit oordeel is opgesteld ten behoeve van het re-integratieverslag.\n\ndr. P.J. Wolthuis, bedrijfsarts, BIG 89045612301")], "P.J. Wolthuis", ao)
    lab(f"{C}/Trefpunt brief 27-01-2026.pdf", "actueel_oordeel", ao, "C;python-docx to LibreOffice PDF;arbodienst Word letter")
    ev = D(2026, 2, 10)
    conv(C, "Eindevaluatie Schuurman.pdf", [
        ("h", "Eindevaluatie plan van aanpak"),
        ("t", [["Werknemer", wn], ["BSN", b], ["Werkgever", wgn], ["Aard van het bedrijf", "Zuivelcoöperatie, kaasproductie, ca. 300 medewerkers"], ["Datum", "10-02-2026"]]),
        ("h2", "Terugblik"), ("p", "Twee jaar re-integratie: van ploegendienst naar 20 uur kwaliteitsadministratie; tweede spoor zonder plaatsing."),
        ("h2", "Arbeidsrelatie"), ("p", "Goed."), ("h2", "Passende arbeid"), ("p", "20 uur dagdienst; meer is er niet binnen onze organisatie."),
        ("p", "Getekend D. Veltkamp (werkgever) en A. Schuurman (werknemer)")], "Daan Veltkamp", ev)
    lab(f"{C}/Eindevaluatie Schuurman.pdf", "eindevaluatie", ev, "C;python-docx to LibreOffice PDF;standard title")
    ow = D(2026, 2, 16)
    eml(out(C, "RE RIV Anouk.eml"), "Anouk Schuurman <anouk.s@postvak.example>", "Daan Veltkamp <d.veltkamp@marskamp.example>", "RE: RIV Anouk",
        mdate(ow, 21, 5), f"Hoi Daan,\n\nMijn oordeel over het verslag: ik ben het eens met alles wat erin staat. Ik voeg toe dat ik het tweede spoor te vroeg "
        f"vond, maar ik heb wel meegedaan.\n\nAnouk Schuurman, BSN {b}\n\n-----Oorspronkelijk bericht-----\nVan: Daan Veltkamp\nVerzonden: dinsdag 10 februari 2026 16:20\n"
        "Aan: Anouk Schuurman\nOnderwerp: RIV Anouk\n\nHoi Anouk, hierbij alle stukken van het re-integratieverslag. Wil je je eigen oordeel geven?\n", "c25c-ow")
    lab(f"{C}/RE RIV Anouk.eml", "oordeel_werknemer", ow, "C;Outlook-style reply chain;employee's view above the quoted HR mail")
    conv(C, "functieomschrijving procesoperator.pdf", [("h", "Functieomschrijving Procesoperator kaasmakerij"),
         ("p", "Doel: bedienen van kaasbereiders en wrongelafvoer in 3-ploegendienst."), ("b", "Bewaken van proceswaarden"), ("b", "Reinigen (CIP)"), ("b", "Registreren in MES")],
         "P&O De Marskamp", D(2022, 5, 1))
    lab(f"{C}/functieomschrijving procesoperator.pdf", "", None, "C;python-docx to LibreOffice PDF;job description is no RIV document")


# =============================================================== case D: opticians chain
def case_d() -> None:
    b = BSN["D"]
    wn = "L. (Lotte) van Oijen"
    wgn = "Opticiens Helderzicht B.V."
    pl = dict(brand="PeopleLijn", color="#37474f", footer="PeopleLijn HR · Opticiens Helderzicht B.V.")
    ven = dict(brand="Arbo Vennewater · Dossierweb", color="#6a1b9a", footer="Arbo Vennewater · vennewater.example")
    pa = D(2024, 2, 14)
    conv(DD, "advies bedrijfsarts.pdf", [
        ("p", "Arbo Vennewater"), ("p", f"Aan: {wgn}, t.a.v. P. Ramsaran, HR\nDatum: {nl(pa)}"),
        ("h", "Advies bij dreigend langdurig verzuim"),
        ("p", f"Mevrouw L. van Oijen, BSN {b}, opticien (32 uur), eerste ziektedag 8 januari 2024."),
        ("p", "Oordeel: er is sprake van dreigend langdurig verzuim. Beperkingen: geen langdurig voorovergebogen werk en geen fijn-motorisch werk met de rechterhand langer dan 30 minuten aaneen; om het uur pauze."),
        ("p", "Mogelijkheden: klantadvies, kassawerk en afspraken, 3 x 4 uur. Prognose: gunstig, herstel binnen 4-6 maanden verwacht."),
        ("p", "Advies: maak binnen twee weken een plan van aanpak.\n\nM. Ypma, bedrijfsarts, BIG 29056781201")], "M. Ypma", pa)
    lab(f"{DD}/advies bedrijfsarts.pdf", "probleemanalyse", pa, "D;python-docx to LibreOffice PDF;PA titled 'Advies bij dreigend langdurig verzuim'")
    pv = D(2024, 2, 23)
    portal(DD, "PeopleLijn - PvA.pdf", pv, **pl, crumbs="Verzuim › Van Oijen, L. › Plan van aanpak", title="Plan van aanpak", printed="23-02-2024",
           fields=[("Medewerker", wn), ("BSN", b), ("Functie", "Opticien, filiaal Marktstraat, 32 uur"), ("Casemanager", "P. Ramsaran, HR-medewerker verzuim"),
                   ("Leidinggevende", "E.J. Dolman, regiomanager")],
           sections=[("Doel", ["Terugkeer in eigen functie."]), ("Activiteiten", ["- 3 x 4 uur klantadvies en kassa", "- slijpwerk en refractie later"]),
                     ("Evaluatie", ["Elke 6 weken"]), ("Visie", ["Werkgever en werknemer: eens met opbouw in eigen filiaal."])])
    lab(f"{DD}/PeopleLijn - PvA.pdf", "plan_van_aanpak", pv, "D;wkhtmltopdf HR system print;standard title")
    te = D(2024, 3, 19)
    out(DD, "gesprek met Lotte 19-3.txt").write_text(
        "gesprek met Lotte 19-3, Erik-Jan belde in\n\n- 3x4 uur gaat prima, nekpijn minder\n- wil weer refractie doen, 1 uur per dag proberen\n"
        "- afspraken plan nagekomen\n- volgende keer: begin mei\n\nPriya\n", encoding="utf-8")
    lab(f"{DD}/gesprek met Lotte 19-3.txt", "tussentijdse_evaluatie", te, "D;plain-text note;yearless note in everyday words (date from file name)")
    izp = D(2024, 5, 28)
    portal(DD, "Dossierweb - profiel 28-05.pdf", izp, **ven, crumbs="Dossier HZ-1104 › Belastbaarheid", title="Inzetbaarheidsprofiel", printed="28-05-2024",
           fields=[("Werknemer", wn), ("BSN", b), ("Bedrijfsarts", "M. Ypma")],
           sections=[("Persoonlijk functioneren", ["Geen beperkingen."]), ("Sociaal functioneren", ["Geen beperkingen."]),
                     ("Fysieke omgevingseisen", ["Geen beperkingen."]), ("Dynamische handelingen", ["Fijn-motoriek rechts: max 30 min aaneen."]),
                     ("Statische houdingen", ["Voorovergebogen werken: beperkt."]), ("Werktijden", ["4-6 uur per dag."])])
    lab(f"{DD}/Dossierweb - profiel 28-05.pdf", "inzetbaarheidsprofiel", izp, "D;wkhtmltopdf arbodienst portal print;standard title")
    zm = D(2024, 10, 28)
    portal(DD, "PeopleLijn - UWV melding.pdf", zm, **pl, crumbs="Verzuim › Van Oijen, L. › UWV", title="Ziekmelding na 42 weken",
           printed="28-10-2024", fields=[("Medewerker", wn), ("BSN", b), ("Loonheffingennummer", "834567890L01"), ("Eerste ziektedag", "08-01-2024"),
                                         ("Verzonden", "28-10-2024")], sections=[])
    lab(f"{DD}/PeopleLijn - UWV melding.pdf", "ziekmelding_uwv", zm, "D;wkhtmltopdf HR system print;42-week report in the personnel system")
    eje = D(2024, 12, 20)
    conv(DD, "verslag jaargesprek Lotte.pdf", [
        ("h", "Eerstejaarsevaluatie"), ("t", [["Medewerker", wn], ["BSN", b], ["Datum", "20-12-2024"]]),
        ("p", "Lotte werkt 24 uur in het filiaal, zonder slijpwerk. Refractie 2 uur per dag lukt. Re-integratieresultaat jaar twee: 28 uur eigen functie zonder werkplaatswerk. Geen tweede spoor nodig: concreet uitzicht op terugkeer binnen 3 maanden."),
        ("p", "Visie werkgever: eens. Visie werknemer: eens.\nGetekend P. Ramsaran / L. van Oijen")], "P. Ramsaran", eje)
    lab(f"{DD}/verslag jaargesprek Lotte.pdf", "eerstejaarsevaluatie", eje, "D;python-docx to LibreOffice PDF;file name says jaargesprek")
    uw = D(2025, 9, 10)
    pg = draw_page(["UWV", "", wgn, "Postbus 118, 3611 AA Helderveen", "", f"Datum  {nl(uw)}", f"Betreft  WIA-aanvraag L. van Oijen, BSN {b}", "",
                    "Uw werknemer is bijna 2 jaar ziek en kan een WIA-uitkering aanvragen.", "Zorg dat het re-integratieverslag compleet is.", "", "UWV"], 2541,
                   stamp=("ONTVANGEN", "12 SEP 2025"))
    scan_pdf([pg], out(DD, "scan0012.pdf"), 2541, uw)
    lab(f"{DD}/scan0012.pdf", "uwv_correspondentie", uw, "D;image-only scan with received stamp;misleading name scan0012.pdf")
    ao = D(2025, 9, 16)
    portal(DD, "Dossierweb - oordeel 16-09-2025.pdf", ao, **ven, crumbs="Dossier HZ-1104 › Documenten", title="Actueel oordeel", printed="16-09-2025",
           fields=[("Werknemer", wn), ("BSN", b), ("Bedrijfsarts", "M. Ypma, BIG 29056781201")],
           sections=[("Stand van zaken", ["Werkt 28 uur in de eigen functie zonder werkplaatswerk."]), ("Arbeidsrelatie", ["Goed."]),
                     ("Passende arbeid bij de werkgever", ["Eigen functie, 28 uur, zonder slijpwerk."])])
    lab(f"{DD}/Dossierweb - oordeel 16-09-2025.pdf", "actueel_oordeel", ao, "D;wkhtmltopdf arbodienst portal print;standard title")
    conv(DD, "Vennewater 16-09-2025.pdf", [
        ("p", "MEDISCH GEHEIM - alleen voor de verzekeringsarts UWV"), ("h", "Medische informatie"),
        ("p", f"Mevrouw L. van Oijen, BSN {b}. Diagnose: cervicale hernia C6-C7 rechts met radiculaire uitstraling; behandeld door neuroloog, geen operatie. Medicatie: pregabaline."),
        ("p", "M. Ypma, bedrijfsarts")], "M. Ypma", ao)
    lab(f"{DD}/Vennewater 16-09-2025.pdf", "medische_informatie", ao, "D;python-docx to LibreOffice PDF;medical information sent to HR by mistake - the employer must not hold it (DOMAIN 5.1)")
    ev = D(2025, 9, 30)
    conv(DD, "Eindevaluatie L van Oijen.pdf", [
        ("h", "Eindevaluatie"), ("t", [["Medewerker", wn], ["BSN", b], ["Werkgever", wgn], ["Aard van het bedrijf", "Keten van 22 opticienwinkels, 160 medewerkers"], ["Datum", "30-09-2025"]]),
        ("p", "Terugblik: opbouw tot 28 uur eigen functie. Arbeidsrelatie: goed. Passende arbeid: 28 uur eigen functie zonder slijpwerk."),
        ("p", "Getekend P. Ramsaran / L. van Oijen")], "P. Ramsaran", ev)
    lab(f"{DD}/Eindevaluatie L van Oijen.pdf", "eindevaluatie", ev, "D;python-docx to LibreOffice PDF;standard title")
    ow = D(2025, 10, 6)
    pg = draw_page([("Helderveen 6 oktober 2025", "hand"), "", ("Beste Priya,", "hand"), ("Ik heb het verslag gelezen en ben het", "hand"),
                    ("eens met wat erin staat. Wel vind ik dat", "hand"), ("de werkplaats te snel is opgegeven.", "hand"), "",
                    ("Groet, Lotte van Oijen", "hand")], 2542)
    photo(pg, out(DD, "IMG_4410.jpg"), 2542)
    lab(f"{DD}/IMG_4410.jpg", "oordeel_werknemer", ow, "D;Pillow phone photo of a handwritten note;employee's view without title")
    eml(out(DD, "inschrijving cursus contactlenzen.eml"), "Erik-Jan Dolman <ej.dolman@helderzicht.example>", "Priya Ramsaran <p.ramsaran@helderzicht.example>",
        "inschrijving cursus contactlenzen", mdate(D(2025, 3, 4), 10, 2), "Hoi Priya, kun jij Lotte inschrijven voor de cursus contactlenzen in mei? Kosten via opleidingsbudget.\n\nEJ\n", "c25d-cur")
    lab(f"{DD}/inschrijving cursus contactlenzen.eml", "", None, "D;Outlook-style e-mail;training enrolment mail is no RIV document")
    portal(DD, "PeopleLijn - verlofoverzicht 2024.pdf", D(2025, 1, 6), **pl, crumbs="Verlof › Van Oijen, L.", title="Verlofoverzicht 2024", printed="06-01-2025",
           fields=[("Medewerker", wn), ("Saldo 1-1-2024", "112 uur"), ("Opgenomen", "64 uur"), ("Saldo 31-12-2024", "48 uur")], sections=[])
    lab(f"{DD}/PeopleLijn - verlofoverzicht 2024.pdf", "", None, "D;wkhtmltopdf HR system print;leave overview is no RIV document")


DOSSIER_YAML = {
    A: f"""werknemer: {{naam: "J. Bouma", bsn: "{BSN['A']}", functie: "Matroos / dekmedewerker"}}
werkgever: {{naam: "Rederij Waddenkaap B.V.", loonheffingennummer: "812345678L01", aard_van_het_bedrijf: "Veerdienst, 4 schepen, 240 medewerkers"}}
bedrijfsarts: {{naam: "drs. H. Scheltema", organisatie: "Arbo Waddenpoort"}}
casemanager: {{naam: "M. Posthuma"}}
eerste_ziektedag: 2024-03-04
""",
    C: f"""werknemer: {{naam: "A. Schuurman", bsn: "{BSN['C']}", functie: "Procesoperator kaasmakerij"}}
werkgever: {{naam: "Coöperatieve Zuivelfabriek De Marskamp U.A.", aard_van_het_bedrijf: "Zuivelcoöperatie, kaasproductie"}}
bedrijfsarts: {{naam: "dr. P.J. Wolthuis", organisatie: "Arbo Trefpunt"}}
casemanager: {{naam: "D. Veltkamp"}}
eerste_ziektedag: 2024-05-21
""",
}


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    case_a()
    case_b()
    case_c()
    case_d()
    # LibreOffice: one batch for every Word file meant as PDF
    soffice_pdf([STAGE / f"{sid}.docx" for sid, _, _ in CONVERT], STAGE)
    for sid, final, when in CONVERT:
        shutil.move(STAGE / f"{sid}.pdf", final)
        normalise_pdf(final, when)
    for p, when in PDFDATES.items():
        if p.exists() and FILES in p.parents:
            normalise_pdf(p, when)
    for p in FILES.rglob("*.pdf"):  # scans: strip Pillow's metadata the same way
        if p not in PDFDATES and all(p != f for _, f, _ in CONVERT):
            normalise_pdf(p, D(2025, 1, 1))
    for build in ATTACH:
        build()
    for case, text in DOSSIER_YAML.items():
        (FILES / case / "dossier.yaml").write_text(text, encoding="utf-8")
    # BSN hygiene: no case's text file carries another case's BSN
    for case, key in ((A, "A"), (B, "B"), (C, "C"), (DD, "D")):
        for p in (FILES / case).rglob("*"):
            if p.suffix in (".txt", ".eml", ".yaml"):
                t = p.read_text(encoding="utf-8", errors="replace")
                for other, v in BSN.items():
                    assert other == key or v not in t, (p, other)
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in sorted(LABELS):
            w.writerow([path, typ, date, "holdout", note])
    shutil.rmtree(STAGE, ignore_errors=True)
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
