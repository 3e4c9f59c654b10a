#!/usr/bin/env python3
"""Generate tests/corpus16: an untouched classification holdout of varied, everyday wording.

Run:  .venv/bin/python tests/corpus16/make_corpus16.py
It deletes and rewrites ``files/`` and ``labels.csv`` next to this script. Fixed seeds, no clock reads; LibreOffice
runs with TZ=UTC and SOURCE_DATE_EPOCH in a private profile. The producers live in ``render16.py``.

Five fictional case folders (a municipality, a bakery chain, a hospital, a school board, an installation firm),
each with its own writers. Everything is invented: people, companies, towns, addresses, BSNs (elfproef, asserted),
BIG numbers, e-mail domains (all ``.example``).
"""

# ruff: noqa: E501  (the document texts are written one paragraph per line, on purpose)

from __future__ import annotations

import csv
import datetime as dt
import random
import re
import shutil
import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter

sys.path.insert(0, str(Path(__file__).resolve().parent))

from render16 import (
    DAYS,
    MONTHS,
    Fonts,
    docx_bytes,
    eml_bytes,
    fix_pdf,
    jpeg_bytes,
    page_images,
    pdf_via_libreoffice,
    photo_of_page,
    scan_pdf,
)

HERE = Path(__file__).resolve().parent
FILES = HERE / "files"
LABELS = HERE / "labels.csv"
EPOCH = 1767225600  # 2026-01-01T00:00:00Z, for SOURCE_DATE_EPOCH only

CONTRACT_TYPES = {
    "probleemanalyse", "bijstelling_probleemanalyse", "plan_van_aanpak", "bijstelling_plan_van_aanpak",
    "tussentijdse_evaluatie", "eerstejaarsevaluatie", "actueel_oordeel", "eindevaluatie", "oordeel_werknemer",
    "medische_informatie", "arbeidsdeskundig_rapport", "inzetbaarheidsprofiel", "trajectplan_tweede_spoor",
    "voortgangsrapportage_tweede_spoor", "eindrapportage_tweede_spoor", "deskundigenoordeel", "ziekmelding_uwv",
    "uwv_correspondentie",
}  # fmt: skip


def elfproef(s: str) -> bool:
    s = "".join(ch for ch in s if ch.isdigit())
    if len(s) != 9 or s == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def make_bsn(seed: int) -> str:
    rng = random.Random(seed)
    while True:
        s = str(rng.randint(100_000_000, 999_999_999))
        if elfproef(s):
            return s


def dots(b: str) -> str:
    return f"{b[:4]}.{b[4:6]}.{b[6:]}"


def spaced(b: str) -> str:
    return f"{b[:3]} {b[3:6]} {b[6:]}"


D = dt.date
T = dt.datetime


class Corpus:
    def __init__(self) -> None:
        self.rows: list[dict[str, str]] = []
        self.files: dict[str, bytes] = {}
        self.lo_jobs: dict[str, bytes] = {}
        self.lo_when: dict[str, dt.datetime] = {}
        self.texts: list[tuple[str, str]] = []  # (path, source text) for the weekday check

    # -- bookkeeping
    def row(self, case: str, rel: str, type_: str, date: D | None, producer: str, trap: str) -> None:
        assert type_ == "" or type_ in CONTRACT_TYPES, type_
        assert bool(type_) == bool(date), (rel, type_, date)
        for part in (producer, trap):
            assert ";" not in part and "\n" not in part, part
        if date:
            assert date.weekday() < 5, (rel, date)
        self.rows.append(
            {
                "path": f"{case}/{rel}",
                "type": type_,
                "date": date.isoformat() if date else "",
                "split": "holdout",
                "note": f"{CASE_SHORT[case]};{producer};{trap}",
            }
        )

    def put(self, case: str, rel: str, data: bytes) -> None:
        key = f"{case}/{rel}"
        assert key not in self.files, key
        self.files[key] = data

    # -- producers
    def word(self, case, rel, type_, date, trap, src, when, **kw) -> None:
        self.texts.append((rel, src))
        self.put(case, rel, docx_bytes(src, created=kw.pop("created", when), modified=when, **kw))
        self.row(case, rel, type_, date, "Word .docx (python-docx)", trap)

    def wordpdf(self, case, rel, type_, date, trap, src, when, **kw) -> None:
        self.texts.append((rel, src))
        key = f"{case}/{rel}"
        self.lo_jobs[key] = docx_bytes(src, created=kw.pop("created", when), modified=when, **kw)
        self.lo_when[key] = when
        self.row(case, rel, type_, date, "Word printed to PDF by LibreOffice Writer", trap)

    def scan(
        self,
        case,
        rel,
        type_,
        date,
        trap,
        src,
        when,
        *,
        creator,
        producer,
        seed,
        signed=True,
        family="sans",
        size_pt=10.5,
        producer_note=None,
        quality=40,
        skew=0.4,
        bw=True,
    ) -> bytes:
        self.texts.append((rel, src))
        pages = page_images(src, family=family, size_pt=size_pt, seed=seed, signed=signed, dpi=200 if bw else 150)
        data = scan_pdf(
            pages,
            when=when,
            creator=creator,
            producer=producer,
            rng=random.Random(seed + 7),
            quality=quality,
            skew=skew,
            bw=bw,
        )
        if producer_note is None:
            producer_note = (
                "copier scan, image-only PDF (black-and-white 200 dpi, CCITT G4)"
                if bw
                else "copier scan, image-only PDF (grey 150 dpi, JPEG)"
            )
        if rel:
            self.put(case, rel, data)
            self.row(case, rel, type_, date, producer_note, trap)
        return data

    def photo(
        self,
        case,
        rel,
        type_,
        date,
        trap,
        img: Image.Image,
        when,
        *,
        make="Apple",
        model="iPhone 12",
        quality=58,
        producer_note="phone photo JPEG",
        software="",
    ) -> None:
        self.put(case, rel, jpeg_bytes(img, quality=quality, when=when, make=make, model=model, software=software))
        self.row(case, rel, type_, date, producer_note, trap)

    def mail(self, case, rel, type_, date, trap, producer_note, **kw) -> None:
        self.texts.append((rel, kw["text"]))
        self.put(case, rel, eml_bytes(**kw))
        self.row(case, rel, type_, date, producer_note, trap)

    def text(self, case, rel, type_, date, trap, content: str, *, crlf=False, producer_note="plain text .txt") -> None:
        self.texts.append((rel, content))
        body = content.replace("\n", "\r\n") if crlf else content
        self.put(case, rel, body.encode("utf-8"))
        self.row(case, rel, type_, date, producer_note, trap)

    def raw(self, case: str, rel: str, data: bytes) -> None:
        """A file that is no document (dossier.yaml): on disk, not labelled."""
        self.put(case, rel, data)

    # -- output
    def finish(self) -> None:
        if self.lo_jobs:
            pdfs = pdf_via_libreoffice(self.lo_jobs, EPOCH)
            for key, raw in pdfs.items():
                case, rel = key.split("/", 1)
                self.put(case, rel, fix_pdf(raw, self.lo_when[key]))
        if FILES.exists():
            shutil.rmtree(FILES)
        for key, data in sorted(self.files.items()):
            p = FILES / key
            p.parent.mkdir(parents=True, exist_ok=True)
            p.write_bytes(data)
        with LABELS.open("w", encoding="utf-8", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["path", "type", "date", "split", "note"], lineterminator="\n")
            w.writeheader()
            for r in sorted(self.rows, key=lambda r: r["path"]):
                w.writerow(r)


# --------------------------------------------------------------------------- case facts

CASE_A = "Oldenkamp H - personeelsdossier 2024-017"
CASE_B = "Wennink Joyce (Marktstraat)"
CASE_C = "Groeneveld-Arts L 0412277"
CASE_D = "Smeulders F - SVOR verzuim"
CASE_E = "Nijenhuis B - Brons & Van Eck"
CASE_SHORT = {CASE_A: "Oldenkamp", CASE_B: "Wennink", CASE_C: "Groeneveld", CASE_D: "Smeulders", CASE_E: "Nijenhuis"}

BSN_A = make_bsn(1601)
BSN_B = make_bsn(1602)
BSN_C = make_bsn(1603)
BSN_D = make_bsn(1604)
BSN_E = make_bsn(1605)
for _b in (BSN_A, BSN_B, BSN_C, BSN_D, BSN_E):
    assert elfproef(_b), _b
assert len({BSN_A, BSN_B, BSN_C, BSN_D, BSN_E}) == 5

D0 = {CASE_A: D(2024, 2, 5), CASE_B: D(2023, 9, 11), CASE_C: D(2024, 4, 15), CASE_D: D(2023, 11, 20),
      CASE_E: D(2024, 6, 3)}  # fmt: skip
for _d in D0.values():
    assert _d.weekday() == 0


def week(case: str, d: D) -> int:
    """Sick week number of date d (week 1 = D0..D0+6)."""
    return (d - D0[case]).days // 7 + 1


# =========================================================================== case A: gemeente Wedderbroek
# Writers: team HRM (formal, numbered considerations, "Gelet op"), a bedrijfsarts who writes long letters, an
# arbeidsdeskundige in question-and-answer form, UWV, a GZ-psychologist, the employee ("Mijn kant van het verhaal").

HRM_HEAD = "@head Gemeente Wedderbroek | Team HRM · afdeling Bedrijfsvoering | Postbus 40, 9530 AA Wedderbroek · www.wedderbroek.example"
HZD_HEAD = "@head Arbodienst Hunzedal B.V. | Kanaalweg 3, 9541 HB Oosterhunze | T 0599 000 410 · secretariaat@arbodienst-hunzedal.example"
UWV_HEAD = (
    "@head UWV | Uitvoeringsinstituut Werknemersverzekeringen | Postbus 50999, 9700 RE Groningen · www.uwv.example"
)
HZD_TO = """. Gemeente Wedderbroek
. t.a.v. de heer mr. J.W. Scholtens, adviseur HRM
. Postbus 40
. 9530 AA Wedderbroek"""
RIEKE_ADDR = """. Mevrouw H. Oldenkamp
. Esdoornlaan 17
. 9531 KP Wedderbroek"""


