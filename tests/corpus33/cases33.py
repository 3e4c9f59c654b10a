"""The four fictional cases of tests/corpus33 (content only; producers live in make_corpus33.py)."""

from __future__ import annotations


def build_all(g) -> None:
    case_a(g)
    case_b(g)
    case_c(g)
    case_d(g)


# ---------------------------------------------------------------------------------------------- A
def case_a(g) -> None:
    F = g["FILES"] / "Gelderpoort Facilitair Bedrijf - B. Nwachukwu"
    rel = "Gelderpoort Facilitair Bedrijf - B. Nwachukwu/"
    bsn = g["make_bsn"](3301)
    assert g["elfproef"](bsn)
    L, T = g["label"], g["T"]
    wn = [("Werknemer", "Blessing Nwachukwu"), ("Geboortedatum", "14-06-1979"), ("BSN", bsn),
          ("Functie", "medewerker interne logistiek (36 uur)"),
          ("Werkgever", "Streekziekenhuis Gelderpoort, Facilitair Bedrijf, Welderdam")]
    menu = ["Home", "Mijn dossiers", "Werknemers", "Agenda", "Berichten (2)", "Rapportages", "Help"]

    # 1 PA as arbodienst portal print, misleading export name
    body = g["to_html"]([
        ("kv", wn + [("Verzuimnummer", "WZ-24-0612"), ("Eerste ziektedag", "05-02-2024"),
                     ("Datum spreekuur", "11-03-2024")]),
        ("h", "Probleemanalyse"),
        ("p", "Er is sprake van dreigend langdurig verzuim. Mevrouw is sinds begin februari volledig uitgevallen "
              "voor haar eigen werk op de beddencentrale en het transport van bedden, containers en linnen."),
        ("h", "Beperkingen en mogelijkheden"),
        ("ul", ["niet tillen boven 5 kg, geen duwen en trekken van bedden en karren",
                "afwisselen van zitten en staan, maximaal 30 minuten achtereen staan",
                "lichte administratieve taken zijn mogelijk, 2 x 2 uur per dag"]),
        ("h", "Prognose"),
        ("p", "Herstel wordt verwacht, maar niet binnen drie maanden. Terugkeer in het eigen werk is op termijn "
              "waarschijnlijk; eerst opbouw in aangepaste taken."),
        ("h", "Advies aan werkgever en werknemer"),
        ("p", "Stel binnen twee weken samen een plan van aanpak op. Start met planningstaken op de "
              "beddencentrale (telefoon, digitale planning) en bouw de uren per twee weken op."),
        ("p", "Volgend spreekuur: 22-04-2024."),
        ("sig", ["Y. Brandhof, bedrijfsarts, BIG 59023817601", "Arbo Waalzicht, 12-03-2024"]),
    ])
    page = g["portal_page"]("Waalzicht Online  |  Arbo Waalzicht", "#2b6e4f", menu,
                            "Home > Mijn dossiers > WZ-24-0612 > Documenten > Probleemanalyse",
                            "Probleemanalyse - B. Nwachukwu", body, "i.hoefnagel@gelderpoort.example")
    g["wk_pdf"]([page], F / "export_20240312.pdf", "2024-03-14", "#2b6e4f", "14-03-2024 09:41",
                "Waalzicht Online - Probleemanalyse", "https://online.arbowaalzicht.example/dossier/WZ-24-0612/doc/88121")
    L(rel + "export_20240312.pdf", "probleemanalyse", "2024-03-12",
      "A;wkhtmltopdf portal print;export name with the print date, cookie banner and menu in the text, "
      "print date 14-03 in the header and spreekuur date 11-03")

    # 2 HR system export: cover page + PvA + first evaluation
    cover = ('<div class=cover><h2>PeopleDesk HR - export medewerkerdossier</h2><table>'
             '<tr><td>Medewerker</td><td>Nwachukwu, B. (personeelsnr. 104877)</td></tr>'
             '<tr><td>Afdeling</td><td>Facilitair Bedrijf / Interne logistiek</td></tr>'
             '<tr><td>Map</td><td>Verzuim 2024 / Re-integratie</td></tr>'
             '<tr><td>Geexporteerd door</td><td>I. Hoefnagel</td></tr><tr><td>Exportdatum</td><td>03-05-2024 16:12</td></tr>'
             '<tr><td>Aantal documenten</td><td>2</td></tr></table>'
             '<p>1. PvA_Nwachukwu_220324.docx<br>2. Evaluatie_Nwachukwu_020524.docx</p>'
             '<p style="font-size:8pt;color:#777">Dit document bevat vertrouwelijke personeelsgegevens.</p></div>')
    pva = "<div class=main>" + g["to_html"]([
        ("h", "Plan van aanpak re-integratie"),
        ("kv", wn + [("Eerste ziektedag", "05-02-2024"), ("Datum probleemanalyse", "12-03-2024"),
                     ("Casemanager", "Ingrid Hoefnagel, HR-adviseur Facilitair Bedrijf"),
                     ("Leidinggevende", "Jeroen Smitskamp, teamleider Interne logistiek")]),
        ("h", "Re-integratiedoel"),
        ("p", "Terugkeer in het eigen werk als medewerker interne logistiek, binnen zes maanden."),
        ("h", "Activiteiten en termijnen"),
        ("ul", ["vanaf 25-03-2024: planningstaken op de beddencentrale, 2 x 2 uur per dag",
                "per twee weken uitbreiding met 4 uur als het gaat",
                "werkplekonderzoek transportkarren door arbeidshygienist voor 30-04-2024"]),
        ("h", "Evaluatiemomenten"),
        ("p", "Elke zes weken met casemanager en teamleider; eerste evaluatie op 02-05-2024."),
        ("h", "Visie werkgever"),
        ("p", "Wij zien de planningstaken als een goede tussenstap en houden de plek op de beddencentrale vrij."),
        ("h", "Visie werknemer"),
        ("p", "Ik wil graag terug naar mijn eigen werk en vind de opbouw via de planning een goed idee."),
        ("sig", ["Welderdam, 22-03-2024", "Voor akkoord werkgever: J. Smitskamp, teamleider",
                 "Voor akkoord werknemer: B. Nwachukwu"]),
    ]) + "</div>"
    ev1 = "<div class=main>" + g["to_html"]([
        ("h", "Evaluatie plan van aanpak (1)"),
        ("kv", [("Werknemer", "B. Nwachukwu"), ("BSN", bsn), ("Datum gesprek", "02-05-2024"),
                ("Aanwezig", "B. Nwachukwu, J. Smitskamp, I. Hoefnagel")]),
        ("p", "Blessing werkt nu 3 x 4 uur op de beddencentrale. De planning gaat goed; transport nog niet."),
        ("p", "Afspraak: door naar 4 x 4 uur. Volgende evaluatie half juni."),
        ("sig", ["I. Hoefnagel, casemanager, 02-05-2024"]),
    ]) + "</div>"
    g["wk_pdf"]([cover, pva, ev1], F / "Document (7).pdf", "2024-05-03", "#444", "PeopleDesk HR", "Export",
                "https://gelderpoort.peopledesk.example/export/104877/2024-05-03")
    L(rel + "Document (7).pdf", "plan_van_aanpak", "2024-03-22",
      "A;wkhtmltopdf HR-system export;HR export with a portal cover page (export date 03-05), then the plan, then "
      "the first evaluation - labelled by its FIRST document after the cover")

    # 3 untitled TE in Word
    g["make_docx"]([
        ("p", "Gesprek met Blessing, Jeroen en Ingrid op 13 juni 2024 (BSN " + bsn + ")."),
        ("p", "Het gaat met de planning goed, Blessing doet nu 16 uur. Meelopen met het transport lukte twee keer "
              "een uur, daarna kwamen de klachten terug. Ze blijft dus nog even achter de telefoon."),
        ("p", "Blessing wil zelf graag sneller. Wij houden vast aan de opbouw die de bedrijfsarts noemde."),
        ("p", "Wat spreken we af: uren blijven op 16, geen transport tot het volgende spreekuur. Ingrid vraagt de "
              "bedrijfsarts om een nieuw advies. We praten weer verder eind juli."),
        ("p", "Ingrid Hoefnagel, 13-06-2024"),
    ], F / "gesprek juni Blessing.docx", "2024-06-13", "Ingrid Hoefnagel")
    L(rel + "gesprek juni Blessing.docx", "tussentijdse_evaluatie", "2024-06-13",
      "A;python-docx Word;no title at all, everyday words ('Wat spreken we af')")

    # 4 bijstelling PA as scan with received stamp, misleading name
    lines = g["to_lines"]([
        ("p", "Aan: Streekziekenhuis Gelderpoort, t.a.v. mevrouw I. Hoefnagel, HR Facilitair Bedrijf"),
        ("p", "Betreft: mevrouw B. Nwachukwu, BSN " + bsn + ", verzuimnummer WZ-24-0612"),
        ("p", "Welderdam, 18 juni 2024"),
        ("h", "Bijstelling probleemanalyse"),
        ("p", "Op uw verzoek heb ik mevrouw op 17 juni opnieuw gezien. De belastbaarheid is gewijzigd ten opzichte "
              "van mijn probleemanalyse van 12 maart: tillen en duwen blijven voorlopig beperkt, maar de uren kunnen "
              "verder omhoog in taken zonder fysieke belasting."),
        ("ul", ["uren: opbouw naar 28 uur per week in planning en administratie",
                "geen transport van bedden en containers de komende drie maanden",
                "prognose terugkeer eigen werk: onzeker, heroverwegen bij de eerstejaarsevaluatie"]),
        ("p", "Advies: stel het plan van aanpak bij. Volgend spreekuur over zes weken."),
        ("sig", ["Met vriendelijke groet,", "Y. Brandhof, bedrijfsarts (BIG 59023817601)", "Arbo Waalzicht"]),
    ])
    pg = g["render_page"](lines, 11, head=["Arbo Waalzicht", "Postbus 4410, 6800 AK Welderdam"],
                          stamp=("ONTVANGEN", "21 JUN 2024"))
    g["save_scan_pdf"]([g["scanify"](pg, 12)], F / "scan0003.pdf", "2024-06-21")
    L(rel + "scan0003.pdf", "bijstelling_probleemanalyse", "2024-06-18",
      "A;Pillow image-only copier scan with stamp;misleading name scan0003, received stamp 21 JUN 2024 three days "
      "after the letter, earlier PA date 12 maart quoted")

    # 5 reply chain: bijstelling PvA is the quoted first message
    body = ("Hoi Ingrid,\n\nAkkoord, zo doen we het. Ik teken het papier maandag.\n\nGroet, Blessing\n\n"
            "Van: Ingrid Hoefnagel <i.hoefnagel@gelderpoort.example>\nVerzonden: donderdag 27 juni 2024 15:02\n"
            "Aan: Blessing Nwachukwu <blessing.nw@mailbox.example>\nCC: Jeroen Smitskamp\n"
            "Onderwerp: nieuwe afspraken Blessing\n\n"
            "Beste Blessing,\n\nNa het advies van de bedrijfsarts van 18 juni passen we het plan van aanpak aan "
            "(BSN " + bsn + "):\n\n"
            "- doel blijft terugkeer bij Facilitair, maar nu eerst in planning en administratie\n"
            "- opbouw naar 28 uur per week uiterlijk 1 september 2024\n"
            "- transport van bedden voorlopig niet; de bedrijfsarts kijkt er in augustus opnieuw naar\n"
            "- evaluatie elke zes weken, de volgende op 8 augustus\n"
            "- casemanager blijf ik, Ingrid Hoefnagel\n\n"
            "Visie werkgever: we houden de uitgebreide planningsrol vast zolang dat nodig is.\n"
            "Wil je laten weten of je het hiermee eens bent?\n\n"
            "Met vriendelijke groet,\nIngrid Hoefnagel\nHR-adviseur Facilitair Bedrijf\n")
    g["eml"](F / "RE_ nieuwe afspraken Blessing.eml", "Blessing Nwachukwu <blessing.nw@mailbox.example>",
             "Ingrid Hoefnagel <i.hoefnagel@gelderpoort.example>", "RE: nieuwe afspraken Blessing",
             T(2024, 6, 28, 8, 17), body, "a05reply0628")
    L(rel + "RE_ nieuwe afspraken Blessing.eml", "bijstelling_plan_van_aanpak", "2024-06-27",
      "A;Outlook eml reply chain;the bijstelling is the quoted first message of 27-06, the reply on top (28-06) only "
      "says akkoord; no title")

    # 6 misleading name verzuimdossier.pdf = 42nd week report (UWV portal print)
    body = g["to_html"]([
        ("p", "Uw ziekmelding is ontvangen. Bewaar deze bevestiging in uw administratie."),
        ("kv", [("Soort melding", "Ziekmelding na 42 weken (langdurig zieke werknemer)"),
                ("Werkgever", "Stichting Streekziekenhuis Gelderpoort"), ("Loonheffingennummer", "8124.66.391.L01"),
                ("Naam werknemer", "B. Nwachukwu"), ("BSN", bsn), ("Eerste ziektedag", "05-02-2024"),
                ("Arbeidsgehandicapt", "Nee"), ("Vangnet", "Nee"), ("Datum melding", "25-11-2024"),
                ("Kenmerk", "ZM-42-7719034")]),
        ("p", "U ontvangt binnen 2 weken een brief met informatie over de eerstejaarsevaluatie."),
    ])
    page = g["portal_page"]("UWV  |  Werkgeversportaal", "#00558c",
                            ["Home", "Ziek- en hersteldmeldingen", "Re-integratie", "Uploaden", "Berichtenbox"],
                            "Home > Ziek- en hersteldmeldingen > Bevestiging", "Bevestiging ziekmelding", body,
                            "I. Hoefnagel (eHerkenning)", cookie=False, buttons=("Afdrukken", "Nieuwe melding"))
    g["wk_pdf"]([page], F / "verzuimdossier.pdf", "2024-11-25", "#00558c", "25-11-2024 11:08",
                "Bevestiging ziekmelding - UWV", "https://werkgeversportaal.uwv.example/ziekmelding/bevestiging")
    L(rel + "verzuimdossier.pdf", "ziekmelding_uwv", "2024-11-25",
      "A;wkhtmltopdf UWV portal print;misleading name verzuimdossier.pdf, holds only the 42nd-week report confirmation")

    # 7 covering mail + AD report attachment
    ad = []
    g["lo_pdf"]([
        ("kv", wn + [("Opdrachtgever", "Streekziekenhuis Gelderpoort"), ("Datum onderzoek", "07-01-2025"),
                     ("Datum rapport", "10-01-2025")]),
        ("h", "1. Vraagstelling"),
        ("p", "Kan mevrouw terugkeren in haar eigen functie, of in aangepast of ander werk binnen het ziekenhuis?"),
        ("h", "2. Functiebelasting en belastbaarheid"),
        ("p", "De functie vraagt dagelijks duwen en trekken van bedden (tot 180 kg met wielen) en tillen van "
              "containers. Volgens de bedrijfsarts is dit niet haalbaar. Planningstaken passen wel."),
        ("h", "3. Conclusie"),
        ("p", "Eigen werk is niet passend. Spoor 1: de planningsfunctie beddencentrale (24 uur) is passend, maar er "
              "is geen formatie boven 24 uur. Spoor 2 starten voor de resterende uren en als vangnet."),
        ("sig", ["M. Tiemessen, register-arbeidsdeskundige", "Tiemessen Arbeidsdeskundig Advies, 10-01-2025"]),
    ], g["TMP"] / "ad_a.pdf", "2025-01-10", "M. Tiemessen", title="Rapportage arbeidsdeskundig onderzoek")
    ad = (g["TMP"] / "ad_a.pdf").read_bytes()
    g["eml"](F / "FW_ rapport arbeidsdeskundige.eml", "Ingrid Hoefnagel <i.hoefnagel@gelderpoort.example>",
             "Jeroen Smitskamp <j.smitskamp@gelderpoort.example>", "FW: rapport arbeidsdeskundige",
             T(2025, 1, 13, 9, 30), "Hoi Jeroen,\n\nZie bijlage, het rapport van Marco. Graag bespreken we dit "
             "voor het gesprek over het eerste jaar.\n\nGroet, Ingrid\n", "a07fwad0113",
             attachments=[("Rapportage AD Nwachukwu.pdf", ad, "application/pdf")])
    L(rel + "FW_ rapport arbeidsdeskundige.eml", "", "",
      "A;Outlook eml covering mail;non-RIV: the mail only forwards the attachment")
    L(rel + "FW_ rapport arbeidsdeskundige.eml::Rapportage AD Nwachukwu.pdf", "arbeidsdeskundig_rapport",
      "2025-01-10", "A;python-docx + LibreOffice PDF attachment;report only inside a forwarding mail, "
      "research date 07-01 and mail date 13-01 around the report date")

    # 8 pva.pdf holds the EJE
    g["lo_pdf"]([
        ("kv", wn + [("Eerste ziektedag", "05-02-2024"), ("Datum gesprek", "20-01-2025")]),
        ("h", "Terugblik eerste ziektejaar"),
        ("p", "Blessing werkt 24 uur in de planning van de beddencentrale. Transportwerk is niet meer mogelijk."),
        ("h", "Beoogd re-integratieresultaat tweede ziektejaar"),
        ("p", "Vaste plaatsing in de planningsfunctie voor 24 uur (spoor 1) en voor de overige 12 uur een "
              "tweede spoor via een re-integratiebureau, zoals de arbeidsdeskundige adviseert."),
        ("h", "Visie werkgever en werknemer"),
        ("p", "Werkgever: spoor 1 en spoor 2 gaan tegelijk. Werknemer: ik wil mijn uren houden en sta open voor "
              "ander werk buiten het ziekenhuis voor de rest."),
        ("sig", ["Welderdam, 20-01-2025", "J. Smitskamp (teamleider)   I. Hoefnagel (casemanager)   B. Nwachukwu"]),
    ], F / "pva.pdf", "2025-01-20", "Ingrid Hoefnagel", title="Eerstejaarsevaluatie")
    L(rel + "pva.pdf", "eerstejaarsevaluatie", "2025-01-20",
      "A;python-docx + LibreOffice PDF;misleading name pva.pdf, the file is the first-year evaluation")

    # 9 trajectplan (LibreOffice)
    g["lo_pdf"]([
        ("kv", [("Kandidaat", "Blessing Nwachukwu"), ("BSN", bsn), ("Opdrachtgever", "Streekziekenhuis Gelderpoort"),
                ("Intakegesprek", "24-02-2025"), ("Loopbaanbegeleider", "Lotte Brink, Trajectum Oost")]),
        ("h", "Persoonsprofiel"),
        ("p", "Ervaren in logistiek en planning, goed met mensen aan de telefoon, Engels en Nederlands vloeiend."),
        ("h", "Zoekprofiel"),
        ("p", "Planner of medewerker klantcontact, 12 uur per week, binnen 25 km van Welderdam."),
        ("h", "Activiteiten tweede spoor"),
        ("ul", ["arbeidsmarktorientatie en netwerkgesprekken (maand 1-2)", "sollicitatietraining (maand 2)",
                "gericht solliciteren, minimaal 2 per maand (maand 3-6)"]),
        ("sig", ["Lotte Brink, loopbaanbegeleider", "Trajectum Oost, 03-03-2025"]),
    ], F / "Intake en plan - Nwachukwu.pdf", "2025-03-03", "Lotte Brink", title="Trajectplan tweede spoor")
    L(rel + "Intake en plan - Nwachukwu.pdf", "trajectplan_tweede_spoor", "2025-03-03",
      "A;python-docx + LibreOffice PDF;standard title, intake date a week earlier")

    # 10 progress report as txt
    (F / "voortgang juni.txt").write_text(g["to_text"]([
        ("h", "Trajectum Oost - rapportage periode maart t/m mei 2025"),
        ("kv", [("Kandidaat", "B. Nwachukwu"), ("BSN", bsn), ("Datum", "02-06-2025")]),
        ("ul", ["6 netwerkgesprekken, waarvan 2 bij een vervoersbedrijf",
                "5 sollicitaties verstuurd, 1 gesprek bij een thuiszorgorganisatie (planning)",
                "inzet kandidaat: goed, komt afspraken na"]),
        ("p", "Vervolg: verder solliciteren op planningsvacatures; volgende rapportage eind augustus."),
        ("sig", ["Lotte Brink"]),
    ]), encoding="utf-8")
    L(rel + "voortgang juni.txt", "voortgangsrapportage_tweede_spoor", "2025-06-02",
      "A;plain text;no standard title, only 'rapportage periode'")

    # 11 AO.pdf = UWV WIA letter
    lines = g["to_lines"]([
        ("p", "Mevrouw B. Nwachukwu"), ("p", "Datum 8 oktober 2025   Ons kenmerk WIA-88-3340127   BSN " + bsn),
        ("h", "U kunt een WIA-uitkering aanvragen"),
        ("p", "U bent bijna 2 jaar ziek. Uw werkgever hoeft uw loon niet langer door te betalen vanaf 2 februari "
              "2026. Daarom kunt u nu een WIA-uitkering aanvragen. Doe dit uiterlijk op 5 november 2025."),
        ("p", "Bij uw aanvraag hoort het re-integratieverslag. Uw werkgever stuurt het ons binnen 1 dag na uw "
              "aanvraag. De medische informatie stuurt u zelf mee, in een gesloten envelop."),
        ("sig", ["Met vriendelijke groet,", "UWV, afdeling Sociaal Medische Zaken"]),
    ])
    pg = g["render_page"](lines, 21, head=["UWV", "Postbus 58285, 1040 HG Amsterdam"],
                          stamp=("ONTVANGEN", "10 OKT 2025"))
    g["save_scan_pdf"]([g["scanify"](pg, 22)], F / "AO.pdf", "2025-10-10")
    L(rel + "AO.pdf", "uwv_correspondentie", "2025-10-08",
      "A;Pillow image-only scan with stamp;misleading name AO.pdf holds the UWV week-88 WIA letter; wachttijd end "
      "and application deadline dates in the text")

    # 12 combined arbodienst export: AO then IZP
    ao = g["portal_page"]("Waalzicht Online  |  Arbo Waalzicht", "#2b6e4f", menu,
                          "Home > Mijn dossiers > WZ-24-0612 > Documenten", "Actueel oordeel", g["to_html"]([
        ("kv", wn + [("Datum", "14-10-2025")]),
        ("p", "Dit actueel oordeel is opgesteld ten behoeve van de WIA-aanvraag en bevat geen medische gegevens."),
        ("h", "Stand van zaken"),
        ("p", "Mevrouw werkt 24 uur in aangepast werk (planning). Uitbreiding is niet te verwachten."),
        ("h", "Belastbaarheid"), ("p", "Zie het inzetbaarheidsprofiel hierna."),
        ("h", "Arbeidsrelatie en passende arbeid"),
        ("p", "De arbeidsrelatie is goed. Passende arbeid bij de werkgever: ja, voor 24 uur."),
        ("sig", ["Y. Brandhof, bedrijfsarts, 14-10-2025"])]), "i.hoefnagel@gelderpoort.example")
    izp = "<div class=main>" + g["to_html"]([
        ("h", "Inzetbaarheidsprofiel"), ("kv", [("Werknemer", "B. Nwachukwu"), ("BSN", bsn), ("Datum", "14-10-2025")]),
        ("kv", [("Persoonlijk functioneren", "geen beperkingen"), ("Sociaal functioneren", "geen beperkingen"),
                ("Dynamische handelingen", "tillen max. 5 kg; duwen/trekken beperkt"),
                ("Statische houdingen", "afwisseling zitten/staan nodig"), ("Werktijden", "max. 6 uur per dag")]),
        ("sig", ["Y. Brandhof, bedrijfsarts"])]) + "</div>"
    g["wk_pdf"]([ao, izp], F / "Alle documenten dossier 24-0612.pdf", "2025-10-16", "#2b6e4f",
                "16-10-2025 14:20", "Waalzicht Online - Alle documenten",
                "https://online.arbowaalzicht.example/dossier/WZ-24-0612/export")
    L(rel + "Alle documenten dossier 24-0612.pdf", "actueel_oordeel", "2025-10-14",
      "A;wkhtmltopdf combined portal export;combined export: actueel oordeel then inzetbaarheidsprofiel - labelled by "
      "its FIRST document; print date 16-10 in header")

    # 13 EV standard title Word
    g["make_docx"]([
        ("kv", wn + [("Aard van het bedrijf", "regionaal ziekenhuis, 2.300 medewerkers; Facilitair Bedrijf 180"),
                     ("Datum", "24-10-2025")]),
        ("h", "Terugblik"),
        ("p", "In twee jaar is Blessing van volledig uitgevallen naar 24 uur planning gegaan. Het tweede spoor "
              "leverde gesprekken op maar nog geen baan voor de resterende uren."),
        ("h", "Kwaliteit arbeidsrelatie"), ("p", "Goed; open contact met teamleider en HR."),
        ("h", "Passende arbeid"), ("p", "De planningsfunctie voor 24 uur wordt vastgelegd per 1 februari 2026."),
        ("sig", ["J. Smitskamp, teamleider", "B. Nwachukwu, werknemer"]),
    ], F / "Eindevaluatie Nwachukwu def.docx", "2025-10-24", "Ingrid Hoefnagel", title="Eindevaluatie")
    L(rel + "Eindevaluatie Nwachukwu def.docx", "eindevaluatie", "2025-10-24", "A;python-docx Word;standard title")

    # 14 OW as mail body
    g["eml"](F / "mijn mening verslag.eml", "Blessing Nwachukwu <blessing.nw@mailbox.example>",
             "Ingrid Hoefnagel <i.hoefnagel@gelderpoort.example>", "mijn mening", T(2025, 10, 29, 20, 41),
             "Beste Ingrid,\n\nIk heb alle stukken van het verslag gelezen. Ik ben het eens met wat erin staat over "
             "mijn werk en de afspraken. Alleen vind ik dat het tweede spoor laat is begonnen, pas in maart.\n"
             "Verder geen opmerkingen.\n\nBlessing Nwachukwu\nBSN " + bsn + "\n", "a14ow1029")
    L(rel + "mijn mening verslag.eml", "oordeel_werknemer", "2025-10-29",
      "A;Outlook eml;the employee's view is the mail body, no title, partly disagrees")

    # 15 MI: specialist letter scan in HR folder
    lines = g["to_lines"]([
        ("p", "Aan de huisarts, dr. K. Ruimschotel, Welderdam"), ("p", "16 april 2024"),
        ("p", "Betreft: mevrouw B. Nwachukwu, geb. 14-06-1979"),
        ("p", "Geachte collega, Uw patiente bezocht de polikliniek orthopedie. Diagnose: lumbale hernia L4-L5 "
              "links met radiculaire klachten; daarnaast een impingement van de rechter schouder. MRI toont een "
              "mediolaterale hernia. Beleid: fysiotherapie, pregabaline 75 mg 2 dd, controle over 8 weken; bij "
              "onvoldoende herstel bespreken we een operatie."),
        ("sig", ["Met collegiale groet,", "dr. H. Kavelaars, orthopedisch chirurg", "Rijnoever Kliniek"]),
    ])
    pg = g["render_page"](lines, 31, head=["Rijnoever Kliniek - Orthopedie", "Kliniekweg 3, Welderdam"])
    g["save_scan_pdf"]([g["scanify"](pg, 32)], F / "brief orthopeed.pdf", "2024-04-19", producer="HP Scan")
    L(rel + "brief orthopeed.pdf", "medische_informatie", "2024-04-16",
      "A;Pillow image-only scan;specialist letter with diagnosis and medication in HR's folder - medical data the "
      "employer must not hold (DOMAIN 5.1)")

    # 16 non-RIV roster
    g["lo_pdf"]([
        ("kv", [("Week", "12 (18-03-2024 t/m 24-03-2024)"), ("Team", "Beddencentrale")]),
        ("ul", ["ma: Henk (V), Samira (L), Blessing ZIEK", "di: Henk (V), Samira (L), Tom (N)",
                "wo: Tom (V), Samira (L), Henk (N)", "do: Henk (V), Tom (L)", "vr: Samira (V), Henk (L)"]),
    ], F / "Rooster beddencentrale wk 12.pdf", "2024-03-15", "Jeroen Smitskamp", title="Dienstrooster")
    L(rel + "Rooster beddencentrale wk 12.pdf", "", "", "A;python-docx + LibreOffice PDF;non-RIV: duty roster")


