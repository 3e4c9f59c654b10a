# Case texts for make_corpus31.py (exec'd there; uses add(), nl(), dmy(), en(), stamp(), BSN).
# ruff: noqa: F821

# ============================================================ A: e-commerce fulfilment warehouse, second track
A_KOP = f"Werknemer: Romano Valk | BSN: {BSN['A']} | Geboortedatum 14-09-1979 | Verzuimnummer 2024-118"
ARBO_A = "Mijn ArboSluis"

add("A", "Alle documenten dossier 2024-118.pdf", "wkcombined", "probleemanalyse", "2024-03-18",
    "combined arbodienst export: probleemanalyse then inzetbaarheidsprofiel - labelled by its FIRST document",
    portal=ARBO_A, printed="Geëxporteerd uit Mijn ArboSluis door y.tjallema - Alle documenten dossier 2024-118",
    parts=[f"""
# Probleemanalyse
| Werknemer | Romano Valk
| BSN | {BSN['A']}
| Werkgever | Oostervaart Fulfilment B.V., Havenweg 40, Duivenmolen
| Functie | Medewerker retourverwerking, 38 uur per week
| Eerste ziektedag | {dmy('2024-02-12')}
| Bedrijfsarts | drs. I.M. Kramer-Bontekoe, bedrijfsarts, BIG 49061234501
| Datum spreekuur | {dmy('2024-03-18')}
## Is er sprake van dreigend langdurig verzuim?
Ja. De heer Valk is niet in staat zijn eigen werk te doen. Ik verwacht dat hij langer dan drie maanden niet volledig inzetbaar zal zijn.
## Beperkingen en mogelijkheden
Beperkt in reiken boven schouderhoogte en tillen boven 5 kg met rechts. Geen repeterende arm-handbewegingen. Mogelijkheden: lichte administratieve taken, controle en registratie, 4 uur per dag.
## Prognose
Herstel wordt verwacht maar gaat langzaam. Over zes weken herbeoordeling.
## Advies aan werkgever en werknemer
Stel binnen twee weken samen een plan van aanpak op. Start met aangepast werk aan de scanbalie (registratie retouren), 4 x 4 uur.
""", f"""
# Inzetbaarheidsprofiel (bijlage bij probleemanalyse)
| Werknemer | R. Valk, BSN {BSN['A']}
| Datum | {dmy('2024-03-18')}
## Persoonlijk functioneren
Geen beperkingen.
## Sociaal functioneren
Geen beperkingen.
## Dynamische handelingen
Tillen en dragen rechts: maximaal 5 kg. Reiken boven schouderhoogte: niet. Repeterend duwen en trekken: niet.
## Statische houdingen
Zitten en staan: normaal, afwisseling gewenst.
## Werktijden
4 uur per dag, 4 dagen per week.
Opgesteld door I.M. Kramer-Bontekoe, bedrijfsarts
"""])

add("A", "PvA Romano.docx", "docx", "plan_van_aanpak", "2024-03-28",
    "Word template of the employer with visie werkgever/werknemer", author="Yvonne Tjallema", text=f"""
# Plan van aanpak re-integratie
Oostervaart Fulfilment B.V. - afdeling HR
{A_KOP}
Functie: medewerker retourverwerking (38 uur). Casemanager: Yvonne Tjallema, HR-adviseur.
## Re-integratiedoel
Terugkeer in het eigen werk, zo nodig met aanpassingen aan de retourlijn.
## Activiteiten en termijnen
- Vanaf 2 april: aangepast werk aan de scanbalie, 4 x 4 uur, geen tillen boven 5 kg.
- Fysiotherapie via eigen huisarts; Romano meldt wijzigingen in zijn belastbaarheid bij de bedrijfsarts.
- Elke zes weken een evaluatiegesprek met teamleider Bas Ruyter en HR.
## Evaluatiemomenten
9 mei, 20 juni, 1 augustus 2024 en de eerstejaarsevaluatie in januari 2025.
## Visie werkgever
Wij verwachten dat Romano met aanpassingen terug kan in zijn eigen functie.
## Visie werknemer
Ik wil graag terug naar mijn eigen werk, maar weet nog niet of mijn schouder het houdt.
Duivenmolen, {nl('2024-03-28')}
Handtekening werkgever: Y. Tjallema          Handtekening werknemer: R. Valk
""")

add("A", "gesprek 9 mei.eml", "eml", "tussentijdse_evaluatie", "2024-05-09",
    "teamleader mail without any title, body is the evaluation",
    frm="Bas Ruyter <b.ruyter@oostervaart-fulfilment.example>",
    to="Romano Valk <romano.valk@kpnmail.example>", cc="Yvonne Tjallema <y.tjallema@oostervaart-fulfilment.example>",
    subj="ons gesprek van vandaag", hdate="Thu, 09 May 2024 16:12:40 +0200", mid="a3-9mei-2024", text=f"""
Hoi Romano,

Even kort wat we vanmiddag besproken hebben (BSN {BSN['A']} voor het dossier van Yvonne).

Het werk aan de scanbalie gaat goed, je doet nu 4 ochtenden van 4 uur. Tillen laat je over aan de collega's van de
lijn, dat loopt prima. Je merkt dat je schouder na de derde ochtend vermoeid is.
Afgesproken: de komende zes weken blijft het 4 x 4 uur. Op 20 juni praten we weer, dan kijken we of er een uur bij kan.
De afspraken uit het plan zijn tot nu toe allemaal nagekomen.

Groet,
Bas Ruyter
Teamleider retourverwerking
""")

add("A", "scan0003.pdf", "scan", "ziekmelding_uwv", "2024-12-05",
    "misleading scanner name, UWV confirmation of the 42nd-week report with a receipt stamp",
    stamp=stamp("2024-12-09"), pages=[f"""
UWV
Postbus 58285, 1040 HG Amsterdam
Oostervaart Fulfilment B.V.
t.a.v. afdeling HR
Havenweg 40
Duivenmolen
Datum: {nl('2024-12-05')}
Ons kenmerk: ZM/42-2024-118-7731
# Bevestiging ziekmelding van uw werknemer
Geachte heer, mevrouw,
Wij hebben uw ziekmelding na 42 weken (aangifte langdurige ziekte) ontvangen voor:
Naam: R. Valk   BSN: {BSN['A']}
Eerste ziektedag: {dmy('2024-02-12')}
Met deze brief bevestigen wij de melding. Uw werknemer ontvangt van ons informatie over de eerstejaarsevaluatie.
Met vriendelijke groet,
UWV Werkgeversservicepunt
"""])

add("A", "AD-onderzoek Valk def.pdf", "lo", "arbeidsdeskundig_rapport", "2025-01-09",
    "private arbeidsdeskundige with numbered chapters, advises second track", author="R. Hellingman", text=f"""
Hellingman Arbeidsdeskundig Advies - Kade 7 - Wiltersum
# Rapportage arbeidsdeskundig onderzoek
Opdrachtgever: Oostervaart Fulfilment B.V., mw. Y. Tjallema
Betreft: R. Valk, BSN: {BSN['A']}, medewerker retourverwerking
Datum rapport: {nl('2025-01-09')}
## 1. Vraagstelling
Kan de heer Valk terugkeren in zijn eigen werk, eventueel aangepast, en zo niet: is spoor 2 aangewezen?
## 2. Belastbaarheid
Uitgangspunt is het inzetbaarheidsprofiel van de bedrijfsarts: niet boven schouderhoogte, tillen maximaal 5 kg rechts, 24 uur per week.
## 3. Functiebelasting eigen werk
Retourverwerking vraagt 40-60 keer per uur reiken naar stellingen tot 1,90 m en tillen van dozen tot 15 kg. De functiebelasting overschrijdt de belastbaarheid structureel.
## 4. Aanpassingen en passend werk bij de werkgever
De scanbalie is geen volwaardige functie (ongeveer 12 uur per week). Andere functies in het bedrijf (klantenservice, planning) vragen opleiding; klantenservice is op termijn mogelijk.
## 5. Conclusie en advies
Eigen werk is niet passend, ook niet aangepast. Ik adviseer de inzet van een tweede spoor naast het benutten van de 12 uur scanbalie. Loonwaarde aangepast werk: circa 85 %.
R. Hellingman, register-arbeidsdeskundige (RADG)
""")

