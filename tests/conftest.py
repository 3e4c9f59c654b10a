"""Fixtures shared by several test modules."""

from __future__ import annotations

import pytest

from wia_dossier import pipeline


@pytest.fixture
def analysed_in_main(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The paths of the files the main process analyses itself (the rest is analysed in sandbox workers or comes
    from the cache)."""
    seen: list[str] = []
    real = pipeline.analyse

    def counting(src, ex, model, lang):  # type: ignore[no-untyped-def]
        seen.append(src.rel)
        return real(src, ex, model, lang)

    monkeypatch.setattr(pipeline, "analyse", counting)
    return seen
