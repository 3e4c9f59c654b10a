"""Outlook .msg and Word 97-2003 .doc in a case folder, as a user meets them: `scan` and `build` through the CLI."""

from __future__ import annotations

import datetime as dt
import email
import hashlib
import json
import shutil
import sys
from email import policy
from pathlib import Path

import pypdf
import pytest
from click.testing import CliRunner
from fpdf import FPDF

from wia_dossier.cli import cli

sys.path.insert(0, str(Path(__file__).parent / "extractors"))
from _cfb import Msg, MsgAttachment, make_doc, make_msg

AS_OF = "2025-06-01"
CORPUS_MAIL = Path(__file__).parent / "corpus" / "files" / "dev" / "glansrijk" / "2025-03-05 mail.eml"
# Fictional people; 111222333 passes the elfproef.
PA_DOC = [
    "Probleemanalyse",
    "Naam werknemer: K. Visser\tBSN: 111222333",
    "Eerste ziektedag: 6 januari 2025",
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: geen zwaar tillen.",
    "Prognose: herstel binnen enkele maanden verwacht. Advies aan werkgever en werknemer: opbouw in eigen werk.",
    "Datum: 3 februari 2025",
    "M. Bakker, bedrijfsarts",
]

BIJSTELLING = [
    "Bijstelling probleemanalyse",
    "Naam werknemer: K. Visser   BSN: 111222333",
    "De beperkingen zijn afgenomen. Advies aan werkgever en werknemer: uitbreiding naar 24 uur per week.",
    "Datum: 1 april 2025",
    "M. Bakker, bedrijfsarts",
]


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(dt.datetime(2025, 1, 1, tzinfo=dt.UTC))
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


PVA_PDF = _pdf([
    "Plan van aanpak", "Naam werknemer: K. Visser   BSN: 111222333",
    "Re-integratiedoel: terugkeer in eigen werk. Casemanager: R. de Wit.",
    "Visie werkgever: opbouw in uren. Visie werknemer: eens met de opbouw.",
    "Evaluatiemomenten: elke zes weken.", "Datum: 14 februari 2025",
])  # fmt: skip


@pytest.fixture
def case(tmp_path: Path) -> Path:
    d = tmp_path / "dossier Visser"
    (d / "mail").mkdir(parents=True)
    (d / "01 PA").mkdir()
    forwarded = Msg(
        subject="Probleemanalyse K. Visser",
        sender_name="M. Bakker",
        sender_email="m.bakker@arbo.example",
        submitted=dt.datetime(2025, 2, 3, 9, tzinfo=dt.UTC),
        body="Zie de bijlage.",
        attachments=[MsgAttachment("scan bijstelling PA.pdf", _pdf(BIJSTELLING))],
    )
    mail = Msg(
        subject="Plan van aanpak K. Visser",
        sender_name="M. Bakker",
        sender_email="m.bakker@arbo-noorderlicht.example",
        to=[("R. de Wit", "r.dewit@voorbeeld-bv.example")],
        submitted=dt.datetime(2025, 3, 4, 23, 30, tzinfo=dt.UTC),  # 5 March in Amsterdam
        html=b"<html><body><p>Beste Rob,</p><p>Hierbij het plan van aanpak.</p><p>M. Bakker, bedrijfsarts</p>"
        b"</body></html>",
        attachments=[
            MsgAttachment("PvA Visser.pdf", PVA_PDF, mime="application/pdf"),
            MsgAttachment(message=forwarded),
        ],
    )
    (d / "mail" / "PvA van de bedrijfsarts.msg").write_bytes(make_msg(mail))
    (d / "mail" / "kapot.msg").write_bytes(make_msg(mail)[:3000])
    (d / "01 PA" / "PA Visser.doc").write_bytes(make_doc(PA_DOC, header="Arbodienst Noorderlicht", pages=1))
    return d


def _state(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest() for p in root.rglob("*") if p.is_file()
    }


def _scan(case: Path, *extra: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["scan", str(case), "--as-of", AS_OF, *extra], catch_exceptions=False)
    return result.exit_code, result.stdout


def test_scan_reads_the_mail_its_attachments_and_the_doc(case: Path) -> None:
    before = _state(case)
    code, out = _scan(case, "--format", "json")
    assert code == 1  # the damaged .msg is an error finding; the run went on
    report = json.loads(out)
    docs = {d["path"]: d for d in report["documents"]}
    mail = docs["mail/PvA van de bedrijfsarts.msg"]
    assert (mail["status"], mail["kind"], mail["date"]) == ("ok", "email", "2025-03-05")
    pva = docs["mail/PvA van de bedrijfsarts.msg::PvA Visser.pdf"]
    assert (pva["type"], pva["date"]) == ("plan_van_aanpak", "2025-02-14")
    nested = docs["mail/PvA van de bedrijfsarts.msg::Probleemanalyse K. Visser.msg"]
    assert (nested["status"], nested["date"]) == ("ok", "2025-02-03")
    bijstelling = docs["mail/PvA van de bedrijfsarts.msg::Probleemanalyse K. Visser.msg::scan bijstelling PA.pdf"]
    assert bijstelling["type"] == "bijstelling_probleemanalyse"
    word = docs["01 PA/PA Visser.doc"]
    assert (word["type"], word["kind"], word["date"], word["status"]) == ("probleemanalyse", "docx", "2025-02-03", "ok")
    assert word["author_role"] == "bedrijfsarts"
    assert docs["mail/kapot.msg"]["status"] == "unreadable"
    (damaged,) = [f for f in report["findings"] if f["path"] == "mail/kapot.msg"]
    assert damaged["code"] == "unreadable" and damaged["severity"] == "error"
    assert "(Outlook-bericht" in damaged["message"] and "Vraag om een nieuwe kopie" in damaged["message"]
    assert report["first_sick_day"] == "2025-01-06"
    assert _state(case) == before  # read-only


