"""The texts of the rule findings, in Dutch and English, and date formatting for them."""

from __future__ import annotations

import datetime as dt
import errno
import re

__all__ = ["MONTHS_EN", "MONTHS_NL", "duration", "fmt_date", "long_date", "msg", "next_step", "os_reason", "singular", "t"]

MONTHS_NL = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# key -> (nl, en); str.format fields. Never put document text in here: only labels, dates, paths.
_TEXTS: dict[str, tuple[str, str]] = {
    "missing": (
        "{label} ontbreekt ({source}). {next}",
        "{label} is missing ({source}). {next}",
    ),
    "missing_referenced": (
        "{label} ontbreekt, terwijl '{ref_path}' ernaar verwijst ({source}). {next}",
        "{label} is missing, although '{ref_path}' refers to it ({source}). {next}",
    ),
    "missing_ahead": (
        "{label} ontbreekt nog; uiterlijk {due} (week {week}), nog {days} dagen ({source}). {next}",
        "{label} is still missing; due {due} (week {week}), {days} days left ({source}). {next}",
    ),
    "missing_second_track": (
        "Geen bewijs van een tweede spoor (trajectplan of rapportage van een re-integratiebureau), terwijl '{ref_path}'"
        " een tweede spoor noemt of geen terugkeer in eigen werk verwacht; verwacht uiterlijk {due} (week {week})"
        " ({source}). Start het tweede spoor en voeg het trajectplan toe, of leg in de eerstejaarsevaluatie vast"
        " waarom het (nog) niet nodig is.",
        "No evidence of a second track (plan or report of a re-integration provider), although '{ref_path}' mentions"
        " a second track or expects no return to the own job; expected by {due} (week {week}) ({source}). Start the"
        " second track and add its plan, or record in the first-year evaluation why it is not (yet) needed.",
    ),
    "missing_no_return": (
        "{label} ontbreekt, terwijl '{ref_path}' geen terugkeer in eigen werk verwacht of een tweede spoor noemt;"
        " verwacht uiterlijk {due} (week {week}) ({source}). {next}",
        "{label} is missing, although '{ref_path}' expects no return to the own job or mentions a second track;"
        " expected by {due} (week {week}) ({source}). {next}",
    ),
    "late": (
        "{label} is van {date}, na de termijn van {due} (week {week}) ({source}). {next}",
        "{label} is dated {date}, after the deadline of {due} (week {week}) ({source}). {next}",
    ),
    "late_second_track": (
        "Het tweede spoor begon pas op {date} ('{path}'), na {due} (week {week}) ({source}). Leg in het dossier vast"
        " waarom het niet eerder kon.",
        "The second track only started on {date} ('{path}'), after {due} (week {week}) ({source}). Record in the"
        " file why it could not start earlier.",
    ),
    "late_motivated": (
        "Er staat een motivering voor de afwijking in het document (Regeling procesgang art. 5), daarom een"
        " waarschuwing; controleer of die motivering overtuigt.",
        "The document gives a reason for the deviation (Regeling procesgang art. 5), hence a warning; check that"
        " the reason is convincing.",
    ),
    "late_unmotivated": (
        "Leg schriftelijk vast waarom de termijn niet is gehaald (Regeling procesgang art. 5) en voeg dat toe aan"
        " het dossier.",
        "Record in writing why the deadline was missed (Regeling procesgang art. 5) and add it to the file.",
    ),
    "late_generic": (
        "Voeg een toelichting toe waarom de termijn niet is gehaald.",
        "Add a note explaining why the deadline was missed.",
    ),
    "late_application": (
        "De WIA-aanvraag ({when} {date}) valt na de uiterste datum {due} (week {week}) ({source}). {next}",
        "The WIA application ({when} {date}) is after the last day {due} (week {week}) ({source}). {next}",
    ),
    "late_application_planned": (
        "Laat de werknemer de aanvraag uiterlijk {due} indienen; een late aanvraag kan de loondoorbetaling verlengen.",
        "Have the employee apply by {due} at the latest; a late application can extend the wage payment.",
    ),
    "late_application_filed": (
        "Een late aanvraag kan de loondoorbetaling verlengen; leg vast waarom de aanvraag later kwam.",
        "A late application can extend the wage payment; record why it came late.",
    ),
    "application_unknown": (
        "Week {week} ({due}) is voorbij en de datum van de WIA-aanvraag is niet bekend ({source}). Is de WIA nog"
        " niet aangevraagd, laat de werknemer dat dan direct doen; is het al gebeurd, zet de datum dan onder"
        " aanvraag_wia in dossier.yaml.",
        "Week {week} ({due}) has passed and the date of the WIA application is unknown ({source}). If the employee"
        " has not applied yet, have them apply at once; if they have, put the date under aanvraag_wia in"
        " dossier.yaml.",
    ),
    "early": (
        "{label} is van {date}, vóór het venster week {from_week}-{week} ({start} t/m {due}) ({source}). Zorg dat"
        " de evaluatie het hele eerste ziektejaar beslaat, of voeg een evaluatie binnen het venster toe.",
        "{label} is dated {date}, before the window of weeks {from_week}-{week} ({start} to {due}) ({source})."
        " Make sure the evaluation covers the whole first year, or add one inside the window.",
    ),
    "unverified": (
        "Termijn niet gecontroleerd: {label} (uiterlijk {due}, week {week}; {source}). '{path}' kan niet worden"
        " gelezen en is naar de bestandsnaam dit document. Maak het bestand leesbaar (bijvoorbeeld met --password),"
        " dan controleert wia-dossier de termijn.",
        "Deadline not checked: {label} ({due}, week {week}; {source}). '{path}' cannot be read and by its name is"
        " this document. Make the file readable (for instance with --password) and wia-dossier checks it.",
    ),
    "upload_late": (
        "Het re-integratieverslag kwam op {received} bij UWV binnen, {days} dagen na de WIA-aanvraag van {application}"
        " (volgens '{path}'); uiterlijk {due} was de termijn ({source}). Leg vast waarom het later kwam; UWV kan de"
        " beoordeling van de aanvraag daardoor uitstellen.",
        "The re-integration report reached UWV on {received}, {days} days after the WIA application of {application}"
        " (according to '{path}'); it was due by {due} ({source}). Record why it came later; UWV may postpone"
        " judging the application.",
    ),
    "copies_late": (
        "De werknemer kreeg de kopieën van het re-integratieverslag op {when} (volgens '{path}'), na week 91: uiterlijk"
        " {due} was de termijn ({source}). Vermeld in het verslag wanneer en waarom later, en ga na of de werknemer nu"
        " alle stukken heeft.",
        "The employee received the copies of the re-integration report on {when} (according to '{path}'), after week"
        " 91: they were due by {due} ({source}). State in the report when and why later, and check that the employee"
        " now has every document.",
    ),
    "unverified_present": (
        "Niet gecontroleerd: {label} ({source}). '{path}' kan niet worden gelezen en is naar de bestandsnaam dit"
        " document. Maak het bestand leesbaar (bijvoorbeeld met --password), dan controleert wia-dossier het.",
        "Not checked: {label} ({source}). '{path}' cannot be read and by its name is this document. Make the file"
        " readable (for instance with --password) and wia-dossier checks it.",
    ),
    "deadline_ahead": (
        "{label} uiterlijk {due} (week {week}), nog {days} dagen ({source}).",
        "{label} due {due} (week {week}), {days} days left ({source}).",
    ),
    "deadline_ahead_planned": (
        "{label} gepland op {date}; uiterlijk {due} (week {week}), nog {days} dagen ({source}).",
        "{label} planned for {date}; due {due} (week {week}), {days} days left ({source}).",
    ),
    "order": (
        "Het actueel oordeel ({ao_date}, '{ao_path}') is van na de eindevaluatie ({ev_date}, '{ev_path}') ({source})."
        " De eindevaluatie moet op het actuele oordeel voortbouwen: stel haar opnieuw op of bevestig haar na {ao_date}.",
        "The current assessment ({ao_date}, '{ao_path}') is dated after the final evaluation ({ev_date}, '{ev_path}')"
        " ({source}). The final evaluation must build on it: redo or confirm it after {ao_date}.",
    ),
    "track_report_gap": (
        "Het tweede spoor loopt, maar het re-integratiebureau rapporteerde meer dan {max} weken niet: {gaps} ({source})."
        " Vraag het bureau om de ontbrekende voortgangsrapportages en voeg ze toe; UWV kijkt of de werkgever het"
        " traject volgde en bijstuurde.",
        "The second track runs, but the provider did not report for more than {max} weeks: {gaps} ({source}). Ask the"
        " provider for the missing progress reports and add them; UWV checks that the employer followed and steered"
        " the track.",
    ),
    "order_application": (
        "De eindevaluatie ({ev_date}, '{ev_path}') is van na de WIA-aanvraag ({applied}, dossier.yaml) ({source}). Het"
        " re-integratieverslag gaat mét de aanvraag naar UWV: klopt de datum van de aanvraag niet, verbeter dan"
        " aanvraag_wia; anders hoort de eindevaluatie vóór de aanvraag, en moet UWV weten dat zij later kwam.",
        "The final evaluation ({ev_date}, '{ev_path}') is dated after the WIA application ({applied}, dossier.yaml)"
        " ({source}). The re-integration report goes to UWV with the application: if the application date is wrong,"
        " correct aanvraag_wia; otherwise the final evaluation belongs before it, and UWV must know it came later.",
    ),
    "outdated_ao": (
        "Het actueel oordeel van {date} ('{path}') is {ref_text} {age} oud{early_text} (richtlijn: hooguit"
        " {max} weken; {source}). Vraag de bedrijfsarts om een actueel oordeel van na {after}.",
        "The current assessment of {date} ('{path}') is {age} old {ref_text}{early_text} (guideline: at most"
        " {max} weeks; heuristic; {source}). Ask the occupational physician for a current assessment dated after {after}.",
    ),
    "outdated_ao_superseded": (
        "Het actueel oordeel van {date} ('{path}') is ouder dan de bijstelling van de probleemanalyse van {later}"
        " ('{later_path}'): de bedrijfsarts heeft de situatie daarna opnieuw beoordeeld, dus dit oordeel is niet meer"
        " actueel ({source}). Vraag de bedrijfsarts om een actueel oordeel van na {later}.",
        "The current assessment of {date} ('{path}') predates the adjusted problem analysis of {later}"
        " ('{later_path}'): the occupational physician judged the situation again afterwards, so this assessment is"
        " no longer current ({source}). Ask the occupational physician for a current assessment dated after {later}.",
    ),
    "announced_revision": (
        "In '{path}' ({date}) kondigt de bedrijfsarts een bijstelling van de probleemanalyse aan; {days} dagen later staat"
        " die nog niet in het dossier ({source}). Vraag de bedrijfsarts om de bijgestelde probleemanalyse, of leg vast"
        " waarom die niet meer nodig was.",
        "In '{path}' ({date}) the occupational physician announces an adjusted problem analysis; {days} days later it"
        " is not in the dossier ({source}). Ask for the adjusted analysis, or record why it was no longer needed.",
    ),
    "advised_assessment": (
        "In '{path}' ({date}) wordt een arbeidsdeskundig onderzoek geadviseerd; {days} dagen later staat er geen"
        " arbeidsdeskundig rapport in het dossier ({source}). Voeg het rapport toe, of leg vast waarom het advies niet is"
        " gevolgd.",
        "'{path}' ({date}) advises an assessment by a labour expert; {days} days later there is no labour expert's"
        " report in the dossier ({source}). Add the report, or record why the advice was not followed.",
    ),
    "late_ev_employment_end": (
        "De eindevaluatie van {date} ('{path}') is {days} dagen na het einde van het dienstverband op {end} opgesteld"
        " (volgens '{where}'); UWV wil de eindevaluatie uiterlijk op de laatste dag van het dienstverband ({source})."
        " Leg in het verslag vast waarom zij later kwam.",
        "The final evaluation of {date} ('{path}') was made {days} days after the employment ended on {end}"
        " (according to '{where}'); UWV wants it at the latest on the last day of employment ({source})."
        " State in the report why it came later.",
    ),
    "late_report_employment_end": (
        "De ziekmelding bij UWV van {date} ('{path}') is {days} dagen na het einde van het dienstverband op {end}"
        " gedaan (volgens '{where}'); wie ziek uit dienst gaat, meldt de werkgever uiterlijk op de laatste werkdag"
        " ({source}). Een late melding kost een boete, geen loonsanctie; leg vast waarom zij later kwam.",
        "The sick report to UWV of {date} ('{path}') was made {days} days after the employment ended on {end}"
        " (according to '{where}'); when an employee leaves while sick, the employer reports on the last working day"
        " ({source}). A late report costs a fine, not a wage sanction; record why it came later.",
    ),
    "late_plan_revision": (
        "De bijstelling van het plan van aanpak van {date} ('{path}') kwam {days} dagen na de bijgestelde"
        " probleemanalyse van {advice} ('{advice_path}'); advies van de bedrijfsarts hoort binnen {max} dagen in het"
        " plan te staan ({source}). Leg in het dossier vast waarom het later kwam.",
        "The adjusted action plan of {date} ('{path}') came {days} days after the adjusted problem analysis of"
        " {advice} ('{advice_path}'); the occupational physician's advice belongs in the plan within {max} days"
        " ({source}). Record in the dossier why it came later.",
    ),
    "outdated_ev": (
        "De eindevaluatie van {date} ('{path}') is {ref_text} {age} oud (richtlijn: hooguit {max} weken;"
        " {source}). Werk de eindevaluatie bij met de werknemer, na het actuele oordeel.",
        "The final evaluation of {date} ('{path}') is {age} old {ref_text} (guideline: at most {max} weeks;"
        " heuristic, {source}). Update it with the employee, after the current assessment.",
    ),
    "eval_gap": (
        "Meer dan {max} weken tussen evaluaties: {gaps} ({source}). Evalueer het plan van aanpak minstens eens per"
        " {max} weken met de werknemer en leg elk gesprek vast; voeg ontbrekende verslagen toe.",
        "More than {max} weeks between evaluations: {gaps} ({source}). Evaluate the action plan with the employee"
        " at least every {max} weeks and record each meeting; add any missing reports.",
    ),
    "content": (
        "{label} '{path}' behandelt niet: {topics} ({source}). Vul het document aan en laat het opnieuw ondertekenen.",
        "{label} '{path}' does not cover: {topics} ({source}). Complete the document and have it signed again.",
    ),
    "bsn_invalid": (
        "'{path}' noemt BSN {bsn}, dat niet voldoet aan de elfproef ({source}). Controleer het BSN en corrigeer het document.",
        "'{path}' shows BSN {bsn}, which fails the eleven test ({source}). Check the number and correct the document.",
    ),
    "bsn_ocr": (
        "'{path}' is een scan; de tekstherkenning las BSN {bsn}, dat niet voldoet aan de elfproef en één of twee cijfers"
        " afwijkt van het BSN van de werknemer ({ref_bsn}). Waarschijnlijk is een cijfer verkeerd gelezen; controleer het"
        " BSN op het papier ({source}).",
        "'{path}' is a scan; text recognition read BSN {bsn}, which fails the eleven test and is one or two digits off"
        " the employee's BSN ({ref_bsn}). A digit was most likely misread; check the BSN on the paper ({source}).",
    ),
    "bsn_invalid_case": (
        "dossier.yaml: werknemer.bsn {bsn} voldoet niet aan de elfproef ({source}). Corrigeer het BSN in dossier.yaml.",
        "dossier.yaml: werknemer.bsn {bsn} fails the eleven test ({source}). Correct it in dossier.yaml.",
    ),
    "bsn_mismatch": (
        "'{path}' noemt BSN {bsn}, maar {ref_where} {ref_bsn} ({source}). Controleer of het document bij"
        " deze werknemer hoort en corrigeer het BSN.",
        "'{path}' shows BSN {bsn}, but {ref_where} {ref_bsn} ({source}). Check that the document belongs to"
        " this employee and correct the number.",
    ),
    "waived": (
        "{label} is niet vereist: '{path}' vermeldt '{phrase}' ({source}).",
        "{label} is not required: '{path}' states '{phrase}' ({source}).",
    ),
    "no_first_sick_day": (
        "De eerste ziektedag is onbekend, dus de termijnen zijn niet gecontroleerd. Geef --first-sick-day op of"
        " zet eerste_ziektedag in dossier.yaml.",
        "The first sick day is unknown, so no deadline was checked. Pass --first-sick-day or set eerste_ziektedag"
        " in dossier.yaml.",
    ),
}

