"""Healthcare jobs are described with the words of health care; only the employee's own health warns.

A false ``medical_data`` warning keeps a plan van aanpak out of the bundle (a missing document at UWV),
so a page about a nurse's job must not warn, while the same words about the employee's health must.
All people, organisations and numbers below are fictional; the BSN passes the elfproef.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml
from click.testing import CliRunner
from fpdf import FPDF
from pdf_helpers import pdf_text

from wia_dossier.build import BuildOptions, run_build
from wia_dossier.checklist import load_checklist, parse_checklist
from wia_dossier.classify import compile_checklist
from wia_dossier.cli import cli
from wia_dossier.errors import ConfigError
from wia_dossier.findings import medical_warning
from wia_dossier.pipeline import ScanOptions, run_scan
from wia_dossier.privacy import medical_pages

REPO = Path(__file__).resolve().parent.parent
AS_OF = dt.date(2025, 6, 1)
CHECKLISTS = ("wia-aanvraag", "ziektewet-riv")

# --- a healthcare job, described as RIV documents describe it: must not warn ------------------------

NURSE = """Rapportage arbeidsdeskundig onderzoek - A.M. Verhoef
Functie: verpleegkundige (niveau 4), afdeling Chirurgie
Werkgever: Stichting Ziekenhuis Rivierenland
Mevrouw Verhoef is sinds 2009 werkzaam als verpleegkundige in Ziekenhuis Rivierenland. Rivierenland is een
algemeen ziekenhuis met ruim 1.800 medewerkers.
Taken: medicatie uitzetten en toedienen, opname van patiënten, wondzorg, voorbereiden van patiënten op de operatie.
Taak                          Tijd   Belasting
Medicatie rondes en controles  15%   lopen, staan
Zij draait vroege, late en nachtdiensten en begeleidt leerlingen op de afdeling."""

OK_ASSISTANT = """Plan van aanpak - K. Mulder
Functie: OK-assistent
De heer Mulder werkt als operatieassistent op het operatiecomplex van Stichting Ziekenhuis Waterland.
Tijdens de operatie instrumenteert hij en assisteert hij de chirurg; hij bereidt patiënten voor op de ingreep.
Belastbaarheid in eigen werk: langdurig staan tijdens een operatie van soms vier uur, tillen bij de opname."""

DOCTORS_ASSISTANT = """Plan van aanpak - S. de Wit
Mevrouw De Wit is doktersassistente bij Huisartsenpraktijk De Linde, www.huisarts-delinde.nl.
Zij ondersteunt de huisarts bij het spreekuur, maakt afspraken voor patiënten en geeft uitslagen
van bloedonderzoek door aan patiënten. Ook beheert zij de voorraad medicijnen van de praktijk."""

PHYSIOTHERAPIST = """Eerstejaarsevaluatie - R. Jansen
Beroep: fysiotherapeut
De werknemer is zelf fysiotherapeut en behandelt in de eerstelijnspraktijk patiënten met nek- en
rugklachten. In de functie van fysiotherapeut werkt hij 32 uur per week; hij verwijst zo nodig door naar de huisarts.
Als fysiotherapeut kan hij het behandelen van patiënten aan de behandelbank nog niet volhouden."""

PHARMACY_ASSISTANT = """Bijstelling plan van aanpak - L. Bakker
Functie: apothekersassistent
Mevrouw geeft medicijnen uit aan klanten, controleert de voorgeschreven medicatie op interacties en
bereidt medicatie voor bewoners van zorginstellingen in de regio."""

PSYCHOLOGIST = """Plan van aanpak - E. Smit
Werkgever: GGZ Rivierduinen
Mevrouw Smit is werkzaam als GZ-psycholoog in een FACT-team. Zij overlegt wekelijks met de psychiater
over de behandeling van cliënten en voert intakes uit voor de opname van cliënten op de kliniek."""

DIABETES_NURSE = """Plan van aanpak - M. Peters
Functie: diabetesverpleegkundige
Mevrouw Peters werkt als diabetes-verpleegkundige op de polikliniek. Zij geeft patiënten met diabetes
voorlichting over hun medicatie en leert hen insuline toedienen."""

NEGATED = """Actueel oordeel - dit oordeel bevat geen diagnose en geen medicatie.
Werkgever: Stichting Ziekenhuis Rivierenland."""

ENGLISH_JOB = """Labour expert report - A.M. Verhoef
Position: verpleegkundige
Ms Verhoef works as a nurse at Ziekenhuis Rivierenland. Her duties include medicatie rounds for patients
and the opname of patients on the ward."""

FORM_WITH_TABS = """Plan van aanpak
Naam werknemer\tA.M. Verhoef
BSN\t123456782
Functie\tVerpleegkundige (niveau 4), afdeling Chirurgie
Werkgever\tStichting Ziekenhuis Rivierenland
Taken\tMedicatie uitzetten, opname en ontslag van patiënten, assisteren bij de operatie"""

JOBS = {
    "nurse": NURSE,
    "ok-assistant": OK_ASSISTANT,
    "doctors-assistant": DOCTORS_ASSISTANT,
    "physiotherapist": PHYSIOTHERAPIST,
    "pharmacy-assistant": PHARMACY_ASSISTANT,
    "psychologist": PSYCHOLOGIST,
    "diabetes-nurse": DIABETES_NURSE,
    "negated": NEGATED,
    "english": ENGLISH_JOB,
    "form-with-tabs": FORM_WITH_TABS,
}

# --- the same words about the employee's own health: must warn ------------------------------------

HEALTH = {
    # a nurse who is the patient: hospital, dosage, prescription, her GP
    "nurse-as-patient": NURSE + "\nMevrouw Verhoef is in maart opgenomen in het ziekenhuis en daar geopereerd. Zij "
    "gebruikt sindsdien 20 mg oxycodon per dag, voorgeschreven door haar huisarts.",
    "treated-in-hospital": "Plan van aanpak - J. de Graaf\nDe werknemer is behandeld in het ziekenhuis voor een "
    "hernia.",
    "diagnosis-medication-specialist": PSYCHOLOGIST + "\nDiagnose: depressie. Zij is zelf onder behandeling van een "
    "psychiater en gebruikt medicatie.",
    "physio-as-patient": "Eerstejaarsevaluatie - R. Jansen\nHij gaat twee keer per week naar de fysiotherapeut en is "
    "door zijn huisarts verwezen naar de orthopeed.",
    "own-psychologist": "Plan van aanpak - E. Smit\nMevrouw heeft gesprekken bij haar psycholoog; de huisarts heeft "
    "haar medicijnen voorgeschreven.",
    "operation-and-dose": OK_ASSISTANT + "\nNa zijn operatie aan de knie gebruikt hij 3 maanden 400 mg ibuprofen.",
    "english": ENGLISH_JOB + "\nShe was treated in the ziekenhuis for a hernia and takes 20 mg oxycodon daily.",
    # a named hospital is a name, but not where the employee is a patient in it
    "admitted-to-named-hospital": FORM_WITH_TABS + "\nWerkneemster is sinds 2 maart opgenomen in Ziekenhuis "
    "Rivierenland. Zij heeft een afspraak met haar huisarts.",
    "referral": "Eerstejaarsevaluatie\nDe huisarts heeft hem verwezen naar de neuroloog.",
    # an exported table in lower case: each row (a line with a tab) is read by itself
    "lowercase-table-rows": "plan van aanpak\nmedicatie\toxazepam\ntaken\tzorg voor patiënten op de afdeling",
    # a diagnosis on the page makes a plain mention of a care word count too
    "diagnosis-and-plain-care-word": "Eerstejaarsevaluatie\nWerkneemster heeft een hernia. De datum van de "
    "operatie is nog niet bekend.",
}


def _warns(text: str, checklist: str = "wia-aanvraag") -> bool:
    """Whether an employer document with this one page gets the medical_data warning (the public threshold)."""
    model = compile_checklist(load_checklist(checklist))
    hits = medical_pages(model, [text], [1])
    doc = SimpleNamespace(path="pva.pdf", type="plan_van_aanpak")
    return medical_warning(doc, hits, "nl") is not None  # type: ignore[arg-type]


@pytest.mark.parametrize("checklist", CHECKLISTS)
@pytest.mark.parametrize("name", sorted(JOBS))
def test_healthcare_job_does_not_warn(name: str, checklist: str) -> None:
    assert not _warns(JOBS[name], checklist), name


@pytest.mark.parametrize("checklist", CHECKLISTS)
@pytest.mark.parametrize("name", sorted(HEALTH))
def test_employee_health_in_the_same_words_warns(name: str, checklist: str) -> None:
    assert _warns(HEALTH[name], checklist), name


def test_each_job_page_did_warn_without_context() -> None:
    """Guard against tests that cannot fail: without the context keys most job pages warn, as they used to."""
    data = yaml.safe_load((REPO / "checklists" / "wia-aanvraag.yaml").read_text(encoding="utf-8"))
    del data["privacy"]["workplace_terms"], data["privacy"]["context"]
    model = compile_checklist(parse_checklist(yaml.safe_dump(data, allow_unicode=True), "plain.yaml"))
    doc = SimpleNamespace(path="pva.pdf", type="plan_van_aanpak")
    warned = {n for n, text in JOBS.items() if medical_warning(doc, medical_pages(model, [text], [1]), "nl")}  # type: ignore[arg-type]
    assert {"nurse", "ok-assistant", "doctors-assistant", "pharmacy-assistant", "psychologist"} <= warned


def test_count_and_page_numbers_never_the_words() -> None:
    model = compile_checklist(load_checklist())
    hits = medical_pages(model, [NURSE, HEALTH["nurse-as-patient"]], [4, 5])
    assert [h.page for h in hits] == [5]
    assert hits[0].terms >= 3 and not hits[0].marker
    assert all(isinstance(v, (int, bool)) for h in hits for v in (h.page, h.terms, h.marker))


@pytest.mark.parametrize(
    "where",
    [
        "Stichting Ziekenhuis Rivierenland · Afdeling HRM",
        "Ziekenhuis Rivierenland\nAfdeling HRM",
        "HRM · www.ziekenhuis-rivierenland.nl · hrm@ziekenhuis-rivierenland.nl",
    ],
)
def test_the_employers_name_is_no_second_term(where: str) -> None:
    """One diagnosis and the employer's letterhead: one term on the page, not two (so no warning by itself)."""
    model = compile_checklist(load_checklist())
    page = f"{where}\nEerstejaarsevaluatie\nDe belastbaarheid is besproken. Zij heeft geen last meer van haar burn-out."
    assert [h.terms for h in medical_pages(model, [page], [1])] == [1]