add("A", "Evaluatie 1e jaar getekend.pdf", "scan", "eerstejaarsevaluatie", "2025-01-22",
    "scanned signed form with a handwritten addition", hand=["+ Romano wil graag richting klantenservice - YT"],
    pages=[f"""
# Eerstejaarsevaluatie
Oostervaart Fulfilment B.V.
Naam werknemer: Romano Valk          BSN: {BSN['A']}
Datum gesprek: {nl('2025-01-22')}     Aanwezig: Y. Tjallema (HR), B. Ruyter, R. Valk
## Terugblik op het eerste ziektejaar
Romano werkt 4 x 4 uur aan de scanbalie. Uitbreiding naar 24 uur is gelukt in oktober. Terugkeer in eigen werk is volgens de arbeidsdeskundige niet haalbaar.
## Welk re-integratieresultaat willen we in het tweede ziektejaar bereiken?
Structureel passend werk voor minimaal 24 uur, binnen of buiten Oostervaart.
## Hoe?
Spoor 1: scanbalie en een proefplaatsing klantenservice. Spoor 2: re-integratiebureau Stapsteen start in februari.
## Visie werkgever / visie werknemer
Werkgever: het tweede spoor is nodig. Werknemer: ik ben het ermee eens, maar ik hoop op de klantenservice.
Handtekeningen: Y. Tjallema ............   R. Valk ............
"""])

add("A", "Bijstelling PvA spoor 2.pdf", "lo", "bijstelling_plan_van_aanpak", "2025-02-03",
    "standard title, adds the second track after the AD report", author="Yvonne Tjallema", text=f"""
# Bijstelling plan van aanpak
{A_KOP}
Datum: {nl('2025-02-03')}
Aanleiding: arbeidsdeskundig rapport van {nl('2025-01-09')} en de eerstejaarsevaluatie.
## Nieuw re-integratiedoel
Passend werk bij een andere werkgever (spoor 2), naast het behouden van 24 uur aangepast werk (spoor 1).
## Gewijzigde afspraken
- Stapsteen Re-integratie begeleidt het tweede spoor vanaf 10 februari 2025, maandelijkse rapportage.
- Proefplaatsing klantenservice, 8 uur per week, vanaf maart.
- Evaluatie elke zes weken blijft.
Voor akkoord: Y. Tjallema (casemanager)      R. Valk (werknemer)
""")

add("A", "Stapsteen intakeverslag.pdf", "lo", "trajectplan_tweede_spoor", "2025-02-20",
    "2nd-track bureau house style: 'Intakeverslag en trajectplan'", author="Marloes Adema", text=f"""
STAPSTEEN RE-INTEGRATIE  |  Werk na werk
# Intakeverslag en trajectplan
Kandidaat: R. Valk  |  BSN: {BSN['A']}  |  Opdrachtgever: Oostervaart Fulfilment B.V.
Trajectbegeleider: Marloes Adema  |  Datum: {nl('2025-02-20')}
## Persoonsprofiel
Romano (45) werkt sinds 2011 in logistiek, mbo-2 logistiek, heftruckcertificaat, rijbewijs B. Sterk in nauwkeurig werken en registreren; weinig ervaring met computers buiten WMS-scanners.
## Zoekprofiel
Lichte logistieke administratie, voorraadbeheer, klantenservice, baliefuncties. Reisafstand tot 30 km. 24-32 uur.
## Plan
Maand 1-2: arbeidsmarktoriëntatie en cv. Maand 3-4: training computervaardigheden. Maand 5-8: actief solliciteren, netwerkgesprekken, werkervaringsplaats.
Rapportage: elke drie maanden een voortgangsrapportage aan werkgever en werknemer.
Akkoord kandidaat: R. Valk
""")

add("A", "Stapsteen voortgang mei.pdf", "lo", "voortgangsrapportage_tweede_spoor", "2025-05-22",
    "bureau house style with a fixed table of headings", author="Marloes Adema", text=f"""
STAPSTEEN RE-INTEGRATIE  |  Werk na werk
# Rapportage nr. 1
Kandidaat: R. Valk, BSN {BSN['A']}   Periode: 20-02-2025 t/m 20-05-2025   Datum: {nl('2025-05-22')}
## Ingezette activiteiten
Vijf coachgesprekken, cv herschreven, LinkedIn-profiel, training Office basis (8 dagdelen, afgerond).
## Resultaten
Zeven sollicitaties, twee gesprekken (groothandel Terbeek, gemeente Duivenmolen), geen aanbod.
## Inzet kandidaat
Goed; Romano komt afspraken na en zoekt zelf vacatures.
## Vooruitblik
Netwerkgesprekken in de regio; werkervaringsplaats zoeken bij een logistieke dienstverlener.
M. Adema, trajectbegeleider
""")

add("A", "RE_ rapportage augustus.eml", "eml", "", "",
    "reply chain that only covers the 2nd-track report, the mail itself is not labelled", label=False,
    frm="Yvonne Tjallema <y.tjallema@oostervaart-fulfilment.example>",
    to="Marloes Adema <m.adema@stapsteen.example>",
    subj="RE: rapportage augustus R. Valk", hdate="Fri, 22 Aug 2025 09:41:02 +0200", mid="a10-aug-2025",
    text="""
Dag Marloes,

Dank je, ontvangen. Ik stuur hem door naar Romano en zet hem in het dossier.

Groet, Yvonne

-----Oorspronkelijk bericht-----
Van: Marloes Adema <m.adema@stapsteen.example>
Verzonden: donderdag 21 augustus 2025 17:03
Aan: Yvonne Tjallema <y.tjallema@oostervaart-fulfilment.example>
Onderwerp: rapportage augustus R. Valk

Hoi Yvonne, in de bijlage de tweede rapportage. Groet, Marloes
""", atts=[dict(name="Voortgangsrapportage 2 Stapsteen.pdf", prod="lo", type="voortgangsrapportage_tweede_spoor",
                date="2025-08-21", trap="attachment of a reply chain, labelled as the member", text=f"""
STAPSTEEN RE-INTEGRATIE  |  Werk na werk
# Rapportage nr. 2
Kandidaat: R. Valk, BSN {BSN['A']}   Periode: 21-05-2025 t/m 20-08-2025   Datum: {nl('2025-08-21')}
## Ingezette activiteiten
Vier coachgesprekken, zes netwerkgesprekken, werkervaringsplaats bij Transportbedrijf Smeele (administratie, 2 dagen per week sinds 1 juli).
## Resultaten
Elf sollicitaties, drie gesprekken. De werkervaringsplaats verloopt goed; Smeele heeft geen vacature.
## Inzet kandidaat
Zeer goed.
## Vooruitblik
Vervolg sollicitaties op planningsfuncties; afronding traject voorzien in oktober.
M. Adema, trajectbegeleider
""")])

add("A", "factuur STP-2025-0412.pdf", "lo", "", "",
    "training invoice of the 2nd-track bureau, looks like a report (name, BSN-less, periode) but is no RIV document",
    pdfdate="2025-04-30", text=f"""
STAPSTEEN RE-INTEGRATIE
# FACTUUR
Factuurnummer: STP-2025-0412     Factuurdatum: 30-04-2025
Aan: Oostervaart Fulfilment B.V., crediteurenadministratie, Havenweg 40, Duivenmolen
Betreft: traject tweede spoor R. Valk - module training Office basis (8 dagdelen)
Periode: maart-april 2025
Training Office basis, 8 dagdelen à EUR 145,00: EUR 1.160,00
Btw 21 %: EUR 243,60
Totaal: EUR 1.403,60
Betaling binnen 30 dagen op NL00 BANK 0123 4567 89 o.v.v. factuurnummer.
""")

add("A", "vacature medewerker klantenservice.txt", "txt", "", "",
    "internal vacancy text, no RIV document although it names passend werk", text="""
VACATURE - Medewerker Klantenservice (24-32 uur)
Oostervaart Fulfilment B.V., Duivenmolen

Wat ga je doen?
Je beantwoordt vragen van webshops en hun klanten over zendingen en retouren, per telefoon, mail en chat.

Wat vragen wij?
- mbo-niveau 3, goede beheersing van Nederlands en Engels
- ervaring met klantcontact is een pré
- je werkt graag met de computer

Wat bieden wij?
Een contract voor een jaar met uitzicht op vast, salaris volgens CAO Beroepsgoederenvervoer.

Interne kandidaten hebben voorrang. Reageren voor 15 maart 2025 bij HR (Yvonne Tjallema).
""")

add("A", "Eindrapportage Stapsteen.pdf", "lo", "eindrapportage_tweede_spoor", "2025-10-09",
    "bureau's final report, same house style as its progress reports", author="Marloes Adema", text=f"""
STAPSTEEN RE-INTEGRATIE  |  Werk na werk
# Eindrapportage traject tweede spoor
Kandidaat: R. Valk, BSN {BSN['A']}   Trajectduur: 10-02-2025 t/m 08-10-2025   Datum: {nl('2025-10-09')}
## Verloop
Oriëntatie, training, 31 sollicitaties, 9 netwerkgesprekken, werkervaringsplaats bij Transportbedrijf Smeele.
## Resultaat traject
Geen plaatsing bij een andere werkgever. Wel duidelijk zoekprofiel en werkervaring in planning en administratie.
## Advies
Het traject wordt afgesloten. Wij adviseren het aangepaste werk bij Oostervaart (scanbalie en klantenservice) voort te zetten.
M. Adema, trajectbegeleider
""")

