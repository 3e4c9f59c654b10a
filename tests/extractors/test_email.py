"""E-mail: headers, body, attachments (nested mails too), and broken input that must not crash."""

from __future__ import annotations

from email.message import EmailMessage

from _builders import make_pdf

from wia_dossier.model import Kind, Status


def _mail(subject: str = "Plan van aanpak getekend") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Casemanager <cm@voorbeeld.nl>"
    msg["To"] = "j.devries@example.nl"
    msg["Cc"] = "arbodienst@example.nl"
    msg["Subject"] = subject
    msg["Date"] = "Wed, 05 Mar 2025 10:22:00 +0100"
    msg.set_content("Beste Jan,\n\nHierbij het getekende plan van aanpak.\n\nGroet,\nCasemanager")
    return msg


def test_headers_body_and_attachment(run_extract):
    msg = _mail()
    msg.add_alternative("<html><body><p>HTML-versie</p></body></html>", subtype="html")
    msg.add_attachment(make_pdf(["Plan van aanpak\nx"]), maintype="application", subtype="pdf", filename="PvA.pdf")
    result = run_extract(msg.as_bytes(), "mail/pva.eml")
    assert result.status is Status.OK
    assert result.kind is Kind.EMAIL
    assert result.facts["from"] == "Casemanager <cm@voorbeeld.nl>"
    assert result.facts["to"] == "j.devries@example.nl"
    assert result.facts["cc"] == "arbodienst@example.nl"
    assert result.facts["date"] == "2025-03-05"
    assert result.facts["subject"] == "Plan van aanpak getekend"
    assert "getekende plan van aanpak" in result.text
    assert "HTML-versie" not in result.text  # plain text preferred
    assert result.title_zone.startswith("Plan van aanpak getekend\nBeste Jan,")
    assert [a.name for a in result.attachments] == ["PvA.pdf"]
    assert result.attachments[0].data.startswith(b"%PDF-")


def test_html_only_body_is_stripped(run_extract):
    msg = _mail()
    msg.set_content(
        "<html><head><style>p{color:red}</style><script>alert('x')</script></head>"
        "<body><p>Uitnodiging&nbsp;voortgangsgesprek</p><p>Met vriendelijke groet</p></body></html>",
        subtype="html",
    )
    result = run_extract(msg.as_bytes(), "m.eml")
    assert "Uitnodiging voortgangsgesprek" in result.text
    assert "alert" not in result.text and "color" not in result.text


def test_nested_rfc822_becomes_eml_attachment(run_extract):
    inner = _mail("Eindevaluatie")
    inner.add_attachment(make_pdf(["Eindevaluatie\nx"]), maintype="application", subtype="pdf", filename="ev.pdf")
    outer = _mail("Fwd: Eindevaluatie")
    outer.add_attachment(inner)
    result = run_extract(outer.as_bytes(), "doorgestuurd.eml")
    assert [a.name for a in result.attachments] == ["Eindevaluatie.eml"]
    nested = run_extract(result.attachments[0].data, "Eindevaluatie.eml")
    assert nested.status is Status.OK
    assert nested.facts["subject"] == "Eindevaluatie"
    assert [a.name for a in nested.attachments] == ["ev.pdf"]


def test_non_utf8_body(run_extract):
    raw = (
        b"From: werkgever@example.nl\r\nTo: a@example.nl\r\nSubject: =?iso-8859-1?q?Re=EFntegratie?=\r\n"
        b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
        b"Content-Transfer-Encoding: 8bit\r\n\r\nRe\xefntegratie na de ziekmelding, caf\xe9.\r\n"
    )
    result = run_extract(raw, "r.eml")
    assert result.facts["subject"] == "Reïntegratie"
    assert "Reïntegratie na de ziekmelding, café." in result.text


def test_undeclared_and_unknown_charsets_do_not_crash(run_extract):
    raw = (
        b"From: a@example.nl\r\nSubject: test\r\nContent-Type: text/plain; charset=x-onzin-42\r\n"
        b"\r\nProbleemanalyse \xe9\xff\xfe\r\n"
    )
    result = run_extract(raw, "x.eml")
    assert result.status is Status.OK
    assert "Probleemanalyse" in result.text
    undeclared = b"From: a@example.nl\r\nSubject: test\r\n\r\nPlan van aanpak, co\xf6rdinatie\r\n"
    assert "coördinatie" in run_extract(undeclared, "y.eml").text


def test_broken_mime_never_raises(run_extract):
    raw = (
        b"From: a@example.nl\r\nSubject: kapot\r\nDate: gisteren ergens\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="XYZ"\r\n\r\n--XYZ\r\nContent-Type: text/plain\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!geen base64!!!\r\n--XYZ\r\n"
        b'Content-Type: application/pdf; name="a.pdf"\r\n'
        b'Content-Disposition: attachment; filename="a.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK"  # no closing boundary
    )
    result = run_extract(raw, "kapot.eml")
    assert result.status is Status.OK
    assert result.facts["date_raw"] == "gisteren ergens"
    assert "date" not in result.facts
    assert [a.name for a in result.attachments] == ["a.pdf"]


def test_duplicate_attachment_names_are_kept(run_extract):
    msg = _mail()
    for _ in range(2):
        msg.add_attachment(b"%PDF-1.4 x", maintype="application", subtype="pdf", filename="scan.pdf")
    result = run_extract(msg.as_bytes(), "m.eml")
    assert [a.name for a in result.attachments] == ["scan.pdf", "scan.pdf"]  # scan.expand_attachments renames


def test_damaged_msg_is_unreadable_with_reason(run_extract):
    # .msg files are read (test_msg.py); an OLE header with only a stream name in it is a damaged one
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504) + "__substg1.0_0037001F".encode("utf-16-le")
    result = run_extract(ole, "bericht.msg")
    assert result.status is Status.UNREADABLE
    assert result.kind is Kind.EMAIL
    assert result.error == "Outlook-bericht heeft een kapotte opbouw"
    # the stream names decide, not the extension
    assert run_extract(ole, "bericht.doc").error == "Outlook-bericht heeft een kapotte opbouw"


def test_plain_text_not_mistaken_for_mail(run_extract):
    result = run_extract(b"Notities gesprek 5 maart\nAfspraak: volgende week bellen.\n", "notities.txt")
    assert result.kind is Kind.TEXT
    assert result.status is Status.OK
