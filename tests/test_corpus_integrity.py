"""The labelled corpus (tests/corpus) and the sample cases are consistent with their labels.

These tests check the test data, not the tool: every label points at a file (or an e-mail
member), every file has a label, the type ids are CONTRACT.md ids, the splits and dates are
well-formed, and every BSN printed in the generated text passes the elfproef (except the one
planted in samples/dossier-bakker). The same checks, plus a size cap, run on the holdouts
tests/corpus9, tests/corpus10 and tests/corpus11 (read only through their labels and extracted text, never their classification).
"""

from __future__ import annotations

import csv
import datetime as dt
import email
import re
from email.message import Message
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "corpus"
FILES = CORPUS / "files"
LABELS = CORPUS / "labels.csv"

CONTRACT_TYPES = {
    "probleemanalyse",
    "bijstelling_probleemanalyse",
    "plan_van_aanpak",
    "bijstelling_plan_van_aanpak",
    "tussentijdse_evaluatie",
    "eerstejaarsevaluatie",
    "actueel_oordeel",
    "eindevaluatie",
    "oordeel_werknemer",
    "medische_informatie",
    "arbeidsdeskundig_rapport",
    "inzetbaarheidsprofiel",
    "trajectplan_tweede_spoor",
    "voortgangsrapportage_tweede_spoor",
    "eindrapportage_tweede_spoor",
    "deskundigenoordeel",
    "ziekmelding_uwv",
    "uwv_correspondentie",
}

# a BSN label followed by a 9-digit number written plain, with dots (1234.56.789) or spaces (123 456 789)
BSN_RE = re.compile(
    r"(?:BSN|Burgerservicenummer|Sofinummer/BSN|Citizen service no\. \(BSN\))\s*(?:werknemer)?\s*[:|]?\s*"
    r"(\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3}|\d{9})\b",
    re.IGNORECASE,
)


def bsn_valid(raw: str) -> bool:
    s = "".join(ch for ch in raw if ch.isdigit())
    if len(s) not in (8, 9):
        return False
    s = s.zfill(9)
    if s == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(s, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=True)) % 11 == 0


def load_rows() -> list[dict[str, str]]:
    with LABELS.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


def disk_files() -> set[str]:
    return {p.relative_to(FILES).as_posix() for p in FILES.rglob("*") if p.is_file()}


def _member(msg: Message, name: str) -> Message | None:
    for part in msg.walk():
        if part is msg:
            continue
        if part.get_filename() == name:
            return part
    return None


def resolve(path: str, files: Path = FILES) -> bytes | Message:
    """Bytes of a labelled path; ``a.eml::b.eml::c.pdf`` walks into (nested) e-mails."""
    first, *members = path.split("::")
    data: bytes | Message = (files / first).read_bytes()
    for name in members:
        msg = email.message_from_bytes(data) if isinstance(data, bytes) else data
        part = _member(msg, name)
        assert part is not None, f"{name!r} not found in {path}"
        if part.get_content_type() == "message/rfc822":
            data = part.get_payload(0)
        else:
            data = part.get_payload(decode=True)
    return data


@pytest.fixture(scope="module")
def rows() -> list[dict[str, str]]:
    return load_rows()


def test_every_label_exists(rows: list[dict[str, str]]) -> None:
    for r in rows:
        assert resolve(r["path"]), r["path"]


def test_every_file_is_labelled(rows: list[dict[str, str]]) -> None:
    labelled = {r["path"] for r in rows if "::" not in r["path"]}
    assert disk_files() == labelled


def test_types_splits_dates(rows: list[dict[str, str]]) -> None:
    seen_paths: set[str] = set()
    for r in rows:
        assert r["path"] not in seen_paths, f"duplicate label {r['path']}"
        seen_paths.add(r["path"])
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] in {"dev", "holdout"}, r
        assert r["path"].startswith(r["split"] + "/"), r
        if r["date"]:
            dt.date.fromisoformat(r["date"])