add("A", "Actueel oordeel Valk.pdf", "wk", "actueel_oordeel", "2025-10-20",
    "portal print of the arbodienst with the portal's own date fields", portal=ARBO_A,
    printed="Afgedrukt op 23-10-2025 uit Mijn ArboSluis", text=f"""
# Actueel oordeel
| Werknemer | Romano Valk
| BSN | {BSN['A']}
| Werkgever | Oostervaart Fulfilment B.V.
| Bedrijfsarts | drs. I.M. Kramer-Bontekoe, BIG 49061234501
| Datum | {dmy('2025-10-20')}
| Doel | ten behoeve van de WIA-aanvraag (re-integratieverslag)
## Stand van zaken
De heer Valk werkt 24 uur per week in aangepast werk (scanbalie en klantenservice). Het traject tweede spoor is afgesloten zonder plaatsing.
## Belastbaarheid
Ongewijzigd ten opzichte van het inzetbaarheidsprofiel: niet boven schouderhoogte, tillen maximaal 5 kg rechts, 24 uur per week. Duurzaam.
## Arbeidsrelatie
Ik zie geen belemmeringen in de arbeidsrelatie.
## Passende arbeid bij de werkgever
Het huidige aangepaste werk is passend. Eigen werk is blijvend niet passend.
""")

add("A", "medisch - niet openen.pdf", "scan", "medische_informatie", "2025-10-20",
    "medical information sent to the employer by mistake (DOMAIN §5: employer must not hold it)",
    stamp=stamp("2025-10-24"), pages=[f"""
MEDISCH GEHEIM
Arbodienst ArboSluis - bedrijfsarts drs. I.M. Kramer-Bontekoe
# Medische informatie ten behoeve van UWV
Betreft: R. Valk, BSN {BSN['A']}, geboren 14-09-1979
Datum: {nl('2025-10-20')}
Diagnose: rotator cuff ruptuur rechts (supraspinatus), operatief hersteld 04-2024, restklachten met frozen shoulder.
Behandelaars: orthopedisch chirurg ziekenhuis Duivenmolen, fysiotherapeut. Medicatie: naproxen zo nodig.
Beloop: na de operatie langzaam herstel; MRI september 2025 toont blijvende beperking van de abductie.
Prognose: geen verdere verbetering te verwachten.
"""])

add("A", "Eindevaluatie.docx", "docx", "eindevaluatie", "2025-10-30",
    "standard title in the employer's Word form", author="Yvonne Tjallema", text=f"""
# Eindevaluatie plan van aanpak
{A_KOP}
Datum: {nl('2025-10-30')}
## Aard van het bedrijf
Oostervaart Fulfilment B.V. is een e-commerce fulfilmentcentrum met 410 medewerkers: opslag, orderpicking, verzending en retourverwerking voor webshops.
## Terugblik op twee jaar re-integratie
Aangepast werk vanaf april 2024, 24 uur sinds oktober 2024. AD-onderzoek januari 2025: eigen werk niet passend. Tweede spoor bij Stapsteen van februari tot oktober 2025 zonder plaatsing.
## Kwaliteit arbeidsrelatie
Goed.
## Passende arbeid
Wij bieden Romano een aangepaste functie van 24 uur aan (scanbalie en klantenservice), in lijn met het actueel oordeel.
Werkgever: Y. Tjallema, HR-adviseur          Werknemer: R. Valk
""")

add("A", "mijn reactie.txt", "txt", "oordeel_werknemer", "2025-11-03",
    "the employee's own view in a plain text file, no title", text=f"""
Duivenmolen, 3 november 2025

Romano Valk, BSN {BSN['A']}

Ik heb het re-integratieverslag gelezen dat Yvonne mij gegeven heeft.
Ik ben het eens met wat erin staat over mijn werk en het traject van Stapsteen.
Wel wil ik zeggen dat ik zelf al in 2024 vroeg om naar de klantenservice te mogen, dat staat er niet in.
Verder geen opmerkingen.

Romano Valk
""")

# ============================================================ B: label printer, job coach and Loopbaanscan, DO
B_NAAM = "mevrouw T. Brinkhorst"
FAXB = "26/11/2024 14:02  FAX +31 55 000 4411   BEDRIJFSARTSENPRAKTIJK OVERBEEK      P.001/002"

add("B", "fax bedrijfsarts 12-12.pdf", "scan", "probleemanalyse", "2023-12-11",
    "faxed letter, no word 'probleemanalyse' in the title, date in the fax header differs from the letter",
    fax=FAXB.replace("26/11/2024 14:02", "12/12/2023 08:47"), pages=[f"""
Bedrijfsartsenpraktijk Overbeek - P.J. Overbeek, bedrijfsarts (BIG 19057731201)
Aan: Flexoprint Rozendaal B.V., t.a.v. de heer H. Wijffels, Industrieweg 12, Ommerzand
Datum: {nl('2023-12-11')}
Betreft: mevrouw Tamara Brinkhorst, BSN {BSN['B']}, flexodrukker, eerste ziektedag {dmy('2023-11-06')}
# Advies na eerste consult (art. 2 Regeling procesgang)
Geachte heer Wijffels,
Ik zag mevrouw Brinkhorst op 11 december. Er is sprake van dreigend langdurig verzuim.
Zij kan voorlopig geen werk doen waarbij de handen in contact komen met inkt, reinigingsmiddelen of oplosmiddelen, en geen nat werk.
Zij kan wel werken met beschermende handschoenen aan droog werk, bijvoorbeeld controle van eindproduct of nabewerking, 6 uur per dag.
De verwachting is dat de klachten verbeteren als het contact wegvalt; of terugkeer aan de pers mogelijk is, is onzeker.
Advies: maak binnen twee weken een plan van aanpak; schakel een jobcoach in voor de werkplek in de nabewerking.
Met vriendelijke groet, P.J. Overbeek, bedrijfsarts
"""])

add("B", "Plan van aanpak T Brinkhorst.pdf", "lo", "plan_van_aanpak", "2023-12-20",
    "LibreOffice print of a short employer plan", author="Anouk Terlouw", text=f"""
Flexoprint Rozendaal B.V.
# Plan van aanpak
Werknemer: Tamara Brinkhorst   BSN: {BSN['B']}   Functie: flexodrukker (38 uur)
Casemanager: Hans Wijffels, bedrijfsleider productie
Datum: {nl('2023-12-20')}
Doel: terug naar passend werk binnen Flexoprint, liefst weer aan de pers.
Wat doen we:
- Tamara werkt vanaf 2 januari in de nabewerking (rollen snijden en controleren), 4 x 6 uur, met nitrilhandschoenen.
- Jobcoach van Werkfit begeleidt de werkplek (8 weken).
- Gesprek elke zes weken met Hans; eerste op 8 februari 2024.
Visie werkgever: we houden haar graag, de nabewerking heeft werk genoeg.
Visie werknemer: ik wil terug aan de pers als het kan.
Getekend: H. Wijffels, T. Brinkhorst
""")

add("B", "aantekening werkplek.txt", "txt", "tussentijdse_evaluatie", "2024-02-08",
    "employer note about workplace adjustments after the 6-week talk (debatable: an evaluation note, DOMAIN §3 tussentijdse_evaluatie)",
    text=f"""
8-2-2024 gesprek met Tamara (BSN {BSN['B']}) - Hans

Werkplek nabewerking aangepast:
- nieuwe afzuiging boven snijmachine 3 (geplaatst 29-1)
- doos nitrilhandschoenen maat S op de werkplek, katoenen onderhandschoen
- Tamara hoeft de messen niet meer zelf schoon te maken, doet Jeroen
Loopt goed, handen zijn rustiger. Uren blijven 4x6.
Afspraken nagekomen. Volgende keer 21 maart.
""")

add("B", "Werkfit rapportage 1.pdf", "lo", "tussentijdse_evaluatie", "2024-03-14",
    "first-track job-coach report, not 2nd track (debatable: progress of the PvA in own firm, DOMAIN §3 tussentijdse_evaluatie)",
    author="Sandra Ekkelboom", text=f"""
WERKFIT Jobcoaching
# Jobcoachverslag spoor 1
Cliënt: T. Brinkhorst, BSN {BSN['B']}   Werkgever: Flexoprint Rozendaal B.V.   Datum: {nl('2024-03-14')}
Opdracht: begeleiding bij aangepast werk in de nabewerking (8 weken).
Bevindingen: Tamara werkt zelfstandig aan snijmachine 3. Zij draagt de handschoenen consequent. Pauzes worden goed benut.
Knelpunt: bij kleurwissels wordt zij toch gevraagd aan de pers te helpen; dit is met de bedrijfsleider besproken.
Advies: uitbreiden naar 4 x 8 uur in de nabewerking; werk aan de pers blijft uitgesloten tot advies bedrijfsarts.
S. Ekkelboom, jobcoach
""")

