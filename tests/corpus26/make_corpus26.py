"""Generate tests/corpus26: 4 fictional case folders as a re-integration bureau receives them (phones, copiers, faxes).

Run: .venv/bin/python tests/corpus26/make_corpus26.py   (rewrites files/ and labels.csv; deterministic)
"""

from __future__ import annotations

import csv
import random
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_lib as g  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
RNG = random.Random(2026)
LABELS: list[dict[str, str]] = []
LO_QUEUE: list[tuple[Path, Path]] = []  # (docx in tmp, final pdf path)
TMP = Path(tempfile.gettempdir()) / "corpus26-build"  # fixed path: wkhtmltopdf output depends on it
shutil.rmtree(TMP, ignore_errors=True)
TMP.mkdir(parents=True)


def label(case: str, path: str, typ: str, date: str, producer: str, trap: str) -> None:
    if date:
        g.weekday(date)
    assert ";" not in producer + trap
    LABELS.append({"path": path, "type": typ, "date": date, "split": "holdout", "note": f"{case};{producer};{trap}"})


def out(path: str) -> Path:
    p = FILES / path
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def lo(path: str, markup: str, author: str, when: str, header: str = "") -> None:
    src = TMP / "docx" / (Path(path).stem + ".docx")
    g.make_docx(markup, src, author, when, header)
    LO_QUEUE.append((src, out(path)))


def scan(path: str, pages: list[str], seed: int, stamp_text: str = "", order: list[int] | None = None,
         serif: bool = False) -> None:
    ims = []
    for i, m in enumerate(pages):
        ims += g.render_pages(m, serif=serif, seed=seed + i)
    if stamp_text:
        ims[0] = g.stamp(ims[0], stamp_text, (610, 90))
    if order:
        ims = [ims[i] for i in order]
    ims = [g.scan_effect(im, seed + k) for k, im in enumerate(ims)]
    g.image_pdf(ims, out(path), "Canon iR-ADV C3530 PDF")


def fax(path: str, pages: list[str], seed: int, header: str, stamp_text: str = "") -> None:
    ims = []
    for m in pages:
        ims += g.render_pages(m, seed=seed, base=23)
    if stamp_text:
        ims[0] = g.stamp(ims[0], stamp_text, (600, 120))
    ims = [g.fax_effect(im, seed + k, header.replace("{p}", str(k + 1)).replace("{n}", str(len(ims))))
           for k, im in enumerate(ims)]
    g.image_pdf(ims, out(path), "Brother MFC-L2710DW Scan to PDF", dpi=110)


def photo(path: str, markup: str, seed: int, kind: str = "wood", serif: bool = False, q: int = 52) -> None:
    page = g.render_pages(markup, serif=serif, seed=seed)[0]
    g.save_jpeg(g.photo_effect(page, seed, kind), out(path), q)


# =====================================================================================================
# Case A: Brouwerij De Zwarte Kraan (brewery) - operator bottellijn L. Dijkstra
# =====================================================================================================
A = "Brouwerij De Zwarte Kraan - L. Dijkstra"
BSN_A = g.make_bsn(RNG)
assert g.elfproef(BSN_A)
BSN_A_D = f"{BSN_A[:4]}.{BSN_A[4:6]}.{BSN_A[6:]}"