def test_job_fields_stay_out_of_the_count_next_to_real_health_data() -> None:
    """A drug on the page makes plain care words count, but not those in the job's own fields."""
    model = compile_checklist(load_checklist())
    page = FORM_WITH_TABS + "\nZij gebruikt oxazepam."
    assert [h.terms for h in medical_pages(model, [page], [1])] == [1]


def test_a_marker_still_warns_on_a_job_page() -> None:
    assert _warns(NURSE + "\nMedisch geheim: alleen voor de bedrijfsarts.")


# --- the checklist keys ----------------------------------------------------------------------------


def test_packaged_checklists_share_the_privacy_section() -> None:
    a, b = (load_checklist(n) for n in CHECKLISTS)
    assert a.medical_terms == b.medical_terms and a.workplace_terms == b.workplace_terms
    assert a.medical_context == b.medical_context
    assert set(a.workplace_terms) < set(a.medical_terms)
    # what a person has or takes is never a workplace term
    assert not {"diagnose", "depressie", "hernia", "sertraline", "mg per dag"} & set(a.workplace_terms)


def _yaml_with(edit) -> str:
    data = yaml.safe_load((REPO / "checklists" / "wia-aanvraag.yaml").read_text(encoding="utf-8"))
    edit(data["privacy"])
    return yaml.safe_dump(data, allow_unicode=True)