add("B", "brief dermatoloog.pdf", "scan", "medische_informatie", "2024-04-03",
    "specialist letter forwarded by the employee, medical data the employer must not hold (DOMAIN §5)",
    stamp=stamp("2024-04-08"), pages=[f"""
Ziekenhuis Rozendaal - polikliniek Dermatologie
Aan: bedrijfsarts P.J. Overbeek       Datum: {nl('2024-04-03')}
Betreft: mw. T. Brinkhorst, geb. 02-05-1988, BSN {BSN['B']}
Geachte collega,
Bij uw patiënte is epicutaan onderzoek verricht. Diagnose: allergisch contacteczeem door acrylaten (UV-uithardende inkten), daarnaast irritatief handeczeem.
Behandeling: corticosteroïdcrème klasse 3, vette zalf, strikte vermijding van acrylaten.
Prognose: bij vermijding goed; bij hernieuwd contact recidief te verwachten. Terugkeer naar drukwerk met UV-inkten raad ik af.
Met collegiale groet, dr. M. van Haeringen, dermatoloog
"""])

add("B", "scan0007.pdf", "scan", "bijstelling_probleemanalyse", "2024-04-22",
    "misleading scanner name, faxed bedrijfsarts update with a stamp", stamp=stamp("2024-04-24"),
    fax=FAXB.replace("26/11/2024 14:02", "23/04/2024 10:15"), pages=[f"""
Bedrijfsartsenpraktijk Overbeek - P.J. Overbeek, bedrijfsarts (BIG 19057731201)
Datum: {nl('2024-04-22')}
Betreft: mevrouw T. Brinkhorst, BSN {BSN['B']}
# Bijstelling probleemanalyse
Geachte heer Wijffels,
Na nieuwe informatie van de behandelaar stel ik mijn advies bij. De belastbaarheid is gewijzigd:
contact met UV-inkten en acrylaten is blijvend uitgesloten. Werk aan de drukpers is daarom niet meer passend, ook niet met handschoenen.
Werk in de nabewerking en controle is passend, 38 uur.
Advies: bespreek of er blijvend passend werk binnen het bedrijf is; zo niet, laat een arbeidsdeskundige of loopbaanbureau meekijken.
P.J. Overbeek, bedrijfsarts
"""])

add("B", "RE_ RE_ afspraak donderdag.eml", "eml", "", "",
    "reply chain about a date only, chatter, no RIV document",
    frm="Anouk Terlouw <a.terlouw@flexoprint-rozendaal.example>",
    to="Tamara Brinkhorst <tamara.b@ziggomail.example>",
    subj="RE: RE: afspraak donderdag", hdate="Tue, 15 Oct 2024 11:20:11 +0200", mid="b7-okt-2024", text="""
Prima, dan zie ik je donderdag om 10 uur in de kantine. Hans schuift ook aan.
Anouk

-----Oorspronkelijk bericht-----
Van: Tamara Brinkhorst <tamara.b@ziggomail.example>
Verzonden: dinsdag 15 oktober 2024 10:58
Onderwerp: RE: afspraak donderdag

Kan het om 10 uur? Ik moet om 12 uur mijn zoon halen.

-----Oorspronkelijk bericht-----
Van: Anouk Terlouw
Verzonden: maandag 14 oktober 2024 16:30
Onderwerp: afspraak donderdag

Hoi Tamara, zullen we donderdag het gesprek over het afgelopen jaar houden? Om 9 uur?
""")

add("B", "Eerstejaarsevaluatie Brinkhorst.docx", "docx", "eerstejaarsevaluatie", "2024-10-17",
    "Word file with a standard title", author="Anouk Terlouw", text=f"""
# Eerstejaarsevaluatie
Flexoprint Rozendaal B.V. - Tamara Brinkhorst (BSN: {BSN['B']})
Datum gesprek: {nl('2024-10-17')}, aanwezig Hans Wijffels, Anouk Terlouw (P&O), Tamara Brinkhorst
## Hoe ging het eerste ziektejaar?
Tamara werkt sinds mei 38 uur in de nabewerking. Dit is geen eigen functie; het werk is tijdelijk gecreëerd. Terug aan de pers kan niet meer (bijstelling probleemanalyse april 2024).
## Wat willen we in het tweede ziektejaar bereiken?
Een passende vaste functie. Binnen Flexoprint is die er niet structureel; daarom start het tweede spoor.
## Visie werkgever en werknemer
Werkgever: we ondersteunen een traject buiten het bedrijf en houden het tijdelijke werk aan zolang dat kan.
Werknemer: ik vind het jammer maar begrijp het; ik wil iets met kwaliteitscontrole of logistiek.
Getekend door beide partijen.
""")

add("B", "Bijstelling PvA tweede spoor.eml", "eml", "bijstelling_plan_van_aanpak", "2024-10-28",
    "mail whose body is the adjustment, everyday subject line",
    frm="Anouk Terlouw <a.terlouw@flexoprint-rozendaal.example>",
    to="Tamara Brinkhorst <tamara.b@ziggomail.example>", cc="Hans Wijffels <h.wijffels@flexoprint-rozendaal.example>",
    subj="nieuwe afspraken na de evaluatie", hdate="Mon, 28 Oct 2024 15:44:09 +0100", mid="b15-okt-2024", text=f"""
Beste Tamara,

Zoals besproken passen we het plan van aanpak aan (jouw BSN {BSN['B']} voor het dossier):

1. Nieuw doel: passend werk bij een andere werkgever (tweede spoor), naast je huidige werk in de nabewerking.
2. Loopbaanbureau Keerpunt start in november met een Loopbaanscan; daarna volgt een traject met rapportages.
3. Hans blijft casemanager. We evalueren elke zes weken.

Wil je per mail laten weten of je akkoord bent? Dan geldt deze mail als bijstelling.

Met vriendelijke groet,
Anouk Terlouw
P&O Flexoprint Rozendaal
""")

add("B", "Loopbaanscan Keerpunt.pdf", "lo", "trajectplan_tweede_spoor", "2024-11-19",
    "a 'Loopbaanscan' as the start of the 2nd track, no word trajectplan (debatable: intake of the 2nd-track provider, DOMAIN §3)",
    author="Rob Dijksterhuis", text=f"""
Keerpunt Loopbaanbureau
# Loopbaanscan
Deelnemer: Tamara Brinkhorst, BSN: {BSN['B']}   Opdrachtgever: Flexoprint Rozendaal B.V.
Loopbaanadviseur: Rob Dijksterhuis   Datum: {nl('2024-11-19')}
## Drijfveren
Zekerheid, zichtbaar resultaat, werken in een vast team.
## Competenties
Nauwkeurig, technisch inzicht, kwaliteitsbewust; 14 jaar ervaring in de grafische industrie.
## Richtingen
1. Kwaliteitscontroleur in voedingsmiddelen of verpakking (zonder acrylaten). 2. Magazijnadministratie. 3. Productieplanning.
## Tweede spoor: vervolg
Op basis van deze scan volgt een traject van zes maanden: vacatureonderzoek, netwerkgesprekken, sollicitaties. Voortgangsrapportage elke twee maanden.
R. Dijksterhuis, loopbaanadviseur
""")

add("B", "document.pdf", "lo", "voortgangsrapportage_tweede_spoor", "2025-02-11",
    "misleading name 'document.pdf', the bureau's progress report", author="Rob Dijksterhuis", text=f"""
Keerpunt Loopbaanbureau
# Voortgangsrapportage 2e spoor
Deelnemer: T. Brinkhorst (BSN {BSN['B']})   Rapportageperiode: 20-11-2024 tot 10-02-2025   Datum: {nl('2025-02-11')}
Activiteiten: 6 gesprekken, vacatureonderzoek in de regio, 4 netwerkgesprekken, 9 sollicitaties (o.a. Zuivelunie Ommerzand, Verpakkingen Bosch).
Resultaat: één gesprek bij Verpakkingen Bosch; afgewezen wegens gebrek aan diploma. Deelnemer volgt nu een cursus kwaliteitszorg (VCA en ISO-basis).
Inzet deelnemer: actief en gemotiveerd.
Volgende periode: stage kwaliteitscontrole regelen, sollicitaties voortzetten.
""")

add("B", "factuur Werkfit 2024-031.pdf", "lo", "", "",
    "job-coach invoice with report-like wording, no RIV document", pdfdate="2024-03-31", text=f"""
Werkfit Jobcoaching
# Factuur 2024-031
Datum: 31-03-2024
Flexoprint Rozendaal B.V., Industrieweg 12, Ommerzand
Omschrijving: jobcoaching spoor 1, mw. T. Brinkhorst, 8 weken (rapportage d.d. 14-03-2024 reeds verstrekt)
8 x begeleiding op de werkplek à EUR 95,00 = EUR 760,00
Rapportage = EUR 120,00
Subtotaal EUR 880,00, btw 21 % EUR 184,80, totaal EUR 1.064,80
""")

