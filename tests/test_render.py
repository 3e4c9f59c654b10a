"""Templates: packaged ones render under StrictUndefined, user overrides win, the fetcher stays offline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest

from wia_dossier.build import end_of_wachttijd
from wia_dossier.errors import ConfigError
from wia_dossier.render import TemplateRenderer, format_date, mask_bsn, packaged_template_dir


def test_packaged_templates_found() -> None:
    d = packaged_template_dir()
    for name in (
        "bundle.html.j2",
        "cover.html.j2",
        "index.html.j2",
        "email.html.j2",
        "docx.html.j2",
        "style.css",
    ):
        assert (d / name).is_file(), name


def test_mask_bsn() -> None:
    assert mask_bsn("123456782") == "*****6782"
    assert mask_bsn("123456782", full=True) == "123456782"
    assert mask_bsn(None) == ""


def test_dates() -> None:
    assert format_date(dt.date(2025, 3, 5)) == "05-03-2025"
    assert format_date(dt.date(2025, 3, 5), long=True) == "5 maart 2025"
    assert format_date(dt.date(2025, 3, 5), "en", long=True) == "5 March 2025"
    assert end_of_wachttijd(dt.date(2025, 1, 13)) == dt.date(2027, 1, 10)


def _mail_ctx() -> dict[str, object]:
    return {
        "sender": "a@b.nl",
        "to": "c@d.nl",
        "cc": "",
        "date": "1-1-2025",
        "subject": "Onderwerp <b>",
        "body": "Tekst & meer",
        "attachments": [],
        "source_name": "m.eml",
    }


def test_email_renders_and_escapes(tmp_path: Path) -> None:
    r = TemplateRenderer()
    html = r.render_html("email.html.j2", _mail_ctx())
    assert "Onderwerp &lt;b&gt;" in html and "Tekst &amp; meer" in html
    pdf = tmp_path / "m.pdf"
    pdf.write_bytes(r.render_pdf("email.html.j2", _mail_ctx()))
    assert "Onderwerp <b>" in pypdf.PdfReader(pdf).pages[0].extract_text()


def test_user_template_overrides_by_name(tmp_path: Path) -> None:
    (tmp_path / "email.html.j2").write_text("<p>Eigen sjabloon {{ subject }}</p>", encoding="utf-8")
    html = TemplateRenderer(tmp_path).render_html("email.html.j2", _mail_ctx())
    assert html.startswith("<p>Eigen sjabloon")


def test_missing_field_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "email.html.j2").write_text("{{ nonsense }}", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        TemplateRenderer(tmp_path).render_html("email.html.j2", _mail_ctx())
    assert exc.value.exit_code == 3


def test_syntax_error_names_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "email.html.j2").write_text("ok\n{% if %}", encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        TemplateRenderer(tmp_path).render_html("email.html.j2", _mail_ctx())
    assert "regel 2" in str(exc.value)


def test_fetcher_refuses_network_and_outside_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import urllib.request

    def no_network(*a: object, **k: object) -> None:
        raise AssertionError("network access attempted")

    monkeypatch.setattr(urllib.request.OpenerDirector, "open", no_network)
    secret = tmp_path / "secret.png"
    secret.write_bytes(b"\x89PNG")
    tpl = tmp_path / "tpl"
    tpl.mkdir()
    r = TemplateRenderer(tpl)
    html = (
        f'<img src="https://example.com/x.png"><img src="{secret.as_uri()}">'
        '<link rel="stylesheet" href="http://example.com/a.css"><p>x</p>'
    )
    pdf = r.html_to_pdf(html)  # renders, with the resources refused
    assert pdf.startswith(b"%PDF")
    fetcher_allowed = r.allowed_dirs
    assert tpl.resolve() in [d.resolve() for d in fetcher_allowed]


def test_fetcher_serves_files_of_the_template_folder(tmp_path: Path) -> None:
    from wia_dossier.render import _make_fetcher

    tpl = tmp_path / "tpl"
    tpl.mkdir()
    (tpl / "logo.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    outside = tmp_path / "outside.txt"
    outside.write_text("x", encoding="utf-8")
    f = _make_fetcher([tpl, packaged_template_dir()])
    assert f.fetch((tpl / "logo.svg").as_uri()) is not None
    assert f.fetch((tpl / "style.css").as_uri()) is not None  # falls back to the packaged one
    for url in ("https://example.com/", "ftp://x/y", outside.as_uri(), (tpl / "../outside.txt").as_uri()):
        with pytest.raises(ValueError):
            f.fetch(url)