def case_a(c: Corpus) -> None:
    K, b = CASE_A, BSN_A
    hrm = dict(font="Arial", size=10, author="Scholtens, J.W.")
    hzd = dict(font="Times New Roman", size=11, author="C.A. Roelfsema")

    c.wordpdf(
        K,
        "arbodienst/2024-03-05 brief bedrijfsarts.pdf",
        "probleemanalyse",
        D(2024, 3, 5),
        "long letter without the type word (oordeel en advies) - names the plan van aanpak in passing - same file-name pattern as the bijstelling and the AO",
        f"""{HZD_HEAD}
{HZD_TO}
@right Oosterhunze, 5 maart 2024
. Ons kenmerk: HZD/24/0871/CR
. Betreft: mevrouw H. Oldenkamp, geboren 23-08-1971, BSN {b}
. Verzuimnummer: 2024-0213

Geachte heer Scholtens,

Op vrijdag 1 maart 2024 heb ik mevrouw Oldenkamp op mijn spreekuur gezien. Zij heeft zich op 5 februari 2024 ziek gemeld, enkele dagen nadat zij aan de balie van Publiekszaken ernstig werd bedreigd door een bezoeker. U vroeg mij om advies. Omdat het verzuim inmiddels vier weken duurt en ik verwacht dat het nog geruime tijd zal duren, geef ik u hieronder mijn oordeel en advies zoals de Wet verbetering poortwachter dat vraagt. Mevrouw Oldenkamp heeft ingestemd met het verzenden van deze brief; zij ontvangt een afschrift.

## Hoe is het gegaan?
Mevrouw Oldenkamp werkt sinds 2004 bij uw gemeente, de laatste jaren als klantadviseur aan de balie van Burgerzaken. Na het incident van 2 februari heeft zij nog één dag gewerkt. Sindsdien lukt het haar niet om naar het gemeentehuis te gaan. Haar klachten passen bij wat mensen na een ingrijpende gebeurtenis doormaken. Zij krijgt hulp die zinvol is, en zij werkt daar goed aan mee. Over de aard van de klachten en de behandeling doe ik, zoals u weet, geen mededelingen.

## Wat kan zij op dit moment wel en niet?
Mevrouw Oldenkamp is op dit moment beperkt in het omgaan met spanning en met onverwachte situaties. Contact met (boze of emotionele) burgers is voorlopig niet verantwoord, ook niet telefonisch. Haar concentratie wisselt, zodat zij werk met veel onderbrekingen of tijdsdruk nog niet aankan. Lichamelijk heeft zij geen beperkingen. Zij kan wel werken aan overzichtelijke taken in een rustige omgeving, bij voorkeur niet in of vlak bij de publiekshal.

## Hoe zie ik het verdere verloop?
Ik verwacht dat zij de komende maanden geleidelijk meer kan, maar dat terugkeer naar het baliewerk niet op korte termijn mogelijk is. Hoe lang het gaat duren, is nu niet met zekerheid te zeggen; ik houd rekening met drie tot zes maanden voordat zij haar eigen werk weer gedeeltelijk kan oppakken. Er is dus sprake van dreigend langdurig verzuim.

## Mijn advies
1. Laat haar in de week van 18 maart beginnen met werk op een rustige plek, bijvoorbeeld in de backoffice van Publiekszaken, twee keer twee uur per week. Geen contact met burgers.
2. Bouw in overleg met haar elke twee weken met ongeveer twee uur per week op, zolang de klachten niet toenemen.
3. Laat haar niet via de publieksingang het gebouw binnengaan en spreek af welke collega haar de eerste dagen opvangt.
4. Bied de collegiale opvang (het BOT-team) nog eens actief aan.
5. Stel samen met haar binnen twee weken het plan van aanpak op en wijs een casemanager aan.
6. Ik zie haar over vier weken terug op het spreekuur.

Ik ga ervan uit dat u met dit advies uit de voeten kunt. Heeft u vragen, dan kunt u mij op dinsdag en donderdag bereiken via het secretariaat.

Met vriendelijke groet,
@sig C.A. Roelfsema ~ bedrijfsarts, BIG 49012345601 ~ Arbodienst Hunzedal
@small Afschrift: mevrouw H. Oldenkamp. Deze brief bevat geen medische gegevens.
""",
        T(2024, 3, 5, 14, 20),
        **hzd,
        title="Brief werkgever Oldenkamp",
    )

    c.scan(
        K,
        "scan_20240318_101533.pdf",
        "plan_van_aanpak",
        D(2024, 3, 15),
        "a letter confirming agreements in numbered considerations - no type word - signed copy scanned three days later",
        f"""{HRM_HEAD}
. Vertrouwelijk
{RIEKE_ADDR}
@right Wedderbroek, 15 maart 2024
. Ons kenmerk: HRM/2024/017-03
. Onderwerp: vastlegging van de afspraken over uw werkhervatting
. BSN: {dots(b)}

Geachte mevrouw Oldenkamp,

Op 13 maart 2024 hebben wij, in aanwezigheid van uw teamleider mevrouw S. Brinkers-Nijhof, met u gesproken over uw terugkeer in het werk. Met deze brief leggen wij de uitkomst van dat gesprek vast.

## 1. Overwegingen
1.1 U bent sinds 5 februari 2024 arbeidsongeschikt voor uw functie van klantadviseur Publiekszaken (32 uur per week).
1.2 De bedrijfsarts, de heer C.A. Roelfsema, heeft in zijn brief van 5 maart 2024 vastgesteld dat sprake is van dreigend langdurig verzuim. Hij acht u op dit moment niet in staat tot contact met burgers, maar wel tot overzichtelijk werk in een rustige omgeving, te beginnen met twee keer twee uur per week.
1.3 Werkgever en werknemer zijn op grond van de Wet verbetering poortwachter gehouden samen afspraken te maken over de activiteiten die tot werkhervatting moeten leiden, en deze schriftelijk vast te leggen.
1.4 U heeft aangegeven graag terug te willen keren naar Publiekszaken, maar voorlopig niet aan de balie.

## 2. Doel
2.1 Het doel op korte termijn (tot 1 juni 2024) is hervatting in passende werkzaamheden in de backoffice van Publiekszaken, opgebouwd tot twaalf uur per week.
2.2 Het doel op langere termijn is volledige terugkeer in de eigen functie, zo nodig met aanpassingen in het balierooster.

## 3. Afspraken en activiteiten
3.1 U begint op dinsdag 19 maart 2024 met twee ochtenden van twee uur (dinsdag en donderdag, 9.00-11.00 uur) in de backoffice: controle van aanvragen voor reisdocumenten en het verwerken van adreswijzigingen uit het digitale loket.
3.2 U gaat het gemeentehuis binnen via de personeelsingang aan de Kerkstraat. Uw collega mevrouw T. Dijkstra vangt u de eerste weken op.
3.3 Wij bouwen in overleg elke twee weken met ongeveer twee uur op, zolang de bedrijfsarts daartegen geen bezwaar heeft.
3.4 U blijft de hulp volgen die u bent gestart; afspraken daarvoor gaan voor werk.
3.5 De gemeente biedt opnieuw gesprekken aan met het team Bedrijfsopvang (BOT). U laat uiterlijk 1 april weten of u daarvan gebruik wilt maken.
3.6 Mevrouw Brinkers belt u elke maandag kort om te horen hoe het gaat.

## 4. Casemanager en evaluatie
4.1 Casemanager is de heer mr. J.W. Scholtens, adviseur HRM (telefoon 0597 000 233).
4.2 Wij bespreken deze afspraken ten minste iedere zes weken met u; het eerste gesprek vindt plaats in de week van 22 april 2024. Aan het einde van het eerste ziektejaar volgt een uitgebreide bespreking.
4.3 De afspraken worden bijgesteld als de bedrijfsarts zijn advies wijzigt of als een gesprek daartoe aanleiding geeft.

## 5. Visie van werkgever en werknemer
5.1 Werkgever: wij achten deze opbouw haalbaar en verwachten dat mevrouw Oldenkamp binnen een half jaar weer een groot deel van haar eigen werk kan doen. Wij hechten eraan dat zij zich veilig voelt in het gebouw.
5.2 Werknemer: ik kan mij vinden in deze afspraken. Ik wil graag terug naar mijn eigen team, maar ik zie op tegen de balie en wil daar de tijd voor nemen.

Een afschrift van deze brief gaat naar de bedrijfsarts. Wij verzoeken u een exemplaar voor akkoord te ondertekenen en aan ons terug te zenden.

Hoogachtend,
namens het college van burgemeester en wethouders,
@sig mr. J.W. Scholtens ~ adviseur HRM, casemanager || Voor akkoord: H. Oldenkamp ~ werknemer
""",
        T(2024, 3, 18, 10, 15),
        creator="KONICA MINOLTA bizhub C450i",
        producer="KONICA MINOLTA bizhub C450i",
        seed=101,
    )

    c.word(
        K,
        "correspondentie/uitnodiging gesprek 25-04.docx",
        "",
        None,
        "invitation that names the evaluation and the afspraken of 15 March - no RIV document",
        f"""{HRM_HEAD}
{RIEKE_ADDR}
@right Wedderbroek, 11 april 2024
. Ons kenmerk: HRM/2024/017-05
. Onderwerp: uitnodiging voor een gesprek

Geachte mevrouw Oldenkamp,

Zoals vastgelegd in onze brief van 15 maart 2024 bespreken wij iedere zes weken met u hoe het gaat met uw werkhervatting en of de afspraken nog passen. Graag nodig ik u uit voor het eerste gesprek.

. Datum: donderdag 25 april 2024
. Tijd: 10.00 - 11.00 uur
. Plaats: gemeentehuis, spreekkamer 2.14 (ingang Kerkstraat)
. Aanwezig: mevrouw S. Brinkers-Nijhof (teamleider Publiekszaken) en ondergetekende

Wij willen met u bespreken hoe de eerste weken in de backoffice zijn verlopen, of de opbouw van de uren haalbaar is en wat er nodig is voor de volgende stap. U mag iemand meenemen als u dat prettig vindt.

Kunt u niet op dit tijdstip? Laat het mij dan uiterlijk 22 april weten via j.scholtens@wedderbroek.example of 0597 000 233.

Met vriendelijke groet,

. mr. J.W. Scholtens
. adviseur HRM
""",
        T(2024, 4, 11, 9, 5),
        **hrm,
    )

    c.word(
        K,
        "correspondentie/verslag gesprek 25 april 2024.docx",
        "tussentijdse_evaluatie",
        D(2024, 4, 29),
        "formal verslag in numbered points - meeting 25 April but dated 29 April",
        f"""{HRM_HEAD}
# Verslag van het gesprek op 25 april 2024
| Betreft | mevrouw H. Oldenkamp, klantadviseur Publiekszaken |
| BSN | {b} |
| Aanwezig | mevrouw H. Oldenkamp; mevrouw S. Brinkers-Nijhof, teamleider Publiekszaken; mr. J.W. Scholtens, adviseur HRM (verslag) |
| Datum verslag | 29 april 2024 |

## 1. Aanleiding
1.1 Dit is het eerste van de periodieke gesprekken die op 15 maart 2024 zijn vastgelegd. Besproken is of de afspraken zijn nagekomen en of zij nog passen.

## 2. Bevindingen
2.1 Mevrouw Oldenkamp werkt sinds 19 maart in de backoffice. Zij begon met twee keer twee uur en werkt nu drie ochtenden van drie uur (negen uur per week). De opbouw is daarmee iets sneller gegaan dan gepland.
2.2 Het werk zelf (controle van aanvragen, adreswijzigingen) gaat goed. Na drie uur is zij moe en thuis heeft zij tijd nodig om bij te komen.
2.3 Binnenkomen via de Kerkstraat werkt goed. Het geluid uit de publiekshal, dat in de backoffice te horen is, geeft soms spanning.
2.4 Zij heeft twee gesprekken gehad met het BOT-team en vond die nuttig.
2.5 De wekelijkse belafspraak met mevrouw Brinkers is nagekomen; beiden vinden die prettig.

## 3. Conclusie
3.1 De afspraken uit de brief van 15 maart 2024 zijn nagekomen en blijven ongewijzigd van kracht.
3.2 De opbouw gaat door zoals afgesproken, tot twaalf uur per week op 1 juni 2024.
3.3 Mevrouw Brinkers onderzoekt of een werkplek verder van de publiekshal mogelijk is.

## 4. Vervolg
4.1 Volgende afspraak bij de bedrijfsarts: 30 april 2024.
4.2 Volgend gesprek: begin juni 2024.

Mevrouw Oldenkamp heeft dit verslag ontvangen en kan zich erin vinden.
@sig mr. J.W. Scholtens ~ adviseur HRM || H. Oldenkamp ~ werknemer
""",
        T(2024, 4, 29, 11, 40),
        **hrm,
    )

    c.wordpdf(
        K,
        "arbodienst/2024-06-18 brief bedrijfsarts.pdf",
        "bijstelling_probleemanalyse",
        D(2024, 6, 18),
        "long letter that revises the March advice without the word bijstelling - quotes the earlier date - asks to adjust the plan van aanpak",
        f"""{HZD_HEAD}
{HZD_TO}
@right Oosterhunze, 18 juni 2024
. Ons kenmerk: HZD/24/1944/CR
. Betreft: mevrouw H. Oldenkamp, BSN {b}, verzuimnummer 2024-0213

Geachte heer Scholtens,

In mijn brief van 5 maart 2024 heb ik u geadviseerd over de mogelijkheden van mevrouw Oldenkamp en de verwachte duur van haar verzuim. Ik zag haar sindsdien drie keer terug, het laatst op vrijdag 14 juni 2024. Ik moet mijn eerdere inschatting op een aantal punten herzien en licht dat hieronder toe.

## Wat is er veranderd?
Tot half mei ging de opbouw voorspoedig; mevrouw Oldenkamp werkte ruim elf uur per week in de backoffice. Eind mei moest zij getuigen in de strafzaak tegen de bezoeker die haar in februari bedreigde. Sindsdien gaat het duidelijk minder. Zij ervaart meer spanning en kan zich na een uur werken moeilijk concentreren. Zij heeft het werk de afgelopen twee weken zelf teruggebracht naar zes uur.

## Mijn huidige beoordeling
- Mevrouw Oldenkamp is aangewezen op werk zonder tijdsdruk, zonder contact met burgers en in een ruimte waar geen geluid uit de publiekshal doordringt.
- Zij kan ten hoogste drie dagdelen van twee uur per week werken, bij voorkeur op vaste dagen.
- Zij kan geen werk doen waarin zij te maken krijgt met dossiers over agressieve of bedreigende klanten.
- Lichamelijk blijft zij onbeperkt.

## Verwachting
Ik verwacht nu dat terugkeer naar het baliewerk binnen het eerste ziektejaar niet haalbaar is. Werk in de backoffice blijft mogelijk en is ook goed voor haar herstel, mits het tempo van de opbouw laag blijft. Of zij ooit weer aan de balie kan werken, kan ik nu niet zeggen. Ik adviseer u om na de zomer een arbeidsdeskundige in te schakelen om te laten onderzoeken welk werk op langere termijn passend is.

## Advies
1. Breng de uren terug naar drie keer twee uur per week en houd dat vier weken vast.
2. Zoek een werkplek buiten de vleugel van Publiekszaken.
3. Pas de afspraken in het plan van aanpak hierop aan en bespreek die met haar.
4. Ik zie haar over vijf weken terug.

Met vriendelijke groet,
@sig C.A. Roelfsema ~ bedrijfsarts, BIG 49012345601
@small Afschrift: mevrouw H. Oldenkamp
""",
        T(2024, 6, 18, 16, 2),
        **hzd,
        title="Brief werkgever Oldenkamp",
    )

    c.word(
        K,
        "correspondentie/wijziging afspraken juli 2024.docx",
        "bijstelling_plan_van_aanpak",
        D(2024, 7, 2),
        "formal letter changing the agreements of 15 March (wijziging) - no type word",
        f"""{HRM_HEAD}
{RIEKE_ADDR}
@right Wedderbroek, 2 juli 2024
. Ons kenmerk: HRM/2024/017-09
. Onderwerp: wijziging van de op 15 maart 2024 vastgelegde afspraken
. BSN: {b}

Geachte mevrouw Oldenkamp,

Naar aanleiding van het gewijzigde advies van de bedrijfsarts van 18 juni 2024 hebben wij op 27 juni 2024 met u gesproken. In deze brief leggen wij vast welke afspraken uit onze brief van 15 maart 2024 wijzigen. De overige afspraken blijven van kracht.

## 1. Overwegingen
1.1 De bedrijfsarts heeft vastgesteld dat uw mogelijkheden sinds eind mei zijn afgenomen en dat terugkeer naar het baliewerk binnen het eerste ziektejaar niet haalbaar is.
1.2 Hij adviseert de uren terug te brengen naar drie keer twee uur per week, een werkplek buiten de vleugel van Publiekszaken, en na de zomer een onderzoek door een arbeidsdeskundige.
1.3 Het oorspronkelijke doel, volledige terugkeer in de eigen functie, is daarmee op korte termijn niet meer haalbaar.

## 2. Gewijzigd doel
2.1 Het doel tot 1 oktober 2024 is het behouden en rustig uitbreiden van passende werkzaamheden in de backoffice, tot ten hoogste negen uur per week.
2.2 Het doel op langere termijn wordt bepaald na het onderzoek door de arbeidsdeskundige. Daarbij wordt ook werk buiten Publiekszaken, binnen de gemeente, betrokken.

## 3. Gewijzigde afspraken
3.1 Vanaf 8 juli 2024 werkt u op dinsdag, woensdag en donderdag van 9.30 tot 11.30 uur.
3.2 U krijgt een werkplek in kamer 1.08 (vleugel Ruimte en Wonen). De werkzaamheden blijven voorlopig gelijk.
3.3 De gemeente vraagt in het najaar van 2024 een arbeidsdeskundig onderzoek aan bij een extern bureau. U werkt daaraan mee.
3.4 De gesprekken iedere zes weken lopen door; het volgende gesprek is op 15 augustus 2024.

## 4. Visie
4.1 Werkgever: wij betreuren de terugval, maar zien dat mevrouw Oldenkamp zich inzet. Wij willen haar werkplek zo inrichten dat zij zich veilig voelt.
4.2 Werknemer: ik vind het jammer dat het minder gaat, maar ik ben blij dat ik niet helemaal hoef te stoppen. Ik sta open voor ander werk binnen de gemeente als het baliewerk niet meer lukt.

Hoogachtend,
@sig mr. J.W. Scholtens ~ adviseur HRM, casemanager || H. Oldenkamp ~ werknemer
""",
        T(2024, 7, 2, 15, 30),
        **hrm,
    )

    c.scan(
        K,
        "UWV/scan_20241128_093012.pdf",
        "ziekmelding_uwv",
        D(2024, 11, 26),
        "UWV confirmation of the week-42 report - names the eerstejaarsevaluatie and the re-integratieverslag - report date 21 Nov vs letter 26 Nov vs scan 28 Nov",
        f"""{UWV_HEAD}
. Gemeente Wedderbroek
. T.a.v. de afdeling HRM
. Postbus 40
. 9530 AA Wedderbroek

. Datum: 26 november 2024
. Ons kenmerk: ZMW/24/3318820
. Onderwerp: Wij hebben uw ziekmelding ontvangen
. Loonheffingennummer: 806712345L01

Geachte heer, mevrouw,

Op 21 november 2024 heeft u uw werknemer bij ons ziek gemeld. Uw werknemer is dan bijna 42 weken ziek. In deze brief leest u welke gegevens wij hebben ontvangen en wat u nu moet doen.

## De gegevens van uw werknemer
| Naam | H. Oldenkamp |
| Burgerservicenummer | {b} |
| Geboortedatum | 23-08-1971 |
| Eerste ziektedag | 05-02-2024 |
| Datum ziekmelding | 21-11-2024 |
| Aantal uren per week | 32 |

## Wat moet u nu doen?
Na ongeveer 52 weken ziekte maakt u samen met uw werknemer de eerstejaarsevaluatie. U bespreekt wat er in het eerste jaar is gebeurd en wat u in het tweede jaar wilt bereiken. U hoeft de evaluatie niet naar ons te sturen. U neemt haar later op in het re-integratieverslag.

Kloppen de gegevens niet? Geef de wijziging dan binnen 2 weken aan ons door via het werkgeversportaal.

## Uw werknemer krijgt ook een brief
Wij sturen uw werknemer een brief waarin wij uitleggen wat er gebeurt als hij of zij ziek blijft.

Met vriendelijke groet,

. UWV Werkgeversdienstverlening
. Ziektewet
@small Heeft u vragen? Kijk op www.uwv.example/werkgevers of bel UWV Telefoon Werkgevers.
""",
        T(2024, 11, 28, 9, 30),
        creator="KONICA MINOLTA bizhub C450i",
        producer="KONICA MINOLTA bizhub C450i",
        seed=102,
        signed=False,
    )

    # the GZ-psychologist's letter, photographed by the employee and mailed to her teamleader
    src_mi = f"""@head Praktijk De Kaap | psychotraumazorg voor volwassenen | Stationsstraat 41, 9531 CE Wedderbroek · 0597 000 880
. Aan: de heer C.A. Roelfsema, bedrijfsarts
. Arbodienst Hunzedal, Kanaalweg 3, 9541 HB Oosterhunze
@right Wedderbroek, 29 november 2024
. Betreft: mevrouw H. Oldenkamp, geb. 23-08-1971
. BSN: {b}

Geachte collega,

Met toestemming van mevrouw Oldenkamp informeer ik u over het verloop van haar behandeling bij onze praktijk.

Diagnose (DSM-5): posttraumatische stressstoornis (F43.10), ontstaan na een bedreiging met een mes op haar werkplek op 2 februari 2024. Daarnaast een depressieve episode, matig (F32.1), sinds mei 2024 in gedeeltelijke remissie.

Behandeling: sinds maart 2024 traumagerichte behandeling: 14 sessies EMDR en 6 sessies imaginaire exposure. Medicatie via de huisarts: sertraline 100 mg. Na het getuigenverhoor in de strafzaak (mei 2024) trad een terugval op met herbelevingen en nachtmerries; sinds september geleidelijke verbetering.

Huidige situatie: vermijding van de publiekshal en van onbekende bezoekers is nog duidelijk aanwezig. De PCL-5-score daalde van 58 (maart) naar 31 (november).

Prognose: voortzetting van de behandeling tot ten minste maart 2025 is geïndiceerd. Terugkeer naar werk met direct publiekscontact acht ik het komende jaar niet verstandig; werk zonder publiekscontact ondersteunt het herstel.

Met collegiale groet,

. drs. M. Koning
. GZ-psycholoog, BIG 69023456725
@small Dit bericht is vertrouwelijk en uitsluitend bestemd voor de geadresseerde.
"""
    c.texts.append(("mi-a", src_mi))
    page = page_images(src_mi, family="serif", size_pt=10.5, seed=103)[0]
    c.photo(
        K,
        "correspondentie/IMG_20241203_154417.jpg",
        "medische_informatie",
        D(2024, 11, 29),
        "treating psychologist's letter to the bedrijfsarts in the employer's folder (diagnosis, ICD codes, medication) - photo taken 3 Dec",
        photo_of_page(page, random.Random(104), tilt=0.06),
        T(2024, 12, 3, 15, 44),
        model="iPhone 11",
    )

    c.wordpdf(
        K,
        "Rapport Lindeboom.pdf",
        "arbeidsdeskundig_rapport",
        D(2025, 1, 14),
        "arbeidsdeskundige writes five questions and answers - title names no type - quotes an earlier bedrijfsarts date",
        f"""@head Lindeboom Arbeidsdeskundig Advies | Brink 6, 9541 AK Oosterhunze · info@lindeboom-ad.example
# Vijf vragen over werk voor mevrouw H. Oldenkamp
| Opdrachtgever | Gemeente Wedderbroek, mr. J.W. Scholtens (casemanager) |
| Werknemer | mevrouw H. Oldenkamp, geboren 23-08-1971, BSN {b} |
| Functie | klantadviseur Publiekszaken, 32 uur per week (schaal 7) |
| Eerste ziektedag | 5 februari 2024 |
| Onderzoek | gesprek werknemer 7 januari 2025; gesprek werkgever en werkplekbezoek 9 januari 2025; dossierstudie |
| Datum | 14 januari 2025 |

De gemeente stelde mij vijf vragen. Ik beantwoord ze hieronder één voor één. Ik ga uit van de belastbaarheid zoals de bedrijfsarts die op 10 december 2024 heeft beschreven: geen direct contact met burgers, geen werk onder tijdsdruk, een rustige werkplek, ten hoogste vier uur per dag en vijf dagen per week.

## Vraag 1. Kan mevrouw Oldenkamp haar eigen werk als klantadviseur weer doen?
Nee, niet op afzienbare termijn. De functie bestaat voor ongeveer 70 procent uit contact met burgers aan de balie en aan de telefoon, vaak onder tijdsdruk en af en toe met verbale agressie. Dat past niet bij haar belastbaarheid. Het overige deel (backofficewerk) kan zij wel doen.

## Vraag 2. Kan het eigen werk zo worden aangepast dat het wel passend is?
Slechts gedeeltelijk. Een klantadviseur zonder baliediensten is binnen Publiekszaken niet te organiseren; het team is daarvoor te klein (11 fte) en de backofficetaken worden verdeeld over alle klantadviseurs. Een volledig aangepaste functie zou neerkomen op een nieuwe functie.

## Vraag 3. Is er ander werk binnen de gemeente dat passend is?
Ja. Ik heb drie functies bekeken:
- medewerker Basisregistraties (BRP/BAG), schaal 7: administratief, zelfstandig, nauwelijks publiekscontact. Passend; kennis van de BRP is al aanwezig.
- medewerker Archief en Informatiebeheer, schaal 6: passend, maar lager ingeschaald en met weinig aansluiting bij haar ervaring.
- medewerker Vergunningen, schaal 8: niet passend, veel telefonisch contact en termijndruk.
Bij Basisregistraties is een vacature van 24 uur, die per 1 april 2025 kan worden ingevuld.

## Vraag 4. Welke stappen zijn nodig om dat werk te bereiken?
Een proefplaatsing van ongeveer acht weken bij Basisregistraties, te beginnen met de huidige twaalf uur per week en op te bouwen naar 24 uur. Daarnaast een korte inwerkperiode in de BAG (ongeveer twee weken) en een werkplek in de vleugel van Basisregistraties, aan de achterzijde van het gebouw.

## Vraag 5. Is een traject naar werk buiten de gemeente nodig?
Op dit moment niet. Binnen de gemeente is concreet passend werk in zicht, met een goede kans op plaatsing binnen drie maanden. Ik adviseer dit bij de bespreking aan het einde van het eerste ziektejaar zo vast te leggen. Slaagt de proefplaatsing niet, start dan binnen zes weken een traject buiten de gemeente (tweede spoor).

## Slotsom
De eigen functie is niet passend. Werk als medewerker Basisregistraties is naar mijn oordeel passend en haalbaar. Ik adviseer spoor 1 in de vorm van ander werk bij de eigen werkgever.

@sig R. Lindeboom-Aalders ~ register-arbeidsdeskundige ~ Oosterhunze, 14 januari 2025
""",
        T(2025, 1, 14, 17, 5),
        font="Verdana",
        size=9.5,
        author="Lindeboom-Aalders",
        title="Rapportage Oldenkamp",
    )

    c.wordpdf(
        K,
        "correspondentie/Hoe verder - 28 jan 2025.pdf",
        "eerstejaarsevaluatie",
        D(2025, 1, 28),
        "minutes titled Hoe verder? with an agenda - no type word - cites the AD report and the 42-week report",
        f"""{HRM_HEAD}
# Hoe verder?
. Verslag van het overleg van dinsdag 28 januari 2025, gemeentehuis, kamer 2.14
. Betreft: mevrouw H. Oldenkamp (BSN {b}), klantadviseur Publiekszaken, eerste ziektedag 5 februari 2024
. Aanwezig: mevrouw H. Oldenkamp; mevrouw S. Brinkers-Nijhof (teamleider Publiekszaken); de heer A. Hamstra (teamleider Basisregistraties, bij punt 4 en 5); mr. J.W. Scholtens (adviseur HRM, casemanager, verslag)

## Agenda
1. Opening en doel van het overleg
2. Terugblik op de afgelopen twaalf maanden
3. Het advies van de arbeidsdeskundige
4. Wat willen we in het komende jaar bereiken, en hoe?
5. Visie van werkgever en werknemer
6. Afspraken en rondvraag

## 1. Opening
De heer Scholtens licht toe dat mevrouw Oldenkamp over een week een jaar arbeidsongeschikt is. Het overleg is bedoeld om stil te staan bij het afgelopen jaar en om te bepalen welk resultaat in het tweede jaar wordt nagestreefd. Het verslag wordt opgenomen in het re-integratiedossier.

## 2. Terugblik
2.1 Na het incident van 2 februari 2024 is mevrouw Oldenkamp op 19 maart begonnen in de backoffice. De opbouw verliep tot mei goed (ruim elf uur per week).
2.2 Na een terugval eind mei is het werk teruggebracht naar zes uur (afspraken van 2 juli 2024). Sinds september gaat het weer beter; zij werkt nu vier ochtenden van drie uur (twaalf uur per week) in kamer 1.08.
2.3 De gesprekken iedere zes weken hebben plaatsgevonden op 25 april, 15 augustus, 26 september en 7 november 2024. De melding aan UWV na 42 weken is op 21 november 2024 gedaan.
2.4 Mevrouw Oldenkamp is tevreden over de begeleiding, maar vond de periode rond de strafzaak zwaar.

## 3. Advies arbeidsdeskundige
3.1 Mevrouw R. Lindeboom-Aalders concludeert in haar rapport van 14 januari 2025 dat de eigen functie niet passend is en de functie medewerker Basisregistraties wel.
3.2 Zij adviseert een proefplaatsing van acht weken en ziet op dit moment geen noodzaak voor een traject buiten de gemeente.

## 4. Beoogd resultaat in het tweede jaar
4.1 Beoogd resultaat: duurzame plaatsing als medewerker Basisregistraties voor 24 uur per week, uiterlijk per 1 juli 2025.
4.2 Weg daarnaartoe: proefplaatsing vanaf 10 februari 2025 (twaalf uur), opbouw in overleg met de bedrijfsarts met twee uur per twee weken; inwerken in de BAG door mevrouw J. Kuipers; bespreking van de proefplaatsing op 8 april 2025.
4.3 Tweede spoor: niet gestart, omdat binnen drie maanden concreet zicht is op plaatsing in passend werk bij de gemeente. Slaagt de proefplaatsing niet, dan start de gemeente binnen zes weken na 8 april 2025 een traject bij een extern bureau.

## 5. Visie
5.1 Werkgever: de gemeente ziet in de functie bij Basisregistraties een goede kans op duurzaam werk. De heer Hamstra heeft ruimte in zijn team en kent mevrouw Oldenkamp als nauwkeurig.
5.2 Werknemer: mevrouw Oldenkamp vindt het moeilijk afscheid te nemen van haar eigen team, maar ziet dat de balie niet meer past. Zij wil het werk bij Basisregistraties een eerlijke kans geven. Zij maakt zich zorgen over de gevolgen voor haar salaris.

## 6. Afspraken en rondvraag
6.1 HRM stuurt een brief over de proefplaatsing (actie: Scholtens, vóór 7 februari).
6.2 Mevrouw Oldenkamp bespreekt het advies met de bedrijfsarts (spreekuur 4 februari).
6.3 Rondvraag: mevrouw Oldenkamp vraagt hoe het zit met haar salaris in het tweede jaar; HRM verwijst naar de brief van de salarisadministratie van 16 januari en licht die na afloop toe.

Vastgesteld en voor akkoord getekend op 28 januari 2025.
@sig mr. J.W. Scholtens ~ adviseur HRM, namens de werkgever || H. Oldenkamp ~ werknemer
""",
        T(2025, 1, 28, 16, 10),
        **hrm,
        title="Verslag overleg 28-01-2025",
    )

    c.scan(
        K,
        "salaris/scan_20250117_110204.pdf",
        "",
        None,
        "salary letter on the 70 percent in year two - names the tweede ziektejaar and re-integration - no RIV document",
        """@head Gemeente Wedderbroek | Salarisadministratie · afdeling Bedrijfsvoering | Postbus 40, 9530 AA Wedderbroek
. Mevrouw H. Oldenkamp
. Esdoornlaan 17
. 9531 KP Wedderbroek
@right Wedderbroek, 16 januari 2025
. Personeelsnummer: 100417
. Onderwerp: uw salaris vanaf 5 februari 2025

Geachte mevrouw Oldenkamp,

Op 5 februari 2025 bent u een jaar arbeidsongeschikt. Volgens de cao ontvangt u in het eerste jaar van ziekte uw volledige salaris. In het tweede jaar verandert dit. In deze brief leggen wij uit wat dit voor u betekent.

## Wat verandert er?
Vanaf 5 februari 2025 ontvangt u over de uren dat u niet werkt 70 procent van uw salaris. Over de uren die u wel werkt (op dit moment 12 van de 32 uur per week) ontvangt u uw volledige salaris. Dit geldt ook voor uren die u werkt tijdens een proefplaatsing of in ander passend werk.

## Rekenvoorbeeld (bruto per maand, op basis van uw huidige uren)
| Salaris bij 32 uur (schaal 7, trede 11) | € 3.812,00 |
| Deel gewerkte uren (12/32) à 100% | € 1.429,50 |
| Deel niet gewerkte uren (20/32) à 70% | € 1.667,75 |
| Totaal bruto per maand vanaf februari 2025 | € 3.097,25 |

De eindejaarsuitkering en het Individueel Keuzebudget berekenen wij over het salaris dat u werkelijk ontvangt.

## Vragen?
Heeft u vragen over deze berekening, neem dan contact op met de salarisadministratie, telefoon 0597 000 250. Vragen over uw re-integratie kunt u stellen aan uw casemanager, de heer Scholtens.

Met vriendelijke groet,

. M. de Wit
. medewerker salarisadministratie
""",
        T(2025, 1, 17, 11, 2),
        creator="KONICA MINOLTA bizhub C450i",
        producer="KONICA MINOLTA bizhub C450i",
        seed=105,
        signed=False,
    )

    c.wordpdf(
        K,
        "UWV/brief UWV april 2025.pdf",
        "deskundigenoordeel",
        D(2025, 4, 10),
        "UWV judgement asked by the employee on the offered work - the word deskundigenoordeel only in a web address - file named brief UWV",
        f"""{UWV_HEAD}
{RIEKE_ADDR}

. Datum: 10 april 2025
. Onze referentie: DO-25-0412-7781
. Burgerservicenummer: {b}
. Onderwerp: ons oordeel over het werk dat uw werkgever u aanbiedt

Geachte mevrouw Oldenkamp,

Op 10 maart 2025 heeft u ons gevraagd om een oordeel. U wilde weten of het werk dat de gemeente Wedderbroek u aanbiedt, passend voor u is. In deze brief leest u ons oordeel en hoe wij daartoe zijn gekomen.

## Ons oordeel
Het werk als medewerker Basisregistraties is passend voor u, met uitzondering van het deel van dat werk waarin u op donderdagochtend de inschrijvingsbalie voor nieuwe inwoners bemant. Met dat dagdeel aan de balie is het aangeboden werk op dit moment niet passend.

## Hoe zijn wij tot dit oordeel gekomen?
Onze verzekeringsarts heeft op 27 maart 2025 met u gesproken en de informatie van uw bedrijfsarts bekeken. Hij vindt dat u op dit moment geen werk kunt doen waarin u direct contact heeft met onbekende bezoekers. Onze arbeidsdeskundige heeft op 3 april 2025 met u en met uw werkgever gesproken en de taken van de functie bekeken. Zij concludeert dat de functie zonder de baliedienst goed past bij uw mogelijkheden en uw opleiding. De baliedienst kan binnen het team door collega's worden overgenomen.

## Wat betekent dit oordeel?
Dit oordeel is een advies. Het is niet bindend voor u of uw werkgever. Als u en uw werkgever het niet eens worden, kan de rechter ons oordeel meewegen. Wij sturen een kopie van deze brief naar uw werkgever.

## Wie hebben dit oordeel gegeven?
. K. Adema, verzekeringsarts
. drs. P. Verhage, arbeidsdeskundige

Met vriendelijke groet,

. UWV Sociaal Medische Zaken
@small Bijlagen: rapport arbeidsdeskundige (4 pagina's); het rapport van de verzekeringsarts ontvangt alleen u. Meer informatie: www.uwv.example/deskundigenoordeel
""",
        T(2025, 4, 10, 8, 0),
        font="Arial",
        size=10,
        author="UWV",
        title="Brief",
    )

    c.word(
        K,
        "correspondentie/stand van zaken juni 2025.docx",
        "tussentijdse_evaluatie",
        D(2025, 6, 16),
        "titled Stand van zaken - meeting 12 June, verslag 16 June - cites the UWV judgement",
        f"""{HRM_HEAD}
# Stand van zaken
. Gesprek van 12 juni 2025 met mevrouw H. Oldenkamp (BSN {b})
. Aanwezig: mevrouw H. Oldenkamp, de heer A. Hamstra (teamleider Basisregistraties), mr. J.W. Scholtens (adviseur HRM, casemanager)
. Datum verslag: 16 juni 2025

## 1. Voortgang sinds het vorige gesprek (24 april 2025)
1.1 Mevrouw Oldenkamp werkt sinds 10 februari 2025 bij Basisregistraties. Sinds het oordeel van UWV van 10 april 2025 doet zij geen baliedienst; die dienst is binnen het team anders verdeeld.
1.2 Zij werkt nu vijf dagen van vier uur (20 uur per week). De afgesproken opbouw naar 24 uur per 1 juli 2025 ligt daarmee op schema, al merkt zij dat de vijfde dag zwaar is.
1.3 Het inwerken in de BAG is afgerond. De kwaliteit van haar werk is goed; de achterstand in adresonderzoeken is mede door haar inzet weggewerkt.

## 2. Nakomen van de afspraken
2.1 Alle afspraken zijn nagekomen. De bedrijfsarts heeft op 3 juni 2025 geen bezwaar gemaakt tegen verdere opbouw.
2.2 Het overleg over een structurele plaatsing (functie, schaal, uren) loopt; HRM doet vóór 1 juli een voorstel.

## 3. Vervolg
3.1 Opbouw naar 24 uur per 1 juli 2025, zoals afgesproken.
3.2 Volgend gesprek: 21 augustus 2025.
@sig mr. J.W. Scholtens ~ adviseur HRM || H. Oldenkamp ~ werknemer
""",
        T(2025, 6, 16, 10, 25),
        **hrm,
    )

    src_wia = f"""{UWV_HEAD}
{RIEKE_ADDR}

. Datum: 7 oktober 2025
. Ons kenmerk: WIA/AV/25/5519082
. Burgerservicenummer: {b}
. Onderwerp: U kunt een WIA-uitkering aanvragen

Geachte mevrouw Oldenkamp,

U bent op 5 februari 2024 ziek geworden. Als u op 2 februari 2026 nog steeds ziek bent, heeft u misschien recht op een WIA-uitkering. Wij sturen u deze brief omdat u bijna 88 weken ziek bent.

## Wat moet u doen?
Vraag de WIA-uitkering uiterlijk 17 november 2025 aan. Dat kan via Mijn UWV. U heeft hiervoor uw DigiD nodig.

## Wat heeft u nodig bij uw aanvraag?
- Het re-integratieverslag. Uw werkgever maakt dit samen met u en geeft u een kopie.
- Uw eigen oordeel over het re-integratieverslag.
- De medische informatie van uw bedrijfsarts. Die sturen u of uw bedrijfsarts zelf op, niet uw werkgever.

## Vraagt u niet op tijd aan?
Dan krijgt u misschien later een uitkering.

Met vriendelijke groet,

. UWV
"""
    c.texts.append(("wia-a", src_wia))
    page = page_images(src_wia, family="sans", size_pt=10.5, seed=106)[0]
    c.photo(
        K,
        "UWV/foto brief UWV okt.jpg",
        "uwv_correspondentie",
        D(2025, 10, 7),
        "week-88 WIA letter photographed by the employee - lists the RIV parts and the medische informatie",
        photo_of_page(page, random.Random(107), tilt=0.08, desk_base=(120, 122, 128)),
        T(2025, 10, 9, 18, 21),
        model="iPhone 11",
    )

    c.wordpdf(
        K,
        "arbodienst/2025-10-14 brief bedrijfsarts.pdf",
        "actueel_oordeel",
        D(2025, 10, 14),
        "long letter on the current situation for the WIA papers - no words actueel oordeel - same file-name pattern as the PA",
        f"""{HZD_HEAD}
{HZD_TO}
@right Oosterhunze, 14 oktober 2025
. Ons kenmerk: HZD/25/3310/CR
. Betreft: mevrouw H. Oldenkamp, geboren 23-08-1971, BSN {b}, verzuimnummer 2024-0213

Geachte heer Scholtens,

Mevrouw Oldenkamp nadert het einde van de wachttijd van 104 weken en zal binnenkort een WIA-uitkering aanvragen. U vroeg mij om mijn beoordeling van haar huidige situatie, zodat die kan worden gevoegd bij de stukken die naar UWV gaan. Ik zag haar op vrijdag 10 oktober 2025. Deze brief bevat geen medische gegevens; die stuur ik in een gesloten envelop rechtstreeks naar de verzekeringsarts van UWV.

## Verloop
Het verzuim begon op 5 februari 2024 na een ernstig incident op het werk. Na een goede start in de backoffice volgde in mei 2024 een terugval. Sinds begin 2025 is er duidelijk herstel. Mevrouw Oldenkamp werkt sinds februari 2025 bij Basisregistraties en heeft haar uren opgebouwd tot 24 per week. Ik verwacht geen verdere verbetering van betekenis; haar huidige mogelijkheden beschouw ik als duurzaam.

## Mogelijkheden en beperkingen op dit moment
- Geen werk met direct contact met onbekende bezoekers (balie, huisbezoeken). Telefonisch contact met collega's en ketenpartners is geen probleem.
- Geen werk onder voortdurende tijdsdruk of met veel onderbrekingen.
- Een rustige, vaste werkplek is nodig.
- Werktijden: ongeveer vier tot vijf uur per dag, in totaal ongeveer 24 uur per week; meer uren acht ik niet haalbaar zonder terugval.
- Lichamelijk zijn er geen beperkingen.

## Passend werk bij de gemeente
Het werk dat zij nu doet als medewerker Basisregistraties, zonder baliedienst, vind ik passend. Voor haar oorspronkelijke functie als klantadviseur is zij blijvend ongeschikt. Uitbreiding naar 32 uur acht ik niet verantwoord.

## De werkrelatie
Mevrouw Oldenkamp en de gemeente hebben een goede verhouding. Het verschil van inzicht over de baliedienst in het voorjaar is met het oordeel van UWV goed opgelost. Ik zie geen belemmeringen in de arbeidsrelatie.

Met vriendelijke groet,
@sig C.A. Roelfsema ~ bedrijfsarts, BIG 49012345601
@small Afschrift: mevrouw H. Oldenkamp
""",
        T(2025, 10, 14, 13, 45),
        **hzd,
        title="Brief werkgever Oldenkamp",
    )

    c.wordpdf(
        K,
        "Verslag afsluitende bespreking 27-10-2025.pdf",
        "eindevaluatie",
        D(2025, 10, 27),
        "closing meeting in numbered considerations - aard van de werkgever under De werkgever - no word eindevaluatie",
        f"""{HRM_HEAD}
# Verslag van de afsluitende bespreking over de re-integratie van mevrouw H. Oldenkamp
| Werknemer | mevrouw H. Oldenkamp, geboren 23-08-1971, BSN {dots(b)} |
| Functie | klantadviseur Publiekszaken (32 uur); sinds 1 juli 2025 medewerker Basisregistraties (24 uur) |
| In dienst sinds | 1 mei 2004 |
| Eerste ziektedag | 5 februari 2024 |
| Werkgever | Gemeente Wedderbroek, loonheffingennummer 806712345L01 |
| Datum bespreking | 27 oktober 2025 |
| Aanwezig | mevrouw H. Oldenkamp; de heer A. Hamstra, teamleider Basisregistraties; mr. J.W. Scholtens, adviseur HRM en casemanager |

## 1. Overwegingen
1.1 De wachttijd van mevrouw Oldenkamp eindigt op 1 februari 2026. Zij vraagt uiterlijk 17 november 2025 een WIA-uitkering aan.
1.2 De bedrijfsarts heeft op 14 oktober 2025 zijn beoordeling van de huidige situatie gegeven. Hij acht het huidige werk bij Basisregistraties, 24 uur per week, passend en de beperkingen duurzaam.
1.3 In deze bespreking is teruggekeken op de afgelopen twee jaar en op de vraag of werkgever en werknemer hebben gedaan wat redelijkerwijs van hen kon worden verwacht.

## 2. De werkgever
2.1 De gemeente Wedderbroek is een gemeentelijke overheidsorganisatie met ongeveer 410 medewerkers, verdeeld over vijf afdelingen. Publiekszaken verzorgt de dienstverlening aan inwoners (burgerzaken, vergunningen, belastingen). Het team Basisregistraties valt onder de afdeling Dienstverlening en beheert onder meer de BRP en de BAG.

## 3. Terugblik
3.1 Binnen zes weken na de ziekmelding heeft de bedrijfsarts advies gegeven (5 maart 2024); op 15 maart 2024 zijn afspraken vastgelegd over de werkhervatting.
3.2 De afspraken zijn besproken op 25 april, 15 augustus, 26 september en 7 november 2024, op 28 januari 2025 (na het eerste jaar) en op 24 april, 12 juni en 21 augustus 2025. Op 2 juli 2024 zijn de afspraken gewijzigd na een terugval.
3.3 De arbeidsdeskundige adviseerde op 14 januari 2025 plaatsing in de functie medewerker Basisregistraties. Vanaf 10 februari 2025 werkte mevrouw Oldenkamp daar op proef. Na het oordeel van UWV van 10 april 2025 is de baliedienst uit haar takenpakket gehaald.
3.4 Per 1 juli 2025 is zij structureel geplaatst als medewerker Basisregistraties, schaal 7, voor 24 uur per week.

## 4. Stand van de re-integratie
4.1 Mevrouw Oldenkamp werkt 24 van haar 32 uur in passend werk, met behoud van haar schaal.
4.2 De gemeente heeft onderzocht of meer uren mogelijk zijn. Volgens de bedrijfsarts is dat niet verantwoord.

## 5. Oordeel van de werkgever
5.1 Arbeidsrelatie: de verhouding tussen mevrouw Oldenkamp en de gemeente is goed. Het verschil van mening over de baliedienst is in goed overleg opgelost.
5.2 Passende arbeid: binnen de gemeente is geen passend werk voor de resterende 8 uur beschikbaar; de functie bij Basisregistraties is voor 24 uur ingericht en meer werk zou de belastbaarheid overschrijden.
5.3 De gemeente is van mening dat de re-integratie tot een bevredigend resultaat heeft geleid.

## 6. Oordeel van de werknemer
6.1 Mevrouw Oldenkamp is het in grote lijnen eens met dit verslag. Zij geeft haar eigen oordeel schriftelijk.

Voor akkoord,
@sig mr. J.W. Scholtens ~ adviseur HRM, namens het college || H. Oldenkamp ~ werknemer
@right Wedderbroek, 27 oktober 2025
""",
        T(2025, 10, 27, 14, 0),
        **hrm,
        title="Verslag afsluitende bespreking",
    )

    c.word(
        K,
        "Mijn kant van het verhaal.docx",
        "oordeel_werknemer",
        D(2025, 11, 3),
        "employee letter titled Mijn kant van het verhaal - addressed to UWV - quotes the 27 Oct verslag",
        f""". H. Oldenkamp
. Esdoornlaan 17
. 9531 KP Wedderbroek
. BSN {b}
@right Wedderbroek, 3 november 2025
. Aan: UWV, met een kopie aan de gemeente Wedderbroek (de heer Scholtens)

# Mijn kant van het verhaal

Ik heb van de gemeente de stukken gekregen die bij mijn WIA-aanvraag horen. Ik heb ze allemaal gelezen. Hieronder schrijf ik wat ik ervan vind.

Over de gegevens: mijn gegevens, mijn functie en mijn eerste ziektedag kloppen. In het verslag van 27 oktober staat bovenaan dat ik klantadviseur ben; dat was ik, maar sinds 1 juli werk ik bij Basisregistraties. Dat staat er verderop ook goed in.

Over de begeleiding: ik ben tevreden over hoe de gemeente mij heeft geholpen. Vooral dat ik in het begin niet door de publiekshal hoefde, heeft veel voor mij betekend. De heer Scholtens was altijd bereikbaar. Wel vond ik dat het in het voorjaar van 2025 te lang duurde voordat de gemeente accepteerde dat ik niet aan de inschrijvingsbalie kan zitten. Ik heb toen zelf UWV om een oordeel moeten vragen, en dat vond ik niet prettig.

Over de bedrijfsarts: ik herken mij in wat hij over mijn mogelijkheden schrijft. Ik ben het ermee eens dat 24 uur voor mij de grens is.

Over mijn werk nu: ik werk met plezier bij Basisregistraties. Ik ben het met de gemeente eens dat dit werk bij mij past.

Kort gezegd: ik ben het eens met het re-integratieverslag, met de kanttekening over de baliedienst hierboven.

Met vriendelijke groet,

@hw H. Oldenkamp
. Hendrika (Rieke) Oldenkamp
""",
        T(2025, 11, 3, 20, 12),
        font="Calibri",
        size=11,
        author="Rieke",
    )

    c.raw(
        K,
        "dossier.yaml",
        f"""# Gegevens van de casus die de stukken niet betrouwbaar geven (team HRM)
werknemer: {{naam: "H. Oldenkamp", bsn: "{b}", functie: "Klantadviseur Publiekszaken"}}
werkgever: {{naam: "Gemeente Wedderbroek", loonheffingennummer: "806712345L01", aard_van_het_bedrijf: "Gemeentelijke overheid, ca. 410 medewerkers"}}
bedrijfsarts: {{naam: "C.A. Roelfsema", organisatie: "Arbodienst Hunzedal"}}
casemanager: {{naam: "mr. J.W. Scholtens"}}
eerste_ziektedag: 2024-02-05
aanvraag_wia: 2025-11-10
""".encode(),
    )