def test_text_report_shows_the_mail_and_its_date(case: Path) -> None:
    _, out = _scan(case, "--format", "text")
    line = next(line for line in out.splitlines() if "PvA van de bedrijfsarts.msg " in line)
    assert "05-03-2025" in line and "ok" in line
    assert "mail/PvA van de bedrijfsarts.msg::PvA Visser.pdf" in out


def _eml_as_msg(raw: bytes) -> bytes:
    """The corpus e-mail (oordeel werknemer with the eindevaluatie attached) as Outlook would save it."""
    parsed = email.message_from_bytes(raw, policy=policy.default)
    sender = parsed["from"].addresses[0]
    to = parsed["to"].addresses[0]
    attachments = [
        MsgAttachment(part.get_filename(), part.get_payload(decode=True), mime=part.get_content_type())
        for part in parsed.iter_attachments()
    ]
    return make_msg(Msg(
        subject=str(parsed["subject"]), sender_name=sender.display_name, sender_email=sender.addr_spec,
        to=[(to.display_name, to.addr_spec)], submitted=parsed["date"].datetime.astimezone(dt.UTC),
        body=parsed.get_body(("plain",)).get_content(), attachments=attachments,
    ))  # fmt: skip


def _mail_page(case: Path, out: Path, name: str) -> tuple[str, list[str]]:
    result = CliRunner().invoke(
        cli, ["build", str(case), "-o", str(out), "--draft", "--as-of", AS_OF], catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.output
    page_map = json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))
    paths = [d["path"] for d in page_map["documents"]]
    entry = next(d for d in page_map["documents"] if d["path"] == name)
    text = pypdf.PdfReader(out).pages[entry["pdf_page_index"]].extract_text()
    return text, paths


def test_build_renders_a_msg_like_the_same_eml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    raw = CORPUS_MAIL.read_bytes()
    (tmp_path / "eml").mkdir()
    (tmp_path / "msg").mkdir()
    (tmp_path / "eml" / "2025-03-05 mail.eml").write_bytes(raw)
    (tmp_path / "msg" / "2025-03-05 mail.msg").write_bytes(_eml_as_msg(raw))
    eml_page, eml_paths = _mail_page(tmp_path / "eml", tmp_path / "eml.pdf", "2025-03-05 mail.eml")
    msg_page, msg_paths = _mail_page(tmp_path / "msg", tmp_path / "msg.pdf", "2025-03-05 mail.msg")
    assert "eindevaluatie + mijn reactie" in msg_page and "Anouk Verhoeven" in msg_page
    assert msg_page == eml_page.replace("2025-03-05 mail.eml", "2025-03-05 mail.msg")
    # the attachment (an eindevaluatie) takes its element's place, as for the .eml
    assert msg_paths == [p.replace(".eml", ".msg") for p in eml_paths]
    assert "2025-03-05 mail.msg::EV Verhoeven.pdf" in msg_paths


def _build(case: Path, out: Path) -> dict:
    result = CliRunner().invoke(
        cli, ["build", str(case), "-o", str(out), "--draft", "--as-of", AS_OF], catch_exceptions=False
    )
    assert result.exit_code in (0, 1), result.output
    return json.loads(out.with_suffix(".json").read_text(encoding="utf-8"))


def test_build_without_libreoffice_renders_the_doc_simplified(
    case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("wia_dossier.build.find_soffice", lambda: None)
    before = _state(case)
    page_map = _build(case, tmp_path / "bundel.pdf")
    entry = next(d for d in page_map["documents"] if d["path"] == "01 PA/PA Visser.doc")
    assert entry["converter"] == "docx-simplified"
    text = pypdf.PdfReader(tmp_path / "bundel.pdf").pages[entry["pdf_page_index"]].extract_text()
    assert "Vereenvoudigde weergave" in text and "Naam werknemer: K. Visser" in text
    assert "dreigend langdurig verzuim" in text
    assert _state(case) == before


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
def test_build_converts_the_doc_with_libreoffice(case: Path, tmp_path: Path) -> None:
    page_map = _build(case, tmp_path / "bundel.pdf")
    entry = next(d for d in page_map["documents"] if d["path"] == "01 PA/PA Visser.doc")
    assert entry["converter"] == "libreoffice"
    text = pypdf.PdfReader(tmp_path / "bundel.pdf").pages[entry["pdf_page_index"]].extract_text()
    assert "Probleemanalyse" in text and "Vereenvoudigde weergave" not in text
    pva = next(d for d in page_map["documents"] if d["path"].endswith("::PvA Visser.pdf"))
    assert pva["type"] == "plan_van_aanpak"
