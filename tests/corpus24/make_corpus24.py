"""Generate tests/corpus24: a realistic MIX of small-employer dossiers that arrive mostly by e-mail.

Run: TZ=UTC SOURCE_DATE_EPOCH=1795435200 /work/main/.venv/bin/python tests/corpus24/make_corpus24.py
Deletes and rebuilds files/ and labels.csv. Everything is fictional; e-mail domains end in .example.
"""

from __future__ import annotations

import csv
import datetime as dt
import html as H
import re
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gen_lib as G  # noqa: E402

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
D = dt.date
T = dt.datetime

ROWS: list[tuple[str, str, str, str]] = []  # path, type, date, note
OUT: dict[str, bytes] = {}
LO: dict[str, tuple[str, bytes, dt.date]] = {}  # pending LibreOffice: name.docx -> (target path, docx bytes, date)


def add(path: str, data: bytes | None, typ: str, date: dt.date | None, case: str, producer: str, trap: str) -> None:
    assert ";" not in producer + trap + case, path
    assert (typ == "") == (date is None), path
    if data is not None:
        OUT[path] = data
    ROWS.append((path, typ, date.isoformat() if date else "", f"{case};{producer};{trap}"))


def lo(path: str, blocks: list, author: str, when: dt.date, typ: str, case: str, trap: str, **kw) -> None:
    key = f"d{len(LO):02d}.docx"
    LO[key] = (path, G.docx(blocks, author=author, when=when, **kw), when)
    add(path, None, typ, when, case, "Word to PDF via LibreOffice 7.4", trap)


def html_mail(paras: list[str]) -> str:
    body = "".join(f"<p>{H.escape(p).replace(chr(10), '<br>')}</p>" for p in paras)
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">"
            "<style>p{font-family:Calibri,Arial,sans-serif;font-size:11pt;margin:0 0 8px 0}</style></head>"
            f"<body lang=\"NL\">{body}</body></html>")


# ======================================================================= case A: cinema
A = "A"
CA = "Filmtheater Het Zoeklicht - N. Brouwer"
BSN_A = G.make_bsn(2401)
NA = "Noor Brouwer"
OWNER_A = "Gert-Jan Hofstede <gertjan@zoeklicht-film.example>"
NOOR = "Noor Brouwer <noor.brouwer84@mailbox.example>"
BA_A = "M. Oudendijk <m.oudendijk@arboveldzicht.example>"
ARBO_A = "Arbodienst Veldzicht"