_NEXT: dict[str, tuple[str, str]] = {
    "probleemanalyse": (
        "Vraag de bedrijfsarts om de probleemanalyse.",
        "Ask the occupational physician for the problem analysis.",
    ),
    "bijstelling_probleemanalyse": (
        "Vraag de bedrijfsarts om de bijstelling van de probleemanalyse.",
        "Ask the occupational physician for the adjusted problem analysis.",
    ),
    "plan_van_aanpak": (
        "Stel het plan van aanpak op met de werknemer en laat het door beiden ondertekenen.",
        "Draw up the action plan with the employee and have both sign it.",
    ),
    "bijstelling_plan_van_aanpak": (
        "Voeg de bijstelling van het plan van aanpak toe.",
        "Add the adjusted action plan.",
    ),
    "eerstejaarsevaluatie": (
        "Voeg de eerstejaarsevaluatie van werkgever en werknemer toe.",
        "Add the first-year evaluation by employer and employee.",
    ),
    "actueel_oordeel": (
        "Vraag de bedrijfsarts om een actueel oordeel (zonder medische gegevens).",
        "Ask the occupational physician for a current assessment (without medical data).",
    ),
    "eindevaluatie": (
        "Stel de eindevaluatie op met de werknemer, na het actueel oordeel.",
        "Draw up the final evaluation with the employee, after the current assessment.",
    ),
    "oordeel_werknemer": (
        "Vraag de werknemer om zijn of haar oordeel over het re-integratieverslag.",
        "Ask the employee for their opinion on the return-to-work report.",
    ),
    "deskundigenoordeel": ("Voeg het deskundigenoordeel van UWV toe.", "Add UWV's expert opinion."),
    "ziekmelding_uwv": (
        "Voeg de 42e-weeksmelding (of de bevestiging van UWV) toe.",
        "Add the week-42 sickness report (or UWV's confirmation).",
    ),
}
_NEXT_DEFAULT = (
    "Voeg het document toe aan de dossiermap, of wijs het aan onder overrides in dossier.yaml als het er al is.",
    "Add the document to the case folder, or point to it under overrides in dossier.yaml if it is there.",
)