def case_a() -> None:
    c = "A"
    ba = "drs. Machteld Oosterhuis, bedrijfsarts (BIG 49061733201)"
    wg = "Brouwerij De Zwarte Kraan B.V., Kraanstraat 4, 9351 PK Oldeveen"
    kop = [("Werknemer", "Lars Dijkstra"), ("BSN", BSN_A), ("Werkgever", "Brouwerij De Zwarte Kraan B.V."),
           ("Dossiernummer", "2024-118"), ("Eerste ziektedag", "12-02-2024")]
    pa = f"""# Probleemanalyse
Datum spreekuur: 19-03-2024. Datum rapportage: 21-03-2024.
Functie: operator bottellijn, 40 uur per week in twee ploegen. BSN {BSN_A}.
## Is er sprake van dreigend langdurig verzuim?
Ja. Ik verwacht dat het verzuim langer dan zes weken duurt; volledige hervatting in het eigen werk verwacht ik niet binnen drie maanden.
## Beperkingen en mogelijkheden
Beperkt in kracht zetten en repeterende bewegingen met de rechterarm en -hand: niet herhaald tillen boven 5 kg, geen knijpende en draaiende handbewegingen langer dan 15 minuten aaneen. Lopen, staan, overzicht houden en aansturen zijn mogelijk. Werktijden: 4 uur per dag, alleen dagdienst.
## Prognose
Redelijk gunstig bij een geleidelijke opbouw; belastbaarheid neemt naar verwachting in de komende drie maanden toe.
## Advies aan werkgever en werknemer
Start met 2 x 4 uur per week met controle- en registratietaken aan de lijn (geen kratten, geen omstellen van de etiketteermachine). Stel binnen twee weken samen een plan van aanpak op. Volgend spreekuur over zes weken.
{ba}, ArboHelder Noord"""
    izp = f"""# Inzetbaarheidsprofiel (bijlage bij de probleemanalyse)
Werknemer: L. Dijkstra, BSN {BSN_A}. Datum 21-03-2024.
| Persoonlijk functioneren | geen beperkingen
| Sociaal functioneren | geen beperkingen
| Fysieke omgevingseisen | geen werk in koude natte ruimte langer dan 1 uur
| Dynamische handelingen | rechts: tillen max 5 kg, niet repeterend knijpen of draaien
| Statische houdingen | geen beperkingen
| Werktijden | 4 uur per dag, dagdienst, geen nachtdienst
{ba}"""
    g.wk_pdf(g.html_doc(pa + "\n===\n" + izp, "ArboHelder · Mijn Dossier", "#1d6b5e", kop,
                        "Geëxporteerd uit ArboHelder Mijn Dossier op 03-12-2025 - alle documenten dossier 2024-118"),
             out(f"{A}/ArboHelder/Alle documenten dossier 2024-118.pdf"), TMP)
    label(c, f"{A}/ArboHelder/Alle documenten dossier 2024-118.pdf", "probleemanalyse", "2024-03-21",
          "wkhtmltopdf portal export",
          "combined export PA then inzetbaarheidsprofiel - labelled by its FIRST document - export date 2025 on every page")

    pva1 = f"""# Plan van aanpak re-integratie
Brouwerij De Zwarte Kraan B.V. - Oldeveen
| Werknemer | Lars Dijkstra, operator bottellijn
| BSN | {BSN_A_D}
| Eerste ziektedag | 12 februari 2024
| Casemanager | Wendy Kalsbeek, P&O-adviseur
| Bedrijfsarts | M. Oosterhuis, ArboHelder Noord
## Doel
Terugkeer in het eigen werk als operator bottellijn, eerst in dagdienst.
## Activiteiten en termijnen
1. Vanaf 8 april: 2 x 4 uur controle en registratie aan lijn 2 (Wendy regelt het rooster).
2. Vanaf 6 mei: 3 x 4 uur, als de bedrijfsarts akkoord is.
3. Lars gaat door met de oefeningen van de fysiotherapeut.
## Evaluatie
Elke zes weken een gesprek met Wendy; eerste evaluatie half mei.
## Visie werkgever
We willen Lars graag terug op de lijn; lichte taken zijn er genoeg.
## Visie werknemer
Ik wil zo snel mogelijk weer ploegendienst draaien, maar eerst de arm sparen.
"""
    pva2 = """Ondertekening
Datum: 2 april 2024
Werkgever: W. Kalsbeek, P&O-adviseur
SIG:W. Kalsbeek
Werknemer: L. Dijkstra
SIG:Lars Dijkstra
~ afschrift naar bedrijfsarts 3/4 - WK"""
    scan(f"{A}/scan0003.pdf", [pva1, pva2], 301, "ONTVANGEN\n03 APR 2024 P&O")
    label(c, f"{A}/scan0003.pdf", "plan_van_aanpak", "2024-04-02", "image-only copier scan 2 pages",
          "generic name scan0003 - stamp date one day after signing - handwritten note")

    te = f"""Hoi Lars,

Zoals beloofd een kort verslag van ons gesprek van woensdag 15 mei.

Hoe gaat het: je werkt nu 3 x 4 uur aan lijn 2, controle en registratie. Dat gaat goed, de arm houdt het. Kratten tillen doe je niet, dat loopt via Jeroen.
Afspraken uit het plan: allemaal nagekomen. Fysio loopt nog tot eind juni.
Volgende stap: in juni kijken of de bedrijfsarts een vierde dag goed vindt.
Volgende evaluatie: eind juni, samen met de teamleider productie.

Groet,
Wendy Kalsbeek
P&O-adviseur Brouwerij De Zwarte Kraan
BSN medewerker {BSN_A} (voor het dossier)"""
    reply = f"""Hoi Wendy, klopt helemaal. Groet Lars

Van: Wendy Kalsbeek <w.kalsbeek@zwartekraan.example>
Verzonden: donderdag 16 mei 2024 09:12
Aan: Lars Dijkstra <lars.dijkstra@gmail-mail.example>
Onderwerp: gesprek woensdag

{te}"""
    g.eml(out(f"{A}/mail/RE gesprek woensdag.eml"), "Lars Dijkstra <lars.dijkstra@gmail-mail.example>",
          "Wendy Kalsbeek <w.kalsbeek@zwartekraan.example>", "RE: gesprek woensdag", "2024-05-16", "20:41:00", reply,
          "a26te1@gmail-mail.example")
    label(c, f"{A}/mail/RE gesprek woensdag.eml", "tussentijdse_evaluatie", "2024-05-16", "Outlook eml reply chain",
          "the verslag is the quoted message - top reply only says klopt - no title")

    bpa = f"""ArboHelder Noord - Postbus 220 - 9350 AE Oldeveen
Aan: Brouwerij De Zwarte Kraan B.V., t.a.v. mevrouw W. Kalsbeek
Betreft: L. Dijkstra, BSN {BSN_A}, dossier 2024-118
Oldeveen, 1 juli 2024
# Bijstelling probleemanalyse
Na het spreekuur van 27 juni stel ik mijn advies van 21 maart bij. Het herstel verloopt trager dan verwacht. De beperkingen in kracht en repeterende handbewegingen rechts zijn blijvender dan ik eerder inschatte.
Gewijzigde belastbaarheid: 4 uur per dag, 4 dagen per week; geen werk aan de etiketteer- en inpaklijn; geen ploegendienst. De prognose voor het eigen werk is onzeker. Ik adviseer werkgever en werknemer het plan van aanpak bij te stellen en ook andere taken binnen de brouwerij te onderzoeken.
Met vriendelijke groet,
SIG:M. Oosterhuis
drs. M. Oosterhuis, bedrijfsarts"""
    photo(f"{A}/IMG_20240704_141233.jpg", bpa, 302, "kitchen")
    label(c, f"{A}/IMG_20240704_141233.jpg", "bijstelling_probleemanalyse", "2024-07-01",
          "Pillow phone photo kitchen table", "photo date three days after the letter - earlier advice date quoted")

    bpva = f"""# Nieuwe afspraken na het advies van de bedrijfsarts
Lars Dijkstra (BSN {BSN_A}) - 10 juli 2024
De bedrijfsarts schreef op 1 juli dat de arm langzamer herstelt. Daarom passen we het plan van 2 april aan.
## Wat verandert
- Doel: niet meer alleen de bottellijn. We kijken ook naar werk in de kwaliteitscontrole (monsters nemen, registratie in het lab).
- Uren: 4 x 4 uur, alleen dagdienst.
- Vanaf 1 augustus loopt Lars twee ochtenden per week mee met Anja in het lab.
## Wat blijft
Gesprek elke zes weken met Wendy. Casemanager blijft Wendy Kalsbeek.
## Wat vinden we ervan
Werkgever: het lab kan iemand met kennis van de lijn goed gebruiken.
Lars: ik vind het spannend maar wil het proberen.
Getekend voor akkoord: W. Kalsbeek (P&O) en L. Dijkstra, 10-07-2024"""
    g.make_docx(bpva, out(f"{A}/Bijstelling afspraken Lars.docx"), "Wendy Kalsbeek", "2024-07-10")
    label(c, f"{A}/Bijstelling afspraken Lars.docx", "bijstelling_plan_van_aanpak", "2024-07-10", "python-docx Word",
          "everyday title - new goal and changed agreements - quotes plan date 2 april")

    photo(f"{A}/IMG_20240918_162010.jpg", """# Orthopedie - Ziekenhuis Oldambtzicht
Polikliniek orthopedie, locatie Veenkoloniën
Aan: de huisarts van de heer L. Dijkstra, geboren 14-08-1986
Datum: 12 september 2024
Geachte collega,
Uw patiënt bezocht opnieuw onze polikliniek vanwege aanhoudende klachten van de rechter elleboog. Diagnose: epicondylitis lateralis rechts, therapieresistent na fysiotherapie en twee injecties met corticosteroïden.
Beleid: wij hebben een operatieve release besproken. Patiënt wil eerst een second opinion. Medicatie: naproxen 500 mg zo nodig.
Controle over drie maanden.
Met collegiale groet,
SIG:R. Tjoelker
R. Tjoelker, orthopedisch chirurg""", 303, "wood")
    label(c, f"{A}/IMG_20240918_162010.jpg", "medische_informatie", "2024-09-12", "Pillow phone photo",
          "specialist letter in the employer's folder - diagnosis and medication - no BSN - debatable see README")

    portal = g.render_pages(f"""# UWV Werkgeversportaal
**Ziekmelding langdurig zieke werknemer - verzonden**
| Werkgever | Brouwerij De Zwarte Kraan B.V.
| Loonheffingennummer | 8142.37.605.L01
| Werknemer | L. Dijkstra
| BSN | {BSN_A}
| Eerste ziektedag | 12-02-2024
| Datum melding | 02-12-2024
| Kenmerk | ZLM-2024-7718204
Uw melding is ontvangen. U ontvangt binnen twee weken een bevestiging met informatie over de eerstejaarsevaluatie.
--
Afdrukken    Terug naar overzicht""", base=24, seed=304)[0].crop((0, 0, 1100, 900))
    g.save_jpeg(g.screen_photo(portal, 304), out(f"{A}/IMG_20241203_093015.jpg"), 55)
    label(c, f"{A}/IMG_20241203_093015.jpg", "ziekmelding_uwv", "2024-12-02", "Pillow photo of a laptop screen",
          "UWV portal page photographed - the photo is a day after the melding")

    lo(f"{A}/Rapport AD onderzoek Dijkstra.pdf", f"""# Rapportage arbeidsdeskundig onderzoek
Werkwaarde Advies - registerarbeidsdeskundigen
| Werknemer | L. Dijkstra, BSN {BSN_A}
| Werkgever | Brouwerij De Zwarte Kraan B.V., Oldeveen
| Opdrachtgever | W. Kalsbeek, P&O-adviseur
| Datum rapport | 22 januari 2025
## 1. Vraagstelling
Kan de heer Dijkstra zijn eigen werk als operator bottellijn weer doen, en zo niet: welk passend werk is er binnen of buiten de brouwerij?
## 2. Belasting van de functie
De functie vraagt herhaald tillen van kratten tot 18 kg, omstellen van machines met knijpende handbewegingen en ploegendienst.
## 3. Belastbaarheid
Volgens de bedrijfsarts (1 juli 2024): geen repeterende knijp- en draaibewegingen rechts, 16 uur per week dagdienst.
## 4. Analyse
Belasting en belastbaarheid sluiten in het eigen werk niet aan. De taken in de kwaliteitscontrole zijn passend voor 16 uur, maar er is geen formatie voor meer uren.
## 5. Advies
Spoor 1: aangepast werk kwaliteitscontrole 16 uur voortzetten. Spoor 2: start een traject naar passend werk bij een andere werkgever voor de resterende uren. Loonwaarde in het eigen werk: nihil.
Thijs Veltkamp, registerarbeidsdeskundige""", "Thijs Veltkamp", "2025-01-22")
    label(c, f"{A}/Rapport AD onderzoek Dijkstra.pdf", "arbeidsdeskundig_rapport", "2025-01-22", "Word to LibreOffice PDF",
          "standard title - quotes bijstelling date")

    eje1 = f"""# Eerstejaarsevaluatie
Lars Dijkstra - BSN {BSN_A_D}
Datum gesprek: 3 februari 2025. Aanwezig: Lars Dijkstra, Wendy Kalsbeek (P&O), Harm Nijdam (productieleider).
## Terugblik op het eerste ziektejaar
Lars begon in april met 8 uur controle aan lijn 2. Na de bijstelling in juli werkt hij 16 uur, waarvan twee ochtenden in het lab. Alle afspraken zijn nagekomen.
## Beoogd resultaat na twee jaar
Structureel 16 uur kwaliteitscontrole bij ons en de rest van de uren passend werk elders.
## Tweede spoor
Conform het advies van de arbeidsdeskundige van 22 januari starten we een tweede-spoortraject via Koerswissel Loopbaan.
"""
    eje2 = """## Visie werkgever
Wij zijn tevreden over de inzet van Lars; meer uren in het lab kunnen we niet bieden.
## Visie werknemer
Ik snap het, al had ik liever helemaal terug gewild.
~ Lars wil ook graag een heftruckcertificaat halen - bespreken met Koerswissel
Handtekening werkgever            Handtekening werknemer
SIG:Kalsbeek
SIG:L. Dijkstra"""
    scan(f"{A}/pva.pdf", [eje1, eje2], 305)
    label(c, f"{A}/pva.pdf", "eerstejaarsevaluatie", "2025-02-03", "image-only copier scan 2 pages",
          "misleading name pva.pdf holds the EJE - handwritten addition")

    lo(f"{A}/Koerswissel/Trajectplan Dijkstra.pdf", f"""# Koerswissel Loopbaan - Trajectplan 2e spoor
Kandidaat: Lars Dijkstra, BSN {BSN_A}. Opdrachtgever: Brouwerij De Zwarte Kraan B.V.
Intakegesprek: 4 maart 2025. Datum trajectplan: 6 maart 2025. Loopbaancoach: Ilse Wubbels.
## Persoonsprofiel
Twaalf jaar ervaring in productie en procesbewaking, nauwkeurig, MBO-4 procestechniek. Belastbaarheid volgens bedrijfsarts: geen repeterende handbewegingen rechts, dagdienst.
## Zoekprofiel
Functies: procesoperator meet- en regeltechniek, kwaliteitsmedewerker levensmiddelen, planner productie. Regio: tot 35 km van Oldeveen.
## Activiteiten
Arbeidsmarktoriëntatie (maart-april), netwerkgesprekken, sollicitatietraining, elke maand een voortgangsrapportage.
Getekend: I. Wubbels (coach) en L. Dijkstra (kandidaat)""", "Ilse Wubbels", "2025-03-06")
    label(c, f"{A}/Koerswissel/Trajectplan Dijkstra.pdf", "trajectplan_tweede_spoor", "2025-03-06",
          "Word to LibreOffice PDF", "intake date two days before plan date")

    fax(f"{A}/Koerswissel/fax 2025-06-13.pdf", [f"""# Voortgangsrapportage
Koerswissel Loopbaan - rapportageperiode 1 maart t/m 31 mei 2025
Kandidaat: L. Dijkstra (BSN {BSN_A}) - opdrachtgever Brouwerij De Zwarte Kraan
Datum rapportage: 12 juni 2025
## Activiteiten in de periode
- 6 netwerkgesprekken, waaronder bij een zuivelfabriek en een waterbedrijf
- 9 sollicitaties, 2 sollicitatiegesprekken
- sollicitatietraining afgerond op 14 mei
## Inzet van de kandidaat
Lars is gemotiveerd en komt afspraken na.
## Vervolg
Proefplaatsing als kwaliteitsmedewerker bij Zuivelhuis Aduard vanaf juli onderzoeken.
I. Wubbels, loopbaancoach"""], 306, "13/06/2025 10:02  FAX +31 50 0004417  KOERSWISSEL LOOPBAAN   P.{p}/{n}")
    label(c, f"{A}/Koerswissel/fax 2025-06-13.pdf", "voortgangsrapportage_tweede_spoor", "2025-06-12",
          "image-only fax 1-bit", "fax header date one day after the report - period dates")

    ao_p1 = f"""ArboHelder Noord - vertrouwelijk
# Actueel oordeel
Ten behoeve van het re-integratieverslag (WIA-aanvraag)
Werknemer: L. Dijkstra, BSN {BSN_A}
Werkgever: Brouwerij De Zwarte Kraan B.V.
Datum spreekuur: 14 oktober 2025. Datum: 16 oktober 2025.
## Stand van zaken
De heer Dijkstra werkt 16 uur per week in de kwaliteitscontrole en loopt sinds augustus een proefplaatsing van 12 uur bij een zuivelbedrijf.
## Belastbaarheid
Beperkt voor repeterende knijp- en draaibewegingen en kracht zetten met rechts; dagdienst; ongeveer 28 uur per week belastbaar.
(zie pagina 2)"""
    ao_p2 = """## Arbeidsrelatie
De verhouding tussen werkgever en werknemer is goed; er zijn geen conflicten.
## Passende arbeid bij de werkgever
Eigen werk is niet passend. Het werk in de kwaliteitscontrole (16 uur) is passend; meer passende uren zijn er bij deze werkgever naar mijn oordeel niet.
Dit oordeel bevat geen medische gegevens.
SIG:M. Oosterhuis
drs. M. Oosterhuis, bedrijfsarts, BIG 49061733201
pagina 2 van 2"""
    scan(f"{A}/scan_20251020.pdf", [ao_p1, ao_p2], 307, "ONTVANGEN\n20 OKT 2025", order=[1, 0])
    label(c, f"{A}/scan_20251020.pdf", "actueel_oordeel", "2025-10-16", "image-only copier scan 2 pages",
          "pages in the wrong order - page 2 first - stamp four days later")

    g.make_docx(f"""# Eindevaluatie
Brouwerij De Zwarte Kraan B.V. - re-integratie L. Dijkstra (BSN {BSN_A})
Datum: 30 oktober 2025
## Aard van het bedrijf
Ambachtelijke brouwerij met 46 medewerkers, eigen bottel- en fustlijn, levering aan horeca en slijterijen in Noord-Nederland.
## Terugblik
Eerste ziektedag 12 februari 2024. Opbouw in controle aan lijn 2, bijstelling in juli 2024 naar werk in het lab, arbeidsdeskundig onderzoek januari 2025, tweede spoor bij Koerswissel sinds maart 2025, proefplaatsing bij Zuivelhuis Aduard sinds augustus.
## Stand van zaken bij de WIA-aanvraag
16 uur kwaliteitscontrole bij ons, 12 uur proefplaatsing elders.
## Arbeidsrelatie en passende arbeid
De arbeidsrelatie is goed. Er is bij ons geen passend werk voor meer dan 16 uur; we volgen het actueel oordeel van 16 oktober.
Werkgever: W. Kalsbeek, P&O-adviseur      Werknemer: L. Dijkstra""",
                out(f"{A}/Eindevaluatie Lars Dijkstra.docx"), "Wendy Kalsbeek", "2025-10-30")
    label(c, f"{A}/Eindevaluatie Lars Dijkstra.docx", "eindevaluatie", "2025-10-30", "python-docx Word",
          "standard title - quotes AO date")

    out(f"{A}/Lars reactie.txt").write_text("""Wat ik van het verslag vind - Lars Dijkstra 5-11-2025

Ik heb de map van Wendy gelezen. Het klopt wat erin staat over de uren en het lab.
Ik ben het eens met het verslag, behalve dat er staat dat ik in juli 2024 zelf om het lab vroeg, dat was het idee van de bedrijfsarts.
Verder ben ik tevreden over hoe de brouwerij mij geholpen heeft en ik hoop bij het zuivelbedrijf te kunnen blijven.

Lars
""", encoding="utf-8")
    label(c, f"{A}/Lars reactie.txt", "oordeel_werknemer", "2025-11-05", "plain text",
          "no title - everyday words - partly disagrees")

    photo(f"{A}/rooster wk 18.jpg", """# Rooster bottelarij week 18 (29 april - 3 mei)
| Lijn 1 vroeg | Jeroen, Sandra, Piet
| Lijn 1 laat | Koen, Fatima, Dirk
| Lijn 2 dag | Lars (controle 8-12), Anja, Rik
| Fust | Bram, Wessel
| Lab | Anja (middag)
~ Vrijdag 3 mei lijn 1 stil - onderhoud
Vragen: Harm Nijdam, productieleider""", 308, "wood")
    label(c, f"{A}/rooster wk 18.jpg", "", "", "Pillow phone photo", "non-RIV work roster naming the employee")

    g.eml(out(f"{A}/mail/Uitnodiging proeverij personeel.eml"), "Harm Nijdam <h.nijdam@zwartekraan.example>",
          "Allen <personeel@zwartekraan.example>", "Uitnodiging proeverij nieuw winterbier", "2024-11-20", "11:05:00",
          """Beste collega's,

Op vrijdag 6 december om 16.00 uur proeven we samen het nieuwe winterbier. Ook collega's die thuis zijn of aan het re-integreren zijn, zoals Lars, zijn van harte welkom.

Graag even aanmelden bij Wendy.

Proost,
Harm Nijdam, productieleider""", "a26pr1@zwartekraan.example")
    label(c, f"{A}/mail/Uitnodiging proeverij personeel.eml", "", "", "Outlook eml",
          "non-RIV staff invitation mentioning re-integratie")