# =========================================================================== drawn objects (phone, card)


def _rounded(draw, box, r, fill, outline=None):
    draw.rounded_rectangle(box, radius=r, fill=fill, outline=outline)


def phone_chat(contact: str, day_label: str, msgs: list[tuple[bool, str, str]], clock: str) -> Image.Image:
    """A messenger screen (Android-like) inside a phone body. msgs: (sent_by_me, text, hh:mm)."""
    W, H = 720, 1500
    scr = Image.new("RGB", (W, H), (236, 229, 221))
    d = ImageDraw.Draw(scr)
    green = (7, 94, 84)
    f_s = Fonts.get("dejavu", 22)
    f_m = Fonts.get("dejavu", 27)
    f_b = Fonts.get("dejavu-bold", 30)
    # wallpaper doodles
    rng = random.Random(len(contact))
    for _ in range(90):
        x, y = rng.randrange(W), rng.randrange(160, H)
        d.ellipse([x, y, x + 9, y + 9], outline=(222, 214, 204), width=2)
    d.rectangle([0, 0, W, 150], fill=green)
    d.text((26, 10), clock, font=f_s, fill="white")
    d.text((W - 140, 10), "4G  78%", font=f_s, fill="white")
    d.text((18, 72), "<", font=f_b, fill="white")
    d.ellipse([52, 62, 118, 128], fill=(180, 196, 200))
    d.text((76, 78), contact[0], font=f_b, fill="white")
    d.text((134, 66), contact, font=f_b, fill="white")
    d.text((134, 104), "online", font=f_s, fill=(210, 230, 226))
    tw = f_s.getlength(day_label)
    _rounded(d, [W / 2 - tw / 2 - 18, 176, W / 2 + tw / 2 + 18, 214], 12, (225, 242, 251))
    d.text((W / 2 - tw / 2, 182), day_label, font=f_s, fill=(80, 90, 96))
    y = 240
    for me, text, t in msgs:
        lines: list[str] = []
        for para in text.split("\n"):
            words, cur = para.split(" "), ""
            for w in words:
                trial = (cur + " " + w).strip()
                if f_m.getlength(trial) <= 470 or not cur:
                    cur = trial
                else:
                    lines.append(cur)
                    cur = w
            lines.append(cur)
        bw = max(f_m.getlength(s) for s in lines) + 40
        bw = max(bw, f_s.getlength(t) + 80)
        bh = len(lines) * 36 + 46
        x0 = W - 22 - bw if me else 22
        _rounded(d, [x0, y, x0 + bw, y + bh], 16, (220, 248, 198) if me else (255, 255, 255))
        for k, s in enumerate(lines):
            d.text((x0 + 18, y + 10 + k * 36), s, font=f_m, fill=(20, 20, 20))
        d.text(
            (x0 + bw - f_s.getlength(t + (" vv" if me else "")) - 14, y + bh - 32),
            t + (" vv" if me else ""),
            font=f_s,
            fill=(110, 120, 125),
        )
        y += bh + 14
    _rounded(d, [14, H - 86, W - 100, H - 18], 34, (255, 255, 255))
    d.text((46, H - 68), "Bericht", font=f_m, fill=(150, 150, 150))
    d.ellipse([W - 88, H - 88, W - 16, H - 16], fill=green)
    body = Image.new("RGB", (W + 56, H + 150), (18, 18, 20))
    mask = Image.new("L", body.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, body.width - 1, body.height - 1], radius=70, fill=255)
    body.paste(scr, (28, 70))
    bd = ImageDraw.Draw(body)
    bd.ellipse([body.width / 2 - 9, 28, body.width / 2 + 9, 46], fill=(40, 40, 46))
    out = body.convert("RGBA")
    out.putalpha(mask)
    return out


def glare(img: Image.Image, rng: random.Random, strength: int = 70) -> Image.Image:
    w, h = img.size
    g = Image.new("L", (w, h), 0)
    gd = ImageDraw.Draw(g)
    x0 = rng.uniform(0.1, 0.5) * w
    gd.polygon([(x0, 0), (x0 + w * 0.18, 0), (x0 + w * 0.55, h), (x0 + w * 0.30, h)], fill=strength)
    g = g.filter(ImageFilter.GaussianBlur(60))
    return Image.composite(Image.new("RGB", (w, h), (255, 255, 255)), img, g)


def birthday_card(lines: list[str], seed: int) -> Image.Image:
    rng = random.Random(seed)
    W, H = 1100, 780
    card = Image.new("RGB", (W, H), (252, 246, 232))
    d = ImageDraw.Draw(card)
    for _ in range(70):
        x, y, r = rng.randrange(W), rng.randrange(H), rng.randint(4, 11)
        col = rng.choice([(230, 90, 90), (90, 160, 220), (250, 200, 60), (120, 190, 120), (200, 120, 200)])
        d.ellipse([x, y, x + r, y + r], fill=col)
    big = Fonts.get("hand", 96)
    title = "Gefeliciteerd!"
    d.text(((W - big.getlength(title)) / 2, 40), title, font=big, fill=(200, 60, 80))
    hand = Fonts.get("hand", 40)
    y = 190
    for line in lines:
        x = 90 + rng.randint(-6, 6)
        for word in line.split(" "):
            d.text((x, y + rng.randint(-2, 2)), word, font=hand, fill=(25, 35, 110))
            x += hand.getlength(word + " ") + rng.randint(-1, 2)
        y += 50
    return card


# =========================================================================== case B: Bakkerij Kremers
# Writers: the shop manager (WhatsApp, a handwritten form), personeelszaken (mails "op een rijtje", a txt note),
# an arbodienst portal with bulleted "Terugkoppeling spreekuur" (same template for the PA and the AO), a
# praktijkondersteuner writing on behalf of the bedrijfsarts, an arbeidsdeskundige who writes a letter, a
# second-track bureau (Werk-naar-Werk, werkfit-test, netwerkkaart, vacaturescan), the employee's mails.

KREMERS_SIG = """Annemiek Jansma
Personeelszaken | Bakkerij Kremers B.V.
Ambachtsweg 12, 7521 PD Stadsveen | T 0543 000 171"""
VZP_HEAD = "@head Verzuimplein Oost | arbodienst · Zutphenseweg 140, 7521 AR Stadsveen | planning@verzuimplein-oost.example · 0543 000 900"
JOYCE = "Joyce Wennink <jwennink80@mailbox.example>"
ANNEMIEK = "Annemiek Jansma <a.jansma@bakkerijkremers.example>"
DENNIS = "Filiaal Marktstraat <marktstraat@bakkerijkremers.example>"
MIRJAM = "Mirjam Boschker <m.boschker@stapverder.example>"