def msg(key: str, lang: str, **fields: object) -> str:
    """The finding text ``key`` in ``lang`` (nl or en) with ``fields`` filled in."""
    nl, en = _TEXTS[key]
    return singular((en if lang == "en" else nl).format(**fields))


# 'nog 1 dagen', '1 weken oud', '1 days left': a count of one filled into a text written for more
_ONE = re.compile(r"(?<![\d.,])1 (dagen|weken|days|weeks|fouten|waarschuwingen|errors|warnings)\b")
_ONE_OF = {
    "dagen": "dag",
    "weken": "week",
    "days": "day",
    "weeks": "week",
    "fouten": "fout",
    "waarschuwingen": "waarschuwing",
    "errors": "error",
    "warnings": "warning",
}


def duration(days: int, lang: str) -> str:
    """'6 weken', '6 weken en 2 dagen', '1 week en 1 dag' (English alike): exact where a limit is in weeks."""
    weeks, rest = divmod(max(days, 0), 7)
    en = lang == "en"
    w = f"{weeks} {'week' if weeks == 1 else ('weeks' if en else 'weken')}"
    if not rest:
        return w
    d = f"{rest} {'day' if en and rest == 1 else 'days' if en else 'dag' if rest == 1 else 'dagen'}"
    return f"{w} {'and' if en else 'en'} {d}" if weeks else d


