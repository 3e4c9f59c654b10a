"""PDF input: used as is; owner-password restrictions removed; user-password files only with the password."""

from __future__ import annotations

import io
from pathlib import Path

import pikepdf

from wia_dossier.convert import PDF, PDF_UNLOCKED, ConversionError, Converted


def convert(rel: str, data: bytes, target: Path, password: str | None) -> Converted:
    """Write a PDF the assembler can merge to ``target``.

    An unencrypted PDF is copied byte for byte. An encrypted one is opened with pikepdf (an
    owner-password-only file opens without a password) and saved without encryption, so the
    bundle carries no print/copy restrictions that UWV's portal would trip over.
    """
    try:
        with pikepdf.open(io.BytesIO(data), password=password or "") as pdf:
            if len(pdf.pages) == 0:
                raise ConversionError("de PDF heeft geen pagina's")
            if not pdf.is_encrypted:
                target.write_bytes(data)
                return Converted(rel, target, PDF)
            pdf.save(target, encryption=False)
            return Converted(rel, target, PDF_UNLOCKED, "beveiliging verwijderd")
    except pikepdf.PasswordError as exc:
        if password:
            raise ConversionError("het opgegeven wachtwoord is onjuist") from exc
        raise ConversionError("de PDF is met een wachtwoord beveiligd; geef het wachtwoord op") from exc
    except pikepdf.PdfError as exc:
        raise ConversionError(f"de PDF is beschadigd ({exc})") from exc