def case_a() -> None:
    p = CA + "/"
    add(p + "mail/Terugkoppeling spreekuur 14 mei.eml", G.eml(
        BA_A, OWNER_A, "Terugkoppeling spreekuur 14 mei - N. Brouwer (verzuimnr. VZ-24-0412)", T(2024, 5, 14, 16, 41),
        f"""Geachte heer Hofstede,

Vandaag heb ik mevrouw Noor Brouwer (geb. 03-02-1984, BSN {BSN_A}), operateur/medewerker techniek, op mijn spreekuur gezien. Zij is sinds 8 april 2024 volledig afwezig. Met haar toestemming schrijf ik u het volgende.

Er is sprake van dreigend langdurig verzuim. Mevrouw heeft klachten die haar belastbaarheid voor geluid en voor plotselinge hoofdbewegingen beperken. Werk in de projectiecabine en in de zalen tijdens voorstellingen (hoog geluidsniveau) is voorlopig niet mogelijk.

Wat kan wel: rustig kantoorwerk in een stille ruimte, 2 x 3 uur per dag, zonder werken op hoogte of ladders, geen autorijden voor het werk.

Verwachting: geleidelijke verbetering in de komende 3 tot 4 maanden; volledig herstel in het eigen werk is onzeker.

Advies: start deze week met de kassa-administratie en de online programmering in het kantoor (stille ruimte), bouw in overleg per twee weken op. Maak samen binnen twee weken een plan van aanpak. Ik zie mevrouw over zes weken terug.

Dit is mijn probleemanalyse en advies zoals bedoeld in de Wet verbetering poortwachter.

Met vriendelijke groet,

drs. M. Oudendijk
bedrijfsarts, BIG 49012345601
{ARBO_A}, Nieuwe Kade 14, Westerbroek
""", cte="quoted-printable", key="a1"), "probleemanalyse", D(2024, 5, 14), A, "Outlook e-mail plain quoted-printable",
        "bedrijfsarts mails the PA in the body without attachment - subject says Terugkoppeling spreekuur")

    add(p + "mail/Afspraken Noor.eml", G.eml(
        OWNER_A, NOOR, "Afspraken", T(2024, 5, 24, 11, 5), html_mail([
            "Hoi Noor,",
            "Fijn dat we vanochtend even rustig konden zitten. Hieronder zet ik op een rij wat we hebben afgesproken, dan hebben we het allebei zwart op wit. Wil je even met 'akkoord' antwoorden?",
            "Waar willen we naartoe?\nDat je over een paar maanden weer je eigen werk kunt doen, maar dan waarschijnlijk met minder voorstellingen in de cabine. Lukt dat niet, dan kijken we naar ander werk bij ons.",
            "Wat gaan we doen?\n- vanaf 27 mei: kassa-administratie en programmering online, ma/wo/vr 3 uur, in het kantoortje boven (stil)\n- na 2 weken: 4 dagen van 3 uur, als de bedrijfsarts dat goed vindt\n- geen cabine, geen zaal tijdens voorstellingen, niet op de ladder\n- jij houdt je afspraken bij de bedrijfsarts; ik regel het aangepaste rooster",
            "Wanneer praten we verder?\nElke zes weken, eerste keer begin juli. Ik (Gert-Jan) ben je aanspreekpunt en regel alles rond je re-integratie; voor de bedrijfsarts is dat mevrouw Oudendijk van Arbodienst Veldzicht.",
            "Wat vinden wij ervan?\nIk vind het belangrijk dat je niet te snel gaat. Jij zei dat je graag iets wilt doen en het contact met de zaak wilt houden. Goed dat we dat allebei zo zien.",
            f"Noor Brouwer, BSN {BSN_A}, operateur / medewerker techniek, 32 uur, in dienst sinds 2016",
            "Groet,\nGert-Jan Hofstede\ndirecteur-eigenaar Filmtheater Het Zoeklicht B.V.\nGrote Markt 7, Westerbroek"]),
        html=True, cte="base64", key="a2"), "plan_van_aanpak", D(2024, 5, 24), A, "Outlook e-mail HTML-only base64",
        "plan as an everyday mail without the words plan van aanpak (questions as headings)")

    orig = f"""Hoi Noor,

Even de korte versie van ons gesprek van vandaag (5 juli).

- Je werkt nu 4 dagen van 3 uur op kantoor. Dat gaat goed, alleen na de vrijdagmiddag ben je moe.
- De afspraken van mei zijn nagekomen, van beide kanten. Het rooster klopt.
- Cabine nog niet. Bedrijfsarts zie je 16 juli weer.
- Volgende stap: in overleg naar 4 uur per dag vanaf half juli, als de bedrijfsarts akkoord is.
- Volgend gesprek: half augustus.

BSN {BSN_A} (voor het dossier)

Groet,
Gert-Jan"""
    add(p + "mail/RE gesprekje van vandaag.eml", G.eml(
        NOOR, OWNER_A, "RE: gesprekje van vandaag", T(2024, 7, 8, 9, 12),
        "Klopt helemaal, dank je!\nNoor\n" + G.quote_nl(OWNER_A, "vrijdag 5 juli 2024 16:20", NOOR, "gesprekje van vandaag", orig),
        cte="quoted-printable", mailer="Microsoft Outlook for iOS", key="a3"), "tussentijdse_evaluatie", D(2024, 7, 5), A,
        "Outlook reply chain quoted-printable",
        "newest mail is a one-liner and the minutes are quoted below (Dutch quoted header)- labelled with the quoted minutes' date")

    lo(p + "Bijstelling advies bedrijfsarts.pdf", [
        ("b", ARBO_A), ("p", "Nieuwe Kade 14 · 9301 KL Westerbroek · bedrijfsartsen@arboveldzicht.example"),
        ("h", "Bijstelling probleemanalyse"),
        ("t", [["Werknemer", NA], ["BSN", BSN_A], ["Werkgever", "Filmtheater Het Zoeklicht B.V."], ["Functie", "Operateur / medewerker techniek"],
               ["Eerste ziektedag", "08-04-2024"], ["Datum spreekuur", "17-09-2024"]]),
        ("h2", "Aanleiding"), ("p", "Het herstel gaat langzamer dan in mei verwacht. De opbouw is sinds augustus blijven steken op 4 x 4 uur."),
        ("h2", "Gewijzigde belastbaarheid"),
        ("p", "Mevrouw blijft beperkt voor hoge geluidsniveaus en voor werk op hoogte. Terugkeer in de projectiecabine tijdens voorstellingen is naar mijn oordeel op termijn niet realistisch. Kantoor- en baliewerk in een rustige omgeving is mogelijk tot 20 uur per week."),
        ("h2", "Prognose en advies"),
        ("p", "Ik verwacht geen volledige terugkeer in het eigen werk. Ik adviseer werkgever en werknemer het plan van aanpak bij te stellen en te onderzoeken of aangepast werk (administratie, programmering, kassa overdag) structureel mogelijk is. Laat zo nodig een arbeidsdeskundige meekijken."),
        ("p", "Westerbroek, 17 september 2024"), ("p", "drs. M. Oudendijk, bedrijfsarts (BIG 49012345601)")],
       "M. Oudendijk", D(2024, 9, 17), "bijstelling_probleemanalyse", A, "standard title in an arbodienst Word letter")

    kno = G.render_page([
        "# KNO-afdeling Ziekenhuis Oostergouw", "Polikliniek KNO · Lindelaan 200 · Oostergouw", "",
        "Aan: drs. M. Oudendijk, bedrijfsarts, Arbodienst Veldzicht", "Betreft: mw. N. Brouwer, geb. 03-02-1984", "Datum: 22 augustus 2024", "",
        "Geachte collega,",
        "Bovengenoemde patiënte is bij ons bekend met de ziekte van Ménière links (ICD-10 H81.0), met aanvallen van draaiduizeligheid, tinnitus en wisselend gehoorverlies. Audiometrie 20-08: perceptief verlies links 45 dB in de lage tonen.",
        "Beleid: betahistine 24 mg 2 dd, zoutbeperkt dieet, vestibulaire revalidatie bij de fysiotherapeut. Bij onvoldoende effect overwegen wij een intratympanale injectie.",
        "Blootstelling aan hard geluid raden wij af.", "", "Met collegiale groet,", "dr. P. Wijnstra, KNO-arts"], seed=11, serif=True)
    kno_pdf = G.scan_pdf([kno], D(2024, 8, 22))
    add(p + "mail/FW brief KNO-arts.eml", G.eml(
        NOOR, OWNER_A, "FW: brief KNO-arts", T(2024, 9, 2, 20, 47),
        "Hoi Gert-Jan, hierbij de brief van het ziekenhuis, dan weet je wat er speelt. Groetjes Noor",
        cte="quoted-printable", attachments=[("brief KNO-arts.pdf", kno_pdf)], key="a5"), "", None, A,
        "Outlook e-mail with PDF attachment", "covering mail only - the employee forwards a specialist letter to the owner")
    add(p + "mail/FW brief KNO-arts.eml::brief KNO-arts.pdf", None, "medische_informatie", D(2024, 8, 22), A,
        "image-only scan PDF inside e-mail",
        "debatable - a treating specialist's letter with ICD-10 code and medication held by the employer (DOMAIN 5.1)- not the bedrijfsarts's MI but medical data to keep out of every output (5.3)")

    fwd = f"""Beste Gert-Jan,

Vandaag heb ik de ziekmelding bij UWV gedaan voor Noor Brouwer (42e week). Hieronder de bevestiging uit het werkgeversportaal:

Ziekmelding langdurig zieke werknemer - ontvangen
Werknemer: N. Brouwer
BSN: {BSN_A}
Loonheffingennummer: 8123.45.678.L01
Eerste ziektedag: 08-04-2024
Datum melding: 27-01-2025
Kenmerk UWV: ZM-2025-0127-5531

UWV stuurt jullie en Noor binnenkort een brief met informatie over de eerstejaarsevaluatie.

Met vriendelijke groet,
Petra Alblas
Alblas Salarisadministratie"""
    add(p + "mail/Fwd ziekmelding UWV Noor.eml", G.eml(
        OWNER_A, NOOR, "Fwd: ziekmelding UWV Noor", T(2025, 1, 29, 8, 30),
        "Ter info, Noor. Petra heeft de melding bij UWV gedaan.\nGert-Jan\n\n-----Oorspronkelijk bericht-----" +
        G.quote_nl("Petra Alblas <petra@alblas-salaris.example>", "maandag 27 januari 2025 14:03", OWNER_A, "ziekmelding UWV Noor", fwd),
        cte="quoted-printable", key="a6"), "ziekmelding_uwv", D(2025, 1, 27), A, "Outlook forward quoted-printable",
        "42-week report quoted inside a forward- labelled with the quoted report date not the forward date")

    # combined arbodienst export: AD report then inzetbaarheidsprofiel
    css = "<style>body{font-family:Arial;font-size:11pt}.bar{background:#2d6a4f;color:#fff;padding:8px}td{border:1px solid #999;padding:3px 6px}table{border-collapse:collapse}</style>"
    ad = G.wkhtml(f"""<html><head><meta charset="utf-8">{css}</head><body><div class="bar">Veldzicht Online · dossier 2024-118 · export</div>
<h1>Rapportage arbeidsdeskundig onderzoek</h1>
<table><tr><td>Werknemer</td><td>{NA}</td></tr><tr><td>BSN</td><td>{BSN_A}</td></tr><tr><td>Werkgever</td><td>Filmtheater Het Zoeklicht B.V., 21 medewerkers</td></tr>
<tr><td>Arbeidsdeskundige</td><td>R. Schaafsma, register-arbeidsdeskundige</td></tr><tr><td>Datum rapport</td><td>05-03-2025</td></tr></table>
<h2>Vraagstelling</h2><p>Kan mevrouw Brouwer terug in haar eigen functie van operateur, zo nee: is er passend werk bij de werkgever (spoor 1) of moet spoor 2 worden ingezet?</p>
<h2>Functiebelasting en belastbaarheid</h2><p>De functie operateur vraagt werk in de cabine tijdens voorstellingen (geluid tot 95 dB), werk op ladders en avondwerk. Volgens de belastbaarheid van de bedrijfsarts is dit blijvend niet passend. Kantoorwerk overdag tot 20 uur is passend.</p>
<h2>Conclusie en advies</h2><p>Eigen werk is niet passend. Bij de werkgever is maximaal 12 uur aangepast werk beschikbaar (administratie en programmering); dat is geen volledige oplossing. Ik adviseer spoor 1 (aangepast werk 12 uur) voort te zetten en daarnaast spoor 2 te starten bij een re-integratiebureau. Loonwaarde aangepast werk: circa 80%.</p>
<p>R. Schaafsma, register-arbeidsdeskundige, {ARBO_A}</p></body></html>""")
    izp = G.wkhtml(f"""<html><head><meta charset="utf-8">{css}</head><body><div class="bar">Veldzicht Online · dossier 2024-118 · export</div>
<h1>Inzetbaarheidsprofiel</h1><p>{NA} · BSN {BSN_A} · opgesteld door drs. M. Oudendijk, bedrijfsarts · 17-09-2024</p>
<table><tr><td>Persoonlijk functioneren</td><td>geen beperkingen</td></tr><tr><td>Sociaal functioneren</td><td>geen beperkingen</td></tr>
<tr><td>Fysieke omgevingseisen</td><td>beperkt: geen lawaai boven 80 dB, geen werk op hoogte</td></tr><tr><td>Dynamische handelingen</td><td>geen snelle hoofdbewegingen, geen ladders</td></tr>
<tr><td>Statische houdingen</td><td>normaal</td></tr><tr><td>Werktijden</td><td>overdag, max. 4 uur per dag, 20 uur per week</td></tr></table></body></html>""")
    add(p + "Export dossier 2024-118 Veldzicht.pdf", G.merge_pdfs([ad, izp], D(2025, 3, 5), "Qt 4.8.7"),
        "arbeidsdeskundig_rapport", D(2025, 3, 5), A, "wkhtmltopdf portal print merged with pikepdf",
        "combined arbodienst export (AD report then inzetbaarheidsprofiel of 17-09-2024)- labelled by its FIRST document")

    lo(p + "pva.pdf", [
        ("h", "Eerstejaarsevaluatie"),
        ("t", [["Werknemer", f"{NA} (BSN {BSN_A})"], ["Werkgever", "Filmtheater Het Zoeklicht B.V."], ["Datum gesprek", "19 maart 2025"],
               ["Aanwezig", "Noor Brouwer, Gert-Jan Hofstede (werkgever/casemanager)"]]),
        ("h2", "Terugblik eerste ziektejaar"),
        ("p", "Noor werkt sinds juni op kantoor, nu 12 uur per week verdeeld over 4 ochtenden. Terugkeer in de cabine is volgens de bedrijfsarts en de arbeidsdeskundige niet meer haalbaar."),
        ("h2", "Beoogd re-integratieresultaat tweede ziektejaar"),
        ("p", "Spoor 1: het aangepaste werk (administratie, programmering) wordt vast werk voor 12 uur. Spoor 2: een re-integratiebureau helpt Noor bij het vinden van werk elders voor de overige uren."),
        ("h2", "Visie werkgever"), ("p", "Wij willen Noor graag houden voor de uren die er zijn, maar kunnen geen 32 uur kantoorwerk bieden."),
        ("h2", "Visie werknemer"), ("p", "Ik vind het jammer dat de cabine niet meer kan, maar ik snap het. Ik sta open voor werk ergens anders naast de uren hier."),
        ("p", "Handtekening werkgever: ______________    Handtekening werknemer: ______________")],
       "Gert-Jan Hofstede", D(2025, 3, 19), "eerstejaarsevaluatie", A, "misleading name pva.pdf holds the eerstejaarsevaluatie")

    add(p + "mail/nieuwe afspraken.eml", G.eml(
        OWNER_A, NOOR, "nieuwe afspraken", T(2025, 4, 1, 15, 22),
        f"""Hoi Noor,

Zoals vanmiddag besproken passen we onze afspraken van vorig jaar aan (n.a.v. het gesprek na een jaar en het advies van de arbeidsdeskundige):

1. Nieuw doel: vast aangepast werk bij ons voor 12 uur (administratie + programmering) en daarnaast werk buiten Het Zoeklicht voor de overige uren (spoor 2).
2. Het Zoeklicht schakelt Werkroute Oost in voor het tweede spoor. Intake in april.
3. Jouw rooster blijft 4 ochtenden van 3 uur.
4. We evalueren elke zes weken; ik blijf casemanager.

Noor Brouwer, BSN {BSN_A}

Graag even je akkoord per mail.
Gert-Jan""", cte="base64", key="a9"), "bijstelling_plan_van_aanpak", D(2025, 4, 1), A, "Outlook e-mail plain base64",
        "adjusted plan in everyday words (nieuwe afspraken) without the word bijstelling")

    add(p + "Trajectplan Noor Brouwer.docx", G.docx([
        ("b", "Werkroute Oost - loopbaan en re-integratie"), ("h", "Intake en trajectplan tweede spoor"),
        ("t", [["Kandidaat", NA], ["BSN", BSN_A], ["Opdrachtgever", "Filmtheater Het Zoeklicht B.V."], ["Loopbaancoach", "Yara Menting"], ["Datum", "24 april 2025"]]),
        ("h2", "Persoonsprofiel"), ("p", "Noor is nauwkeurig, technisch en klantvriendelijk. Ervaring met kassasystemen, planning en digitale projectie."),
        ("h2", "Zoekprofiel"), ("p", "Administratief of planningswerk overdag in een rustige omgeving, 16-20 uur, binnen 25 km van Westerbroek."),
        ("h2", "Activiteiten"), ("l", "arbeidsmarktoriëntatie en netwerkgesprekken (mei-juni)"), ("l", "cv en LinkedIn-profiel bijwerken"),
        ("l", "minimaal 2 sollicitaties per maand vanaf juni"), ("l", "maandelijkse voortgangsrapportage aan werkgever")],
        author="Yara Menting", when=D(2025, 4, 24)), "trajectplan_tweede_spoor", D(2025, 4, 24), A, "python-docx kept as .docx",
        "bureau document with standard heading")

    add(p + "mail/zie bijlage.eml", G.eml(
        "Yara Menting <yara@werkroute-oost.example>", OWNER_A, "rapportage", T(2025, 8, 1, 10, 2),
        "Beste Gert-Jan,\n\nZie bijlage.\n\nMet vriendelijke groet,\nYara Menting\nWerkroute Oost",
        cte="quoted-printable", key="a11"), "", None, A, "Outlook e-mail plain",
        "covering mail that only says zie bijlage- the attachment was saved next to it as a separate PDF")
    lo(p + "Rapportage Werkroute Oost juli.pdf", [
        ("b", "Werkroute Oost"), ("h", "Voortgangsrapportage 1"),
        ("p", f"Kandidaat: {NA} · BSN {BSN_A} · rapportageperiode 1 mei t/m 31 juli 2025 · datum 31 juli 2025"),
        ("h2", "Activiteiten in de periode"),
        ("p", "Vier netwerkgesprekken gevoerd (bibliotheek, theater, twee gemeenten). Noor heeft 5 vacatures geselecteerd en 4 sollicitaties verstuurd; één gesprek bij de Bibliotheek Westerbroek (afgewezen)."),
        ("h2", "Inzet kandidaat"), ("p", "Noor komt afspraken goed na en is gemotiveerd."),
        ("h2", "Plan komende periode"), ("p", "Werkervaringsplaats onderzoeken bij een gemeentelijke balie; sollicitaties voortzetten."),
        ("p", "Yara Menting, loopbaancoach")],
       "Yara Menting", D(2025, 7, 31), "voortgangsrapportage_tweede_spoor", A, "file saved next to its zie-bijlage mail- name says rapportage juli")

    add(p + "mail/Stand van zaken Noor Brouwer tbv WIA.eml", G.eml(
        BA_A, OWNER_A, "Stand van zaken Noor Brouwer t.b.v. WIA", T(2025, 12, 9, 17, 5), html_mail([
            "Geachte heer Hofstede,",
            f"Op 9 december 2025 heb ik mevrouw N. Brouwer (BSN {BSN_A}) gezien in verband met de komende WIA-aanvraag. Hieronder mijn actueel oordeel; de medische informatie stuur ik rechtstreeks naar UWV en niet naar u.",
            "Belastbaarheid: geen werk met hoge geluidsniveaus of op hoogte; overdag werken tot 4 uur per dag, 20 uur per week. Deze beperkingen zijn naar verwachting blijvend.",
            "Re-integratie: mevrouw werkt 12 uur in aangepast werk bij u; het tweede spoor heeft nog geen plaatsing opgeleverd.",
            "Arbeidsrelatie: ik zie geen verstoring; werkgever en werknemer werken goed samen.",
            "Passende arbeid bij de werkgever: het huidige aangepaste werk van 12 uur is passend; meer uren passend werk zijn er bij deze werkgever niet.",
            "Met vriendelijke groet,\ndrs. M. Oudendijk, bedrijfsarts (BIG 49012345601)\nArbodienst Veldzicht"]),
        html=True, cte="quoted-printable", key="a12"), "actueel_oordeel", D(2025, 12, 9), A, "Outlook e-mail HTML-only quoted-printable",
        "AO in a mail body without the words actueel oordeel in the subject")

    add(p + "Eindevaluatie Noor.docx", G.docx([
        ("h", "Eindevaluatie"),
        ("t", [["Werknemer", NA], ["BSN", BSN_A], ["Functie", "Operateur / medewerker techniek (32 uur)"], ["Werkgever", "Filmtheater Het Zoeklicht B.V., Grote Markt 7, Westerbroek"],
               ["Datum", "19 december 2025"]]),
        ("h2", "Aard van het bedrijf"), ("p", "Filmtheater met drie zalen, horeca en een educatieprogramma; 21 medewerkers, vooral parttimers en avondwerk."),
        ("h2", "Terugblik"), ("p", "Noor is in 2024 gestart met kantoorwerk en werkt nu 12 uur vast in aangepast werk. Het tweede spoor (Werkroute Oost) loopt sinds april 2025; nog geen plaatsing."),
        ("h2", "Arbeidsrelatie"), ("p", "Goed; er zijn geen conflicten geweest."),
        ("h2", "Passende arbeid"), ("p", "Bij ons is niet meer dan 12 uur passend werk. Wij hebben dat met Noor besproken."),
        ("p", "Getekend: G.J. Hofstede (directeur-eigenaar)    N. Brouwer (werknemer)")],
        author="Gert-Jan Hofstede", when=D(2025, 12, 19)), "eindevaluatie", D(2025, 12, 19), A, "python-docx kept as .docx",
        "standard title in the owner's Word file")

    add(p + "mail/mijn reactie op het verslag.eml", G.eml(
        NOOR, OWNER_A, "mijn reactie op het verslag", T(2026, 1, 5, 19, 40), html_mail([
            "Hoi Gert-Jan,",
            "Ik heb alle stukken van het re-integratieverslag gelezen. Hierbij mijn mening, zoals UWV vraagt.",
            "Ik ben het eens met de beschrijving van mijn werk en van wat we gedaan hebben. Ik vind wel dat het tweede spoor pas laat begon, pas in april. Met het oordeel van de bedrijfsarts ben ik het eens.",
            f"Noor Brouwer\nBSN {BSN_A}\n5 januari 2026"]), html=True, cte="base64", key="a14"),
        "oordeel_werknemer", D(2026, 1, 5), A, "Outlook e-mail HTML-only base64", "employee's view as an untitled mail")

    add(p + "mail/rooster december.eml", G.eml(
        OWNER_A, "team <team@zoeklicht-film.example>", "rooster december + kerstborrel", T(2025, 11, 20, 12, 0),
        "Hoi allemaal,\n\nHet rooster voor december staat in de map. Noor doet alleen ochtenden op kantoor, dus de cabine op zaterdag is voor Bas en Rik.\nKerstborrel 21 december na de laatste voorstelling!\n\nGert-Jan",
        cte="quoted-printable", key="a15"), "", None, A, "Outlook e-mail plain", "non-RIV roster mail that mentions the employee's adapted hours")