def case_b(c: Corpus) -> None:
    K, b = CASE_B, BSN_B

    chat = phone_chat(
        "Joyce Wennink",
        "MAANDAG 11 SEPTEMBER 2023",
        [
            (
                False,
                "Goedemorgen Dennis, ik kan vandaag echt niet komen. Mijn schouder zit helemaal vast, ik krijg mijn arm niet omhoog. Vannacht amper geslapen",
                "06:48",
            ),
            (False, "Ik bel straks de huisarts. Sorry dat het zo laat is!", "06:49"),
            (
                True,
                "Hoi Joyce, balen! Beterschap. Ik regel vervanging, Sanne kan misschien. Wil je wel even Annemiek op kantoor bellen voor de ziekmelding? Die is er vanaf 8 uur",
                "06:55",
            ),
            (False, "Doe ik!", "06:56"),
            (False, "Heb Annemiek gebeld, ik ben ziek gemeld. Huisarts om 10.40", "08:14"),
            (True, "Top. Laat maar weten hoe het gaat. Sterkte!", "08:15"),
        ],
        "08:16",
    )
    img = photo_of_page(
        chat,
        random.Random(201),
        out_size=(1080, 1440),
        tilt=0.04,
        margin=0.10,
        paper=(255, 255, 255),
        desk_base=(168, 170, 172),
        blur=0.9,
    )
    img = glare(img, random.Random(202))
    c.photo(
        K,
        "whatsapp/IMG_2087.jpg",
        "",
        None,
        "photo of the shop manager's phone: the employee reports sick by chat (ziekmelding to the employer, not to UWV) - no RIV document",
        img,
        T(2023, 9, 11, 8, 17),
        make="samsung",
        model="SM-A536B",
        quality=55,
    )

    c.wordpdf(
        K,
        "arbo/Terugkoppeling spreekuur 16-10-2023.pdf",
        "probleemanalyse",
        D(2023, 10, 16),
        "portal template Terugkoppeling spreekuur in bullets - no type word - the same template as the AO",
        f"""{VZP_HEAD}
# Terugkoppeling spreekuur
| Werkgever | Bakkerij Kremers B.V. (klantnr. 40127) |
| Werknemer | J. Wennink |
| Geboortedatum | 14-03-1980 |
| BSN | {spaced(b)} |
| Functie | verkoopmedewerker (28 uur) |
| Eerste verzuimdag | 11-09-2023 |
| Datum spreekuur | 13-10-2023 |
| Datum terugkoppeling | 16-10-2023 |
| Bedrijfsarts | R.J. Veldkamp |

## Situatie
- 5 weken volledig verzuim
- klachten niet door het werk ontstaan; wel belasting in het werk (tillen van bakplaten en kratten, reiken naar schappen) die herstel in de weg staat
- in behandeling via de huisarts; verdere behandeling gepland; behandeling adequaat

## Beperkingen (functioneel)
- rechterarm: niet reiken boven schouderhoogte, niet tillen boven 2 kg, geen herhaalde bewegingen met de arm (snijmachine, inpakken)
- geen beperkingen in persoonlijk en sociaal functioneren
- werktijden: geen urenbeperking voor licht werk; korte werkblokken

## Mogelijkheden
- licht werk zonder reiken: kassa (kort), bestellingen aannemen, telefoon, prijskaartjes, administratie filiaal

## Prognose
- herstel verwacht, maar traag; verwachte duur verzuim voor eigen werk langer dan 3 maanden
- conclusie: dreigend langdurig verzuim, dus wg en wn maken binnen 2 weken samen een plan

## Advies werkgever en werknemer
- start aangepast werk per week 44: 3 x 2 uur, bijv. kassa max. 30 min aaneen + bestellingen
- fysiotherapie onder werktijd toestaan
- gesprek wg-wn binnen 2 weken: afspraken vastleggen (doel, activiteiten, evaluatie, casemanager)
- volgend consult: over 4 weken (10-11-2023)

@sig R.J. Veldkamp ~ bedrijfsarts, BIG 29054321001
@small Deze terugkoppeling bevat geen medische gegevens. Verzonden via het verzuimportaal aan werkgever en werknemer.
""",
        T(2023, 10, 16, 11, 20),
        font="Arial",
        size=9.5,
        author="Verzuimplein Oost",
        title="Terugkoppeling spreekuur",
    )

    quoted = f"""Hoi Joyce,

Fijn dat je er vanmiddag was. Zoals beloofd zet ik op een rijtje wat we hebben afgesproken, dan hebben we het allebei zwart op wit. Dit is ons plan voor je terugkeer; ik stuur het ook naar de bedrijfsarts.

(Voor het dossier: Joyce Wennink, BSN {b}, eerste ziektedag 11-09-2023, verkoopmedewerker 28 uur)

Waar werken we naartoe?
Dat je weer gewoon je eigen werk in de winkel kunt doen, 28 uur. De bedrijfsarts verwacht dat dat 3 maanden of langer duurt. Tot die tijd doe je werk waarbij je je rechterarm niet boven je schouder hoeft te gebruiken en niet zwaar tilt.

Wat gaan we doen?
- vanaf maandag 30 oktober 3 x 2 uur in de Marktstraat: kassa (max. half uur achter elkaar), bestellingen aannemen en telefoon, en Dennis helpen met de roosters en de bestellijsten
- geen bakplaten, geen kratten, niet in de koelcel
- na 3 weken kijken we of het meer kan worden (4 x 3 uur), als de bedrijfsarts het goed vindt
- fysio mag onder werktijd
- je gaat naar de afspraken bij de bedrijfsarts (volgende op 10 november)

Wie is je aanspreekpunt?
Ik ben je casemanager (Annemiek Jansma, personeelszaken, 0543 000 171). Voor de dagelijkse dingen is Dennis je aanspreekpunt.

Wanneer kijken we hoe het gaat?
Dennis en ik spreken je eind november weer (30 november), daarna ongeveer elke 6 weken. Na een jaar doen we een grote evaluatie.

Hoe kijken we er zelf tegenaan?
Wij: we willen je graag zo snel mogelijk terug in de winkel, maar zonder dat het weer misgaat. Liever rustig aan.
Jij: je zei vanmiddag dat je het fijn vindt om weer onder de mensen te zijn en dat je bang bent dat je arm niet meer helemaal goed komt.

Wil je even reageren of je akkoord bent? Dan is het officieel.

Groetjes,
Annemiek

{KREMERS_SIG}"""
    text = (
        "Hoi Annemiek,\n\nKlopt helemaal, ik ga akkoord met de afspraken. Alleen de woensdag is voor mij lastig "
        "ivm de fysio, kan het ook di/do/vr worden? Verder prima!\n\nGroetjes,\nJoyce\n\nVerstuurd vanaf mijn iPhone\n\n"
        "> Op 25 okt. 2023 om 16:02 heeft Annemiek Jansma <a.jansma@bakkerijkremers.example> het volgende geschreven:\n>\n"
        + "\n".join(("> " + line).rstrip() for line in quoted.split("\n"))
        + "\n"
    )
    c.mail(
        K,
        "mail/RE Afspraken van vandaag op een rijtje.eml",
        "plan_van_aanpak",
        D(2023, 10, 26),
        "the plan is a mail op een rijtje agreed by the employee's reply - label date is the akkoord (26 Oct) not the quoted 25 Oct - no type word",
        "e-mail plain text (iPhone Mail reply)",
        frm=JOYCE,
        to=ANNEMIEK,
        cc=DENNIS,
        subject="Re: Afspraken van vandaag op een rijtje",
        when=T(2023, 10, 26, 8, 12),
        text=text,
        mode="plain",
        mailer="iPhone Mail (20H19)",
        in_reply_to="<8F2C1A90D3E24B77A1C0F5E2@bakkerijkremers.example>",
    )

    src = """@head Bakkerij Kremers | Gespreksnotitie leidinggevende | invullen en inleveren bij personeelszaken
## Medewerker / filiaal
@hw Joyce Wennink - Marktstraat
## Datum gesprek
@hw 30/11/2023
## Aanwezig
@hw Joyce, Annemiek (kantoor), Dennis
## Besproken
@hw Werkt nu 3x2 uur (di/do/vr), kassa + bestellingen gaat goed. Arm nog niet boven schouder, tillen lukt niet.
@hw 4x3 uur nog te veel volgens Joyce. Bedrijfsarts (10/11): rustig aan. Fysio 2x p/w.
@hw Afspraken van oktober zijn nagekomen, ook door ons (niemand laat haar kratten tillen).
## Afspraken
@hw Blijft 3x2 uur tot januari, dan opnieuw kijken. Geen kratten! Dennis past rooster aan.
## Volgende gesprek
@hw 11 januari 2024
## Paraaf leidinggevende / medewerker
@hw D.K.        J.W.
"""
    c.texts.append(("form-b", src))
    page = page_images(src, family="sans", size_pt=11, seed=203, hand_px=38)[0]
    c.photo(
        K,
        "Gesprek 30 nov.jpg",
        "tussentijdse_evaluatie",
        D(2023, 11, 30),
        "shop manager's handwritten form - progress against the October agreements - no BSN",
        photo_of_page(page, random.Random(204), tilt=0.07, desk_base=(182, 160, 130)),
        T(2023, 11, 30, 15, 3),
        make="samsung",
        model="SM-A536B",
    )

    c.mail(
        K,
        "mail/Joyce Wennink - gewijzigd advies bedrijfsarts.eml",
        "bijstelling_probleemanalyse",
        D(2024, 1, 17),
        "praktijkondersteuner writes on behalf of the bedrijfsarts - revised advice without the word bijstelling",
        "Outlook e-mail, HTML only",
        frm="Lotte Wissink | Verzuimplein Oost <l.wissink@verzuimplein-oost.example>",
        to=ANNEMIEK,
        cc=JOYCE,
        subject="Joyce Wennink - gewijzigd advies bedrijfsarts",
        when=T(2024, 1, 17, 14, 36),
        mode="html",
        text=f"""Beste Annemiek,

Namens bedrijfsarts Rutger Veldkamp stuur ik je de terugkoppeling van het spreekuur van maandag 15 januari met Joyce Wennink (BSN {b}, eerste verzuimdag 11-09-2023). Ik ben praktijkondersteuner en werk onder verantwoordelijkheid van de bedrijfsarts; hij heeft deze tekst gezien en goedgekeurd.

**Wat is er veranderd?**
Joyce heeft begin januari een medische behandeling gehad. Het advies van 16 oktober 2023 is daardoor niet meer actueel. De bedrijfsarts stelt zijn inschatting als volgt bij:

- tot en met 25 februari 2024: geen benutbare mogelijkheden, ook niet voor het aangepaste werk (kassa, bestellingen). Herstel en oefentherapie gaan voor.
- vanaf 26 februari 2024: start met licht werk zonder gebruik van de rechterarm, 2 x 2 uur per week, daarna opbouw per 2 weken.
- beperkingen rechterarm blijven zoals eerder beschreven (niet boven schouderhoogte, niet tillen boven 2 kg); verwachting is dat deze vanaf april geleidelijk afnemen.
- prognose: herstel voor het eigen werk nu verwacht in de loop van de zomer 2024. De kans dat het eigen werk niet volledig haalbaar blijkt is reëel; bij onvoldoende herstel in juni adviseert de bedrijfsarts een arbeidsdeskundig onderzoek.

**Wat vragen we van jullie?**
- de afspraken met Joyce hierop aanpassen en vastleggen
- Joyce rond 26 februari uitnodigen om de hervatting te plannen

Volgend spreekuur: 19 februari 2024.

Met vriendelijke groet,

Lotte Wissink
Praktijkondersteuner bedrijfsarts, namens R.J. Veldkamp, bedrijfsarts (BIG 29054321001)
Verzuimplein Oost | Zutphenseweg 140, 7521 AR Stadsveen | 0543 000 900
""",
    )

    src_hosp = f"""@head Medisch Centrum Stadsveen | Afdeling Orthopedie | Ziekenhuislaan 1, 7522 AA Stadsveen · 0543 000 500
. Aan: mw. dr. E. ten Have, huisarts, Huisartsenpraktijk Lijsterstraat, Stadsveen
. Kopie: patiënte
@right Stadsveen, 11 januari 2024
. Betreft: mevrouw J. Wennink, geb. 14-03-1980
. BSN: {b} · patiëntnummer 2030417
# Ontslagbericht dagbehandeling
Geachte collega,

Uw patiënte werd op 9 januari 2024 in dagbehandeling opgenomen.

Diagnose: adhesieve capsulitis (frozen shoulder) rechterschouder, therapieresistent na intra-articulaire corticosteroïdinjectie (november 2023) en 12 weken fysiotherapie.

Verrichting: artroscopische capsulaire release rechterschouder onder algehele anesthesie, gevolgd door narcosemobilisatie. Peroperatief geen rotator-cuffletsel.

Beloop: ongecompliceerd. Ontslag dezelfde dag.

Medicatie bij ontslag: paracetamol 1000 mg 4 dd, naproxen 500 mg 2 dd gedurende 7 dagen, met omeprazol 20 mg 1 dd.

Beleid: direct starten met intensieve fysiotherapie (passief en actief mobiliseren). Controle op onze polikliniek over 6 weken (20 februari 2024). Verwachte duur van het herstel 3 tot 6 maanden.

Met vriendelijke groet,

. dr. A.M. Bosman, orthopedisch chirurg
"""
    att = c.scan(
        K,
        "",
        "",
        None,
        "",
        src_hosp,
        T(2024, 1, 22, 9, 28),
        creator="Notities",
        producer="iOS Version 17.2.1 (Build 21C66) Quartz PDFContext",
        seed=205,
        signed=False,
        quality=38,
        skew=1.1,
        bw=False,
    )
    c.mail(
        K,
        "mail/Brief ziekenhuis.eml",
        "",
        None,
        "covering mail from the employee - no RIV document - its attachment is medical",
        "e-mail plain text with PDF attachment (iPhone Mail)",
        frm=JOYCE,
        to=ANNEMIEK,
        subject="Brief ziekenhuis",
        when=T(2024, 1, 22, 9, 31),
        mode="plain",
        mailer="iPhone Mail (21C66)",
        text="Hoi Annemiek,\n\nHierbij de brief van het ziekenhuis die ik mee kreeg. Weet niet of jullie die nodig hebben, "
        "maar dan heb je hem. Kun je hem anders doorsturen naar de bedrijfsarts?\n\nGroetjes Joyce\n\nVerstuurd vanaf mijn iPhone\n",
        attachments=[("Gescand document.pdf", "application/pdf", att)],
    )
    c.row(
        K,
        "mail/Brief ziekenhuis.eml::Gescand document.pdf",
        "medische_informatie",
        D(2024, 1, 11),
        "phone scanner app, image-only PDF (grey JPEG) in an e-mail",
        "hospital discharge letter (diagnosis, operation, medication) sent to HR by the employee",
    )

    c.text(
        K,
        "Stand van zaken Joyce maart.txt",
        "tussentijdse_evaluatie",
        D(2024, 3, 12),
        "personeelszaken note titled Stand van zaken - progress and next steps - Windows line ends",
        f"""Stand van zaken Joyce Wennink (filiaal Marktstraat)
Gesprek di 12-03-2024 in de Marktstraat, met Joyce en Dennis. Notitie: Annemiek Jansma
BSN {b} / eerste ziektedag 11-09-2023

Hoe gaat het?
- Joyce is op 26 februari weer begonnen, 2x2 uur (dinsdag en vrijdag), zoals de bedrijfsarts had geadviseerd na de behandeling in januari.
- Gaat goed. Ze doet kassa, telefoon en de bestellingen voor de zaterdag. Arm kan iets meer, maar nog geen bakplaten of kratten.
- Ze heeft nog 2x per week oefentherapie.
- De afspraken van januari (na het advies van de bedrijfsarts) zijn nagekomen. Dennis zorgt dat er altijd iemand is voor het zware werk.

Wat spreken we af?
- vanaf 18 maart 3x3 uur (di, do, vr)
- blijft voorlopig kassa/telefoon/bestellingen
- Joyce gaat 19 maart weer naar de bedrijfsarts, daarna nieuwe afspraken als die iets anders adviseert
- volgend gesprek: begin april, na het spreekuur

Joyce is het hiermee eens (mondeling, 12-03).
""",
        crlf=True,
        producer_note="plain text .txt (Notepad, CRLF)",
    )

    card = birthday_card(
        [
            "Lieve Joyce,",
            "Van harte gefeliciteerd met je verjaardag!",
            "Wat fijn dat we je weer wat vaker in de winkel zien.",
            "Niemand snijdt het brood zo mooi als jij :)",
            "Heel veel beterschap en een fijne dag!",
            "Liefs, team Marktstraat",
            "Dennis, Sanne, Ilse, Mehmet, Gerda, Tom en Lisa",
        ],
        206,
    )
    c.photo(
        K,
        "diversen/kaart Joyce.jpg",
        "",
        None,
        "birthday card from the team that wishes her beterschap - no RIV document",
        photo_of_page(
            card,
            random.Random(207),
            out_size=(1280, 960),
            tilt=0.05,
            margin=0.08,
            paper=(252, 246, 232),
            desk_base=(120, 84, 60),
        ),
        T(2024, 3, 14, 12, 40),
        make="samsung",
        model="SM-A536B",
    )

    c.mail(
        K,
        "mail/Nieuwe afspraken vanaf april.eml",
        "bijstelling_plan_van_aanpak",
        D(2024, 4, 9),
        "new agreements in a mail - Wat verandert er? - no type word - the employee agreed orally",
        "Outlook e-mail, multipart/alternative",
        frm=ANNEMIEK,
        to=JOYCE,
        cc=DENNIS,
        subject="Nieuwe afspraken vanaf april",
        when=T(2024, 4, 9, 16, 48),
        text=f"""Hoi Joyce,

Na het spreekuur van 19 maart en ons gesprek van vorige week (4 april) hebben we de afspraken van oktober aangepast. Hieronder de nieuwe afspraken; je hebt in het gesprek al gezegd dat je het ermee eens bent. Wil je voor de zekerheid nog even "akkoord" terugmailen?

(Voor het dossier: Joyce Wennink, BSN {b}, eerste ziektedag 11-09-2023)

**Wat verandert er?**
Het doel blijft terugkeer in je eigen werk in de winkel, maar de bedrijfsarts verwacht nu dat je de zware taken (bakplaten, kratten, bovenste schappen vullen) misschien niet meer helemaal kunt doen. Daarom werken we eerst naar aangepast werk in de winkel toe.

**Nieuwe afspraken**
- vanaf 15 april 4 x 4 uur (16 uur) in de Marktstraat: kassa, bediening, bestellingen en broodjes beleggen
- niet tillen boven 5 kilo; kratten en bakplaten doet een collega
- doel 1 juli: 5 x 4 uur (20 uur)
- oefentherapie mag nog steeds onder werktijd
- lukt dit in juni niet, dan vragen we een arbeidsdeskundige om mee te kijken wat je nog meer kunt
- Dennis blijft je aanspreekpunt in de winkel, ik blijf je casemanager

**Evaluatie**
We spreken elkaar weer op 23 mei, en daarna elke 6 weken.

**Hoe kijken wij en jij ertegenaan?**
Wij vinden dat het goed gaat en willen je graag in de Marktstraat houden. Jij gaf aan dat je blij bent dat je weer meer uren maakt, maar dat je je zorgen maakt of je arm het zware werk ooit weer aankan.

Groetjes,

{KREMERS_SIG}
""",
    )

    c.text(
        K,
        "whatsapp/WhatsApp-chat met Team Marktstraat.txt",
        "",
        None,
        "team group chat announcing the partial return and swapping shifts - no RIV document",
        """12-04-2024 07:31 - Dennis Kamphuis: Goeiemorgen team! Even een mededeling: Joyce komt vanaf maandag 15 april weer 4 ochtenden (ma/di/do/vr) van 8 tot 12. Ze doet kassa en broodjes. Zware dingen (kratten, platen, koelcel) doen wij, ok? 💪
12-04-2024 07:33 - Sanne: Jaaa super!! 🥳
12-04-2024 07:33 - Ilse Ruiters: Fijn! Welkom terug Joyce ❤️
12-04-2024 07:40 - Mehmet: 👍
12-04-2024 07:52 - Joyce Wennink: Dank jullie wel lieverds! Zin in 😊
12-04-2024 09:15 - Gerda: Dennis kan ik zaterdag 20/4 ruilen met iemand? Heb een bruiloft
12-04-2024 09:20 - Tom: Kan ik doen Gerda
12-04-2024 09:21 - Gerda: Top dank je Tom!
15-04-2024 12:04 - Dennis Kamphuis: Eerste ochtend Joyce zit erop 🎉 Vergeet niet: de paasbroden gaan vanaf woensdag uit de vitrine, 50% korting
16-04-2024 06:58 - Sanne: Wie heeft de sleutel van de koelcel meegenomen? 😅
16-04-2024 07:02 - Tom: Oeps. Ben er over 10 min
""",
        producer_note="WhatsApp chat export .txt",
    )

    c.wordpdf(
        K,
        "Ziekmelding UWV 42 weken.pdf",
        "ziekmelding_uwv",
        D(2024, 6, 26),
        "the employer's own copy of the week-42 report as submitted in the portal - printed by personeelszaken",
        f"""@head Bakkerij Kremers B.V. | Personeelszaken
# Kopie melding langdurige ziekte aan UWV (42e week)
. Ingediend via het werkgeversportaal van UWV op woensdag 26 juni 2024, 10:41 uur, door A. Jansma.
. Ontvangstbevestiging UWV: kenmerk 2024-ZM-0931774

| Loonheffingennummer | 815477021L01 |
| Naam werkgever | Bakkerij Kremers B.V. |
| Contactpersoon | A. Jansma, 0543 000 171 |
| Burgerservicenummer werknemer | {b} |
| Naam werknemer | J. Wennink |
| Geboortedatum | 14-03-1980 |
| Eerste ziektedag | 11-09-2023 |
| Gedeeltelijk hersteld | ja, sinds 26-02-2024 gedeeltelijk aan het werk (16 uur per week) |
| Arbeidsuren per week volgens contract | 28 |
| Is er sprake van een ongeval? | nee |
| Valt de werknemer onder een vangnetregeling? | nee |
| Eigenrisicodrager Ziektewet | nee |
| Naam arbodienst | Verzuimplein Oost |
| Ziek uit dienst | nee |

Bewaren in het verzuimdossier. De bevestigingsbrief van UWV volgt per post.
@small Afgedrukt door A. Jansma op 26-06-2024
""",
        T(2024, 6, 26, 10, 45),
        font="Calibri",
        size=10.5,
        author="Annemiek Jansma",
        title="Ziekmelding UWV",
    )

    c.wordpdf(
        K,
        "arbo/ArbeidsWijs Hulshof 20-08-2024.pdf",
        "arbeidsdeskundig_rapport",
        D(2024, 8, 20),
        "arbeidsdeskundige report written as a letter (Geachte mevrouw Jansma) - advises the tweede spoor",
        f"""@head ArbeidsWijs Advies | arbeidsdeskundig onderzoek en advies | Veldweg 9, 7463 BK Holterbroek · 0548 000 312
. Bakkerij Kremers B.V.
. t.a.v. mevrouw A. Jansma, personeelszaken
. Ambachtsweg 12
. 7521 PD Stadsveen
@right Holterbroek, 20 augustus 2024
. Betreft: mevrouw J. Wennink, geboren 14-03-1980, BSN {b}
. Uw vraag van 2 juli 2024

Geachte mevrouw Jansma,

U vroeg mij te onderzoeken of mevrouw Wennink haar werk als verkoopmedewerker in uw winkel aan de Marktstraat weer volledig kan gaan doen, en zo niet, welk werk dan wel bij haar past. Ik heb daarvoor op 6 augustus met mevrouw Wennink gesproken, op 8 augustus de winkel bezocht en met de filiaalleider, de heer D. Kamphuis, gesproken, en ik heb de terugkoppelingen van de bedrijfsarts gelezen, de meest recente van 25 juli 2024. In deze brief geef ik u mijn bevindingen en advies.

## Het werk in de winkel
De functie van verkoopmedewerker (28 uur) bestaat uit klanten bedienen en afrekenen (ongeveer 50 procent), het vullen van schappen en vitrines met producten uit de centrale bakkerij (25 procent), het afbakken van brood in de oven van de winkel (10 procent) en schoonmaken en administratie. Bij het vullen en afbakken wordt veel getild: kratten van 8 tot 12 kilo en bakplaten met deeg, en er wordt regelmatig gereikt naar schappen op 1,90 meter. Op een drukke ochtend gebeurt dat tientallen keren.

## Wat mevrouw Wennink kan
Volgens de bedrijfsarts kan mevrouw Wennink met haar rechterarm niet boven schouderhoogte werken en niet vaker dan incidenteel meer dan 5 kilo tillen. Hij verwacht daarin geen wezenlijke verbetering meer. Voor de overige onderdelen van het werk is zij niet beperkt. Zij werkt nu 20 uur per week aangepast werk (kassa, bediening, broodjes beleggen).

## Mijn oordeel
Het eigen werk is voor ongeveer een derde niet passend: het vullen en het afbakken kan zij niet duurzaam doen. Een winkel als de Marktstraat draait op een kleine bezetting; de zware taken kunnen daar niet blijvend door collega's worden overgenomen zonder dat die overbelast raken. In de andere tien winkels is dat niet anders. Ik heb ook gekeken naar ander werk in uw bedrijf: in de centrale bakkerij is al het werk lichamelijk zwaar, en op het kantoor (vier medewerkers) is geen vacature en geen werk dat aansluit bij haar ervaring.

## Mijn advies
1. Eigen werk: niet passend; aangepast werk in de winkel is alleen tijdelijk te organiseren.
2. Ander werk bij Bakkerij Kremers: niet beschikbaar.
3. Start na de bespreking aan het einde van het eerste ziektejaar zo snel mogelijk een traject naar werk bij een andere werkgever (tweede spoor). Mevrouw Wennink heeft goede klantvaardigheden en ervaring met de kassa; ik denk aan receptie- of baliewerk, klantenservice, of verkoop zonder tillen (bijvoorbeeld bij een apotheek of opticien).
4. Laat mevrouw Wennink tot die tijd het aangepaste werk in de winkel blijven doen.

Mevrouw Wennink ontvangt een afschrift van deze brief.

Met vriendelijke groet,
@sig E. Hulshof ~ arbeidsdeskundige, ArbeidsWijs Advies
""",
        T(2024, 8, 20, 9, 55),
        font="Georgia",
        size=10.5,
        author="E. Hulshof",
        title="Brief Bakkerij Kremers",
    )

    c.word(
        K,
        "Hoe verder met Joyce.docx",
        "eerstejaarsevaluatie",
        D(2024, 8, 29),
        "minutes titled Hoe verder met Joyce? - year review in bullets and the year-two goal - no type word",
        f"""@head Bakkerij Kremers B.V. | Personeelszaken
# Hoe verder met Joyce?
. Verslag van het gesprek op donderdag 29 augustus 2024 (op kantoor, Herman via Teams)
. Joyce Wennink, verkoopmedewerker Marktstraat · BSN {b} · ziek sinds 11 september 2023
. Aanwezig: Joyce Wennink, Dennis Kamphuis (filiaalleider), Herman Kremers (directeur, deel van het gesprek), Annemiek Jansma (personeelszaken, verslag)

## Het afgelopen jaar in het kort
- september 2023 uitgevallen; bedrijfsarts 16 oktober: langdurig verzuim verwacht
- oktober 2023 afspraken gemaakt: aangepast werk in de winkel (kassa, bestellingen), opbouw
- januari 2024 behandeling, daardoor 6 weken niet gewerkt; daarna opnieuw opgebouwd
- april 2024 nieuwe afspraken (aangepast werk, 16 uur en daarna 20 uur)
- nu: 5 x 4 uur (20 uur) aangepast werk in de Marktstraat; tillen en reiken lukt niet
- gesprekken gehad op 30 november, 11 januari, 12 maart, 4 april, 23 mei en 11 juli
- melding aan UWV na 42 weken gedaan op 26 juni 2024

## Wat zegt de arbeidsdeskundige?
Erik Hulshof (brief van 20 augustus): Joyce kan haar eigen werk niet meer helemaal doen, vooral het vullen en het afbakken niet. Binnen Kremers is geen ander passend werk. Hij raadt aan nu ook buiten de deur te gaan zoeken.

## Wat willen we bereiken in het tweede jaar?
Dat Joyce aan het einde van het tweede jaar werk heeft dat ze duurzaam kan doen, zo veel mogelijk uren (doel: 20 tot 28 uur), het liefst bij een andere werkgever waar niet getild hoeft te worden. Als dat lukt, gaat ze daar via detachering of in dienst aan de slag.

## Hoe gaan we dat doen?
- spoor 1: Joyce blijft voorlopig 20 uur aangepast werk doen in de Marktstraat
- spoor 2: we schakelen Stapverder Re-integratie in (intake uiterlijk eind september)
- Joyce mag voor het traject en voor sollicitatiegesprekken uren van het werk in de winkel gebruiken
- elke 6 weken een gesprek met Annemiek; Stapverder rapporteert elke 3 maanden

## Wat vinden we ervan?
Kremers: we hadden Joyce graag gehouden, maar we kunnen het zware werk in de winkels niet blijvend door anderen laten doen. We helpen haar zo goed als we kunnen aan ander werk.
Joyce: "Ik vind het heel jammer, ik werk al 13 jaar bij Kremers. Maar ik snap het wel. Ik wil graag iets met mensen blijven doen, aan een balie of zo."

## Afspraken
1. Annemiek vraagt Stapverder om een offerte en een intake (vóór 13 september).
2. Joyce gaat 10 september naar de bedrijfsarts en bespreekt het advies van de arbeidsdeskundige.
3. Volgend gesprek: 10 oktober 2024.

Akkoord:
@sig Annemiek Jansma ~ personeelszaken, casemanager || Joyce Wennink ~ medewerker
""",
        T(2024, 8, 29, 15, 50),
        font="Calibri",
        size=11,
        author="Annemiek Jansma",
    )

    c.wordpdf(
        K,
        "Stapverder/Startdocument SV-24-1187.pdf",
        "trajectplan_tweede_spoor",
        D(2024, 9, 24),
        "bureau's Startdocument Werk-naar-Werk with its own jargon (werkfit-test, netwerkkaart, vacaturescan) - no word trajectplan",
        f"""@head Stapverder Re-integratie | werk-naar-werk · loopbaan · jobcoaching | Handelskade 33, 7511 JP Stadsveen · info@stapverder.example
# Startdocument Werk-naar-Werk
| Kandidaat | Joyce Wennink, geb. 14-03-1980 |
| BSN | {b} |
| Opdrachtgever | Bakkerij Kremers B.V., mw. A. Jansma |
| Eerste ziektedag | 11-09-2023 |
| Trajectnummer | SV-24-1187 |
| Loopbaancoach | Mirjam Boschker |
| Intakegesprek | 19 september 2024 |
| Datum | 24 september 2024 |
| Looptijd | 9 maanden (oktober 2024 - juni 2025) |

## 1. Waarom dit traject?
Joyce kan haar werk als verkoopmedewerker bij Bakkerij Kremers niet meer volledig doen. De arbeidsdeskundige (E. Hulshof, 20 augustus 2024) adviseert werk bij een andere werkgever te zoeken. Kremers heeft ons gevraagd Joyce daarbij te begeleiden. Het traject loopt naast haar aangepaste werk in de winkel.

## 2. Wie is Joyce?
- 44 jaar, mbo-2 verkoop, 13 jaar ervaring in de bakkerijverkoop, daarvoor 5 jaar caissière in een supermarkt
- sterk in: klantcontact, vriendelijk en rustig bij drukte, nauwkeurig met geld, goede samenwerker
- minder ervaring met: computerwerk buiten het kassasysteem, e-mail
- wensen: werk met mensen, overdag, in of rond Stadsveen (max. 25 minuten fietsen of 30 minuten OV), 20 tot 28 uur
- belastbaarheid volgens de bedrijfsarts: niet tillen boven 5 kg, niet boven schouderhoogte werken met de rechterarm

## 3. Zoekrichting
Uit het intakegesprek en de eerste werkfit-test komen drie richtingen:
1. receptie- en baliewerk (tandarts-, fysio- of huisartsenpraktijk, garage, sportschool)
2. klantenservice (telefonisch, bij een werkgever in de buurt)
3. verkoop zonder tillen (apotheek, opticien, kledingwinkel)

## 4. Wat gaan we doen?
| Fase | Periode | Activiteiten |
|---|---|---|
| Oriëntatie | oktober - november 2024 | werkfit-test afronden, 3 oriënterende gesprekken bij werkgevers, cv en LinkedIn-profiel maken, netwerkkaart invullen |
| Training | november - december 2024 | sollicitatietraining (4 bijeenkomsten), korte cursus Word en Outlook (online, 6 weken) |
| Zoeken | december 2024 - april 2025 | wekelijkse vacaturescan, minstens 2 sollicitaties per week, netwerkgesprekken, werkgevers benaderen via Stapverder |
| Plaatsing | vanaf maart 2025 | proefplaatsing of werkervaringsplek, daarna contract of detachering; 3 maanden nazorg |

## 5. Afspraken
- Joyce besteedt 6 uur per week aan het traject (binnen haar 28 contracturen)
- coachgesprek elke 2 weken (Stapverder, Handelskade)
- Stapverder rapporteert elke 3 maanden aan Kremers en Joyce; bij problemen eerder
- Joyce houdt haar sollicitaties bij in de Stapverder-app

@sig Mirjam Boschker ~ loopbaancoach Stapverder || Joyce Wennink ~ kandidaat || A. Jansma ~ namens Bakkerij Kremers
""",
        T(2024, 9, 24, 13, 10),
        font="Calibri",
        size=10.5,
        author="M. Boschker",
        title="Startdocument",
    )

    c.mail(
        K,
        "mail/Update traject Joyce Wennink (sept-dec).eml",
        "voortgangsrapportage_tweede_spoor",
        D(2024, 12, 17),
        "coach's progress report as a mail Update - applications listed in the body - no word voortgangsrapportage",
        "Outlook e-mail, multipart/alternative",
        frm=MIRJAM,
        to=ANNEMIEK,
        cc=JOYCE,
        subject="Update traject Joyce Wennink (sept-dec)",
        when=T(2024, 12, 17, 10, 4),
        text=f"""Beste Annemiek,

Hierbij, zoals afgesproken, mijn update over het traject van Joyce Wennink (BSN {b}, trajectnummer SV-24-1187) over de periode 19 september tot en met 13 december 2024. Joyce heeft deze tekst gelezen en is het ermee eens.

**Wat hebben we gedaan?**
- 6 coachgesprekken (24-9, 8-10, 22-10, 5-11, 26-11, 10-12)
- werkfit-test afgerond: goede scores op klantgerichtheid en samenwerken; aandachtspunt: digitale vaardigheden
- cv en LinkedIn-profiel gemaakt
- netwerkkaart ingevuld: 34 namen, waarvan 9 benaderd
- oriënterende gesprekken bij Fysiotherapie Het Kruispunt (17-10), Autobedrijf Nijhuis (31-10) en Tandartsenpraktijk De Esch (21-11)
- sollicitatietraining: 3 van de 4 bijeenkomsten gevolgd (1 gemist door een familieomstandigheid, ingehaald op 12-12)
- cursus Word en Outlook gestart op 18 november

**Sollicitaties**
- 4-11 Apotheek Kerkplein, apothekersassistent in opleiding: afgewezen (opleiding vereist)
- 15-11 Sportcentrum De Veste, baliemedewerker 24 uur: gesprek 28-11, niet gekozen
- 2-12 Autobedrijf Nijhuis, receptie en werkplaatsplanning 20 uur: gesprek 16-12, wacht op uitslag
- 9-12 klantenservice van een energiebedrijf (via uitzendbureau), telefonist: geen reactie

**Hoe gaat het met Joyce?**
Joyce zet zich goed in en komt haar afspraken na. Ze vindt solliciteren spannend, zeker de gesprekken, maar wordt zekerder. Het combineren van 20 uur werk in de winkel met het traject is zwaar; we hebben afgesproken dat ze in januari 14 uur in de winkel werkt en 6 uur aan het traject besteedt.

**Volgende periode (januari - maart 2025)**
- vacaturescan en 2 sollicitaties per week
- vervolg bij Tandartsenpraktijk De Esch: mogelijk een werkervaringsplek aan de balie
- cursus Word en Outlook afronden

Met vriendelijke groet,

Mirjam Boschker
Loopbaancoach | Stapverder Re-integratie
Handelskade 33, 7511 JP Stadsveen | 06 00 00 41 27
""",
    )

    c.word(
        K,
        "Stapverder/Tussenrapportage jan-mrt 2025.docx",
        "voortgangsrapportage_tweede_spoor",
        D(2025, 4, 1),
        "bureau's quarter report in Word - mentions a proefplaatsing and a contract offer (not yet the final report)",
        f"""@head Stapverder Re-integratie | Handelskade 33, 7511 JP Stadsveen
# Tussenrapportage januari - maart 2025
| Kandidaat | Joyce Wennink (BSN {b}) |
| Opdrachtgever | Bakkerij Kremers B.V. |
| Trajectnummer | SV-24-1187 |
| Rapportageperiode | 1 januari t/m 28 maart 2025 |
| Datum | 1 april 2025 |
| Loopbaancoach | Mirjam Boschker |

## Samenvatting
Joyce werkt sinds 3 maart 2025 op proef als baliemedewerker bij Tandartsenpraktijk De Esch (16 uur per week, maandag tot en met donderdag 8.00-12.00 uur). De praktijk is tevreden en wil haar na de proefplaatsing een vervolg aanbieden. Daarnaast werkt zij 4 uur per week in de Marktstraat.

## Activiteiten in deze periode
- 5 coachgesprekken
- 11 sollicitaties (zie het overzicht in de app); 3 gesprekken
- Autobedrijf Nijhuis: afgewezen (16 januari); zij kozen een kandidaat met planningservaring
- cursus Word en Outlook afgerond met certificaat (7 februari)
- gesprek bij De Esch op 6 februari, meeloopdag 13 februari, proefplaatsing vanaf 3 maart (8 weken, tot 25 april)
- informatie over de no-riskpolis aan De Esch gegeven

## Inzet van Joyce
Goed. Joyce komt haar afspraken na, is op tijd en neemt zelf initiatief: zij heeft De Esch via haar eigen netwerk benaderd.

## Belastbaarheid in het nieuwe werk
Het werk aan de balie (patiënten ontvangen, afspraken plannen, telefoon, afrekenen) past binnen de beperkingen. Er wordt niet getild; de archiefkasten zijn zo ingericht dat ze niet boven schouderhoogte hoeft te reiken.

## Plan voor de volgende periode
- bespreking van de proefplaatsing op 22 april met De Esch, Joyce en Kremers
- bij een positieve uitkomst: detachering vanuit Kremers per 1 mei 2025, 20 uur
- nazorg door Stapverder tot 1 augustus 2025
@small Deze rapportage is opgesteld met medeweten van de kandidaat.
""",
        T(2025, 4, 1, 11, 15),
        font="Calibri",
        size=11,
        author="M. Boschker",
    )

    c.wordpdf(
        K,
        "Stapverder/Afsluiting traject.pdf",
        "eindrapportage_tweede_spoor",
        D(2025, 5, 6),
        "bureau's closing report titled Afsluiting traject - result (detachering) and advice",
        f"""@head Stapverder Re-integratie | Handelskade 33, 7511 JP Stadsveen · info@stapverder.example
# Afsluiting traject Werk-naar-Werk
. Kandidaat: Joyce Wennink, geboren 14-03-1980, BSN {b}
. Opdrachtgever: Bakkerij Kremers B.V., Stadsveen
. Trajectnummer: SV-24-1187 · looptijd 19 september 2024 - 30 april 2025
. Loopbaancoach: Mirjam Boschker · datum: 6 mei 2025

## Resultaat
Joyce werkt sinds 1 mei 2025 als baliemedewerker bij Tandartsenpraktijk De Esch in Stadsveen, 20 uur per week, op basis van een detachering vanuit Bakkerij Kremers. De Esch heeft schriftelijk toegezegd haar na afloop van de wachttijd (september 2025) zelf in dienst te nemen voor 20 uur, met uitzicht op uitbreiding. Het traject is daarmee geslaagd. Het uurloon bij De Esch is ongeveer 88 procent van haar uurloon bij Kremers.

## Wat is er gedaan?
- 16 coachgesprekken, werkfit-test, netwerkkaart, cv en profiel
- sollicitatietraining (4 bijeenkomsten) en cursus Word en Outlook (certificaat)
- 27 sollicitaties, 6 sollicitatiegesprekken, 4 oriënterende gesprekken
- proefplaatsing bij De Esch van 3 maart tot 25 april 2025, positief besproken op 22 april 2025

## Inzet
Joyce heeft zich het hele traject goed ingezet en kwam alle afspraken na.

## Advies
- nazorg: Stapverder belt Joyce en De Esch in juni en in augustus 2025
- de resterende 8 contracturen: bij De Esch nu niet beschikbaar; uitbreiding bespreken na de indiensttreding
- het traject wordt per 30 april 2025 afgesloten

@sig Mirjam Boschker ~ loopbaancoach, Stapverder Re-integratie
""",
        T(2025, 5, 6, 15, 25),
        font="Calibri",
        size=10.5,
        author="M. Boschker",
        title="Afsluiting traject",
    )

    c.wordpdf(
        K,
        "arbo/Terugkoppeling spreekuur 20-05-2025.pdf",
        "actueel_oordeel",
        D(2025, 5, 20),
        "same portal template and title as the PA - the reason line says beoordeling t.b.v. aanvraag WIA - no words actueel oordeel",
        f"""{VZP_HEAD}
# Terugkoppeling spreekuur
| Werkgever | Bakkerij Kremers B.V. (klantnr. 40127) |
| Werknemer | J. Wennink |
| Geboortedatum | 14-03-1980 |
| BSN | {spaced(b)} |
| Functie | verkoopmedewerker (28 uur); gedetacheerd als baliemedewerker (20 uur) |
| Eerste verzuimdag | 11-09-2023 |
| Datum spreekuur | 16-05-2025 |
| Datum terugkoppeling | 20-05-2025 |
| Bedrijfsarts | R.J. Veldkamp |
| Reden | beoordeling t.b.v. aanvraag WIA (einde wachttijd 07-09-2025) |

## Beloop
- 20 maanden verzuim; aangepast werk in de winkel in 2024; tweede spoor vanaf september 2024
- sinds 01-05-2025 20 uur per week baliewerk bij een andere werkgever (detachering); gaat goed, geen toename van klachten
- eindtoestand bereikt; geen verdere verbetering verwacht

## Huidige belastbaarheid (functioneel)
- rechterarm: niet boven schouderhoogte, tillen max. 5 kg incidenteel, geen herhaalde krachtsinspanning (snijden, kneden)
- overige: geen beperkingen
- uren: geen urenbeperking

## Eigen werk en passend werk bij de werkgever
- eigen werk verkoopmedewerker: blijvend niet passend (tillen, reiken)
- binnen Bakkerij Kremers geen passend werk (zie arbeidsdeskundige 20-08-2024)
- huidig werk als baliemedewerker: passend

## Arbeidsrelatie
- goede verhouding werkgever-werknemer; geen conflict; werknemer waardeert de inzet van de werkgever

## Advies
- huidig werk voortzetten; uitbreiding naar 24-28 uur bespreekbaar bij de nieuwe werkgever
- medische informatie gaat rechtstreeks naar UWV (verzekeringsarts)

@sig R.J. Veldkamp ~ bedrijfsarts, BIG 29054321001
@small Deze terugkoppeling bevat geen medische gegevens. Verzonden via het verzuimportaal aan werkgever en werknemer.
""",
        T(2025, 5, 20, 12, 5),
        font="Arial",
        size=9.5,
        author="Verzuimplein Oost",
        title="Terugkoppeling spreekuur",
    )

    c.wordpdf(
        K,
        "Terug- en vooruitkijken juni 2025.pdf",
        "eindevaluatie",
        D(2025, 6, 2),
        "final meeting written as minutes - Over ons bedrijf gives the aard van het bedrijf - no word eindevaluatie",
        f"""@head Bakkerij Kremers B.V. | Personeelszaken · Ambachtsweg 12, 7521 PD Stadsveen
# Terug- en vooruitkijken na bijna twee jaar
. Verslag van het gesprek van maandag 2 juni 2025, op kantoor
. Medewerker: Joyce Wennink, verkoopmedewerker (28 uur), in dienst sinds 2 mei 2011 · BSN {b}
. Eerste ziektedag: 11 september 2023 · einde wachttijd: 7 september 2025
. Aanwezig: Joyce Wennink, Herman Kremers (directeur), Annemiek Jansma (personeelszaken, casemanager)

## Over ons bedrijf
Bakkerij Kremers is een familiebedrijf met een centrale bakkerij in Stadsveen en elf winkels in de regio. We hebben ongeveer 140 medewerkers, de meesten in de winkels. Het werk in de winkels is afwisselend maar lichamelijk zwaar: vullen, afbakken, kratten en bakplaten. Het kantoor is klein (vier mensen).

## Hoe is het gegaan?
- september 2023 uitgevallen, oktober 2023 afspraken over aangepast werk in de Marktstraat
- januari 2024 behandeling, daarna opnieuw opgebouwd tot 20 uur aangepast werk
- juni 2024 melding bij UWV; augustus 2024 arbeidsdeskundige: eigen werk niet passend, geen ander werk bij Kremers
- eind augustus 2024 gesprek na het eerste jaar: start zoeken buiten Kremers
- september 2024 - april 2025 traject bij Stapverder; proefplaatsing bij Tandartsenpraktijk De Esch vanaf 3 maart 2025
- sinds 1 mei 2025 gedetacheerd bij De Esch, 20 uur per week

## Waar staan we nu?
Joyce werkt 20 van haar 28 uur als baliemedewerker bij De Esch. Dat gaat goed. De bedrijfsarts heeft op 20 mei 2025 bevestigd dat dit werk passend is en dat haar eigen werk blijvend niet meer gaat. De Esch neemt Joyce per 8 september 2025 zelf in dienst voor 20 uur, met de mogelijkheid later uit te breiden.

## Wat vindt Kremers?
- De verhouding met Joyce is altijd goed geweest en is dat nog steeds. We hebben geen onenigheid gehad.
- Binnen ons bedrijf is geen passend werk voor Joyce. We hebben dat laten onderzoeken en zelf alle winkels en het kantoor nagelopen.
- We vinden dat we samen met Joyce gedaan hebben wat we konden. Het resultaat (20 uur passend werk bij een andere werkgever) vinden we goed.

## Wat vindt Joyce?
Joyce is blij met haar nieuwe werk en met de steun van Kremers en Stapverder. Ze vindt het jammer dat ze minder verdient. Haar eigen reactie stuurt ze zelf.

## Vervolg
- Joyce vraagt de WIA-uitkering aan vóór 22 juni 2025
- Annemiek geeft Joyce vandaag een kopie van alle stukken
- de arbeidsovereenkomst met Kremers eindigt in overleg per 7 september 2025; de afspraken daarover volgen apart

Voor gezien en akkoord,
@sig Herman Kremers ~ directeur Bakkerij Kremers B.V. || Joyce Wennink ~ medewerker
""",
        T(2025, 6, 2, 16, 30),
        font="Calibri",
        size=10.5,
        author="Annemiek Jansma",
        title="Verslag 2 juni 2025",
    )

    c.mail(
        K,
        "mail/mijn reactie.eml",
        "oordeel_werknemer",
        D(2025, 6, 5),
        "the employee's view in a short informal mail (mijn reactie) - agrees except one point",
        "e-mail plain text (webmail)",
        frm=JOYCE,
        to=ANNEMIEK,
        subject="mijn reactie",
        when=T(2025, 6, 5, 21, 14),
        mode="plain",
        mailer="Mailbox Webmail 4.2",
        text=f"""Hoi Annemiek,

Bedankt voor de map met alle papieren. Ik heb alles doorgelezen (duurde even haha). Hierbij mijn reactie voor bij de WIA-aanvraag, ik heb hem ook zelf bij UWV geupload.

Mijn gegevens kloppen. Ik ben het eens met wat er in het verslag van 2 juni staat over hoe het is gegaan. Ik heb me altijd gesteund gevoeld door Kremers en vooral door Dennis en jou. Het traject bij Stapverder heeft me echt geholpen, Mirjam was top.

Waar ik het minder mee eens ben: in het startdocument van Stapverder staat dat ik weinig ervaring heb met de computer. Dat was misschien zo, maar ik heb de cursus gehaald en ik werk nu de hele dag met het afsprakensysteem van de tandarts. Dat wil ik wel even gezegd hebben.

Ook vind ik het jammer dat ik er in loon op achteruit ga, maar dat is niet de schuld van Kremers.

Dus: ik ben het eens met het re-integratieverslag, behalve dat ene punt over de computer.

Groetjes,
Joyce Wennink
BSN {b}
""",
    )


