"""What a new user met at the command line (review 5): errors in English with --lang en, help on a narrow
terminal, click's own messages in Dutch, init and batch refusing an unwritable place before the scan."""

from __future__ import annotations

import contextlib
import inspect
from pathlib import Path

import pytest
from click.testing import CliRunner

from wia_dossier.cli import cli

PA_TEXT = (
    "Probleemanalyse\n\nDatum: 11-02-2025\nEerste ziektedag: 13-01-2025\n\n"
    "Er is sprake van dreigend langdurig verzuim. Beperkingen en mogelijkheden: benutbare mogelijkheden.\n"
)


def _run(*args: str, **extra: object):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False, **extra)


def _case(tmp_path: Path, yaml: bytes | None = b"eerste_ziektedag: 2025-01-13\n") -> Path:
    case = tmp_path / "dossier"
    case.mkdir()
    (case / "probleemanalyse.txt").write_text(PA_TEXT, encoding="utf-8")
    if yaml is not None:
        (case / "dossier.yaml").write_bytes(yaml)
    return case


def _no_dutch(text: str) -> None:
    for word in ("bestaat", "Gebruik", "Kies", "regel", "sleutel", "afgebroken", "onverwachte", "geen "):
        assert word not in text, f"Dutch '{word}' in an English message:\n{text}"


# --- --lang en: no Dutch in the errors ---------------------------------------------------------------------


def test_build_output_errors_are_english(tmp_path: Path) -> None:
    case = _case(tmp_path)
    r = _run("build", str(case), "-o", str(tmp_path / "nergens" / "b.pdf"), "--lang", "en")
    assert r.exit_code == 4
    assert "does not exist" in r.output
    _no_dutch(r.output)
    (tmp_path / "b.pdf").write_bytes(b"old")
    r = _run("build", str(case), "-o", str(tmp_path / "b.pdf"), "--lang", "en")
    assert r.exit_code == 4
    assert "already exists" in r.output and "--force" in r.output
    _no_dutch(r.output)


def test_init_and_batch_errors_are_english(tmp_path: Path) -> None:
    case = _case(tmp_path)
    r = _run("init", str(case), "--lang", "en")
    assert r.exit_code == 4 and "already exists" in r.output
    _no_dutch(r.output)
    r = _run("batch", str(case), "--lang", "en", "--as-of", "2025-04-01")
    assert r.exit_code == 2 and "is itself a case folder" in r.output
    _no_dutch(r.output)


def test_usage_line_says_usage_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from wia_dossier.cli import main

    monkeypatch.setattr("sys.argv", ["wia-dossier", "scan", "--lang", "en"])
    with pytest.raises(SystemExit):
        main()
    err = capsys.readouterr().err
    assert err.startswith("Usage: wia-dossier scan [OPTIONS] CASE_DIR")
    _no_dutch(err)


def test_ctrl_c_says_aborted_in_english(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(tmp_path)

    def interrupted(case_dir, options):
        raise KeyboardInterrupt

    monkeypatch.setattr("wia_dossier.pipeline.run_scan", interrupted)
    r = _run("scan", str(case), "--lang", "en")
    assert r.exit_code == 130 and "aborted" in r.output
    r = _run("scan", str(case))
    assert r.exit_code == 130 and "afgebroken" in r.output


# --- dossier.yaml as Windows editors save it ---------------------------------------------------------------


# --- click's own messages --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["build", "{case}", "-o", "{tmp}"], "-o/--output: '{tmp}' is een map"),
        (["scan", "{case}", "--file-timeout", "abc"], "--file-timeout: 'abc' is geen getal."),
        (["scan", "{case}", "--file-timeout", "-1"], "--file-timeout: -1.0 is te klein; het kleinste is 0."),
        (["scan", "{case}", "--file-memory", "x"], "--file-memory: 'x' is geen geheel getal."),
        (
            ["build", "{case}", "-o", "b.pdf", "--template-dir", "{tmp}/nope"],
            "--template-dir: '{tmp}/nope' bestaat niet.",
        ),
        (["scan", "{case}", "--foo"], "Onbekende optie --foo."),
    ],
)
def test_click_messages_are_dutch(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys, args: list[str], expected: str
) -> None:
    from wia_dossier.cli import main

    case = _case(tmp_path)
    argv = [a.format(case=case, tmp=tmp_path) for a in args]
    monkeypatch.setattr("sys.argv", ["wia-dossier", *argv])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capsys.readouterr().err
    assert exit_info.value.code == 2
    assert expected.format(tmp=tmp_path) in err
    for english in ("is a directory", "is not a valid", "not in the range", "does not exist", "Did you mean"):
        assert english not in err


# --- help on a narrow terminal --------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["scan", "build", "init", "batch", "checklists"])
def test_examples_stay_whole_on_a_narrow_terminal(name: str) -> None:
    command = cli.commands[name]
    examples = [
        line.strip() for line in inspect.cleandoc(command.help or "").splitlines() if line.strip().startswith("wia-")
    ]
    assert examples
    out = _run(name, "--help", terminal_width=60).output
    for example in examples:
        assert example in out, f"'{example}' broken over lines in\n{out}"
    assert "x>=" not in out


# --- init on a folder it may not write in -----------------------------------------------------------------