# ======================================================================= case B: driving school
B = "B"
CB = "Rijschool Van der Plas - T. Bakir"
BSN_B = G.make_bsn(2402)
NB = "Tarik Bakir"
OWN_B = "Monique van der Plas <monique@rijschoolvanderplas.example>"
TARIK = "Tarik Bakir <t.bakir@webpost.example>"
BA_B = "H. Kortlever <praktijk@ruisdael-bedrijfsarts.example>"


def case_b() -> None:
    p = CB + "/"
    advies = f"""Beste mevrouw Van der Plas,

Ik sprak vandaag de heer Tarik Bakir (BSN {BSN_B}), rijinstructeur B bij uw rijschool, die sinds 20 november 2023 arbeidsongeschikt is. Hieronder mijn oordeel en advies na zes weken verzuim, zonder medische details.

Mijn oordeel: er is een reëel risico op langdurig verzuim. De heer Bakir is nu beperkt in fysieke belasting en in werk met langdurige concentratie en stress, zoals lesgeven in het verkeer. Hij mag de komende maanden ook zelf geen les geven (geen instructie achter het dubbele pedaal).

Mogelijkheden: licht administratief werk thuis of op kantoor, 2 uur per dag, bijvoorbeeld de planning en het theorie-examenrooster.

Prognose: ik verwacht dat hij over 3 tot 6 maanden zijn eigen werk gedeeltelijk kan hervatten, afhankelijk van zijn revalidatietraject.

Advies: stel samen binnen twee weken een plan van aanpak op, start met het planningswerk, en laat hem bij mij terugkomen over 6 weken.

Met vriendelijke groet,
H. Kortlever, bedrijfsarts (BIG 29087654301)
Bedrijfsartsenpraktijk Ruisdael"""
    add(p + "mail/FW Advies bedrijfsarts T. Bakir.eml", G.eml(
        OWN_B, TARIK, "FW: Advies bedrijfsarts T. Bakir", T(2023, 12, 28, 8, 51),
        "Hoi Tarik, ter info het advies van de bedrijfsarts. Zullen we dinsdag 9 januari om 10 uur het plan maken? Monique\n\n________________________________" +
        G.quote_en("Praktijk Ruisdael <praktijk@ruisdael-bedrijfsarts.example>", "Wednesday, December 27, 2023 4:12 PM", OWN_B,
                   "Advies bedrijfsarts T. Bakir", advies),
        cte="quoted-printable", key="b1"), "probleemanalyse", D(2023, 12, 27), B, "Outlook forward with English quoted header",
        "PA forwarded by the owner- quoted header in English (From/Sent/To/Subject)- labelled with the quoted advice date")

    p1 = G.render_page([
        "# Plan van aanpak", "Rijschool Van der Plas · Kanaalweg 31 · Heemsloot", "",
        f"Naam werknemer: {NB}          BSN: {BSN_B}", "Functie: rijinstructeur B (38 uur)", "Eerste ziektedag: 20-11-2023",
        "Datum opstellen plan: 09-01-2024", "Casemanager: M. van der Plas (eigenaar)", "Bedrijfsarts: H. Kortlever, Bedrijfsartsenpraktijk Ruisdael", "",
        "# 1. Doel", "Terugkeer in het eigen werk als rijinstructeur, eerst met aangepaste taken.", "",
        "# 2. Activiteiten en termijnen",
        "- vanaf 15 januari: planning en examenrooster, 2 uur per dag op kantoor",
        "- na 6 weken: uitbreiden naar 4 uur per dag, als de bedrijfsarts akkoord is",
        "- theorielessen geven vanaf maart (zittend werk)", "- nog geen praktijklessen tot advies bedrijfsarts", "",
        "# 3. Evaluatie", "Elke 6 weken een gesprek tussen Tarik en Monique; eerste keer 20 februari 2024.", "",
        "# 4. Visie werkgever / werknemer", "Werkgever: wij willen Tarik rustig laten opbouwen.", "Werknemer: ik wil graag weer lesgeven, maar wil niet te snel gaan.",
        "", "zie pagina 2 voor ondertekening"],
        seed=21, hand=[(15, "+ ook telefoon opnemen als hij wil  (MvdP)"), (20, "20/2 om 10.00 uur!")])
    add(p + "scan0003.pdf", G.scan_pdf([p1], D(2024, 1, 9)), "plan_van_aanpak", D(2024, 1, 9), B,
        "image-only copier scan (Pillow) with handwriting", "misleading name scan0003.pdf- page 1 of a two-page plan whose signature page is a separate photo")
    sig = G.render_page([
        "Plan van aanpak T. Bakir - pagina 2", "", "# Ondertekening", "",
        "Aldus overeengekomen op 9 januari 2024 te Heemsloot.", "", "Werkgever: M. van der Plas", "", "", "Werknemer: T. Bakir", "", "",
        "Kopie aan: werknemer, casemanager, bedrijfsarts"], seed=22,
        hand=[(6, "M. v.d. Plas"), (9, "T. Bakir  9-1-'24")])
    add(p + "IMG_5520.jpg", G.photo_of_page(sig, seed=23), "plan_van_aanpak", D(2024, 1, 9), B, "Pillow phone photo JPEG",
        "debatable - separate photo of the signature page of scan0003.pdf- labelled plan_van_aanpak with the plan's date (BR art. 2 lid 3 signature)")

    add(p + "mail/gesprek dinsdag.eml", G.eml(
        OWN_B, TARIK, "gesprek dinsdag", T(2024, 2, 20, 13, 30),
        f"""Hoi Tarik,

Even kort wat we vanochtend besproken hebben:
- de planning en het examenrooster gaan goed, 2 uur per dag lukt
- je vindt het fijn om weer op de zaak te zijn
- de afspraken uit het plan van januari zijn nagekomen
- volgende stap: 3 uur per dag en vanaf half maart 2 theorielessen per week
- bedrijfsarts zie je 5 maart, volgende keer dat wij praten is begin april

(BSN {BSN_B} voor het dossier)

Monique""", cte="quoted-printable", key="b4"), "tussentijdse_evaluatie", D(2024, 2, 20), B, "Outlook e-mail plain quoted-printable",
        "untitled minutes in a short mail")

    orig = f"""Beste mevrouw Van der Plas,

Naar aanleiding van het spreekuur van vandaag stel ik mijn eerdere advies bij. De opbouw van de heer Bakir (BSN {BSN_B}) verloopt trager dan verwacht. Zijn belastbaarheid is gewijzigd: theorielessen en planning tot 4 uur per dag zijn mogelijk, praktijklessen in het verkeer voorlopig niet, ook niet na de zomer.

Mijn prognose is dat terugkeer in het volledige eigen werk onzeker is. Ik adviseer u het plan van aanpak hierop aan te passen. Het bijgevoegde inzetbaarheidsprofiel heb ik u apart gefaxt.

Met vriendelijke groet,
H. Kortlever, bedrijfsarts"""
    add(p + "mail/RE gewijzigd advies Tarik.eml", G.eml(
        OWN_B, BA_B, "RE: gewijzigd advies Tarik", T(2024, 5, 15, 9, 2),
        "Dank u, we passen het rooster aan.\nMonique van der Plas\n" +
        G.quote_nl(BA_B, "dinsdag 14 mei 2024 17:31", OWN_B, "gewijzigd advies Tarik", orig),
        cte="quoted-printable", key="b6"), "bijstelling_probleemanalyse", D(2024, 5, 14), B, "Outlook reply chain",
        "one-line reply with the bedrijfsarts's adjusted advice quoted below- no title")

    fax = G.render_page([
        "# Inzetbaarheidsprofiel", "Bedrijfsartsenpraktijk Ruisdael", "",
        f"Werknemer: T. Bakir    BSN {BSN_B}", "Datum: 14 mei 2024    Opgesteld door: H. Kortlever, bedrijfsarts", "",
        "Persoonlijk functioneren: beperkt - geen werk met hoge tijdsdruk of langdurige verhoogde alertheid",
        "Sociaal functioneren: geen beperkingen", "Fysieke omgevingseisen: geen beperkingen",
        "Dynamische handelingen: niet zwaar tillen (max. 10 kg)", "Statische houdingen: zitten mogelijk, afwisselen",
        "Werktijden: max. 4 uur per dag, 20 uur per week, geen avondwerk", "", "Geldig tot herbeoordeling (over 3 maanden)."],
        seed=31, fax="14-05-2024 16:58   VAN: RUISDAEL BEDRIJFSARTS   +31 55 0000000   AAN: RIJSCHOOL VD PLAS   P.01/01")
    add(p + "fax Kortlever 14-05.pdf", G.scan_pdf([fax], D(2024, 5, 14)), "inzetbaarheidsprofiel", D(2024, 5, 14), B,
        "image-only fax scan with fax header line", "fax header date equals the document date")

    do = G.render_page([
        "# UWV", "Postbus 0000 · 1000 AA Amsterdam (fictief)", "",
        "Rijschool Van der Plas", "t.a.v. mevrouw M. van der Plas", "Kanaalweg 31, Heemsloot", "",
        "Datum: 27 juni 2024    Ons kenmerk: DO-24-774120", f"Betreft: deskundigenoordeel T. Bakir, BSN {BSN_B}", "",
        "Geachte mevrouw Van der Plas,",
        "U heeft ons op 3 juni 2024 gevraagd om een deskundigenoordeel over de vraag of de werkzaamheden die u de heer Bakir aanbiedt (theorielessen en planning, 20 uur per week) passend zijn.",
        "Onze verzekeringsarts en arbeidsdeskundige hebben de stukken bekeken en met u beiden gesproken.",
        "Ons oordeel: de aangeboden werkzaamheden zijn passend. De re-integratie-inspanningen van u als werkgever zijn tot nu toe voldoende.",
        "Dit deskundigenoordeel is een advies; u kunt er geen bezwaar tegen maken.", "",
        "Met vriendelijke groet,", "Uitvoeringsinstituut Werknemersverzekeringen", "namens deze, J. Hoekman, arbeidsdeskundige"],
        seed=41, stamp="ONTVANGEN 02 JUL 2024")
    add(p + "document.pdf", G.scan_pdf([do], D(2024, 6, 27)), "deskundigenoordeel", D(2024, 6, 27), B,
        "image-only copier scan with received stamp", "misleading name document.pdf- stamp date 02 JUL is not the document date")

    portal = G.wkhtml(f"""<html><head><meta charset="utf-8"><style>body{{font-family:Arial;font-size:11pt}}.b{{background:#00508c;color:#fff;padding:10px;font-size:14pt}}td{{padding:4px 10px;border-bottom:1px solid #ccc}}</style></head><body>
<div class="b">UWV werkgeversportaal</div><h2>Ziekmelding langdurig zieke werknemer</h2><p>Uw melding is verzonden.</p>
<table><tr><td>Werkgever</td><td>Rijschool Van der Plas V.O.F.</td></tr><tr><td>Loonheffingennummer</td><td>8567.12.345.L01</td></tr>
<tr><td>Werknemer</td><td>T. Bakir</td></tr><tr><td>BSN</td><td>{BSN_B}</td></tr><tr><td>Eerste ziektedag</td><td>20-11-2023</td></tr>
<tr><td>Datum melding</td><td>09-09-2024</td></tr><tr><td>Gedeeltelijk hersteld</td><td>ja, 20 uur</td></tr></table>
<p style="font-size:9pt;color:#666">Afgedrukt 09-09-2024 11:48</p></body></html>""")
    add(p + "Melding UWV Tarik.pdf", G.normalise_pdf(portal, D(2024, 9, 9), "Qt 4.8.7"), "ziekmelding_uwv", D(2024, 9, 9), B,
        "wkhtmltopdf print of a portal page", "42-week report printed from the portal")

    lo(p + "Rapport arbeidsdeskundig onderzoek Bakir.pdf", [
        ("b", "Arbeidsdeskundig Adviesbureau Ten Velde"), ("h", "Arbeidsdeskundig onderzoek"),
        ("t", [["Werknemer", NB], ["BSN", BSN_B], ["Werkgever", "Rijschool Van der Plas V.O.F. (9 medewerkers)"], ["Datum", "22 oktober 2024"],
               ["Arbeidsdeskundige", "L. ten Velde RA-register"]]),
        ("h2", "Belasting en belastbaarheid"),
        ("p", "Praktijkles geven vraagt langdurige verhoogde alertheid in het verkeer en wisselende werktijden tot in de avond. Dat past niet bij de beperkingen in persoonlijk functioneren en werktijden."),
        ("h2", "Mogelijkheden bij de werkgever"), ("p", "Theorielessen, planning en intakegesprekken: 20 uur per week. Meer uren niet-praktijkwerk zijn er niet."),
        ("h2", "Advies"), ("p", "Eigen werk is niet passend. Spoor 1: aangepast werk 20 uur continueren. Spoor 2: start een tweede-spoortraject voor de resterende 18 uur. Loonwaarde aangepast werk: 85%."),
        ("p", "L. ten Velde, register-arbeidsdeskundige")], "L. ten Velde", D(2024, 10, 22), "arbeidsdeskundig_rapport", B,
       "standard wording- the word spoor 2 also appears")

    add(p + "mail/Hoe het afgelopen jaar ging.eml", G.eml(
        OWN_B, TARIK, "Hoe het afgelopen jaar ging en wat we nu gaan doen", T(2024, 11, 5, 16, 15),
        f"""Hoi Tarik,

Zoals afgesproken zet ik ons gesprek van vandaag op papier. Je bent nu bijna een jaar ziek en UWV vraagt ons om samen terug te kijken en vooruit te kijken.

Wat ging er goed: je werkt 20 uur (theorie, planning, intakes) en dat gaat stabiel. UWV vond in juni dat het werk passend is.
Wat niet: praktijkles lukt niet meer, volgens de bedrijfsarts en de arbeidsdeskundige ook niet in de toekomst.

Wat willen we bereiken in jaar twee: jij houdt je 20 uur bij ons. Voor de andere 18 uur gaan we samen met een re-integratiebureau zoeken naar werk buiten de rijschool.

Wat vind ik ervan (Monique): ik wil je graag houden, maar meer dan 20 uur niet-praktijkwerk heb ik niet.
Wat vind jij ervan (Tarik, zei je vanochtend): je vindt het jammer, maar je wilt het tweede spoor een kans geven.

Tarik Bakir, BSN {BSN_B}, rijinstructeur B, ziek sinds 20-11-2023.

Wil je even laten weten of je het hiermee eens bent?
Monique""", cte="quoted-printable", key="b9"), "eerstejaarsevaluatie", D(2024, 11, 5), B, "Outlook e-mail plain",
        "first-year evaluation in everyday words without the word eerstejaarsevaluatie")

    add(p + "mail/Bijstelling plan van aanpak.eml", G.eml(
        OWN_B, TARIK, "Bijstelling plan van aanpak", T(2024, 11, 19, 11, 40), html_mail([
            "Beste Tarik,", "Bijstelling plan van aanpak",
            f"Naam: {NB} · BSN: {BSN_B} · datum: 19 november 2024",
            "Nieuw re-integratiedoel: spoor 1 aangepast werk 20 uur (theorie, planning, intakes); spoor 2: passend werk elders voor 18 uur.",
            "Activiteiten: start spoor 2 bij Baanzicht Re-integratie, intake uiterlijk 10 december; 6-wekelijkse evaluatie blijft; casemanager blijft Monique van der Plas.",
            "Visie werkgever: tweede spoor is nodig. Visie werknemer: akkoord, met de kanttekening dat ik liefst in het vak blijf.",
            "Akkoord werkgever: M. van der Plas · Akkoord werknemer: T. Bakir (per mail 20-11)"]),
        html=True, cte="quoted-printable", key="b11"), "bijstelling_plan_van_aanpak", D(2024, 11, 19), B, "Outlook e-mail HTML-only",
        "standard title in a mail body")

    lo(p + "Eindrapportage 2e spoor T. Bakir.pdf", [
        ("b", "Baanzicht Re-integratie"), ("h", "Eindrapportage tweede spoor"),
        ("t", [["Kandidaat", NB], ["BSN", BSN_B], ["Opdrachtgever", "Rijschool Van der Plas"], ["Trajectperiode", "10-12-2024 t/m 15-07-2025"], ["Datum", "15 juli 2025"]]),
        ("h2", "Resultaat traject"), ("p", "Tarik heeft per 1 juli 2025 een contract voor 16 uur als cursusplanner bij een verkeersopleider in Heemsloot (proefplaatsing omgezet in een jaarcontract)."),
        ("h2", "Inspanningen"), ("p", "Persoonsprofiel en zoekprofiel opgesteld, 23 sollicitaties, 9 netwerkgesprekken, 2 gesprekken, proefplaatsing van 6 weken."),
        ("h2", "Afsluiting en advies"), ("p", "Het traject wordt afgesloten met een plaatsing. Advies: combinatie 20 uur rijschool en 16 uur cursusplanner evalueren na drie maanden."),
        ("p", "S. Dijkgraaf, re-integratieconsulent")], "S. Dijkgraaf", D(2025, 7, 15), "eindrapportage_tweede_spoor", B, "standard title")

    wia = G.render_page([
        "# UWV", "", "Rijschool Van der Plas V.O.F.", "Kanaalweg 31, Heemsloot", "",
        "Datum: 24 juli 2025    Kenmerk: WIA-25-118342", f"Betreft: uw werknemer T. Bakir, BSN {BSN_B}", "",
        "Geachte heer/mevrouw,",
        "Uw werknemer is bijna twee jaar ziek. Hij kan een WIA-uitkering aanvragen. Wij hebben hem daarover ook een brief gestuurd. De aanvraag moet uiterlijk 27 augustus 2025 bij ons binnen zijn.",
        "Voor de aanvraag heeft uw werknemer het re-integratieverslag nodig. U moet het re-integratieverslag samen met uw werknemer opstellen en hem een kopie geven. Stuur de documenten via het werkgeversportaal binnen 1 dag nadat uw werknemer de uitkering heeft aangevraagd.",
        "Heeft u vragen? Kijk op uwv.nl.", "", "Met vriendelijke groet,", "UWV"],
        seed=51, stamp="ONTVANGEN 28 JUL 2025")
    add(p + "AO.pdf", G.scan_pdf([wia], D(2025, 7, 24)), "uwv_correspondentie", D(2025, 7, 24), B,
        "image-only copier scan with received stamp", "misleading name AO.pdf holds the UWV week-88 WIA letter (DOMAIN 3 - do not classify on the bare token AO)")

    add(p + "mail/Actueel oordeel T. Bakir.eml", G.eml(
        BA_B, OWN_B, "Actueel oordeel T. Bakir", T(2025, 7, 29, 15, 10),
        f"""Geachte mevrouw Van der Plas,

Actueel oordeel bedrijfsarts ten behoeve van de WIA-aanvraag van de heer T. Bakir (BSN {BSN_B}), opgesteld na spreekuur op 29 juli 2025.

Belastbaarheid: blijvend beperkt voor werk met langdurige verhoogde alertheid en avondwerk; overdag werken tot 36 uur per week is mogelijk in niet-rijdend werk.
Stand van zaken: 20 uur aangepast werk bij u (theorie/planning) en sinds 1 juli 16 uur elders als cursusplanner.
Arbeidsrelatie: goed.
Passende arbeid bij de werkgever: het huidige werk van 20 uur is passend; meer passend werk is er bij u niet.

De medische informatie stuur ik rechtstreeks aan UWV.

Met vriendelijke groet,
H. Kortlever, bedrijfsarts (BIG 29087654301)""", cte="8bit", key="b14"), "actueel_oordeel", D(2025, 7, 29), B,
        "Outlook e-mail plain 8bit", "standard title in subject and body")

    ev = f"""Verslag eindgesprek re-integratie Tarik Bakir (BSN {BSN_B})
Datum gesprek: 12 augustus 2025
Aanwezig: Tarik Bakir, Monique van der Plas

Aard van het bedrijf: rijschool met 9 medewerkers (auto en motor), lessen overdag en 's avonds.
Terugblik op bijna twee jaar: opbouw in aangepast werk vanaf januari 2024; UWV deskundigenoordeel juni 2024 (werk passend); tweede spoor via Baanzicht vanaf december 2024 met plaatsing als cursusplanner (16 uur) per 1 juli 2025.
Arbeidsrelatie: goed, we hebben steeds open kunnen praten.
Passende arbeid bij ons: 20 uur theorie en planning, meer is er niet.
Conclusie: Tarik werkt nu 36 uur in totaal (20 + 16). De WIA-aanvraag volgt deze maand.

Akkoord Monique van der Plas (werkgever) en Tarik Bakir (werknemer, per mail 13-08)."""
    add(p + "mail/Fwd Verslag eindgesprek.eml", G.eml(
        OWN_B, "Baanzicht Re-integratie <info@baanzicht.example>", "Fwd: Verslag eindgesprek", T(2025, 8, 14, 10, 3),
        "Ter info voor jullie dossier.\nMonique\n\n-----Oorspronkelijk bericht-----" +
        G.quote_nl(OWN_B, "dinsdag 12 augustus 2025 17:45", TARIK, "Verslag eindgesprek", ev),
        cte="base64", key="b15"), "eindevaluatie", D(2025, 8, 12), B, "Outlook forward base64",
        "eindevaluatie quoted in a forward to the bureau- called Verslag eindgesprek- labelled with the quoted date")

    add(p + "Mijn oordeel Tarik.txt", (f"""Mijn oordeel over het re-integratieverslag

Naam: Tarik Bakir
BSN: {BSN_B}
Datum: 18 augustus 2025

Ik heb het re-integratieverslag gelezen (plan, evaluaties, oordeel bedrijfsarts, eindgesprek).
Ik ben het eens met wat erin staat. De rijschool heeft mij goed geholpen en het tweede spoor heeft werk opgeleverd.
Een opmerking: bij de bijstelling in mei 2024 had ik eerder met de arbeidsdeskundige willen praten.

Tarik Bakir
""").replace("\n", "\r\n").encode("cp1252"), "oordeel_werknemer", D(2025, 8, 18), B, "Notepad .txt Windows-1252 CRLF",
        "employee's view as a plain text file")

    add(p + "mail/lesrooster week 14.eml", G.eml(
        OWN_B, "instructeurs <instructeurs@rijschoolvanderplas.example>", "lesrooster week 14", T(2024, 3, 28, 18, 2),
        "Hoi allen,\n\nIn de bijlage... nee, hieronder het rooster voor week 14:\nma-wo Jeroen en Fatma, do-vr Lisa. Tarik doet de theorie op woensdagavond niet meer, die neemt Jeroen over.\nExamens: 3 april CBR Heemsloot 4 kandidaten.\n\nMonique",
        cte="quoted-printable", key="b17"), "", None, B, "Outlook e-mail plain", "non-RIV roster mail that names the employee")