# =========================================================================== case C: Ziekenhuis Bravenborgh
# Writers: an in-house bedrijfsarts with a fixed template "Advies na spreekuur" (the same title for the PA and the
# AO) and a table of rubrieken without the word inzetbaarheidsprofiel, an internal re-integration coordinator who
# confirms agreements by letter and keeps minutes ("Notulen driegesprek", "Notulen overleg"), a P&O adviser with
# star bullets in a text file, the employee's typed reaction.

AG_HEAD = "@head Ziekenhuis Bravenborgh | Arbeid & Gezondheid · bedrijfsgezondheidszorg voor medewerkers | Lindenlaan 200, 6711 AB Bravenheuvel · toestel 4410"
PETRA = "Petra Meijerink <p.meijerink@bravenborgh.example>"
LIANNE = "Lianne Groeneveld-Arts <l.groeneveld@bravenborgh.example>"
RIA = "Ria Dubbeldam <r.dubbeldam@bravenborgh.example>"


def case_c(c: Corpus) -> None:
    K, b = CASE_C, BSN_C
    ag = dict(font="Arial", size=10, author="Arbeid & Gezondheid")

    c.wordpdf(
        K,
        "Arbeid en Gezondheid/Advies na spreekuur 21-05-2024.pdf",
        "probleemanalyse",
        D(2024, 5, 21),
        "in-house template Advies na spreekuur - the same title as the AO - refers to a separate annex",
        f"""{AG_HEAD}
# Advies na spreekuur
| Medewerker | L. Groeneveld-Arts |
| Personeelsnummer | 0412277 |
| BSN | {b} |
| Functie / afdeling | verpleegkundige, Cardiologie (C3), 28 uur |
| Leidinggevende | R. Dubbeldam, teamleider Cardiologie |
| Eerste verzuimdag | 15-04-2024 |
| Datum spreekuur | 17-05-2024 |
| Datum advies | 21-05-2024 |
| Opgesteld door | drs. H.J. Kaptein, bedrijfsarts, BIG 89076543201 |

## Vraagstelling
Beoordeling na vijf weken verzuim: is er sprake van dreigend langdurig verzuim, en welke mogelijkheden zijn er?

## Beoordeling
Mevrouw Groeneveld is sinds 15 april 2024 volledig afwezig met klachten die tijdens het werk zijn begonnen bij het verplaatsen van een patiënt. De klachten verbeteren langzaam. Er is een behandeltraject in gang gezet; de uitkomst daarvan is nog niet bekend. Ik verwacht dat zij haar eigen werk als verpleegkundige op een verpleegafdeling de komende maanden niet kan doen. Er is sprake van dreigend langdurig verzuim.

## Belastbaarheid
Zie de bijlage 'mogelijkheden en beperkingen' van dezelfde datum. Samengevat: geen tillen en verplaatsen van patiënten, niet langer dan 30 minuten achtereen staan of zitten, niet bukken of in gebogen houding werken, geen nachtdiensten. Werken kan in blokken van ten hoogste 2 uur met een pauze daartussen.

## Prognose
Naar verwachting verbetert de belastbaarheid de komende drie maanden geleidelijk. Of het eigen werk, met veel tillen en werken in gebogen houding, op termijn weer volledig mogelijk wordt, is onzeker.

## Advies aan medewerker en leidinggevende
1. Start binnen twee weken met aangepast werk, 3 x 2 uur per week, bijvoorbeeld administratieve taken op de afdeling of telefonische nacontroles.
2. Maak binnen twee weken samen met de re-integratiecoördinator afspraken over doel, activiteiten, opbouw en evaluatie, en leg die vast.
3. Schakel de ergocoach in voor een zit-sta-werkplek.
4. Volgend spreekuur: over vier weken.
@small Dit advies is met de medewerker besproken. Het bevat geen medische gegevens.
""",
        T(2024, 5, 21, 10, 30),
        **ag,
        title="Advies na spreekuur",
    )

    c.word(
        K,
        "Arbeid en Gezondheid/bijlage advies 21-05-2024.docx",
        "inzetbaarheidsprofiel",
        D(2024, 5, 21),
        "annex table of the six rubrieken titled Bijlage bij advies - no word inzetbaarheidsprofiel or FML - a Geldig tot date",
        f"""{AG_HEAD}
# Bijlage bij advies: mogelijkheden en beperkingen
. Medewerker: L. Groeneveld-Arts · personeelsnummer 0412277 · BSN {b}
. Datum: 21 mei 2024 · bedrijfsarts: drs. H.J. Kaptein
. Geldig tot het volgende spreekuur, uiterlijk 21 augustus 2024

| Rubriek | Beoordeling | Toelichting |
|---|---|---|
| 1. Persoonlijk functioneren | geen beperkingen | concentratie, aandacht en handelingstempo normaal |
| 2. Sociaal functioneren | geen beperkingen | - |
| 3. Aanpassing aan fysieke omgevingseisen | beperkt | geen langdurig werk in kou of tocht |
| 4. Dynamische handelingen | beperkt | tillen max. 5 kg; geen patiënten tillen of verplaatsen; niet frequent bukken; geen bedden duwen of trekken |
| 5. Statische houdingen | beperkt | zitten en staan max. 30 minuten aaneen, daarna wisselen; niet in gebogen of gedraaide houding werken |
| 6. Werktijden | beperkt | geen nachtdiensten; max. 2 uur per blok, 2 blokken per dag; voorlopig max. 6 uur per week, opbouw volgens advies |

## Wel mogelijk
- bureauwerk aan een zit-sta-werkplek
- telefonisch werk (nacontroles, planning)
- korte loopafstanden op de afdeling

## Niet mogelijk
- verpleegkundige zorg aan bed
- reanimatieteam, nachtdiensten
""",
        T(2024, 5, 21, 10, 35),
        **ag,
    )

    c.scan(
        K,
        "Bevestiging afspraken juni 2024.pdf",
        "plan_van_aanpak",
        D(2024, 6, 3),
        "coordinator's letter confirming agreements (Beste Lianne) - signed by three - no type word",
        f"""@head Ziekenhuis Bravenborgh | Arbeid & Gezondheid · re-integratie | Lindenlaan 200, 6711 AB Bravenheuvel
. Aan: mevrouw L. Groeneveld-Arts
. Kopie: mevrouw R. Dubbeldam (teamleider Cardiologie), drs. H.J. Kaptein (bedrijfsarts), dossier P&O
@right Bravenheuvel, 3 juni 2024
. Betreft: bevestiging van onze afspraken over je re-integratie
. Personeelsnummer 0412277 · BSN {b} · eerste verzuimdag 15 april 2024

Beste Lianne,

Op 30 mei 2024 hebben wij (jij, Ria Dubbeldam en ik) gesproken over je terugkeer naar het werk, naar aanleiding van het advies van de bedrijfsarts van 21 mei 2024. In deze brief bevestig ik wat we hebben afgesproken. Wil je beide exemplaren tekenen en er één aan mij teruggeven?

## Doel
Op korte termijn: aangepast werk op de eigen afdeling, opgebouwd tot 12 uur per week per 1 augustus 2024. Op langere termijn: terugkeer in je eigen functie als verpleegkundige op C3, als de bedrijfsarts dat haalbaar acht. Lukt dat niet, dan zoeken we samen naar ander werk binnen Bravenborgh.

## Activiteiten en termijnen
1. Vanaf 4 juni werk je 3 x 2 uur (dinsdag, woensdag, vrijdag, 10.00-12.00 uur) op de afdeling: telefonische nacontroles van ontslagen patiënten en het bijwerken van de afdelingsprotocollen.
2. De ergocoach (Sander Wolters) richt vóór 7 juni een zit-sta-werkplek in op de teampost.
3. Elke twee weken bouwen we op met 2 uur, zolang de bedrijfsarts akkoord is. Je doet geen zorg aan bed, tilt of verplaatst geen patiënten en draait geen nachtdiensten.
4. Je volgt je behandeling; afspraken daarvoor mogen onder werktijd.
5. Je bezoekt het spreekuur van de bedrijfsarts (volgende keer 18 juni).

## Wie doet wat?
Ik ben je casemanager en aanspreekpunt voor de re-integratie. Ria is je leidinggevende voor het dagelijkse werk. De P&O-adviseur (Mark Hoitink) sluit aan bij vragen over arbeidsvoorwaarden.

## Evaluatie
We bespreken de voortgang elke zes weken in een driegesprek (jij, Ria en ik). Het eerste driegesprek is op 11 juli 2024. Na een jaar volgt een uitgebreider overleg.

## Hoe kijken we ertegen aan?
Ria en ik: we zijn blij dat je zo snel weer op de afdeling wilt beginnen. We vinden het belangrijk dat de opbouw rustig gaat.
Jij: je wilt graag terug naar je eigen werk en wilt niet lang thuis zitten. Je bent wel bang dat het tillen nooit meer lukt.

Met vriendelijke groet,
@sig Petra Meijerink ~ re-integratiecoördinator || Voor akkoord: L. Groeneveld-Arts ~ medewerker || R. Dubbeldam ~ teamleider Cardiologie
""",
        T(2024, 6, 5, 8, 47),
        creator="RICOH IM C3000",
        producer="RICOH IM C3000",
        seed=301,
    )

    c.word(
        K,
        "notulen/Notulen driegesprek 11-07-2024.docx",
        "tussentijdse_evaluatie",
        D(2024, 7, 12),
        "minutes of a driegesprek with action tables - meeting 11 July, adopted 12 July",
        f"""{AG_HEAD}
# Notulen driegesprek re-integratie
| Datum en plaats | donderdag 11 juli 2024, 14.00-14.45 uur, kamer A&G 0.12 |
| Medewerker | Lianne Groeneveld-Arts, verpleegkundige Cardiologie (personeelsnr. 0412277, BSN {b}) |
| Aanwezig | Lianne Groeneveld-Arts, Ria Dubbeldam (teamleider), Petra Meijerink (re-integratiecoördinator, notulen) |
| Vastgesteld | 12 juli 2024 |

## 1. Opening
Eerste driegesprek volgens de afspraken van 3 juni 2024.

## 2. Voortgang
- Lianne werkt sinds 4 juni op de afdeling; opbouw van 6 naar 10 uur per week (5 x 2 uur). Dat gaat goed.
- De telefonische nacontroles bevallen; collega's zijn blij met de bijgewerkte protocollen.
- De zit-sta-werkplek staat er sinds 10 juni (iets later dan afgesproken door de levertijd).
- Staan en lopen op de afdeling kost meer energie dan verwacht; na 2 uur is ze moe.

## 3. Afspraken nagekomen?
| Afspraak (3 juni) | Stand |
|---|---|
| 3 x 2 uur starten per 4 juni | gedaan |
| werkplek door ergocoach vóór 7 juni | gedaan, 10 juni |
| opbouw per 2 weken | gedaan, nu 10 uur |
| spreekuur bedrijfsarts 18 juni | gedaan; advies: opbouw kan door, max. 12 uur tot september |

## 4. Actiepunten
| Actie | Wie | Wanneer |
|---|---|---|
| naar 12 uur (4 x 3 uur) | Lianne / Ria | per 22 juli |
| zomerrooster zo plannen dat Lianne niet alleen op de post staat | Ria | 15 juli |
| volgend driegesprek plannen | Petra | 22 augustus 2024 |

## 5. Rondvraag
Lianne vraagt of ze haar vakantie (twee weken in augustus) gewoon mag opnemen. Ja, in overleg met de bedrijfsarts; vakantie geldt gewoon als vakantie.
""",
        T(2024, 7, 12, 9, 20),
        font="Arial",
        size=10,
        author="P. Meijerink",
    )

    c.mail(
        K,
        "notulen/Verslag gesprek 22 augustus.eml",
        "tussentijdse_evaluatie",
        D(2024, 8, 23),
        "short verslag of a progress meeting in an Outlook mail - sent the day after the meeting",
        "Outlook e-mail, multipart/alternative",
        frm=PETRA,
        to=LIANNE,
        cc=RIA,
        subject="Verslag gesprek 22 augustus",
        when=T(2024, 8, 23, 9, 12),
        text=f"""Hoi Lianne,

Hierbij het korte verslag van ons gesprek van gisteren. Laat het me weten als je iets anders hebt onthouden.

(Lianne Groeneveld-Arts, personeelsnr. 0412277, BSN {b})

**Hoe gaat het?**
- Je werkt sinds 22 juli 4 x 3 uur (12 uur). Je bent 2 weken op vakantie geweest en bent 19 augustus weer begonnen.
- Het werk op de afdeling gaat, maar op drukke dagen spring je toch bij in de zorg (een bed duwen, even een patiënt helpen). Daarna heb je meer klachten. Dat willen we niet.
- Op de teampost is het onrustig; je wordt vaak gestoord.

**Afspraken nagekomen?**
Ja, allemaal, behalve dat het niet lukt om helemaal buiten de zorg te blijven als het druk is.

**Wat spreken we af?**
- Ria bespreekt in het teamoverleg dat Lianne niet meehelpt met zorgtaken, ook niet even.
- Petra vraagt bij Bureau Opname & Planning of daar een werkervaringsplaats mogelijk is, als tussenstap buiten de afdeling.
- Lianne gaat 3 september naar de bedrijfsarts en vraagt of de opbouw naar 16 uur kan.
- Volgend driegesprek: 3 oktober 2024.

Groet,
Petra

Petra Meijerink
Re-integratiecoördinator | Arbeid & Gezondheid
Ziekenhuis Bravenborgh | toestel 4417
""",
    )

    c.wordpdf(
        K,
        "Aanvulling afspraken okt 2024.pdf",
        "bijstelling_plan_van_aanpak",
        D(2024, 10, 1),
        "titled Aanvulling op onze afspraken - the goal changes from own work to other work in the hospital",
        f"""@head Ziekenhuis Bravenborgh | Arbeid & Gezondheid · re-integratie
# Aanvulling op onze afspraken van 3 juni 2024
. Medewerker: Lianne Groeneveld-Arts · personeelsnr. 0412277 · BSN {b}
. Datum: 1 oktober 2024
. Opgesteld door: Petra Meijerink, re-integratiecoördinator (casemanager)

Na het gesprek van 22 augustus en het spreekuur van de bedrijfsarts op 3 september 2024 passen we een deel van de afspraken aan. De bedrijfsarts verwacht inmiddels dat zorg aan bed op een verpleegafdeling voor Lianne langdurig niet mogelijk is. Hij adviseert te zoeken naar werk zonder lichamelijke zorgtaken.

## Wat verandert er?
1. Het doel verandert: in plaats van terugkeer in de eigen functie werken we toe naar passend ander werk binnen Bravenborgh, zonder zorg aan bed. Het streven is 20 uur per week per 1 april 2025.
2. Lianne begint op 7 oktober 2024 met een werkervaringsplaats bij Bureau Opname & Planning (leidinggevende Fatma Aydın), 3 x 4 uur per week. Zij leert daar de opnameplanning en de OK-planning.
3. De werkervaringsplaats duurt in eerste instantie drie maanden (tot 7 januari 2025) en wordt dan besproken.
4. Lianne blijft formeel in dienst bij Cardiologie; Ria Dubbeldam blijft leidinggevende voor verlof en arbeidsvoorwaarden.
5. De P&O-adviseur (Mark Hoitink) onderzoekt welke functies in de planning bij Lianne passen en wat dat betekent voor haar inschaling.

## Wat blijft hetzelfde?
Casemanager, een driegesprek elke zes weken (volgende: 14 november 2024), geen nachtdiensten, behandeling onder werktijd.

## Hoe kijken we ertegen aan?
Werkgever: we willen Lianne graag behouden voor Bravenborgh; haar kennis van de cardiologie is bij de planning goed te gebruiken.
Lianne: "Het voelt als afscheid van mijn vak, maar ik merk dat mijn rug het niet trekt. Ik wil de planning een eerlijke kans geven."

@sig Petra Meijerink ~ re-integratiecoördinator || Lianne Groeneveld-Arts ~ medewerker || Ria Dubbeldam ~ teamleider Cardiologie
""",
        T(2024, 10, 1, 14, 0),
        font="Arial",
        size=10,
        author="P. Meijerink",
        title="Aanvulling afspraken",
    )

    c.wordpdf(
        K,
        "notulen/Notulen overleg 3 april 2025.pdf",
        "eerstejaarsevaluatie",
        D(2025, 4, 3),
        "minutes titled Notulen overleg with a year review, the year-two result and the track-2 choice - names a treatment and rehabilitation (health data in an employer text)",
        f"""{AG_HEAD}
# Notulen overleg 3 april 2025
| Onderwerp | re-integratie Lianne Groeneveld-Arts (personeelsnr. 0412277, BSN {b}), bijna een jaar verzuim |
| Aanwezig | Lianne Groeneveld-Arts; Ria Dubbeldam (teamleider Cardiologie); Fatma Aydın (teamleider Bureau Opname & Planning); Mark Hoitink (P&O-adviseur); Petra Meijerink (re-integratiecoördinator, voorzitter en notulen) |
| Eerste verzuimdag | 15 april 2024 |

## 1. Terugblik op het eerste jaar
- april 2024 uitval na een tilincident op de afdeling; advies bedrijfsarts 21 mei 2024: dreigend langdurig verzuim, aangepast werk
- juni - september 2024 aangepast werk op Cardiologie, opgebouwd tot 12 uur
- 1 oktober 2024 doel bijgesteld: ander werk binnen Bravenborgh, zonder zorg aan bed
- sinds 7 oktober 2024 werkervaringsplaats bij Bureau Opname & Planning; sinds 1 maart 2025 16 uur per week (4 x 4 uur)
- driegesprekken op 11 juli, 22 augustus, 3 oktober en 14 november 2024, 9 januari en 20 februari 2025
- melding langdurig verzuim aan UWV gedaan op 31 januari 2025 (salarisadministratie)
- op verzoek van Lianne vermeld: zij heeft in het najaar van 2024 een behandeling gehad en volgt sinds januari een revalidatieprogramma

## 2. Wat zegt de bedrijfsarts?
Advies van 25 maart 2025: het eigen werk als verpleegkundige op een verpleegafdeling is blijvend niet passend. Werk zonder tillen, met afwisseling van houding, is passend. Uitbreiding naar 20-24 uur is mogelijk. Een arbeidsdeskundig onderzoek is niet nodig zolang passend werk binnen het ziekenhuis concreet is.

## 3. Wat willen we in jaar 2 bereiken?
Beoogd resultaat: Lianne wordt uiterlijk 1 oktober 2025 structureel geplaatst in de functie medewerker planning opname/OK bij Bureau Opname & Planning, 24 uur per week.
Route:
- opbouw van 16 naar 20 uur per 1 mei en naar 24 uur per 1 juli 2025
- Mark onderzoekt de inschaling (FWG) en de loonwaarde; voorstel vóór 1 juni
- Fatma zorgt voor de opleiding in het OK-planningssysteem (mei - juni)
- Lianne houdt zelf bij hoe de uitbreiding gaat en meldt het meteen als het niet lukt

## 4. Tweede spoor?
Niet gestart. Binnen Bravenborgh is passend werk in zicht met een concrete plaatsing binnen drie maanden (24 uur per 1 juli). Gaat de plaatsing niet door, dan bespreken we in juli 2025 opnieuw of een traject buiten Bravenborgh nodig is.

## 5. Visie
Werkgever (Ria, Fatma, Mark): Lianne past goed in het planningsteam en haar achtergrond als verpleegkundige is een meerwaarde. Wij willen haar graag vast plaatsen.
Lianne: ze mist de zorg, maar het plannen bevalt beter dan ze dacht. Ze wil graag 24 uur werken; 28 uur (haar oude contract) lijkt haar nog te veel.

## 6. Afspraken
| Wat | Wie | Wanneer |
|---|---|---|
| opbouw naar 20 uur | Lianne / Fatma | 1 mei 2025 |
| voorstel inschaling | Mark | 1 juni 2025 |
| volgend overleg | Petra | 15 mei 2025 |

Deze notulen zijn tijdens het overleg vastgesteld en door Lianne en Ria voor akkoord getekend.
@sig Ria Dubbeldam ~ teamleider, namens Ziekenhuis Bravenborgh || Lianne Groeneveld-Arts ~ medewerker
""",
        T(2025, 4, 3, 16, 40),
        font="Arial",
        size=10,
        author="P. Meijerink",
        title="Notulen overleg",
    )

    c.text(
        K,
        "voortgang juli 2025.txt",
        "tussentijdse_evaluatie",
        D(2025, 7, 10),
        "P&O adviser's progress note with star bullets - mentions salary and a separate P&O letter",
        f"""Verslag voortgang re-integratie - L. Groeneveld-Arts (pers.nr 0412277, BSN {b})
Datum: 10-07-2025
Opgesteld door: Mark Hoitink, P&O-adviseur Zorg & Planning
Gesprek met: Lianne, Fatma Aydin, Petra Meijerink

Stand per 10 juli:
* werkt sinds 1 juli 24 uur (3 x 8 uur), volgens het plan uit het overleg van 3 april
* 24 uur gaat goed; dagen van 8 uur zijn lang, daarom vanaf augustus 4 x 6 uur
* opleiding OK-planningssysteem afgerond (12 juni)
* inschaling: functie medewerker planning FWG 40, was FWG 50 (verpleegkundige). Lianne behoudt 2 jaar het oude salaris via de garantieregeling, daarna afbouw. Zie brief P&O 20-06-2025 (apart in het personeelsdossier)
* bedrijfsarts 1 juli: geen bezwaar, 24 uur is het maximum, 28 uur niet

Afspraken nagekomen: ja, alle afspraken van 3 april en 15 mei zijn nagekomen.

Vervolg:
* rooster 4 x 6 uur per 4 augustus (Fatma)
* structurele plaatsing per 1 oktober 2025 voorleggen aan de directie (Mark)
* volgend overleg: 28 augustus 2025 (Petra)
""",
        crlf=True,
        producer_note="plain text .txt (Notepad, CRLF)",
    )

    c.text(
        K,
        "takenlijst Petra.txt",
        "",
        None,
        "coordinator's to-do list naming the RIV documents and the medical information - other employees - no RIV document",
        """TAKEN PETRA - week 50/51 (december 2025)

[ ] Lianne G.: spreekuur bedrijfsarts 12/12 -> advies t.b.v. WIA-aanvraag, Kaptein weet ervan
[ ] Lianne G.: laatste overleg plannen - 6 jan 2026, 10.00 uur, A&G 0.12 (Fatma, Mark uitnodigen)
[ ] Lianne G.: RIV-map compleet: advies 21-05-2024 + bijlage, afspraken 03-06-2024, aanvulling 01-10-2024, notulen driegesprekken, overleg 03-04-2025, UWV-brief week 88 (opvragen bij Lianne!)
[x] Lianne G.: medische info NIET in ons dossier - Kaptein stuurt die zelf naar UWV
[ ] Henk v.d. L. (SEH): 6-wekengesprek 11/12 verzetten
[ ] Samira B.: ergocoach aanvragen (balie OK-complex)
[ ] offerte tweede-spoorbureau voor Dirk M.? -> eerst met P&O bespreken
[x] teamuitje A&G 19/12 - cadeau voor Jolanda
[ ] verzuimcijfers 2025 aanleveren bij Mark voor 20/12
""",
        producer_note="plain text .txt",
    )

    c.wordpdf(
        K,
        "Arbeid en Gezondheid/Advies na spreekuur 16-12-2025.pdf",
        "actueel_oordeel",
        D(2025, 12, 16),
        "same template and title as the PA (Advies na spreekuur) - asked for the re-integratieverslag - no words actueel oordeel",
        f"""{AG_HEAD}
# Advies na spreekuur
| Medewerker | L. Groeneveld-Arts |
| Personeelsnummer | 0412277 |
| BSN | {b} |
| Functie / afdeling | verpleegkundige Cardiologie (28 uur); werkzaam als medewerker planning, Bureau Opname & Planning (24 uur) |
| Leidinggevende | F. Aydın (planning); R. Dubbeldam (formeel) |
| Eerste verzuimdag | 15-04-2024 |
| Datum spreekuur | 12-12-2025 |
| Datum advies | 16-12-2025 |
| Opgesteld door | drs. H.J. Kaptein, bedrijfsarts, BIG 89076543201 |

## Vraagstelling
Mevrouw Groeneveld nadert het einde van de wachttijd (12 april 2026) en vraagt binnenkort een WIA-uitkering aan. Gevraagd wordt om een beoordeling van haar huidige mogelijkheden, het verloop en de mogelijkheden voor passend werk, voor het re-integratieverslag.

## Verloop
Na de uitval in april 2024 is eerst aangepast werk op de eigen afdeling gedaan. Vanaf oktober 2024 is zij via een werkervaringsplaats overgestapt naar planningswerk. Zij werkt sinds 1 juli 2025 24 uur per week, sinds 1 oktober 2025 in een vaste functie. De belastbaarheid is sinds het voorjaar van 2025 stabiel. Ik verwacht geen verbetering van betekenis meer.

## Huidige mogelijkheden en beperkingen
- niet tillen boven 10 kg, niet frequent bukken, niet in gebogen houding werken
- afwisselen van zitten en staan, niet langer dan een uur aaneen in dezelfde houding
- geen nachtdiensten
- werktijd: ongeveer 24 uur per week, verdeeld over vier dagen; 28 uur acht ik niet duurzaam haalbaar
- geen beperkingen in persoonlijk of sociaal functioneren

## Eigen werk en passend werk
Het eigen werk als verpleegkundige op een verpleegafdeling is blijvend niet passend. Het huidige werk als medewerker planning (24 uur) is passend en duurzaam. Ander of meer passend werk binnen Bravenborgh zie ik niet: de resterende 4 uur zouden alleen in een tweede functie kunnen, en dat overschrijdt de belastbaarheid.

## Arbeidsrelatie
Er is een goede werkrelatie tussen mevrouw Groeneveld en haar leidinggevenden. Er zijn geen conflicten of belemmeringen.

## Advies
Het huidige werk voortzetten. De medische informatie voor de verzekeringsarts stuur ik zelf naar UWV.
@small Dit advies is met de medewerker besproken. Het bevat geen medische gegevens.
""",
        T(2025, 12, 16, 11, 10),
        **ag,
        title="Advies na spreekuur",
    )

    c.wordpdf(
        K,
        "Arbeid en Gezondheid/Kaptein 16-12-2025.pdf",
        "medische_informatie",
        D(2025, 12, 16),
        "the bedrijfsarts's medical part for the verzekeringsarts saved in the employer's case folder (MRI, operation, medication) - same date as the AO",
        f"""{AG_HEAD}
# Vertrouwelijk - uitsluitend voor de verzekeringsarts van UWV
. MEDISCH GEHEIM - niet opnemen in het personeelsdossier
| Betreft | L. Groeneveld-Arts, geb. 02-06-1987 |
| BSN | {b} |
| Eerste ziektedag | 15-04-2024 |
| Datum | 16-12-2025 |
| Van | drs. H.J. Kaptein, bedrijfsarts, BIG 89076543201 |

## Anamnese en beloop
Acuut ontstane lage rugpijn met uitstraling naar het rechterbeen na een tilincident op 12-04-2024. MRI lumbale wervelkolom (06-05-2024): mediale tot rechts-paramediane HNP L5-S1 met compressie van de S1-wortel rechts. Eerst conservatief beleid via de neuroloog (dr. P. Smits): pregabaline 75 mg 2 dd, later afgebouwd; fysiotherapie. Vanwege aanhoudende radiculaire klachten op 14-08-2024 microdiscectomie L5-S1 rechts (neurochirurgie, Wervelcentrum Oost). Daarna verdwijnen van de beenpijn; blijvende mechanische lage rugklachten bij belasting. Multidisciplinair revalidatieprogramma bij Revalidatiecentrum De Hoge Brink (januari - april 2025), afgerond met matig resultaat.

## Huidige medische situatie
Restklachten lage rug bij tillen, bukken en langdurig staan. Neurologisch onderzoek (november 2025): geen uitvalsverschijnselen, Lasègue negatief. Medicatie: zo nodig paracetamol. Volgens de neurochirurg geen verdere behandelopties; eindtoestand.

## Onderbouwing van de beperkingen
De beperkingen in dynamische handelingen en statische houdingen, zoals vastgelegd in het advies van vandaag, zijn verklaarbaar uit de status na HNP-operatie met blijvende mechanische rugklachten. Geen beperkingen in persoonlijk en sociaal functioneren. Een urenbeperking is op medische gronden beperkt geïndiceerd (ongeveer 24 uur per week, verdeeld over de week).

## Bijlagen
- brief neurochirurgie 28-08-2024
- ontslagbrief Revalidatiecentrum De Hoge Brink 30-04-2025
""",
        T(2025, 12, 16, 11, 25),
        **ag,
        title="Medische informatie",
    )

    c.wordpdf(
        K,
        "notulen/Notulen afsluitend overleg 6-1-2026.pdf",
        "eindevaluatie",
        D(2026, 1, 6),
        "closing meeting as minutes - Over Ziekenhuis Bravenborgh gives the aard van het bedrijf - no word eindevaluatie",
        f"""{AG_HEAD}
# Notulen afsluitend overleg re-integratie
| Datum | dinsdag 6 januari 2026, 10.00-11.00 uur |
| Medewerker | Lianne Groeneveld-Arts, personeelsnr. 0412277, BSN {b}, geboren 2 juni 1987 |
| Functie | verpleegkundige Cardiologie (28 uur, FWG 50); sinds 1 oktober 2025 medewerker planning (24 uur, FWG 40 met garantie) |
| Eerste verzuimdag / einde wachttijd | 15 april 2024 / 12 april 2026 |
| Aanwezig | Lianne Groeneveld-Arts; Fatma Aydın (teamleider Bureau Opname & Planning); Mark Hoitink (P&O-adviseur); Petra Meijerink (re-integratiecoördinator, notulen) |

## 1. Doel van het overleg
Vastleggen waar de re-integratie na bijna 91 weken staat, terugkijken op de afgelopen twee jaar en het standpunt van het ziekenhuis geven voor de WIA-aanvraag van Lianne.

## 2. Over Ziekenhuis Bravenborgh
Bravenborgh is een algemeen ziekenhuis met twee locaties en ongeveer 2.300 medewerkers. Naast verpleegafdelingen en poliklinieken zijn er ondersteunende diensten (planning, facilitair, administratie), waarin ook functies zonder lichamelijke zorg bestaan.

## 3. Terugblik
- mei 2024 advies bedrijfsarts; juni 2024 afspraken vastgelegd; oktober 2024 doel bijgesteld naar ander werk
- werkervaringsplaats planning vanaf 7 oktober 2024; opbouw naar 24 uur per 1 juli 2025
- vaste plaatsing per 1 oktober 2025 als medewerker planning, 24 uur
- regelmatige driegesprekken (laatste op 28 augustus en 13 november 2025)
- bedrijfsarts 16 december 2025: huidig werk passend en duurzaam; 28 uur niet haalbaar

## 4. Standpunt werkgever
- Arbeidsrelatie: goed. Lianne wordt gewaardeerd in het planningsteam; er zijn geen conflicten geweest.
- Passend werk: Lianne heeft passend werk voor 24 uur. Voor de overige 4 uur is binnen Bravenborgh geen passend werk, omdat een tweede functie de belastbaarheid zou overschrijden.
- Resultaat: volgens het ziekenhuis is een bevredigend resultaat bereikt. Lianne verdient in de garantieperiode haar oude uurloon, daarna ongeveer 85 procent daarvan.

## 5. Standpunt Lianne
Lianne is tevreden over de begeleiding en over haar nieuwe werk. Ze vindt het jammer dat ze niet meer in de zorg werkt. Ze geeft haar eigen reactie op het verslag apart.

## 6. Afspraken
- Petra geeft Lianne vandaag een kopie van alle stukken voor het re-integratieverslag
- Lianne vraagt de WIA-uitkering uiterlijk 26 januari 2026 aan
- P&O zet de stukken binnen een dag na de aanvraag in het werkgeversportaal

Voor akkoord:
@sig Fatma Aydın ~ teamleider, namens Ziekenhuis Bravenborgh || Lianne Groeneveld-Arts ~ medewerker
""",
        T(2026, 1, 6, 13, 15),
        font="Arial",
        size=10,
        author="P. Meijerink",
        title="Notulen afsluitend overleg",
    )

    c.text(
        K,
        "Reactie Lianne.txt",
        "oordeel_werknemer",
        D(2026, 1, 9),
        "employee's typed reaction in numbered points - no title word oordeel",
        f"""Reactie op het re-integratieverslag
Lianne Groeneveld-Arts, BSN {b}
Bravenheuvel, 9 januari 2026

Ik heb op 6 januari de stukken van mijn re-integratie gekregen en ze thuis rustig doorgelezen.

1. De gegevens over mij, mijn functie en mijn eerste ziektedag kloppen.
2. Het advies van de bedrijfsarts van 16 december klopt met hoe ik het zelf ervaar. 24 uur is voor mij echt het maximum.
3. Ik ben het eens met de notulen van 6 januari. Eén aanvulling: in oktober 2024 ben ik naar de planning gegaan omdat ik op de afdeling steeds toch weer ging meehelpen in de zorg. Dat lag niet aan het ziekenhuis maar aan mezelf; het was goed dat Petra en Ria daar een grens trokken.
4. Ik vind dat het ziekenhuis mij goed heeft begeleid. Ik was graag verpleegkundige gebleven, maar ik begrijp dat dat niet meer kan.

Ik ben het dus eens met het re-integratieverslag.

Lianne Groeneveld-Arts
""",
        producer_note="plain text .txt",
    )

    c.raw(
        K,
        "dossier.yaml",
        f"""# dossier.yaml - ingevuld door Arbeid & Gezondheid
werknemer: {{naam: "L. Groeneveld-Arts", bsn: "{b}", functie: "Verpleegkundige Cardiologie"}}
werkgever: {{naam: "Ziekenhuis Bravenborgh", aard_van_het_bedrijf: "Algemeen ziekenhuis, ca. 2.300 medewerkers"}}
bedrijfsarts: {{naam: "drs. H.J. Kaptein", organisatie: "Arbeid & Gezondheid, Ziekenhuis Bravenborgh"}}
casemanager: {{naam: "Petra Meijerink"}}
eerste_ziektedag: 2024-04-15
""".encode(),
    )


