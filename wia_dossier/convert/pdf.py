"""PDF input: used as is; owner-password restrictions removed; filled-in forms flattened; passwords only when given."""

from __future__ import annotations

import io
import logging
from pathlib import Path

import pikepdf

from wia_dossier.convert import PDF, PDF_FLATTENED, PDF_UNLOCKED, ConversionError, Converted

log = logging.getLogger(__name__)

#: Annotations that carry what the document says (see extractors/pdf.py): form fields, typed text, signatures.
_CONTENT_ANNOTS = (pikepdf.Name.Widget, pikepdf.Name.FreeText, pikepdf.Name.Ink, pikepdf.Name.Stamp)


def convert(rel: str, data: bytes, target: Path, password: str | None) -> Converted:
    """Write a PDF the assembler can merge to ``target``.

    An unencrypted PDF is copied byte for byte. An encrypted one is opened with pikepdf (an
    owner-password-only file opens without a password) and saved without encryption, so the
    bundle carries no print/copy restrictions that UWV's portal would trip over.

    A filled-in form (or text typed and signatures placed with a PDF reader's "Fill & Sign") is
    flattened: its values become part of the pages. In a merged bundle the form's fields lose their
    form, and a viewer without form support showed them empty; now every viewer shows what was filled in.
    """
    try:
        with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
            if len(pdf.pages) == 0:
                raise ConversionError("de PDF heeft geen pagina's")
            encrypted = pdf.is_encrypted
            if _has_content_annotations(pdf) and _flatten_to(pdf, target, rel):
                note = "ingevuld formulier vastgelegd" + ("; beveiliging verwijderd" if encrypted else "")
                return Converted(rel, target, PDF_FLATTENED, note)
        if not encrypted:
            target.write_bytes(data)
            return Converted(rel, target, PDF)
        with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
            pdf.save(target, encryption=False)
        return Converted(rel, target, PDF_UNLOCKED, "beveiliging verwijderd")
    except pikepdf.PasswordError as exc:
        if password:
            raise ConversionError("het opgegeven wachtwoord is onjuist") from exc
        raise ConversionError("de PDF is met een wachtwoord beveiligd; geef het wachtwoord op") from exc
    except pikepdf.PdfError as exc:
        raise ConversionError(f"de PDF is beschadigd ({type(exc).__name__})") from exc


def _flatten_to(pdf: pikepdf.Pdf, target: Path, rel: str) -> bool:
    """Draw form fields and annotations into the pages and save to ``target``; False if that fails."""
    try:
        if "/AcroForm" in pdf.Root:
            pdf.generate_appearance_streams()  # fields with a value but no appearance yet (NeedAppearances)
        pdf.flatten_annotations("screen")
        pdf.save(target, encryption=False)
        return True
    except Exception as exc:  # an odd form: the document as it is beats no document
        log.warning("formulier in %s niet vastgelegd (%s); de PDF gaat ongewijzigd mee", rel, type(exc).__name__)
        return False


def _has_content_annotations(pdf: pikepdf.Pdf) -> bool:
    try:
        for page in pdf.pages:
            annots = page.obj.get("/Annots")
            if not isinstance(annots, pikepdf.Array):
                continue
            for annot in annots:
                subtype = annot.get("/Subtype") if isinstance(annot, pikepdf.Dictionary) else None
                # compared as PDF names: a damaged name need not be valid UTF-8
                if isinstance(subtype, pikepdf.Name) and any(subtype == n for n in _CONTENT_ANNOTS):
                    return True
    except (pikepdf.PdfError, ValueError, TypeError):  # a damaged page tree: copied as it is
        return False
    return False