def test_coverage(rows: list[dict[str, str]]) -> None:
    assert len(disk_files()) >= 110
    assert {r["type"] for r in rows if r["type"]} == CONTRACT_TYPES
    holdout = [r for r in rows if r["split"] == "holdout"]
    assert len(holdout) * 3 >= len(rows)
    # every type is in both splits
    for split in ("dev", "holdout"):
        assert {r["type"] for r in rows if r["split"] == split and r["type"]} == CONTRACT_TYPES, split
    # at least 4 house styles (distinct notes' case/style) per type
    for t in CONTRACT_TYPES:
        cases = {r["note"].split(";")[0] for r in rows if r["type"] == t}
        assert len(cases) >= 4, t


def _text(path: Path | str, data: bytes | Message | None = None) -> str:
    name = str(path).lower()
    if isinstance(data, Message):
        return "\n".join(
            p.get_payload(decode=True).decode("utf-8", "replace")
            for p in data.walk()
            if p.get_content_type() == "text/plain"
        )
    raw = data if data is not None else Path(path).read_bytes()
    if name.endswith(".pdf"):
        import io

        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(raw))
        if reader.is_encrypted:
            return ""
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    if name.endswith(".docx"):
        import io

        import docx

        doc = docx.Document(io.BytesIO(raw))
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            for row in t.rows:
                parts += [c.text for c in row.cells]
        for s in doc.sections:
            parts += [p.text for p in s.header.paragraphs]
        return "\n".join(parts)
    if name.endswith((".txt", ".eml")):
        if name.endswith(".eml"):
            return _text(name, email.message_from_bytes(raw))
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:  # a Notepad file in Windows-1252 (tests/corpus10)
            return raw.decode("cp1252")
    return ""


def _all_texts(base: Path) -> list[tuple[str, str]]:
    out = []
    for p in sorted(base.rglob("*")):
        if not p.is_file():
            continue
        out.append((p.relative_to(base).as_posix(), _text(p)))
        if p.suffix == ".eml":
            msg = email.message_from_bytes(p.read_bytes())
            for part in msg.walk():
                fn = part.get_filename()
                if fn and part.get_content_type() != "message/rfc822":
                    out.append((f"{p.name}::{fn}", _text(fn, part.get_payload(decode=True))))
    return out


def test_corpus_bsns_pass_elfproef() -> None:
    found = 0
    for rel, text in _all_texts(FILES):
        for m in BSN_RE.finditer(text):
            found += 1
            assert bsn_valid(m.group(1)), f"{rel}: BSN {m.group(1)} fails the elfproef"
    assert found > 50  # the regex really sees the BSNs


def test_sample_bsns() -> None:
    devries = ROOT / "samples" / "dossier-de-vries"
    bsns = {m.group(1) for _, t in _all_texts(devries) for m in BSN_RE.finditer(t)}
    assert bsns and all(bsn_valid(b) for b in bsns)
    assert len({re.sub(r"\D", "", b) for b in bsns}) == 1  # one employee, one BSN
    bakker = {
        re.sub(r"\D", "", m.group(1))
        for _, t in _all_texts(ROOT / "samples" / "dossier-bakker")
        for m in BSN_RE.finditer(t)
    }
    assert len(bakker) == 3  # the real one, another valid one, and one planted invalid one
    assert sum(not bsn_valid(b) for b in bakker) == 1


# ---- tests/corpus9: the untouched holdout of session 5 (other producers: LibreOffice, WeasyPrint, scans)

CORPUS9 = ROOT / "tests" / "corpus9"
FILES9 = CORPUS9 / "files"


@pytest.fixture(scope="module")
def rows9() -> list[dict[str, str]]:
    with (CORPUS9 / "labels.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


def test_corpus9_labels_and_files(rows9: list[dict[str, str]]) -> None:
    paths = [r["path"] for r in rows9]
    assert len(paths) == len(set(paths)), "duplicate label"
    for p in paths:
        assert resolve(p, FILES9), p
    on_disk = {q.relative_to(FILES9).as_posix() for q in FILES9.rglob("*") if q.is_file()}
    # every file is labelled, except a mail that only carries labelled attachments (its members are)
    expected = {p for p in paths if "::" not in p} | {p.split("::")[0] for p in paths if "::" in p}
    assert on_disk == expected
    # each top folder is one case and holds at least one file itself (corpus_eval's case rule)
    for case in (c for c in FILES9.iterdir() if c.is_dir()):
        assert any(x.is_file() for x in case.iterdir()), case


def test_corpus9_types_and_dates(rows9: list[dict[str, str]]) -> None:
    assert 90 <= len(rows9) <= 110
    for r in rows9:
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] == "holdout", r
        assert bool(r["date"]) == bool(r["type"]), r  # a date for every RIV document, none for other papers
        if r["date"]:
            dt.date.fromisoformat(r["date"])
    assert sum(r["type"] == "medische_informatie" for r in rows9) >= 4
    assert {r["type"] for r in rows9 if r["type"]} == CONTRACT_TYPES


