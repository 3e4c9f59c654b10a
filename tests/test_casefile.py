"""dossier.yaml: parsing, validation errors (exit 3 with file, key, line), first sick day."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wia_dossier.casefile import (
    load_case_file,
    merge_spells,
    parse_case_file,
    resolve_first_sick_day,
    validate_overrides,
)
from wia_dossier.checklist import load_checklist
from wia_dossier.errors import ConfigError, ExitCode, UsageError
from wia_dossier.model import CaseFile, DateFound, Document, Extracted, Kind, SickSpell, SourceFile

D = dt.date

FULL = """\
# a full example
werknemer: {naam: "J. de Vries", bsn: 012345672, functie: "Magazijnmedewerker"}
werkgever: {naam: "Voorbeeld BV", loonheffingennummer: "123456789L01", aard_van_het_bedrijf: "Groothandel"}
bedrijfsarts: {naam: "Dr. A. Arts", organisatie: "Arbo Noord"}
casemanager: "P. Jansen"
reintegratiebureau: {naam: "Werkfit", organisatie: "Werkfit BV"}
arbeidsdeskundige: {naam: "R. Deskundig"}
eerste_ziektedag: 2025-01-13
aanvraag_wia: "12-10-2026"
ziekteperiodes:
  - {van: 2024-11-04, tot: 2024-11-29}
  - {van: 2025-01-13}
overrides:
  "scans/scan0003.pdf": oordeel_werknemer
  "privé\\\\loonstrook.pdf": null
