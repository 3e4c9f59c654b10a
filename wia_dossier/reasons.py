"""English for the short Dutch reasons the readers give ('beschadigd zip-bestand', 'geen gewoon bestand').

A reader says in a few Dutch words why a file could not be read; the reason travels with the result
(through sandbox workers and the cache) and is shown inside a finding. With ``--lang en`` the finding is
English, so the reason must be too. The reasons are built from a small vocabulary, so they are translated
phrase by phrase, longest first; a part nobody translated stays as it is (a file name, a library's code).
"""

from __future__ import annotations

import re

__all__ = ["in_english", "reason"]

# (Dutch, English), longest and most specific first: a later, shorter phrase must not break an earlier one
_PHRASES: tuple[tuple[str, str], ...] = (
    (
        "het bestand is tijdens de controle verplaatst of verwijderd; draai de controle opnieuw",
        "the file was moved or deleted during the check; run the check again",
    ),
    ("geen leesrechten; vraag de beheerder om leesrechten", "no permission to read it; ask the administrator"),
    ("zip-archief: pak het uit in de dossiermap", "zip archive: unpack it into the case folder"),
    (
        "HEIC-foto: installeer pi-heif (pip install pi-heif) of sla de foto op als JPEG",
        "HEIC photo: install pi-heif (pip install pi-heif) or save the photo as JPEG",
    ),
    (
        "Vereenvoudigde weergave: Word-opmaak niet behouden; installeer LibreOffice voor een getrouwe omzetting",
        "Simplified rendering: Word layout not kept; install LibreOffice for a faithful conversion",
    ),
    ("OpenDocument-bestand: sla het op als .docx of PDF", "OpenDocument file: save it as .docx or PDF"),
    ("Word 6.0/95-formaat: sla het op als .docx", "Word 6.0/95 format: save it as .docx"),
    (
        "de PDF is met een wachtwoord beveiligd; geef het wachtwoord op",
        "the PDF is password-protected; give the password",
    ),
    ("het opgegeven wachtwoord is onjuist", "the password given is wrong"),
    ("beveiligd met een wachtwoord om te openen", "protected with a password to open"),
    ("OpenDocument-tekstbestand (.odt) met wachtwoord", "OpenDocument text file (.odt) with a password"),
    ("Word-bestand (.doc) met wachtwoord", "Word file (.doc) with a password"),
    ("onvolledig OpenDocument-bestand (content.xml ontbreekt)", "incomplete OpenDocument file (content.xml missing)"),
    ("onvolledig OpenDocument-bestand (geen tekst)", "incomplete OpenDocument file (no text)"),
    (
        "beschadigd OpenDocument-bestand (de tekst is geen geldige XML)",
        "damaged OpenDocument file (the text is not valid XML)",
    ),
    ("beschadigd OpenDocument-bestand", "damaged OpenDocument file"),
    ("Outlook-bericht heeft een kapotte opbouw", "Outlook message has a broken structure"),
    (
        "eerder gemaakt door wia-dossier (bundel, losse PDF of paginakaart)",
        "made earlier by wia-dossier (bundle, loose PDF or page map)",
    ),
    ("zip-bom/te groot uitgepakt (te veel onderdelen)", "zip bomb/too large when unpacked (too many parts)"),
    ("zip-bom/te groot uitgepakt", "zip bomb/too large when unpacked"),
    ("mogelijk een decompressiebom", "possibly a decompression bomb"),
    ("het leesprogramma stopte onverwacht", "the reader stopped unexpectedly"),
    (
        "mogelijk te veel geheugen nodig of een ernstig beschadigd bestand",
        "perhaps too much memory needed or a badly damaged file",
    ),
    ("mogelijk een kwaadaardig of zwaar beschadigd bestand", "possibly a malicious or badly damaged file"),
    ("ruimere grens met", "raise the limit with"),
    ("te veel geheugen nodig", "too much memory needed"),
    ("kon niet binnen", "could not be read within"),
    ("worden gelezen", ""),
    ("meer dan", "more than"),
    (
        "dossier.yaml in een submap; alleen die bovenin de dossiermap telt",
        "dossier.yaml in a subfolder; only the one at the top of the case folder counts",
    ),
    ("verwijst naar buiten de dossiermap", "points outside the case folder"),
    ("verdwenen tijdens het scannen", "vanished during the scan"),
    ("geen leesrechten op map", "no permission to read the folder"),
    ("geen leesrechten op bestand", "no permission to read the file"),
    ("map niet leesbaar", "folder not readable"),
    ("bestand niet leesbaar", "file not readable"),
    ("symbolische koppeling in een lus", "symbolic link in a loop"),
    ("kapotte symbolische koppeling", "broken symbolic link"),
    ("koppeling naar een map wordt niet gevolgd", "a link to a folder is not followed"),
    ("geen gewoon bestand", "not a regular file"),
    ("Office-vergrendelingsbestand", "Office lock file"),
    ("verborgen bestand", "hidden file"),
    ("verborgen map", "hidden folder"),
    ("systeembestand", "system file"),
    ("Excel-bestand (.xlsx) wordt niet gelezen", "Excel file (.xlsx) is not read"),
    ("PowerPoint-bestand (.pptx) wordt niet gelezen", "PowerPoint file (.pptx) is not read"),
    ("oud Excel-formaat (.xls)", "old Excel format (.xls)"),
    ("oud PowerPoint-formaat (.ppt)", "old PowerPoint format (.ppt)"),
    ("oud Word-formaat (.doc)", "old Word format (.doc)"),
    ("oud Office-formaat (OLE)", "old Office format (OLE)"),
    (
        "het onderdeel 'olefile' ontbreekt; installeer wia-dossier opnieuw",
        "the 'olefile' part is missing; install wia-dossier again",
    ),
    ("afbeelding beschadigd of afgekapt", "image damaged or cut off"),
    ("afbeelding niet te herkennen", "image not recognised"),
    ("afbeelding te groot", "image too large"),
    ("beschadigd Word-bestand", "damaged Word file"),
    ("beschadigd zip-bestand", "damaged zip file"),
    ("beschadigde PDF", "damaged PDF"),
    ("de PDF is beschadigd", "the PDF is damaged"),
    ("beschadigd bestand", "damaged file"),
    ("bestand niet te openen", "file cannot be opened"),
    ("pagina niet te lezen", "page cannot be read"),
    ("heeft een kapotte opbouw", "has a broken structure"),
    ("heeft te veel onderdelen", "has too many parts"),
    ("is te diep genest", "is nested too deeply"),
    ("te diep genest", "nested too deeply"),
    ("is onvolledig", "is incomplete"),
    ("te weinig geheugen", "too little memory"),
    ("het tekstbestand is leeg", "the text file is empty"),
    ("leeg bestand (0 bytes)", "empty file (0 bytes)"),
    ("leeg bericht", "empty message"),
    ("alleen witruimte", "only white space"),
    ("PDF zonder pagina's", "PDF without pages"),
    ("wachtwoord onjuist", "wrong password"),
    ("kan bestand niet lezen", "cannot read the file"),
    ("onbekend bestandsformaat", "unknown file format"),
    ("uitgesloten door", "excluded by"),
    ("interne fout", "internal error"),
    ("te groot", "too large"),
)
_PATTERN = re.compile("|".join(re.escape(nl) for nl, _ in sorted(_PHRASES, key=lambda p: -len(p[0]))))
_EN = dict(_PHRASES)


def in_english(text: str) -> str:
    """``text`` with every known Dutch reason phrase replaced by its English; the rest is left as it is."""
    out = _PATTERN.sub(lambda m: _EN[m.group(0)], text)
    return re.sub(r"\s{2,}", " ", out).strip()


def reason(text: str, lang: str) -> str:
    """A reader's reason as a finding in ``lang`` shows it."""
    return in_english(text) if lang == "en" else text
