"""Generate tests/corpus19: an untouched holdout, a realistic mix of four dossiers from unknown employers.

Run: .venv/bin/python tests/corpus19/make_corpus19.py   (deletes and rewrites files/ and labels.csv)
All people, firms, addresses, numbers and domains are invented. Deterministic: fixed seeds, no clock reads.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import c19lib as L  # noqa: E402
from c19lib import dmy, nl, stampdate, wd  # noqa: E402

FILES = HERE / "files"
ROWS: list[dict[str, str]] = []
SOFFICE: list = []


def label(path: str, typ: str, date: dt.date | None, case: str, producer: str, trap: str) -> None:
    trap = trap.replace("; ", " - ")
    for part in (case, producer, trap):
        assert ";" not in part and "\n" not in part, part
    assert typ == "" or date is not None, path
    assert typ != "" or date is None, path
    ROWS.append({"path": path, "type": typ, "date": date.isoformat() if date else "", "split": "holdout",
                 "note": f"{case};{producer};{trap}"})


def out(case_dir: str, name: str) -> Path:
    p = FILES / case_dir / name
    p.parent.mkdir(parents=True, exist_ok=True)
    return p


def docx_keep(case_dir, name, spec, d, author, **kw):
    out(case_dir, name).write_bytes(L.build_docx(spec, d, author, **kw))


def docx_pdf(case_dir, name, spec, d, author, **kw):
    SOFFICE.append((L.build_docx(spec, d, author, **kw), "docx", out(case_dir, name), d, "Writer"))


def txt(case_dir, name, text, enc="utf-8"):
    out(case_dir, name).write_bytes(text.replace("\n", "\r\n").encode(enc))


def eml(case_dir, name, **kw):
    out(case_dir, name).write_bytes(L.make_eml(**kw))


def at(d: dt.date, h: int, m: int) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, h, m)


def html_page(body: str, css: str = "") -> str:
    return ("<!DOCTYPE html><html lang='nl'><head><meta charset='utf-8'><style>"
            "body{font-family:'DejaVu Sans',sans-serif;font-size:10.5pt;margin:0 8px;color:#222}"
            "h1{font-size:15pt}h2{font-size:12pt;margin-top:14px}table{border-collapse:collapse;width:100%}"
            "td,th{border:1px solid #bbb;padding:3px 6px;text-align:left;vertical-align:top}"
            ".band{padding:8px 10px;color:#fff}.meta{color:#555;font-size:9pt}.pb{page-break-before:always}"
            + css + "</style></head><body>" + body + "</body></html>")


# =====================================================================================================
# Case A: veterinary clinic
# =====================================================================================================

def case_a() -> None:
    C = "Dierenkliniek Vennebroek - Hoekstra S"
    tag = "A-dierenkliniek"
    rng = random.Random(1901)
    bsn = L.make_bsn(rng)
    assert L.elfproef(bsn)
    D0 = dt.date(2024, 3, 11)
    pa, pva, te, bpa, bpva = wd(D0, 31), wd(D0, 44), wd(D0, 93), wd(D0, 128), wd(D0, 134)
    mi, zm, izp, eje, ao, ev, ow = wd(D0, 190), wd(D0, 291), wd(D0, 330), wd(D0, 345), wd(D0, 611), \
        wd(D0, 625), wd(D0, 631)
    wn = "Saskia Hoekstra"
    ba = "drs. H.J. van Leeuwaarden, bedrijfsarts (BIG 49021837701)"
    pm = "Marloes Tjoelker"
    band = ("<div class='band' style='background:#2b6f5e'><b>ArboNova Verzuimplein</b> &nbsp; "
            "Dossier 24-0311 &middot; Dierenkliniek Vennebroek B.V.</div>")
    head = (f"<table><tr><th>Werknemer</th><td>{wn}, geb. 14-08-1991</td><th>BSN</th><td>{bsn}</td></tr>"
            f"<tr><th>Functie</th><td>Dierenartsassistente, 32 uur</td><th>Eerste ziektedag</th><td>{dmy(D0)}</td>"
            "</tr><tr><th>Werkgever</th><td>Dierenkliniek Vennebroek B.V., Kerkpad 14, 7461 KX Oosterlaar</td>"
            "<th>Bedrijfsarts</th><td>H.J. van Leeuwaarden</td></tr></table>")
    # 1. combined portal export: PA, vervolgadvies, AO
    sp = wd(D0, 29)
    body = (band + "<h1>Probleemanalyse</h1>" + head +
            f"<p class='meta'>Spreekuur {dmy(sp)} &middot; vastgelegd {dmy(pa)}</p>"
            "<h2>Beloop en huidige situatie</h2><p>Mevrouw is uitgevallen met klachten van de rechterschouder "
            "na het tillen van een patiënt op de behandeltafel. Zij is onder behandeling en het herstel verloopt "
            "langzaam. Er is sprake van dreigend langdurig verzuim.</p>"
            "<h2>Beperkingen en mogelijkheden</h2><ul><li>niet tillen boven 5 kg, geen dieren fixeren</li>"
            "<li>geen werk boven schouderhoogte</li><li>wel: baliewerk, telefoon, agenda, voorraadbeheer, "
            "2 x 3 uur per dag</li></ul><h2>Prognose</h2><p>Gedeeltelijke terugkeer in eigen werk binnen drie "
            "tot zes maanden is reëel. Volledige terugkeer in de behandelkamer is onzeker.</p>"
            "<h2>Advies aan werkgever en werknemer</h2><p>Start met aangepast werk aan de balie. Stel samen "
            "binnen twee weken een plan van aanpak op. Ik zie mevrouw over vier weken terug.</p>"
            f"<p>{ba}<br>ArboNova, vestiging Oosterlaar, {nl(pa)}</p>"
            "<div class='pb'></div>" + band + "<h1>Vervolgconsult - advies aan werkgever</h1>" + head +
            f"<p class='meta'>Spreekuur {dmy(wd(D0, 126))} &middot; vastgelegd {dmy(bpa)}</p>"
            "<h2>Gewijzigde belastbaarheid</h2><p>Het beeld is veranderd ten opzichte van mijn advies van "
            f"{nl(pa)}. De verwachte opbouw in de behandelkamer blijft uit; ook licht fixeren lukt niet. Ik stel "
            "mijn eerdere analyse bij: eigen werk als assistente in de behandelkamer is voorlopig niet haalbaar. "
            "Baliewerk en laboratoriumwerk zonder tillen zijn wel mogelijk, opbouw naar 4 x 5 uur.</p>"
            "<h2>Advies</h2><p>Pas het plan van aanpak aan. Richt de re-integratie op een combinatie van balie "
            "en lab. Volgend spreekuur over zes weken.</p>"
            f"<p>{ba}<br>{nl(bpa)}</p>"
            "<div class='pb'></div>" + band + "<h1>Actueel oordeel</h1>" + head +
            f"<p class='meta'>Spreekuur {dmy(wd(D0, 608))} &middot; vastgelegd {dmy(ao)}</p>"
            "<h2>Verloop van de arbeidsongeschiktheid</h2><p>Na een wisselend eerste jaar is er sinds het voorjaar "
            "een stabiel niveau van 24 uur per week in aangepast werk.</p><h2>Functionele mogelijkheden</h2>"
            "<p>Zie de FML van februari 2025, die nog actueel is. Beperkt voor tillen, fixeren en reiken boven "
            "schouderhoogte.</p><h2>Arbeidsrelatie</h2><p>Goed; geen belemmeringen in de samenwerking.</p>"
            "<h2>Passende arbeid bij de werkgever</h2><p>Het huidige werk (balie, lab, voorraad, 24 uur) is "
            "passend. Uitbreiding boven 24 uur verwacht ik niet. De medische gegevens gaan rechtstreeks naar de "
            "verzekeringsarts van UWV.</p>"
            f"<p>{ba}<br>{nl(ao)}</p>")
    name = "Export ArboNova dossier 24-0311 (alle documenten).pdf"
    L.wk_pdf(out(C, name), html_page(body), wd(ao, 5),
             footer=f"ArboNova Verzuimplein - export {dmy(wd(ao, 5))}")
    label(f"{C}/{name}", "probleemanalyse", pa, tag, "wkhtmltopdf portal export",
          "combined export of 3 documents (PA then vervolgadvies then AO) labelled by its FIRST document the PA - "
          "export date in footer")
    # 2. PvA docx
    spec = [("h", "Plan van aanpak"),
            ("t", [["Werknemer", wn], ["Functie", "Dierenartsassistente (32 uur)"], ["Eerste ziektedag", dmy(D0)],
                   ["Datum probleemanalyse", dmy(pa)], ["Casemanager", f"{pm}, praktijkmanager"]]),
            ("h2", "Doel"), ("p", "Terugkeer in het eigen werk, eerst aan de balie, daarna stap voor stap weer in "
                                  "de behandelkamer als de schouder dat toelaat."),
            ("h2", "Activiteiten en termijnen"),
            ("b", "week 7-10: baliewerk en telefoon, 2 x 3 uur per week"),
            ("b", "week 11-14: 3 x 4 uur, ook voorraad en bestellingen"),
            ("b", "fysiotherapie in eigen tijd, ArboNova-spreekuur iedere vier weken"),
            ("h2", "Evaluatie"), ("p", "Wij evalueren iedere zes weken, de eerste keer in juni. Eerstejaarsevaluatie "
                                       "rond week 50."),
            ("h2", "Visie werkgever"), ("p", "Wij willen Saskia graag houden en passen het rooster aan."),
            ("h2", "Visie werknemer"), ("p", "Ik wil zo snel mogelijk terug, maar niet te snel tillen."),
            ("p", f"Oosterlaar, {nl(pva)}"),
            ("t", [["Werkgever: M. Tjoelker", "Werknemer: S. Hoekstra"], ["(getekend)", "(getekend)"]])]
    docx_keep(C, "Plan van aanpak Saskia.docx", spec, pva, pm)
    label(f"{C}/Plan van aanpak Saskia.docx", "plan_van_aanpak", pva, tag, "python-docx kept as docx",
          "standard title")
    # 3. TE e-mail body
    body = (f"Hoi Saskia,\n\nFijn dat we dinsdag even rustig konden praten. Hieronder kort wat we hebben "
            f"besproken, zodat we het allebei op papier hebben.\n\n"
            f"- Je werkt nu 3 x 4 uur aan de balie en dat gaat goed. De telefoon en de agenda doe je zelfstandig.\n"
            f"- Tillen gaat nog niet. In de behandelkamer helpt Ilona of Bart.\n"
            f"- Het plan van {nl(pva)} loopt zoals afgesproken, we veranderen nu nog niets.\n"
            f"- Over zes weken praten we weer, na je volgende afspraak bij ArboNova.\n\n"
            f"Klopt dit zo? Laat het me weten als je iets anders hebt onthouden.\n\nGroet,\nMarloes\n\n"
            f"Marloes Tjoelker | praktijkmanager\nDierenkliniek Vennebroek | Kerkpad 14 | Oosterlaar\n")
    htm = "<html><body style='font-family:Calibri'>" + body.replace("\n", "<br>") + "</body></html>"
    eml(C, "mail/Even op een rij na ons gesprek.eml", sender="Marloes Tjoelker <m.tjoelker@dierenkliniekvennebroek.example>",
        to="Saskia Hoekstra <saskia.hoekstra@ziggomail.example>", subject="Even op een rij na ons gesprek",
        when=at(wd(te, 1), 16, 48), body=body, html=htm, msgid="a3te.7781@dierenkliniekvennebroek.example")
    label(f"{C}/mail/Even op een rij na ons gesprek.eml", "tussentijdse_evaluatie", te, tag,
          "Outlook eml body html+plain", "no title everyday words - sent a day after the meeting of the date")
    # 4. bijstelling PA: portal print
    body = (band + "<h1>Vervolgconsult - advies aan werkgever</h1>" + head +
            f"<p class='meta'>Spreekuur {dmy(wd(D0, 126))} &middot; vastgelegd {dmy(bpa)} &middot; afgedrukt "
            f"{dmy(wd(bpa, 2))}</p><h2>Gewijzigde belastbaarheid</h2><p>Het beeld is veranderd ten opzichte van "
            f"mijn advies van {nl(pa)}. De verwachte opbouw in de behandelkamer blijft uit; ook licht fixeren "
            "lukt niet. Ik stel mijn eerdere analyse bij: eigen werk als assistente in de behandelkamer is "
            "voorlopig niet haalbaar. Baliewerk en laboratoriumwerk zonder tillen zijn wel mogelijk, opbouw naar "
            "4 x 5 uur.</p><h2>Advies</h2><p>Pas het plan van aanpak aan. Richt de re-integratie op een combinatie "
            f"van balie en lab. Volgend spreekuur over zes weken.</p><p>{ba}<br>{nl(bpa)}</p>")
    name = "ArboNova_vervolgadvies_24-0311.pdf"
    L.wk_pdf(out(C, name), html_page(body), wd(bpa, 2), footer=f"Afgedrukt {dmy(wd(bpa, 2))}")
    label(f"{C}/{name}", "bijstelling_probleemanalyse", bpa, tag, "wkhtmltopdf portal print",
          "title Vervolgconsult without the word bijstelling - print date and spreekuur date beside the date; "
          "same text is page 2 of the combined export")
    # 5. bijstelling PvA docx
    spec = [("p", f"Oosterlaar, {nl(bpva)}"), ("h2", "Nieuwe afspraken met Saskia (we passen het plan aan)"),
            ("p", f"Na het advies van de bedrijfsarts van {nl(bpa)} gaan we niet meer uit van terugkeer in de "
                  "behandelkamer op korte termijn. Daarom spreken we het volgende af:"),
            ("b", "Saskia werkt vanaf augustus 4 x 5 uur: balie, laboratorium (bloed en urine), voorraad."),
            ("b", "Geen dieren tillen of vasthouden, ook niet even."),
            ("b", "We kijken of een cursus laboratoriumtechniek haalbaar is (kosten voor de kliniek)."),
            ("b", "Evaluatie: in september en daarna iedere zes weken. Marloes blijft casemanager."),
            ("p", "Saskia: 'Ik vind het jammer van de behandelkamer, maar dit voelt als een goede stap.'"),
            ("p", "Marloes Tjoelker                                  Saskia Hoekstra")]
    docx_keep(C, "afspraken vanaf augustus.docx", spec, bpva, pm)
    label(f"{C}/afspraken vanaf augustus.docx", "bijstelling_plan_van_aanpak", bpva, tag,
          "python-docx kept as docx", "everyday heading - no standard title - quotes the PA-bijstelling date")
    # 6. medical: forwarded orthopaedic letter (covering mail + image-only attachment)
    pg = L.render_page([
        "Streekziekenhuis De Marke - Polikliniek Orthopedie", "Postbus 3190, 7460 AD Oosterlaar", "",
        f"Oosterlaar, {nl(mi)}", "", "Aan: huisarts J.R. Kloosterman, Oosterlaar", "",
        f"Betreft: mw. S. Hoekstra, geb. 14-08-1991, BSN {bsn}", "",
        "Geachte collega,", "",
        "Uw patiënte zag ik terug op de polikliniek. Diagnose: partiële ruptuur van de supraspinatuspees rechts",
        "met secundaire bursitis subacromialis. De echo van juli bevestigt dit. De injectie met corticosteroïden",
        "gaf tijdelijk verlichting. Medicatie: naproxen 500 mg 2 dd, omeprazol 20 mg.",
        "Beleid: voortzetten fysiotherapie, geen operatie op dit moment. Controle over drie maanden.", "",
        "Met collegiale groet,", "", "dr. E. Brandsema, orthopedisch chirurg"], rng)
    att = out(C, "_tmp_ortho.pdf")
    L.save_scan_pdf(att, [L.scanify(pg, rng)], mi, "Genius Scan")
    data = att.read_bytes()
    att.unlink()
    name = "mail/Fwd brief orthopeed.eml"
    eml(C, name, sender="Saskia Hoekstra <saskia.hoekstra@ziggomail.example>",
        to="Marloes Tjoelker <m.tjoelker@dierenkliniekvennebroek.example>", subject="Fwd: brief orthopeed",
        when=at(wd(mi, 6), 21, 5), msgid="a6mi.0912@ziggomail.example",
        body="Hoi Marloes,\n\nHierbij de brief van de orthopeed, dan heb je die ook voor mijn dossier.\n\n"
             "Groetjes Saskia\n\nVerstuurd vanaf mijn iPhone\n",
        attachments=[("brief orthopeed.pdf", data, "application/pdf")])
    label(f"{C}/{name}", "", None, tag, "Outlook eml covering mail", "covering mail only carries the attachment")
    label(f"{C}/{name}::brief orthopeed.pdf", "medische_informatie", mi, tag, "Pillow image-only scan in mail",
          "specialist letter with diagnosis and medication that the employer must not hold (DOMAIN privacy) "
          "- no text layer")
    # 7. ziekmelding: photo of laptop showing UWV portal
    scr = L.portal_screen("Ziekmelding langdurig zieke werknemer - bevestiging",
                          [("Werknemer", "S. Hoekstra"), ("Burgerservicenummer", bsn),
                           ("Eerste ziektedag", dmy(D0)), ("Datum melding", dmy(zm)),
                           ("Kenmerk", "ZM-2024-5518204"), ("Status", "Ontvangen door UWV")],
                          ["Uw melding is ontvangen. U ontvangt binnen enkele weken informatie over de "
                           "eerstejaarsevaluatie.", "Bewaar deze bevestiging in het re-integratiedossier."],
                          "UWV  Werkgeversportaal", "https://werkgeversportaal.uwv.example/ziekmelding/bevestiging")
    name = "IMG_20241227_093114.jpg"
    L.save_jpeg(out(C, name), L.laptop_photo(scr, rng), quality=60)
    label(f"{C}/{name}", "ziekmelding_uwv", zm, tag, "Pillow phone photo of laptop screen",
          "photo of a portal page - only pixels - 42nd-week report confirmation")
    # 8. FML docx -> pdf
    rows = [["Rubriek", "Item", "Beoordeling"],
            ["I Persoonlijk functioneren", "concentreren, herinneren", "normaal"],
            ["II Sociaal functioneren", "klantcontact, conflicten hanteren", "normaal"],
            ["III Aanpassing aan fysieke omgevingseisen", "koude, tocht", "beperkt: geen koelcel langer dan 5 min"],
            ["IV Dynamische handelingen", "tillen of dragen", "beperkt: max. 5 kg, niet boven schouderhoogte"],
            ["IV Dynamische handelingen", "reiken, duwen of trekken", "beperkt: rechts niet reiken boven schouder"],
            ["V Statische houdingen", "zitten, staan", "normaal"],
            ["VI Werktijden", "uren per dag / week", "6 uur per dag, 24 uur per week"]]
    spec = [("h", "Functionele Mogelijkhedenlijst (FML)"),
            ("p", f"Werknemer: {wn}    Functie: dierenartsassistente    BSN: {bsn}"),
            ("t", rows), ("p", "Toelichting: de beperkingen gelden voor minstens zes maanden."),
            ("p", f"{ba}, ArboNova, {nl(izp)}")]
    name = "FML Hoekstra feb 2025.pdf"
    docx_pdf(C, name, spec, izp, "H.J. van Leeuwaarden")
    label(f"{C}/{name}", "inzetbaarheidsprofiel", izp, tag, "LibreOffice PDF from docx", "FML table")
    # 9. EJE in pva.pdf
    spec = [("h", "Evaluatie eerste ziektejaar"),
            ("t", [["Werknemer", wn], ["Werkgever", "Dierenkliniek Vennebroek B.V."],
                   ["Eerste ziektedag", dmy(D0)], ["Datum gesprek", dmy(eje)],
                   ["Aanwezig", "S. Hoekstra, M. Tjoelker, via Teams: H.J. van Leeuwaarden"]]),
            ("h2", "Hoe is het eerste jaar gegaan?"),
            ("p", "Saskia is in april begonnen aan de balie en werkt sinds september 24 uur: balie, lab en "
                  "voorraad. In de behandelkamer werkt zij niet meer. Het plan is in juli aangepast."),
            ("h2", "Is het doel nog juist?"),
            ("p", "Ja. Het doel is nu: blijvend werk in aangepaste eigen functie, 24 uur. Terugkeer naar 32 uur "
                  "verwachten we niet."),
            ("h2", "Tweede spoor"),
            ("p", "Niet nodig: er is passend werk bij ons voor 24 uur, bevestigd door de bedrijfsarts. Dit "
                  "besluit staat ook in de FML van februari."),
            ("h2", "Visie werkgever / visie werknemer"),
            ("p", "Werkgever: tevreden over de inzet; de cursus laboratoriumtechniek is gestart. Werknemer: "
                  "'Het gaat goed, ik wil de cursus afmaken.'"),
            ("h2", "Volgende evaluatie"), ("p", "over zes weken, en bij elk nieuw advies van ArboNova."),
            ("p", "Handtekening werkgever ............   Handtekening werknemer ............")]
    docx_pdf(C, "pva.pdf", spec, eje, pm)
    label(f"{C}/pva.pdf", "eerstejaarsevaluatie", eje, tag, "LibreOffice PDF from docx",
          "misleading name pva.pdf holds the first-year evaluation - title in own words")
    # 10. AO portal print
    body = (band + "<h1>Actueel oordeel</h1>" + head +
            f"<p class='meta'>Spreekuur {dmy(wd(D0, 608))} &middot; vastgelegd {dmy(ao)}</p>"
            "<h2>Verloop van de arbeidsongeschiktheid</h2><p>Na een wisselend eerste jaar is er sinds het voorjaar "
            "een stabiel niveau van 24 uur per week in aangepast werk.</p><h2>Functionele mogelijkheden</h2>"
            "<p>Zie de FML van februari 2025, die nog actueel is. Beperkt voor tillen, fixeren en reiken boven "
            "schouderhoogte.</p><h2>Arbeidsrelatie</h2><p>Goed; geen belemmeringen in de samenwerking.</p>"
            "<h2>Passende arbeid bij de werkgever</h2><p>Het huidige werk (balie, lab, voorraad, 24 uur) is "
            "passend. Uitbreiding boven 24 uur verwacht ik niet. De medische gegevens gaan rechtstreeks naar de "
            f"verzekeringsarts van UWV.</p><p>{ba}<br>{nl(ao)}</p>")
    name = "ArboNova_actueel_oordeel_24-0311.pdf"
    L.wk_pdf(out(C, name), html_page(body), ao, footer=f"Afgedrukt {dmy(ao)}")
    label(f"{C}/{name}", "actueel_oordeel", ao, tag, "wkhtmltopdf portal print",
          "standard title - mentions medical data going to UWV - also page 3 of the combined export")
    # 11. EV docx -> pdf
    spec = [("h", "Terugblik en hoe nu verder"),
            ("p", f"Gesprek van {nl(ev)} tussen Saskia Hoekstra en Marloes Tjoelker (praktijkmanager, casemanager)."),
            ("h2", "Over de kliniek"),
            ("p", "Dierenkliniek Vennebroek is een praktijk voor gezelschapsdieren met 18 medewerkers: vier "
                  "dierenartsen, assistentes, balie en een kleine apotheek. Er is dag- en avondspreekuur en een "
                  "weekenddienst."),
            ("h2", "Wat is er in bijna twee jaar gedaan?"),
            ("b", f"{nl(pa)}: analyse van de bedrijfsarts, daarna het plan van {nl(pva)}"),
            ("b", f"{nl(bpva)}: plan aangepast, balie en lab in plaats van behandelkamer"),
            ("b", "cursus laboratoriumtechniek afgerond in september 2025"),
            ("b", "sinds september 2024 24 uur in aangepast werk, stabiel sinds het voorjaar van 2025"),
            ("h2", "Hoe is de samenwerking?"), ("p", "Goed. We hebben elkaar steeds op tijd gevonden."),
            ("h2", "Is er passend werk?"),
            ("p", "Ja: 24 uur balie, lab en voorraad, vastgelegd in een nieuwe functieomschrijving. Voor de "
                  "overige 8 uur is er geen passend werk in de kliniek."),
            ("h2", "Wat vindt Saskia ervan?"), ("p", "Zie haar eigen reactie."),
            ("p", "Voor akkoord: M. Tjoelker / S. Hoekstra")]
    name = "Eindgesprek Saskia nov 2025.pdf"
    docx_pdf(C, name, spec, ev, pm)
    label(f"{C}/{name}", "eindevaluatie", ev, tag, "LibreOffice PDF from docx",
          "no standard title (Terugblik en hoe nu verder) - aard van het bedrijf + arbeidsrelatie + passende arbeid")
    # 12. OW e-mail
    body = ("Hoi Marloes,\n\nIk heb alles gelezen wat je me hebt gestuurd voor de WIA-aanvraag. Mijn reactie:\n\n"
            "Ik ben het eens met hoe het verslag het verloop beschrijft. De afspraken zijn goed nagekomen en ik "
            "ben blij met het werk aan de balie en in het lab. Eén ding wil ik toevoegen: de behandelkamer mis ik "
            "nog steeds, en ik hoop dat we over een paar jaar kunnen kijken of er toch iets meer kan. Met de "
            "24 uur ben ik akkoord.\n\nGroet, Saskia Hoekstra\n")
    name = "mail/Mijn reactie op het verslag.eml"
    eml(C, name, sender="Saskia Hoekstra <saskia.hoekstra@ziggomail.example>",
        to="Marloes Tjoelker <m.tjoelker@dierenkliniekvennebroek.example>", subject="Mijn reactie op het verslag",
        when=at(ow, 19, 40), body=body, msgid="a12ow.4410@ziggomail.example")
    label(f"{C}/{name}", "oordeel_werknemer", ow, tag, "plain text eml", "employee view in a short plain mail")
    # 13. non-RIV roster txt
    t = ("Rooster balie/lab wk 36-39   (versie MT)\n\n"
         "         ma      di      wo      do      vr\n"
         "Saskia   8-13    -       8-13    13-18   8-13\n"
         "Ilona    8-17    8-17    -       8-17    8-17\n"
         "Bart     -       13-21   13-21   8-17    -\n\n"
         "Let op: Saskia niet inroosteren in OK of behandelkamer, geen avonddienst.\n")
    txt(C, "rooster wk 36-39.txt", t)
    label(f"{C}/rooster wk 36-39.txt", "", None, tag, "Notepad txt", "roster of adjusted work - no RIV document")
    # dossier.yaml
    (FILES / C / "dossier.yaml").write_text(
        f'werknemer: {{naam: "S. Hoekstra", bsn: "{bsn}", functie: "Dierenartsassistente"}}\n'
        'werkgever: {naam: "Dierenkliniek Vennebroek B.V.", loonheffingennummer: "853120447L01", '
        'aard_van_het_bedrijf: "Dierenkliniek voor gezelschapsdieren"}\n'
        'bedrijfsarts: {naam: "H.J. van Leeuwaarden", organisatie: "ArboNova"}\n'
        'casemanager: {naam: "M. Tjoelker"}\n'
        f"eerste_ziektedag: {D0.isoformat()}\n", encoding="utf-8")


# =====================================================================================================
# Case B: housing corporation
# =====================================================================================================

def case_b() -> None:
    C = "Woonstichting Lindewaard - El Ouali N (P-2023-0142)"
    tag = "B-woonstichting"
    rng = random.Random(1902)
    bsn = L.make_bsn(rng)
    assert L.elfproef(bsn)
    D0 = dt.date(2023, 10, 2)
    pa, pva, te, mi, ad, zm = wd(D0, 36), wd(D0, 48), wd(D0, 99), wd(D0, 240), wd(D0, 338), wd(D0, 298)
    eje, tp, vr, do, er, uwv = wd(D0, 352), wd(D0, 380), wd(D0, 470), wd(D0, 520), wd(D0, 600), wd(D0, 608)
    ao, ev, ow = wd(D0, 615), wd(D0, 629), wd(D0, 632)
    wn = "Nadia el Ouali"
    ba = "A. Ramaker, bedrijfsarts, Arbo Zuiderkwartier"
    hr = "Tom Wijnhoven"
    # 1. PA docx->pdf
    spec = [("p", "Arbo Zuiderkwartier - Stationsplein 9 - 3841 AA Brakelveen"), ("h", "Probleemanalyse"),
            ("t", [["Werknemer", f"mw. N. el Ouali, BSN {bsn}"], ["Werkgever", "Woonstichting Lindewaard"],
                   ["Functie", "Huurconsulent, 36 uur"], ["Eerste ziektedag", dmy(D0)],
                   ["Datum spreekuur", dmy(wd(D0, 34))]]),
            ("h2", "Ontstaan en beloop"),
            ("p", "Mevrouw heeft zich ziek gemeld met psychische klachten na een langere periode van hoge "
                  "werkdruk en enkele agressieve huurders aan de balie. Zij is onder behandeling."),
            ("h2", "Beperkingen"),
            ("b", "verminderde concentratie en belastbaarheid voor conflicten en tijdsdruk"),
            ("b", "geen huisbezoeken of baliediensten met klantcontact"),
            ("h2", "Mogelijkheden en prognose"),
            ("p", "Lichte administratieve taken 3 x 2 uur zijn mogelijk. Herstel verwacht ik in maanden; "
                  "terugkeer in eigen werk is waarschijnlijk."),
            ("h2", "Advies"), ("p", "Plan van aanpak binnen twee weken. Spreekuur over vier weken."),
            ("p", f"{ba}, {nl(pa)}")]
    docx_pdf(C, "PA N. el Ouali.pdf", spec, pa, "A. Ramaker")
    label(f"{C}/PA N. el Ouali.pdf", "probleemanalyse", pa, tag, "LibreOffice PDF from docx",
          "standard title - spreekuur date two days earlier")
    # 2. PvA in mail body
    body = (f"Beste Nadia,\n\nZoals beloofd zet ik onze afspraken van vandaag op een rij. Dit is ons plan voor "
            f"je herstel en terugkeer; het bouwt voort op het advies van de bedrijfsarts van {nl(pa)}.\n\n"
            "1. Doel: terugkeer in je eigen werk als huurconsulent, eerst zonder klantcontact.\n"
            "2. Wat gaan we doen:\n   - vanaf 27 november 3 x 2 uur administratief werk op kantoor (mutaties, "
            "dossiers bijwerken)\n   - iedere twee weken een kort gesprek met Ellen\n   - je behandeling loopt "
            "door, daar bemoeien wij ons niet mee\n3. Wanneer kijken we hoe het gaat: begin januari, daarna iedere "
            "zes weken.\n4. Casemanager: ik (Tom Wijnhoven, HR-adviseur).\n5. Hoe kijken we ertegen aan:\n"
            "   - Lindewaard: we willen je rustig laten opbouwen, zonder druk.\n   - Jij: je wilt graag iets "
            "doen, maar zonder baliedienst.\n\nWil je laten weten of je akkoord bent? Dan zet ik dit zo in je "
            "dossier.\n\nMet vriendelijke groet,\nTom Wijnhoven\nHR-adviseur Woonstichting Lindewaard\n")
    name = "mail/Onze afspraken voor je herstel.eml"
    eml(C, name, sender="Tom Wijnhoven <t.wijnhoven@lindewaard.example>",
        to="Nadia el Ouali <nadia.elouali@kpnplanet.example>", cc="Ellen Postma <e.postma@lindewaard.example>",
        subject="Onze afspraken voor je herstel", when=at(pva, 15, 12), body=body, msgid="b2pva.1023@lindewaard.example")
    label(f"{C}/{name}", "plan_van_aanpak", pva, tag, "plain text eml",
          "the mail body IS the plan - no title - numbered elements of art. 4")
    # 3. TE docx kept
    spec = [("h", "Verslag voortgangsgesprek"),
            ("t", [["Datum", dmy(te)], ["Aanwezig", "N. el Ouali, E. Postma (manager Wonen), T. Wijnhoven (HR)"]]),
            ("h2", "Hoe gaat het?"),
            ("p", "Nadia werkt nu 3 x 3 uur. Het dossierwerk gaat goed; de dagen na een drukke dag zijn zwaar."),
            ("h2", "Afspraken"),
            ("b", "uitbreiden naar 4 x 3 uur vanaf februari"),
            ("b", "nog geen klantcontact"),
            ("b", "volgend gesprek over zes weken"),
            ("p", "Het plan van aanpak blijft ongewijzigd.")]
    docx_keep(C, "Verslag voortgangsgesprek januari.docx", spec, te, hr)
    label(f"{C}/Verslag voortgangsgesprek januari.docx", "tussentijdse_evaluatie", te, tag,
          "python-docx kept as docx", "standard-ish title")
    # 4. medical psych letter as document.pdf
    pg = L.render_page([
        "Praktijk Kade 12 - psychologie en psychotherapie", "Kade 12, 3841 CE Brakelveen", "",
        f"Brakelveen, {nl(mi)}", "", "Aan: A. Ramaker, bedrijfsarts, Arbo Zuiderkwartier", "",
        "Betreft: mw. N. el Ouali, geb. 03-02-1986", "",
        "Geachte collega,", "",
        "Op verzoek van cliënte en met haar toestemming informeer ik u over de behandeling. Diagnose volgens",
        "DSM-5: matig-ernstige depressieve stoornis met paniekklachten. Zij volgt sinds november 2023",
        "cognitieve gedragstherapie (16 sessies). De huisarts heeft sertraline 50 mg voorgeschreven.",
        "Er is verbetering van stemming; de paniekklachten bij conflicten zijn nog aanwezig.", "",
        "MEDISCH GEHEIM", "", "Met collegiale groet,", "drs. M. Verhulst, GZ-psycholoog"],
        rng, stamp=f"ONTVANGEN\n{stampdate(wd(mi, 3))}")
    L.save_scan_pdf(out(C, "document.pdf"), [L.scanify(pg, rng)], wd(mi, 3), "Canon iR-ADV C3530")
    label(f"{C}/document.pdf", "medische_informatie", mi, tag, "Pillow image-only copier scan with stamp",
          "psychologist letter with diagnosis and medication in the employer's folder (DOMAIN privacy) - "
          "generic name - received stamp date is not the document date")
    # 5. ziekmelding: UWV confirmation scan with stamp
    pg = L.render_page([
        "UWV", "Postbus 58285, 1040 HG Amsterdam", "", "Woonstichting Lindewaard", "t.a.v. afdeling HR",
        "Havenstraat 3", "3841 BT Brakelveen", "", f"Datum: {nl(zm)}", "Ons kenmerk: ZW-42/2024/0883172", "",
        "# Bevestiging ziekmelding", "",
        "Geachte heer, mevrouw,", "",
        f"Op 19 juli 2024 heeft u uw werknemer mevrouw N. el Ouali (BSN {bsn}) bij ons ziek gemeld.",
        f"De eerste ziektedag is {nl(D0)}. Met deze brief bevestigen wij uw melding.",
        "Binnenkort ontvangt u informatie over de eerstejaarsevaluatie. Zorg dat het re-integratiedossier",
        "actueel is.", "", "Met vriendelijke groet,", "", "UWV Werkgevers"],
        rng, stamp=f"ONTVANGEN\n{stampdate(wd(zm, 4))}")
    name = "Scan 30-07-2024.pdf"
    L.save_scan_pdf(out(C, name), [L.scanify(pg, rng)], wd(zm, 4), "Canon iR-ADV C3530")
    label(f"{C}/{name}", "ziekmelding_uwv", zm, tag, "Pillow image-only copier scan with stamp",
          "UWV confirmation of the 42nd-week report (CONTRACT: report and its confirmation) - name has scan date")
    # 6. AD report docx->pdf
    spec = [("h", "Rapportage arbeidsdeskundig onderzoek"),
            ("t", [["Werknemer", "mw. N. el Ouali"], ["Werkgever", "Woonstichting Lindewaard, Brakelveen"],
                   ["Arbeidsdeskundige", "I. Dekkers, register-arbeidsdeskundige, Arbo Zuiderkwartier"],
                   ["Datum rapport", dmy(ad)]]),
            ("h2", "1. Vraagstelling"), ("p", "Is het eigen werk passend, en zo niet, welk werk binnen of buiten "
                                             "Lindewaard is passend?"),
            ("h2", "2. Functie en belasting"),
            ("p", "De huurconsulent voert intake- en huurgesprekken, doet huisbezoeken en baliediensten. "
                  "Conflicten met huurders horen bij het werk."),
            ("h2", "3. Belastbaarheid"), ("p", "Volgens de bedrijfsarts: geen conflictueuze klantcontacten, "
                                             "geen hoge tijdsdruk, 4 x 5 uur."),
            ("h2", "4. Conclusie"),
            ("p", "Het eigen werk is niet passend en wordt dat binnen afzienbare tijd niet. Binnen Lindewaard is "
                  "geen passende functie vrij. Ik adviseer een tweede spoor, gericht op administratief werk "
                  "zonder publiekscontact."),
            ("p", "I. Dekkers")]
    docx_pdf(C, "Rapportage arbeidsdeskundig onderzoek.pdf", spec, ad, "I. Dekkers")
    label(f"{C}/Rapportage arbeidsdeskundig onderzoek.pdf", "arbeidsdeskundig_rapport", ad, tag,
          "LibreOffice PDF from docx", "standard title")
    # 7. EJE docx kept
    spec = [("h", "Eerstejaarsevaluatie"),
            ("t", [["Werknemer", wn], ["Eerste ziektedag", dmy(D0)], ["Datum evaluatie", dmy(eje)],
                   ["Casemanager", "T. Wijnhoven"]]),
            ("h2", "Terugblik op het eerste jaar"),
            ("p", "Opbouw naar 4 x 4 uur administratief werk. Geen terugkeer in klantcontact."),
            ("h2", "Resultaat arbeidsdeskundig onderzoek"),
            ("p", f"Volgens het rapport van {nl(ad)} is eigen werk niet meer passend. We starten een tweede spoor "
                  "via Koersvast Loopbaan en blijven intern zoeken."),
            ("h2", "Visie werkgever"), ("p", "Lindewaard ziet intern geen passende functie op korte termijn."),
            ("h2", "Visie werknemer"), ("p", "Nadia begrijpt het advies, maar vindt afscheid van Lindewaard "
                                             "moeilijk."),
            ("p", "Getekend: T. Wijnhoven, N. el Ouali")]
    docx_keep(C, "Eerstejaarsevaluatie N el Ouali.docx", spec, eje, hr)
    label(f"{C}/Eerstejaarsevaluatie N el Ouali.docx", "eerstejaarsevaluatie", eje, tag,
          "python-docx kept as docx", "standard title - quotes the AD report date")
    # 8. trajectplan: portal print
    body = ("<div class='band' style='background:#7a3b69'><b>Koersvast Loopbaan</b> &middot; cliëntdossier</div>"
            f"<h1>Trajectplan tweede spoor</h1><p class='meta'>Cliënt: N. el Ouali &middot; opdrachtgever: "
            f"Woonstichting Lindewaard &middot; consulent: J. Melchers &middot; intake {dmy(wd(tp, -7))}</p>"
            "<h2>Uitgangssituatie</h2><p>Huurconsulent, 4 x 4 uur administratief werk bij de eigen werkgever. "
            "Volgens de bedrijfsarts geen conflictueus klantcontact.</p>"
            "<h2>Doel</h2><p>Passend werk bij een andere werkgever, administratief, zonder baliewerk, 20 uur.</p>"
            "<h2>Fasering</h2><table><tr><th>Fase</th><th>Periode</th><th>Activiteiten</th></tr>"
            "<tr><td>1 Oriëntatie</td><td>week 1-6</td><td>persoonsprofiel, zoekprofiel, netwerkkaart</td></tr>"
            "<tr><td>2 Activering</td><td>week 7-14</td><td>sollicitatietraining, LinkedIn, netwerkgesprekken</td></tr>"
            "<tr><td>3 Bemiddeling</td><td>week 15-26</td><td>vacatures, proefplaatsing</td></tr></table>"
            "<h2>Rapportage</h2><p>Iedere drie maanden een voortgangsrapportage aan werkgever en werknemer.</p>"
            f"<p>Vastgesteld {dmy(tp)}, J. Melchers</p>")
    name = "Koersvast_clientdossier_trajectplan.pdf"
    L.wk_pdf(out(C, name), html_page(body), wd(tp, 1), footer=f"Koersvast Online - {dmy(wd(tp, 1))}")
    label(f"{C}/{name}", "trajectplan_tweede_spoor", tp, tag, "wkhtmltopdf portal print",
          "standard title - intake date a week before")
    # 9. VR docx->pdf
    spec = [("h", "Voortgangsrapportage 1"), ("p", f"Koersvast Loopbaan - N. el Ouali - periode oktober 2024 t/m "
                                                    f"januari 2025 - {dmy(vr)}"),
            ("h2", "Wat is er gedaan?"),
            ("b", "persoonsprofiel en zoekprofiel afgerond (administratief, financieel, 20 uur)"),
            ("b", "zes netwerkgesprekken, waarvan twee bij gemeenten"),
            ("b", "vier sollicitaties, één gesprek"),
            ("h2", "Belemmeringen"), ("p", "Energie wisselt; na sollicitatiegesprekken twee dagen herstel."),
            ("h2", "Vervolg"), ("p", "Bemiddeling naar een proefplaatsing. Volgende rapportage in april."),
            ("p", "J. Melchers, loopbaanadviseur")]
    docx_pdf(C, "Koersvast voortgang 1.pdf", spec, vr, "J. Melchers")
    label(f"{C}/Koersvast voortgang 1.pdf", "voortgangsrapportage_tweede_spoor", vr, tag,
          "LibreOffice PDF from docx", "period in the header beside the date")
    # 10. DO: two-page UWV scan
    p1 = L.render_page([
        "UWV", "Postbus 3091, 3800 DB Amersfoort", "", "Woonstichting Lindewaard", "Havenstraat 3",
        "3841 BT Brakelveen", "", f"Datum: {nl(do)}", "Ons kenmerk: DO-2025-0031877", "",
        "# Deskundigenoordeel", "",
        f"U heeft ons gevraagd om een deskundigenoordeel over uw werknemer mevrouw N. el Ouali (BSN {bsn}).",
        "De vraag was of de re-integratie-inspanningen voldoende zijn en of het werk dat zij nu doet",
        "passend is. Wij hebben gesproken met mevrouw el Ouali en met u, en het dossier gelezen.", "",
        "# Ons oordeel", "",
        "De verzekeringsarts vindt de beperkingen van de bedrijfsarts juist. Het administratieve werk van",
        "16 uur is passend. De arbeidsdeskundige vindt de inspanningen in het tweede spoor voldoende,",
        "maar adviseert een proefplaatsing op korte termijn."], rng, stamp=f"ONTVANGEN\n{stampdate(wd(do, 5))}")
    p2 = L.render_page([
        "Vervolg deskundigenoordeel - pagina 2", "",
        "Dit oordeel is een advies. U en uw werknemer zijn er niet aan gebonden. Bij een geschil kan de",
        "rechter het oordeel gebruiken.", "", "Met vriendelijke groet,", "",
        "mr. drs. K. Lagerwey, verzekeringsarts", "S. Bouwhuis, arbeidsdeskundige", "UWV"], rng)
    name = "Scan_20250310.pdf"
    L.save_scan_pdf(out(C, name), [L.scanify(p1, rng), L.scanify(p2, rng)], wd(do, 5), "Canon iR-ADV C3530")
    label(f"{C}/{name}", "deskundigenoordeel", do, tag, "Pillow image-only 2-page copier scan with stamp",
          "name holds scan date - received stamp 5 days after the letter date")
    # 11. MI n/a; ER docx->pdf
    spec = [("h", "Eindrapportage"), ("p", f"Koersvast Loopbaan - cliënt N. el Ouali - {dmy(er)}"),
            ("h2", "Resultaat"),
            ("p", "Na een proefplaatsing van acht weken bij de gemeente Brakelveen (afdeling Belastingen, "
                  "16 uur) is geen vaste aanstelling gevolgd: de functie vraagt baliediensten. Het traject "
                  "eindigt zonder plaatsing."),
            ("h2", "Verricht"), ("b", "26 weken begeleiding, 14 sollicitaties, 3 gesprekken, 1 proefplaatsing"),
            ("h2", "Advies"), ("p", "Blijf zoeken naar administratief werk zonder publiekscontact."),
            ("p", "J. Melchers")]
    docx_pdf(C, "Afsluitend verslag Koersvast.pdf", spec, er, "J. Melchers")
    label(f"{C}/Afsluitend verslag Koersvast.pdf", "eindrapportage_tweede_spoor", er, tag,
          "LibreOffice PDF from docx", "file name says afsluitend verslag")
    # 12. AO.pdf = UWV week-88 letter scan
    pg = L.render_page([
        "UWV", "Postbus 58285, 1040 HG Amsterdam", "", "Woonstichting Lindewaard", "t.a.v. HR",
        "Havenstraat 3", "3841 BT Brakelveen", "", f"Datum: {nl(uwv)}", "Betreft: aanvraag WIA mw. N. el Ouali", "",
        "Geachte heer, mevrouw,", "",
        f"Uw werknemer mevrouw N. el Ouali (BSN {bsn}) is sinds {nl(D0)} ziek. De wachttijd eindigt op",
        f"{nl(D0 + dt.timedelta(days=728))}. Wij hebben haar een brief gestuurd over het aanvragen van een WIA-uitkering.",
        "Zij moet het re-integratieverslag meesturen. Zorg ervoor dat zij tijdig een kopie van alle",
        "stukken heeft, inclusief het actueel oordeel van de bedrijfsarts en de eindevaluatie.", "",
        "Met vriendelijke groet,", "UWV"], rng, stamp=f"ONTVANGEN\n{stampdate(wd(uwv, 3))}")
    L.save_scan_pdf(out(C, "AO.pdf"), [L.scanify(pg, rng)], wd(uwv, 3), "Canon iR-ADV C3530")
    label(f"{C}/AO.pdf", "uwv_correspondentie", uwv, tag, "Pillow image-only copier scan with stamp",
          "misleading name AO.pdf holds the UWV WIA letter - mentions actueel oordeel and eindevaluatie")
    # 13. combined arbo export: AO, FML, PA copy
    band = ("<div class='band' style='background:#35507a'><b>Arbo Zuiderkwartier</b> &middot; "
            "Dossier 2023-0142</div>")
    body = (band + "<h1>Actueel oordeel</h1>"
            f"<p>Werknemer: N. el Ouali, BSN {bsn} &middot; Werkgever: Woonstichting Lindewaard &middot; "
            f"datum {dmy(ao)}</p><h2>Beloop</h2><p>Wisselend, met verbetering in het tweede jaar. Mevrouw werkt "
            "16 uur administratief.</p><h2>Beperkingen en mogelijkheden</h2><p>Zie de bijgevoegde "
            "belastbaarheid. Geen conflictueus klantcontact, geen hoge tijdsdruk, 4 x 4 uur.</p>"
            "<h2>Arbeidsrelatie</h2><p>Goed, geen conflict.</p><h2>Passende arbeid</h2><p>Het huidige werk van 16 "
            "uur is passend; meer uren acht ik het komende jaar niet haalbaar.</p>"
            f"<p>{ba}</p><div class='pb'></div>" + band + "<h1>Belastbaarheidsprofiel</h1>"
            "<table><tr><th>Aspect</th><th>Beoordeling</th></tr><tr><td>Conflicthantering</td><td>beperkt</td></tr>"
            "<tr><td>Tijdsdruk / deadlines</td><td>beperkt</td></tr><tr><td>Concentratie</td><td>licht beperkt"
            "</td></tr><tr><td>Werktijden</td><td>4 uur per dag, 16 uur per week</td></tr></table>"
            f"<p>{ba}, {dmy(ao)}</p><div class='pb'></div>" + band + "<h1>Probleemanalyse (kopie)</h1>"
            f"<p>Datum {dmy(pa)}. Mevrouw heeft zich ziek gemeld met klachten na hoge werkdruk. Lichte "
            "administratieve taken mogelijk. Plan van aanpak binnen twee weken.</p>")
    name = "Alle documenten dossier 2023-0142.pdf"
    L.wk_pdf(out(C, name), html_page(body), wd(ao, 2), footer=f"Export Arbo Zuiderkwartier {dmy(wd(ao, 2))}")
    label(f"{C}/{name}", "actueel_oordeel", ao, tag, "wkhtmltopdf portal export",
          "combined export (AO then belastbaarheidsprofiel then PA copy) labelled by its FIRST document the AO")
    # 14. covering mail with EV docx
    spec = [("h", "Eindevaluatie"),
            ("t", [["Werknemer", wn], ["Werkgever", "Woonstichting Lindewaard"], ["Datum", dmy(ev)]]),
            ("h2", "Aard van het bedrijf"),
            ("p", "Woonstichting Lindewaard verhuurt ruim 6.800 woningen in Brakelveen en omgeving en heeft 140 "
                  "medewerkers."),
            ("h2", "Verloop van de re-integratie"),
            ("p", "Opbouw naar 16 uur administratief werk; tweede spoor via Koersvast zonder plaatsing; "
                  "deskundigenoordeel van maart 2025 bevestigt dat het werk passend is."),
            ("h2", "Arbeidsrelatie"), ("p", "Goed."),
            ("h2", "Passende arbeid bij de werkgever"), ("p", "16 uur administratief werk; meer is er niet."),
            ("p", "Handtekening werkgever: T. Wijnhoven      Handtekening werknemer: ____________")]
    ev_docx = L.build_docx(spec, ev, hr)
    name = "mail/RIV stukken ter ondertekening.eml"
    cov_body = ("Beste Nadia,\n\nIn de bijlage de eindevaluatie van ons gesprek. Wil je hem lezen, tekenen en "
                "terugsturen? Je mag ook je eigen reactie op het hele verslag toevoegen.\n\nGroet,\nTom\n")
    eml(C, name, sender="Tom Wijnhoven <t.wijnhoven@lindewaard.example>",
        to="Nadia el Ouali <nadia.elouali@kpnplanet.example>", subject="RIV stukken ter ondertekening",
        when=at(wd(ev, 1), 10, 2), body=cov_body, msgid="b14cov.5561@lindewaard.example",
        attachments=[("Eindevaluatie N. el Ouali.docx", ev_docx,
                      "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])
    label(f"{C}/{name}", "", None, tag, "Outlook eml covering mail", "covering mail only carries the attachment")
    label(f"{C}/{name}::Eindevaluatie N. el Ouali.docx", "eindevaluatie", ev, tag, "python-docx attachment",
          "standard title - employee signature empty")
    # 15. OW reply chain
    quoted = "\n".join("> " + x for x in cov_body.splitlines())
    body = ("Beste Tom,\n\nHierbij mijn reactie op het re-integratieverslag.\n\n"
            "Ik herken me in de beschrijving van het verloop. Wel wil ik zeggen dat de eerste maanden te snel "
            "gingen; de opbouw naar 4 x 4 uur kwam van Lindewaard, niet van mij. Het tweede spoor heb ik serieus "
            "gedaan. Met de conclusie dat 16 uur passend is ben ik het eens. De eindevaluatie teken ik, met deze "
            "kanttekening.\n\nMet vriendelijke groet,\nNadia el Ouali\n\n"
            f"Op {nl(wd(ev, 1))} schreef Tom Wijnhoven <t.wijnhoven@lindewaard.example>:\n" + quoted + "\n")
    name = "mail/RE RIV stukken ter ondertekening.eml"
    eml(C, name, sender="Nadia el Ouali <nadia.elouali@kpnplanet.example>",
        to="Tom Wijnhoven <t.wijnhoven@lindewaard.example>", subject="RE: RIV stukken ter ondertekening",
        when=at(ow, 20, 31), body=body, msgid="b15ow.8820@kpnplanet.example", in_reply_to="b14cov.5561@lindewaard.example")
    label(f"{C}/{name}", "oordeel_werknemer", ow, tag, "plain text eml reply chain",
          "reply whose body is the employee's view with the covering mail quoted below")
    # 16. CV non-RIV
    spec = [("h", "Curriculum vitae"), ("p", "Nadia el Ouali - Brakelveen - nadia.elouali@kpnplanet.example"),
            ("h2", "Werkervaring"), ("b", "2015-heden: huurconsulent, Woonstichting Lindewaard"),
            ("b", "2010-2015: medewerker klantcontact, Energiebedrijf Noordvliet"),
            ("h2", "Opleiding"), ("b", "MBO Juridisch medewerker (2009)"), ("b", "Cursus Excel gevorderd (2024)"),
            ("h2", "Wat zoek ik"), ("p", "Administratief werk, 20 uur, zonder baliediensten.")]
    docx_keep(C, "CV Nadia el Ouali 2024.docx", spec, wd(tp, 10), wn)
    label(f"{C}/CV Nadia el Ouali 2024.docx", "", None, tag, "python-docx kept as docx",
          "CV made in the second track - names tweede spoor wishes - no RIV document")


# =====================================================================================================
# Case C: company catering
# =====================================================================================================

def case_c() -> None:
    C = "Smaakwerk Bedrijfscatering - J. Verduin"
    tag = "C-catering"
    rng = random.Random(1903)
    bsn = L.make_bsn(rng)
    assert L.elfproef(bsn)
    D0 = dt.date(2024, 1, 15)
    pa, pva, te, bpva, zm, izp = wd(D0, 33), wd(D0, 45), wd(D0, 120), wd(D0, 150), wd(D0, 290), wd(D0, 343)
    eje, tp, vr, ao, ev, ow = wd(D0, 358), wd(D0, 386), wd(D0, 478), wd(D0, 612), wd(D0, 627), wd(D0, 633)
    ba = "drs. R. Oudejans, bedrijfsarts"
    fax_no = "+31 000 4417 208"
    # 1. PA fax scan
    fh = f"{dmy(pa)} 16:42   ARBODIENST KEMPENHOF   {fax_no}          P.01/01"
    pg = L.render_page([
        "Arbodienst Kempenhof - Ekelstein", "", "Aan: Smaakwerk Bedrijfscatering B.V., t.a.v. B. Roodbeen", "",
        "# Rapportage bedrijfsarts", "",
        f"Werknemer: J. Verduin   BSN: {bsn}   Functie: kok / teamleider keuken, 38 uur",
        f"Eerste verzuimdag: {dmy(D0)}   Spreekuur: {dmy(wd(D0, 31))}", "",
        "Oordeel: er is sprake van een dreigend langdurig verzuim. De heer Verduin kan door knieklachten",
        "niet lang staan en niet tillen. Herstel wordt verwacht na behandeling, over enkele maanden.", "",
        "Belastbaarheid: zittend werk mogelijk, 4 uur per dag; geen staand werk langer dan 30 minuten,",
        "geen tillen boven 10 kg, geen trappen lopen met last.", "",
        "Advies: start met menuplanning en inkoop vanuit kantoor. Maak binnen twee weken samen een plan",
        "van aanpak. Ik zie hem terug over vier weken.", "", f"{ba}, {dmy(pa)}"], rng, fax=fh)
    name = "Fax_Kempenhof_0219.pdf"
    L.save_scan_pdf(out(C, name), [L.scanify(pg, rng)], pa, "HP LaserJet MFP fax")
    label(f"{C}/{name}", "probleemanalyse", pa, tag, "Pillow image-only fax scan",
          "fax header line - title Rapportage bedrijfsarts without the word probleemanalyse - no text layer")
    # 2. PvA docx kept
    spec = [("h", "Plan van aanpak"),
            ("p", "Verzuimregie Midden, in opdracht van Smaakwerk Bedrijfscatering B.V."),
            ("t", [["Werknemer", "Jeroen Verduin"], ["Functie", "Kok / teamleider keuken (38 uur)"],
                   ["Locatie", "bedrijfsrestaurant Hoofdkantoor Ekelstein"], ["Probleemanalyse", dmy(pa)],
                   ["Casemanager", "Bianca Roodbeen, Verzuimregie Midden"]]),
            ("h2", "Doel"), ("p", "Volledige terugkeer in eigen functie na herstel van de knie."),
            ("h2", "Activiteiten"),
            ("b", "menuplanning, inkoop en HACCP-administratie vanuit kantoor, 4 x 4 uur"),
            ("b", "staand werk in de keuken pas na akkoord bedrijfsarts"),
            ("b", "spreekuur bedrijfsarts iedere vier tot zes weken"),
            ("h2", "Evaluatie"), ("p", "iedere zes weken met locatiemanager W. Kampinga en casemanager"),
            ("h2", "Visie werkgever en werknemer"),
            ("p", "Werkgever: Jeroen is onmisbaar in de keuken, we willen hem graag terug. Werknemer: ik wil "
                  "terug, maar ben bang dat mijn knie het niet houdt."),
            ("p", f"Ekelstein, {nl(pva)} - getekend W. Kampinga en J. Verduin")]
    docx_keep(C, "PvA Verduin.docx", spec, pva, "B. Roodbeen", header="Verzuimregie Midden - vertrouwelijk")
    label(f"{C}/PvA Verduin.docx", "plan_van_aanpak", pva, tag, "python-docx kept as docx",
          "standard title - header line names the casemanagement firm")
    # 3. TE txt
    t = (f"gesprek jeroen {te.day}-{te.month}\n\n"
         "erbij: jeroen, ik (wessel), bianca via telefoon\n\n"
         "- kantoorwerk gaat goed, menu's voor juni zijn af, inkoop loopt via hem\n"
         "- knie nog dik na een dag, operatie gepland eind mei (meniscus zegt hij zelf)\n"
         "- in de keuken nog niks, hij komt wel even proeven\n"
         "- plan blijft zo, na de operatie opnieuw kijken\n"
         "- volgende keer over 6 weken of eerder na operatie\n\n"
         "wessel kampinga, locatiemanager\n")
    txt(C, f"gesprek jeroen {te.day}-{te.month}.txt", t)
    label(f"{C}/gesprek jeroen {te.day}-{te.month}.txt", "tussentijdse_evaluatie", te, tag, "Notepad txt",
          "lower-case notes without a title - the employee mentions his own diagnosis in passing")
    # 4. bijstelling PvA mail body
    body = (f"Beste Jeroen,\n\nNa je operatie en het advies van de bedrijfsarts van vorige week passen we de "
            f"afspraken uit het plan van {nl(pva)} aan:\n\n"
            "- Nieuw doel: eerst terug in een aangepaste rol (kantoor + lichte keukentaken), volledige terugkeer "
            "als kok bekijken we in het najaar.\n- Vanaf 1 juli: 4 x 4 uur, waarvan 1 uur per dag in de keuken "
            "(zittend snijden, proeven, uitleg aan het team).\n- Geen tillen boven 5 kg, geen koelcel.\n"
            "- Fysiotherapie gaat door.\n- Evaluatie: half augustus, ik blijf jullie casemanager.\n\n"
            "Wessel en jij hebben gisteren aangegeven dat jullie akkoord zijn; wil je dat nog even bevestigen "
            "met een antwoord op deze mail?\n\nMet vriendelijke groet,\n\nBianca Roodbeen\nCasemanager | "
            "Verzuimregie Midden\n")
    htm = "<html><body style='font-family:Arial;font-size:10pt'>" + body.replace("\n", "<br>") + "</body></html>"
    name = "mail/Nieuwe afspraken na je operatie.eml"
    eml(C, name, sender="Bianca Roodbeen <b.roodbeen@verzuimregie-midden.example>",
        to="Jeroen Verduin <jverduin@hotmail.example>", cc="Wessel Kampinga <w.kampinga@smaakwerk.example>",
        subject="Nieuwe afspraken na je operatie", when=at(bpva, 11, 20), body=body, html=htm,
        msgid="c4bpva.2204@verzuimregie-midden.example")
    label(f"{C}/{name}", "bijstelling_plan_van_aanpak", bpva, tag, "Outlook eml body html+plain",
          "no title - the mail body is the adjustment of the plan")
    # 5. ziekmelding portal print
    body = ("<div class='band' style='background:#0b5394'><b>UWV Werkgeversportaal</b></div>"
            "<h1>Ziekmelding langdurig zieke werknemer</h1><p>Uw melding is verzonden.</p><table>"
            "<tr><th>Werkgever</th><td>Smaakwerk Bedrijfscatering B.V.</td></tr>"
            "<tr><th>Loonheffingennummer</th><td>812640331L01</td></tr>"
            f"<tr><th>Werknemer</th><td>J. Verduin</td></tr><tr><th>BSN</th><td>{bsn}</td></tr>"
            f"<tr><th>Eerste ziektedag</th><td>{dmy(D0)}</td></tr><tr><th>Datum melding</th><td>{dmy(zm)}</td></tr>"
            "<tr><th>Kenmerk</th><td>ZM-2024-6120785</td></tr></table>"
            "<p>U ontvangt een bevestiging per post. Bewaar deze pagina in het re-integratiedossier.</p>")
    name = "UWV ziekmelding Verduin.pdf"
    L.wk_pdf(out(C, name), html_page(body), zm, footer="https://werkgeversportaal.uwv.example")
    label(f"{C}/{name}", "ziekmelding_uwv", zm, tag, "wkhtmltopdf portal print", "42nd-week report confirmation page")
    # 6. IZP laptop photo
    scr = L.portal_screen("Inzetbaarheidsprofiel", [
        ("Werknemer", "J. Verduin"), ("Opgesteld door", "R. Oudejans, bedrijfsarts"), ("Datum", dmy(izp)),
        ("Staan", "max. 1 uur aaneen, 4 uur per dag"), ("Tillen / dragen", "max. 10 kg"),
        ("Lopen", "max. 30 min aaneen, geen trappen met last"), ("Werktijd", "6 uur per dag, 30 uur per week")],
        ["Het profiel geldt tot nader advies. Bespreek het met de werknemer en de casemanager."],
        "Kempenhof Online", "https://portaal.kempenhof.example/dossier/24-0077/profiel")
    name = "IMG_20250106_101544.jpg"
    L.save_jpeg(out(C, name), L.laptop_photo(scr, rng), quality=60)
    label(f"{C}/{name}", "inzetbaarheidsprofiel", izp, tag, "Pillow phone photo of laptop screen",
          "photo of portal page - only pixels - photo taken two weeks after the profile date")
    # 7. EJE docx->pdf
    spec = [("h", "Een jaar verder: waar staan we?"),
            ("p", f"Gesprek op {nl(eje)} met Jeroen Verduin, Wessel Kampinga (locatiemanager) en Bianca Roodbeen "
                  "(casemanager)."),
            ("h2", "Terugblik"), ("p", "Na de operatie in mei is Jeroen opgebouwd naar 4 x 6 uur, waarvan twee "
                                        "uur per dag in de keuken. Lang staan blijft het probleem."),
            ("h2", "Vooruitblik"),
            ("p", "Volgens het inzetbaarheidsprofiel van december is de functie van kok met lange staande diensten "
                  "niet meer haalbaar. Intern is er geen zittende functie van voldoende omvang. Daarom start "
                  "naast het eerste spoor een tweede spoor via Werkwaarts."),
            ("h2", "Visie"), ("p", "Werkgever: we blijven intern zoeken, ook op andere locaties. Jeroen: 'Ik "
                                   "wil koken, maar ik zie dat het niet gaat. Ik doe mee met het traject.'"),
            ("p", "Getekend: W. Kampinga, J. Verduin")]
    docx_pdf(C, "Een jaar verder.pdf", spec, eje, "B. Roodbeen")
    label(f"{C}/Een jaar verder.pdf", "eerstejaarsevaluatie", eje, tag, "LibreOffice PDF from docx",
          "everyday title without the type word")
    # 8. covering mail + trajectplan titled Plan van aanpak 2e spoor
    spec = [("h", "Plan van aanpak 2e spoor"), ("p", f"Werkwaarts re-integratie - J. Verduin - {dmy(tp)}"),
            ("h2", "Intake"), ("p", "Kok met 22 jaar ervaring, sterk in plannen en aansturen. Kan niet lang "
                                    "staan."),
            ("h2", "Doel van het traject"), ("p", "Passend werk buiten Smaakwerk, bij voorkeur zittend, 30 uur: "
                                                  "inkoop, planning, voedselveiligheid."),
            ("h2", "Stappen"),
            ("b", "maand 1: competentietest, arbeidsmarktverkenning"),
            ("b", "maand 2-3: sollicitatiebrieven, netwerk horeca-inkoop"),
            ("b", "maand 4-6: bemiddeling, werkervaringsplaats"),
            ("h2", "Rapportage"), ("p", "iedere drie maanden per mail aan werkgever en casemanager"),
            ("p", "Lotte Verbrugge, jobcoach Werkwaarts")]
    tp_pdf = out(C, "_tmp_tp.pdf")
    name = "mail/Fwd trajectplan Werkwaarts.eml"
    label(f"{C}/{name}", "", None, tag, "Outlook eml covering mail", "covering mail only carries the attachment")
    label(f"{C}/{name}::Plan van aanpak 2e spoor - J. Verduin.pdf", "trajectplan_tweede_spoor", tp, tag,
          "LibreOffice PDF attachment",
          "titled Plan van aanpak 2e spoor - it is the second-track provider's trajectplan (DOMAIN 1.3)")
    PENDING_MAIL.append((C, name, tp_pdf, dict(
        sender="Bianca Roodbeen <b.roodbeen@verzuimregie-midden.example>",
        to="Wessel Kampinga <w.kampinga@smaakwerk.example>", subject="Fwd: trajectplan Werkwaarts",
        when=at(wd(tp, 2), 9, 15), msgid="c8cov.7310@verzuimregie-midden.example",
        body="Hoi Wessel,\n\nTer info het plan van Werkwaarts voor Jeroen. Graag bewaren in het dossier.\n\n"
             "Groet, Bianca\n"), "Plan van aanpak 2e spoor - J. Verduin.pdf"))
    SOFFICE.append((L.build_docx(spec, tp, "L. Verbrugge"), "docx", tp_pdf, tp, "Writer"))
    # 9. VR mail body from coach
    body = ("Beste Wessel en Bianca,\n\nHierbij de tussenstand van het traject met Jeroen, na drie maanden.\n\n"
            "Gedaan: competentietest (sterk in organiseren en leidinggeven), arbeidsmarktverkenning, acht "
            "sollicitaties bij cateraars, zorginstellingen en een groothandel. Twee gesprekken, nog geen "
            "aanbod.\nWerkervaring: vanaf juni twee dagen meelopen op de inkoopafdeling van een groothandel.\n"
            "Motivatie: goed, Jeroen is actief en komt afspraken na.\nVolgende stap: werkervaringsplaats "
            "evalueren in juli.\n\nHartelijke groet,\nLotte Verbrugge\nJobcoach | Werkwaarts\n")
    name = "mail/Tussenstand Jeroen na drie maanden.eml"
    eml(C, name, sender="Lotte Verbrugge <lotte@werkwaarts.example>",
        to="Wessel Kampinga <w.kampinga@smaakwerk.example>, Bianca Roodbeen <b.roodbeen@verzuimregie-midden.example>",
        subject="Tussenstand Jeroen na drie maanden", when=at(vr, 14, 3), body=body,
        msgid="c9vr.3321@werkwaarts.example")
    label(f"{C}/{name}", "voortgangsrapportage_tweede_spoor", vr, tag, "plain text eml",
          "mail body is the progress report - no title")
    # 10. AO fax with stamp
    fh = f"{dmy(ao)} 11:07   ARBODIENST KEMPENHOF   {fax_no}          P.01/01"
    pg = L.render_page([
        "Arbodienst Kempenhof - Ekelstein", "", "Aan: Smaakwerk Bedrijfscatering B.V.", "",
        "# Actueel oordeel bedrijfsarts", "",
        f"Werknemer: J. Verduin   BSN: {bsn}   Datum: {dmy(ao)}", "",
        "Verloop: na operatie en revalidatie stabiel, maar blijvend beperkt voor staan en tillen.",
        "Mogelijkheden: zittend werk 6 uur per dag; staan max. 1 uur aaneen (zie profiel december 2024).",
        "Arbeidsrelatie: goed.",
        "Passende arbeid bij werkgever: het eigen werk als kok is niet passend; het huidige werk van",
        "24 uur (inkoop en planning) is passend maar is geen volledige functie.", "",
        "De medische informatie stuur ik apart aan de verzekeringsarts.", "", f"{ba}"],
        rng, fax=fh, stamp=f"ONTVANGEN\n{stampdate(wd(ao, 2))}", stamp_pos=(0.55, 0.75))
    name = "Fax_Kempenhof_0918.pdf"
    L.save_scan_pdf(out(C, name), [L.scanify(pg, rng)], wd(ao, 2), "HP LaserJet MFP fax")
    label(f"{C}/{name}", "actueel_oordeel", ao, tag, "Pillow image-only fax scan with stamp",
          "fax header + received stamp - mentions medical information sent separately")
    # 11. MI fax
    fh = f"{dmy(ao)} 11:09   ARBODIENST KEMPENHOF   {fax_no}          P.01/01"
    pg = L.render_page([
        "Arbodienst Kempenhof - Ekelstein", "", "MEDISCH GEHEIM - uitsluitend voor de verzekeringsarts UWV", "",
        "# Medische informatie", "", f"Betreft: J. Verduin, BSN {bsn}, datum {dmy(ao)}", "",
        "Diagnose: gonartrose rechts na partiële meniscectomie (mei 2024), chondropathie patella.",
        "Behandelaar: orthopedisch chirurg Ziekenhuis Ekelstein; fysiotherapie sinds februari 2024.",
        "Medicatie: paracetamol 1 g 3 dd, diclofenac bij exacerbaties.",
        "MRI september 2024: voortschrijdende kraakbeenschade mediaal compartiment.",
        "Prognose: geen herstel van staande belastbaarheid te verwachten.", "", f"{ba}"], rng, fax=fh)
    name = "Fax_Kempenhof_0918 (2).pdf"
    L.save_scan_pdf(out(C, name), [L.scanify(pg, rng)], ao, "HP LaserJet MFP fax")
    label(f"{C}/{name}", "medische_informatie", ao, tag, "Pillow image-only fax scan",
          "medical information faxed to the employer by mistake - employer must not hold it (DOMAIN privacy)")
    # 12. EV docx->pdf
    spec = [("h", "Eindevaluatie"),
            ("t", [["Werknemer", "J. Verduin"], ["Werkgever", "Smaakwerk Bedrijfscatering B.V."],
                   ["Datum", dmy(ev)], ["Opgesteld door", "B. Roodbeen, casemanager"]]),
            ("h2", "Aard van het bedrijf"),
            ("p", "Smaakwerk verzorgt bedrijfsrestaurants en vergadercatering op 23 locaties, met 190 "
                  "medewerkers, voornamelijk koks en medewerkers uitgifte."),
            ("h2", "Verloop"),
            ("p", "Eerste spoor: kantoorwerk en korte keukentaken, nu 24 uur. Tweede spoor via Werkwaarts: "
                  "werkervaringsplaats bij een groothandel, geen vaste plaatsing."),
            ("h2", "Arbeidsrelatie"), ("p", "Goed, beide partijen zijn tevreden over de samenwerking."),
            ("h2", "Passende arbeid"), ("p", "24 uur inkoop en planning, vastgelegd per 1 november."),
            ("p", "Getekend: W. Kampinga, J. Verduin")]
    docx_pdf(C, "Eindevaluatie J Verduin.pdf", spec, ev, "B. Roodbeen")
    label(f"{C}/Eindevaluatie J Verduin.pdf", "eindevaluatie", ev, tag, "LibreOffice PDF from docx", "standard title")
    # 13. OW txt
    t = ("Mijn reactie op het re-integratieverslag\n\n"
         "Ik, Jeroen Verduin, heb het verslag gelezen. Ik ben het eens met de beschrijving. Ik wil er wel bij\n"
         "zeggen dat ik graag meer uren had gewerkt, maar dat er geen zittend werk is voor meer dan 24 uur.\n"
         "Het traject bij Werkwaarts was goed, alleen kort.\n\n"
         f"Ekelstein, {dmy(ow)}\nJ. Verduin\n")
    txt(C, "reactie jeroen op verslag.txt", t)
    label(f"{C}/reactie jeroen op verslag.txt", "oordeel_werknemer", ow, tag, "Notepad txt", "typed note")
    # 14. payslip non-RIV
    spec = [("h", "Loonstrook september 2025"),
            ("t", [["Werknemer", "J. Verduin"], ["Personeelsnummer", "10442"], ["Periode", "09-2025"],
                   ["Salaris 38 uur", "3.412,00"], ["Loondoorbetaling bij ziekte 70%", "-1.023,60"],
                   ["Loon gewerkte uren 24 uur", "2.155,00"], ["Netto", "2.301,18"]]),
            ("p", "Smaakwerk Bedrijfscatering B.V. - salarisadministratie")]
    docx_pdf(C, "Loonstrook september 2025.pdf", spec, wd(ao, 10), "Salarisadministratie")
    label(f"{C}/Loonstrook september 2025.pdf", "", None, tag, "LibreOffice PDF from docx",
          "payslip naming loondoorbetaling bij ziekte - no RIV document")


# =====================================================================================================
# Case D: roofing company
# =====================================================================================================

def case_d() -> None:
    C = "Dakwerken Oudshoorn - Tijmen Prins"
    tag = "D-dakdekker"
    rng = random.Random(1904)
    bsn = L.make_bsn(rng)
    assert L.elfproef(bsn)
    D0 = dt.date(2023, 11, 20)
    pa, pva, bpa, te, zm, eje = wd(D0, 37), wd(D0, 49), wd(D0, 115), wd(D0, 140), wd(D0, 294), wd(D0, 357)
    ad, vr, er, ao, ev, ow = wd(D0, 372), wd(D0, 470), wd(D0, 590), wd(D0, 612), wd(D0, 626), wd(D0, 632)
    ba = "B. Hofstee, bedrijfsarts"
    # 1. PA scan0001 with stamp
    pg = L.render_page([
        "Hofstee Arbeid & Gezondheid - Dorpsstraat 31 - 2964 AB Groot-Ammersloot", "",
        "Dakwerken Gebr. Oudshoorn", "t.a.v. de heer G. Oudshoorn", "Zandweg 7", "2964 LP Groot-Ammersloot", "",
        f"Groot-Ammersloot, {nl(pa)}", "",
        "# Probleemanalyse", "",
        f"Betreft: de heer T. Prins, BSN {bsn}, dakdekker (40 uur), ziek sinds {nl(D0)}", "",
        "De heer Prins is op zijn eerste ziektedag van een ladder gevallen. Hij heeft letsel aan de",
        "linkerschouder en -pols. Hij kan de komende maanden niet op het dak werken: niet klimmen, niet",
        "tillen, niet boven schouderhoogte werken. Er is sprake van dreigend langdurig verzuim.",
        "Mogelijkheden: licht werk in de werkplaats of op kantoor, rechtshandig, 3 x 3 uur.",
        "Prognose: herstel in het eigen werk is onzeker; over drie maanden beter te beoordelen.", "",
        "Advies: maak binnen twee weken een plan van aanpak. Ik zie hem over vier weken terug.", "",
        "Met vriendelijke groet,", "", ba],
        rng, stamp=f"ONTVANGEN\n{stampdate(wd(pa, 2))}")
    L.save_scan_pdf(out(C, "scan0001.pdf"), [L.scanify(pg, rng)], wd(pa, 2), "Brother MFC-L2710DW")
    label(f"{C}/scan0001.pdf", "probleemanalyse", pa, tag, "Pillow image-only scan with stamp",
          "generic scanner name - received stamp after the date - first sick day in text")
    # 2. PvA txt by owner
    t = (f"Wat we hebben afgesproken met Tijmen ({dmy(pva)})\n\n"
         "Doel: Tijmen moet weer het dak op kunnen, als dat kan. Tot die tijd werkt hij in de loods.\n\n"
         "Wat gaat hij doen:\n"
         "- 3 ochtenden in de loods: materiaal klaarzetten (licht), bestellingen, busjes inruimen met hulp\n"
         "- niet klimmen, niet tillen met links\n"
         "- fysio 2x per week\n\n"
         "Wanneer praten we weer: over 6 weken, en na elke keer bij Hofstee.\n"
         "Wie regelt het: Wilma (kantoor) houdt het bij, ik (Gert) praat met Tijmen.\n\n"
         "Wat vinden we ervan:\n"
         "Gert: we willen Tijmen niet kwijt, hij is 12 jaar bij ons.\n"
         "Tijmen: liever vandaag dan morgen weer op het dak, maar ik snap dat het niet gaat.\n\n"
         "Gezien: G. Oudshoorn, T. Prins\n")
    txt(C, "plan tijmen.txt", t, enc="cp1252")
    label(f"{C}/plan tijmen.txt", "plan_van_aanpak", pva, tag, "Notepad txt cp1252",
          "owner's own words - no title - all PvA elements in plain language")
    # 3. bijstelling PA mail from bedrijfsarts
    body = (f"Geachte heer Oudshoorn,\n\nAanvullend op mijn probleemanalyse van {nl(pa)}: bij het spreekuur van "
            "afgelopen dinsdag bleek dat het herstel van de schouder achterblijft. Ik verwacht niet meer dat de "
            "heer Prins binnen het jaar weer op het dak kan werken. Zijn mogelijkheden zijn wel toegenomen: "
            "werk in de loods en op kantoor 4 x 6 uur, zonder tillen boven 5 kg met links en zonder klimmen.\n\n"
            "Mijn advies: pas het plan van aanpak hierop aan en laat op termijn onderzoeken welk werk blijvend "
            "passend is.\n\nMet vriendelijke groet,\nB. Hofstee\nbedrijfsarts, Hofstee Arbeid & Gezondheid\n")
    name = "mail/Aanvulling op mijn advies T. Prins.eml"
    eml(C, name, sender="Bas Hofstee <praktijk@hofstee-arbeid.example>",
        to="Gert Oudshoorn <gert@dakwerkenoudshoorn.example>", cc="Wilma Oudshoorn <wilma@dakwerkenoudshoorn.example>",
        subject="Aanvulling op mijn advies T. Prins", when=at(bpa, 17, 55), body=body,
        msgid="d3bpa.6613@hofstee-arbeid.example")
    label(f"{C}/{name}", "bijstelling_probleemanalyse", bpa, tag, "plain text eml",
          "bedrijfsarts mail - Aanvulling instead of bijstelling - quotes the PA date")
    # 4. TE docx kept
    spec = [("h2", f"Gesprek met Tijmen {nl(te)}"),
            ("p", "Aanwezig: Tijmen, Gert, Wilma (verslag)"),
            ("b", "Tijmen werkt nu 4 ochtenden in de loods, gaat goed"),
            ("b", "schouder nog pijnlijk bij reiken, pols is beter"),
            ("b", "afspraken van januari gelden nog, Hofstee zegt 4 x 6 uur kan"),
            ("b", "Tijmen helpt Wilma met offertes, vindt hij leuk"),
            ("b", "volgend gesprek juni"),
            ("p", "Wilma Oudshoorn")]
    docx_keep(C, "gesprek april.docx", spec, te, "Wilma Oudshoorn")
    label(f"{C}/gesprek april.docx", "tussentijdse_evaluatie", te, tag, "python-docx kept as docx",
          "bullet notes - no type word")
    # 5. ziekmelding: covering mail from payroll + UWV portal print
    body = ("<div class='band' style='background:#0b5394'><b>UWV Werkgeversportaal</b></div>"
            "<h1>Ontvangstbevestiging ziekmelding</h1><table>"
            "<tr><th>Werkgever</th><td>Dakwerken Gebr. Oudshoorn V.O.F.</td></tr>"
            "<tr><th>Loonheffingennummer</th><td>806511923L01</td></tr>"
            f"<tr><th>Werknemer</th><td>T. Prins</td></tr><tr><th>Burgerservicenummer</th><td>{bsn}</td></tr>"
            f"<tr><th>Eerste ziektedag</th><td>{dmy(D0)}</td></tr><tr><th>Gemeld op</th><td>{dmy(zm)}</td></tr>"
            "<tr><th>Gemeld door</th><td>Loonadministratie De Kroon (intermediair)</td></tr></table>"
            "<p>UWV heeft uw ziekmelding ontvangen.</p>")
    zp = out(C, "_tmp_zm.pdf")
    L.wk_pdf(zp, html_page(body), zm)
    data = zp.read_bytes()
    zp.unlink()
    name = "mail/Ziekmelding UWV T. Prins.eml"
    eml(C, name, sender="Loonadministratie De Kroon <salaris@dekroon-loon.example>",
        to="Wilma Oudshoorn <wilma@dakwerkenoudshoorn.example>", subject="Ziekmelding UWV T. Prins",
        when=at(wd(zm, 1), 8, 47), msgid="d5cov.1180@dekroon-loon.example",
        body="Goedemorgen Wilma,\n\nZoals gevraagd hebben wij Tijmen Prins gisteren bij UWV ziek gemeld. In de "
             "bijlage de ontvangstbevestiging.\n\nMet vriendelijke groet,\nAnouk Terpstra\nLoonadministratie "
             "De Kroon\n",
        attachments=[("Ontvangstbevestiging ziekmelding T. Prins.pdf", data, "application/pdf")])
    label(f"{C}/{name}", "", None, tag, "Outlook eml covering mail",
          "covering mail from the payroll office - only carries the attachment")
    label(f"{C}/{name}::Ontvangstbevestiging ziekmelding T. Prins.pdf", "ziekmelding_uwv", zm, tag,
          "wkhtmltopdf portal print attachment", "42nd-week report confirmation - mail sent a day later")
    # 6. EJE scan with handwriting
    pg = L.render_page([
        "Dakwerken Gebr. Oudshoorn", "", "# Jaargesprek ziekte", "",
        f"Naam: T. Prins            Datum: {dmy(eje)}            Ziek sinds: {dmy(D0)}", "",
        "1. Hoe is het afgelopen jaar gegaan?",
        "~ Loods en kantoor, nu 24 uur. Dak lukt niet meer.", "",
        "2. Klopt het doel van het plan nog?",
        "~ Nee. Nieuw doel: vast werk op kantoor / werkvoorbereiding", "",
        "3. Moet er buiten het bedrijf gezocht worden (tweede spoor)?",
        "~ Ja, naast intern. Bureau Opnieuw Aan Zet gebeld.", "",
        "4. Wat vindt de werkgever?",
        "~ Tijmen is goed met offertes, misschien calculator worden", "",
        "5. Wat vindt de werknemer?",
        "~ wil binnen blijven, opleiding calculatie lijkt me goed  -TP", "",
        "Handtekening werkgever:                       Handtekening werknemer:",
        "~ G. Oudshoorn                         T. Prins"], rng)
    name = "Scan_2024-11-14.pdf"
    L.save_scan_pdf(out(C, name), [L.scanify(pg, rng)], wd(eje, 3), "Brother MFC-L2710DW")
    label(f"{C}/{name}", "eerstejaarsevaluatie", eje, tag, "Pillow image-only scan with handwriting",
          "printed form filled in by hand (Jaargesprek ziekte) - scan date in the name 3 days after the meeting")
    # 7. AD report page 1 as PDF, page 2 as photo
    spec = [("h", "Arbeidsdeskundig rapport"),
            ("t", [["Werknemer", "T. Prins"], ["Werkgever", "Dakwerken Gebr. Oudshoorn"],
                   ["Arbeidsdeskundige", "K. Smit-Laarman, register-arbeidsdeskundige"], ["Datum", dmy(ad)]]),
            ("h2", "Vraagstelling"), ("p", "Welk werk is voor de heer Prins passend, binnen of buiten het bedrijf?"),
            ("h2", "Eigen werk"), ("p", "Dakdekken vraagt klimmen, tillen tot 25 kg en werken boven het hoofd. "
                                        "Dit is niet passend, ook niet na aanpassing."),
            ("h2", "Ander werk bij de werkgever"),
            ("p", "De functie werkvoorbereider/calculator (32 uur) komt in 2025 vrij. Met een opleiding "
                  "calculatie is deze functie passend. Tot die tijd: loods en kantoor."),
            ("p", "- zie pagina 2 voor conclusie en ondertekening -")]
    docx_pdf(C, "AD rapport Prins.pdf", spec, ad, "K. Smit-Laarman")
    label(f"{C}/AD rapport Prins.pdf", "arbeidsdeskundig_rapport", ad, tag, "LibreOffice PDF from docx",
          "page 1 only - the signature page is a separate photo")
    p2 = L.render_page([
        "Arbeidsdeskundig rapport T. Prins - pagina 2", "", "# Conclusie en advies", "",
        "1. Het eigen werk als dakdekker is niet passend.",
        "2. Spoor 1: opleiding calculatie en plaatsing als werkvoorbereider/calculator.",
        "3. Spoor 2: zoek tegelijk extern naar werk als werkvoorbereider in de bouw.", "",
        f"Groot-Ammersloot, {nl(ad)}", "", "~ K. Smit-Laarman", "register-arbeidsdeskundige"], rng)
    name = "IMG_20241203_141152.jpg"
    L.save_jpeg(out(C, name), L.phone_photo(p2, rng, out_w=1000), quality=55)
    label(f"{C}/{name}", "arbeidsdeskundig_rapport", ad, tag, "Pillow phone photo of paper",
          "signature page (page 2) of the AD report photographed separately - photo taken a week after the date")
    # 8. VR portal print
    body = ("<div class='band' style='background:#c05a16'><b>Opnieuw Aan Zet</b> &middot; klantportaal</div>"
            f"<h1>Voortgangsrapportage</h1><p class='meta'>Kandidaat T. Prins &middot; werkgever Dakwerken Gebr. "
            f"Oudshoorn &middot; periode 18-11-2024 t/m 28-02-2025 &middot; rapportagedatum {dmy(vr)}</p>"
            "<h2>Activiteiten</h2><ul><li>oriëntatie: werkvoorbereider, uitvoerder, calculator</li>"
            "<li>vijf open sollicitaties bij bouwbedrijven in de regio</li>"
            "<li>cv en LinkedIn-profiel bijgewerkt</li></ul>"
            "<h2>Resultaat</h2><p>Eén gesprek bij een installatiebedrijf, afgewezen wegens gebrek aan "
            "calculatie-ervaring. De opleiding calculatie (start januari) versterkt zijn kansen.</p>"
            "<h2>Vervolg</h2><p>Doorgaan met zoeken, volgende rapportage over drie maanden.</p>"
            "<p>S. Jorritsma, re-integratieconsultent</p>")
    name = "Opnieuw Aan Zet - rapportage T Prins.pdf"
    L.wk_pdf(out(C, name), html_page(body), vr, footer=f"Opnieuw Aan Zet klantportaal - afgedrukt {dmy(vr)}")
    label(f"{C}/{name}", "voortgangsrapportage_tweede_spoor", vr, tag, "wkhtmltopdf portal print",
          "period dates beside the report date - trajectplan of this bureau is missing from the folder")
    # 9. ER docx->pdf
    spec = [("h", "Eindrapportage re-integratie 2e spoor"), ("p", f"Opnieuw Aan Zet - T. Prins - {dmy(er)}"),
            ("h2", "Samenvatting"), ("p", "Het traject heeft geen externe plaatsing opgeleverd. De heer Prins "
                                          "heeft de opleiding calculatie gehaald en werkt sinds juni 32 uur als "
                                          "calculator bij de eigen werkgever. Het tweede spoor wordt daarom "
                                          "afgesloten."),
            ("h2", "Inspanningen"), ("b", "11 sollicitaties, 2 gesprekken, netwerkgesprekken bij 4 bouwbedrijven"),
            ("p", "S. Jorritsma")]
    docx_pdf(C, "Eindrapportage Opnieuw Aan Zet.pdf", spec, er, "S. Jorritsma")
    label(f"{C}/Eindrapportage Opnieuw Aan Zet.pdf", "eindrapportage_tweede_spoor", er, tag,
          "LibreOffice PDF from docx", "standard title")
    # 10. AO docx->pdf
    spec = [("p", "Hofstee Arbeid & Gezondheid - Dorpsstraat 31 - 2964 AB Groot-Ammersloot"),
            ("h", "Actueel oordeel"),
            ("p", f"Betreft: T. Prins, BSN {bsn} - datum {nl(ao)}"),
            ("p", "Beloop: het letsel aan schouder en pols is gestabiliseerd; blijvende beperkingen voor klimmen, "
                  "tillen en werken boven schouderhoogte."),
            ("p", "Mogelijkheden: kantoorwerk en licht werk in de loods, 32 uur per week."),
            ("p", "Arbeidsrelatie: goed."),
            ("p", "Passende arbeid: de functie calculator (32 uur) is passend. Het werk als dakdekker niet."),
            ("p", "Medische gegevens stuur ik rechtstreeks naar de verzekeringsarts."),
            ("p", ba)]
    docx_pdf(C, "Actueel oordeel Hofstee.pdf", spec, ao, "B. Hofstee")
    label(f"{C}/Actueel oordeel Hofstee.pdf", "actueel_oordeel", ao, tag, "LibreOffice PDF from docx",
          "standard title - letter style")
    # 11. EV in mail body from owner
    body = (f"Hoi Tijmen,\n\nZoals vanmiddag besproken zet ik even op papier hoe we ervoor staan "
            "na bijna twee jaar, voor je WIA-aanvraag.\n\n"
            "Ons bedrijf: Dakwerken Gebr. Oudshoorn is een dakdekkersbedrijf met 22 mensen, platte en hellende "
            "daken, vooral woningbouw en onderhoud.\n\n"
            "Wat we gedaan hebben: eerst licht werk in de loods, daarna kantoor en offertes, de opleiding "
            "calculatie, en naast ons het traject bij Opnieuw Aan Zet. Sinds juni ben je calculator voor 32 uur.\n"
            "Hoe gaat het tussen ons: goed, daar hoeven we het niet over te hebben.\n"
            "Passend werk: ja, calculator 32 uur. Voor de laatste 8 uur hebben we niets passends.\n\n"
            "Als je het ermee eens bent, teken ik het en gaat het bij de papieren voor UWV.\n\nGroet,\nGert\n")
    name = "mail/Zo staan we ervoor.eml"
    eml(C, name, sender="Gert Oudshoorn <gert@dakwerkenoudshoorn.example>",
        to="Tijmen Prins <tijmenprins@live.example>", subject="Zo staan we ervoor",
        when=at(ev, 20, 12), body=body, msgid="d11ev.9902@dakwerkenoudshoorn.example")
    label(f"{C}/{name}", "eindevaluatie", ev, tag, "plain text eml",
          "owner's mail body is the eindevaluatie - no title - aard van het bedrijf + arbeidsrelatie + passend werk")
    # 12. OW scan0003 handwritten
    pg = L.render_page([
        "~ Reactie op het re-integratieverslag", "",
        "~ Ik heb alle stukken gekregen en gelezen.",
        "~ Ik ben het eens met wat er staat. Het dak",
        "~ lukt niet meer, calculator bevalt goed.",
        "~ Wel jammer dat het 32 uur is en geen 40.",
        "~ Ik wil later kijken of meer uren kan.", "",
        f"~ {dmy(ow)}   Tijmen Prins", ""], rng, hand_color=20,
        stamp=f"ONTVANGEN\n{stampdate(wd(ow, 2))}", stamp_pos=(0.55, 0.70))
    L.save_scan_pdf(out(C, "scan0003.pdf"), [L.scanify(pg, rng)], wd(ow, 2), "Brother MFC-L2710DW")
    label(f"{C}/scan0003.pdf", "oordeel_werknemer", ow, tag, "Pillow image-only scan handwriting with stamp",
          "handwritten note only - generic scanner name - stamp date after the document date")
    # 13. vacature txt
    t = ("VACATURE (intern)  Werkvoorbereider / calculator  32-40 uur\n\n"
         "Wij zoeken een collega die offertes maakt, materiaal bestelt en de planning van de ploegen bijhoudt.\n"
         "Ervaring op het dak is een pre. Opleiding calculatie kan via ons.\n"
         "Reageren bij Wilma.\n")
    txt(C, "vacature calculator.txt", t)
    label(f"{C}/vacature calculator.txt", "", None, tag, "Notepad txt", "internal vacancy - no RIV document")
    # 14. insurer claim form non-RIV
    spec = [("h", "Declaratieformulier verzuimverzekering"),
            ("t", [["Polisnummer", "VV-7734120"], ["Verzekeringnemer", "Dakwerken Gebr. Oudshoorn V.O.F."],
                   ["Werknemer", "T. Prins"], ["Eerste ziektedag", dmy(D0)], ["Periode", "01-07-2024 t/m 30-09-2024"],
                   ["Doorbetaald loon", "7.842,60"], ["Kosten re-integratiebedrijf", "2.150,00"]]),
            ("p", "Ondertekend: G. Oudshoorn")]
    docx_pdf(C, "declaratie verzekeraar Q3.pdf", spec, wd(D0, 320), "Wilma Oudshoorn")
    label(f"{C}/declaratie verzekeraar Q3.pdf", "", None, tag, "LibreOffice PDF from docx",
          "insurance claim with first sick day and re-integration costs - no RIV document")
    (FILES / C / "dossier.yaml").write_text(
        f'werknemer: {{naam: "T. Prins", bsn: "{bsn}", functie: "Dakdekker"}}\n'
        'werkgever: {naam: "Dakwerken Gebr. Oudshoorn V.O.F.", loonheffingennummer: "806511923L01", '
        'aard_van_het_bedrijf: "Dakdekkersbedrijf"}\n'
        'bedrijfsarts: {naam: "B. Hofstee", organisatie: "Hofstee Arbeid & Gezondheid"}\n'
        'casemanager: {naam: "W. Oudshoorn"}\n'
        f"eerste_ziektedag: {D0.isoformat()}\n", encoding="utf-8")


PENDING_MAIL: list = []


def main() -> None:
    if FILES.exists():
        shutil.rmtree(FILES)
    FILES.mkdir()
    for f in (case_a, case_b, case_c, case_d):
        f()
    L.soffice_convert(SOFFICE)
    for case_dir, name, pdf, kw, attname in PENDING_MAIL:
        data = pdf.read_bytes()
        pdf.unlink()
        eml(case_dir, name, attachments=[(attname, data, "application/pdf")], **kw)
    ROWS.sort(key=lambda r: r["path"])
    with (HERE / "labels.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
        w.writeheader()
        w.writerows(ROWS)
    # self-checks
    disk = {p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file() and p.name != "dossier.yaml"}
    lab = {r["path"] for r in ROWS if "::" not in r["path"]}
    assert disk == lab, (disk ^ lab)
    print(len(ROWS), "labels")


if __name__ == "__main__":
    main()