def test_corpus9_bsns_pass_elfproef() -> None:
    found = 0
    for rel, text in _all_texts(FILES9):
        for m in BSN_RE.finditer(text):
            found += 1
            assert bsn_valid(m.group(1)), f"{rel}: BSN {m.group(1)} fails the elfproef"
    assert found > 50


def test_corpus9_size() -> None:
    total = sum(p.stat().st_size for p in CORPUS9.rglob("*") if p.is_file())
    assert total < 5_000_000, f"tests/corpus9 is {total / 1e6:.1f} MB"
    assert max(p.stat().st_size for p in FILES9.rglob("*") if p.is_file()) < 1_000_000


# ---- tests/corpus10: the untouched holdout of session 6 (troff/Ghostscript, an own PDF writer, LibreOffice's
# HTML import, Word content controls, saved web pages, fax TIFFs, screenshots, Gmail/Apple Mail/Thunderbird)

CORPUS10 = ROOT / "tests" / "corpus10"
FILES10 = CORPUS10 / "files"


@pytest.fixture(scope="module")
def rows10() -> list[dict[str, str]]:
    with (CORPUS10 / "labels.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


def test_corpus10_labels_and_files(rows10: list[dict[str, str]]) -> None:
    paths = [r["path"] for r in rows10]
    assert len(paths) == len(set(paths)), "duplicate label"
    for p in paths:
        assert resolve(p, FILES10), p
    on_disk = {q.relative_to(FILES10).as_posix() for q in FILES10.rglob("*") if q.is_file()}
    # every file is labelled, except a mail that only carries labelled attachments (its members are)
    expected = {p for p in paths if "::" not in p} | {p.split("::")[0] for p in paths if "::" in p}
    assert on_disk == expected
    # each top folder is one case and holds at least one file itself (corpus_eval's case rule)
    cases = [c for c in FILES10.iterdir() if c.is_dir()]
    assert 5 <= len(cases) <= 6
    for case in cases:
        assert any(x.is_file() for x in case.iterdir()), case


def test_corpus10_types_and_dates(rows10: list[dict[str, str]]) -> None:
    assert 90 <= len(rows10) <= 110
    for r in rows10:
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] == "holdout", r
        assert bool(r["date"]) == bool(r["type"]), r  # a date for every RIV document, none for other papers
        if r["date"]:
            dt.date.fromisoformat(r["date"])
    assert sum(r["type"] == "medische_informatie" for r in rows10) >= 4
    assert {r["type"] for r in rows10 if r["type"]} == CONTRACT_TYPES


def test_corpus10_bsns_pass_elfproef() -> None:
    found = 0
    for rel, text in _all_texts(FILES10):
        for m in BSN_RE.finditer(text):
            found += 1
            assert bsn_valid(m.group(1)), f"{rel}: BSN {m.group(1)} fails the elfproef"
    assert found > 50


def test_corpus10_size() -> None:
    total = sum(p.stat().st_size for p in CORPUS10.rglob("*") if p.is_file())
    assert total < 5_000_000, f"tests/corpus10 is {total / 1e6:.1f} MB"
    assert max(p.stat().st_size for p in FILES10.rglob("*") if p.is_file()) < 1_000_000


# ---- tests/corpus11: the untouched holdout of session 7 (fpdf2 own layouts, python-docx, LibreOffice docx->pdf,
# pdftoppm+Pillow scans, stdlib e-mails)

CORPUS11 = ROOT / "tests" / "corpus11"
FILES11 = CORPUS11 / "files"