def test_init_on_a_read_only_folder_stops_before_the_scan(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = _case(tmp_path, None)
    real_access = __import__("os").access
    monkeypatch.setattr(  # as on a read-only mount: reading works, writing does not
        "wia_dossier.init.os.access", lambda path, mode: not mode & 2 and real_access(path, mode)
    )

    def no_scan(case_dir, options):
        raise AssertionError("the scan ran before the refusal")

    monkeypatch.setattr("wia_dossier.pipeline.run_scan", no_scan)
    r = _run("init", str(case))
    assert r.exit_code == 4
    assert "geen schrijfrechten" in r.output
    assert not (case / "dossier.yaml").exists()


def test_batch_output_in_a_folder_it_may_not_write_in_stops_before_the_scan(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _case(tmp_path)
    out_dir = tmp_path / "uit"
    out_dir.mkdir()
    real_access = __import__("os").access
    monkeypatch.setattr(
        "wia_dossier.cli_batch.os.access", lambda path, mode: Path(path) != out_dir and real_access(path, mode)
    )
    monkeypatch.setattr("wia_dossier.batch.run_batch", lambda *a, **k: pytest.fail("the cases were scanned"))
    r = _run("batch", str(tmp_path), "--as-of", "2025-04-01", "-o", str(out_dir / "o.csv"))
    assert r.exit_code == 4
    assert "Geen schrijfrechten" in r.output


def test_batch_output_that_is_a_folder_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from wia_dossier.cli import main

    _case(tmp_path)
    out_dir = tmp_path / "uit.csv"
    out_dir.mkdir()
    monkeypatch.setattr(
        "sys.argv", ["wia-dossier", "batch", str(tmp_path), "--as-of", "2025-04-01", "-o", str(out_dir)]
    )
    with pytest.raises(SystemExit) as exit_info:
        main()
    assert exit_info.value.code == 2
    assert f"-o/--output: '{out_dir}' is een map" in capsys.readouterr().err


# --- a file that disappears while the run reads ----------------------------------------------------------


# --- build's closing notes in the report's words ----------------------------------------------------------


def test_build_notes_are_labelled_as_in_the_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from build_fixtures import checklist, make_case

    from wia_dossier.build import BuildResult
    from wia_dossier.model import Finding, Severity

    case_dir, result = make_case(tmp_path, with_docx=False)
    monkeypatch.setattr("wia_dossier.pipeline.run_scan", lambda case_dir, options: result)
    monkeypatch.setattr("wia_dossier.checklist.load_checklist", lambda name=None: checklist())
    monkeypatch.setattr("wia_dossier.cli_build.emit_report", lambda *a, **k: None)
    monkeypatch.setattr("wia_dossier.medical_sweep.check_every_page", lambda *a, **k: None)
    note = Finding("split_too_large", Severity.WARNING, "x.pdf is 12.0 MB")
    built = BuildResult(tmp_path / "b.pdf", tmp_path / "b.json", 3, 2, [], [], 0, [note])
    monkeypatch.setattr("wia_dossier.build.run_build", lambda *a, **k: built)
    r = _run("build", str(case_dir), "-o", str(tmp_path / "b.pdf"), "--as-of", "2026-11-22")
    assert "[LET OP] x.pdf is 12.0 MB" in r.output and "warning:" not in r.output
    r = _run("build", str(case_dir), "-o", str(tmp_path / "b.pdf"), "--as-of", "2026-11-22", "--lang", "en")
    assert "[WARNING] x.pdf is 12.0 MB" in r.output


# --- the very first thing a new user types ---------------------------------------------------------------


def test_the_command_alone_shows_the_help_once_without_fout(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from wia_dossier.cli import main

    monkeypatch.setattr("sys.argv", ["wia-dossier"])
    with pytest.raises(SystemExit) as exit_info:
        main()
    err = capsys.readouterr().err
    assert exit_info.value.code in (0, 2)
    assert "Fout:" not in err
    assert err.count("Gebruik: wia-dossier") == 1
    assert "Opdrachten:" in err


def test_help_screen_stays_dutch_with_lang_en(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from wia_dossier.cli import main

    monkeypatch.setattr("sys.argv", ["wia-dossier", "scan", "--help", "--lang", "en"])
    with contextlib.suppress(SystemExit):
        main()
    out = capsys.readouterr().out
    assert out.startswith("Gebruik: wia-dossier scan [OPTIES] CASE_DIR")


# --- a folder of case folders is not one case -------------------------------------------------------------


def _two_cases(tmp_path: Path) -> Path:
    root = tmp_path / "Dossiers"
    for name, text in (("A. Jansen", PA_TEXT), ("B. de Boer", PA_TEXT.replace("11-02-2025", "12-03-2025"))):
        case = root / name
        case.mkdir(parents=True)
        (case / "probleemanalyse.txt").write_text(text, encoding="utf-8")
        (case / "dossier.yaml").write_text("eerste_ziektedag: 2025-01-13\n", encoding="utf-8")
    return root


@pytest.mark.parametrize("command", ["scan", "build", "init"])
def test_a_folder_of_case_folders_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    root = _two_cases(tmp_path)
    monkeypatch.setattr("wia_dossier.pipeline.run_scan", lambda *a: pytest.fail("two employees read as one case"))
    extra = ["-o", str(tmp_path / "bundel.pdf")] if command == "build" else []
    r = _run(command, str(root), *extra, "--as-of", "2025-04-01")
    assert r.exit_code == 2
    assert "bevat dossiermappen" in r.output and "'A. Jansen', 'B. de Boer'" in r.output
    assert f'wia-dossier batch "{root}"' in r.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Dossiers"]
    assert not (root / "dossier.yaml").exists()


def test_a_case_folder_with_its_own_dossier_yaml_is_still_scanned(tmp_path: Path) -> None:
    root = _two_cases(tmp_path)
    (root / "dossier.yaml").write_text("", encoding="utf-8")
    r = _run("scan", str(root), "--as-of", "2025-04-01", "--no-ocr")
    assert r.exit_code in (0, 1)
    assert "Dossiercontrole" in r.output