# ======================================================================= case C: hair salon
C = "C"
CC = "Kapsalon Knipkunst - I. de Haan"
BSN_C = G.make_bsn(2403)
NC = "Ilse de Haan"
OWN_C = "Rianne Verwoerd <rianne@knipkunst.example>"
ILSE = "Ilse de Haan <ilsedehaan@kpnpost.example>"
CM_C = "Dirk Molenkamp <d.molenkamp@verzuimpunt-lingewaard.example>"


def portal_c(title: str, body: str, when: str) -> bytes:
    return G.wkhtml(f"""<html><head><meta charset="utf-8"><style>body{{font-family:Arial;font-size:10.5pt}}.bar{{background:#7b2cbf;color:#fff;padding:8px 12px}}
td{{border:1px solid #bbb;padding:3px 8px}}table{{border-collapse:collapse;margin-bottom:10px}}.f{{color:#777;font-size:8pt}}</style></head><body>
<div class="bar">ArboHorizon · Mijn Dossier</div><h2>{title}</h2>
<table><tr><td>Werknemer</td><td>{NC}</td></tr><tr><td>BSN</td><td>{BSN_C}</td></tr><tr><td>Werkgever</td><td>Kapsalon Knipkunst (7 medewerkers)</td></tr>
<tr><td>Bedrijfsarts</td><td>A.W. Terpstra, BIG 19054321001</td></tr><tr><td>Datum</td><td>{when}</td></tr></table>{body}
<p class="f">Afgedrukt uit ArboHorizon Mijn Dossier</p></body></html>""")


