"""The checklist is data a bureau edits: it must load, and a mistake must be reported with file, key and line."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wia_dossier.checklist import load_checklist, packaged_checklists, parse_checklist
from wia_dossier.errors import ConfigError, ExitCode

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

REPO = Path(__file__).resolve().parent.parent


def test_every_packaged_checklist_loads() -> None:
    names = packaged_checklists()
    assert "wia-aanvraag" in names
    for name in names:
        c = load_checklist(name)
        assert c.types, name
        for t in c.types:
            assert t.source.strip(), f"{name}:{t.id} has no legal source"
            assert t.label_nl and t.label_en


def test_wia_checklist_has_every_contract_type_with_cues() -> None:
    c = load_checklist("wia-aanvraag")
    ids = {t.id for t in c.types}
    assert CONTRACT_TYPES <= ids
    for t in c.types:
        assert t.titles, f"{t.id} has no title phrases"
        assert t.cues.strong, f"{t.id} has no strong content cues"
    mi = c.type("medische_informatie")
    assert mi.medical and not mi.bundle
    assert c.type("probleemanalyse").required == "always"
    assert c.type("eerstejaarsevaluatie").required == "from_week"


def _base() -> dict:
    return yaml.safe_load((REPO / "checklists" / "wia-aanvraag.yaml").read_text(encoding="utf-8"))


def test_unknown_key_names_item_key_line_and_suggests(tmp_path: Path) -> None:
    text = (REPO / "checklists" / "wia-aanvraag.yaml").read_text(encoding="utf-8")
    bad = text.replace("    severity: error\n    max_count: 1\n", "    severity: error\n    max_cout: 1\n", 1)
    assert bad != text
    p = tmp_path / "mijn.yaml"
    p.write_text(bad, encoding="utf-8")
    line = bad.splitlines().index("    max_cout: 1") + 1
    with pytest.raises(ConfigError) as err:
        load_checklist(str(p))
    msg = str(err.value)
    assert "mijn.yaml" in msg
    assert f"regel {line}" in msg
    assert "max_cout" in msg and "max_count" in msg  # the suggestion
    assert "probleemanalyse" in msg  # the item
    assert err.value.exit_code == ExitCode.INVALID_INPUT


def test_wrong_type_and_duplicate_id(tmp_path: Path) -> None:
    data = _base()
    data["types"][0]["max_count"] = "een"
    with pytest.raises(ConfigError, match="max_count"):
        parse_checklist(yaml.safe_dump(data, allow_unicode=True), "x.yaml")
    data = _base()
    data["types"].append(dict(data["types"][0]))
    with pytest.raises(ConfigError, match="twee keer"):
        parse_checklist(yaml.safe_dump(data, allow_unicode=True), "x.yaml")


def test_bad_required_mode_and_yaml_syntax() -> None:
    data = _base()
    data["types"][0]["required"] = "alway"
    with pytest.raises(ConfigError, match="always"):
        parse_checklist(yaml.safe_dump(data, allow_unicode=True), "x.yaml")
    with pytest.raises(ConfigError, match="regel"):
        parse_checklist("schema: [unclosed\n", "x.yaml")


def test_unknown_checklist_name_suggests() -> None:
    with pytest.raises(ConfigError, match="wia-aanvraag"):
        load_checklist("wia-aanvrag")


def test_user_checklist_by_path_is_used(tmp_path: Path) -> None:
    data = _base()
    data["id"] = "mijn-bureau"
    data["types"][0]["label"]["nl"] = "PA (bureau-eigen)"
    p = tmp_path / "bureau.yaml"
    p.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    c = load_checklist(str(p))
    assert c.id == "mijn-bureau"
    assert c.types[0].label("nl") == "PA (bureau-eigen)"


def test_later_as_must_name_a_type() -> None:
    data = _base()
    data["types"][0]["later_as"] = "bijstelling_probleemanalys"
    with pytest.raises(ConfigError, match="bijstelling_probleemanalyse"):
        parse_checklist(yaml.safe_dump(data, allow_unicode=True), "x.yaml")


def test_a_pattern_without_re_prefix_is_refused_at_load() -> None:
    """'passende arbeid bij de (?:eigen )?werkgever' without 're:' is searched letter for letter and never found: a
    bureau that adapts the checklist learns that at load, with what to do."""
    data = _base()
    data["types"][0]["cues"]["strong"].append("passende arbeid bij de (?:eigen )?werkgever")
    with pytest.raises(ConfigError, match="re:") as err:
        parse_checklist(yaml.safe_dump(data, allow_unicode=True), "x.yaml")
    assert err.value.exit_code == ExitCode.INVALID_INPUT


def test_invalid_regex_is_exit_3_at_load() -> None:
    data = _base()
    data["types"][0]["cues"]["strong"].append("re:prognose((")
    with pytest.raises(ConfigError, match="reguliere expressie") as err:
        parse_checklist(yaml.safe_dump(data, allow_unicode=True), "x.yaml")
    assert err.value.exit_code == ExitCode.INVALID_INPUT
    assert err.value.line is not None