# =========================================================================== case D: Stedelijk College Ravenswaard
# Writers: an arbodienst bedrijfsarts who mails short S/O/A/P updates (functional only) while his own consult
# journal (medical S/O/A/P) ends up in the employer's folder; a teamleider who confirms agreements in a personal
# letter; a P&O adviser who writes "Gespreksverslag"/"Gesprek 14 november"; a second-track bureau with its own
# jargon (loopbaanscan, arbeidsmarktoriëntatie, jobhunting, matchingsfase); the employee's e-mail; a loonsanctie.

PAR = "W. Mulder (bedrijfsarts) | Perspectief Arbo Rijnstreek <w.mulder@perspectiefarbo.example>"
HANNEKE = "Hanneke de Graaf <h.degraaf@stedelijkcollege-ravenswaard.example>"
JEROEN = "Jeroen Stapel <j.stapel@svor.example>"
FEMKE = "Femke Smeulders <f.smeulders@stedelijkcollege-ravenswaard.example>"
SVOR_HEAD = (
    "@head Stichting Voortgezet Onderwijs Ravenswaard | Personeel & Organisatie · Postbus 210, 3840 AE Ravenswaard"
)
WISSEL_HEAD = "@head Loopbaanhuis De Wissel | loopbaanbegeleiding · re-integratie · outplacement | Spoorlaan 7, 3841 AH Ravenswaard · www.dewissel-loopbaan.example"