@pytest.fixture(scope="module")
def rows11() -> list[dict[str, str]]:
    with (CORPUS11 / "labels.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


def test_corpus11_labels_and_files(rows11: list[dict[str, str]]) -> None:
    paths = [r["path"] for r in rows11]
    assert len(paths) == len(set(paths)), "duplicate label"
    for p in paths:
        assert resolve(p, FILES11), p
    on_disk = {q.relative_to(FILES11).as_posix() for q in FILES11.rglob("*") if q.is_file()}
    # every file is labelled, except a mail that only carries labelled attachments (its members are)
    expected = {p for p in paths if "::" not in p} | {p.split("::")[0] for p in paths if "::" in p}
    assert on_disk == expected
    # each top folder is one case and holds at least one file itself (corpus_eval's case rule)
    cases = [c for c in FILES11.iterdir() if c.is_dir()]
    assert len(cases) == 4
    for case in cases:
        assert any(x.is_file() for x in case.iterdir()), case


def test_corpus11_types_and_dates(rows11: list[dict[str, str]]) -> None:
    assert 60 <= len(rows11) <= 80
    for r in rows11:
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] == "holdout", r
        assert bool(r["date"]) == bool(r["type"]), r  # a date for every RIV document, none for other papers
        if r["date"]:
            dt.date.fromisoformat(r["date"])
    assert 4 <= sum(r["type"] == "medische_informatie" for r in rows11) <= 6
    assert {r["type"] for r in rows11 if r["type"]} == CONTRACT_TYPES


def test_corpus11_bsns_pass_elfproef() -> None:
    found = 0
    for rel, text in _all_texts(FILES11):
        for m in BSN_RE.finditer(text):
            found += 1
            assert bsn_valid(m.group(1)), f"{rel}: BSN {m.group(1)} fails the elfproef"
    assert found > 30


def test_corpus11_size() -> None:
    total = sum(p.stat().st_size for p in CORPUS11.rglob("*") if p.is_file())
    assert total < 3_500_000, f"tests/corpus11 is {total / 1e6:.1f} MB"
    assert max(p.stat().st_size for p in FILES11.rglob("*") if p.is_file()) < 1_000_000


# ---- tests/corpus12: the untouched holdout of session 8 (headless Chromium prints and a screenshot, own
# PostScript through Ghostscript, hand-written ODT/RTF/HTML through LibreOffice, ODT and OOXML kept as they are,
# rotated/2-up/dot-matrix scans and phone photos, raw Outlook/Apple Mail/Thunderbird e-mails)

CORPUS12 = ROOT / "tests" / "corpus12"
FILES12 = CORPUS12 / "files"


@pytest.fixture(scope="module")
def rows12() -> list[dict[str, str]]:
    with (CORPUS12 / "labels.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


def test_corpus12_labels_and_files(rows12: list[dict[str, str]]) -> None:
    paths = [r["path"] for r in rows12]
    assert len(paths) == len(set(paths)), "duplicate label"
    for p in paths:
        assert resolve(p, FILES12), p
    on_disk = {q.relative_to(FILES12).as_posix() for q in FILES12.rglob("*") if q.is_file()}
    # every file is labelled, except a mail that only carries labelled attachments (its members are)
    expected = {p for p in paths if "::" not in p} | {p.split("::")[0] for p in paths if "::" in p}
    assert on_disk == expected
    # each top folder is one case and holds at least one file itself (corpus_eval's case rule)
    cases = [c for c in FILES12.iterdir() if c.is_dir()]
    assert len(cases) == 5
    for case in cases:
        assert any(x.is_file() for x in case.iterdir()), case
    # the note is case;producer;trap
    for r in rows12:
        assert len(r["note"].split(";")) == 3, r


def test_corpus12_types_and_dates(rows12: list[dict[str, str]]) -> None:
    assert 75 <= len(rows12) <= 90
    for r in rows12:
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] == "holdout", r
        assert bool(r["date"]) == bool(r["type"]), r  # a date for every RIV document, none for other papers
        if r["date"]:
            assert dt.date(2023, 1, 1) <= dt.date.fromisoformat(r["date"]) <= dt.date(2026, 12, 31), r
    riv = sum(bool(r["type"]) for r in rows12)
    assert 0.80 <= riv / len(rows12) <= 0.90
    assert 4 <= sum(r["type"] == "medische_informatie" for r in rows12) <= 6
    assert {r["type"] for r in rows12 if r["type"]} == CONTRACT_TYPES