add("B", "Deskundigenoordeel UWV.pdf", "scan", "deskundigenoordeel", "2025-03-18",
    "UWV deskundigenoordeel asked by the employer, scan with stamp", stamp=stamp("2025-03-21"), pages=[f"""
UWV
Flexoprint Rozendaal B.V., t.a.v. de heer H. Wijffels, Industrieweg 12, Ommerzand
Datum: {nl('2025-03-18')}      Kenmerk: DO-2025-44817
# Deskundigenoordeel
Betreft uw werknemer mevrouw T. Brinkhorst, BSN {BSN['B']}
U vroeg ons of uw re-integratie-inspanningen voldoende zijn (artikel 7:629a BW).
Onze arbeidsdeskundige heeft de stukken beoordeeld en met u en uw werknemer gesproken.
Ons oordeel: de re-integratie-inspanningen zijn tot nu toe voldoende. Het tweede spoor is tijdig ingezet.
Let op: dit oordeel is geen beslissing op een aanvraag WIA.
Met vriendelijke groet, Uitvoeringsinstituut Werknemersverzekeringen, arbeidsdeskundige mw. K. Oosterloo
""", """
Toelichting bij het deskundigenoordeel
Aanvraag werkgever ontvangen 17-02-2025. Gesprekken op 5 en 11 maart 2025.
Het eigen werk is niet passend. Het tijdelijke werk in de nabewerking is geen structurele functie. Het tweede spoor is voldoende intensief.
Dit deskundigenoordeel is niet bindend.
"""])

add("B", "ao bedrijfsarts.pdf", "scan", "actueel_oordeel", "2025-07-17",
    "faxed letter with a fax header, 'huidige stand' wording, AO not in the file name's sense of arbeidsongeschikt",
    fax=FAXB.replace("26/11/2024 14:02", "18/07/2025 13:31"), pages=[f"""
Bedrijfsartsenpraktijk Overbeek - P.J. Overbeek, bedrijfsarts (BIG 19057731201)
Datum: {nl('2025-07-17')}
Betreft: mevrouw T. Brinkhorst, BSN {BSN['B']}
# Actueel oordeel t.b.v. het re-integratieverslag
Geachte heer Wijffels,
Met het oog op de WIA-aanvraag geef ik mijn actuele oordeel. Mevrouw Brinkhorst is volledig belastbaar voor werk zonder contact met acrylaten, inkten en oplosmiddelen. Beperkingen zijn blijvend.
Passende arbeid bij de werkgever: alleen tijdelijk werk in de nabewerking; een structurele functie is er niet.
Arbeidsrelatie: goed; er zijn geen conflicten.
Met vriendelijke groet, P.J. Overbeek, bedrijfsarts
"""])

add("B", "eindevaluatie p1.pdf", "scan", "eindevaluatie", "2025-07-24",
    "page 1 of a two-page signed form, the signature page is a separate phone photo",
    pages=[f"""
Flexoprint Rozendaal B.V.
# Eindevaluatie
Werknemer: T. Brinkhorst   BSN: {BSN['B']}   Datum: {nl('2025-07-24')}
Aard van het bedrijf: drukkerij van zelfklevende etiketten en verpakkingsdrukwerk (flexo en digitaal), 95 medewerkers.
Terugblik: aangepast werk in de nabewerking sinds januari 2024 (38 uur vanaf mei 2024). Tweede spoor via Keerpunt sinds november 2024; stage kwaliteitscontrole bij Zuivelunie Ommerzand sinds mei 2025.
Deskundigenoordeel maart 2025: inspanningen voldoende.
Arbeidsrelatie: goed. Passende arbeid: geen structurele passende functie bij Flexoprint.
Zie pagina 2 voor akkoord en handtekeningen.
"""])

add("B", "eindevaluatie handtekening.jpg", "photo", "eindevaluatie", "2025-07-24",
    "phone photo of page 2 (signatures) of the eindevaluatie, labelled as the same document (debatable: a page, not a document)",
    hand=["T. Brinkhorst", "H. Wijffels"], text=f"""
Eindevaluatie - pagina 2 van 2
Flexoprint Rozendaal B.V. - T. Brinkhorst (BSN {BSN['B']})
Vervolg: het tweede spoor loopt door; bij een aanbod van Zuivelunie werkt Flexoprint mee aan een overstap.
Voor akkoord,
Datum: 24-07-2025
Werkgever (H. Wijffels, bedrijfsleider)            Werknemer (T. Brinkhorst)
""")

add("B", "mijn mening over het verslag.jpg", "photo", "oordeel_werknemer", "2025-07-28",
    "handwritten-style note photographed on a table, employee's view without any title", hand=["Tamara Brinkhorst"],
    text=f"""
28 juli 2025
Naam: Tamara Brinkhorst   BSN {BSN['B']}
Ik heb alle stukken van het re-integratieverslag gekregen.
Ik ben het eens met het verslag. Ik wil wel zeggen dat ik in 2024 nog een paar keer aan de pers
moest helpen terwijl dat niet mocht. Dat is daarna goed opgelost.
""")

# ============================================================ C: contact centre, expat, English 2nd-track reports
C_KOP = f"Werknemer: Siobhan Gallagher | BSN: {BSN['C']} | Personeelsnummer 20-3318"
ZESKANT = "Zeskant Online"

add("C", "Probleemanalyse S Gallagher.pdf", "lo", "probleemanalyse", "2024-05-14",
    "arbodienst Word report printed by LibreOffice, standard title", author="F. Lammertsma", text=f"""
Arbodienst Zeskant - Vestiging Bergstaden
# Probleemanalyse
Werknemer: S. Gallagher, BSN: {BSN['C']}   Werkgever: Maasoever Klantcontact B.V.
Functie: senior agent / coach Engelstalige helpdesk, 36 uur   Eerste ziektedag: {dmy('2024-04-08')}
Datum: {nl('2024-05-14')}   Bedrijfsarts: dr. F. Lammertsma (BIG 89023317601)
Oordeel: er is sprake van dreigend langdurig verzuim na een akoestisch incident op de werkplek.
Beperkingen: geen werk met headset of telefoon; geen lawaaiige ruimtes (open kantoortuin rond de callvloer); mogelijkheden voor schriftelijk klantcontact (mail, chat) in een stille ruimte, 3 x 4 uur.
Prognose: onzeker; herstel van de gehoorgevoeligheid kan maanden duren.
Advies: plan van aanpak binnen twee weken, werkplek in een stille ruimte, mailteam.
""")

add("C", "Plan van aanpak - Return to work plan.docx", "docx", "plan_van_aanpak", "2024-05-24",
    "bilingual Dutch/English PvA for the expat", author="Wouter Dijkgraaf", text=f"""
# Plan van aanpak / Return to work plan
Maasoever Klantcontact B.V.
{C_KOP}
Casemanager: Wouter Dijkgraaf, personeelsadviseur
Datum / date: {nl('2024-05-24')}
## Doel / goal
Terugkeer in aangepast werk in het mailteam; later, als het gehoor het toelaat, terug naar de helpdesk.
## Afspraken / agreements
- Start 3 juni 2024: e-mail en chat, 3 x 4 uur, in het stille kantoor op de eerste verdieping.
- Geen headset; collega's bellen niet naar haar toestel.
- Evaluatie elke zes weken met Wouter en teamleider Nadia el Idrissi.
## Visie werkgever
Wij zien goede kansen in het mailteam.
## Visie werknemer / employee's view
I want to get back to work, but I am worried about noise in the building.
Handtekening werkgever: W. Dijkgraaf     Handtekening werknemer: S. Gallagher
""")

add("C", "verslag gesprek juli.eml", "eml", "tussentijdse_evaluatie", "2024-07-04",
    "HR mail in Dutch whose body is the evaluation, HTML alternative", html=True,
    frm="Wouter Dijkgraaf <w.dijkgraaf@maasoever-klantcontact.example>",
    to="Siobhan Gallagher <siobhan.gallagher@webmail.example>",
    subj="verslag van ons gesprek (4 juli)", hdate="Thu, 04 Jul 2024 17:05:51 +0200", mid="c3-jul-2024", text=f"""
Beste Siobhan,

Hierbij het verslag van onze evaluatie van vandaag (BSN {BSN['C']}).

- Je werkt nu 3 x 4 uur in het mailteam. Dat gaat goed; je productie ligt op 80 % van het teamgemiddelde.
- Het stille kantoor is soms toch onrustig als de schoonmakers stofzuigen. We verplaatsen de schoonmaak naar de avond.
- Uitbreiding naar 4 x 4 uur vanaf 15 juli.
- Volgende evaluatie: 15 augustus.

Laat het weten als iets niet klopt.
Groet, Wouter
""")