def test_workplace_term_must_be_a_medical_term() -> None:
    text = _yaml_with(lambda pv: pv["workplace_terms"].append("ziekenhuizen"))
    with pytest.raises(ConfigError) as err:
        parse_checklist(text, "bureau.yaml")
    msg = str(err.value)
    assert "bureau.yaml" in msg and "workplace_terms" in msg and "'ziekenhuizen'" in msg
    assert "Bedoelde u 'ziekenhuis'?" in msg


def test_unknown_context_key_suggests() -> None:
    text = _yaml_with(lambda pv: pv["context"].update({"work_label": ["functie"]}))
    with pytest.raises(ConfigError, match="work_labels"):
        parse_checklist(text, "bureau.yaml")


def test_regex_before_cue_is_refused() -> None:
    text = _yaml_with(lambda pv: pv["context"]["health_before"].append("re:haar|zijn"))
    with pytest.raises(ConfigError, match="health_before"):
        parse_checklist(text, "bureau.yaml")


def test_a_bureau_can_add_a_workplace_term() -> None:
    """Data-driven: 'diabetes' is no workplace term by default; a diabetes clinic's bureau can make it one."""
    page = "Plan van aanpak\nZij werkt op de afdeling diabetes. Zij geeft voorlichting over medicatie en leefstijl."
    assert _warns(page)
    text = _yaml_with(lambda pv: pv["workplace_terms"].append("diabetes"))
    model = compile_checklist(parse_checklist(text, "bureau.yaml"))
    doc = SimpleNamespace(path="pva.pdf", type="plan_van_aanpak")
    assert medical_warning(doc, medical_pages(model, [page], [1]), "nl") is None  # type: ignore[arg-type]


# --- end to end: scan and build of a small case folder ---------------------------------------------