# ---------------------------------------------------------------------------------------------- B
def case_b(g) -> None:
    F = g["FILES"] / "Woonstichting Het Vaandel - R. de Bruijn (VZ 23-114)"
    rel = "Woonstichting Het Vaandel - R. de Bruijn (VZ 23-114)/"
    bsn = g["make_bsn"](3302)
    assert g["elfproef"](bsn)
    L, T = g["label"], g["T"]
    wn = [("Naam", "R. (Ronald) de Bruijn"), ("BSN", bsn), ("Functie", "opzichter dagelijks onderhoud, 38 uur"),
          ("Werkgever", "Woonstichting Het Vaandel, Zuidervelde")]
    F.mkdir(parents=True, exist_ok=True)
    (F / "dossier.yaml").write_text(
        'werknemer: {naam: "R. de Bruijn", bsn: "' + bsn + '", functie: "Opzichter dagelijks onderhoud"}\n'
        'werkgever: {naam: "Woonstichting Het Vaandel", aard_van_het_bedrijf: "Woningcorporatie"}\n'
        'bedrijfsarts: {naam: "A.M. Terlouw", organisatie: "Bedrijfsartsenpraktijk Terlouw"}\n'
        'casemanager: {naam: "E.J. Voskuil"}\neerste_ziektedag: 2023-11-13\n', encoding="utf-8")

    def fax(n, tot, date):
        return f"{date} 16:4{n}  VAN: +31 (0)570 4455 80 BA PRAKTIJK TERLOUW    AAN: 0570 612 300   P.{n:03d}/{tot:03d}"

    # 1 fax: cover sheet + PA (2 pages)
    cover = g["render_page"](g["to_lines"]([
        ("h", "FAX"),
        ("kv", [("Aan", "Woonstichting Het Vaandel, afd. P&O, t.a.v. E.J. Voskuil"), ("Faxnummer", "0570 612 300"),
                ("Van", "Bedrijfsartsenpraktijk Terlouw"), ("Datum", "19-12-2023"), ("Aantal pagina's", "3 (incl. deze)"),
                ("Betreft", "dhr. De Bruijn")]),
        ("p", "Vertrouwelijk. Bent u niet de geadresseerde, bel dan 0570 445 580 en vernietig dit bericht."),
    ]), 41, fax_line=fax(1, 3, "19-12-2023"), mono=True)
    p1 = g["render_page"](g["to_lines"]([
        ("p", "Zuidervelde, 19 december 2023"),
        ("kv", wn + [("Eerste verzuimdag", "13-11-2023"), ("Spreekuur", "18-12-2023")]),
        ("h", "Probleemanalyse en advies"),
        ("p", "Dhr. De Bruijn is volledig uitgevallen. Er is sprake van dreigend langdurig verzuim. Hij heeft op dit "
              "moment beperkingen in het persoonlijk en sociaal functioneren: geen conflicthantering met huurders, "
              "geen deadlines, geen werk onder tijdsdruk, niet meer dan 4 uur per dag."),
        ("p", "Benutbare mogelijkheden: eenvoudige taken op kantoor zonder huurderscontact."),
    ]), 42, fax_line=fax(2, 3, "19-12-2023"), mono=True)
    p2 = g["render_page"](g["to_lines"]([
        ("h", "Prognose"),
        ("p", "Gedeeltelijke hervatting binnen 6 tot 8 weken is mogelijk; volledige terugkeer duurt langer."),
        ("h", "Advies"),
        ("p", "Werkgever en werknemer maken binnen twee weken een plan van aanpak. Start met 2 x 3 uur per week "
              "kantoorwerk (inspectierapporten verwerken). Geen buitendienst en geen huurdersbezoek."),
        ("sig", ["A.M. Terlouw, bedrijfsarts, BIG 19056233501", "Bedrijfsartsenpraktijk Terlouw"]),
    ]), 43, fax_line=fax(3, 3, "19-12-2023"), mono=True)
    g["save_scan_pdf"]([g["scanify"](x, 44 + i, bw=True) for i, x in enumerate([cover, p1, p2])],
                       F / "fax 19-12-2023.pdf", "2023-12-19", producer="Brother MFC fax")
    L(rel + "fax 19-12-2023.pdf", "probleemanalyse", "2023-12-19",
      "B;Pillow 1-bit fax image PDF;first page is a fax cover sheet, fax header line on every page, image only; "
      "spreekuur date 18-12 and first sick day in the text")

    # 2 HR export: cover + PvA + TE
    cover = ('<div class=cover><h2>HR-Kompas &middot; Documentexport</h2><table>'
             '<tr><td>Medewerker</td><td>De Bruijn, R. (2087)</td></tr><tr><td>Dossier</td><td>Verzuim VZ 23-114</td></tr>'
             '<tr><td>Documenten</td><td>Plan van aanpak (04-01-2024); Verslag evaluatie (15-02-2024)</td></tr>'
             '<tr><td>Aangemaakt</td><td>20-02-2024 door E.J. Voskuil</td></tr></table></div>')
    pva = "<div class=main>" + g["to_html"]([
        ("h", "Plan van aanpak"),
        ("kv", wn + [("Eerste ziektedag", "13-11-2023"), ("Probleemanalyse", "19-12-2023"),
                     ("Casemanager", "E.J. Voskuil, HR-adviseur")]),
        ("h", "Doel"), ("p", "Terugkeer in de eigen functie als opzichter, eerst binnendienst."),
        ("h", "Afspraken"),
        ("ul", ["januari: 2 x 3 uur binnendienst, inspectierapporten verwerken",
                "februari: 3 x 4 uur, overleg met aannemers per telefoon",
                "Ronald start bij een psycholoog via de huisarts (eigen keuze, geen info aan werkgever)"]),
        ("h", "Evaluatie"), ("p", "Iedere zes weken; eerste op 15 februari 2024."),
        ("h", "Visie werkgever / visie werknemer"),
        ("p", "Werkgever: rustig opbouwen, contact met manager wekelijks. Werknemer: eens, ik wil eerst rust in mijn hoofd."),
        ("sig", ["Zuidervelde, 04-01-2024", "P. Lommerse, manager Vastgoedonderhoud", "R. de Bruijn"]),
    ]) + "</div>"
    te = "<div class=main>" + g["to_html"]([
        ("h", "Verslag evaluatie plan van aanpak"),
        ("kv", [("Medewerker", "R. de Bruijn"), ("BSN", bsn), ("Datum", "15-02-2024")]),
        ("p", "Opbouw loopt volgens plan, Ronald werkt 12 uur. Volgende evaluatie eind maart."),
        ("sig", ["E.J. Voskuil, casemanager"])]) + "</div>"
    g["wk_pdf"]([cover, pva, te], F / "Document (3).pdf", "2024-02-20", "#6a3d8f", "HR-Kompas", "Documentexport",
                "https://hetvaandel.hrkompas.example/medewerker/2087/export")
    L(rel + "Document (3).pdf", "plan_van_aanpak", "2024-01-04",
      "B;wkhtmltopdf HR-system export;HR export with a cover page listing two documents (export 20-02), plan then "
      "evaluation - labelled by its FIRST document after the cover")

    # 3 TE txt
    (F / "gesprek maart.txt").write_text(
        "Gesprek Ronald 28-3-2024 (Petra, Erik-Jan, Ronald)\n\nRonald werkt nu 16 uur, alles binnen. Hij slaapt "
        "beter. Buiten naar huurders gaat nog niet, daar wordt hij onrustig van. We laten dat nog even.\n\n"
        "Afgesproken:\n- 4 x 4 uur blijft\n- 1x per week mee met collega Gert naar een leeg opleveringshuis (geen "
        "huurders)\n- Erik-Jan vraagt Terlouw om een nieuw spreekuur\n- volgende keer 8 mei\n\nBSN " + bsn + "\n",
        encoding="utf-8")
    L(rel + "gesprek maart.txt", "tussentijdse_evaluatie", "2024-03-28", "B;plain text;untitled notes, no type word")

    # 4 bijstelling PvA everyday title
    g["make_docx"]([
        ("kv", wn + [("Datum", "08-05-2024")]),
        ("p", "Bij het gesprek op 8 mei hebben we het plan van 4 januari aangepast. Het oude doel (terug als "
              "opzichter) blijft, maar de weg ernaartoe is anders."),
        ("ul", ["nieuw tussendoel: 24 uur als werkvoorbereider binnendienst per 1 juli",
                "huurdersbezoek pas na advies bedrijfsarts", "evaluatie iedere zes weken, volgende 20 juni",
                "casemanager blijft Erik-Jan Voskuil"]),
        ("p", "Ronald: ik vind dit haalbaar. Petra: wij zoeken er een vaste werkplek bij."),
        ("sig", ["P. Lommerse                R. de Bruijn"]),
    ], F / "afspraken aangepast mei 2024.docx", "2024-05-08", "Erik-Jan Voskuil", title="Wat we nu anders doen")
    L(rel + "afspraken aangepast mei 2024.docx", "bijstelling_plan_van_aanpak", "2024-05-08",
      "B;python-docx Word;everyday title 'Wat we nu anders doen', no standard term")

    # 5 42nd-week report UWV print with export name
    body = g["to_html"]([
        ("p", "Wij hebben uw melding ontvangen."),
        ("kv", [("Melding", "Ziekmelding langdurig zieke werknemer (42e week)"), ("Werkgever", "Woonstichting Het Vaandel"),
                ("Loonheffingennummer", "8033.19.774.L01"), ("Werknemer", "R. de Bruijn"), ("BSN", bsn),
                ("Eerste ziektedag", "13-11-2023"), ("Verzonden op", "02-09-2024 10:12")]),
    ])
    page = g["portal_page"]("UWV  |  Werkgeversportaal", "#00558c",
                            ["Home", "Ziek- en hersteldmeldingen", "Re-integratie", "Uploaden", "Berichtenbox"],
                            "Home > Ziek- en hersteldmeldingen > Ontvangstbevestiging", "Ontvangstbevestiging", body,
                            "E.J. Voskuil (eHerkenning)", cookie=False)
    g["wk_pdf"]([page], F / "export_20240902.pdf", "2024-09-02", "#00558c", "02-09-2024 10:13",
                "Ontvangstbevestiging - UWV", "https://werkgeversportaal.uwv.example/melding/ontvangst")
    L(rel + "export_20240902.pdf", "ziekmelding_uwv", "2024-09-02", "B;wkhtmltopdf UWV portal print;export name")

    # 6 EJE: two scanned pages, signature page a separate phone photo
    e1 = g["render_page"](g["to_lines"]([
        ("kv", wn + [("Eerste ziektedag", "13-11-2023"), ("Datum", "21-10-2024")]),
        ("h", "Eerste ziektejaar"),
        ("p", "Ronald werkt 24 uur als werkvoorbereider binnendienst. Terug naar buiten als opzichter lukt niet: "
              "contact met boze huurders geeft direct terugval. Volgens de bedrijfsarts blijft dit zo."),
        ("h", "Tweede ziektejaar: beoogd resultaat"),
        ("p", "Werkvoorbereider binnendienst is geen vaste functie bij Het Vaandel. We vragen UWV een "
              "deskundigenoordeel over de passendheid en starten een tweede spoor."),
    ]), 51, head=["Woonstichting Het Vaandel", "Eerstejaarsevaluatie"])
    e2 = g["render_page"](g["to_lines"]([
        ("h", "Visie werkgever"), ("p", "Wij willen Ronald graag houden, maar hebben geen passende vaste functie."),
        ("h", "Visie werknemer"), ("p", "Ik wil liefst blijven; ik doe mee aan het tweede spoor."),
        ("p", "Handtekeningen: zie blad 3."),
    ]), 52, hand_notes=[(700, 900, "+ DO aanvragen in nov."), ])
    g["save_scan_pdf"]([g["scanify"](e1, 53), g["scanify"](e2, 54)], F / "Eerstejaarsevaluatie blad 1-2.pdf",
                       "2024-10-22")
    L(rel + "Eerstejaarsevaluatie blad 1-2.pdf", "eerstejaarsevaluatie", "2024-10-21",
      "B;Pillow image-only 2-page scan;pages 1-2 of an evaluation whose signature page is a separate photo, "
      "handwritten addition")
    sig = g["render_page"](["Blad 3 - Eerstejaarsevaluatie R. de Bruijn", "", "Zuidervelde, 21 oktober 2024", "", "",
                            "werkgever: P. Lommerse", "", "", "werknemer: R. de Bruijn"], 55,
                           hand_notes=[(520, 300, "P. Lommerse"), (520, 420, "R. de Bruijn")])
    g["photo"](sig, 56, F / "IMG_20241021_153312.jpg")
    L(rel + "IMG_20241021_153312.jpg", "eerstejaarsevaluatie", "2024-10-21",
      "B;Pillow phone photo;signature page of the EJE alone, no BSN - debatable: part of the EJE (BR art. 2 lid 3 "
      "date, name and function of signers), not a document on its own")

    # 7 trajectplan
    g["lo_pdf"]([
        ("kv", [("Deelnemer", "Ronald de Bruijn"), ("BSN", bsn), ("Opdrachtgever", "Woonstichting Het Vaandel"),
                ("Consultant", "Harm Visscher, Loopbaanhuis De Brug"), ("Datum", "18-11-2024")]),
        ("h", "Waar staat Ronald?"),
        ("p", "Technisch opgeleid (MBO bouwkunde), 22 jaar ervaring in onderhoud, sterk in planning en calculatie."),
        ("h", "Richting"), ("p", "Werkvoorbereider of calculator bij een aannemer of installateur, zonder klantcontact."),
        ("h", "Plan"), ("ul", ["week 1-4 orientatie en cv", "week 5-12 netwerk en solliciteren", "maandelijks verslag"]),
        ("sig", ["H. Visscher"]),
    ], F / "Loopbaanhuis De Brug - plan Ronald.pdf", "2024-11-18", "Harm Visscher",
        title="Intake en trajectplan tweede spoor")
    L(rel + "Loopbaanhuis De Brug - plan Ronald.pdf", "trajectplan_tweede_spoor", "2024-11-18",
      "B;python-docx + LibreOffice PDF;bureau plan")

    # 8 DO scan
    lines = g["to_lines"]([
        ("p", "Woonstichting Het Vaandel, t.a.v. E.J. Voskuil"),
        ("p", "Datum 9 december 2024   Kenmerk DO-2024-55871   BSN werknemer " + bsn),
        ("h", "Deskundigenoordeel"),
        ("p", "U vroeg ons op 4 november 2024 of het werk als werkvoorbereider binnendienst passend is voor "
              "dhr. De Bruijn. Onze arbeidsdeskundige en verzekeringsarts hebben dit onderzocht."),
        ("p", "Ons oordeel: het werk is passend voor 24 uur per week. De werkzaamheden passen bij zijn "
              "mogelijkheden en opleiding."),
        ("sig", ["UWV Deskundigenoordelen", "L. Hazeleger, arbeidsdeskundige"]),
    ])
    pg = g["render_page"](lines, 61, head=["UWV", "Uitvoeringsinstituut Werknemersverzekeringen"],
                          stamp=("ONTVANGEN", "12 DEC 2024"))
    g["save_scan_pdf"]([g["scanify"](pg, 62)], F / "scan brief UWV dec.pdf", "2024-12-12")
    L(rel + "scan brief UWV dec.pdf", "deskundigenoordeel", "2024-12-09",
      "B;Pillow image-only scan with stamp;request date 04-11 and stamp 12 DEC in the text")

    # 9 progress report as mail body
    g["eml"](F / "rapportage feb.eml", "Harm Visscher <harm@loopbaanhuisdebrug.example>",
             "Erik-Jan Voskuil <ej.voskuil@hetvaandel.example>", "Voortgang Ronald de Bruijn december-februari",
             T(2025, 2, 17, 11, 5),
             "Beste Erik-Jan,\n\nHierbij de voortgang van het traject van Ronald (BSN " + bsn + ") over december "
             "t/m februari.\n\n- 9 sollicitaties, 3 gesprekken (2 aannemers, 1 installatiebedrijf)\n"
             "- netwerkgesprek bij Bouwbedrijf Hoeksma, mogelijk werkervaringsplek\n- Ronald is gemotiveerd en "
             "komt alle afspraken na\n\nVolgende stap: werkervaringsplek regelen in maart.\n\n"
             "Met groet,\nHarm Visscher\nLoopbaanhuis De Brug\n", "b09rap0217")
    L(rel + "rapportage feb.eml", "voortgangsrapportage_tweede_spoor", "2025-02-17",
      "B;Outlook eml;the progress report is the mail body")

    # 10 eindrapportage docx
    g["make_docx"]([
        ("kv", [("Deelnemer", "R. de Bruijn"), ("BSN", bsn), ("Periode", "18-11-2024 t/m 11-07-2025"),
                ("Datum", "14-07-2025")]),
        ("h", "Resultaat"),
        ("p", "Ronald heeft per 1 juli 2025 een contract voor 24 uur als werkvoorbereider bij Bouwbedrijf "
              "Hoeksma. Het traject is daarmee afgesloten."),
        ("h", "Inspanningen"), ("p", "23 sollicitaties, 7 gesprekken, 8 weken werkervaringsplek."),
        ("sig", ["Harm Visscher, Loopbaanhuis De Brug"]),
    ], F / "Afsluiting loopbaantraject De Bruijn.docx", "2025-07-14", "Harm Visscher", title="Afsluiting loopbaantraject")
    L(rel + "Afsluiting loopbaantraject De Bruijn.docx", "eindrapportage_tweede_spoor", "2025-07-14",
      "B;python-docx Word;title 'Afsluiting loopbaantraject', no 'eindrapportage'")

    # 11 AO by fax (fax header line) named document.pdf
    a1 = g["render_page"](g["to_lines"]([
        ("p", "Zuidervelde, 24 juli 2025"), ("kv", wn),
        ("h", "Actueel oordeel"),
        ("p", "Ten behoeve van het re-integratieverslag voor de WIA-aanvraag. Geen medische gegevens."),
        ("p", "Dhr. De Bruijn is belastbaar voor werk zonder conflicthantering en zonder hoge tijdsdruk, tot 6 uur "
              "per dag. Hij werkt sinds 1 juli 24 uur bij een andere werkgever. De arbeidsrelatie met Het Vaandel is "
              "goed. Passende arbeid bij de eigen werkgever is er niet structureel."),
        ("sig", ["A.M. Terlouw, bedrijfsarts"]),
    ]), 71, fax_line=fax(1, 1, "24-07-2025"), mono=True)
    g["save_scan_pdf"]([g["scanify"](a1, 72, bw=True)], F / "document.pdf", "2025-07-24", producer="Brother MFC fax")
    L(rel + "document.pdf", "actueel_oordeel", "2025-07-24",
      "B;Pillow 1-bit fax image PDF;misleading name document.pdf, fax header line")

    # 12 EV LibreOffice
    g["lo_pdf"]([
        ("kv", wn + [("Aard van het bedrijf", "woningcorporatie, 6.800 woningen, 260 medewerkers"),
                     ("Datum", "05-08-2025")]),
        ("h", "Terugblik op twee jaar"),
        ("p", "Opbouw in binnendienst, deskundigenoordeel, tweede spoor met plaatsing bij Bouwbedrijf Hoeksma."),
        ("h", "Arbeidsrelatie en passende arbeid"),
        ("p", "De relatie is goed. Bij Het Vaandel is geen passende arbeid; Ronald werkt 24 uur elders."),
        ("sig", ["P. Lommerse, manager", "R. de Bruijn"]),
    ], F / "Eindevaluatie PvA De Bruijn.pdf", "2025-08-05", "Erik-Jan Voskuil", title="Eindevaluatie plan van aanpak")
    L(rel + "Eindevaluatie PvA De Bruijn.pdf", "eindevaluatie", "2025-08-05", "B;python-docx + LibreOffice PDF;standard")

    # 13 handwritten OW photo
    hw = g["render_page"](["Mijn mening over het re-integratieverslag", "", "Ik ben het eens met het verslag.",
                           "Het tweede spoor heeft mij een baan opgeleverd.", "Ik had wel eerder willen starten.",
                           "", "R. de Bruijn  BSN " + bsn, "11-8-2025"], 81, hand_all=True)
    g["photo"](hw, 82, F / "WhatsApp Image 2025-08-11 at 19.02.44.jpeg")
    L(rel + "WhatsApp Image 2025-08-11 at 19.02.44.jpeg", "oordeel_werknemer", "2025-08-11",
      "B;Pillow phone photo of handwriting;handwritten employee view, text only in pixels")

    # 14 MI scan in HR folder
    lines = g["to_lines"]([
        ("h", "Medische informatie ten behoeve van UWV - medisch geheim"),
        ("kv", [("Betreft", "R. de Bruijn, geb. 03-02-1971"), ("BSN", bsn), ("Datum", "24-07-2025")]),
        ("p", "Diagnose: burn-out met depressieve klachten (CAS P78), sinds november 2023. Behandeling: 14 "
              "sessies EMDR en cognitieve therapie bij psycholoog drs. W. Brakel; sertraline 50 mg sinds januari "
              "2024. Beloop: langzaam herstel, terugval bij conflicten."),
        ("sig", ["A.M. Terlouw, bedrijfsarts"]),
    ])
    pg = g["render_page"](lines, 91, head=["Bedrijfsartsenpraktijk Terlouw"])
    g["save_scan_pdf"]([g["scanify"](pg, 92)], F / "scan0011.pdf", "2025-07-28")
    L(rel + "scan0011.pdf", "medische_informatie", "2025-07-24",
      "B;Pillow image-only copier scan;medical information copied into HR's folder - must not be held by the "
      "employer (DOMAIN 5.1)")

    # 15-16 non-RIV
    g["make_docx"]([("p", "Functie: opzichter dagelijks onderhoud (schaal 8)"),
                    ("ul", ["inspecteert woningen bij reparatieverzoeken en mutaties", "stuurt aannemers aan",
                            "bezoekt huurders"])], F / "Functieomschrijving opzichter.docx", "2021-03-01",
                   "P&O", title="Functieomschrijving")
    L(rel + "Functieomschrijving opzichter.docx", "", "", "B;python-docx Word;non-RIV: job description")
    g["eml"](F / "uitnodiging spreekuur.eml", "Bedrijfsartsenpraktijk Terlouw <planning@praktijkterlouw.example>",
             "Erik-Jan Voskuil <ej.voskuil@hetvaandel.example>", "Uitnodiging spreekuur dhr. De Bruijn",
             T(2024, 4, 3, 9, 0), "Geachte heer Voskuil,\n\nDhr. De Bruijn is uitgenodigd voor het spreekuur op "
             "dinsdag 16 april 2024 om 10.30 uur.\n\nMet vriendelijke groet,\nplanning\n", "b16uitn0403")
    L(rel + "uitnodiging spreekuur.eml", "", "", "B;Outlook eml;non-RIV: appointment notice")