add("C", "update belastbaarheid.pdf", "wk", "bijstelling_probleemanalyse", "2024-09-19",
    "portal print titled as an update, no 'bijstelling' in the file name", portal=ZESKANT,
    printed="Afgedrukt uit Zeskant Online, dossier ZK-24-7713", text=f"""
# Terugkoppeling bedrijfsarts: gewijzigde belastbaarheid
| Werknemer | S. Gallagher
| BSN | {BSN['C']}
| Datum consult | {dmy('2024-09-19')}
| Bedrijfsarts | dr. F. Lammertsma
## Bijstelling van de probleemanalyse
De belastbaarheid is gewijzigd. Het gehoor is niet verder hersteld. Werk met een headset en telefonisch klantcontact is naar verwachting blijvend niet mogelijk.
Schriftelijk werk in een stille ruimte: 4 x 6 uur.
## Advies
Onderzoek of er blijvend passend werk is; laat een arbeidsdeskundige kijken naar spoor 1 en spoor 2.
""")

add("C", "photo_portal.jpg", "laptop", "ziekmelding_uwv", "2025-01-27",
    "phone photo of a laptop showing the portal confirmation of the 42nd-week report", text=f"""
# Meldingen - dossier ZK-24-7713
Werknemer: S. Gallagher   BSN: {BSN['C']}
Ziekmelding UWV (42e week) verzonden op {dmy('2025-01-27')}
Ontvangstbevestiging UWV: ontvangen 27-01-2025, kenmerk 42W-881402
Eerste ziektedag: {dmy('2024-04-08')}
Status: afgerond
""")

add("C", "AD rapport Zeskant.pdf", "lo", "arbeidsdeskundig_rapport", "2025-02-27",
    "arbeidsdeskundige of the arbodienst, short Q&A layout", author="J. Verbiest", text=f"""
Arbodienst Zeskant
# Arbeidsdeskundig onderzoek
Werknemer: S. Gallagher, BSN {BSN['C']}; werkgever Maasoever Klantcontact B.V.; datum {nl('2025-02-27')}
Arbeidsdeskundige: J. Verbiest
Vraag 1: Is het eigen werk passend? Nee. De helpdeskfunctie bestaat voor 70 % uit telefonie met headset.
Vraag 2: Is het aangepaste werk in het mailteam een passende functie? Gedeeltelijk: het mailteam kan 16 uur bieden, niet 36.
Vraag 3: Is spoor 2 nodig? Ja. Er is geen structureel passend werk voor de volle omvang. Start het tweede spoor direct.
Loonwaarde mailwerk: circa 90 %.
""")

add("C", "EJE Siobhan.pdf", "lo", "eerstejaarsevaluatie", "2025-03-14",
    "everyday title 'Evaluatie na een jaar'", author="Wouter Dijkgraaf", text=f"""
Maasoever Klantcontact B.V. - HR
# Evaluatie na een jaar
{C_KOP}
Datum: {nl('2025-03-14')}
Wat is er in het eerste ziektejaar gebeurd? Siobhan werkt sinds juni 2024 in het mailteam, nu 4 x 6 uur. De bedrijfsarts gaf in september aan dat telefonisch werk blijvend niet gaat. De arbeidsdeskundige adviseert spoor 2.
Wat willen we in het tweede ziektejaar bereiken? Werk voor 36 uur: 16 uur mailteam en de rest bij een andere werkgever, of een volledige baan elders.
Hoe? Bridgeway Career Transition begeleidt het tweede spoor (in het Engels).
Visie werkgever: wij willen het mailwerk aanhouden. Visie werknemer: akkoord, ik wil liefst een baan in de schriftelijke klantenservice.
Getekend: W. Dijkgraaf, S. Gallagher
""")

add("C", "Bridgeway intake report.pdf", "lo", "trajectplan_tweede_spoor", "2025-04-10",
    "English-language intake report and plan of the 2nd-track provider", author="Lars Vinkenoog", text=f"""
BRIDGEWAY Career Transition
# Intake report and plan - external re-employment (track 2)
Client: Siobhan Gallagher   Citizen service no. (BSN): {BSN['C']}   Employer: Maasoever Klantcontact B.V.
Consultant: Lars Vinkenoog   Date: {en('2025-04-10')}
## Profile
Irish national, in the Netherlands since 2018. Bachelor in English literature, 7 years of customer contact, coach of new agents. Dutch at B1 level (reading B2).
## Search profile
Written customer service, content moderation, translation and proofreading, training coordination. No telephony, quiet workplace. Region Bergstaden, 24-36 hours.
## Activities
Weeks 1-6: labour market orientation, CV in English and Dutch. Weeks 7-26: applications, networking, a Dutch writing course.
Reporting: progress report every quarter to employer and employee.
""")

add("C", "Progress report 1 - Bridgeway.pdf", "lo", "voortgangsrapportage_tweede_spoor", "2025-07-03",
    "English progress report of the 2nd-track provider", author="Lars Vinkenoog", text=f"""
BRIDGEWAY Career Transition
# Progress report 1
Client: S. Gallagher, Citizen service no. (BSN): {BSN['C']}   Period: 10 April - 30 June 2025   Date: {en('2025-07-03')}
## Activities
Eight coaching sessions; CV and LinkedIn profile; five networking meetings; Dutch writing course started (NT2 level B2).
## Applications
Twelve applications, three interviews (two translation agencies, one housing association's webcare team).
## Client's effort
Very motivated, takes initiative.
## Next period
Follow-up with the housing association; trial placement in webcare.
""")

add("C", "CV Siobhan Gallagher 2025.docx", "docx", "", "",
    "the employee's CV made during the 2nd track, no RIV document", author="Siobhan Gallagher", text="""
# Siobhan Gallagher
Bergstaden - siobhan.gallagher@webmail.example
## Profile
Experienced written and spoken customer service professional, coach and trainer. Native English, Dutch B2.
## Experience
2019 - present: Maasoever Klantcontact B.V., senior agent and coach, English helpdesk; since 2024 e-mail and chat team
2015 - 2018: Shannonside Telecom, Limerick, customer service agent
## Education
BA English Literature, University of Galway (2014)
## Courses
Excel for professionals (2025), NT2 schrijven B2 (2025)
""")

add("C", "sollicitatie Woonbond Bergstaden.pdf", "lo", "", "",
    "job application letter (sollicitatiebrief), no RIV document", pdfdate="2025-06-12", text="""
Siobhan Gallagher
Bergstaden, 12 juni 2025
Aan: Woonstichting Bergstaden, afdeling P&O
Betreft: sollicitatie medewerker webcare (28 uur)
Geachte heer, mevrouw,
Met veel interesse las ik uw vacature voor een medewerker webcare. Ik heb zeven jaar ervaring in klantcontact, waarvan het laatste jaar schriftelijk via e-mail en chat.
Ik schrijf goed Nederlands en Engels en werk nauwkeurig. Ik zoek een functie zonder telefonie en kom graag kennismaken.
Met vriendelijke groet,
Siobhan Gallagher
""")

add("C", "certificaat Excel.pdf", "wk", "", "",
    "training certificate printed from the course site, no RIV document", pdfdate="2025-05-20", text="""
# Certificaat
Hierbij verklaren wij dat
Siobhan Gallagher
de training Excel voor professionals (12 uur) met goed gevolg heeft afgerond.
Datum: 20 mei 2025
Leeracademie Digitaal Vaardig - docent E. Hoogstraten
""")

add("C", "FW_ progress report.eml", "eml", "", "",
    "forward that only covers the attachment, the mail itself is not labelled", label=False,
    frm="Wouter Dijkgraaf <w.dijkgraaf@maasoever-klantcontact.example>",
    to="Siobhan Gallagher <siobhan.gallagher@webmail.example>",
    subj="FW: progress report October", hdate="Mon, 06 Oct 2025 08:55:12 +0200", mid="c11-okt-2025", text="""
Hi Siobhan, ter info de tweede rapportage van Bridgeway. Groet, Wouter

---------- Forwarded message ----------
From: Lars Vinkenoog <l.vinkenoog@bridgeway-ct.example>
Date: Thu, 2 Oct 2025
Subject: progress report October

Dear Wouter, please find attached the second progress report. Kind regards, Lars
""", atts=[dict(name="Bridgeway progress report Oct.pdf", prod="lo", type="voortgangsrapportage_tweede_spoor",
                date="2025-10-02", trap="English report attached to a forward, labelled as the member", text=f"""
BRIDGEWAY Career Transition
# Progress report 2
Client: S. Gallagher, Citizen service no. (BSN): {BSN['C']}   Period: 1 July - 30 September 2025   Date: {en('2025-10-02')}
## Activities
Trial placement in the webcare team of Woonstichting Bergstaden, 16 hours a week since 1 August; six coaching sessions.
## Applications
Nine applications; the housing association is considering a contract from January 2026.
## Next period
Decision on the contract; end of the trajectory in December.
""")])