# =====================================================================================================
# Case B: Uitvaartcentrum Hofstede (funeral home) - uitvaartverzorger J. Boerma
# =====================================================================================================
B = "Uitvaartcentrum Hofstede - J. Boerma"
BSN_B = g.make_bsn(RNG)
assert g.elfproef(BSN_B)


def case_b() -> None:
    c = "B"
    ba = "M. Roorda-Smit, bedrijfsarts, BIG 89057214601"
    fax("{B}/fax advies bedrijfsarts.pdf".format(B=B), [f"""Bedrijfsartsenpraktijk De Kaap - Dorpsstraat 11 - 8061 AB Wolderwijk
Aan: Uitvaartcentrum Hofstede, t.a.v. de heer G. Hofstede
Wolderwijk, 9 november 2023
Betreft: mevrouw J. Boerma, uitvaartverzorger, BSN {BSN_B}
Geachte heer Hofstede,
Op 7 november zag ik mevrouw Boerma op mijn spreekuur. Zij is sinds 2 oktober volledig verzuimd. Hierbij mijn oordeel en advies bij dreigend langdurig verzuim.
Mevrouw is beperkt in het omgaan met emotionele belasting, conflicten en deadlines, en in het werken onder tijdsdruk. Avond- en nachtdiensten (piketdiensten) zijn niet mogelijk. Zij kan ongeveer 2 uur per dag eenvoudige administratieve taken doen.
Ik verwacht herstel binnen drie tot zes maanden. Advies: start met ondersteunende kantoortaken, geen contact met nabestaanden, en stel binnen twee weken samen een plan van aanpak op.
Met vriendelijke groet,
SIG:Roorda
{ba}"""], 401, "09-NOV-2023 16:47  VAN: DE KAAP BEDRIJFSARTSEN 0529-000318  AAN: HOFSTEDE  P.{p}")
    label(c, f"{B}/fax advies bedrijfsarts.pdf", "probleemanalyse", "2023-11-09", "image-only fax 1-bit",
          "PA without the word probleemanalyse - consult date two days earlier")

    lo(f"{B}/document.pdf", f"""Wat we samen hebben afgesproken - Jolanda Boerma
Datum: 20 november 2023. BSN {BSN_B}. Eerste ziektedag 2 oktober 2023.
Waar willen we naartoe? Jolanda komt terug in haar eigen werk als uitvaartverzorger, eerst zonder piketdiensten en zonder gesprekken met nabestaanden.
Hoe pakken we het aan?
- Vanaf 27 november werkt Jolanda 3 ochtenden van 2 uur op kantoor: archief, bestellingen bloemwerk en drukwerk.
- Na zes weken bekijken we of er meer uren en de verzorging van overledenen bij kunnen, in overleg met de bedrijfsarts.
- Jolanda gaat naar de praktijkondersteuner van haar huisarts; dat regelt ze zelf.
Wie houdt het overzicht? Ria Bakker (administratie) is casemanager en plant de gesprekken, elke zes weken.
Wat vinden wij ervan? Gerrit Hofstede: we missen Jolanda en geven haar de tijd. Jolanda: ik ben blij dat ik iets kan doen, maar ik ben bang voor de piket.
Getekend, Gerrit Hofstede (eigenaar) en Jolanda Boerma""", "Ria Bakker", "2023-11-20")
    label(c, f"{B}/document.pdf", "plan_van_aanpak", "2023-11-20", "Word to LibreOffice PDF",
          "generic name document.pdf - no title - everyday words")

    g.make_docx(f"""Verslag gesprek 8 januari 2024
Aanwezig: Jolanda Boerma, Ria Bakker (casemanager). BSN {BSN_B}.
Hoe gaat het? Het gaat beter. De ochtenden op kantoor lukken, Jolanda slaapt beter.
Afspraken van november: nagekomen. Jolanda werkt nu 3 x 2 uur.
Wat gaan we doen? Vanaf 15 januari 4 x 3 uur. Verzorging van overledenen samen met Marco, nog geen contact met families.
Volgend gesprek: 19 februari.
Opgesteld door Ria Bakker op 10 januari 2024""", out(f"{B}/Verslag gesprek 8 januari.docx"), "Ria Bakker", "2024-01-10")
    label(c, f"{B}/Verslag gesprek 8 januari.docx", "tussentijdse_evaluatie", "2024-01-10", "python-docx Word",
          "meeting date in name and title - written two days later")

    scan(f"{B}/scan0011.pdf", [f"""Bedrijfsartsenpraktijk De Kaap
Aan: Uitvaartcentrum Hofstede - Wolderwijk, 7 maart 2024
Betreft: J. Boerma, BSN {BSN_B}
# Bijstelling probleemanalyse
Op het spreekuur van 5 maart zag ik dat het herstel is gestagneerd. De belastbaarheid is gewijzigd ten opzichte van mijn advies van 9 november 2023: mevrouw Boerma kan voorlopig geen werk met overledenen of nabestaanden doen. Kantoorwerk tot 4 x 4 uur per week is wel mogelijk.
De prognose voor het eigen werk is ongunstiger geworden; ik verwacht niet dat zij binnen een half jaar in haar eigen werk terug is. Advies: stel het plan van aanpak bij en onderzoek passende taken in de administratie of planning.
Met vriendelijke groet,
SIG:Roorda
{ba}"""], 402, "ONTVANGEN\n12 MRT 2024", serif=True)
    label(c, f"{B}/scan0011.pdf", "bijstelling_probleemanalyse", "2024-03-07", "image-only copier scan with stamp",
          "stamp ONTVANGEN 12 MRT 2024 is not the document date")

    photo(f"{B}/WhatsApp Image 2024-05-02 at 19.41.07.jpeg", f"""UWV - Postbus 9010 - 7500 VZ Vlietwaarde
Mevrouw J. Boerma
Datum: 29 april 2024. Ons kenmerk: DO-24-113907
Burgerservicenummer: {BSN_B}
# Deskundigenoordeel
U vroeg ons op 26 maart 2024 om een deskundigenoordeel over de vraag of de werkzaamheden die uw werkgever u aanbiedt passend zijn.
Ons oordeel: de aangeboden werkzaamheden in de uitvaartverzorging met contact met nabestaanden zijn op dit moment niet passend. De kantoortaken van 16 uur per week zijn wel passend.
Wij baseren dit op het onderzoek van de verzekeringsarts en de arbeidsdeskundige van UWV op 18 april 2024.
Met vriendelijke groet,
Uitvoeringsinstituut Werknemersverzekeringen""", 403, "kitchen")
    label(c, f"{B}/WhatsApp Image 2024-05-02 at 19.41.07.jpeg", "deskundigenoordeel", "2024-04-29",
          "Pillow phone photo kitchen table", "photo of a letter on a kitchen table sent by WhatsApp - request date quoted")

    psych = g.render_pages(f"""Praktijk voor Psychologie Veenhof - GZ-psycholoog
Aan: mevrouw J. Boerma
Datum: 14 juni 2024
Betreft: behandelverslag
Beste Jolanda,
Zoals besproken hierbij een samenvatting van de behandeling. Diagnose (DSM-5): aanpassingsstoornis met gemengd angstige en depressieve stemming, bij rouw na het overlijden van uw vader en hoge werkdruk.
Behandeling: 12 sessies EMDR en cognitieve gedragstherapie sinds januari. U gebruikt sertraline 50 mg via de huisarts.
Het beloop is wisselend. Ik adviseer de behandeling tot september voort te zetten.
Met vriendelijke groet,
SIG:E. Veenhof
drs. E. Veenhof, GZ-psycholoog""", seed=404)
    b = __import__("io").BytesIO()
    tmpp = TMP / "psych.pdf"
    g.image_pdf([g.scan_effect(p, 404) for p in psych], tmpp, "Microsoft Lens")
    g.eml(out(f"{B}/mail/Fwd verslag psycholoog.eml"), "Jolanda Boerma <jolandaboerma@kpn-post.example>",
          "Ria Bakker <administratie@uitvaarthofstede.example>", "Fwd: verslag psycholoog", "2024-06-17", "08:55:00",
          """Hoi Ria,

Hierbij het verslag van mijn psycholoog, dan weten jullie hoe het ervoor staat.

Groetjes Jolanda""", "b26ps1@kpn-post.example",
          attachments=[("verslag psycholoog.pdf", tmpp.read_bytes(), "application/pdf")])
    del b
    label(c, f"{B}/mail/Fwd verslag psycholoog.eml", "", "", "Outlook eml covering mail",
          "pure covering mail - non-RIV")
    label(c, f"{B}/mail/Fwd verslag psycholoog.eml::verslag psycholoog.pdf", "medische_informatie", "2024-06-14",
          "image-only phone scan attachment", "treating psychologist letter with DSM diagnosis and medication sent to the employer - debatable see README")

    scan(f"{B}/bevestiging UWV.pdf", [f"""UWV - Postbus 9010 - 7500 VZ Vlietwaarde
Uitvaartcentrum Hofstede, t.a.v. de salarisadministratie
Datum: 29 juli 2024. Kenmerk: ZLM-24-0551872
# Bevestiging ziekmelding langdurig zieke werknemer
Op 22 juli 2024 heeft u uw werknemer ziek gemeld bij UWV.
| Werknemer | J. Boerma
| Burgerservicenummer | {BSN_B}
| Eerste ziektedag | 02-10-2023
Wat moet u nu doen? Rond week 52 houdt u samen met uw werknemer de eerstejaarsevaluatie. Uiterlijk in week 93 moet uw werknemer de WIA-uitkering aanvragen.
Met vriendelijke groet, UWV"""], 405)
    label(c, f"{B}/bevestiging UWV.pdf", "ziekmelding_uwv", "2024-07-29", "image-only copier scan",
          "UWV confirmation dated a week after the melding it confirms - labelled by letter date")

    lo(f"{B}/Eerstejaarsevaluatie Jolanda.pdf", f"""# Eerstejaarsevaluatie
Uitvaartcentrum Hofstede - Jolanda Boerma, BSN {BSN_B}
Datum: 23 september 2024
## Hoe ging het eerste ziektejaar?
Jolanda begon in november 2023 met kantoorwerk. In maart stelde de bedrijfsarts de belastbaarheid bij. UWV oordeelde op 29 april dat het kantoorwerk van 16 uur passend is. Jolanda werkt nu 4 x 4 uur administratie en planning.
## Wat willen we bereiken in het tweede ziektejaar?
Structureel werk in de planning van uitvaarten, 24 uur, zonder piket. Eigen werk als uitvaartverzorger is voorlopig niet haalbaar.
## Tweede spoor
Nog niet: er is een concreet vooruitzicht op 24 uur planning binnen drie maanden.
## Visie werkgever en werknemer
Gerrit Hofstede: we maken de planningsfunctie vast. Jolanda: ik ben er blij mee.
Getekend, G. Hofstede en J. Boerma""", "Ria Bakker", "2024-09-23")
    label(c, f"{B}/Eerstejaarsevaluatie Jolanda.pdf", "eerstejaarsevaluatie", "2024-09-23", "Word to LibreOffice PDF",
          "standard title - second track motivated as not needed")

    scan(f"{B}/AO.pdf", [f"""UWV - Postbus 9010 - 7500 VZ Vlietwaarde
Mevrouw J. Boerma
Datum: 5 juni 2025. Burgerservicenummer {BSN_B}
# U kunt een WIA-uitkering aanvragen
U bent bijna twee jaar ziek. Uw eerste ziektedag was 2 oktober 2023. Wilt u een WIA-uitkering? Dan moet u die uiterlijk op 30 juni 2025 aanvragen.
Stuur het re-integratieverslag mee. Uw werkgever stelt dit verslag samen met u op; u moet een kopie krijgen.
De wachttijd eindigt op 28 september 2025.
Met vriendelijke groet, UWV"""], 406)
    label(c, f"{B}/AO.pdf", "uwv_correspondentie", "2025-06-05", "image-only copier scan",
          "misleading name AO.pdf holds the UWV week-88 WIA letter - deadline and wachttijd dates")

    fax(f"{B}/fax actueel oordeel.pdf", [f"""Bedrijfsartsenpraktijk De Kaap
Wolderwijk, 12 juni 2025
Betreft: J. Boerma, BSN {BSN_B} - ten behoeve van de WIA-aanvraag
# Actueel oordeel bedrijfsarts
Ik zag mevrouw Boerma op 10 juni 2025. Zij werkt 24 uur per week als planner uitvaarten.
Belastbaarheid: beperkt voor emotioneel zware situaties, tijdsdruk en onregelmatige diensten; 24 uur per week, dagdienst.
Arbeidsrelatie: goed, geen belemmeringen.
Passende arbeid bij de werkgever: het werk als planner is passend. Het eigen werk met piketdiensten is niet passend.
SIG:Roorda
{ba}"""], 407, "12-JUN-2025 09:31  VAN: DE KAAP BEDRIJFSARTSEN 0529-000318  P.{p}")
    label(c, f"{B}/fax actueel oordeel.pdf", "actueel_oordeel", "2025-06-12", "image-only fax 1-bit",
          "consult date two days before")

    ev1 = f"""# Eindevaluatie
Uitvaartcentrum Hofstede v.o.f. - Wolderwijk
Werknemer: Jolanda Boerma, BSN {BSN_B}. Datum: 23 juni 2025
## Aard van het bedrijf
Familiebedrijf in uitvaartverzorging met 11 medewerkers en een eigen rouwcentrum; 24 uur per dag bereikbaar.
## Terugblik
Na de start met kantoorwerk (november 2023), de bijstelling (maart 2024) en het deskundigenoordeel (april 2024) werkt Jolanda sinds januari 2025 vast 24 uur als planner.
## Arbeidsrelatie en passende arbeid
De arbeidsrelatie is goed. Passend werk: planner 24 uur. Meer uren of het eigen werk zijn er niet passend.
(ondertekening volgende pagina)"""
    ev2 = """Eindevaluatie J. Boerma - pagina 2
Werkgever: G. Hofstede, eigenaar
SIG:G. Hofstede
Werknemer: J. Boerma
SIG:Jolanda Boerma
Datum: 23-06-2025
~ kopie RIV aan Jolanda meegegeven 23/6"""
    scan(f"{B}/Eindevaluatie p1.pdf", [ev1], 408)
    label(c, f"{B}/Eindevaluatie p1.pdf", "eindevaluatie", "2025-06-23", "image-only copier scan",
          "page 1 only - signature page is a separate photo IMG_0412.jpg")
    photo(f"{B}/IMG_0412.jpg", ev2, 409, "wood")
    label(c, f"{B}/IMG_0412.jpg", "eindevaluatie", "2025-06-23", "Pillow phone photo",
          "signature page of the eindevaluatie photographed separately - handwritten note - debatable see README")

    g.eml(out(f"{B}/mail/RE re-integratieverslag.eml"), "Jolanda Boerma <jolandaboerma@kpn-post.example>",
          "Ria Bakker <administratie@uitvaarthofstede.example>", "RE: re-integratieverslag", "2025-06-30", "21:14:00",
          f"""Hoi Ria,

Hier mijn reactie op het verslag, voor bij de WIA-aanvraag.

Ik ben het eens met wat er in het verslag staat over de afgelopen twee jaar. Gerrit en jij hebben mij de ruimte gegeven. Wel vind ik dat in de eindevaluatie te weinig staat dat ik de planning grotendeels zelf heb opgezet.
Verder heb ik geen opmerkingen.

Jolanda Boerma (BSN {BSN_B})

Van: Ria Bakker <administratie@uitvaarthofstede.example>
Verzonden: maandag 23 juni 2025 16:02
Aan: Jolanda Boerma
Onderwerp: re-integratieverslag

Hoi Jolanda, in de bijlage het hele verslag. Wil je laten weten wat je ervan vindt? Groet Ria""",
          "b26ow1@kpn-post.example")
    label(c, f"{B}/mail/RE re-integratieverslag.eml", "oordeel_werknemer", "2025-06-30", "Outlook eml reply chain",
          "employee view as a reply - quoted request a week older")

    lo(f"{B}/loonstrook juni 2024.pdf", f"""Uitvaartcentrum Hofstede v.o.f. - Salarisspecificatie juni 2024
| Medewerker | J. Boerma
| BSN | {BSN_B}
| Functie | Uitvaartverzorger
| Uren contract | 32
| Salaris | 3.112,40
| Doorbetaling ziekte 100% | 3.112,40
| Loonheffing | -596,11
| Netto | 2.516,29
Betaaldatum 25-06-2024""", "salarisadministratie", "2024-06-25")
    label(c, f"{B}/loonstrook juni 2024.pdf", "", "", "Word to LibreOffice PDF", "non-RIV payslip with sick pay line")

    photo(f"{B}/kaartje collega's.jpg", """~ Lieve Jolanda,
~ We denken aan je! Neem de tijd, de koffie staat klaar.
~ Veel liefs van iedereen bij Hofstede
~ Marco, Ria, Gerrit, Annet, Sjoerd en Wim
~ 18 oktober 2023""", 410, "kitchen")
    label(c, f"{B}/kaartje collega's.jpg", "", "", "Pillow phone photo", "non-RIV handwritten card from colleagues")