# ---------------------------------------------------------------------------------------------- C
def case_c(g) -> None:
    F = g["FILES"] / "Delfzicht Verzekeringen Klantenservice - K. Benali"
    rel = "Delfzicht Verzekeringen Klantenservice - K. Benali/"
    bsn = g["make_bsn"](3303)
    assert g["elfproef"](bsn)
    L, T = g["label"], g["T"]
    wn = [("Medewerker", "Karim Benali"), ("BSN", bsn), ("Functie", "medewerker klantenservice schade (32 uur)"),
          ("Werkgever", "Delfzicht Verzekeringen N.V., Oldenzijl")]
    menu = ["Start", "Werknemers", "Verzuimdossiers", "Taken (4)", "Documenten", "Instellingen"]
    url = "https://portaal.arboranken.example/verzuim/2024-0188"

    def ranken(title, blocks, crumb="Start > Verzuimdossiers > 2024-0188 > Documenten"):
        return g["portal_page"]("ArboRanken Online", "#8a1c2b", menu, crumb, title, g["to_html"](blocks),
                                "r.wessels@delfzicht.example")

    # 1 PA print
    g["wk_pdf"]([ranken("Advies na spreekuur", [
        ("kv", wn + [("Eerste ziektedag", "08-04-2024"), ("Datum advies", "14-05-2024")]),
        ("h", "Oordeel"),
        ("p", "Er is sprake van dreigend langdurig verzuim. Karim kan door klachten aan armen en nek niet "
              "langer dan 20 minuten achtereen typen of met de muis werken."),
        ("h", "Mogelijkheden"),
        ("p", "Telefonisch klantcontact met spraakherkenning en headset, 4 uur per dag, pauze elk half uur."),
        ("h", "Verwachting"), ("p", "Geleidelijk herstel in 3 tot 6 maanden."),
        ("h", "Advies"), ("p", "Maak samen een plan van aanpak; werkplekonderzoek door ergonoom."),
        ("sig", ["S. Oosterling, bedrijfsarts (BIG 29117755401)"])])],
        F / "export_20240516.pdf", "2024-05-16", "#8a1c2b", "16-05-2024 08:55", "ArboRanken Online",
        url + "/documenten/4471")
    L(rel + "export_20240516.pdf", "probleemanalyse", "2024-05-14",
      "C;wkhtmltopdf portal print;title 'Advies na spreekuur' without the word probleemanalyse, cookie banner, "
      "print date 16-05 in header and name")

    # 2 PvA standard docx
    g["make_docx"]([
        ("kv", wn + [("Eerste ziektedag", "08-04-2024"), ("Casemanager", "Rutger Wessels, verzuimcoach HR"),
                     ("Leidinggevende", "Mariska Dijkhof, teamleider")]),
        ("h", "Doel"), ("p", "Volledige terugkeer in eigen werk binnen 4 maanden."),
        ("h", "Activiteiten"),
        ("ul", ["start 27-05-2024: 4 uur per dag telefonie met headset, geen typewerk",
                "ergonomisch werkplekonderzoek juni 2024", "opbouw met 1 uur per dag per twee weken"]),
        ("h", "Evaluatie"), ("p", "Elke zes weken, eerste op 4 juli 2024."),
        ("h", "Visie werkgever / werknemer"), ("p", "Beiden akkoord met een geleidelijke opbouw."),
        ("sig", ["Oldenzijl, 24-05-2024", "M. Dijkhof        K. Benali"]),
    ], F / "Plan van aanpak K. Benali.docx", "2024-05-24", "Rutger Wessels", title="Plan van aanpak",
        header="Delfzicht Verzekeringen - HR Verzuim")
    L(rel + "Plan van aanpak K. Benali.docx", "plan_van_aanpak", "2024-05-24",
      "C;python-docx Word;standard title, Word header")

    # 3 TE mail
    g["eml"](F / "Verslag gesprek 4 juli.eml", "Mariska Dijkhof <m.dijkhof@delfzicht.example>",
             "Karim Benali <k.benali@delfzicht.example>", "Verslag gesprek 4 juli", T(2024, 7, 4, 16, 40),
             "Hoi Karim,\n\nKort verslag van vandaag (BSN " + bsn + "):\n\n- je werkt nu 5 uur per dag aan de "
             "telefoon, dat gaat goed\n- de nieuwe muis en spraaksoftware zijn geleverd\n- typen in het "
             "schadesysteem blijft lastig, max 20 min\n- we gaan door naar 6 uur; volgend gesprek half augustus\n\n"
             "Groet,\nMariska\n", "c03te0704", cc="Rutger Wessels <r.wessels@delfzicht.example>")
    L(rel + "Verslag gesprek 4 juli.eml", "tussentijdse_evaluatie", "2024-07-04", "C;Outlook eml;evaluation as mail body")

    # 4 combined arbodienst export: bijstelling PA then IZP
    p1 = ranken("Vervolgadvies", [
        ("kv", wn + [("Datum", "20-08-2024")]),
        ("p", "Mijn eerdere advies van 14 mei stel ik bij. Er zijn nieuwe klachten ontstaan; de belastbaarheid is "
              "verminderd. Karim kan voorlopig 3 uur per dag werken, alleen telefonie, geen schermwerk."),
        ("p", "Prognose: onzeker. Advies: plan van aanpak bijstellen; arbeidsdeskundig onderzoek rond week 48."),
        ("sig", ["S. Oosterling, bedrijfsarts"])])
    p2 = "<div class=main>" + g["to_html"]([
        ("h", "Inzetbaarheidsprofiel"), ("kv", [("Werknemer", "K. Benali"), ("BSN", bsn), ("Datum", "20-08-2024")]),
        ("kv", [("Persoonlijk functioneren", "beperkt: geen hoge tijdsdruk"), ("Sociaal functioneren", "normaal"),
                ("Dynamische handelingen", "beperkt: toetsenbord/muis max 20 min"),
                ("Statische houdingen", "afwisselen"), ("Werktijden", "3 uur per dag")])]) + "</div>"
    g["wk_pdf"]([p1, p2], F / "Alle documenten dossier 2024-0188.pdf", "2024-08-22", "#8a1c2b", "22-08-2024 13:02",
                "ArboRanken Online - export", url + "/export?alle=1")
    L(rel + "Alle documenten dossier 2024-0188.pdf", "bijstelling_probleemanalyse", "2024-08-20",
      "C;wkhtmltopdf combined portal export;combined export: 'Vervolgadvies' (bijstelling PA, no standard title) then "
      "inzetbaarheidsprofiel - labelled by its FIRST document")

    # 5 MI: spreekuurverslag in HR export
    g["wk_pdf"]([ranken("Spreekuurverslag (medisch)", [
        ("kv", [("Werknemer", "K. Benali"), ("BSN", bsn), ("Datum consult", "11-06-2024")]),
        ("p", "S: pijn en tintelingen beide onderarmen, nek stijf, slaapt slecht. O: Phalen positief rechts, "
              "drukpijn m. trapezius. A: KANS/RSI beide armen, mogelijk carpaletunnelsyndroom rechts; EMG "
              "aangevraagd via huisarts. P: fysiotherapie, naproxen zo nodig, verwijzing neuroloog."),
        ("sig", ["S. Oosterling, bedrijfsarts"])], crumb="Start > Verzuimdossiers > 2024-0188 > Medisch")],
        F / "Document (4).pdf", "2024-06-12", "#8a1c2b", "12-06-2024 17:30", "ArboRanken Online", url + "/medisch/118")
    L(rel + "Document (4).pdf", "medische_informatie", "2024-06-11",
      "C;wkhtmltopdf portal print;consult notes with diagnosis printed by HR from the portal - medical data the "
      "employer must not hold (DOMAIN 5.1); generic name")

    # 6 photo of laptop screen: UWV 42nd-week
    g["screen_photo"]("Bevestiging ziekmelding", [
        "Soort melding: ziekmelding na 42 weken", "Werknemer: K. Benali   BSN " + bsn,
        "Eerste ziektedag: 08-04-2024", "Datum melding: 27-01-2025", "Kenmerk: ZM-42-8820611",
        "U ontvangt binnen 2 weken een brief over de eerstejaarsevaluatie."], 101, F / "foto scherm UWV.jpg",
        "https://werkgeversportaal.uwv.example/ziekmelding/bevestiging", "UWV Werkgeversportaal")
    L(rel + "foto scherm UWV.jpg", "ziekmelding_uwv", "2025-01-27",
      "C;Pillow phone photo of a laptop screen;portal page photographed with glare and keystone, text only in pixels")

    # 7 AD report
    g["lo_pdf"]([
        ("kv", wn + [("Datum rapportage", "06-03-2025")]),
        ("h", "Belasting en belastbaarheid"),
        ("p", "Het eigen werk vraagt 6 uur schermwerk per dag. De belastbaarheid laat 2 uur toe. Eigen werk is "
              "niet passend; aangepast werk (alleen telefonie) voor 18 uur wel."),
        ("h", "Advies"), ("p", "Spoor 1: telefonie 18 uur. Spoor 2: starten voor de overige 14 uur."),
        ("sig", ["F. Luijten, arbeidsdeskundige, ArboRanken"]),
    ], F / "AD-rapport Benali.pdf", "2025-03-06", "F. Luijten", title="Arbeidsdeskundig onderzoek")
    L(rel + "AD-rapport Benali.pdf", "arbeidsdeskundig_rapport", "2025-03-06", "C;python-docx + LibreOffice PDF;standard")

    # 8 EJE as HR portal print
    page = g["portal_page"]("MijnHR Delfzicht", "#1f4e79", ["Home", "Mijn team", "Verzuim", "Formulieren", "Help"],
                            "Home > Verzuim > Benali, K. > Formulieren", "Formulier: evaluatie na 1 jaar", g["to_html"]([
        ("kv", wn + [("Gesprek gevoerd op", "17-03-2025")]),
        ("h", "Hoe ging het eerste ziektejaar?"),
        ("p", "Opbouw tot 18 uur telefonie; typewerk lukt niet. AD-advies van 6 maart: spoor 1 en spoor 2."),
        ("h", "Wat willen we in het tweede jaar bereiken?"),
        ("p", "Vaste aangepaste functie 18 uur telefonie; voor de rest extern zoeken."),
        ("h", "Visie werkgever en werknemer"), ("p", "Beiden eens met de aanpak."),
        ("sig", ["Ingevuld door M. Dijkhof; akkoord K. Benali (digitaal) 17-03-2025"])]),
        "m.dijkhof@delfzicht.example", buttons=("Opslaan", "Versturen", "Afdrukken"))
    g["wk_pdf"]([page], F / "export_20250318.pdf", "2025-03-18", "#1f4e79", "18-03-2025 10:02", "MijnHR Delfzicht",
                "https://mijnhr.delfzicht.example/verzuim/formulier/EJ-553")
    L(rel + "export_20250318.pdf", "eerstejaarsevaluatie", "2025-03-17",
      "C;wkhtmltopdf HR portal print;form title 'evaluatie na 1 jaar', buttons Opslaan/Versturen in the text, print "
      "date next day")

    # 9 bijstelling PvA docx
    g["make_docx"]([
        ("kv", wn + [("Datum", "24-03-2025")]),
        ("p", "Aanvulling op het plan van 24-05-2024 na de eerstejaarsevaluatie:"),
        ("ul", ["spoor 1: vaste plek telefonie 18 uur", "spoor 2: externe begeleiding via Loopbaanstudio Noord, start april",
                "evaluatie elke zes weken blijft"]),
        ("sig", ["R. Wessels (casemanager)      K. Benali"]),
    ], F / "bijstelling pva.docx", "2025-03-24", "Rutger Wessels", title="Aanvulling plan van aanpak - tweede spoor")
    L(rel + "bijstelling pva.docx", "bijstelling_plan_van_aanpak", "2025-03-24",
      "C;python-docx Word;title 'Aanvulling plan van aanpak'")

    # 10 trajectplan
    g["lo_pdf"]([
        ("kv", [("Deelnemer", "K. Benali"), ("BSN", bsn), ("Datum", "14-04-2025"), ("Begeleider", "Ilse Wubbolts")]),
        ("h", "Kennismaking"), ("p", "Karim wil graag klantcontact blijven doen, zonder veel typewerk."),
        ("h", "Werkplan"), ("ul", ["zoekprofiel: telefonisch klantcontact, 14 uur", "cv en LinkedIn", "3 sollicitaties per maand"]),
        ("sig", ["Ilse Wubbolts, Loopbaanstudio Noord"]),
    ], F / "Kennismaking en werkplan Karim.pdf", "2025-04-14", "Ilse Wubbolts",
        title="Kennismaking en werkplan - begeleiding naar werk buiten Delfzicht")
    L(rel + "Kennismaking en werkplan Karim.pdf", "trajectplan_tweede_spoor", "2025-04-14",
      "C;python-docx + LibreOffice PDF;no 'trajectplan' or 'tweede spoor' in the title")

    # 11 progress
    g["lo_pdf"]([
        ("kv", [("Deelnemer", "K. Benali"), ("BSN", bsn), ("Periode", "april - juni 2025"), ("Datum", "14-07-2025")]),
        ("ul", ["8 sollicitaties, 2 gesprekken", "proefplaatsing bij zorgverzekeraar afgewezen (typewerk)"]),
        ("sig", ["Ilse Wubbolts"]),
    ], F / "voortgang 2e spoor juli.pdf", "2025-07-14", "Ilse Wubbolts", title="Voortgangsrapportage")
    L(rel + "voortgang 2e spoor juli.pdf", "voortgangsrapportage_tweede_spoor", "2025-07-14",
      "C;python-docx + LibreOffice PDF;standard, period in the text")

    # 12 UWV WIA letter scan
    lines = g["to_lines"]([
        ("p", "De heer K. Benali"), ("p", "Datum 10 december 2025   BSN " + bsn),
        ("h", "Aanvraag WIA-uitkering"),
        ("p", "U bent bijna 104 weken ziek. U kunt nu een WIA-uitkering aanvragen, uiterlijk 7 januari 2026."),
        ("sig", ["UWV"]),
    ])
    pg = g["render_page"](lines, 111, head=["UWV"], stamp=("ONTVANGEN", "12 DEC 2025"))
    g["save_scan_pdf"]([g["scanify"](pg, 112)], F / "scan_20251212.pdf", "2025-12-12")
    L(rel + "scan_20251212.pdf", "uwv_correspondentie", "2025-12-10",
      "C;Pillow image-only scan with stamp;scan name carries the stamp date")

    # 13 AO print
    g["wk_pdf"]([ranken("Actueel oordeel", [
        ("kv", wn + [("Datum", "16-12-2025")]),
        ("p", "Actueel oordeel bij de probleemanalyse ten behoeve van het re-integratieverslag."),
        ("p", "Belastbaar voor telefonie 18 uur; geen schermwerk langer dan 20 minuten. Passende arbeid bij de "
              "werkgever: ja, 18 uur. Arbeidsrelatie: goed."),
        ("sig", ["S. Oosterling, bedrijfsarts"])])], F / "export_20251216.pdf", "2025-12-16", "#8a1c2b",
        "16-12-2025 15:44", "ArboRanken Online", url + "/documenten/5120")
    L(rel + "export_20251216.pdf", "actueel_oordeel", "2025-12-16", "C;wkhtmltopdf portal print;export name, cookie banner")

    # 14 EV docx
    g["make_docx"]([
        ("kv", wn + [("Aard van het bedrijf", "verzekeraar, 2.100 medewerkers, klantenservice 380"),
                     ("Datum", "06-01-2026")]),
        ("h", "Terugblik"), ("p", "Karim werkt 18 uur telefonie. Het externe traject leverde nog geen werk op."),
        ("h", "Arbeidsrelatie / passende arbeid"), ("p", "Goed. 18 uur telefonie wordt zijn vaste functie."),
        ("sig", ["M. Dijkhof          K. Benali"]),
    ], F / "Eindevaluatie Benali.docx", "2026-01-06", "Rutger Wessels", title="Eindevaluatie",
        header="Delfzicht Verzekeringen - HR Verzuim")
    L(rel + "Eindevaluatie Benali.docx", "eindevaluatie", "2026-01-06", "C;python-docx Word;standard")

    # 15 OW txt
    (F / "oordeel.txt").write_text(
        "Oordeel werknemer\n\nNaam: K. Benali\nBSN: " + bsn + "\nDatum: 9 januari 2026\n\n"
        "Ik ben het niet eens met het verslag op een punt: de werkplek is pas na drie maanden aangepast. "
        "De rest klopt.\n", encoding="utf-8")
    L(rel + "oordeel.txt", "oordeel_werknemer", "2026-01-09", "C;plain text;short employee view, partly disagrees")

    # 16-17 non-RIV
    g["eml"](F / "Bevestiging werkplekonderzoek.eml", "Ergo aan Zet <planning@ergoaanzet.example>",
             "Rutger Wessels <r.wessels@delfzicht.example>", "Bevestiging afspraak werkplekonderzoek",
             T(2024, 6, 3, 9, 12), "Beste heer Wessels,\n\nHierbij bevestigen wij het werkplekonderzoek voor "
             "K. Benali op 13 juni 2024, 9.00 uur, locatie Oldenzijl.\n\nMet vriendelijke groet,\nErgo aan Zet\n",
             "c16ergo0603")
    L(rel + "Bevestiging werkplekonderzoek.eml", "", "", "C;Outlook eml;non-RIV: appointment confirmation")
    g["wk_pdf"]([g["portal_page"]("MijnHR Delfzicht", "#1f4e79", ["Home", "Mijn team", "Verzuim"],
                                  "Home > Verzuim > Overzicht", "Verzuimoverzicht 2024", g["to_html"]([
        ("kv", [("Medewerker", "K. Benali"), ("Ziek vanaf", "08-04-2024"), ("Uren gewerkt april-dec", "412"),
                ("Verlof opgenomen", "64 uur")])]), "m.dijkhof@delfzicht.example")],
        F / "Overzicht verzuim en verlof 2024.pdf", "2025-01-06", "#1f4e79", "06-01-2025 09:15", "MijnHR Delfzicht",
        "https://mijnhr.delfzicht.example/verzuim/overzicht")
    L(rel + "Overzicht verzuim en verlof 2024.pdf", "", "", "C;wkhtmltopdf HR portal print;non-RIV: hours overview")


