"""Classification on the labelled corpora, as the tool runs (OCR on, each folder one case).

- tests/corpus: 129 files, five house styles (dev + holdout), written alongside the classifier;
- tests/corpus2, corpus3, corpus4: holdouts written by engineers who never saw the classifier. Their first
  measurements, before anyone looked at them, were 80.0 %, 92.6 % and 89.3 %; all have been looked at
  since, so they now guard against regressions rather than measure generalisation.
- tests/corpus5: the untouched holdout (session 3). First measurement: 90/95 types (94.7 %), 4/4 medical,
  90/94 dates (95.7 %). Nobody has looked at its misses; keep it that way (see its README). Session 4's
  rules from corpus 6 took it to 91/95 without anyone looking at it.
- tests/corpus6: a holdout of UWV model forms, English documents, HR-system exports, mail and phone scans
  (session 4). First measurement 88/96 types (91.7 %), 5/5 medical, 83/91 dates; its misses were then
  looked at and fixed on principle (see its README), so it now guards against regressions.
- tests/corpus7: the untouched holdout of session 4 (long documents behind cover pages, an arbodienst export,
  filled-in PDF forms and Fill & Sign, tracked changes, .odt, faxes, dates in words). First measurement:
  79/83 types (95.2 %), 5/5 medical, 62/79 dates (78.5 %). Its date misses were then read and fixed on
  principle (77/79); session 5 fixed three of its four type misses on principle (82/83).
- tests/corpus8: the second untouched holdout of session 4 (a municipality, a cleaning firm, a builder, a
  retail chain's HR-portal export, a family bakery). First measurement: 100/100 types, 5/5 medical, 68/83
  dates (81.9 %); one date pattern it showed ("3-12-'24") was then added (80/83).
- tests/corpus9: the untouched holdout of session 5, made with other producers than samples/docgen.py
  (LibreOffice-converted Word files and .odt, WeasyPrint portal exports, scans and photos of those PDFs,
  Outlook mails). First measurement: 105/110 types (95.5 %), 6/6 medical, 94/99 dates (94.9 %), 3 non-RIV
  papers typed. Session 5 then read its misses and fixed them on principle (its README): 110/110 types,
  93/99 dates; floors stay two documents below the first measurement.
- tests/corpus10: the untouched holdout of session 5, made with yet other producers (troff reports, a hand-made
  PDF writer, LibreOffice HTML import, Word content controls, faxes, screenshots, saved web pages, plans typed in
  an e-mail body, Notepad text). First measurement: 89/106 types (84.0 %), 7/7 medical, 90/95 dates (94.7 %), 6
  non-RIV papers typed. Session 5 then read its misses and fixed them on principle (104/106, 0 non-RIV typed; its
  README); floors stay two documents below the first measurement.
- tests/corpus11: the last untouched holdout of session 5 (a restaurant, a software firm with English papers, a
  transport firm with a loonsanctie, a care case still running; own fpdf2 and Word layouts, LibreOffice, scans,
  documents typed in mail bodies or stated only in a form field). First measurement, after all of session 5's
  rules: 69/70 types (98.6 %), 5/5 medical, 60/60 dates, no non-RIV paper typed; floors two documents below.

- tests/corpus12: the untouched holdout of session 6 (Chromium portal prints, PostScript through Ghostscript,
  LibreOffice from ODT/RTF/HTML, kept ODT/DOCX, rotated and two-up scans, dot-matrix text, phone photos, raw mails).
  First measurement: 78/84 types (92.9 %), 5/5 medical, 70/73 dates (95.9 %), 4 of 11 non-RIV papers typed. Its
  misses were then read and four causes fixed on principle (82/84, 0 non-RIV typed; its README); floors stay two
  documents below the first measurement.

- tests/corpus13: the second untouched holdout of session 6 (a hospital's HR portal, a builder with a one-man
  casemanager and faxes, a municipality, a temp agency with English HR forms, a bureau that changed arbodienst;
  wkhtmltopdf, SVG through cairo, LibreOffice .doc/.rtf/.docx with tracked changes and text boxes, filled PDF forms,
  MuPDF scans, reply chains). First measurement: 80/84 types (95.2 %), 5/5 medical, 68/72 dates (94.4 %), 2 of 12
  non-RIV papers typed; then fixed on principle (84/84, 69/72; its README); floors two documents below the first.

- tests/corpus14: the last holdout of session 6, about WORDING: each type written anew per writer (a telegram-style
  bedrijfsarts, HR's 'wij', an informal garage owner, English HR, a coach's bullets, a handwritten note), often
  without a standard title; groff+Ghostscript, LibreOffice from txt/csv, Markdown, phone photos. First measurement:
  40/63 types (63.5 %), 4/4 medical, 47/54 dates (87.0 %), 1 of 9 non-RIV typed. Session 7 read its misses and
  fixed them on principle (53/63, 48/54; its README); the floors are two documents below that.

- tests/corpus15 and tests/corpus16: the untouched holdouts of session 7, built while session 7 worked on corpus 14:
  FORMS (Word label/value tables, portal and verzuim-software exports, numbered UWV-like forms, handwritten paper
  forms, misleading file names) and EVERYDAY WORDING by new writers (a municipality, a bakery chain, a hospital, a
  school, an insurer's casemanager). First measurement at the commit before them: 70/77 (90.9 %) and 58/75
  (77.3 %); at the end of session 6 they would have been 69/77 and 52/75. Then read and fixed on principle (72/77
  and 70/75, then 73/77 and 71/75 with the findings-set-12 rules; their READMEs). Floors two documents below that.

- tests/corpus17: the last untouched holdout of session 7, a realistic MIX as a bureau receives it (a cleaning company,
  a distribution centre with bilingual papers, an IT consultancy, a nursery, a childcare foundation; combined
  exports, stamps, fax headers, photos of screens, split signature pages, reply chains, misleading names). First
  measurement: 64/74 (86.5 %), 57/64 dates, 1 of 10 non-RIV typed (62/74 at the end of session 6). Not changed for
  since; floors two documents below.

- tests/corpus18: built at the very end of session 7 (a dental practice, a car dealer, a printer, a holiday park) and
  measured once at the session's final code: 46/58 (79.3 %), 47/50 dates, 0 of 8 non-RIV typed (43/58 with the tool
  of session 6). Untouched; floors two documents below.

- tests/corpus19 and tests/corpus20: the untouched holdouts of session 8, a realistic MIX (a veterinary clinic, a
  housing corporation, a catering firm, a roofer) and the HOUSE STYLES of larger producers (one ticked-box template for
  every report, a verzuim portal's exports with a cover sheet, Word form fields, English minutes). First measurement
  at the commit after them (whose changes were made before they arrived): 51/62 (82.3 %) and 37/60 (61.7 %), the same
  as at the end of session 7. Then read and fixed on principle: 53/62 and 56/60 (their READMEs). Floors two documents
  below that.

- tests/corpus21 and tests/corpus22: the second pair of session 8, made in the same two themes after the first pair
  was read (a garden centre, a security firm, a water board, a theatre; a university's facilities, a bus company, an
  English call centre, a flower auction). First measurement: 50/60 (83.3 %) and 56/64 (87.5 %); at the end of session 7
  50/60 and 52/64. Then read and fixed: 51/60 and 57/64. Floors two documents below.

- tests/corpus23: the last holdout of session 8, a realistic MIX again (a moving company, a pharmacy chain, a football
  club, a notary). First measurement: 55/60 (91.7 %), the same at the end of session 7. Then read and fixed: 59/60.
  Floors two documents below.

- tests/corpus24, corpus25 and corpus26: the untouched holdouts of session 9, realistic MIXES with an emphasis each:
  small employers who do everything by e-mail (a cinema, a driving school, a hair salon, a bicycle shop); HR systems,
  arbodienst portals and everyday notes (a ferry service, a recycling plant, a dairy factory, opticians); paper that
  went through phones and copiers (a brewery, a funeral home, a fish plant, a library). First measurement, before
  anything was read: 59/63 (93.7 %), 54/62 (87.1 %) and 59/63 (93.7 %). Then read and fixed on principle: 60/63,
  58/62 and 60/63 (their READMEs). Floors two documents below that.

- tests/corpus27 and corpus28: the second pair of session 9, made after corpora 24-26 were read: dossiers run by a
  verzuimbureau's or insurer's casemanager in her own template (an architects' firm with an Italian employee, a sports
  centre, a wine importer, a museum), and a DMS export at week 88 with numbered folders and renamed files (a
  supermarket, a hospital kitchen, a road builder, a dance school). First measurement: 57/64 (89.1 %) and 58/63
  (92.1 %). Then read and fixed: 59/64 and 61/63. Floors two documents below.

- tests/corpus29, corpus30 and corpus31: the untouched holdouts of session 10: forms built from tables (a plumbing
  firm, a taxi company, a butcher's chain, a gardening firm), poor captures (a municipality's cleaning service, a
  home-care team, a primary school, a water board) and second-track provider reports (a fulfilment warehouse, a label
  printer, a contact centre, a garden centre). First measurement, before anything was read: 60/63 (95.2 %), 58/64
  (90.6 %) and 61/65 (93.8 %). Then read and fixed on principle: 62/63, 59/64 and 61/65. Floors two documents below.

- tests/corpus32 and corpus33: the second pair of session 10, made after corpora 29-31 were read: employers of
  temporary and foreign workers with papers in two languages (a temp agency, a mushroom farm, a food factory, a hotel
  laundry), and larger employers whose papers come from HR systems and portals (a hospital's facility department, a
  housing corporation, an insurer's call centre, a university library). First measurement: 56/61 (91.8 %) and 60/65
  (92.3 %). Then read and fixed: 58/61 and 61/65. Floors two documents below.

`python bench/accuracy.py -v` prints the first corpus with every miss.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpus_eval import evaluate_corpus

ROOT = Path(__file__).resolve().parent
CORPORA = {
    "corpus": 0.95,
    "corpus2": 0.90,
    "corpus3": 0.95,
    "corpus4": 0.95,
    "corpus5": 0.92,
    "corpus6": 0.95,
    "corpus7": 0.93,
    "corpus8": 0.97,
    "corpus9": 0.93,
    "corpus10": 0.82,
    "corpus11": 0.95,
    "corpus12": 0.90,
    "corpus13": 0.92,
    "corpus14": 0.80,
    "corpus15": 0.92,
    "corpus16": 0.92,
    "corpus17": 0.83,
    "corpus18": 0.75,
    "corpus19": 0.82,
    "corpus20": 0.90,
    "corpus21": 0.81,
    "corpus22": 0.85,
    "corpus23": 0.95,
    "corpus24": 0.92,
    "corpus25": 0.90,
    "corpus26": 0.92,
    "corpus27": 0.89,
    "corpus28": 0.93,
    "corpus29": 0.95,
    "corpus30": 0.89,
    "corpus31": 0.90,
    "corpus32": 0.91,
    "corpus33": 0.90,
}
UNRELATED_TYPED = {"corpus5": 2, "corpus7": 1, "corpus9": 0, "corpus10": 0, "corpus11": 0, "corpus12": 0, "corpus13": 0, "corpus14": 1, "corpus15": 0, "corpus16": 1, "corpus17": 1, "corpus18": 0, "corpus19": 0, "corpus20": 1, "corpus21": 0, "corpus22": 2, "corpus23": 0, "corpus24": 0, "corpus25": 0, "corpus26": 0, "corpus27": 0, "corpus28": 1, "corpus29": 1, "corpus30": 0, "corpus31": 0, "corpus32": 0, "corpus33": 0}
DATES = {
    "corpus": 0.9,
    "corpus2": 0.93,
    "corpus3": 0.9,
    "corpus4": 0.9,
    "corpus5": 0.92,
    "corpus6": 0.95,
    "corpus7": 0.95,
    "corpus8": 0.93,
    "corpus9": 0.92,
    "corpus10": 0.92,
    "corpus11": 0.96,
    "corpus12": 0.93,
    "corpus13": 0.91,
    "corpus14": 0.85,
    "corpus15": 0.87,
    "corpus16": 0.89,
    "corpus17": 0.85,
    "corpus18": 0.90,
    "corpus19": 0.71,
    "corpus20": 0.84,
    "corpus21": 0.76,
    "corpus22": 0.92,
    "corpus23": 0.84,
    "corpus24": 0.92,
    "corpus25": 0.87,
    "corpus26": 0.85,
    "corpus27": 0.92,
    "corpus28": 0.87,
    "corpus29": 0.90,
    "corpus30": 0.71,
    "corpus31": 0.94,
    "corpus32": 0.83,
    "corpus33": 0.92,
}
#: Medical papers the tool cannot read: corpus 30's WhatsApp photo of an MRI report has text about 5 pixels high on a
#: 1000-pixel picture (OCR confidence 32 %). It is reported as a barely readable file the user must look at (a warning,
#: see test_findings_poor_ocr.py) and stays out of the bundle, but it is not recognised as medical.
MEDICAL_UNREAD = {"corpus30": 1}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def result(request):
    if shutil.which("tesseract") is None:
        pytest.fail(
            "Tesseract is not installed: the corpora hold scans and photos. Install tesseract-ocr and "
            "tesseract-ocr-nld (see README, 'Scans en foto's')."
        )
    return request.param, evaluate_corpus(ROOT / request.param)


def test_accuracy(result) -> None:
    name, r = result
    misses = "\n".join(f"{p}: expected {e}, got {g}" for p, e, g, _ in r.errors)
    assert r.total >= (55 if name == "corpus18" else 60)  # corpus 18 was made small, at the end of a session
    assert r.accuracy >= CORPORA[name], f"{name}: accuracy {r.accuracy:.1%}\n{misses}"


def test_every_medical_file_is_caught(result) -> None:
    name, r = result
    assert r.medical_total >= (3 if name in ("corpus17", "corpus18", "corpus19", "corpus20", "corpus21", "corpus22", "corpus23", "corpus24", "corpus25", "corpus26", "corpus27", "corpus28", "corpus29", "corpus30", "corpus31", "corpus32", "corpus33") else 4)  # their authors made three
    assert r.medical_caught == r.medical_total - MEDICAL_UNREAD.get(name, 0)


def test_document_dates(result) -> None:
    name, r = result
    assert r.dates_total >= 50
    assert r.dates_correct / r.dates_total >= DATES[name], r.date_errors


def test_unrelated_files_stay_unclassified(result) -> None:
    name, r = result
    wrongly_typed = [p for p, e, g, _ in r.errors if e is None]
    # the holdout as first measured: 2 non-RIV files typed (a table of contents and a job description; seen only
    # because this assertion printed them, not tuned on)
    assert len(wrongly_typed) <= UNRELATED_TYPED.get(name, 0), name