def case_c() -> None:
    p = CC + "/"
    add(p + "ArboHorizon - Probleemanalyse.pdf", G.normalise_pdf(portal_c("Probleemanalyse", """
<h3>Beperkingen en mogelijkheden</h3><p>Werkneemster is beperkt in repeterende hand- en armbewegingen rechts en in reiken boven schouderhoogte. Knippen en föhnen is op dit moment niet mogelijk. Kassa, afspraken inplannen en klantcontact zijn mogelijk, 3 uur per dag.</p>
<h3>Prognose</h3><p>Herstel wordt verwacht in 3 tot 6 maanden; er is sprake van dreigend langdurig verzuim.</p>
<h3>Advies aan werkgever en werknemer</h3><p>Start met aangepast werk (balie, kassa, webshop). Stel binnen twee weken een plan van aanpak op. Casemanagement via Verzuimpunt Lingewaard.</p>""",
        "08-10-2024"), D(2024, 10, 8), "Qt 4.8.7"), "probleemanalyse", D(2024, 10, 8), C, "wkhtmltopdf portal print",
        "standard title in a portal print")

    pva = G.docx([
        ("h", "Plan van aanpak"), ("t", [["Werknemer", NC], ["BSN", BSN_C], ["Functie", "Kapper / stylist, 28 uur"], ["Eerste ziektedag", "2 september 2024"],
                                         ["Casemanager", "Dirk Molenkamp, Verzuimpunt Lingewaard"], ["Datum", "18 oktober 2024"]]),
        ("h2", "Re-integratiedoel"), ("p", "Terugkeer in het eigen werk als kapper binnen 6 maanden."),
        ("h2", "Afspraken"), ("l", "vanaf 21 oktober: balie, kassa en webshop, 3 x 3 uur per week"), ("l", "eens per twee weken uitbreiden als het goed gaat"),
        ("l", "Ilse gaat naar de fysiotherapeut (eigen regie)"), ("l", "evaluatie elke 6 weken, eerste keer eind november"),
        ("h2", "Visie werkgever"), ("p", "Ilse is een vakvrouw, we willen haar graag terug in de stoel."),
        ("h2", "Visie werknemer"), ("p", "Ik wil graag terug in mijn vak en wil daar hard aan werken."),
        ("p", "Handtekening werkgever: R. Verwoerd      Handtekening werknemer: I. de Haan")], author="Dirk Molenkamp", when=D(2024, 10, 18))
    add(p + "mail/plan van aanpak Ilse.eml", G.eml(
        CM_C, f"{ILSE}, {OWN_C}", "plan van aanpak Ilse", T(2024, 10, 18, 14, 20),
        "Beste Ilse en Rianne,\n\nIn de bijlage het plan van aanpak zoals vanochtend besproken. Graag getekend terug.\n\nMet vriendelijke groet,\nDirk Molenkamp\ncasemanager Verzuimpunt Lingewaard",
        cte="quoted-printable", attachments=[("Plan van aanpak Ilse de Haan.docx", pva)], key="c2"), "", None, C,
        "Outlook e-mail with .docx attachment", "covering mail only- the plan is the attachment")
    add(p + "mail/plan van aanpak Ilse.eml::Plan van aanpak Ilse de Haan.docx", None, "plan_van_aanpak", D(2024, 10, 18), C,
        "python-docx attachment in e-mail", "standard title in a Word attachment")

    add(p + "mail/gesprek 28 november.eml", G.eml(
        CM_C, f"{ILSE}, {OWN_C}", "gesprek 28 november", T(2024, 11, 28, 17, 1),
        f"""Beste Ilse en Rianne,

Verslag van ons gesprek van vandaag in de salon.

Aanwezig: Ilse de Haan (BSN {BSN_C}), Rianne Verwoerd, Dirk Molenkamp.

Voortgang: Ilse werkt nu 4 x 3 uur aan de balie en in de webshop. Knippen gaat nog niet. De afspraken van 18 oktober zijn nagekomen.
Bedrijfsarts: Ilse is op 19 november gezien, advies ongewijzigd.
Afspraken: vanaf december proberen één korte knipbehandeling per dag (pony, kinderen), in overleg. Volgend gesprek half januari.

Met vriendelijke groet,
Dirk Molenkamp
casemanager""", cte="base64", key="c3"), "tussentijdse_evaluatie", D(2024, 11, 28), C, "Outlook e-mail plain base64",
        "casemanager mails minutes in the body- untitled")

    bij = portal_c("Bijstelling probleemanalyse", """<h3>Aanleiding</h3><p>De klachten zijn ondanks behandeling niet afgenomen; de opbouw naar knipwerk is mislukt.</p>
<h3>Gewijzigde belastbaarheid</h3><p>Blijvend beperkt voor repeterende bewegingen van de rechterhand en werken boven schouderhoogte. Baliewerk, kassa en webshop tot 20 uur per week.</p>
<h3>Advies</h3><p>Terugkeer in het eigen werk als kapper is niet te verwachten. Stel het plan van aanpak bij en laat een arbeidsdeskundig onderzoek doen.</p>""", "11-02-2025")
    izp = portal_c("Inzetbaarheidsprofiel", """<table><tr><td>Persoonlijk functioneren</td><td>normaal</td></tr><tr><td>Sociaal functioneren</td><td>normaal</td></tr>
<tr><td>Fysieke omgevingseisen</td><td>normaal</td></tr><tr><td>Dynamische handelingen</td><td>beperkt: geen repeterend knippen/föhnen rechts, max. 5 kg tillen</td></tr>
<tr><td>Statische houdingen</td><td>beperkt: niet langdurig met armen boven schouderhoogte</td></tr><tr><td>Werktijden</td><td>max. 20 uur per week</td></tr></table>""", "11-02-2025")
    add(p + "Alle documenten dossier 2024-118.pdf", G.merge_pdfs([bij, izp], D(2025, 2, 11), "Qt 4.8.7"),
        "bijstelling_probleemanalyse", D(2025, 2, 11), C, "wkhtmltopdf portal prints merged with pikepdf",
        "combined arbodienst export (bijstelling PA then inzetbaarheidsprofiel)- labelled by its FIRST document")

    scr = G.screen_page("Ziekmelding langdurig zieke werknemer - ontvangen", [
        ("Werkgever", "Kapsalon Knipkunst"), ("Loonheffingennummer", "8890.44.112.L01"), ("Werknemer", "I. de Haan"),
        ("BSN", BSN_C), ("Eerste ziektedag", "02-09-2024"), ("Datum melding", "23-06-2025"), ("Status", "Ontvangen door UWV")],
        "UWV werkgeversportaal", "https://werkgeversportaal.uwv.example/ziekmelding/bevestiging")
    add(p + "IMG_20250624_093112.jpg", G.photo_of_page(scr, seed=61, laptop=True), "ziekmelding_uwv", D(2025, 6, 23), C,
        "Pillow phone photo of a laptop screen", "portal page photographed on a laptop- file name carries the photo date not the report date")

    add(p + "Evaluatie na een jaar - Ilse.docx", G.docx([
        ("b", "Kapsalon Knipkunst"), ("h", "Evaluatie na een jaar ziekte"),
        ("p", f"Ilse de Haan, BSN {BSN_C} · gesprek op 19 augustus 2025 met Rianne Verwoerd en Dirk Molenkamp (casemanager)"),
        ("h2", "Hoe ging het eerste ziektejaar"), ("p", "Ilse werkt 16 uur aan de balie en in de webshop. Knippen is volgens de bedrijfsarts en de arbeidsdeskundige (juli 2025) blijvend niet meer mogelijk."),
        ("h2", "Wat willen we in het tweede jaar bereiken"), ("p", "Spoor 1: balie en webshop 16 uur blijven. Spoor 2: werk elders voor de overige 12 uur, via re-integratiebureau Werkbrug."),
        ("h2", "Visie werkgever en werknemer"), ("p", "Rianne: we houden Ilse graag, meer baliewerk hebben we niet. Ilse: ik wil een nieuw vak leren, misschien in de verkoop van haarproducten."),
        ("p", "Getekend door beiden op 19-08-2025")], author="Rianne Verwoerd", when=D(2025, 8, 19)),
        "eerstejaarsevaluatie", D(2025, 8, 19), C, "python-docx kept as .docx", "everyday title Evaluatie na een jaar ziekte")

    orig = f"""Beste Rianne,

Hierbij het trajectplan voor Ilse de Haan (BSN {BSN_C}), opgesteld na de intake van 30 september 2025.

Persoonsprofiel: ervaren kapper, sterk in klantcontact en advies, digitaal vaardig (webshop).
Zoekprofiel: verkoop- of adviesfunctie in retail of groothandel in haar- en huidverzorging, 12 uur, zonder repeterend handwerk.
Activiteiten: oktober arbeidsmarktoriëntatie en 5 netwerkgesprekken; vanaf november 3 sollicitaties per maand; maandelijkse voortgangsrapportage.
Duur: tot uiterlijk juni 2026.

Met vriendelijke groet,
Femke Rozendaal
re-integratieconsulent Werkbrug"""
    add(p + "mail/RE trajectplan Ilse.eml", G.eml(
        OWN_C, "Femke Rozendaal <femke@werkbrug.example>", "RE: trajectplan Ilse", T(2025, 10, 1, 8, 14),
        "Ziet er goed uit, akkoord!\nRianne\n" +
        G.quote_nl("Femke Rozendaal <femke@werkbrug.example>", "dinsdag 30 september 2025 16:55", OWN_C, "trajectplan Ilse", orig, cc=ILSE),
        cte="quoted-printable", mailer="Microsoft Outlook for Android", key="c8"), "trajectplan_tweede_spoor", D(2025, 9, 30), C,
        "Outlook reply chain quoted-printable", "one-line reply with the trajectplan quoted below- labelled with the quoted date")

    add(p + "mail/FW rapportage Werkbrug.eml", G.eml(
        OWN_C, CM_C, "FW: rapportage Werkbrug", T(2025, 12, 19, 9, 40),
        "Dirk, zie bijlage.\nRianne",
        cte="quoted-printable", key="c10"), "", None, C, "Outlook e-mail plain",
        "covering mail that only says zie bijlage- the attachment was saved next to it")
    lo(p + "mail/Voortgangsrapportage 2 - I. de Haan.pdf", [
        ("b", "Werkbrug re-integratie"), ("h", "Voortgangsrapportage 2"),
        ("p", f"Kandidaat: {NC} · BSN {BSN_C} · periode 1 november t/m 15 december 2025 · datum rapportage 18 december 2025"),
        ("h2", "Activiteiten"), ("p", "6 sollicitaties (drogisterij, groothandel haarproducten, parfumerie), 2 sollicitatiegesprekken, 4 netwerkgesprekken. Gesprek bij groothandel Lokken Beauty loopt."),
        ("h2", "Inzet werknemer"), ("p", "Goed; Ilse komt alle afspraken na."),
        ("h2", "Vervolg"), ("p", "Proefplaatsing bij Lokken Beauty in januari onderzoeken."), ("p", "Femke Rozendaal")],
       "Femke Rozendaal", D(2025, 12, 18), "voortgangsrapportage_tweede_spoor", C, "saved next to the zie-bijlage mail")

    add(p + "ArboHorizon - Actueel oordeel.pdf", G.normalise_pdf(portal_c("Actueel oordeel", f"""
<h3>Stand van zaken</h3><p>Werkneemster werkt 16 uur in aangepast werk (balie, webshop). Tweede spoor loopt bij Werkbrug; proefplaatsing in een groothandel.</p>
<h3>Belastbaarheid</h3><p>Blijvend beperkt voor repeterende handbewegingen rechts en werk boven schouderhoogte; tot 28 uur per week in licht werk.</p>
<h3>Arbeidsrelatie</h3><p>Goed.</p><h3>Passende arbeid bij de werkgever</h3><p>Het aangepaste werk van 16 uur is passend; meer passend werk is er niet.</p>
<p>Ten behoeve van de WIA-aanvraag. A.W. Terpstra, bedrijfsarts</p>""", "12-05-2026"), D(2026, 5, 12), "Qt 4.8.7"),
        "actueel_oordeel", D(2026, 5, 12), C, "wkhtmltopdf portal print", "standard title")

    add(p + "mail/Medische informatie I. de Haan - vertrouwelijk.eml", G.eml(
        "Secretariaat ArboHorizon <secretariaat@arbohorizon.example>", OWN_C, "Medische informatie I. de Haan - vertrouwelijk",
        T(2026, 5, 13, 11, 25), html_mail([
            "MEDISCH GEHEIM - alleen bestemd voor de verzekeringsarts van UWV",
            f"Medische informatie bij het re-integratieverslag · {NC} · BSN {BSN_C} · 12 mei 2026",
            "Diagnose: chronische laterale epicondylitis rechts en subacromiaal pijnsyndroom rechtsschouder; verdenking CRPS-achtige klachten.",
            "Behandeling: fysiotherapie sinds oktober 2024, twee corticosteroïdinjecties (orthopeed, januari 2025), pijnpoli sinds maart 2025, medicatie amitriptyline 10 mg.",
            "Beloop en prognose: geen herstel in twee jaar; beperkingen blijvend.",
            "A.W. Terpstra, bedrijfsarts"]),
        html=True, cte="quoted-printable", key="c12"), "medische_informatie", D(2026, 5, 12), C, "Outlook e-mail HTML-only",
        "medical information mailed to the salon owner by mistake (DOMAIN 5.1 and 5.3)- must never be in the employer's folder")

    ev = G.render_page([
        "# Eindevaluatie", "Kapsalon Knipkunst · Torenstraat 5 · Lingewaard-Oost", "",
        f"Werknemer: {NC}    BSN: {BSN_C}", "Datum: 26 mei 2026", "",
        "# Aard van het bedrijf", "Kapsalon met 7 medewerkers, dames- en herenkapper, verkoop van haarproducten en webshop.", "",
        "# Terugblik", "Aangepast werk aan balie en webshop sinds oktober 2024, nu 16 uur. Tweede spoor via Werkbrug sinds september 2025; proefplaatsing bij groothandel Lokken Beauty sinds februari 2026.", "",
        "# Arbeidsrelatie", "Goed.", "", "# Passende arbeid", "Niet meer dan 16 uur baliewerk.", "",
        "Handtekening werkgever                         Handtekening werknemer"],
        seed=71, hand=[(10, "+ Lokken Beauty biedt contract 12 uur per 1 juli!"), (16, "R. Verwoerd                 I. de Haan")])
    add(p + "scan_20260527.pdf", G.scan_pdf([ev], D(2026, 5, 26)), "eindevaluatie", D(2026, 5, 26), C,
        "image-only copier scan with handwriting", "handwritten addition- file name carries the scan date (27 May) not the document date")

    add(p + "mail/RE re-integratieverslag.eml", G.eml(
        ILSE, f"{OWN_C}, {CM_C}", "RE: re-integratieverslag", T(2026, 6, 2, 21, 3),
        f"""Hoi Rianne en Dirk,

Hierbij mijn oordeel over het re-integratieverslag, dat jullie mij 28 mei stuurden.

Ik ben het grotendeels eens. Wel vind ik dat de arbeidsdeskundige eerder had moeten komen, pas in juli 2025. En ik ben het niet eens met de zin dat ik 'zelf voor fysiotherapie heb gekozen': dat was het advies van de bedrijfsarts.
Verder klopt alles en ben ik blij met de kans bij Lokken Beauty.

Ilse de Haan
BSN {BSN_C}
2 juni 2026
""" + G.quote_nl(OWN_C, "donderdag 28 mei 2026 10:12", ILSE, "re-integratieverslag",
                  "Hoi Ilse, hierbij alle stukken van het re-integratieverslag. Wil je je mening geven? Groet Rianne", cc=CM_C),
        cte="quoted-printable", key="c13"), "oordeel_werknemer", D(2026, 6, 2), C, "Outlook reply chain",
        "employee's view is the NEW top message of a reply chain")

    add(p + "mail/vrij in de zomer.eml", G.eml(
        ILSE, OWN_C, "vrij in de zomer", T(2025, 4, 10, 12, 33),
        "Hoi Rianne, mag ik 28 juli t/m 8 augustus vrij? Dan gaan we naar Frankrijk. Groetjes Ilse",
        cte="quoted-printable", mailer="Microsoft Outlook for iOS", key="c15"), "", None, C, "Outlook e-mail plain", "non-RIV leave request")