def case_d(c: Corpus) -> None:
    K, b = CASE_D, BSN_D

    c.mail(
        K,
        "Perspectief Arbo/Terugkoppeling consult F. Smeulders 21-12.eml",
        "probleemanalyse",
        D(2023, 12, 22),
        "bedrijfsarts's S/O/A/P mail without a type word - consult 21 Dec, mail 22 Dec - names the cause of illness (infectie)",
        "Outlook e-mail, multipart/alternative",
        frm=PAR,
        to=HANNEKE,
        cc=FEMKE,
        subject="Terugkoppeling consult F. Smeulders 21-12",
        when=T(2023, 12, 22, 9, 41),
        text=f"""Geachte mevrouw De Graaf,

Hieronder mijn terugkoppeling na het consult van donderdag 21 december 2023 met mevrouw F. Smeulders (geb. 09-10-1983, BSN {b}), docent biologie, verzuim sinds 20-11-2023. Mevrouw Smeulders heeft ingestemd met deze terugkoppeling.

**S - situatie**
- 4,5 weken volledig verzuim na een infectie begin november; herstel verloopt traag
- wandelt sinds twee weken dagelijks kort; langer dan een uur lezen of computerwerk lukt niet
- wil graag terug naar school en ervaart veel druk vanwege haar mentorklas

**O - observaties (functioneel)**
- energie en belastbaarheid duidelijk verminderd; concentratie houdt ongeveer 45 minuten
- na inspanning, ook geestelijke, herstel pas de volgende dag
- geen beperkingen in sociaal functioneren

**A - analyse**
- arbeidsongeschikt voor het eigen werk (lesgeven 0,8 fte, mentoraat)
- herstel verwacht, maar het tempo is onzeker; ik verwacht dat het verzuim langer dan drie maanden duurt: dreigend langdurig verzuim
- beperkingen: geen werk met veel prikkels (klassen), geen werkdruk met harde deadlines, korte werkblokken (max. 1 uur), max. 2 blokken per dag, niet dagelijks

**P - plan en advies**
- na de kerstvakantie beginnen met niet-lesgebonden taken thuis of op school in een rustige ruimte: 2 x 1 uur per week (bijvoorbeeld nakijkwerk, practica voorbereiden met de sectie)
- mentortaken en lessen voorlopig overdragen
- werkgever en werknemer maken binnen 2 weken samen afspraken over het vervolg en leggen die vast
- volgend consult: 1 februari 2024

Met vriendelijke groet,

W. Mulder
bedrijfsarts, BIG 39087654301
Perspectief Arbo Rijnstreek | Havenstraat 4, 3841 BK Ravenswaard | 0341 000 788
""",
    )

    c.wordpdf(
        K,
        "Afspraken re-integratie Femke jan 2024.pdf",
        "plan_van_aanpak",
        D(2024, 1, 11),
        "teamleider's personal letter (Beste Femke) confirming agreements - says ons plan - late with a motivation (Christmas closure)",
        f"""@head Stedelijk College Ravenswaard | onderdeel van Stichting Voortgezet Onderwijs Ravenswaard | Schoolstraat 30, 3842 GK Ravenswaard · 0341 000 600
. Aan: mevrouw F. Smeulders
. Merelweg 12
. 3843 CE Ravenswaard
@right Ravenswaard, 11 januari 2024
. Betreft: onze afspraken over je terugkeer op school
. BSN {b} · personeelsnummer 20120318

Beste Femke,

Dank je wel voor het goede gesprek van dinsdag 9 januari. Zoals beloofd leg ik in deze brief vast wat we samen hebben afgesproken. Deze afspraken vormen ons plan voor je re-integratie.

Eerst iets over de termijn: de bedrijfsarts adviseerde op 22 december 2023. Omdat de school van 23 december tot en met 7 januari gesloten was en jij en ik allebei afwezig waren, hebben we elkaar pas op 9 januari kunnen spreken. Daarom komt deze brief later dan de twee weken die daarvoor normaal staan.

## Wat is het doel?
Dat je op termijn weer je eigen lessen biologie geeft in de bovenbouw havo/vwo, in je eigen aanstelling van 0,8 fte. Voor de komende periode is het doel dat je in maart weer 4 uur per week niet-lesgebonden taken doet.

## Wat spreken we af?
1. Vanaf 15 januari werk je 2 x 1 uur per week (maandag en donderdag), thuis of in het stiltecentrum van de mediatheek: nakijkwerk voor de toetsweek en het voorbereiden van de practica voor 5 vwo, samen met Sjoerd (sectievoorzitter).
2. Je lessen worden tot de voorjaarsvakantie overgenomen door Anouk Bleeker; de mentortaken van 4H2 door Sjoerd.
3. Elke twee weken bouwen we op, als de bedrijfsarts het goed vindt.
4. Je houdt in een eenvoudig logboek bij wat je doet en hoe je je daarna voelt.
5. Je gaat naar de afspraken bij de bedrijfsarts (volgende: 1 februari).

## Wie is je aanspreekpunt?
Ik ben je casemanager. Met vragen over arbeidsvoorwaarden kun je terecht bij Jeroen Stapel (P&O-adviseur SVOR).

## Wanneer kijken we hoe het gaat?
Elke zes weken hebben we een gesprek, met Jeroen erbij. Het eerste gesprek is op 20 februari 2024. Na een jaar kijken we samen uitgebreid terug en vooruit.

## Hoe kijken we ertegen aan?
School: we missen je en willen je graag terug, maar we willen niet dat je te vroeg te veel doet. Liever langzaam en goed.
Jij: je wilt graag terug naar de klas. Je vindt het moeilijk dat je niet weet hoe lang het herstel duurt, en je voelt je schuldig tegenover je mentorklas.

Wil je deze brief ondertekenen en mij een kopie terugsturen?

Hartelijke groet,
@sig Hanneke de Graaf ~ teamleider bovenbouw havo/vwo || Voor akkoord: Femke Smeulders ~ docent biologie
""",
        T(2024, 1, 11, 16, 20),
        font="Calibri",
        size=11,
        author="Hanneke de Graaf",
        title="Brief Femke",
    )

    c.word(
        K,
        "Gespreksverslag 20-02-2024.docx",
        "tussentijdse_evaluatie",
        D(2024, 2, 21),
        "P&O gespreksverslag - meeting 20 Feb, verslag 21 Feb - checks the agreements of 11 January",
        f"""{SVOR_HEAD}
# Gespreksverslag
| Medewerker | Femke Smeulders, docent biologie Stedelijk College Ravenswaard (0,8 fte) |
| BSN | {b} |
| Datum gesprek | 20 februari 2024 |
| Datum verslag | 21 februari 2024 |
| Aanwezig | Femke Smeulders, Hanneke de Graaf (teamleider), Jeroen Stapel (P&O-adviseur, verslag) |

## Hoe gaat het?
Femke werkt sinds 15 januari. De opbouw ging van 2 x 1 uur naar 3 x 1,5 uur per week (4,5 uur). Het nakijkwerk lukt goed; het voorbereiden van practica in het lokaal is zwaarder door het geluid op de gang. Zij houdt haar logboek bij. Na een werkdag heeft zij de middag nodig om te herstellen.

## Zijn de afspraken van 11 januari nagekomen?
- opbouw: ja, iets sneller dan verwacht
- lessen en mentoraat overgedragen: ja
- logboek: ja
- bedrijfsarts 1 februari: ja; advies opbouw voortzetten, geen lesgebonden taken vóór april

## Wat spreken we af?
- na de voorjaarsvakantie 3 x 2 uur
- Femke mag een vaste plek in de sectiekamer biologie gebruiken als de mediatheek te druk is
- geen lessen vóór april; daarna bespreken of ze kan beginnen met één les per week (kleine groep 6 vwo)
- volgend gesprek: 9 april 2024

Femke heeft het verslag gelezen en is het ermee eens.
""",
        T(2024, 2, 21, 13, 5),
        font="Calibri",
        size=11,
        author="Jeroen Stapel",
    )

    c.wordpdf(
        K,
        "Perspectief Arbo/journaal.pdf",
        "medische_informatie",
        D(2024, 4, 15),
        "the bedrijfsarts's consult journal (medical S/O/A/P: diagnosis, ICD code, tests) printed into the employer's folder - three consult dates, printed the day of the last",
        f"""@head Perspectief Arbo Rijnstreek | verzuimregistratie · journaal bedrijfsarts | MEDISCH GEHEIM
# Journaal contactmomenten bedrijfsarts
| Werknemer | Smeulders, F. (Femke) |
| Geboortedatum | 09-10-1983 |
| BSN | {b} |
| Werkgever | Stichting VO Ravenswaard / Stedelijk College Ravenswaard |
| Verzuimnummer | PAR-23-11207 |
| Afgedrukt | 15-04-2024 16:42 door W. Mulder |

## 15-04-2024 - spreekuur (W. Mulder, bedrijfsarts)
S: ondanks de opbouw sinds eind maart toename van vermoeidheid na inspanning (post-exertionele malaise); hoofdpijn, kortademig bij traplopen, concentratieproblemen. Slaapt 10 uur, niet uitgerust. Huisarts heeft verwezen naar de post-COVID-poli. PCR 02-11-2023 positief (SARS-CoV-2).
O: oogt vermoeid, spreekt langzaam. Pols in rust 96, na 10 x opstaan 124. SpO2 97%. Geen focale afwijkingen.
A: post-COVID-syndroom (ICD-10 U09.9) met inspanningsintolerantie, verdenking orthostatische intolerantie. Herstel trager dan eerder ingeschat.
P: uren terug naar 2 x 1 uur, pacing-advies, ergotherapie (energiemanagement) via huisarts; met toestemming informatie opvragen bij de longarts van de post-COVID-poli (dr. Van Dam). Terugkoppeling aan werkgever: bijgestelde belastbaarheid, zonder diagnose. Vervolg over 4 weken.

## 01-02-2024 - spreekuur (W. Mulder, bedrijfsarts)
S: opbouw van 2 x 1 naar 3 x 1,5 uur gaat redelijk; herstel na werk 4-5 uur. Nog reukverlies en prikkelgevoeligheid.
O: rustiger dan in december; concentratie in gesprek 40 minuten.
A: trage maar gestage verbetering na COVID-19.
P: opbouw voortzetten, geen lesgebonden taken vóór april. Vervolg over 6-8 weken.

## 21-12-2023 - spreekuur (W. Mulder, bedrijfsarts)
S: sinds 02-11-2023 COVID-19; na twee weken koorts aanhoudende vermoeidheid, geheugenproblemen (brain fog), hartkloppingen.
O: bleek, vermoeid; pols 102.
A: langdurige klachten na COVID-19, differentiaaldiagnose post-COVID; dreigend langdurig verzuim.
P: terugkoppeling werkgever; na de kerst beginnen met 2 x 1 uur; bloedonderzoek via de huisarts (Hb, TSH, ferritine: normaal op 12-12-2023).
""",
        T(2024, 4, 15, 16, 42),
        font="Courier New",
        size=9.5,
        author="PAR verzuimsysteem",
        title="Journaal",
    )

    c.mail(
        K,
        "Perspectief Arbo/Terugkoppeling consult 15-04.eml",
        "bijstelling_probleemanalyse",
        D(2024, 4, 17),
        "S/O/A/P mail that revises the December estimate (bijgestelde inschatting) - consult 15 April, mail 17 April",
        "Outlook e-mail, HTML only",
        frm=PAR,
        to=HANNEKE,
        cc=f"{JEROEN}, {FEMKE}",
        subject="Terugkoppeling consult F. Smeulders 15-04",
        when=T(2024, 4, 17, 8, 55),
        mode="html",
        text=f"""Geachte mevrouw De Graaf, beste Jeroen,

Na het consult van maandag 15 april 2024 met mevrouw Smeulders (BSN {b}, verzuim sinds 20-11-2023) moet ik mijn eerdere inschatting bijstellen. Mevrouw Smeulders is akkoord met deze terugkoppeling.

**S - situatie**
- opbouw ging tot half maart goed (3 x 2 uur), daarna een duidelijke terugval
- heeft meer tijd nodig om te herstellen na het werk; soms de hele volgende dag

**O - observaties (functioneel)**
- belastbaarheid lager dan in februari; concentratie ongeveer 30 minuten

**A - analyse (bijgestelde inschatting)**
- herstel verloopt trager dan ik in december en februari verwachtte; ik verwacht nu dat lesgeven vóór de zomervakantie niet mogelijk is, en mogelijk ook niet in het eerste deel van het nieuwe schooljaar
- bijgestelde beperkingen: max. 2 x 1 uur per week, niet op opeenvolgende dagen; geen klassen; geen vergaderingen langer dan 30 minuten; geen lichamelijke inspanning (trappen, practicumlokaal inrichten)
- er loopt nader onderzoek; daarna volgt een nieuwe inschatting

**P - plan en advies**
- uren terug naar 2 x 1 uur per week, taken thuis
- beginnen met lesgeven (eerder besproken voor april) uitstellen tot na de zomer
- afspraken met mevrouw Smeulders hierop aanpassen
- volgend consult: 13 mei 2024

Met vriendelijke groet,
W. Mulder, bedrijfsarts (BIG 39087654301)
Perspectief Arbo Rijnstreek
""",
    )

    c.word(
        K,
        "Aangepaste afspraken mei 2024.docx",
        "bijstelling_plan_van_aanpak",
        D(2024, 5, 2),
        "teamleider's letter with a new goal and new agreements - no type word - signed by the employee on the same day",
        f"""@head Stedelijk College Ravenswaard | Schoolstraat 30, 3842 GK Ravenswaard
. Aan: Femke Smeulders
. Kopie: Jeroen Stapel (P&O), W. Mulder (bedrijfsarts)
@right Ravenswaard, 2 mei 2024
. Betreft: aangepaste afspraken na het advies van 17 april
. BSN {b}

Beste Femke,

Na het bijgestelde advies van de bedrijfsarts van 17 april hebben we elkaar op 25 april gesproken (met Jeroen). We hebben toen de afspraken uit mijn brief van 11 januari aangepast. Hieronder de nieuwe afspraken; de rest blijft zoals het was.

Nieuw doel: tot de zomervakantie is het doel niet meer de terugkeer in de klas, maar stabiliseren: 2 uur per week zinvol werk, zonder terugval. Na de zomer bekijken we met de bedrijfsarts wanneer je kunt beginnen met één les per week.

Nieuwe afspraken:
1. Je werkt 2 x 1 uur per week thuis (dinsdag en vrijdag): toetsvragen maken voor de nieuwe methode en de digitale leeromgeving biologie bijwerken.
2. Je komt niet naar vergaderingen; Sjoerd houdt je via de mail op de hoogte.
3. Je lessen in 5 en 6 vwo worden tot de zomer gegeven door Anouk Bleeker; voor het nieuwe schooljaar plannen we je voorlopig niet in het rooster.
4. In augustus, vóór de start van het schooljaar, heb je een gesprek met de bedrijfsarts over je mogelijkheden.
5. De gesprekken blijven elke zes weken; het volgende is op 6 juni 2024.

Hoe kijken we ertegen aan?
School: we vinden het heel vervelend dat het herstel zo lang duurt. Je hoeft je geen zorgen te maken over je plek in de sectie.
Jij: je bent teleurgesteld, maar ook opgelucht dat de druk er even af is.

Hartelijke groet,

Hanneke de Graaf, teamleider bovenbouw

Voor akkoord: Femke Smeulders, 2 mei 2024
""",
        T(2024, 5, 2, 15, 40),
        font="Calibri",
        size=11,
        author="Hanneke de Graaf",
    )

    c.word(
        K,
        "Gesprek 14 november.docx",
        "eerstejaarsevaluatie",
        D(2024, 11, 14),
        "titled only Gesprek 14 november - year review and year-two goal in week 52 - track 2 postponed (later sanctioned)",
        f"""{SVOR_HEAD}
# Gesprek 14 november
| Medewerker | Femke Smeulders, docent biologie (0,8 fte), Stedelijk College Ravenswaard |
| BSN | {b} |
| Ziek sinds | 20 november 2023 |
| Datum | 14 november 2024 |
| Aanwezig | Femke Smeulders, Hanneke de Graaf (teamleider), Jeroen Stapel (P&O-adviseur, verslag) |

## Terugblik op het afgelopen jaar
Femke is op 20 november 2023 uitgevallen. Na een voorzichtige start in januari 2024 (niet-lesgebonden taken, opbouw tot 6 uur) kwam er in maart een terugval. De bedrijfsarts heeft in april zijn advies bijgesteld; daarna hebben we de afspraken aangepast (2 mei). Sinds september werkt Femke 3 x 2 uur per week, thuis en op school: toetsontwikkeling en begeleiding van twee profielwerkstukken (6 vwo) in kleine groepjes. Dat gaat redelijk. Lesgeven aan een klas is nog niet gelukt. We hebben elke zes weken een gesprek gehad (laatste: 3 oktober). De melding aan UWV na 42 weken is op 6 september 2024 gedaan door het administratiekantoor.

## Wat zegt de bedrijfsarts?
Laatste advies (5 november): langzame verbetering; 8 uur per week niet-lesgebonden werk is mogelijk. Lesgeven aan een volledige klas acht hij het komende halfjaar niet haalbaar. Hij kan niet zeggen of Femke op termijn weer volledig kan lesgeven.

## Wat willen we bereiken in het tweede jaar?
- eerst uitbreiden naar 8 uur per week (december) en daarna 12 uur (februari), met werk dat past (toetsontwikkeling, begeleiding profielwerkstukken, eventueel bijles in kleine groepjes)
- in maart 2025 samen met de bedrijfsarts kijken of één klas mogelijk is
- beoogd resultaat aan het einde van het tweede jaar: Femke werkt zo veel mogelijk uren in haar eigen functie of in een aangepaste functie binnen de stichting

## Extern zoeken?
Besproken. Femke wil nu niet buiten de school zoeken; zij verwacht verder te herstellen. De school wil eerst de uitbreiding afwachten. We besluiten daarom nu geen traject buiten de stichting te starten en dit in maart 2025 opnieuw te bekijken. Jeroen wijst erop dat UWV kan vragen waarom dat niet eerder is gebeurd.

## Visie
School: Femke is een gewaardeerde docent; we gunnen haar de tijd om te herstellen en willen haar graag in de sectie houden.
Femke: "Ik wil echt terug voor de klas. Ik merk dat het langzaam beter gaat, en ik ben bang dat ik de aansluiting kwijtraak als ik nu ergens anders ga zoeken."

## Afspraken
1. Uitbreiden naar 4 x 2 uur per 2 december (Hanneke regelt de taken).
2. Jeroen vraagt een arbeidsdeskundig onderzoek aan als lesgeven in maart nog niet mogelijk is.
3. Volgend gesprek: 9 januari 2025.

Voor akkoord:
@sig Hanneke de Graaf ~ teamleider || Femke Smeulders ~ docent biologie
""",
        T(2024, 11, 14, 17, 0),
        font="Calibri",
        size=11,
        author="Jeroen Stapel",
    )

    c.wordpdf(
        K,
        "De Wissel/Jouw route naar nieuw werk.pdf",
        "trajectplan_tweede_spoor",
        D(2025, 3, 4),
        "bureau plan titled Jouw route naar nieuw werk - loopbaanscan, arbeidsmarktoriëntatie, jobhunting, matchingsfase - no words tweede spoor or trajectplan",
        f"""{WISSEL_HEAD}
# Jouw route naar nieuw werk
. Afspraken na de kennismaking en de loopbaanscan
| Deelnemer | Femke Smeulders, geboren 09-10-1983 |
| BSN | {b} |
| Opdrachtgever | Stichting Voortgezet Onderwijs Ravenswaard (Jeroen Stapel, P&O) |
| Loopbaanadviseur | Karin Vos |
| Kennismaking | 11 februari 2025 |
| Loopbaanscan | 18 en 25 februari 2025 |
| Datum | 4 maart 2025 |
| Duur | 6 maanden, met een tussenbespreking na 3 maanden |

## Aanleiding
Femke is sinds november 2023 arbeidsongeschikt voor haar werk als docent biologie. Uit het arbeidsdeskundig onderzoek van 28 januari 2025 blijkt dat lesgeven aan volledige klassen voorlopig niet haalbaar is en dat binnen de stichting geen vast passend werk beschikbaar is. SVOR heeft De Wissel gevraagd Femke te begeleiden naar passend werk buiten de stichting.

## Uitkomst van de loopbaanscan
- sterk in: kennis van biologie en gezondheid, uitleggen, structureren, lesmateriaal schrijven, nauwkeurig werken
- drijfveren: inhoud, zelfstandigheid, bijdragen aan het leren van anderen
- randvoorwaarden: weinig prikkels, geen grote groepen, eigen indeling van de tijd, thuiswerk mogelijk, beginnen met 8-12 uur per week
- kansrijke richtingen: ontwikkelaar van lesmateriaal of toetsen, redacteur bij een educatieve uitgeverij, voorlichter (natuur en gezondheid), bijles of online les in kleine groepen

## Fasen
| Fase | Wanneer | Wat |
|---|---|---|
| 1. Arbeidsmarktoriëntatie | maart - april 2025 | informatiegesprekken met 4-6 mensen uit het werkveld, verkenning van de arbeidsmarkt per richting, keuze voor 1-2 richtingen |
| 2. Jobhunting | april - juni 2025 | cv en portfolio (lesmateriaal), LinkedIn, werkgevers actief benaderen, vacatures volgen, 2 sollicitaties per week zodra de richting vaststaat |
| 3. Matchingsfase | juni - augustus 2025 | gericht matchen met werkgevers uit het netwerk van De Wissel, werkervaringsplek of proefplaatsing, afspraken over loonwaarde en no-riskpolis |
| Nazorg | na plaatsing | 3 maanden contact met deelnemer en nieuwe werkgever |

## Afspraken
- coachgesprek om de week (online of aan de Spoorlaan), max. 1 uur
- Femke besteedt 4 uur per week aan de route, binnen haar huidige 8 uur
- De Wissel rapporteert elke 3 maanden aan SVOR en Femke
- bij terugval overlegt De Wissel met P&O en de bedrijfsarts over het tempo

@sig Karin Vos ~ loopbaanadviseur De Wissel || Femke Smeulders ~ deelnemer
""",
        T(2025, 3, 4, 11, 30),
        font="Palatino Linotype",
        size=10.5,
        author="K. Vos",
        title="Jouw route",
    )

    c.wordpdf(
        K,
        "De Wissel/Rapportage maart-mei 2025.pdf",
        "voortgangsrapportage_tweede_spoor",
        D(2025, 6, 3),
        "quarter report in the bureau's jargon (fase jobhunting) - applications and a trial assignment",
        f"""{WISSEL_HEAD}
# Rapportage maart - mei 2025
| Deelnemer | Femke Smeulders (BSN {b}) |
| Opdrachtgever | SVOR, t.a.v. J. Stapel |
| Periode | 4 maart t/m 30 mei 2025 |
| Datum | 3 juni 2025 |
| Loopbaanadviseur | Karin Vos |

## Waar staan we?
Femke heeft de arbeidsmarktoriëntatie afgerond en zit nu in de fase jobhunting. Zij heeft gekozen voor twee richtingen: ontwikkelaar van toetsen en lesmateriaal, en redacteur bij een educatieve uitgeverij.

## Activiteiten
- 6 coachgesprekken (waarvan 4 online)
- 5 informatiegesprekken: een landelijk toetsbureau, Uitgeverij Noorderlicht, het natuurcentrum Ravenswaard, een platform voor online bijles, een oud-collega die nu redacteur is
- portfolio gemaakt met eigen lesmateriaal en toetsen
- LinkedIn-profiel vernieuwd; 22 nieuwe contacten in het werkveld
- 7 sollicitaties (3 toetsontwikkelaar, 3 redacteur, 1 online bijles); 2 uitnodigingen: Uitgeverij Noorderlicht (gesprek 20 mei, tweede ronde 12 juni) en toetsbureau Meridiaan (afgewezen 28 mei)
- proefopdracht voor Noorderlicht: 20 toetsvragen biologie (afgerond 27 mei, positief ontvangen)

## Inzet en belastbaarheid
Femke is gemotiveerd en komt haar afspraken na. Het tempo is begrensd door haar belastbaarheid: zij werkt 8 uur per week voor school en besteedt ongeveer 4 uur per week aan de route. Twee coachgesprekken zijn verplaatst omdat zij te moe was.

## Volgende periode (juni - augustus)
- tweede ronde bij Noorderlicht; bij succes start de matchingsfase met een proefplaatsing (thuiswerk, 12 uur)
- jobhunting in beide richtingen voortzetten
- met SVOR afstemmen over een detachering tijdens de proefplaatsing

@sig Karin Vos ~ loopbaanadviseur De Wissel
""",
        T(2025, 6, 3, 10, 0),
        font="Palatino Linotype",
        size=10.5,
        author="K. Vos",
        title="Rapportage",
    )

    c.mail(
        K,
        "Perspectief Arbo/Beoordeling t.b.v. WIA.eml",
        "actueel_oordeel",
        D(2025, 7, 22),
        "bedrijfsarts's S/O/A/P mail for the WIA application - no words actueel oordeel - names the eindevaluatie in passing",
        "Outlook e-mail, multipart/alternative",
        frm=PAR,
        to=JEROEN,
        cc=FEMKE,
        subject="Beoordeling F. Smeulders t.b.v. WIA-aanvraag",
        when=T(2025, 7, 22, 14, 18),
        text=f"""Beste Jeroen,

Zoals gevraagd mijn beoordeling van de huidige situatie van mevrouw F. Smeulders (geb. 09-10-1983, BSN {b}, verzuim sinds 20-11-2023), voor het re-integratieverslag bij haar WIA-aanvraag. Consult op 18 juli 2025 (telefonisch) en 21 juli 2025 (spreekuur). Mevrouw Smeulders heeft deze tekst gezien. De medische gegevens stuur ik rechtstreeks naar UWV.

**S - situatie**
- verzuim nu ruim 87 weken
- werkt 8 uur per week niet-lesgebonden voor school (toetsontwikkeling); sinds juni daarnaast een proefopdracht bij een uitgeverij via het traject buiten de school (ongeveer 4 uur per week)
- belastbaarheid sinds het voorjaar stabiel; lichte verbetering, geen terugval

**O - observaties (functioneel)**
- kan ongeveer 2-3 uur per dag geconcentreerd werken, met pauzes, 4-5 dagen per week
- prikkelgevoelig in drukke omgevingen; kleine groepen (tot 4 personen) gaan goed

**A - beoordeling**
- beperkingen: geen lesgeven aan klassen; geen werk in een drukke, rumoerige omgeving; eigen indeling van de werktijd; thuiswerk mogelijk; werktijd ongeveer 12 uur per week, geleidelijke uitbreiding naar 16 uur binnen een halfjaar mogelijk
- prognose: beperkte verdere verbetering; het eigen werk als docent (0,8 fte) acht ik ook op langere termijn niet haalbaar
- passend werk bij de werkgever: binnen de school en de stichting is alleen tijdelijk werk (toetsontwikkeling) beschikbaar, geen vaste functie; andere mogelijkheden zie ik daar niet
- arbeidsrelatie: goed; er zijn geen conflicten, mevrouw Smeulders voelt zich gesteund

**P - advies**
- huidig werk voortzetten; het traject bij de uitgeverij voortzetten en waar mogelijk uitbreiden
- de eindevaluatie met werkgever en werknemer plannen vóór week 91

Met vriendelijke groet,
W. Mulder, bedrijfsarts (BIG 39087654301)
Perspectief Arbo Rijnstreek
""",
    )

    c.wordpdf(
        K,
        "Twee jaar later.pdf",
        "eindevaluatie",
        D(2025, 8, 12),
        "titled Twee jaar later: waar staan we? - school's own view incl. aard van de stichting - admits the late second track",
        f"""{SVOR_HEAD}
# Twee jaar later: waar staan we?
| Medewerker | Femke Smeulders, docent biologie (eerstegraads), 0,8 fte (32 uur), in dienst sinds 1 augustus 2012 |
| BSN | {b} |
| School | Stedelijk College Ravenswaard |
| Eerste ziektedag | 20 november 2023 |
| Datum gesprek | 12 augustus 2025 |
| Aanwezig | Femke Smeulders, Hanneke de Graaf (teamleider), Jeroen Stapel (P&O-adviseur, verslag), Karin Vos (De Wissel, eerste deel) |

## Over de stichting
SVOR is een stichting voor voortgezet onderwijs met drie scholen (vmbo, havo/vwo en een gymnasium) en ongeveer 420 medewerkers, van wie ruim 300 docenten. Het werk bestaat vooral uit lesgeven; ondersteunende functies (onderwijsassistent, administratie, ICT) zijn er in beperkte mate.

## Hoe is het gegaan?
- november 2023 uitval; advies bedrijfsarts 22 december 2023; afspraken vastgelegd op 11 januari 2024 (later dan twee weken door de kerstvakantie)
- 2024: niet-lesgebonden taken, terugval in maart, advies bijgesteld op 17 april, afspraken aangepast op 2 mei
- gesprek na een jaar (14 november 2024): nog geen traject buiten de stichting, eerst de uitbreiding afwachten
- arbeidsdeskundig onderzoek 28 januari 2025: eigen werk niet haalbaar, geen vast passend werk binnen SVOR
- maart 2025 begin van de route bij De Wissel; sinds juni een proefopdracht bij Uitgeverij Noorderlicht
- bedrijfsarts 22 juli 2025: eigen werk blijvend niet haalbaar; ongeveer 12 uur per week, uitbreiding naar 16 mogelijk

## Waar staan we nu?
Femke werkt 8 uur per week voor school (toetsontwikkeling, tijdelijk) en ongeveer 4 uur per week voor Noorderlicht (proefopdracht). Noorderlicht wil haar per 1 oktober 2025 een contract aanbieden voor 12 uur per week als redacteur en toetsontwikkelaar biologie. Een definitief besluit volgt in september.

## Standpunt van de school
- Arbeidsrelatie: goed. Femke is een gewaardeerde collega.
- Passend werk: binnen SVOR is geen vast passend werk. Het huidige werk (toetsontwikkeling) is tijdelijk en stopt aan het einde van het schooljaar 2025-2026.
- We erkennen dat het traject buiten de stichting laat is begonnen. We hebben dat in november 2024 bewust uitgesteld vanwege de verwachte verbetering; achteraf was dat te optimistisch.

## Standpunt van Femke
Femke is tevreden over de begeleiding door Hanneke en Jeroen. Ze had zelf liever eerder gehoord dat terugkeer voor de klas niet meer zou lukken. Ze is blij met de kans bij Noorderlicht. Haar eigen reactie volgt schriftelijk.

## Vervolg
- Femke vraagt de WIA-uitkering aan vóór 1 september 2025
- Jeroen geeft Femke vandaag kopieën van alle stukken
- De Wissel begeleidt verder tot 1 oktober (matchingsfase)

@sig Hanneke de Graaf ~ teamleider, namens SVOR || Femke Smeulders ~ docent biologie
""",
        T(2025, 8, 12, 15, 55),
        font="Calibri",
        size=10.5,
        author="Jeroen Stapel",
        title="Verslag 12 augustus 2025",
    )

    c.mail(
        K,
        "Mijn opmerkingen bij de stukken.eml",
        "oordeel_werknemer",
        D(2025, 8, 18),
        "the employee's view in a plain mail - two objections - also sent with her WIA application",
        "Outlook e-mail, plain text",
        frm=FEMKE,
        to=JEROEN,
        cc=HANNEKE,
        subject="Mijn opmerkingen bij de stukken",
        when=T(2025, 8, 18, 20, 2),
        mode="plain",
        text=f"""Beste Jeroen,

Zoals afgesproken stuur ik je mijn reactie op de stukken die je me op 12 augustus gaf. Ik heb dezelfde tekst bij mijn WIA-aanvraag gevoegd.

Mijn gegevens en mijn eerste ziektedag kloppen. Ik ben het eens met het advies van de bedrijfsarts van 22 juli en met de beschrijving van mijn werk.

Ik wil twee dingen aanvullen:

1. In het verslag van 12 augustus staat dat de school het zoeken buiten de stichting in november 2024 "bewust heeft uitgesteld". Dat klopt, maar ik wil eerlijk zeggen dat ik dat zelf ook zo wilde. Ik dacht toen echt dat ik weer voor de klas zou komen. Het was dus niet alleen een besluit van de school.

2. De arbeidsdeskundige schreef in januari dat er binnen de stichting geen vast passend werk is. Ik heb het idee dat er bij de andere twee scholen niet goed is gekeken, bijvoorbeeld naar een functie als onderwijsassistent of coördinator van de profielwerkstukken. Ik heb dat in het voorjaar ook aan Hanneke gevraagd.

Verder ben ik het eens met de stukken, en ik ben de school dankbaar voor de begeleiding.

Met vriendelijke groet,
Femke Smeulders
Merelweg 12, 3843 CE Ravenswaard
BSN {b}
""",
    )

    c.scan(
        K,
        "UWV/scan0042.pdf",
        "uwv_correspondentie",
        D(2025, 9, 30),
        "loonsanctie decision (U moet het loon langer doorbetalen) - two pages - generic scan name - quotes the EJE date and week 68",
        f"""{UWV_HEAD}
. Stichting Voortgezet Onderwijs Ravenswaard
. T.a.v. de heer J. Stapel, P&O
. Postbus 210
. 3840 AE Ravenswaard

. Datum: 30 september 2025
. Ons kenmerk: RIV/LS/25/0088231
. Loonheffingennummer: 804321987L01
. Onderwerp: U moet het loon van uw werknemer langer doorbetalen

Geachte heer Stapel,

Uw werknemer, mevrouw F. Smeulders (burgerservicenummer {b}), heeft op 25 augustus 2025 een WIA-uitkering aangevraagd. Wij hebben het re-integratieverslag beoordeeld. Wij vinden dat u niet genoeg heeft gedaan om uw werknemer te laten re-integreren. Daarom moet u het loon van uw werknemer langer doorbetalen.

## Ons besluit
U moet het loon van mevrouw Smeulders doorbetalen tot en met 15 november 2026. Dat is 52 weken langer dan de wachttijd, die eindigt op 16 november 2025. Herstelt u de tekortkoming eerder, dan kunt u ons vragen deze periode te verkorten.

## Waarom nemen wij dit besluit?
Onze arbeidsdeskundige heeft het re-integratieverslag beoordeeld en op 23 september 2025 met u en met mevrouw Smeulders gesproken. Zijn oordeel:
- Al bij de evaluatie na het eerste ziektejaar (14 november 2024) was duidelijk dat terugkeer in het eigen werk binnen afzienbare tijd onzeker was. Toch is toen geen arbeidsdeskundig onderzoek gedaan en is geen traject bij een andere werkgever gestart.
- Het arbeidsdeskundig onderzoek vond pas plaats op 28 januari 2025 en het traject buiten de stichting begon in maart 2025, in week 68 van de ziekte. Daardoor is ongeveer vier maanden verloren gegaan.
- Voor dit uitstel was geen deugdelijke grond. De wens van de werknemer om terug te keren in het eigen werk is geen deugdelijke grond.
Het rapport van onze arbeidsdeskundige is bijgevoegd.

## Wat moet u nu doen?
U betaalt het loon van mevrouw Smeulders door en gaat door met de re-integratie. Denkt u dat u de tekortkoming heeft hersteld? Dan kunt u een verzoek om bekorting indienen.

## Bent u het niet eens met dit besluit?
Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,

. UWV
. Sociaal Medische Zaken, team Poortwachter
. mr. S. el Idrissi, teamleider
@small Bijlage: rapport arbeidsdeskundige van 23 september 2025. Een kopie van deze brief gaat naar mevrouw F. Smeulders.
""",
        T(2025, 10, 2, 12, 31),
        creator="Xerox AltaLink C8130",
        producer="Xerox AltaLink C8130",
        seed=401,
        signed=False,
        size_pt=11,
    )


# =========================================================================== case E: Brons & Van Eck installatietechniek
# Writers: a small-town bedrijfsarts with short letters, the owner (terse), a casemanager of the absence insurer who
# writes check-mark lists ("Afspraken werkhervatting", "Plan voor jaar twee"), an arbeidsdeskundige in tables, the
# employee's printed letter photographed by the owner.

MEENT_HEAD = "@head Bedrijfsartsenpraktijk De Meent | drs. J. Hofstede, bedrijfsarts | Meentweg 2a, 5421 AC Veldhezen · 0492 000 316"
VZZ_HEAD = "@head VerzuimZeker Zuid | verzuimbegeleiding en casemanagement | Stationsplein 3, 5421 AA Veldhezen"
BVE_TO = """. Installatietechniek Brons & Van Eck B.V.
. t.a.v. de heer G. Brons, directeur
. Industrieweg 21
. 5422 VS Veldhezen"""
PRISCILLA = "Priscilla Hendrix <p.hendrix@verzuimzeker-zuid.example>"
GERT = "Gert Brons <gert@bronsvaneck.example>"
BAS = "Bas Nijenhuis <bas.nijenhuis@bronsvaneck.example>"


