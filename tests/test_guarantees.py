"""Guarantees (issue 7), each proven here: the case folder is never changed, output is written atomically
and outside the case folder, nothing is fetched from the network, templates and e-mail HTML cannot read
files outside their own folder, and no medical text reaches any output, log or cache.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import socket
import stat
from pathlib import Path

import pikepdf
import pytest
from click.testing import CliRunner
from fpdf import FPDF
from pdf_helpers import pdf_text

from wia_dossier.cli import cli

AS_OF = "2025-06-01"
BROKEN = Path(__file__).parent / "data" / "broken"
MEDICAL = (
    "Sertraline",
    "Fibromyalgie",
    "Neuroloog",
)  # planted; sertraline and neuroloog are on the term list
SECRET = "TOPGEHEIM-BUITEN-DE-MAP"


def _pdf(path: Path, title: str, body: str) -> None:
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=18)
    pdf.cell(text=title)
    pdf.ln(14)
    pdf.set_font("helvetica", size=10)
    pdf.multi_cell(w=0, text=body)
    pdf.output(str(path))


def _make_case(root: Path, name: str = "Jansen") -> Path:
    case = root / name
    case.mkdir(parents=True)
    (case / "dossier.yaml").write_text(
        "eerste_ziektedag: 2024-03-04\nwerknemer: {naam: J. Jansen, bsn: '123456782'}\n", encoding="utf-8"
    )
    _pdf(
        case / "Probleemanalyse.pdf",
        "Probleemanalyse",
        "Datum: 20-03-2024\nBedrijfsarts: dr. P. Smit\nBSN 123456782\nBeperkingen en mogelijkheden: geen tillen.",
    )
    _pdf(
        case / "Plan van aanpak.pdf",
        "Plan van aanpak",
        "Datum: 25-04-2024\nWerkgever en werknemer spreken af: opbouw in uren. BSN 123456782\n"
        f"De werknemer gebruikt {MEDICAL[0]} 50 mg per dag en is bij de {MEDICAL[2]} "
        f"geweest voor {MEDICAL[1]}.",
    )
    _pdf(
        case / "Medische informatie.pdf",
        "Medische informatie - medisch geheim",
        f"Datum: 01-05-2024\nDiagnose: {MEDICAL[1]}. Medicatie: {MEDICAL[0]}. Verwezen naar de {MEDICAL[2]}.",
    )
    shutil.copyfile(BROKEN / "remote_html.eml", case / "Verslag mail.eml")
    shutil.copyfile(BROKEN / "truncated.pdf", case / "Bijstelling.pdf")
    os.utime(case / "Plan van aanpak.pdf", ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    return case


def snapshot(folder: Path) -> dict[str, tuple[object, ...]]:
    """Every entry: type, mode, size, mtime (ns) and sha256 (files) or target (symlinks). Not atime."""
    out: dict[str, tuple[object, ...]] = {}
    for dirpath, dirnames, filenames in os.walk(folder, followlinks=False):
        for name in dirnames + filenames:
            p = Path(dirpath) / name
            st = p.lstat()
            rel = p.relative_to(folder).as_posix()
            if stat.S_ISLNK(st.st_mode):
                out[rel] = ("link", str(p.readlink()))
            elif stat.S_ISREG(st.st_mode):
                out[rel] = (
                    "file",
                    st.st_mode,
                    st.st_size,
                    st.st_mtime_ns,
                    hashlib.sha256(p.read_bytes()).hexdigest(),
                )
            else:
                out[rel] = ("dir", st.st_mode, st.st_mtime_ns)
    out["."] = ("root", folder.stat().st_mode, folder.stat().st_mtime_ns)
    return out


def _run(args: list[str]) -> object:
    result = CliRunner().invoke(cli, args, catch_exceptions=False)
    assert result.exit_code in (0, 1), (args, result.output)
    return result


def _has(command: str) -> bool:
    return command in cli.commands  # type: ignore[attr-defined]


# -- the case folder is read-only ---------------------------------------------------------------------


def test_every_command_leaves_the_case_folder_byte_identical(tmp_path: Path) -> None:
    case = _make_case(tmp_path / "cases")
    shutil.copytree(BROKEN, case / "kapot", ignore=shutil.ignore_patterns("*.py", "*.md"))
    before = snapshot(case)
    for fmt in ("text", "json", "markdown"):
        _run(["scan", str(case), "--as-of", AS_OF, "--format", fmt, "-v"])
        assert snapshot(case) == before, f"scan --format {fmt} changed the case folder"
    out = tmp_path / "uit" / "bundel.pdf"
    out.parent.mkdir()
    _run(["build", str(case), "-o", str(out), "--draft", "--as-of", AS_OF, "--split", str(tmp_path / "split")])
    assert snapshot(case) == before, "build changed the case folder"
    assert sorted(p.name for p in out.parent.iterdir()) == ["bundel.json", "bundel.pdf"], "temp files left behind"
    if _has("batch"):
        for fmt in ("text", "csv", "json", "html"):
            _run(
                [
                    "batch",
                    str(case.parent),
                    "--as-of",
                    AS_OF,
                    "--format",
                    fmt,
                    "-j",
                    "1",
                    "--cache-dir",
                    str(tmp_path / "cache"),
                ]
            )
            assert snapshot(case) == before, f"batch --format {fmt} changed the case folder"
    if _has("init"):
        fresh = _make_case(tmp_path / "init", "Nieuw")
        (fresh / "dossier.yaml").unlink()
        before_init = snapshot(fresh)
        _run(["init", str(fresh), "--as-of", AS_OF])
        after = snapshot(fresh)
        assert set(after) - set(before_init) == {"dossier.yaml"}
        assert {k: v for k, v in after.items() if k not in ("dossier.yaml", ".")} == {
            k: v for k, v in before_init.items() if k != "."
        }


def test_build_refuses_to_overwrite_and_leaves_old_output_intact(tmp_path: Path) -> None:
    case = _make_case(tmp_path / "cases")
    out = tmp_path / "bundel.pdf"
    out.write_bytes(b"oude bundel")
    result = CliRunner().invoke(cli, ["build", str(case), "-o", str(out), "--draft", "--as-of", AS_OF])
    assert result.exit_code not in (0, 1)
    assert out.read_bytes() == b"oude bundel"


# -- no network, no files outside ------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    attempts: list[str] = []

    def refuse(*args: object, **kwargs: object) -> None:
        attempts.append(repr(args[:2]))
        raise OSError("network disabled by test_guarantees")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    return attempts


def test_no_network_and_no_local_files_from_templates_or_mail(tmp_path: Path, no_network: list[str]) -> None:
    case = _make_case(tmp_path / "cases")
    (tmp_path / "secret").write_text(SECRET, encoding="utf-8")
    tpl = tmp_path / "huisstijl" / "templates"
    tpl.mkdir(parents=True)
    cover = (Path(__file__).parent.parent / "templates" / "cover.html.j2").read_text(encoding="utf-8")
    (tpl / "cover.html.j2").write_text(
        '<img src="https://cdn.example.com/logo.png"><img src="file:///etc/passwd">'
        '<style>@font-face { font-family: X; src: url("https://fonts.example.com/x.woff2"); }'
        '@import url("https://fonts.example.com/css");</style>' + cover,
        encoding="utf-8",
    )
    # make the HTML mail part of the bundle, so its HTML is rendered
    with (case / "dossier.yaml").open("a", encoding="utf-8") as fh:
        fh.write('overrides:\n  "Verslag mail.eml": tussentijdse_evaluatie\n')
    out = tmp_path / "uit.pdf"
    _run(["scan", str(case), "--as-of", AS_OF])
    _run(["build", str(case), "-o", str(out), "--draft", "--as-of", AS_OF, "--template-dir", str(tpl)])
    if _has("batch"):
        _run(
            [
                "batch",
                str(case.parent),
                "--as-of",
                AS_OF,
                "-j",
                "1",
                "--no-cache",
                "--format",
                "html",
                "-o",
                str(tmp_path / "overzicht.html"),
            ]
        )
    assert no_network == [], f"network access attempted: {no_network}"
    text = pdf_text(out)
    assert "root:x:0:0" not in text and "root:" not in text, "file:///etc/passwd was read into the bundle"
    assert "Verslag voortgangsgesprek" in text  # the HTML mail itself is in the bundle, without its remote parts


def test_template_include_cannot_leave_its_folder(tmp_path: Path) -> None:
    case = _make_case(tmp_path / "cases")
    (tmp_path / "secret").write_text(SECRET, encoding="utf-8")
    tpl = tmp_path / "a" / "b"
    tpl.mkdir(parents=True)
    (tpl / "cover.html.j2").write_text('{% include "../../secret" %}', encoding="utf-8")
    out = tmp_path / "uit.pdf"
    result = CliRunner().invoke(
        cli, ["build", str(case), "-o", str(out), "--draft", "--as-of", AS_OF, "--template-dir", str(tpl)]
    )
    assert result.exit_code == 3, result.output  # a template error names the template
    assert SECRET not in result.output
    assert not out.exists() or SECRET not in pdf_text(out)


# -- privacy: medical text never leaves the documents --------------------------------------------------


def _all_text_under(folder: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _leaks(blob: bytes) -> list[str]:
    low = blob.lower()
    return [w for w in MEDICAL for enc in ("utf-8", "utf-16-le") if w.lower().encode(enc) in low]


def test_medical_words_appear_in_no_output_log_or_cache(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    case = _make_case(tmp_path / "cases")
    caplog.set_level(logging.DEBUG)
    outputs: list[str] = []
    for fmt in ("text", "json", "markdown"):
        outputs.append(_run(["scan", str(case), "--as-of", AS_OF, "--format", fmt, "-v"]).output)  # type: ignore[attr-defined]
    report = json.loads(outputs[1])
    warn = [f for f in report["findings"] if f["code"] == "medical_data" and f["path"] == "Plan van aanpak.pdf"]
    assert warn and warn[0]["severity"] == "warning" and "pagina 1" in warn[0]["message"], report["findings"]
    assert any(f["code"] == "medical_data" and f["path"] == "Medische informatie.pdf" for f in report["findings"])
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    outputs.append(
        _run(
            [
                "build",
                str(case),
                "-o",
                str(out_dir / "b.pdf"),
                "--draft",
                "--as-of",
                AS_OF,
                "-v",
                "--split",
                str(out_dir / "split"),
            ]
        ).output
    )  # type: ignore[attr-defined]
    cache = tmp_path / "cache"
    if _has("batch"):
        for fmt in ("text", "csv", "json", "html"):
            outputs.append(
                _run(
                    [
                        "batch",
                        str(case.parent),
                        "--as-of",
                        AS_OF,
                        "--format",
                        fmt,
                        "-j",
                        "1",
                        "--cache-dir",
                        str(cache),
                        "-v",
                    ]
                ).output
            )  # type: ignore[attr-defined]
    for text in outputs:
        assert not _leaks(text.encode()), _leaks(text.encode())
        assert "123456782" not in text, "BSN shown unmasked"
    for record in caplog.records:
        assert not _leaks(record.getMessage().encode()), record.getMessage()
    # the bundle: the medical file is left out; the employer document is in it (its own words, not ours)
    files = _all_text_under(out_dir)
    page_map = files.pop(str(out_dir / "b.json"))
    assert not _leaks(page_map)
    bundle = pdf_text(out_dir / "b.pdf")
    assert "Medische informatie" not in json.loads(page_map).__repr__()
    assert MEDICAL[1] not in bundle.split("Plan van aanpak", 1)[0], "medical text on the cover or index"
    for p in (out_dir / "split").glob("*.pdf"):
        assert "medisch geheim" not in pdf_text(p).lower(), p
    with pikepdf.open(out_dir / "b.pdf") as pdf:
        titles = [item.title for item in pdf.open_outline().root]
    assert not any(_leaks(t.encode()) for t in titles)
    for name, blob in _all_text_under(cache).items() if cache.exists() else []:
        assert not _leaks(blob), name