# ======================================================================= case D: bicycle shop
DD = "D"
CD = "Rijwielhuis Dekker - M. Veenstra"
BSN_D = G.make_bsn(2404)
ND = "Martijn Veenstra"
ELLEN = "Ellen Dekker-Smit <administratie@rijwielhuisdekker.example>"
MART = "Martijn Veenstra <martijnv@ziggo-mail.example>"


def case_d() -> None:
    p = CD + "/"
    pa = G.render_page([
        "# Arbo Eemzicht", "Spoorlaan 9 · Eemhoven", "", "Aan: Rijwielhuis Dekker, t.a.v. mevrouw E. Dekker-Smit", "Datum: 18 juli 2023", "",
        f"Betreft: de heer M. Veenstra, BSN {BSN_D}, fietstechnicus", "",
        "# Probleemanalyse",
        "De heer Veenstra is sinds 12 juni 2023 arbeidsongeschikt na een ongeval buiten het werk. Er is sprake van dreigend langdurig verzuim.",
        "Beperkingen: geen knijp- en draaibewegingen met de linkerhand, niet tillen met links. Mogelijkheden: eenhandig werk, klantcontact in de winkel, kassa, telefoon, 4 uur per dag.",
        "Prognose: herstel in het eigen werk binnen 4 tot 6 maanden is mogelijk maar niet zeker.",
        "Advies: start direct met winkelwerk; maak binnen twee weken een plan van aanpak; vervolgspreekuur over 4 weken.", "",
        "Met vriendelijke groet,", "G. Hazelhoff, bedrijfsarts (BIG 79011223301)"],
        seed=81, fax="18-07-2023 15:21  FROM: ARBO EEMZICHT  +31 33 0000000  TO: RIJWIELHUIS DEKKER  P. 1/1")
    add(p + "fax probleemanalyse.pdf", G.scan_pdf([pa], D(2023, 7, 18)), "probleemanalyse", D(2023, 7, 18), DD,
        "image-only fax scan with fax header line", "fax header line- the fax date equals the PA date")

    add(p + "mail/Wat we hebben afgesproken.eml", G.eml(
        ELLEN, MART, "Wat we hebben afgesproken", T(2023, 7, 27, 16, 48),
        f"""Beste Martijn,

Zoals beloofd de afspraken van vanmiddag, met Jeroen en mij.

Doel: over een paar maanden weer volledig aan het werk in de werkplaats.
1. Vanaf 31 juli werk je in de winkel: verkoop, kassa, telefoon, 4 uur per dag, ma t/m vr.
2. Geen reparaties in de werkplaats tot de bedrijfsarts dat goed vindt; wel mag je uitleg geven aan Koen.
3. Je gaat naar de handtherapeut; dat regel je zelf.
4. Om de zes weken praten we met z'n drieën hoe het gaat. Eerste keer 7 september.
5. Ik (Ellen) ben de contactpersoon voor alles rond je verzuim en houd contact met Arbo Eemzicht.

Wij vinden: liever rustig opbouwen dan terugvallen. Jij zei: ik wil zo snel mogelijk weer sleutelen.

Naam: Martijn Veenstra, BSN {BSN_D}, fietstechnicus 40 uur.
Graag even 'akkoord' terugmailen.

Groet,
Ellen Dekker-Smit
Rijwielhuis Dekker, Stationsweg 44, Eemhoven""", cte="quoted-printable", key="d2"), "plan_van_aanpak", D(2023, 7, 27), DD,
        "Outlook e-mail plain quoted-printable", "plan in everyday words- subject Wat we hebben afgesproken")

    orig = f"""Hallo Ellen,

Verslag van het overleg op 7 september in de winkel (Martijn, Jeroen, Ellen, en ik als casemanager namens de verzekeraar).

- Martijn werkt 4 uur per dag in de winkel. Gaat goed, klanten zijn blij met hem.
- Werkplaats: nog steeds niet; handtherapie loopt.
- Bedrijfsarts zag hem 29 augustus; advies ongewijzigd.
- Afspraken nagekomen: ja.
- Nieuw: vanaf 18 september 5 uur per dag.

BSN {BSN_D}

Met vriendelijke groet,
Wouter Kremer
casemanager VerzuimZeker"""
    add(p + "mail/Fwd Verslag overleg 7 september.eml", G.eml(
        ELLEN, MART, "Fwd: Verslag overleg 7 september", T(2023, 9, 11, 8, 5),
        "Martijn, ter info het verslag van Wouter.\nEllen\n\n-----Oorspronkelijk bericht-----" +
        G.quote_nl("Wouter Kremer <w.kremer@verzuimzeker.example>", "donderdag 7 september 2023 17:20", ELLEN, "Verslag overleg 7 september", orig),
        cte="base64", key="d3"), "tussentijdse_evaluatie", D(2023, 9, 7), DD, "Outlook forward base64",
        "minutes quoted inside a forward- labelled with the quoted date")

    add(p + "Plan van aanpak bijgesteld.docx", G.docx([
        ("h", "Bijstelling plan van aanpak"),
        ("t", [["Werknemer", ND], ["BSN", BSN_D], ["Werkgever", "Rijwielhuis Dekker V.O.F."], ["Datum", "24 oktober 2023"], ["Casemanager", "W. Kremer (VerzuimZeker)"]]),
        ("h2", "Waarom bijstellen"), ("p", "Het herstel van de linkerhand gaat langzamer dan gedacht. Volgens de bedrijfsarts (17 oktober) is werkplaatswerk voorlopig niet mogelijk."),
        ("h2", "Nieuw doel"), ("p", "Voorlopig structureel werk in de winkel en de e-bike-diagnose aan de computer (eenhandig), opbouw naar 32 uur."),
        ("h2", "Afspraken"), ("l", "winkel + diagnosecomputer 6 uur per dag vanaf 1 november"), ("l", "evaluatie elke zes weken"),
        ("h2", "Visie"), ("p", "Werkgever: we zoeken een vaste plek in de winkel. Werknemer: eens, al mis ik het sleutelen."),
        ("p", "Getekend: J. Dekker (eigenaar), M. Veenstra")], author="Ellen Dekker-Smit", when=D(2023, 10, 24)),
        "bijstelling_plan_van_aanpak", D(2023, 10, 24), DD, "python-docx kept as .docx", "standard title")

    lo(p + "Arbeidsdeskundig rapport M. Veenstra.pdf", [
        ("b", "Arbeidsdeskundig bureau Kroonenberg"), ("h", "Rapport arbeidsdeskundig onderzoek"),
        ("t", [["Werknemer", ND], ["BSN", BSN_D], ["Werkgever", "Rijwielhuis Dekker V.O.F., 12 medewerkers"], ["Datum", "14 mei 2024"]]),
        ("h2", "Functiebelasting"), ("p", "Fietstechnicus: repareren en onderhouden van fietsen en e-bikes, veel knijp- en draaibewegingen met beide handen, tillen tot 25 kg."),
        ("h2", "Belastbaarheid"), ("p", "Volgens de bedrijfsarts blijvend beperkt in fijne motoriek en kracht van de linkerhand."),
        ("h2", "Conclusie"), ("p", "Het eigen werk is niet passend. Winkelwerk en e-bike-diagnose (32 uur) zijn passend en structureel beschikbaar. Spoor 2 is niet nodig zolang dit werk blijft. Loonwaarde 90%."),
        ("p", "P. Kroonenberg, register-arbeidsdeskundige")], "P. Kroonenberg", D(2024, 5, 14), "arbeidsdeskundig_rapport", DD,
       "AD report advising no second track")

    lo(p + "document.pdf", [
        ("b", "Rijwielhuis Dekker"), ("h", "Eerstejaarsevaluatie"),
        ("p", f"Werknemer: {ND}, BSN {BSN_D} · datum gesprek 28 mei 2024 · aanwezig Martijn Veenstra, Jeroen Dekker, Ellen Dekker-Smit, Wouter Kremer"),
        ("h2", "Terugblik op het eerste ziektejaar"), ("p", "Martijn werkt 32 uur in de winkel en aan de diagnosecomputer. Werkplaatswerk is blijvend niet mogelijk (AD-rapport 14 mei)."),
        ("h2", "Re-integratieresultaat tweede jaar"), ("p", "Het aangepaste werk van 32 uur wordt een nieuwe vaste functie 'verkoper / e-bike-specialist'. Geen spoor 2 nodig. Opbouw naar 36 uur onderzoeken."),
        ("h2", "Visie werkgever"), ("p", "Blij dat Martijn blijft; hij is onmisbaar in de winkel."), ("h2", "Visie werknemer"), ("p", "Ik ben tevreden met de nieuwe functie."),
        ("p", "Handtekeningen: J. Dekker    M. Veenstra")], "Ellen Dekker-Smit", D(2024, 5, 28), "eerstejaarsevaluatie", DD,
       "misleading name document.pdf")

    add(p + "mail/update oktober.eml", G.eml(
        "Wouter Kremer <w.kremer@verzuimzeker.example>", ELLEN, "update oktober", T(2024, 10, 15, 10, 30),
        f"""Hallo Ellen,

Zoals gevraagd door de bedrijfsarts heeft Martijn toch een kort traject bij Fietsroute Loopbaan gedaan om ook buiten jullie zaak te kijken (als vangnet). Hieronder de voortgangsrapportage over juli t/m september 2024 van zijn coach:

Voortgangsrapportage Fietsroute Loopbaan - M. Veenstra (BSN {BSN_D})
Periode: 1 juli - 30 september 2024
Activiteiten: 3 coachgesprekken, loopbaantest, 2 netwerkgesprekken (fietsenfabrikant, lease-bedrijf), 2 sollicitaties als servicedesk-medewerker e-bikes.
Inzet: goed.
Vervolg: omdat het werk bij Rijwielhuis Dekker structureel is, adviseren wij het traject af te ronden per november.

Groet,
Wouter""", cte="quoted-printable", key="d7"), "voortgangsrapportage_tweede_spoor", D(2024, 10, 15), DD,
        "Outlook e-mail plain", "bureau report pasted into a casemanager's mail body- labelled by the mail date")

    ao = G.render_page([
        "# Arbo Eemzicht", "", "Rijwielhuis Dekker, t.a.v. mevrouw E. Dekker-Smit, Stationsweg 44, Eemhoven", "",
        "Datum: 18 februari 2025", f"Betreft: actueel oordeel M. Veenstra, BSN {BSN_D}", "",
        "# Actueel oordeel bedrijfsarts",
        "Op 18 februari 2025 zag ik de heer Veenstra in verband met zijn WIA-aanvraag.",
        "Belastbaarheid: blijvend beperkt in fijne motoriek en kracht van de linkerhand; verder geen beperkingen.",
        "Stand van zaken: hij werkt 32 uur als verkoper / e-bike-specialist.",
        "Arbeidsrelatie: goed.", "Passende arbeid bij de werkgever: de huidige functie van 32 uur is passend.", "",
        "G. Hazelhoff, bedrijfsarts"], seed=91, stamp="ONTVANGEN 21 FEB 2025", serif=True)
    add(p + "scan0012.pdf", G.scan_pdf([ao], D(2025, 2, 18)), "actueel_oordeel", D(2025, 2, 18), DD,
        "image-only copier scan with received stamp", "received stamp 3 days after the AO date- name says nothing")

    mi = G.render_page([
        "MEDISCH GEHEIM", "# Medische informatie", "Arbo Eemzicht · t.b.v. de verzekeringsarts UWV", "",
        f"Naam: M. Veenstra    BSN: {BSN_D}    Datum: 18 februari 2025", "",
        "Diagnose: distale radiusfractuur links (juni 2023), operatief behandeld met plaatosteosynthese; aansluitend complex regionaal pijnsyndroom (CRPS-I).",
        "Behandeling: handtherapie, pijnpoli, medicatie pregabaline; reoperatie (plaatverwijdering) maart 2024.",
        "Specialisten: traumachirurg en revalidatiearts Ziekenhuis Eemhoven.", "Prognose: restklachten blijvend."],
        seed=92, stamp="ONTVANGEN 21 FEB 2025")
    add(p + "scan0013.pdf", G.scan_pdf([mi], D(2025, 2, 18)), "medische_informatie", D(2025, 2, 18), DD,
        "image-only copier scan with received stamp",
        "the bedrijfsarts's medical information scanned into the employer's folder (DOMAIN 5.1- 5.3 blocker)")

    add(p + "mail/eindevaluatie Martijn.eml", G.eml(
        ELLEN, MART, "eindevaluatie Martijn", T(2025, 3, 4, 17, 30),
        f"""Beste Martijn,

Hierbij de eindevaluatie van vandaag, voor het re-integratieverslag.

Eindevaluatie - {ND} - BSN {BSN_D} - 4 maart 2025

Aard van het bedrijf: fietsenwinkel met werkplaats, verkoop en onderhoud van fietsen en e-bikes, 12 medewerkers.
Terugblik: sinds juli 2023 in de winkel, opbouw naar 32 uur; sinds juni 2024 vaste functie verkoper / e-bike-specialist. Kort vangnettraject buiten de zaak in 2024.
Arbeidsrelatie: goed.
Passende arbeid: de functie verkoper / e-bike-specialist (32 uur) is passend en blijft.

Getekend: Jeroen Dekker (eigenaar) en Martijn Veenstra.

Ellen""", cte="quoted-printable", key="d10"), "eindevaluatie", D(2025, 3, 4), DD, "Outlook e-mail plain", "eindevaluatie as mail body")

    add(p + "mail/Re eindevaluatie Martijn.eml", G.eml(
        MART, ELLEN, "Re: eindevaluatie Martijn", T(2025, 3, 10, 20, 15),
        f"""Hoi Ellen,

Mijn oordeel over het verslag: ik ben het eens met alles wat erin staat, behalve dat ik vind dat het eerste half jaar te lang heeft geduurd voordat duidelijk was dat ik niet meer in de werkplaats kon.

Martijn Veenstra, BSN {BSN_D}
""" + G.quote_nl(ELLEN, "dinsdag 4 maart 2025 17:30", MART, "eindevaluatie Martijn", "Beste Martijn, Hierbij de eindevaluatie van vandaag ... (ingekort)"),
        cte="quoted-printable", mailer="Microsoft Outlook 16.0", key="d11"), "oordeel_werknemer", D(2025, 3, 10), DD,
        "Outlook reply chain", "subject says eindevaluatie but the new top message is the employee's view")

    ls = G.render_page([
        "# UWV", "", "Rijwielhuis Dekker V.O.F.", "Stationsweg 44, Eemhoven", "",
        "Datum: 10 april 2025    Kenmerk: LS-25-550031", f"Betreft: beslissing loondoorbetaling M. Veenstra, BSN {BSN_D}", "",
        "Geachte heer Dekker,",
        "Wij hebben het re-integratieverslag beoordeeld. Uw werknemer werkt 32 uur in passend werk bij u met een loon van meer dan 65% van zijn oude loon. Dat is een bevredigend resultaat.",
        "Wij verlengen de loondoorbetalingsverplichting daarom niet. De aanvraag van uw werknemer wordt verder behandeld.",
        "", "Met vriendelijke groet,", "UWV"], seed=93, stamp="ONTVANGEN 14 APR 2025")
    add(p + "Brief UWV april.pdf", G.scan_pdf([ls], D(2025, 4, 10)), "uwv_correspondentie", D(2025, 4, 10), DD,
        "image-only copier scan with received stamp", "UWV decision not to extend pay (no loonsanctie)")

    add(p + "mail/sleutel werkplaats.eml", G.eml(
        "Jeroen Dekker <jeroen@rijwielhuisdekker.example>", MART, "sleutel werkplaats", T(2024, 1, 15, 7, 55),
        "Martijn, leg jij vanavond de sleutel van de werkplaats in de kluis? Koen opent morgen. Jeroen",
        cte="quoted-printable", mailer="Microsoft Outlook for iOS", key="d12"), "", None, DD, "Outlook e-mail plain", "non-RIV chatter")
    add(p + "mail/Fwd loonstrook juni.eml", G.eml(
        ELLEN, MART, "Fwd: loonstrook juni", T(2024, 7, 1, 9, 0),
        "Hoi Martijn, hierbij je loonstrook van juni; de doorbetaling bij ziekte is in het tweede jaar 70%, je gewerkte uren worden volledig betaald.\nEllen\n\n-----Oorspronkelijk bericht-----" +
        G.quote_nl("Loonadministratie <loon@boekhoudburo-eem.example>", "vrijdag 28 juni 2024 16:00", ELLEN, "loonstrook juni",
                   "Loonstrook juni 2024 - M. Veenstra\nBruto loon 2.980,00\nUren gewerkt 136, uren ziek 24\nNetto 2.311,45"),
        cte="quoted-printable", key="d13"), "", None, DD, "Outlook forward", "non-RIV payslip that mentions sickness pay")


