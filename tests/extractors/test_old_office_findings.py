"""What the report says about a protected .doc and an Outlook message whose text cannot be read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from _cfb import make_doc, make_msg
from test_msg import ENCAPSULATED_HTML, _lzfu, _pva_mail

from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.report import to_json_obj


def _findings(case: Path, code: str) -> list[dict]:
    report = to_json_obj(run_scan(case, ScanOptions(as_of=dt.date(2026, 11, 22))))
    return [f for f in report["findings"] if f["code"] == code]  # type: ignore[index]


def test_a_protected_word_file_is_not_sent_to_password(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "geheim.doc").write_bytes(make_doc(["Probleemanalyse"], encrypted=True))
    [finding] = _findings(case, "encrypted")
    assert finding["path"] == "geheim.doc" and finding["severity"] == "error"
    assert "--password" not in finding["message"]  # it opens PDFs only
    assert "sla het op zonder wachtwoord" in finding["message"]


def test_an_outlook_message_with_unreadable_text_is_reported(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    damaged = bytearray(_lzfu(ENCAPSULATED_HTML))
    damaged[40] ^= 0xFF
    (case / "mail.msg").write_bytes(make_msg(_pva_mail(body=None, rtf_compressed=bytes(damaged))))
    [finding] = [f for f in _findings(case, "damaged_email") if f["path"] == "mail.msg"]
    assert finding["severity"] == "warning"
    assert "Outlook-RTF" in finding["message"] and "sla het op als PDF of .eml" in finding["message"]


def test_a_doc_with_damaged_first_bytes_is_a_damaged_word_file(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    data = bytearray(make_doc(["Probleemanalyse"]))
    data[:8] = b"\x00" * 8  # the compound-file signature is gone
    (case / "PA.doc").write_bytes(bytes(data))
    [finding] = _findings(case, "unreadable")
    assert "beschadigd Word-bestand" in finding["message"] and "zip" not in finding["message"]