def case_e(c: Corpus) -> None:
    K, b = CASE_E, BSN_E
    meent = dict(font="Times New Roman", size=11, author="J. Hofstede")
    vzz = dict(font="Calibri", size=10.5, author="P. Hendrix")

    c.wordpdf(
        K,
        "brief bedrijfsarts 9-7-2024.pdf",
        "probleemanalyse",
        D(2024, 7, 9),
        "short bedrijfsarts letter - dreigend langdurig verzuim in one sentence - asks for een plan",
        f"""{MEENT_HEAD}
{BVE_TO}
@right Veldhezen, 9 juli 2024
. Inzake: de heer B. Nijenhuis, geb. 27-01-1976, BSN {b}
. Uw referentie: VerzuimZeker Zuid, dossier 24-5521

Geachte heer Brons,

Op 5 juli 2024 sprak ik de heer Nijenhuis, servicemonteur bij uw bedrijf, op mijn spreekuur. Hij is sinds 3 juni 2024 volledig arbeidsongeschikt. Ik verwacht dat dit langer gaat duren dan enkele weken; er is sprake van dreigend langdurig verzuim.

Belastbaarheid nu: de heer Nijenhuis moet zware lichamelijke inspanning voorlopig vermijden (niet tillen boven 10 kg, geen trappen lopen met materiaal, niet werken op daken of in kruipruimtes). Hij mag tot nader bericht niet zelf een bedrijfsauto besturen. Licht werk (administratie, telefoon, werkvoorbereiding) is mogelijk, vanaf 15 juli 2 uur per dag, 3 dagen per week, op kantoor.

Verwachting: geleidelijk herstel in drie tot zes maanden; of het zware monteurswerk daarna weer volledig mogelijk is, is onzeker.

Advies:
- begin met licht werk op kantoor zoals hierboven beschreven; regel het vervoer (hij rijdt zelf niet)
- stel binnen twee weken samen met de heer Nijenhuis en de casemanager van uw verzuimverzekeraar een plan op
- ik zie hem over vier weken terug

Met vriendelijke groet,

. drs. J. Hofstede
. bedrijfsarts, BIG 19034567801
""",
        T(2024, 7, 9, 12, 0),
        **meent,
        title="Brief werkgever",
    )

    c.wordpdf(
        K,
        "Afspraken leasebus.pdf",
        "",
        None,
        "lease-van arrangement during sick leave - names the plan van aanpak in passing - no RIV document",
        """@head Installatietechniek Brons & Van Eck B.V. | Industrieweg 21, 5422 VS Veldhezen · 0492 000 300
# Afspraken over de leasebus tijdens ziekte
. Medewerker: B. Nijenhuis, servicemonteur
. Voertuig: elektrische bedrijfsbus, kenteken V-418-ZK (lease via Zuidlease B.V., contract 2023-0117)
. Datum: 20 juni 2024

Omdat Bas voorlopig niet kan werken en ook niet mag rijden, maken we de volgende afspraken over de bus die hij normaal mee naar huis neemt:

1. Johan van Dijk haalt de bus op 24 juni 2024 op. Tot nader order staat de bus bij het bedrijf en rijdt Johan ermee. Voorraad en gereedschap blijven in de bus.
2. De bus blijft alleen zakelijk in gebruik; de verklaring geen privégebruik bestelauto blijft van kracht.
3. De laadpas voor de bus wordt op naam van Johan gezet. Het laadpunt bij Bas thuis blijft aangesloten; de vergoeding voor thuisladen stopt per 1 juli 2024.
4. Zodra Bas weer buiten de deur gaat werken, bespreken we of hij de bus weer meeneemt. Dat komt aan de orde als het plan van aanpak daarvoor is aangepast.
5. Persoonlijke spullen uit de bus haalt Bas zelf op, na afspraak met Johan.

Voor akkoord:
@sig G. Brons ~ directeur || B. Nijenhuis ~ medewerker
""",
        T(2024, 6, 20, 11, 0),
        font="Arial",
        size=10,
        author="Gert Brons",
        title="Afspraken leasebus",
    )

    c.word(
        K,
        "Afspraken werkhervatting.docx",
        "plan_van_aanpak",
        D(2024, 7, 18),
        "insurer's casemanager writes check-mark lists titled Afspraken werkhervatting - names a cardiac rehabilitation (health data) - no type word",
        f"""{VZZ_HEAD}
# Afspraken werkhervatting
. Medewerker: Bas Nijenhuis, servicemonteur (40 uur), BSN {b}
. Werkgever: Installatietechniek Brons & Van Eck B.V.
. Eerste ziektedag: 3 juni 2024
. Gesprek: 17 juli 2024 op kantoor bij Brons & Van Eck (Bas, Gert Brons, Priscilla Hendrix)
. Datum: 18 juli 2024

## Waar werken we naartoe?
✔ Einddoel: Bas keert terug in zijn eigen werk als servicemonteur, zo nodig met aanpassingen (geen dakwerk, lichtere klussen).
✔ Tussendoel 1 oktober 2024: 4 dagen van 4 uur werk op kantoor en in de werkplaats.

## Wat gaan we doen?
| Activiteit | Wie | Wanneer |
|---|---|---|
| licht werk op kantoor (3 x 2 uur): storingsmeldingen aannemen, planning ondersteunen | Bas / Gert | vanaf 22 juli |
| vervoer woon-werk regelen (collega Johan haalt Bas op) | Gert | vanaf 22 juli |
| opbouw per 2 weken met 1 dag of 1 uur per dag, na akkoord bedrijfsarts | Bas / Priscilla | doorlopend |
| hartrevalidatie volgen; afspraken daarvoor gaan voor werk | Bas | juli - oktober |
| spreekuur bedrijfsarts | Bas | 6 augustus |
| bedrijfsbus: zie de aparte afspraken | Gert | vastgelegd 20 juni |

## Wie is de casemanager?
Priscilla Hendrix (VerzuimZeker Zuid), 0492 000 740, p.hendrix@verzuimzeker-zuid.example. Gert Brons is het aanspreekpunt binnen het bedrijf.

## Wanneer kijken we hoe het gaat?
Elke 6 weken (de eerste keer op 29 augustus 2024). Na een jaar een uitgebreid gesprek.

## Hoe kijken we ertegen aan?
Werkgever (Gert): "We willen Bas zo snel mogelijk terug, hij is een van onze beste monteurs. Maar gezondheid gaat voor."
Bas: "Ik wil graag weer aan de slag. Thuis zitten is niks voor mij. Ik maak me wel zorgen of ik nog de daken op kan."

Akkoord:
@sig Gert Brons ~ directeur || Bas Nijenhuis ~ medewerker || Priscilla Hendrix ~ casemanager
""",
        T(2024, 7, 18, 14, 25),
        **vzz,
    )

    c.mail(
        K,
        "Verslag evaluatie Bas Nijenhuis 7-10.eml",
        "tussentijdse_evaluatie",
        D(2024, 10, 8),
        "casemanager's plain mail with check marks - meeting 7 Oct, mail 8 Oct",
        "Outlook e-mail, plain text",
        frm=PRISCILLA,
        to=f"{GERT}, {BAS}",
        subject="Verslag evaluatie Bas Nijenhuis 7-10",
        when=T(2024, 10, 8, 8, 37),
        mode="plain",
        text=f"""Beste Gert, beste Bas,

Hierbij het verslag van onze evaluatie van gisteren (maandag 7 oktober 2024) op kantoor.

Gegevens: Bas Nijenhuis, BSN {b}, ziek sinds 3 juni 2024, servicemonteur 40 uur.

Stand van zaken
✔ Bas werkt sinds 2 september 4 dagen van 4 uur (16 uur) op kantoor en in de werkplaats. Dat was het tussendoel voor 1 oktober: gehaald.
✔ Werkzaamheden: storingen aannemen, planning van de monteurs, materiaal bestellen, warmtepompprojecten voorbereiden.
✔ Vervoer via Johan loopt goed. Bas mag sinds 20 september weer zelf autorijden (bedrijfsarts akkoord).
✘ Meegaan naar klanten is nog niet gelukt; de bedrijfsarts adviseerde op 24 september nog geen zwaar werk op locatie.

Zijn de afspraken nagekomen?
Ja, van beide kanten.

Afspraken voor de komende 6 weken
1. Opbouw naar 4 dagen van 6 uur (24 uur) per 4 november.
2. Bas gaat 1 dag per week mee met een collega-monteur naar lichte klussen (onderhoud cv, geen dak, geen kruipruimte), zodra de bedrijfsarts akkoord geeft (spreekuur 22 oktober).
3. Volgende evaluatie: 18 november 2024.

Hartelijke groet,
Priscilla Hendrix
Casemanager | VerzuimZeker Zuid
0492 000 740
""",
    )

    c.scan(
        K,
        "scan belastbaarheid april 2025.pdf",
        "inzetbaarheidsprofiel",
        D(2025, 4, 15),
        "bedrijfsarts's one-page overview of the six areas for the arbeidsdeskundige titled Overzicht belastbaarheid - a Geldig tot date - scanned and signed",
        f"""{MEENT_HEAD}
# Overzicht belastbaarheid
. ten behoeve van het arbeidsdeskundig onderzoek · medewerker: B. Nijenhuis · BSN {b}
. Werkgever: Installatietechniek Brons & Van Eck B.V. · eerste ziektedag 03-06-2024
. Datum: 15 april 2025 · geldig tot: 15 oktober 2025

| Onderdeel | Beperkt? | Toelichting |
|---|---|---|
| Persoonlijk functioneren | nee | - |
| Sociaal functioneren | nee | - |
| Fysieke omgevingseisen | ja | geen werk bij grote hitte of kou (zolders in de zomer, langer dan 1 uur buiten in de winter) |
| Dynamische handelingen | ja | tillen max. 10 kg, dragen max. 5 kg over korte afstand; niet vaak traplopen met last; niet klimmen (ladders, daken) |
| Statische houdingen | ja | niet langdurig geknield of gehurkt werken (kruipruimte, lage meterkast) |
| Werktijden | ja | max. 6 uur per dag, max. 32 uur per week; geen storingsdiensten in de nacht |

Toelichting: de beperkingen zijn naar verwachting blijvend. Verdere verbetering van betekenis verwacht ik niet.

@sig drs. J. Hofstede ~ bedrijfsarts, BIG 19034567801
""",
        T(2025, 4, 16, 10, 2),
        creator="HP LaserJet MFP M234sdw",
        producer="HP Scan",
        seed=501,
        size_pt=10.5,
        bw=False,
    )

    c.wordpdf(
        K,
        "Verslag onderzoek passend werk.pdf",
        "arbeidsdeskundig_rapport",
        D(2025, 5, 6),
        "arbeidsdeskundige report built from tables (task load, functions, loonwaarde) - title names no type",
        f"""@head Werk & Waarde Advies | arbeidsdeskundige dienstverlening | Kerkstraat 14, 5421 BG Veldhezen
# Verslag onderzoek naar passend werk
| Werknemer | B. Nijenhuis, geb. 27-01-1976, BSN {b} |
| Werkgever | Installatietechniek Brons & Van Eck B.V., Veldhezen |
| Opdrachtgever | VerzuimZeker Zuid namens de werkgever (P. Hendrix) |
| Functie | servicemonteur installatietechniek, 40 uur |
| Eerste ziektedag | 3 juni 2024 |
| Onderzoek | 23 april 2025 (gesprek werknemer), 29 april 2025 (werkplek en werkgever) |
| Datum verslag | 6 mei 2025 |
| Opgesteld door | M. Verhoeven, gecertificeerd arbeidsdeskundige |

## 1. Vraagstelling
Kan de heer Nijenhuis zijn eigen werk weer doen, en zo niet: welk werk binnen het bedrijf is passend? Is een traject bij een andere werkgever nodig?

## 2. Belastbaarheid
Uitgangspunt is het overzicht van de bedrijfsarts van 15 april 2025. De belangrijkste beperkingen: tillen max. 10 kg, niet klimmen, niet geknield of gehurkt werken, max. 6 uur per dag en 32 uur per week, geen storingsdiensten in de nacht.

## 3. Belasting in het eigen werk
| Taak | Tijd | Belasting | Past? |
|---|---|---|---|
| storingen verhelpen bij klanten (cv, warmtepomp) | 45% | veel knielen en hurken, zolders, tillen tot 25 kg | nee |
| onderhoud cv-installaties | 25% | knielen, tillen tot 15 kg | gedeeltelijk |
| installatie warmtepompen (buitenunits, dakwerk) | 15% | klimmen, tillen boven 25 kg met twee personen | nee |
| storingsdienst (1 op 5 weken, ook 's nachts) | - | nachtwerk | nee |
| administratie werkbonnen | 15% | licht | ja |

Conclusie: het eigen werk is niet passend, ook niet met aanpassingen; de kern van de functie is zwaar werk op locatie.

## 4. Passend werk binnen het bedrijf
| Functie | Beoordeling |
|---|---|
| werkvoorbereider/planner installatietechniek (nieuw te vormen, 32 uur) | passend; sluit aan op zijn vakkennis; opleiding nodig in calculatie en planningssoftware |
| magazijnmedewerker | niet passend (tillen) |
| binnendienst/verkoop | passend qua belasting, maar geen vacature en minder aansluiting |

Het bedrijf groeit (warmtepompen) en de directeur heeft behoefte aan een werkvoorbereider. Ik schat de kans op een duurzame plaatsing groot in.

## 5. Loonwaarde
Als werkvoorbereider verwacht ik na het inwerken een loonwaarde van ongeveer 90 procent van zijn huidige uurloon.

## 6. Advies
1. Spoor 1: ander werk bij de eigen werkgever, als werkvoorbereider/planner, 32 uur per week.
2. Begin direct met inwerken; cursus werkvoorbereiding in het najaar.
3. Een traject bij een andere werkgever is nu niet nodig. Beoordeel dit opnieuw als de plaatsing niet vóór 1 september 2025 rond is.

@sig M. Verhoeven ~ arbeidsdeskundige, Werk & Waarde Advies
""",
        T(2025, 5, 6, 16, 20),
        font="Bookman Old Style",
        size=10,
        author="M. Verhoeven",
        title="Verslag Nijenhuis",
    )

    c.wordpdf(
        K,
        "Plan voor jaar twee.pdf",
        "eerstejaarsevaluatie",
        D(2025, 5, 20),
        "titled Plan voor jaar twee (reads like a plan) but is the week-51 review of year one with the year-two result and the track-2 choice",
        f"""{VZZ_HEAD}
# Plan voor jaar twee
. Terugblik op het eerste jaar en afspraken voor het tweede jaar
. Medewerker: Bas Nijenhuis, servicemonteur, BSN {b} · ziek sinds 3 juni 2024
. Werkgever: Installatietechniek Brons & Van Eck B.V.
. Gesprek: 20 mei 2025 op kantoor · aanwezig: Bas, Gert Brons, Priscilla Hendrix (casemanager, verslag)

## Terugblik jaar één
✔ juli 2024: begin licht werk op kantoor (afspraken van 18 juli 2024)
✔ september 2024: 16 uur; november 2024: 24 uur, deels mee naar lichte klussen
✘ januari 2025: poging om weer zelfstandig storingen te doen (ook zolders) mislukt; terug naar 24 uur
✔ maart 2025: melding na 42 weken aan UWV gedaan (24 maart 2025)
✔ april 2025: overzicht belastbaarheid van de bedrijfsarts (15 april): beperkingen blijvend
✔ mei 2025: arbeidsdeskundige (verslag 6 mei 2025): eigen werk als servicemonteur niet meer passend; werkvoorbereider/planner binnen het bedrijf wel
✔ evaluaties op 29 augustus, 7 oktober en 18 november 2024, 13 januari, 24 februari en 7 april 2025

## Wat willen we in jaar twee bereiken?
Bas wordt uiterlijk 1 september 2025 vast werkvoorbereider/planner bij Brons & Van Eck, 32 uur per week, met een korte opleiding (cursus werkvoorbereiding installatietechniek).

## Hoe komen we daar?
| Wat | Wie | Wanneer |
|---|---|---|
| functieomschrijving werkvoorbereider opstellen | Gert | 1 juni |
| aanmelden cursus werkvoorbereiding (8 avonden) | Bas / Gert | start september |
| opbouw van 24 naar 28 uur (1 juli) en naar 32 uur (1 september) | Bas | zie data |
| afspraken vastleggen in een aangepaste versie | Priscilla | vóór 15 juni |

## Tweede spoor?
Niet nodig: er is concreet passend werk binnen het bedrijf en plaatsing is binnen drie maanden te verwachten.

## Hoe kijken we ertegen aan?
Gert: "Bas kent de klanten en de installaties als geen ander. Als werkvoorbereider is hij goud waard."
Bas: "Het is wennen om niet meer op pad te gaan, maar ik zie wel dat het zo beter is. Ik wil het graag proberen."

Akkoord:
@sig Gert Brons ~ directeur || Bas Nijenhuis ~ medewerker
""",
        T(2025, 5, 20, 15, 35),
        **vzz,
        title="Plan voor jaar twee",
    )

    c.word(
        K,
        "Afspraken werkhervatting - versie 2.docx",
        "bijstelling_plan_van_aanpak",
        D(2025, 6, 10),
        "the same title as the plan with versie 2 - new final goal (other work) - replaces the July 2024 agreements",
        f"""{VZZ_HEAD}
# Afspraken werkhervatting - versie 2
. Medewerker: Bas Nijenhuis, BSN {b}, ziek sinds 3 juni 2024
. Werkgever: Installatietechniek Brons & Van Eck B.V.
. Datum: 10 juni 2025 · vervangt de afspraken van 18 juli 2024

## Wat is er veranderd?
Uit het onderzoek van de arbeidsdeskundige (6 mei 2025) en het overzicht van de bedrijfsarts (15 april 2025) blijkt dat Bas zijn eigen werk als servicemonteur niet meer kan doen. In het gesprek van 20 mei hebben we afgesproken te gaan voor werk als werkvoorbereider/planner.

## Nieuw einddoel
✔ Bas wordt per 1 september 2025 werkvoorbereider/planner bij Brons & Van Eck, 32 uur per week.

## Activiteiten
| Activiteit | Wie | Wanneer |
|---|---|---|
| functieomschrijving en inschaling werkvoorbereider (cao) | Gert | klaar op 3 juni ✔ |
| inwerken in planning en calculatie bij Erik (projectleider) | Bas / Erik | juni - augustus |
| opbouw naar 28 uur | Bas | 1 juli 2025 |
| opbouw naar 32 uur | Bas | 1 september 2025 |
| cursus werkvoorbereiding installatietechniek (8 avonden) | Bas | september - november 2025 |
| arbeidsovereenkomst aanpassen (functie, uren) | Gert | per 1 september 2025 |

## Evaluatie
Elke 6 weken; de volgende evaluatie is op 15 juli 2025.

## Casemanager
Blijft Priscilla Hendrix (VerzuimZeker Zuid).

## Visie
Gert: "We zijn blij dat we Bas in het bedrijf kunnen houden."
Bas: "Ik heb er zin in, al blijft 32 uur spannend."

Akkoord:
@sig Gert Brons ~ directeur || Bas Nijenhuis ~ medewerker
""",
        T(2025, 6, 10, 13, 50),
        **vzz,
    )

    c.wordpdf(
        K,
        "brief bedrijfsarts 3-2-2026.pdf",
        "actueel_oordeel",
        D(2026, 2, 3),
        "short bedrijfsarts letter on the current situation for the WIA application - same file-name pattern as the PA",
        f"""{MEENT_HEAD}
{BVE_TO}
@right Veldhezen, 3 februari 2026
. Inzake: de heer B. Nijenhuis, geb. 27-01-1976, BSN {b}

Geachte heer Brons,

Binnenkort vraagt de heer Nijenhuis een WIA-uitkering aan. Op uw verzoek geef ik mijn beoordeling van zijn huidige situatie, voor het re-integratieverslag. Ik zag hem op 30 januari 2026.

Verloop: na de uitval in juni 2024 is de heer Nijenhuis in juli 2024 begonnen met licht werk. Sinds 1 september 2025 werkt hij als werkvoorbereider/planner, 32 uur per week. Zijn belastbaarheid is sinds het voorjaar van 2025 stabiel.

Mogelijkheden en beperkingen: ongewijzigd ten opzichte van het overzicht van 15 april 2025 (tillen max. 10 kg, niet klimmen, niet geknield of gehurkt werken, max. 6 uur per dag en 32 uur per week, geen nachtdiensten). Deze beperkingen zijn blijvend.

Passend werk: zijn huidige werk als werkvoorbereider/planner (32 uur) is passend. Zijn oorspronkelijke werk als servicemonteur is blijvend niet passend. Meer uren (40) acht ik niet verantwoord.

Werkrelatie: goed; ik zie geen aanwijzingen voor problemen tussen werkgever en werknemer.

De medische informatie stuur ik zelf naar UWV.

Met vriendelijke groet,

. drs. J. Hofstede
. bedrijfsarts, BIG 19034567801
""",
        T(2026, 2, 3, 11, 45),
        **meent,
        title="Brief werkgever",
    )

    c.word(
        K,
        "Eindgesprek Bas.docx",
        "eindevaluatie",
        D(2026, 2, 19),
        "casemanager's Eindgesprek with check marks - Het bedrijf gives the aard van het bedrijf - no word eindevaluatie",
        f"""{VZZ_HEAD}
# Eindgesprek re-integratie Bas Nijenhuis
. Gesprek op donderdag 19 februari 2026 · aanwezig: Bas Nijenhuis, Gert Brons (directeur), Priscilla Hendrix (casemanager, verslag)
. Bas Nijenhuis · BSN {b} · servicemonteur (40 uur), in dienst sinds 1 maart 2003 · ziek sinds 3 juni 2024 · einde wachttijd 31 mei 2026

## Het bedrijf
Installatietechniek Brons & Van Eck B.V. is een installatiebedrijf in Veldhezen met 34 medewerkers: monteurs voor verwarming, warmtepompen, sanitair en elektra, een kleine binnendienst en een magazijn. Het werk van de monteurs is lichamelijk zwaar en gebeurt grotendeels bij klanten thuis.

## Terugblik
✔ juli 2024 begin licht werk; opbouw tot 24 uur in november 2024
✘ januari 2025 terugkeer in het eigen werk mislukt
✔ mei 2025 arbeidsdeskundige: eigen werk niet passend, werkvoorbereider wel; gesprek na het eerste jaar op 20 mei 2025
✔ juni 2025 afspraken aangepast (versie 2); opbouw naar 28 uur (juli) en 32 uur (september)
✔ sinds 1 september 2025 werkvoorbereider/planner, 32 uur; cursus werkvoorbereiding afgerond (november 2025)
✔ bedrijfsarts 3 februari 2026: huidig werk passend, 32 uur is het maximum

## Hoe staat het er nu voor?
Bas werkt 32 van zijn 40 uur in passend werk. De arbeidsovereenkomst is per 1 september 2025 aangepast (functie werkvoorbereider, 40 uur, waarvan 8 uur arbeidsongeschikt). Zijn uurloon is ongeveer 92 procent van zijn oude uurloon.

## Wat vindt de werkgever?
- Werkrelatie: uitstekend, geen problemen.
- Passend werk: binnen het bedrijf is geen passend werk voor de overige 8 uur; 40 uur is volgens de bedrijfsarts niet haalbaar.
- Het bedrijf vindt dat een goed resultaat is bereikt.

## Wat vindt Bas?
Bas is tevreden over hoe het is gegaan. Zijn reactie op het verslag schrijft hij zelf.

## Vervolg
- Bas vraagt de WIA-uitkering aan vóór 16 maart 2026
- Gert geeft Bas vandaag een kopie van alle stukken

Akkoord:
@sig Gert Brons ~ directeur || Bas Nijenhuis ~ medewerker
""",
        T(2026, 2, 19, 16, 5),
        **vzz,
    )

    src_ow = f""". Bas Nijenhuis
. Kievitstraat 8
. 5423 PL Veldhezen
. BSN: {b}
@right Veldhezen, 24 februari 2026
. Aan: UWV (bij mijn WIA-aanvraag)
. Kopie: Brons & Van Eck, de heer G. Brons

. Betreft: wat ik vind van mijn re-integratieverslag

Geachte heer, mevrouw,

Ik heb het verslag van mijn re-integratie op 19 februari van mijn werkgever gekregen. Ik heb het samen met mijn vrouw doorgelezen.

Ik ben het eens met wat erin staat. Mijn werkgever en de casemanager hebben veel moeite gedaan om mij aan het werk te houden. Ik was liever monteur gebleven, maar dat gaat niet meer. Het werk als werkvoorbereider bevalt mij goed.

Eén ding wil ik wel zeggen: ik vind 32 uur eigenlijk al veel. Op vrijdag ben ik vaak erg moe. Dat heb ik ook tegen de bedrijfsarts gezegd.

Met vriendelijke groet,

@hw B. Nijenhuis
"""
    c.texts.append(("ow-e", src_ow))
    page = page_images(src_ow, family="serif", size_pt=11.5, seed=502, signed=False)[0]
    c.photo(
        K,
        "WhatsApp Image 2026-02-24 at 19.02.11.jpeg",
        "oordeel_werknemer",
        D(2026, 2, 24),
        "the employee's printed letter photographed and sent by WhatsApp - no EXIF (stripped by the app) - file name carries the send time",
        photo_of_page(page, random.Random(503), tilt=0.09, desk_base=(205, 200, 190), blur=1.0),
        None,
        make="",
        model="",
        quality=50,
        producer_note="phone photo JPEG via WhatsApp (no EXIF)",
    )


# =========================================================================== main


WEEKDAY_RE = re.compile(r"\b(" + "|".join(DAYS) + r")\s+(\d{1,2})\s+(" + "|".join(MONTHS) + r")\s+(\d{4})\b", re.I)


def check(c: Corpus) -> None:
    rows = c.rows
    assert 60 <= len(rows) <= 80, len(rows)
    types = [r["type"] for r in rows]
    assert {t for t in types if t} == CONTRACT_TYPES, CONTRACT_TYPES - set(types)
    non = sum(1 for t in types if not t)
    assert 0.10 <= non / len(rows) <= 0.15, non / len(rows)
    assert 2 <= types.count("medische_informatie") <= 4
    # every weekday written with a full date in the texts is the right weekday
    for rel, src in c.texts:
        for m in WEEKDAY_RE.finditer(src):
            d = D(int(m.group(4)), MONTHS.index(m.group(3).lower()) + 1, int(m.group(2)))
            assert DAYS[d.weekday()] == m.group(1).lower(), (rel, m.group(0))
    # only the case's own BSN appears in a case, and it passes the elfproef
    own = {CASE_A: BSN_A, CASE_B: BSN_B, CASE_C: BSN_C, CASE_D: BSN_D, CASE_E: BSN_E}
    for key, data in c.files.items():
        case = key.split("/", 1)[0]
        for other_case, other in own.items():
            if other_case != case:
                assert other.encode() not in data, (key, other)
    # timeline sanity (DOMAIN.md section 2)
    for r in rows:
        case, t = r["path"].split("/", 1)[0], r["type"]
        if not t:
            continue
        d = D.fromisoformat(r["date"])
        w = week(case, d)
        if t == "probleemanalyse":
            assert w <= 6, (r["path"], w)
        elif t == "eerstejaarsevaluatie":
            assert 46 <= w <= 52, (r["path"], w)
        elif t == "actueel_oordeel":
            assert 88 <= w <= 91, (r["path"], w)
        elif t == "eindevaluatie":
            assert 89 <= w <= 91, (r["path"], w)
        elif t == "ziekmelding_uwv":
            assert 40 <= w <= 43, (r["path"], w)


def main() -> None:
    c = Corpus()
    case_a(c)
    case_b(c)
    case_c(c)
    case_d(c)
    case_e(c)
    check(c)
    c.finish()
    total = sum(len(v) for v in c.files.values())
    print(f"{len(c.rows)} labelled documents, {len(c.files)} files, {total / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