add("C", "Final report Bridgeway.pdf", "lo", "eindrapportage_tweede_spoor", "2025-12-04",
    "English final report of the 2nd-track provider", author="Lars Vinkenoog", text=f"""
BRIDGEWAY Career Transition
# Final report - track 2
Client: S. Gallagher, Citizen service no. (BSN): {BSN['C']}   Trajectory: April - November 2025   Date: {en('2025-12-04')}
## Result
The client is offered a contract of 20 hours as webcare employee at Woonstichting Bergstaden from 1 February 2026. Combined with 16 hours in the Maasoever e-mail team she works 36 hours.
## Efforts
29 applications, 11 networking meetings, trial placement, Dutch writing course completed.
## Closing
The trajectory is closed with a placement. No further advice.
""")

add("C", "Medical information - for UWV only.pdf", "lo", "medische_informatie", "2025-12-17",
    "English translation of the medical information for the expat, ended up in the employer's folder (DOMAIN §5)",
    author="F. Lammertsma", text=f"""
Arbodienst Zeskant - MEDICAL CONFIDENTIAL
# Medical information (English translation for the employee)
Employee: S. Gallagher, Citizen service no. (BSN): {BSN['C']}   Date: {en('2025-12-17')}
Occupational physician: dr. F. Lammertsma
Diagnosis: hyperacusis and tinnitus after an acoustic shock via headset (April 2024), confirmed by the ENT specialist and audiologist.
Treatment: audiological centre, sound therapy, cognitive behavioural therapy for tinnitus; hearing protection in noisy places.
Course: partial improvement; sensitivity to sudden and loud sounds remains.
Prognosis: permanent limitation for telephone and headset work.
""")

add("C", "Actueel oordeel.pdf", "wk", "actueel_oordeel", "2025-12-17",
    "portal print, AO written after the UWV week-88 letter", portal=ZESKANT,
    printed="Afgedrukt uit Zeskant Online, dossier ZK-24-7713", text=f"""
# Actueel oordeel bedrijfsarts
| Werknemer | S. Gallagher
| BSN | {BSN['C']}
| Datum | {dmy('2025-12-17')}
| Bedrijfsarts | dr. F. Lammertsma, BIG 89023317601
## Stand van zaken
Werkt 16 uur in het mailteam; per februari 2026 20 uur bij een andere werkgever (tweede spoor).
## Belastbaarheid
Geen telefonie of headset; stille werkplek; verder geen beperkingen; 36 uur per week.
## Arbeidsrelatie en passende arbeid bij de werkgever
Arbeidsrelatie: goed. Passend werk bij de werkgever: 16 uur mailteam, niet meer.
""")

add("C", "Eindevaluatie S Gallagher.docx", "docx", "eindevaluatie", "2025-12-29",
    "Word file, standard title", author="Wouter Dijkgraaf", text=f"""
# Eindevaluatie
Maasoever Klantcontact B.V.
{C_KOP}
Datum: {nl('2025-12-29')}
## Aard van het bedrijf
Maasoever Klantcontact is een klantcontactcentrum met 600 medewerkers dat telefonie, mail en chat verzorgt voor energie- en telecombedrijven.
## Terugblik
Juni 2024 start in het mailteam; september 2024 bijstelling belastbaarheid; februari 2025 AD-onderzoek; april 2025 start tweede spoor bij Bridgeway; december 2025 plaatsing bij Woonstichting Bergstaden per februari 2026.
## Arbeidsrelatie en passende arbeid
De arbeidsrelatie is goed. Bij Maasoever is 16 uur passend werk; die blijven behouden.
Werkgever: W. Dijkgraaf          Werknemer: S. Gallagher
""")

add("C", "My view on the reintegration report.eml", "eml", "oordeel_werknemer", "2026-01-05",
    "the expat's own view in English in a mail body",
    frm="Siobhan Gallagher <siobhan.gallagher@webmail.example>",
    to="Wouter Dijkgraaf <w.dijkgraaf@maasoever-klantcontact.example>",
    subj="my view on the reintegration report", hdate="Mon, 05 Jan 2026 20:14:33 +0100", mid="c19-jan-2026", text=f"""
Dear Wouter,

I have read the complete re-integratieverslag (BSN {BSN['C']}).
I agree with the description of the last two years and with the final evaluation.
One remark: in the first months the quiet room was not always quiet, which made my recovery slower. This was solved in July 2024.
Please add this mail to the report as my view.

Kind regards,
Siobhan Gallagher
""")

# ============================================================ D: garden centre, workplace adjustments, first track
D_KOP = f"Evert Rutgers (BSN {BSN['D']})"

add("D", "PA Evert.pdf", "scan", "probleemanalyse", "2024-07-08",
    "scan with receipt stamp, arbodienst letter", stamp=stamp("2024-07-12"), pages=[f"""
ArboGaard - arbodienst voor het MKB
Tuin- en Dierencentrum Het Klaverveld, t.a.v. mevrouw M. Dolfing, Veenweg 3, Wolfsloot
Datum: {nl('2024-07-08')}
# Probleemanalyse
Werknemer: E. Rutgers, BSN: {BSN['D']}, medewerker buitenafdeling (bomen en heesters), 36 uur
Eerste ziektedag: {dmy('2024-06-03')}
Dreigend langdurig verzuim: ja.
Beperkingen: niet tillen boven 10 kg, niet langdurig staan of lopen op onverhard terrein, geen knielen of hurken.
Mogelijkheden: zittend werk, kassawerk met sta-zit mogelijkheid, 3 x 4 uur na zes weken.
Prognose: na de operatie die gepland is verwachten wij herstel in 4-6 maanden, terugkeer in aangepast eigen werk is waarschijnlijk.
Advies: plan van aanpak opstellen, werkplekaanpassingen onderzoeken (elektrische palletwagen, sta-zit kruk).
drs. A. Stuivenberg, bedrijfsarts, BIG 39071188401
"""])

add("D", "plan.docx", "docx", "plan_van_aanpak", "2024-07-18",
    "owner's plan in everyday words without any title", author="Marieke Dolfing", text=f"""
Wat we afspreken met Evert - {nl('2024-07-18')}
{D_KOP}, medewerker buitenafdeling
Wat willen we? Dat Evert na zijn herstel weer buiten kan werken, met hulpmiddelen.
Wat doen we?
- Evert komt na de operatie en revalidatie eerst op de kassa zitten, 3 ochtenden.
- Wij kopen een elektrische palletwagen en een sta-zit kruk.
- Elke zes weken zitten we bij elkaar (Marieke en Evert), eerste keer begin september.
- Marieke is aanspreekpunt (casemanager).
Wat vindt Marieke? We missen Evert buiten, we doen wat nodig is.
Wat vindt Evert? Ik wil zo snel mogelijk terug naar de bomen.
Getekend: Marieke Dolfing (bedrijfsleider), Evert Rutgers
""")

add("D", "werkplek buiten aanpassingen.docx", "docx", "tussentijdse_evaluatie", "2024-10-03",
    "employer note about workplace adjustments written after an evaluation talk (debatable: DOMAIN §3 tussentijdse_evaluatie)",
    author="Marieke Dolfing", text=f"""
Aanpassingen buitenafdeling voor Evert - stand 3 oktober 2024
{D_KOP}
Gesprek met Evert gehad op 3 oktober. Hij werkt 3 ochtenden op de kassa en dat gaat goed.
Geregeld:
- elektrische palletwagen geleverd (25 september), Evert heeft instructie gehad
- sta-zit kruk bij kassa 2 en bij de oppotbank
- paden bij de bomenafdeling: halfverharding bij rij A en B, klaar in november
Nog te doen: Evert vanaf november 2 ochtenden buiten, zittend oppotten. Volgende keer praten: half november.
""")

add("D", "IZP bijlage.pdf", "wk", "inzetbaarheidsprofiel", "2024-11-25",
    "portal print of an inzetbaarheidsprofiel, file name an abbreviation", portal="ArboGaard Dossier",
    printed="ArboGaard Dossier - afgedrukt 26-11-2024", text=f"""
# Inzetbaarheidsprofiel
| Werknemer | E. Rutgers
| BSN | {BSN['D']}
| Datum | {dmy('2024-11-25')}
| Opgesteld door | drs. A. Stuivenberg, bedrijfsarts
## Rubriek 1 Persoonlijk functioneren
Geen beperkingen.
## Rubriek 2 Sociaal functioneren
Geen beperkingen.
## Rubriek 4 Dynamische handelingen
Tillen maximaal 15 kg; lopen op onverhard terrein tot 30 minuten aaneen; niet knielen of hurken.
## Rubriek 5 Statische houdingen
Staan: afwisselen na 45 minuten.
## Rubriek 6 Werktijden
6 uur per dag, 4 dagen per week; opbouw naar 36 uur in 3 maanden.
""")