YAML_C = f"""# dossier.yaml - case facts entered by the bureau
werknemer: {{naam: "I. de Haan", bsn: "{BSN_C}", functie: "Kapper / stylist"}}
werkgever: {{naam: "Kapsalon Knipkunst", loonheffingennummer: "889044112L01", aard_van_het_bedrijf: "Kapsalon met webshop, 7 medewerkers"}}
bedrijfsarts: {{naam: "A.W. Terpstra", organisatie: "ArboHorizon"}}
casemanager: {{naam: "D. Molenkamp (Verzuimpunt Lingewaard)"}}
eerste_ziektedag: 2024-09-02
aanvraag_wia: 2026-06-08
"""


def main() -> None:
    bsns = [BSN_A, BSN_B, BSN_C, BSN_D]
    assert all(G.elfproef(b) for b in bsns) and len(set(bsns)) == 4
    case_a()
    case_b()
    case_c()
    case_d()
    pdfs = G.libreoffice({k: v[1] for k, v in LO.items()})
    for k, (path, _, when) in LO.items():
        OUT[path] = G.normalise_pdf(pdfs[k], when)
    if FILES.exists():
        shutil.rmtree(FILES)
    for path, data in sorted(OUT.items()):
        f = FILES / path
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_bytes(data)
    (FILES / CC / "dossier.yaml").write_text(YAML_C, encoding="utf-8")
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["path", "type", "date", "split", "note"])
        for path, typ, date, note in sorted(ROWS):
            w.writerow([path, typ, date, "holdout", note])
    # checks
    on_disk = {p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file() and p.name != "dossier.yaml"}
    labelled = {r[0].split("::")[0] for r in ROWS}
    assert on_disk == labelled, on_disk ^ labelled
    assert len({r[0] for r in ROWS}) == len(ROWS)
    for case in (CA, CB, CC, CD):
        assert any(x.is_file() for x in (FILES / case).iterdir())
    for path, typ, date, note in ROWS:
        assert len(note.split(";")) == 3, note
    # no foreign BSN in any case's text files
    for case, own in zip((CA, CB, CC, CD), bsns):
        for f in (FILES / case).rglob("*"):
            if f.suffix in (".eml", ".txt", ".yaml"):
                raw = f.read_bytes().decode("utf-8", "replace")
                for other in bsns:
                    if other != own:
                        assert other not in raw, (f, other)
    print(f"{len(ROWS)} rows, {len(on_disk)} files")


if __name__ == "__main__":
    main()