# ---------------------------------------------------------------------------------------------- D
def case_d(g) -> None:
    F = g["FILES"] / "UB Hogeveen - A. Verstegen"
    rel = "UB Hogeveen - A. Verstegen/"
    bsn = g["make_bsn"](3304)
    assert g["elfproef"](bsn)
    L, T = g["label"], g["T"]
    wn = [("Naam", "Anouk Verstegen"), ("BSN", bsn), ("Functie", "medewerker collectiebeheer en uitleenbalie (28 uur)"),
          ("Werkgever", "Universiteit Hogeveen, Universiteitsbibliotheek")]
    head = ["Universiteit Hogeveen", "Arbo- en Milieudienst"]

    # 1 PA standard LibreOffice
    g["lo_pdf"]([
        ("kv", wn + [("Eerste ziektedag", "02-09-2024"), ("Datum", "08-10-2024")]),
        ("h", "Probleemanalyse"),
        ("p", "Dreigend langdurig verzuim. Beperkt in tillen, bukken en langdurig staan; boekenkarren en het "
              "terugzetten van collectie zijn niet mogelijk. Baliewerk zittend is 3 uur per dag mogelijk."),
        ("h", "Advies"), ("p", "Plan van aanpak binnen twee weken; start zittend baliewerk."),
        ("sig", ["drs. P. Wagenvoort, bedrijfsarts, BIG 79044128101", "Arbo- en Milieudienst Universiteit Hogeveen"]),
    ], F / "Probleemanalyse A. Verstegen.pdf", "2024-10-08", "P. Wagenvoort", header="Universiteit Hogeveen - Arbo- en Milieudienst")
    L(rel + "Probleemanalyse A. Verstegen.pdf", "probleemanalyse", "2024-10-08", "D;python-docx + LibreOffice PDF;standard title")

    # 2 PvA as mail body
    g["eml"](F / "Mail Femke - afspraken.eml", "Femke Oudejans <f.oudejans@ub.hogeveen.example>",
             "Anouk Verstegen <a.verstegen@hogeveen.example>", "afspraken", T(2024, 10, 18, 14, 22),
             "Dag Anouk,\n\nZoals besproken zet ik onze afspraken op een rij (BSN " + bsn + "):\n\n"
             "Doel: terug naar je eigen werk bij collectiebeheer, eerst de balie.\n"
             "Wat: vanaf 21 oktober 3 x 3 uur zittend aan de uitleenbalie; geen karren, geen magazijn.\n"
             "Wanneer: elke twee weken een uur erbij als het gaat.\n"
             "Evaluatie: eind november met Gijs (HR) erbij; daarna elke zes weken.\n"
             "Casemanager: Gijs Vreeburg, HR-adviseur UB.\n"
             "Wat vinden we ervan: ik denk dat dit goed past; jij zei dat je het fijn vindt om weer onder de mensen "
             "te zijn.\n\nWil je met 'akkoord' antwoorden?\n\nGroet,\nFemke Oudejans\nteamleider Publieksdiensten\n",
             "d02pva1018")
    L(rel + "Mail Femke - afspraken.eml", "plan_van_aanpak", "2024-10-18",
      "D;Outlook eml;the plan is the body of an informal mail, no title")

    # 3 TE scan with handwritten additions
    pg = g["render_page"](g["to_lines"]([
        ("p", "Gesprek 28 november 2024 - Anouk, Femke, Gijs"),
        ("p", "Anouk werkt 12 uur aan de balie. Gaat goed, soms rugpijn na 3 uur. Uren blijven voorlopig zo."),
        ("p", "Volgende keer: half januari."),
    ]), 121, head=["Universiteitsbibliotheek Hogeveen", "BSN " + bsn],
        hand_notes=[(150, 900, "+ stoel met armleuningen bestellen!"), (150, 980, "G.V.")])
    g["save_scan_pdf"]([g["scanify"](pg, 122)], F / "scan0001.pdf", "2024-11-29")
    L(rel + "scan0001.pdf", "tussentijdse_evaluatie", "2024-11-28",
      "D;Pillow image-only copier scan;untitled note with handwritten additions")

    # 4 TE docx
    g["make_docx"]([
        ("p", "Verslag 16 januari 2025 (Anouk Verstegen, BSN " + bsn + ")"),
        ("p", "Sinds de operatie in december thuis. Weer aan de slag per 3 februari met 2 x 3 uur. De bedrijfsarts "
              "ziet haar in februari."), ("p", "Gijs Vreeburg"),
    ], F / "verslag 16 jan.docx", "2025-01-16", "Gijs Vreeburg")
    L(rel + "verslag 16 jan.docx", "tussentijdse_evaluatie", "2025-01-16",
      "D;python-docx Word;no title, mentions an operation without diagnosis")

    # 5 bijstelling PA portal print
    page = g["portal_page"]("Mijn UHV  |  Arbo- en Milieudienst", "#004c3f",
                            ["Home", "Spreekuren", "Adviezen", "Documenten", "Contact"],
                            "Home > Adviezen > Verstegen, A.", "Advies bedrijfsarts", g["to_html"]([
        ("kv", wn + [("Datum", "04-03-2025")]),
        ("p", "Bijstelling probleemanalyse. Na de operatie is de belastbaarheid veranderd: zittend werk tot 4 uur per "
              "dag; tillen blijft beperkt tot 5 kg. Terugkeer naar collectiebeheer (magazijn) is niet te verwachten."),
        ("p", "Advies: plan van aanpak aanpassen; arbeidsdeskundige inschakelen."),
        ("sig", ["drs. P. Wagenvoort, bedrijfsarts"])]), "g.vreeburg@hogeveen.example")
    g["wk_pdf"]([page], F / "export_20250304.pdf", "2025-03-05", "#004c3f", "05-03-2025 08:30", "Mijn UHV",
                "https://mijn.hogeveen.example/arbo/adviezen/5531")
    L(rel + "export_20250304.pdf", "bijstelling_probleemanalyse", "2025-03-04",
      "D;wkhtmltopdf portal print;title 'Advies bedrijfsarts', bijstelling only in the first sentence, cookie banner")

    # 6 HR export cover + bijstelling PvA + TE
    cover = ('<div class=cover><h2>Mijn UHV &middot; Personeelsdossier &middot; export</h2><table>'
             '<tr><td>Medewerker</td><td>A. Verstegen (u-nummer 300412)</td></tr>'
             '<tr><td>Rubriek</td><td>Verzuim en re-integratie</td></tr><tr><td>Datum export</td><td>11-04-2025</td></tr>'
             '</table></div>')
    bp = "<div class=main>" + g["to_html"]([
        ("h", "Bijstelling plan van aanpak"),
        ("kv", wn + [("Datum", "13-03-2025"), ("Casemanager", "G. Vreeburg")]),
        ("p", "Nieuw doel: vaste functie aan de uitleenbalie en informatiebalie, 20 uur, zittend. Magazijnwerk "
              "vervalt. Arbeidsdeskundig onderzoek in het voorjaar."),
        ("sig", ["F. Oudejans     A. Verstegen"])]) + "</div>"
    te = "<div class=main>" + g["to_html"]([
        ("h", "Evaluatie"), ("kv", [("Naam", "A. Verstegen"), ("BSN", bsn), ("Datum", "10-04-2025")]),
        ("p", "16 uur balie, gaat goed."), ("sig", ["G. Vreeburg"])]) + "</div>"
    g["wk_pdf"]([cover, bp, te], F / "Document (2).pdf", "2025-04-11", "#004c3f", "Mijn UHV", "Export",
                "https://mijn.hogeveen.example/hr/dossier/300412/export")
    L(rel + "Document (2).pdf", "bijstelling_plan_van_aanpak", "2025-03-13",
      "D;wkhtmltopdf HR-system export;HR export with cover page, bijstelling PvA then an evaluation - labelled by its "
      "FIRST document after the cover")

    # 7 UWV confirmation of 42nd-week report, scan with stamp
    lines = g["to_lines"]([
        ("p", "Universiteit Hogeveen, t.a.v. HR"), ("p", "Datum 26 juni 2025   BSN " + bsn),
        ("h", "Wij hebben uw ziekmelding ontvangen"),
        ("p", "U hebt op 23 juni 2025 uw werknemer A. Verstegen bij ons ziek gemeld (eerste ziektedag 2 september "
              "2024). In deze brief leest u wat u moet doen voor de eerstejaarsevaluatie."),
        ("sig", ["UWV"]),
    ])
    pg = g["render_page"](lines, 131, head=["UWV"], stamp=("ONTVANGEN", "30 JUN 2025"))
    g["save_scan_pdf"]([g["scanify"](pg, 132)], F / "UWV brief juni.pdf", "2025-06-30")
    L(rel + "UWV brief juni.pdf", "ziekmelding_uwv", "2025-06-26",
      "D;Pillow image-only scan with stamp;UWV confirmation of the 42nd-week report; melding date 23-06 and stamp in the text")

    # 8 IZP portal print
    page = g["portal_page"]("Mijn UHV  |  Arbo- en Milieudienst", "#004c3f",
                            ["Home", "Spreekuren", "Adviezen", "Documenten", "Contact"],
                            "Home > Documenten > Verstegen, A.", "Belastbaarheidsprofiel", g["to_html"]([
        ("kv", [("Naam", "A. Verstegen"), ("BSN", bsn), ("Datum", "29-07-2025")]),
        ("kv", [("Rubriek I persoonlijk functioneren", "normaal"), ("Rubriek II sociaal functioneren", "normaal"),
                ("Rubriek III aanpassing fysieke omgeving", "normaal"),
                ("Rubriek IV dynamische handelingen", "tillen max 5 kg, bukken beperkt"),
                ("Rubriek V statische houdingen", "staan max 30 min"), ("Rubriek VI werktijd", "4 uur per dag, 20 uur per week")]),
        ("sig", ["drs. P. Wagenvoort, bedrijfsarts"])]), "g.vreeburg@hogeveen.example")
    g["wk_pdf"]([page], F / "IZP Verstegen.pdf", "2025-07-29", "#004c3f", "29-07-2025 16:05", "Mijn UHV",
                "https://mijn.hogeveen.example/arbo/documenten/5870")
    L(rel + "IZP Verstegen.pdf", "inzetbaarheidsprofiel", "2025-07-29", "D;wkhtmltopdf portal print;titled belastbaarheidsprofiel")

    # 9 EJE docx everyday title
    g["make_docx"]([
        ("kv", wn + [("Datum", "11-08-2025")]),
        ("p", "Een jaar na de eerste ziektedag kijken we terug en vooruit. Anouk werkt 20 uur zittend aan de balie. "
              "Het magazijn komt niet meer terug."),
        ("p", "Wat willen we in het tweede jaar: de baliefunctie voor 20 uur vastleggen en voor de overige 8 uur "
              "een tweede spoor via Boekwerk Loopbaan."),
        ("p", "Visie werkgever: tevreden met de opbouw. Visie Anouk: blij met de balie, twijfels over extern zoeken."),
        ("sig", ["F. Oudejans     G. Vreeburg     A. Verstegen"]),
    ], F / "Eerste jaar Anouk.docx", "2025-08-11", "Gijs Vreeburg", title="Hoe verder na een jaar")
    L(rel + "Eerste jaar Anouk.docx", "eerstejaarsevaluatie", "2025-08-11",
      "D;python-docx Word;everyday title 'Hoe verder na een jaar', no standard term")

    # 10 trajectplan + 11 voortgang
    g["lo_pdf"]([
        ("kv", [("Kandidaat", "A. Verstegen"), ("BSN", bsn), ("Datum", "15-09-2025"), ("Coach", "Daan Hilhorst")]),
        ("h", "Persoonsprofiel en zoekprofiel"),
        ("p", "Informatiespecialist met baliewerk; zoekt 8 uur zittend werk, bijvoorbeeld in een archief of "
              "gemeentelijke informatiebalie."),
        ("h", "Activiteiten 2e spoor"), ("ul", ["orientatie", "netwerk", "solliciteren"]),
        ("sig", ["D. Hilhorst, Boekwerk Loopbaan"]),
    ], F / "Trajectplan Boekwerk Loopbaan.pdf", "2025-09-15", "D. Hilhorst", title="Trajectplan")
    L(rel + "Trajectplan Boekwerk Loopbaan.pdf", "trajectplan_tweede_spoor", "2025-09-15", "D;python-docx + LibreOffice PDF;standard")
    g["lo_pdf"]([
        ("kv", [("Kandidaat", "A. Verstegen"), ("BSN", bsn), ("Periode", "15-09-2025 t/m 14-11-2025"),
                ("Datum", "17-11-2025")]),
        ("ul", ["4 netwerkgesprekken", "2 sollicitaties (gemeentearchief, bibliotheek Oostwoud)"]),
        ("sig", ["D. Hilhorst"]),
    ], F / "Voortgangsrapportage 1 - Verstegen.pdf", "2025-11-17", "D. Hilhorst", title="Voortgangsrapportage 1")
    L(rel + "Voortgangsrapportage 1 - Verstegen.pdf", "voortgangsrapportage_tweede_spoor", "2025-11-17",
      "D;python-docx + LibreOffice PDF;standard; dossier received mid-way (no AO/EV yet)")

    # 12 MI photo of neurosurgeon letter
    pg = g["render_page"](g["to_lines"]([
        ("p", "Aan de huisarts   10 december 2024"), ("p", "Betreft: mw. A. Verstegen, geb. 09-04-1985"),
        ("p", "Op 5 december verrichtten wij een microdiscectomie L5-S1 rechts wegens een lumbale hernia met "
              "uitval. Postoperatief beloop ongecompliceerd. Controle over 6 weken; fysiotherapie gestart."),
        ("sig", ["dr. E. Sanches, neurochirurg"]),
    ]), 141, head=["Medisch Centrum Hogeveen", "Neurochirurgie"])
    g["photo"](pg, 142, F / "brief neurochirurg.jpg")
    L(rel + "brief neurochirurg.jpg", "medische_informatie", "2024-12-10",
      "D;Pillow phone photo;specialist letter with diagnosis and surgery in the employer's folder (DOMAIN 5.1)")

    # 13-14 non-RIV
    g["eml"](F / "Overdracht dossier aan bureau.eml", "Gijs Vreeburg <g.vreeburg@hogeveen.example>",
             "intake@reintegratiebureau.example", "Overdracht dossier A. Verstegen", T(2025, 11, 24, 10, 0),
             "Goedemorgen,\n\nIn de gedeelde map staat het verzuimdossier van A. Verstegen. Wilt u het RIV "
             "voorbereiden? Het actueel oordeel en de eindevaluatie volgen in 2026.\n\nMet vriendelijke groet,\n"
             "Gijs Vreeburg\n", "d13over1124")
    L(rel + "Overdracht dossier aan bureau.eml", "", "", "D;Outlook eml;non-RIV: handover mail naming RIV documents")
    g["lo_pdf"]([("ul", ["ma 9-13 Anouk (balie)", "di 13-17 Anouk (balie)", "do 9-13 Anouk (infobalie)",
                         "vr 9-13 Anouk (balie)", "wo vrij"])],
                F / "Rooster uitleenbalie sept.pdf", "2025-08-28", "F. Oudejans", title="Rooster uitleenbalie september 2025")
    L(rel + "Rooster uitleenbalie sept.pdf", "", "", "D;python-docx + LibreOffice PDF;non-RIV: desk roster")