# =====================================================================================================
# Case C: Visverwerking Noordkaap (fish processing) - A. Wieringa
# =====================================================================================================
C = "Visverwerking Noordkaap - A. Wieringa (24-207)"
BSN_C = g.make_bsn(RNG)
assert g.elfproef(BSN_C)


def case_c() -> None:
    c = "C"
    ba = "dr. P. Sieperda, bedrijfsarts (BIG 19048826601)"
    kop = [("Medewerker", "A. Wieringa"), ("BSN", BSN_C), ("Werkgever", "Visverwerking Noordkaap B.V."),
           ("Verzuimnummer", "24-207")]
    g.wk_pdf(g.html_doc(f"""# Probleemanalyse
Datum: 13-06-2024. Spreekuur: 11-06-2024.
## Dreigend langdurig verzuim
Ja. Mevrouw Wieringa is sinds 6 mei 2024 volledig verzuimd. Ik verwacht dat zij niet binnen drie maanden volledig in haar eigen werk als productiemedewerker fileerafdeling terug is.
## Beperkingen en mogelijkheden
Beperkt voor langdurig staan (max 30 minuten aaneen), voorover gebogen werken, tillen boven 10 kg en werken in koude (4 graden). Zittend licht werk is mogelijk, 3 uur per dag.
## Prognose
Geleidelijk herstel verwacht over drie tot zes maanden.
## Advies
Start met zittend werk (etiketteren, controle verpakking) 3 x 3 uur. Werkgever en werknemer stellen binnen twee weken een plan van aanpak op. Casemanager: verzuimbureau Kompasroos.
{ba}""", "Mijn Waddenpoort - Arbo Waddenpoort", "#274b8a", kop, "Afgedrukt op 14-06-2024 - Arbo Waddenpoort"),
             out(f"{C}/Probleemanalyse Wieringa.pdf"), TMP)
    label(c, f"{C}/Probleemanalyse Wieringa.pdf", "probleemanalyse", "2024-06-13", "wkhtmltopdf portal print",
          "standard title - print date a day later - consult date")

    g.make_docx(f"""# Plan van aanpak
| Werknemer | Anouk Wieringa
| BSN | {BSN_C}
| Functie | Productiemedewerker fileerafdeling, 38 uur
| Eerste ziektedag | 6 mei 2024
| Casemanager | Noor Visscher, Verzuimbureau Kompasroos
| Datum | 24 juni 2024
## Re-integratiedoel
Terugkeer in eigen werk (spoor 1), eerst zittend werk in de verpakking.
## Activiteiten
| Wat | Wanneer
| Zittend etiketteren 3 x 3 uur | vanaf 1 juli
| Uitbreiden naar 4 x 4 uur | vanaf half augustus, na spreekuur
| Oefentherapie | loopt, door werknemer
## Evaluatiemomenten
Elke zes weken met de casemanager en de ploegleider.
## Visie werkgever
We kunnen in de verpakking tijdelijk een zittende plek maken.
## Visie werknemer
Ik wil graag terug naar het fileren.
Handtekening werkgever: J. de Haan (bedrijfsleider)    Handtekening werknemer: A. Wieringa""",
                out(f"{C}/Plan van aanpak A. Wieringa.docx"), "Noor Visscher", "2024-06-24")
    label(c, f"{C}/Plan van aanpak A. Wieringa.docx", "plan_van_aanpak", "2024-06-24", "python-docx Word",
          "standard title - activity table with start dates")

    scan(f"{C}/scan_0001.pdf", [f"""# Evaluatieformulier re-integratie
Verzuimbureau Kompasroos
Naam werknemer:
~ Anouk Wieringa
BSN:
~ {BSN_C}
Datum gesprek:
~ 5-8-2024
Soort gesprek:
[ ] Plan van aanpak
[x] Evaluatie / voortgang
[ ] Eerstejaarsevaluatie
[ ] Eindevaluatie
Zijn de afspraken nagekomen?
[x] Ja   [ ] Deels   [ ] Nee
Toelichting:
~ werkt 3x3 uur etiketteren, gaat goed. Staan nog lastig.
~ volgende stap 4x4 uur na spreekuur 12/8
Volgende evaluatie:
~ half september
SIG:N. Visscher
SIG:A. Wieringa"""], 501)
    label(c, f"{C}/scan_0001.pdf", "tussentijdse_evaluatie", "2024-08-05", "image-only scan of a hand-filled form",
          "ticked boxes and handwriting - BSN only in handwriting pixels")

    g.eml(out(f"{C}/mail/verslag 2e gesprek.eml"), "Noor Visscher <n.visscher@kompasroos.example>",
          "Anouk Wieringa <a.wieringa@ziggo-mail.example>", "verslag 2e gesprek", "2024-09-16", "15:20:00",
          f"""Beste Anouk,

Hierbij het verslag van ons gesprek van vanochtend, met Jelle (ploegleider).

Voortgang: je werkt sinds 19 augustus 4 x 4 uur in de verpakking. Staan gaat beter, maar na 3 uur merk je de rug. Tillen doet Jelle.
Afspraken nagekomen: ja.
Nieuwe afspraken: je probeert vanaf oktober één uur per dag aan de fileerlijn, op een sta-zit-kruk. Oefentherapie loopt door.
Volgende evaluatie: eind oktober, na het spreekuur bij de bedrijfsarts.

BSN {BSN_C}, verzuimnummer 24-207

Met vriendelijke groet,
Noor Visscher
Casemanager, Verzuimbureau Kompasroos""", "c26te2@kompasroos.example", cc="Jelle de Boer <j.deboer@noordkaapvis.example>")
    label(c, f"{C}/mail/verslag 2e gesprek.eml", "tussentijdse_evaluatie", "2024-09-16", "Outlook eml",
          "mail body is the evaluation - no title")

    bpa = f"""# Bijstelling probleemanalyse
Datum: 04-11-2024. Spreekuur: 31-10-2024.
Het herstel stagneert. Het proberen aan de fileerlijn leidde tot een toename van de klachten.
## Gewijzigde belastbaarheid
Geen werk in koude ruimtes; geen staand werk langer dan 15 minuten; tillen max 5 kg; 4 x 4 uur zittend.
## Prognose en advies
Terugkeer in het eigen werk is onwaarschijnlijk. Ik adviseer het plan van aanpak bij te stellen en een arbeidsdeskundig onderzoek te laten doen.
{ba}"""
    fml = f"""# Functionele mogelijkhedenlijst (bijlage)
A. Wieringa, BSN {BSN_C}, 04-11-2024
| Rubriek 1 Persoonlijk functioneren | normaal
| Rubriek 2 Sociaal functioneren | normaal
| Rubriek 3 Aanpassing aan fysieke omgevingseisen | beperkt: geen koude
| Rubriek 4 Dynamische handelingen | beperkt: tillen max 5 kg
| Rubriek 5 Statische houdingen | beperkt: staan max 15 min aaneen
| Rubriek 6 Werktijden | 4 uur per dag, 4 dagen
{ba}"""
    g.wk_pdf(g.html_doc(bpa + "\n===\n" + fml, "Mijn Waddenpoort - Arbo Waddenpoort", "#274b8a", kop,
                        "Alle documenten dossier 2024-207 - export 06-01-2026"),
             out(f"{C}/Alle documenten dossier 2024-207.pdf"), TMP)
    label(c, f"{C}/Alle documenten dossier 2024-207.pdf", "bijstelling_probleemanalyse", "2024-11-04",
          "wkhtmltopdf portal export",
          "combined export bijstelling PA then FML - labelled by its FIRST document - export date 2026")

    g.eml(out(f"{C}/mail/ziekmelding UWV gedaan.eml"), "Saskia Mulder <salaris@noordkaapvis.example>",
          "Noor Visscher <n.visscher@kompasroos.example>", "ziekmelding UWV gedaan - Wieringa", "2025-02-24", "10:02:00",
          f"""Hoi Noor,

Vandaag heb ik Anouk Wieringa (BSN {BSN_C}) via het werkgeversportaal ziek gemeld bij UWV, de melding na 42 weken ziekte. Eerste ziektedag 6 mei 2024.
Kenmerk van de melding: ZLM-2025-0933120. De bevestiging stuur ik door als die binnen is.

Groet,
Saskia Mulder
Salarisadministratie Visverwerking Noordkaap""", "c26zm1@noordkaapvis.example")
    label(c, f"{C}/mail/ziekmelding UWV gedaan.eml", "ziekmelding_uwv", "2025-02-24", "Outlook eml",
          "debatable - the employer's own record of the 42-week report in a mail body - see README")

    ad1 = f"""# Arbeidsdeskundig rapport
Bureau Slotema Arbeidsdeskundigen - in opdracht van Visverwerking Noordkaap B.V.
Werknemer: A. Wieringa, BSN {BSN_C}. Datum rapport: 10 april 2025.
## Aanleiding
Bijstelling probleemanalyse van 4 november 2024: eigen werk waarschijnlijk niet meer mogelijk.
## Functiebelasting
Fileren: staand werk in 4 graden, voorovergebogen, repeterend, tillen van kratten tot 15 kg.
## Belastbaarheid
Zittend werk, geen koude, 16 uur per week (FML 4 november 2024).
"""
    ad2 = """## Beoordeling passend werk
Eigen werk: niet passend. Aangepast werk in de verpakking: passend voor 16 uur, niet meer structureel beschikbaar na de reorganisatie van juni.
## Advies
Spoor 2 inzetten: zoek passend werk bij een andere werkgever, bijvoorbeeld administratief of zittend productiewerk in een warme omgeving. Loonwaarde in eigen werk 0%.
R. Slotema, register-arbeidsdeskundige"""
    scan(f"{C}/Arbeidsdeskundig rapport.pdf", [ad1, ad2], 502)
    label(c, f"{C}/Arbeidsdeskundig rapport.pdf", "arbeidsdeskundig_rapport", "2025-04-10",
          "image-only copier scan 2 pages", "quotes bijstelling PA and FML dates")

    lo(f"{C}/EJE Anouk.pdf", f"""# Eerstejaarsevaluatie
Visverwerking Noordkaap B.V. - verzuimnummer 24-207
Werknemer: Anouk Wieringa, BSN {BSN_C}. Datum: 28 april 2025.
Aanwezig: A. Wieringa, J. de Haan (bedrijfsleider), N. Visscher (casemanager).
## Terugblik eerste ziektejaar
Opbouw tot 4 x 4 uur zittend werk in de verpakking. Poging fileerlijn in oktober 2024 mislukt. Arbeidsdeskundig onderzoek 10 april 2025: eigen werk niet passend.
## Re-integratieresultaat tweede ziektejaar
Passend werk bij een andere werkgever voor minimaal 16 uur.
## Spoor 2
Start binnen vier weken via Nieuwe Haven Re-integratie.
## Visie werkgever / werknemer
Werkgever: helaas geen structurele plek meer na de reorganisatie. Werknemer: ik begrijp het en wil aan de slag met spoor 2.""",
       "Noor Visscher", "2025-04-28")
    label(c, f"{C}/EJE Anouk.pdf", "eerstejaarsevaluatie", "2025-04-28", "Word to LibreOffice PDF",
          "abbreviation EJE in name - standard title")

    scan(f"{C}/Bijstelling PvA spoor 2.pdf", [f"""# Bijstelling plan van aanpak
Werknemer: A. Wieringa (BSN {BSN_C}) - datum 12 mei 2025
## Nieuw doel
Spoor 2: passend werk bij een andere werkgever. Spoor 1 loopt door met 16 uur verpakking tot er werk elders is.
## Gewijzigde afspraken
- Trajectbureau: Nieuwe Haven Re-integratie, start intake 20 mei.
- Evaluatie elke zes weken met de casemanager blijft.
## Visie
Werkgever: eens. Werknemer: eens.
~ aanvulling: Anouk wil graag een cursus Excel - Noor vraagt offerte
Getekend: J. de Haan en A. Wieringa
SIG:J. de Haan
SIG:A. Wieringa"""], 503, "ONTVANGEN\n14 MEI 2025 KOMPASROOS")
    label(c, f"{C}/Bijstelling PvA spoor 2.pdf", "bijstelling_plan_van_aanpak", "2025-05-12",
          "image-only copier scan with stamp", "handwritten addition - stamp two days later")

    tp = TMP / "Trajectplan Wieringa.pdf"
    g.wk_pdf(g.html_doc(f"""# Intakeverslag en trajectplan
Kandidaat: Anouk Wieringa (BSN {BSN_C}). Intake: 20 mei 2025. Trajectplan: 22 mei 2025.
## Persoonsprofiel
Acht jaar productiewerk in de visverwerking, VMBO-kader, nauwkeurig, teamspeler. Beperkingen: zittend werk, geen koude, 16-24 uur.
## Zoekprofiel
Administratief medewerker logistiek, orderpicker met hulpmiddelen in warme omgeving, medewerker klantenservice.
## Plan
Arbeidsmarktoriëntatie, Excel-cursus, sollicitaties vanaf juli, maandelijkse voortgangsrapportage.
Jobcoach: Marit Postma""", "Nieuwe Haven Re-integratie - cliëntvolgsysteem", "#0f7a8a",
                        [("Traject", "2e spoor"), ("Opdrachtgever", "Visverwerking Noordkaap B.V.")],
                        "Nieuwe Haven Re-integratie - afgedrukt 22-05-2025"), tp, TMP)
    g.eml(out(f"{C}/mail/Trajectplan Nieuwe Haven.eml"), "Marit Postma <m.postma@nieuwehaven.example>",
          "Noor Visscher <n.visscher@kompasroos.example>", "Trajectplan A. Wieringa", "2025-05-23", "09:40:00",
          """Beste Noor,

In de bijlage het trajectplan van Anouk, zoals gisteren met haar besproken en getekend.

Met vriendelijke groet,
Marit Postma
Jobcoach, Nieuwe Haven Re-integratie""", "c26tp1@nieuwehaven.example",
          attachments=[("Trajectplan Wieringa.pdf", tp.read_bytes(), "application/pdf")])
    label(c, f"{C}/mail/Trajectplan Nieuwe Haven.eml", "", "", "Outlook eml covering mail", "pure covering mail - non-RIV")
    label(c, f"{C}/mail/Trajectplan Nieuwe Haven.eml::Trajectplan Wieringa.pdf", "trajectplan_tweede_spoor",
          "2025-05-22", "wkhtmltopdf client-system print attachment", "title Intakeverslag en trajectplan - no word tweede spoor in body text")

    photo(f"{C}/voortgang Nieuwe Haven aug.jpg", f"""Nieuwe Haven Re-integratie
# Voortgangsrapportage 2e spoor
Kandidaat: A. Wieringa. Periode: juni - augustus 2025. Datum: 28 augustus 2025
## Activiteiten
- Excel-cursus afgerond (juli)
- 11 sollicitaties op vacatures, 3 gesprekken
- 4 netwerkgesprekken bij logistieke bedrijven
## Inzet kandidaat
Goed; Anouk is actief en neemt zelf initiatief.
## Vervolg
Werkervaringsplaats administratie bij Transportbedrijf Oudega (20 uur) per 15 september.
M. Postma, jobcoach""", 504, "wood")
    label(c, f"{C}/voortgang Nieuwe Haven aug.jpg", "voortgangsrapportage_tweede_spoor", "2025-08-28",
          "Pillow phone photo", "period dates and start date next to the report date")

    g.wk_pdf(g.html_doc(f"""# Actueel oordeel
Datum: 08-01-2026. Spreekuur 06-01-2026. Ten behoeve van het re-integratieverslag.
## Stand van zaken
Mevrouw Wieringa werkt 16 uur in de verpakking en 20 uur op een werkervaringsplaats administratie elders.
## Belastbaarheid
Zittend werk met afwisseling, geen koude, geen tillen boven 5 kg, ongeveer 36 uur per week.
## Arbeidsrelatie
Goed.
## Passende arbeid bij de werkgever
Het eigen werk is niet passend. Er is bij de werkgever geen structureel passend werk.
{ba}""", "Mijn Waddenpoort - Arbo Waddenpoort", "#274b8a", kop, "Afgedrukt op 09-01-2026 - Arbo Waddenpoort"),
             out(f"{C}/Actueel oordeel 08-01-2026.pdf"), TMP)
    label(c, f"{C}/Actueel oordeel 08-01-2026.pdf", "actueel_oordeel", "2026-01-08", "wkhtmltopdf portal print",
          "standard title - print date the day after")

    lo(f"{C}/Nieuwe Haven eindrapport.pdf", f"""Nieuwe Haven Re-integratie
# Eindrapportage
Kandidaat: A. Wieringa, BSN {BSN_C}. Traject: 20 mei 2025 - 12 januari 2026. Datum: 12 januari 2026.
## Resultaat traject
Werkervaringsplaats administratie bij Transportbedrijf Oudega sinds 15 september 2025; de werkgever biedt per 1 februari 2026 een contract van 20 uur aan.
## Inspanningen
28 sollicitaties, 9 gesprekken, Excel-cursus, 12 coachgesprekken.
## Advies
Afsluiting van het traject na de start van het contract.
Marit Postma, jobcoach""", "Marit Postma", "2026-01-12")
    label(c, f"{C}/Nieuwe Haven eindrapport.pdf", "eindrapportage_tweede_spoor", "2026-01-12",
          "Word to LibreOffice PDF", "trajectory start and contract dates next to the report date")

    ev1 = f"""# Eindevaluatie
Visverwerking Noordkaap B.V. - A. Wieringa, BSN {BSN_C}
Datum: 19 januari 2026
## Aard van het bedrijf
Verwerking en verpakking van vis voor groothandel en supermarkten; 130 medewerkers; werk in koelruimtes (4 graden) in twee ploegen.
## Terugblik over twee jaar
Opbouw zittend werk 2024, bijstelling PA november 2024, AD-onderzoek april 2025, spoor 2 sinds mei 2025, werkervaringsplaats sinds september 2025.
"""
    ev2 = """## Arbeidsrelatie
Goed. Wij volgen het actueel oordeel van 8 januari 2026.
## Passende arbeid
Bij ons niet structureel. Elders: 20 uur administratie met contract per februari.
Werkgever: J. de Haan                Werknemer: A. Wieringa
SIG:J. de Haan
SIG:A. Wieringa"""
    scan(f"{C}/Eindevaluatie Wieringa.pdf", [ev1, ev2], 505, "ONTVANGEN\n21 JAN 2026")
    label(c, f"{C}/Eindevaluatie Wieringa.pdf", "eindevaluatie", "2026-01-19", "image-only copier scan 2 pages",
          "stamp two days later - quotes AO date")

    photo(f"{C}/formulier Anouk.jpg", f"""# Oordeel werknemer over het re-integratieverslag
Naam:
~ Anouk Wieringa
BSN:
~ {BSN_C}
Ik heb een kopie van het re-integratieverslag ontvangen.
[x] Ja   [ ] Nee
Ik ben het eens met de inhoud van het re-integratieverslag.
[ ] Ja, helemaal   [x] Grotendeels   [ ] Nee
Toelichting:
~ De poging aan de fileerlijn in oktober 2024 was te vroeg, dat staat er niet in. Verder klopt het.
Datum:
~ 23-1-2026
SIG:A. Wieringa""", 506, "kitchen")
    label(c, f"{C}/formulier Anouk.jpg", "oordeel_werknemer", "2026-01-23", "Pillow phone photo of a hand-filled form",
          "ticked boxes and handwriting - generic name")

    g.eml(out(f"{C}/mail/aanmelding HACCP training.eml"), "Jelle de Boer <j.deboer@noordkaapvis.example>",
          "Productie <productie@noordkaapvis.example>", "aanmelding HACCP herhalingstraining", "2025-03-10", "07:45:00",
          """Allemaal,

De jaarlijkse HACCP-herhalingstraining is op 3 en 10 april. Iedereen van de fileer- en verpakkingsafdeling meldt zich aan bij mij, ook wie nu aangepast werk doet.

Jelle""", "c26hc1@noordkaapvis.example")
    label(c, f"{C}/mail/aanmelding HACCP training.eml", "", "", "Outlook eml", "non-RIV training mail mentioning aangepast werk")