add("D", "Alle documenten dossier VZ-4471.pdf", "wkcombined", "tussentijdse_evaluatie", "2025-01-14",
    "combined portal export of two meeting reports - labelled by its FIRST document", portal="ArboGaard Dossier",
    printed="Alle documenten dossier VZ-4471 - export ArboGaard Dossier", parts=[f"""
# Gespreksverslag voortgang re-integratie
| Werknemer | E. Rutgers
| BSN | {BSN['D']}
| Datum gesprek | {dmy('2025-01-14')}
| Aanwezig | M. Dolfing (werkgever), E. Rutgers (werknemer)
Evert werkt 4 x 5 uur, waarvan 3 ochtenden buiten (oppotten, bestellingen klaarzetten met de palletwagen).
Afspraken uit het plan zijn nagekomen. Opbouw naar 4 x 6 uur per 1 februari.
""", f"""
# Gespreksverslag voortgang re-integratie
| Werknemer | E. Rutgers
| BSN | {BSN['D']}
| Datum gesprek | {dmy('2025-02-25')}
Evert werkt 4 x 6 uur. Lopen op de grindpaden bij de vijverafdeling geeft na een uur pijn; hij blijft bij de bomen en heesters.
"""])

add("D", "Melding UWV 42e week.pdf", "wk", "ziekmelding_uwv", "2025-03-21",
    "print of the UWV employer portal page after sending the 42nd-week report", portal="UWV Werkgeversportaal",
    printed="uwv werkgeversportaal - afgedrukt 21-03-2025", text=f"""
# Ziekmelding langdurig zieke werknemer (42e week) - verzonden
| Werkgever | Tuin- en Dierencentrum Het Klaverveld B.V.
| Loonheffingennummer | 812345670L01
| Werknemer | E. Rutgers
| BSN | {BSN['D']}
| Eerste ziektedag | {dmy('2024-06-03')}
| Datum melding | {dmy('2025-03-21')}
Uw melding is ontvangen. U ontvangt binnen 2 weken een bevestiging per post.
""")

add("D", "pva.pdf", "lo", "eerstejaarsevaluatie", "2025-05-12",
    "misleading name pva.pdf holds the eerstejaarsevaluatie, everyday title", author="Marieke Dolfing", text=f"""
Het Klaverveld - gesprek na een jaar
{D_KOP}
Datum: {nl('2025-05-12')}
Terugkijken: Evert is in juni 2024 ziek geworden en in augustus geopereerd (heup). Vanaf oktober werkt hij weer op de kassa en sinds november ook buiten. Nu 4 x 7 uur met de palletwagen en kruk.
Wat willen we in het tweede ziektejaar? Evert volledig terug in zijn eigen werk (36 uur) met de aanpassingen, uiterlijk september 2025.
Is een tweede spoor nodig? Nee, de bedrijfsarts verwacht volledige terugkeer binnen drie maanden (advies 28 april 2025).
Wat vindt Marieke? Het gaat goed, we houden vast aan de aanpassingen.
Wat vindt Evert? Ik ben tevreden, het grindpad blijft lastig.
Getekend door Marieke Dolfing en Evert Rutgers
""")

add("D", "offerte palletwagen.pdf", "lo", "", "",
    "supplier quote for a workplace adjustment, no RIV document", pdfdate="2024-09-02", text="""
Intern Transport Service Wolfsloot
# OFFERTE 24-1187
Datum: 2 september 2024
Aan: Het Klaverveld, t.a.v. M. Dolfing
Betreft: elektrische palletwagen voor werkplekaanpassing medewerker buitenafdeling
1 x elektrische palletwagen 1500 kg, Li-ion, incl. lader: EUR 2.495,00
Instructie op locatie: EUR 95,00
Totaal excl. btw: EUR 2.590,00. Levertijd 3 weken. Geldig tot 1 oktober 2024.
""")

add("D", "offerte Groeipad 2e spoor.pdf", "lo", "", "",
    "2nd-track bureau quote that reads like a plan but was never accepted, no RIV document", pdfdate="2025-04-15",
    text="""
Groeipad Re-integratie
# Offerte traject tweede spoor
Datum: 15 april 2025
Aan: Het Klaverveld, mevrouw M. Dolfing
Naar aanleiding van uw vraag bieden wij een traject tweede spoor aan voor uw medewerker (26 weken):
intake en persoonsprofiel, zoekprofiel, arbeidsmarktoriëntatie, sollicitatietraining, maandelijkse voortgangsrapportage.
Prijs: EUR 2.950,00 excl. btw. Deze offerte is 30 dagen geldig.
""")

add("D", "AO.pdf", "scan", "uwv_correspondentie", "2026-02-02",
    "misleading name AO.pdf holds the UWV week-88 WIA letter (DOMAIN §3: do not read 'AO' as actueel oordeel)",
    stamp=stamp("2026-02-05"), pages=[f"""
UWV
De heer E. Rutgers
Datum: {nl('2026-02-02')}
Ons kenmerk: WIA-88/2026/55120
# U kunt een WIA-uitkering aanvragen
Geachte heer Rutgers,
U bent bijna 2 jaar ziek. Daarom kunt u een WIA-uitkering aanvragen. Doe dit uiterlijk op 2 maart 2026.
Bij uw aanvraag hoort het re-integratieverslag. Uw werkgever maakt dit samen met u.
BSN: {BSN['D']}
Met vriendelijke groet, UWV
"""])

add("D", "Actueel oordeel bedrijfsarts.eml", "eml", "actueel_oordeel", "2026-02-12",
    "bedrijfsarts mail whose body is the actueel oordeel",
    frm="A. Stuivenberg <a.stuivenberg@arbogaard.example>",
    to="Marieke Dolfing <marieke@klaverveld.example>",
    subj="Actueel oordeel E. Rutgers t.b.v. WIA", hdate="Thu, 12 Feb 2026 14:22:05 +0100", mid="d10-feb-2026", text=f"""
Geachte mevrouw Dolfing,

Hierbij mijn actueel oordeel voor het re-integratieverslag van de heer E. Rutgers, BSN {BSN['D']}.

Stand van zaken: de heer Rutgers werkt 32 uur in zijn eigen werk met aanpassingen (palletwagen, kruk, verharde paden).
Belastbaarheid: tillen tot 15 kg, lopen op onverhard terrein beperkt, verder belastbaar; 32 uur per week is het maximum.
Arbeidsrelatie: goed.
Passende arbeid bij de werkgever: het aangepaste eigen werk voor 32 uur is passend.

Met vriendelijke groet,
drs. A. Stuivenberg, bedrijfsarts ArboGaard (BIG 39071188401)
""")

add("D", "eindevaluatie Evert.docx", "docx", "eindevaluatie", "2026-02-20",
    "owner's Word file with everyday headings", author="Marieke Dolfing", text=f"""
Eindevaluatie - {D_KOP}
Datum: {nl('2026-02-20')}
Het bedrijf: Tuin- en Dierencentrum Het Klaverveld is een tuincentrum met dierenafdeling, 70 medewerkers, verkoop aan particulieren.
Terugblik op twee jaar: operatie augustus 2024, kassa vanaf oktober 2024, buiten vanaf november 2024, aanpassingen aan werkplek en paden. Sinds september 2025 32 uur eigen werk; 36 uur lukt niet.
Arbeidsrelatie: goed.
Passend werk: 32 uur aangepast eigen werk, zoals de bedrijfsarts zegt. Meer uren hebben we niet passend.
Getekend: Marieke Dolfing (werkgever), Evert Rutgers (werknemer)
""")

add("D", "reactie Evert.eml", "eml", "oordeel_werknemer", "2026-02-24",
    "employee's short mail reply agreeing with the report",
    frm="Evert Rutgers <evertrutgers@hotmail.example>", to="Marieke Dolfing <marieke@klaverveld.example>",
    subj="Re: verslag voor UWV", hdate="Tue, 24 Feb 2026 19:48:00 +0100", mid="d13-feb-2026", text=f"""
Hoi Marieke,

Ik heb alles doorgelezen. Ik ben het eens met het verslag en met wat de bedrijfsarts schrijft.
Dit is mijn oordeel als werknemer voor het UWV. BSN {BSN['D']}.

Groet, Evert

Op 23 feb. 2026 om 17:02 schreef Marieke Dolfing <marieke@klaverveld.example>:
> Evert, hierbij het hele verslag. Wil je laten weten of je het ermee eens bent?
""")