def test_corpus12_bsns_pass_elfproef() -> None:
    found = 0
    for rel, text in _all_texts(FILES12):
        for m in BSN_RE.finditer(text):
            found += 1
            assert bsn_valid(m.group(1)), f"{rel}: BSN {m.group(1)} fails the elfproef"
    assert found > 30


def test_corpus12_mail_domains_are_invented() -> None:
    for p in FILES12.rglob("*.eml"):
        msg = email.message_from_bytes(p.read_bytes())
        for part in [msg] + [q.get_payload(0) for q in msg.walk() if q.get_content_type() == "message/rfc822"]:
            for h in ("From", "To", "Cc"):
                for addr in re.findall(r"[\w.+-]+@([\w.-]+)", str(part.get(h, ""))):
                    assert addr.endswith(".example"), f"{p.name}: {addr}"


def test_corpus12_size() -> None:
    total = sum(p.stat().st_size for p in CORPUS12.rglob("*") if p.is_file())
    assert total < 4_000_000, f"tests/corpus12 is {total / 1e6:.1f} MB"
    assert max(p.stat().st_size for p in FILES12.rglob("*") if p.is_file()) < 1_000_000


# ---- tests/corpus13: the untouched holdout of session 9 (wkhtmltopdf, librsvg/cairo SVG, LibreOffice Writer
# flat-ODT exports to DOCX/DOC/RTF/PDF with tracked changes, comments, text boxes and merged cells, LibreOffice Calc
# spreadsheet forms, AcroForm fields filled by pypdf, MuPDF-rendered fax scans, a tesseract searchable PDF,
# phone photos, Lotus Notes/Outlook/Gmail/Roundcube-shaped e-mails)

CORPUS13 = ROOT / "tests" / "corpus13"
FILES13 = CORPUS13 / "files"


@pytest.fixture(scope="module")
def rows13() -> list[dict[str, str]]:
    with (CORPUS13 / "labels.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


def test_corpus13_labels_and_files(rows13: list[dict[str, str]]) -> None:
    paths = [r["path"] for r in rows13]
    assert len(paths) == len(set(paths)), "duplicate label"
    for p in paths:
        assert resolve(p, FILES13), p
    on_disk = {q.relative_to(FILES13).as_posix() for q in FILES13.rglob("*") if q.is_file()}
    # every file is labelled, except a mail that only carries labelled attachments (its members are)
    expected = {p for p in paths if "::" not in p} | {p.split("::")[0] for p in paths if "::" in p}
    assert on_disk == expected
    # each top folder is one case and holds at least one file itself (corpus_eval's case rule)
    cases = [c for c in FILES13.iterdir() if c.is_dir()]
    assert len(cases) == 5
    for case in cases:
        assert any(x.is_file() for x in case.iterdir()), case
    # the note is case;producer;trap
    for r in rows13:
        assert len(r["note"].split(";")) == 3, r


def test_corpus13_types_and_dates(rows13: list[dict[str, str]]) -> None:
    assert 75 <= len(rows13) <= 90
    for r in rows13:
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] == "holdout", r
        assert bool(r["date"]) == bool(r["type"]), r  # a date for every RIV document, none for other papers
        if r["date"]:
            assert dt.date(2023, 1, 1) <= dt.date.fromisoformat(r["date"]) <= dt.date(2026, 12, 31), r
    riv = sum(bool(r["type"]) for r in rows13)
    assert 0.80 <= riv / len(rows13) <= 0.90
    assert 4 <= sum(r["type"] == "medische_informatie" for r in rows13) <= 6
    assert {r["type"] for r in rows13 if r["type"]} == CONTRACT_TYPES


def test_corpus13_bsns_pass_elfproef() -> None:
    found = 0
    for rel, text in _all_texts(FILES13):
        for m in BSN_RE.finditer(text):
            found += 1
            assert bsn_valid(m.group(1)), f"{rel}: BSN {m.group(1)} fails the elfproef"
    assert found > 30


def test_corpus13_one_bsn_per_case() -> None:
    for case in FILES13.iterdir():
        bsns = {re.sub(r"\D", "", m.group(1)) for _, t in _all_texts(case) for m in BSN_RE.finditer(t)}
        assert len(bsns) == 1, (case.name, bsns)