# =====================================================================================================
# Case D: Bibliotheek Lindemeer (public library) - S. Kooistra
# =====================================================================================================
D = "Bibliotheek Lindemeer - dossier S. Kooistra"
BSN_D = g.make_bsn(RNG)
assert g.elfproef(BSN_D)


def case_d() -> None:
    c = "D"
    ba = "J.H. Venema, bedrijfsarts, BIG 59063318101, ArboMeent"
    lo(f"{D}/Advies bedrijfsarts februari.pdf", f"""ArboMeent - Stationsweg 40 - 9201 GH Lindemeer
Aan: Stichting Bibliotheek Lindemeer, t.a.v. mevrouw H. Vos, teamleider
Lindemeer, 15 februari 2024
Betreft: mevrouw S. Kooistra, BSN {BSN_D}
Geachte mevrouw Vos,
Op 13 februari sprak ik mevrouw Kooistra. Zij verzuimt sinds 8 januari na een val. Er is sprake van dreigend langdurig verzuim.
Mevrouw is beperkt in het verwerken van veel prikkels (geluid, licht, drukte), in concentratie langer dan 30 minuten en in beeldschermwerk langer dan een uur per dag. Zij is belastbaar voor rustig werk van 2 uur per dag.
Ik verwacht een geleidelijk herstel in drie tot zes maanden. Mijn advies is te starten met rustige taken achter de schermen (collectie, reserveringen), niet aan de balie, en samen binnen twee weken een plan van aanpak te maken.
Met vriendelijke groet,
{ba}""", "J.H. Venema", "2024-02-15")
    label(c, f"{D}/Advies bedrijfsarts februari.pdf", "probleemanalyse", "2024-02-15", "Word to LibreOffice PDF",
          "PA as a letter without the word probleemanalyse - consult date")

    photo(f"{D}/IMG_2207.jpg", f"""# Plan van aanpak
Medewerker: Sietske Kooistra, medewerker klantcontact en collectie (28 uur). BSN {BSN_D}
Datum: 27 februari 2024. Casemanager: Hanneke Vos (teamleider).
## Doel
Terug in het eigen werk, eerst zonder baliedienst.
## Afspraken
1. Vanaf 4 maart: 3 x 2 uur collectiewerk in het magazijn (afvoeren, reserveringen).
2. Vanaf april uitbreiden als het goed gaat, na het spreekuur.
3. Evaluatie elke zes weken, eerste op 9 april.
## Visie
Bibliotheek: we richten een stille werkplek in. Sietske: ik wil rustig opbouwen.
SIG:H. Vos
SIG:S. Kooistra""", 601, "wood")
    label(c, f"{D}/IMG_2207.jpg", "plan_van_aanpak", "2024-02-27", "Pillow phone photo", "generic camera name - shadow")

    scan(f"{D}/gespreksverslag april.pdf", [f"""# Gespreksverslag
Bibliotheek Lindemeer - gesprek 9 april 2024
Medewerker: S. Kooistra (BSN {BSN_D}). Aanwezig: Sietske Kooistra, Hanneke Vos.
Voortgang: Sietske werkt 3 x 2 uur in het magazijn. Ze heeft minder hoofdpijn na het werk. De afspraken zijn nagekomen.
Nieuwe afspraken: vanaf 15 april 3 x 3 uur, met na anderhalf uur een pauze in de stilteruimte.
Volgende evaluatie: 21 mei.
~ Sietske wil in juni een uurtje meedraaien bij de voorleesochtend - eerst BA vragen
SIG:H. Vos"""], 602)
    label(c, f"{D}/gespreksverslag april.pdf", "tussentijdse_evaluatie", "2024-04-09", "image-only copier scan",
          "handwritten addition")

    fax(f"{D}/fax ArboMeent mei.pdf", [f"""ArboMeent
# Inzetbaarheidsprofiel
Naam: S. Kooistra. BSN {BSN_D}. Datum: 14 mei 2024
| Persoonlijk functioneren | beperkt: concentratie max 45 min, geen hoge tijdsdruk
| Sociaal functioneren | beperkt: geen conflicthantering aan de balie
| Fysieke omgevingseisen | beperkt: geen lawaai, geen fel licht
| Dynamische handelingen | normaal
| Statische houdingen | normaal
| Werktijden | 3 uur per dag, 4 dagen, geen avonden
{ba}"""], 603, "14/05/2024 13:22  ARBOMEENT LINDEMEER  +31 59 0002210  P.{p}/{n}")
    label(c, f"{D}/fax ArboMeent mei.pdf", "inzetbaarheidsprofiel", "2024-05-14", "image-only fax 1-bit",
          "profile without the word probleemanalyse - generic fax name")

    body = f"""Hoi Hanneke,

Akkoord, zo kunnen we verder.

Sietske

Van: Hanneke Vos <h.vos@bibliotheeklindemeer.example>
Verzonden: dinsdag 4 juni 2024 14:30
Aan: Sietske Kooistra <sietske.kooistra@hetnet-mail.example>
Onderwerp: afspraken juni

Hoi Sietske,

Na het advies van de bedrijfsarts (profiel van 14 mei) passen we het plan van aanpak van februari aan:
- nieuw doel: eigen werk zonder avonddiensten en met maximaal 1 uur baliedienst per dag;
- uren: 4 x 3 uur vanaf 10 juni;
- we onderzoeken of je de jeugdcollectie structureel kunt doen (aangepast eigen werk);
- evaluatie elke zes weken blijft, casemanager blijf ik.

Wil je laten weten of je akkoord bent? Dan is dit onze bijstelling van het plan.

Groet, Hanneke Vos, teamleider (BSN medewerker {BSN_D})"""
    g.eml(out(f"{D}/mail/RE afspraken juni.eml"), "Sietske Kooistra <sietske.kooistra@hetnet-mail.example>",
          "Hanneke Vos <h.vos@bibliotheeklindemeer.example>", "RE: afspraken juni", "2024-06-04", "19:02:00", body,
          "d26bp1@hetnet-mail.example")
    label(c, f"{D}/mail/RE afspraken juni.eml", "bijstelling_plan_van_aanpak", "2024-06-04", "Outlook eml reply chain",
          "the bijstelling is the quoted message - top reply only says akkoord")

    g.wk_pdf(g.html_doc(f"""# Ziekmelding langdurig zieke werknemer
Status: verzonden op 28-10-2024
| Werkgever | Stichting Bibliotheek Lindemeer
| Loonheffingennummer | 8077.12.940.L01
| Werknemer | S. Kooistra
| BSN | {BSN_D}
| Eerste ziektedag | 08-01-2024
| Soort melding | Ziekmelding na 42 weken
Bewaar deze pagina voor uw administratie.""", "UWV Werkgeversportaal", "#0b5fa5",
                        [("Ingelogd als", "H. Vos"), ("Organisatie", "Stichting Bibliotheek Lindemeer")],
                        "uwv.nl/werkgeversportaal - afgedrukt 28-10-2024"),
             out(f"{D}/Ziekmelding UWV.pdf"), TMP)
    label(c, f"{D}/Ziekmelding UWV.pdf", "ziekmelding_uwv", "2024-10-28", "wkhtmltopdf portal print",
          "print of the UWV employer portal page")

    g.make_docx(f"""Een jaar verder - gesprek met Sietske Kooistra
Datum: 30 december 2024. BSN {BSN_D}. Aanwezig: Sietske, Hanneke Vos (teamleider), Pieter Zijlstra (directeur).
Hoe is het eerste jaar gegaan?
Sietske begon in maart met 6 uur in het magazijn. Na de nieuwe afspraken van juni werkt ze 4 x 3 uur, sinds oktober 4 x 4 uur, vooral de jeugdcollectie. Baliedienst lukt een uur per dag op rustige ochtenden.
Wat willen we na twee jaar bereikt hebben?
Sietske werkt 24 van haar 28 uur in aangepast eigen werk: jeugdcollectie, voorleesochtenden en korte baliediensten.
Moet er een tweede spoor komen?
Nee. Er is een concreet perspectief op aangepast eigen werk binnen drie maanden; de bedrijfsarts ondersteunt dat.
Wat vinden we ervan?
Bibliotheek: we zijn blij met hoe het gaat. Sietske: ik ben tevreden, al ben ik na een werkdag nog erg moe.""",
                out(f"{D}/jaargesprek Sietske.docx"), "Hanneke Vos", "2024-12-30")
    label(c, f"{D}/jaargesprek Sietske.docx", "eerstejaarsevaluatie", "2024-12-30", "python-docx Word",
          "no standard title - Een jaar verder - second track motivated as not needed")

    out(f"{D}/aantekeningen gesprek 11-3.txt").write_text(f"""gesprek Sietske 11-3-2025
aanwezig Hanneke en Sietske
- werkt 4x5 uur, jeugdcollectie + 2 voorleesochtenden per week
- balie 1 uur per dag gaat goed, avond nog niet
- afspraken van december nagekomen
- volgende stap: 24 uur vanaf april, BA eind maart
- volgend gesprek 22 april
BSN {BSN_D}
HV
""", encoding="utf-8")
    label(c, f"{D}/aantekeningen gesprek 11-3.txt", "tussentijdse_evaluatie", "2025-03-11", "plain text",
          "terse notes without a title")

    photo(f"{D}/foto brief UWV.jpg", f"""UWV - Postbus 9010 - 7500 VZ Vlietwaarde
Mevrouw S. Kooistra
Datum: 10 september 2025. Burgerservicenummer {BSN_D}
# Aanvraag WIA-uitkering
U bent bijna 2 jaar ziek. Wilt u een WIA-uitkering aanvragen? Doe dat uiterlijk op 6 oktober 2025. Uw wachttijd eindigt op 4 januari 2026.
Bij uw aanvraag hoort het re-integratieverslag. Uw werkgever maakt dit samen met u.
Met vriendelijke groet, UWV""", 604, "kitchen")
    label(c, f"{D}/foto brief UWV.jpg", "uwv_correspondentie", "2025-09-10", "Pillow phone photo kitchen table",
          "photo of a letter on a kitchen table - deadline and wachttijd dates")

    lo(f"{D}/Actueel oordeel bedrijfsarts Kooistra.pdf", f"""ArboMeent - Lindemeer, 16 september 2025
Betreft: S. Kooistra, BSN {BSN_D}
# Actueel oordeel
Ten behoeve van het re-integratieverslag bij de WIA-aanvraag. Spreekuur 15 september 2025.
Stand van zaken: mevrouw Kooistra werkt 24 uur per week in aangepast eigen werk.
Belastbaarheid: beperkt voor prikkels (lawaai, drukte), concentratie onder tijdsdruk en avondwerk; 24 uur per week.
Arbeidsrelatie: goed.
Passende arbeid bij de werkgever: het aangepaste werk van 24 uur is passend; de volle 28 uur met avonddiensten niet.
{ba}""", "J.H. Venema", "2025-09-16")
    label(c, f"{D}/Actueel oordeel bedrijfsarts Kooistra.pdf", "actueel_oordeel", "2025-09-16",
          "Word to LibreOffice PDF", "standard title in a letter")

    photo(f"{D}/brief in envelop.jpg", f"""MEDISCH GEHEIM - alleen voor de verzekeringsarts van UWV
ArboMeent - 16 september 2025
# Medische informatie
Betreft: S. Kooistra, BSN {BSN_D}
Diagnose: post-commotioneel syndroom na hersenschudding (val van trap, januari 2024); migraine zonder aura.
Behandeling: neurologische revalidatie (ergotherapie, cognitieve training) januari - juli 2024; bij de neuroloog onder controle.
Medicatie: sumatriptan zo nodig, amitriptyline 10 mg.
Beloop: geleidelijk herstel, restklachten bij prikkels en vermoeidheid.
{ba}""", 605, "wood")
    label(c, f"{D}/brief in envelop.jpg", "medische_informatie", "2025-09-16", "Pillow phone photo",
          "bedrijfsarts MI photographed in the employer's folder - generic name")

    lo(f"{D}/Eindevaluatie.pdf", f"""# Eindevaluatie plan van aanpak
Stichting Bibliotheek Lindemeer - S. Kooistra, BSN {BSN_D}
Datum: 29 september 2025
## Aard van het bedrijf
Openbare bibliotheek met drie vestigingen en 38 medewerkers; uitleen, activiteiten voor jeugd en volwassenen, educatie met scholen.
## Terugblik op twee jaar
Opbouw vanaf maart 2024 in het magazijn; bijstelling juni 2024; sinds april 2025 24 uur aangepast eigen werk.
## Arbeidsrelatie
Goed.
## Passende arbeid
Het aangepaste werk van 24 uur is passend en wordt vastgelegd. Meer uren of avonddiensten zijn niet passend (actueel oordeel 16 september 2025).
Getekend: H. Vos (teamleider), P. Zijlstra (directeur), S. Kooistra""", "Hanneke Vos", "2025-09-29")
    label(c, f"{D}/Eindevaluatie.pdf", "eindevaluatie", "2025-09-29", "Word to LibreOffice PDF",
          "standard title - quotes AO date")

    g.make_docx(f"""Mijn reactie op het re-integratieverslag
Sietske Kooistra, BSN {BSN_D}
2 oktober 2025
Ik heb het verslag van de bibliotheek gelezen. Ik ben het eens met de inhoud. De bibliotheek heeft veel moeite gedaan om een rustige plek voor mij te maken.
Ik wil wel opmerken dat ik de avonddiensten graag weer zou doen als ik daar later toe in staat ben.
S. Kooistra""", out(f"{D}/Mijn reactie op het verslag.docx"), "Sietske Kooistra", "2025-10-02")
    label(c, f"{D}/Mijn reactie op het verslag.docx", "oordeel_werknemer", "2025-10-02", "python-docx Word",
          "no standard title")

    lo(f"{D}/offerte bureaustoel.pdf", """Kantoorinrichting Hoekstra - Offerte 2024-0391
Aan: Bibliotheek Lindemeer, t.a.v. H. Vos
Datum: 19 maart 2024
| Artikel | Prijs
| Ergonomische bureaustoel met synchroonmechaniek | 689,00
| Akoestisch scherm 160 x 120 | 412,00
| Bureaulamp daglicht dimbaar | 94,50
Totaal excl. btw: 1.195,50. Levertijd twee weken. Geldig tot 19 april 2024.""", "Kantoorinrichting Hoekstra", "2024-03-19")
    label(c, f"{D}/offerte bureaustoel.pdf", "", "", "Word to LibreOffice PDF", "non-RIV quote for workplace aids")

    (FILES / D / "dossier.yaml").write_text(f"""werknemer: {{naam: "S. Kooistra", bsn: "{BSN_D}", functie: "Medewerker klantcontact en collectie"}}
werkgever: {{naam: "Stichting Bibliotheek Lindemeer", loonheffingennummer: "807712940L01", aard_van_het_bedrijf: "Openbare bibliotheek"}}
bedrijfsarts: {{naam: "J.H. Venema", organisatie: "ArboMeent"}}
casemanager: {{naam: "H. Vos"}}
eerste_ziektedag: 2024-01-08
""", encoding="utf-8")


