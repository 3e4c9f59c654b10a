"""wia-dossier: check a Dutch WIA re-integration dossier and assemble the submission PDF."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