def test_corpus13_mail_domains_are_invented() -> None:
    for p in FILES13.rglob("*.eml"):
        msg = email.message_from_bytes(p.read_bytes())
        for part in [msg] + [q.get_payload(0) for q in msg.walk() if q.get_content_type() == "message/rfc822"]:
            for h in ("From", "To", "Cc"):
                for addr in re.findall(r"[\w.+-]+@([\w.-]+)", str(part.get(h, ""))):
                    assert addr.endswith(".example"), f"{p.name}: {addr}"


def test_corpus13_size() -> None:
    total = sum(p.stat().st_size for p in CORPUS13.rglob("*") if p.is_file())
    assert total < 4_300_000, f"tests/corpus13 is {total / 1e6:.1f} MB"
    assert max(p.stat().st_size for p in FILES13.rglob("*") if p.is_file()) < 1_000_000


# ---- tests/corpus14: the untouched holdout of session 10 (groff + Ghostscript, LibreOffice from .txt/.csv,
# Markdown and plain-text notes, HTML/plain e-mails, Pillow phone photos and a handwriting-style note; the
# wording of each type differs per case and writer)

CORPUS14 = ROOT / "tests" / "corpus14"
FILES14 = CORPUS14 / "files"


@pytest.fixture(scope="module")
def rows14() -> list[dict[str, str]]:
    with (CORPUS14 / "labels.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


def _text14(name: str, raw: bytes) -> str:
    name = name.lower()
    if name.endswith((".md", ".txt")):
        return raw.decode("utf-8")
    if name.endswith(".eml"):
        msg = email.message_from_bytes(raw)
        parts = []
        for p in msg.walk():
            if p.get_content_type() in ("text/plain", "text/html"):
                parts.append(re.sub(r"<[^>]+>", " ", p.get_payload(decode=True).decode("utf-8", "replace")))
            elif p.get_filename():
                parts.append(_text14(p.get_filename(), p.get_payload(decode=True)))
        return "\n".join(parts)
    return _text(name, raw)


def test_corpus14_labels_and_files(rows14: list[dict[str, str]]) -> None:
    paths = [r["path"] for r in rows14]
    assert len(paths) == len(set(paths)), "duplicate label"
    for p in paths:
        assert resolve(p, FILES14), p
    on_disk = {q.relative_to(FILES14).as_posix() for q in FILES14.rglob("*") if q.is_file()}
    expected = {p for p in paths if "::" not in p} | {p.split("::")[0] for p in paths if "::" in p}
    assert on_disk == expected
    cases = [c for c in FILES14.iterdir() if c.is_dir()]
    assert len(cases) == 4
    for case in cases:
        assert any(x.is_file() for x in case.iterdir()), case
    for r in rows14:
        assert len(r["note"].split(";")) == 3, r


def test_corpus14_types_and_dates(rows14: list[dict[str, str]]) -> None:
    assert 55 <= len(rows14) <= 70
    for r in rows14:
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] == "holdout", r
        assert bool(r["date"]) == bool(r["type"]), r
        if r["date"]:
            assert dt.date(2023, 1, 1) <= dt.date.fromisoformat(r["date"]) <= dt.date(2026, 12, 31), r
    riv = sum(bool(r["type"]) for r in rows14)
    assert 0.80 <= riv / len(rows14) <= 0.90
    assert sum(r["type"] == "medische_informatie" for r in rows14) >= 4
    assert {r["type"] for r in rows14 if r["type"]} == CONTRACT_TYPES


def test_corpus14_bsns_pass_elfproef_one_per_case() -> None:
    found = 0
    for case in FILES14.iterdir():
        bsns = set()
        for p in case.rglob("*"):
            if p.is_file():
                for m in BSN_RE.finditer(_text14(p.name, p.read_bytes())):
                    found += 1
                    assert bsn_valid(m.group(1)), f"{p.name}: BSN {m.group(1)} fails the elfproef"
                    bsns.add(re.sub(r"\D", "", m.group(1)))
        assert len(bsns) == 1, (case.name, bsns)
    assert found > 30