def finish_lo() -> None:
    docs = [s for s, _ in LO_QUEUE]
    g.lo_pdf(docs, TMP)
    for src, dst in LO_QUEUE:
        pdf = TMP / "lo-out" / (src.stem + ".pdf")
        shutil.move(pdf, dst)
        g.normalise_pdf(dst, "LibreOffice 7.4", "Writer")


def main() -> None:
    g.reset(FILES)
    case_a()
    case_b()
    case_c()
    case_d()
    finish_lo()
    (FILES / A / "dossier.yaml").write_text(f"""werknemer: {{naam: "L. Dijkstra", bsn: "{BSN_A}", functie: "Operator bottellijn"}}
werkgever: {{naam: "Brouwerij De Zwarte Kraan B.V.", loonheffingennummer: "814237605L01", aard_van_het_bedrijf: "Brouwerij"}}
bedrijfsarts: {{naam: "M. Oosterhuis", organisatie: "ArboHelder Noord"}}
casemanager: {{naam: "W. Kalsbeek"}}
eerste_ziektedag: 2024-02-12
""", encoding="utf-8")
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, ["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        for r in sorted(LABELS, key=lambda r: r["path"]):
            w.writerow(r)
    shutil.rmtree(TMP)
    print(len(LABELS), "labels")


if __name__ == "__main__":
    main()