def _pva(path: Path, text: str, pages: int = 7) -> None:
    """A plan van aanpak of ``pages`` pages; page 5 (which the scan does not read), or the only page, holds ``text``."""
    pdf = FPDF(format="A4")
    for n in range(1, pages + 1):
        pdf.add_page()
        pdf.set_font("helvetica", size=10)
        lines = [f"Plan van aanpak - pagina {n}", "Naam werknemer: A.M. Verhoef   BSN: 123456782"]
        if n == 1:
            lines += [
                "Datum: 01-03-2025",
                "Afspraken werkgever en werknemer over re-integratie in eigen werk.",
                "Casemanager: P. de Boer",
            ]
        if n == min(5, pages):
            lines += [part for line in text.splitlines() for part in textwrap.wrap(line, 95)]
        else:
            lines += ["Werkzaamheden en uren worden elke twee weken besproken."]
        for i, line in enumerate(lines):
            pdf.text(15, 20 + 6 * i, line)
    pdf.output(str(path))


@pytest.fixture
def case(tmp_path: Path) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    _pva(folder / "pva verpleegkundige.pdf", NURSE)
    _pva(folder / "pva ziekenhuisopname.pdf", HEALTH["nurse-as-patient"])
    return folder


def test_build_keeps_the_job_page_and_leaves_out_the_health_page(case: Path, tmp_path: Path) -> None:
    result = run_scan(case, ScanOptions(as_of=AS_OF))
    out = tmp_path / "bundel.pdf"
    built = run_build(result, load_checklist(), out, BuildOptions(draft=True, soffice=None))
    medical = [(f.path, f.page) for f in result.findings if f.code == "medical_data"]
    assert medical == [("pva ziekenhuisopname.pdf", 5)]
    assert [d.rel for d in built.documents] == ["pva verpleegkundige.pdf"]
    text = pdf_text(out).lower()
    assert "oxycodon" not in text and "medicatie uitzetten" in text


def test_cli_scan_of_a_job_page_says_nothing_medical(tmp_path: Path) -> None:
    folder = tmp_path / "zorg"
    folder.mkdir()
    (folder / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    _pva(folder / "pva.pdf", NURSE, pages=1)  # one page: the scan reads it
    _pva(folder / "pva ziek.pdf", HEALTH["treated-in-hospital"], pages=1)
    res = CliRunner().invoke(cli, ["scan", str(folder), "--as-of", AS_OF.isoformat()])
    assert res.exit_code in (0, 1), res.output
    assert "'pva.pdf' lijkt medische gegevens" not in res.output
    assert "'pva ziek.pdf' lijkt medische gegevens te bevatten (pagina 1" in res.output
    assert "hernia" not in res.output.lower()


def test_a_non_riv_paper_with_a_diagnosis_warns_too(tmp_path: Path) -> None:
    """HR's own sick-report form is no RIV document, but an employer may not record a diagnosis on it either."""
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "dossier.yaml").write_text("eerste_ziektedag: 2025-02-03\n", encoding="utf-8")
    pdf = FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("helvetica", size=10)
    for line in (
        "Ziekmeldingsformulier Personeelszaken",
        "Naam werknemer: A.M. Verhoef   BSN: 123456782   Datum melding: 03-02-2025",
        "Reden verzuim: waarschijnlijk een hernia, medicatie diclofenac, verwezen naar de neuroloog.",
        "Verwachte duur: onbekend. Bereikbaar op het huisadres.",
    ):
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(folder / "Ziekmeldingsformulier.pdf"))
    result = run_scan(folder, ScanOptions(as_of=AS_OF))
    doc = next(d for d in result.documents if d.path == "Ziekmeldingsformulier.pdf")
    assert doc.type is None, doc.reasons
    medical = [f for f in result.findings if f.code == "medical_data" and f.path == "Ziekmeldingsformulier.pdf"]
    assert medical, [(f.code, f.path) for f in result.findings]
    assert "hernia" not in medical[0].message and "diclofenac" not in medical[0].message


def test_a_negation_at_the_end_of_the_line_before_still_negates_the_marker() -> None:
    """'… gepland op 18-02-2026. Geen / medische gegevens besproken.': a sentence wrapped after its negation."""
    model = compile_checklist(load_checklist())
    page = (
        "Evaluatiegesprek re-integratie\nDatum: 23-01-2026\nRapport arbeidsdeskundige besproken. Eerstejaarsevaluatie "
        "gepland op 18-02-2026. Geen\nmedische gegevens besproken.\nVolgende evaluatie: 27-02-2026."
    )
    assert not [h for h in medical_pages(model, [page], [1]) if h.marker]
    # a form's label on the next line stays a marker: 'Bijzonderheden: geen / Medische gegevens: zie bijlage'
    form = "Bijzonderheden: geen\nMedische gegevens: zie de bijlage van de huisarts\n"
    assert [h for h in medical_pages(model, [form], [1]) if h.marker]