def singular(text: str) -> str:
    """``text`` with 'n dagen/weken/…' in the singular where n is 1."""
    return _ONE.sub(lambda m: "1 " + _ONE_OF[m.group(1)], text) if "1 " in text else text


def next_step(type_id: str, lang: str) -> str:
    """What to do when a document of ``type_id`` is missing."""
    nl, en = _NEXT.get(type_id, _NEXT_DEFAULT)
    return en if lang == "en" else nl


def fmt_date(d: dt.date, lang: str) -> str:
    """``12-10-2026`` (nl) or ``2026-10-12`` (en)."""
    return d.isoformat() if lang == "en" else f"{d:%d-%m-%Y}"


def long_date(d: dt.date, lang: str) -> str:
    """``3 augustus 2026`` (nl) or ``3 August 2026`` (en)."""
    months = MONTHS_EN if lang == "en" else MONTHS_NL
    return f"{d.day} {months[d.month - 1]} {d.year}"


def t(lang: str, nl: str, en: str) -> str:
    """The Dutch or the English text, by ``lang`` (``nl`` is the default language), counts of one singular."""
    return singular(en if lang == "en" else nl)


#: The operating system's reasons an HR officer meets, in Dutch (``OSError.strerror`` is English on most systems).
_OS_REASONS_NL = {
    errno.ENOENT: "bestaat niet",
    errno.EACCES: "geen toegang",
    errno.EPERM: "geen toestemming",
    errno.ENOSPC: "de schijf is vol",
    errno.EROFS: "alleen-lezen",
    errno.EISDIR: "is een map",
    errno.ENOTDIR: "een deel van het pad is geen map",
    errno.EEXIST: "bestaat al",
    errno.ENAMETOOLONG: "naam te lang",
    errno.EDQUOT: "opslagquotum bereikt",
    errno.EBUSY: "in gebruik",
    errno.EIO: "lees- of schrijffout van de schijf",
}


def os_reason(exc: OSError, lang: str) -> str:
    """Why a file operation failed, in the user's language: 'geen toegang' / 'Permission denied'."""
    english = exc.strerror or type(exc).__name__
    if lang == "nl" and exc.errno in _OS_REASONS_NL:
        return _OS_REASONS_NL[exc.errno]
    return english