def test_corpus14_mail_domains_are_invented() -> None:
    for p in FILES14.rglob("*.eml"):
        msg = email.message_from_bytes(p.read_bytes())
        for h in ("From", "To", "Cc"):
            for addr in re.findall(r"[\w.+-]+@([\w.-]+)", str(msg.get(h, ""))):
                assert addr.endswith(".example"), f"{p.name}: {addr}"


def test_corpus14_size() -> None:
    total = sum(p.stat().st_size for p in CORPUS14.rglob("*") if p.is_file())
    assert total < 3_000_000, f"tests/corpus14 is {total / 1e6:.1f} MB"


# ---- tests/corpus15 and tests/corpus16: the untouched holdouts of session 7 (forms, tables and exports; everyday
# wording by new writers). Same checks as corpus 14; a case may carry a dossier.yaml, which is not labelled.

SESSION7 = ("corpus15", "corpus16", "corpus17", "corpus18", "corpus19", "corpus20", "corpus21", "corpus22", "corpus23", "corpus24", "corpus25", "corpus26", "corpus27", "corpus28", "corpus29", "corpus30", "corpus31", "corpus32", "corpus33")  # and sessions 8-10


def _rows(name: str) -> list[dict[str, str]]:
    with (ROOT / "tests" / name / "labels.csv").open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        assert reader.fieldnames == ["path", "type", "date", "split", "note"]
        return list(reader)


@pytest.mark.parametrize("name", SESSION7)
def test_session7_labels_and_files(name: str) -> None:
    files = ROOT / "tests" / name / "files"
    rows = _rows(name)
    paths = [r["path"] for r in rows]
    assert len(paths) == len(set(paths)), "duplicate label"
    for p in paths:
        assert resolve(p, files), p
    on_disk = {q.relative_to(files).as_posix() for q in files.rglob("*") if q.is_file() and q.name != "dossier.yaml"}
    expected = {p for p in paths if "::" not in p} | {p.split("::")[0] for p in paths if "::" in p}
    assert on_disk == expected
    assert len([c for c in files.iterdir() if c.is_dir()]) == (4 if name in ("corpus18", "corpus19", "corpus20", "corpus21", "corpus22", "corpus23", "corpus24", "corpus25", "corpus26", "corpus27", "corpus28", "corpus29", "corpus30", "corpus31", "corpus32", "corpus33") else 5)
    for r in rows:
        assert len(r["note"].split(";")) >= 3, r
        assert r["type"] == "" or r["type"] in CONTRACT_TYPES, r
        assert r["split"] == "holdout", r
        assert bool(r["date"]) == bool(r["type"]), r
    assert {r["type"] for r in rows if r["type"]} == CONTRACT_TYPES
    assert (45 if name == "corpus18" else 60) <= len(rows) <= 80


@pytest.mark.parametrize("name", SESSION7)
def test_session7_bsns_pass_elfproef_one_per_case(name: str) -> None:
    files = ROOT / "tests" / name / "files"
    found = 0
    for case in (c for c in files.iterdir() if c.is_dir()):
        bsns = set()
        for p in case.rglob("*"):
            if p.is_file() and p.suffix.lower() in (".pdf", ".docx", ".txt", ".md", ".eml"):
                for m in BSN_RE.finditer(_text14(p.name, p.read_bytes())):
                    found += 1
                    assert bsn_valid(m.group(1)), f"{p.name}: BSN {m.group(1)} fails the elfproef"
                    bsns.add(re.sub(r"\D", "", m.group(1)))
        assert len(bsns) <= 1, (case.name, bsns)
    assert found > (10 if name in ("corpus19", "corpus22") else 20)  # these carry many BSNs in scans, photos or form fields


@pytest.mark.parametrize("name", SESSION7)
def test_session7_mail_domains_are_invented_and_size(name: str) -> None:
    folder = ROOT / "tests" / name
    for p in folder.rglob("*.eml"):
        msg = email.message_from_bytes(p.read_bytes())
        for h in ("From", "To", "Cc"):
            for addr in re.findall(r"[\w.+-]+@([\w.-]+)", str(msg.get(h, ""))):
                assert addr.endswith(".example"), f"{p.name}: {addr}"
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    assert total < 3_200_000, f"tests/{name} is {total / 1e6:.1f} MB"