exclude: ["privé/*", "*.tmp"]
"""


def _write(tmp_path: Path, text: str) -> Path:
    (tmp_path / "dossier.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def _doc(rel: str, fsd: dt.date | None) -> Document:
    return Document(
        source=SourceFile(rel, 0, "x"),
        extracted=Extracted(kind=Kind.PDF, pages=["tekst"]),
        first_sick_day=DateFound(fsd, "label") if fsd else None,
    )


def test_missing_file_gives_empty_case(tmp_path: Path) -> None:
    assert load_case_file(tmp_path) == CaseFile()


def test_empty_file_gives_empty_case(tmp_path: Path) -> None:
    case = load_case_file(_write(tmp_path, "# nothing yet\n"))
    assert case.path is not None
    assert case.werknemer.naam is None


def test_full_example(tmp_path: Path) -> None:
    case = load_case_file(_write(tmp_path, FULL))
    assert case.werknemer.naam == "J. de Vries"
    assert case.werknemer.bsn == "012345672"  # leading zero kept
    assert case.werkgever.loonheffingennummer == "123456789L01"
    assert case.werkgever.aard_van_het_bedrijf == "Groothandel"
    assert case.bedrijfsarts.organisatie == "Arbo Noord"
    assert case.casemanager.naam == "P. Jansen"
    assert case.reintegratiebureau.organisatie == "Werkfit BV"
    assert case.arbeidsdeskundige.naam == "R. Deskundig"
    assert case.eerste_ziektedag == D(2025, 1, 13)
    assert case.aanvraag_wia == D(2026, 10, 12)
    assert case.ziekteperiodes == (
        SickSpell(D(2024, 11, 4), D(2024, 11, 29)),
        SickSpell(D(2025, 1, 13), None),
    )
    assert case.overrides == {"scans/scan0003.pdf": "oordeel_werknemer", "privé/loonstrook.pdf": None}
    assert case.exclude == ("privé/*", "*.tmp")


def test_valid_full_example_overrides_against_checklist(tmp_path: Path) -> None:
    load_case_file(_write(tmp_path, FULL), checklist=load_checklist("wia-aanvraag"))


@pytest.mark.parametrize(
    ("text", "key", "line", "words"),
    [
        (
            "werknemer: {naam: x}\neerste_ziekedag: 2025-01-13\n",
            "eerste_ziekedag",
            2,
            ["Bedoelde u 'eerste_ziektedag'"],
        ),
        ("werknemer:\n  naam: x\n  bsnn: '123456782'\n", "bsnn", 3, ["Bedoelde u 'bsn'"]),
        ("eerste_ziektedag: 2025-02-30\n", "eerste_ziektedag", 1, ["datum"]),
        ("\naanvraag_wia: volgende week\n", "aanvraag_wia", 2, ["datum", "volgende week"]),
        ("exclude: 12\n", "exclude", 1, ["lijst"]),
        (
            "ziekteperiodes:\n  - {van: 2025-01-13, tot: 2025-01-01}\n",
            "ziekteperiodes[0].tot",
            2,
            ["ligt voor"],
        ),
        ("ziekteperiodes:\n  - {vanaf: 2025-01-13}\n", "vanaf", 2, ["Bedoelde u 'van'"]),
        ("ziekteperiodes: 2025-01-13\n", "ziekteperiodes", 1, ["lijst"]),
        ("werknemer: [a, b]\n", None, 1, ["sleutel: waarde"]),
        ("overrides:\n  a.pdf: [x]\n", "overrides.a.pdf", 2, ["documentsoort"]),
        ("werknemer: {naam: x\n", None, None, ["geen geldige YAML"]),
    ],
)
def test_errors_name_file_key_and_line(
    tmp_path: Path, text: str, key: str | None, line: int | None, words: list[str]
) -> None:
    with pytest.raises(ConfigError) as info:
        load_case_file(_write(tmp_path, text))
    err = info.value
    assert err.exit_code == ExitCode.INVALID_INPUT
    assert "dossier.yaml" in err.message
    if key is not None:
        assert err.key == key
        assert f"'{key}'" in err.message
    if line is not None:
        assert err.line == line
        assert f"regel {line}" in err.message
    for w in words:
        assert w in err.message


def test_unknown_override_type_names_line_and_suggests(tmp_path: Path) -> None:
    text = 'werknemer: {naam: x}\noverrides:\n  "a.pdf": plan_van_aanpak\n  "b.pdf": eindevaluate\n'
    _write(tmp_path, text)
    case = load_case_file(tmp_path)  # without checklist: accepted
    with pytest.raises(ConfigError) as info:
        validate_overrides(case, load_checklist("wia-aanvraag"))
    assert info.value.line == 4
    assert info.value.key == "overrides.b.pdf"
    assert "Bedoelde u 'eindevaluatie'" in info.value.message
    with pytest.raises(ConfigError):
        load_case_file(tmp_path, checklist=load_checklist("wia-aanvraag"))


def test_exclude_single_string(tmp_path: Path) -> None:
    assert load_case_file(_write(tmp_path, "exclude: 'privé/*'\n")).exclude == ("privé/*",)


def test_overlapping_spells_rejected() -> None:
    with pytest.raises(ConfigError):
        parse_case_file("ziekteperiodes:\n  - {van: 2025-01-01}\n  - {van: 2025-03-01}\n", "dossier.yaml")


def test_merge_spells_boundary() -> None:
    a = SickSpell(D(2025, 1, 1), D(2025, 1, 31))
    # 27 recovered days (1..27 Feb) -> one chain; 28 recovered days -> two chains
    assert len(merge_spells([a, SickSpell(D(2025, 2, 28), None)])) == 1
    assert len(merge_spells([a, SickSpell(D(2025, 3, 1), None)])) == 2


def test_first_sick_day_order() -> None:
    docs = [
        _doc("b.pdf", D(2025, 1, 14)),
        _doc("PA.pdf", D(2025, 1, 13)),
        _doc("c.pdf", D(2025, 1, 13)),
        _doc("d.pdf", None),
    ]
    case = CaseFile(eerste_ziektedag=D(2025, 1, 10))
    assert resolve_first_sick_day("2025-01-01", case, docs) == DateFound(
        D(2025, 1, 1), "opgegeven met --first-sick-day"
    )
    assert resolve_first_sick_day(D(2025, 1, 2), case, docs).value == D(2025, 1, 2)  # type: ignore[union-attr]
    assert resolve_first_sick_day(None, case, docs) == DateFound(D(2025, 1, 10), "dossier.yaml")
    found = resolve_first_sick_day(None, CaseFile(), docs)
    assert found == DateFound(D(2025, 1, 13), "gevonden in 2 documenten, o.a. 'PA.pdf'")
    assert resolve_first_sick_day(None, CaseFile(), []) is None


def test_first_sick_day_tie_takes_earliest() -> None:
    docs = [_doc("a.pdf", D(2025, 1, 14)), _doc("b.pdf", D(2025, 1, 13))]
    assert resolve_first_sick_day(None, CaseFile(), docs) == DateFound(
        D(2025, 1, 13), "gevonden in 1 document, 'b.pdf'"
    )


def test_first_sick_day_from_merged_spells() -> None:
    spells = (
        SickSpell(D(2024, 6, 3), D(2024, 6, 30)),  # 2 months recovery: a new chain after this
        SickSpell(D(2024, 9, 2), D(2024, 9, 20)),
        SickSpell(D(2024, 10, 7), None),  # 16 days recovery: joins the chain of 2 September
    )
    found = resolve_first_sick_day(None, CaseFile(ziekteperiodes=spells), [])
    assert found is not None
    assert found.value == D(2024, 9, 2)
    assert "2 periodes samengeteld" in found.source


def test_bad_cli_date() -> None:
    with pytest.raises(UsageError):
        resolve_first_sick_day("13-13-2025", CaseFile(), [])


def test_a_yaml_slip_is_named_in_dutch_with_the_line_where_it_starts(tmp_path: Path) -> None:
    # an unclosed '{' on line 1 shows up on line 2: the message says both, in words, and what to do
    case = tmp_path / "case"
    case.mkdir()
    (case / "dossier.yaml").write_text(
        'werknemer: {naam: "K. Visser", bsn: "123456782"\neerste_ziektedag: 2025-01-06\n', encoding="utf-8"
    )
    with pytest.raises(ConfigError) as err:
        load_case_file(case)
    text = str(err.value)
    assert "een '}' aan het eind" in text and "het begint op regel 1" in text and "teksteditor" in text
