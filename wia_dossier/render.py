"""Render Jinja2 HTML templates (cover, index, e-mail) to PDF with WeasyPrint, offline and sandboxed."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlparse

import jinja2

from wia_dossier.bsn import mask_bsn as _mask
from wia_dossier.errors import ConfigError, MissingProgramError
from wia_dossier.messages import long_date

log = logging.getLogger(__name__)

# Placeholder links in the index/cover: the assembler turns each one into an internal GoTo link
# to bundle page N (ANCHORS D: render with a reserved host, swap the annotation after the merge).
LINK_PREFIX = "https://wia-dossier.invalid/page/"


def packaged_template_dir() -> Path:
    """The packaged templates folder (inside the wheel, or the repository's top-level ``templates/``)."""
    from importlib import resources

    inside = resources.files("wia_dossier") / "templates"
    if inside.is_dir():
        return Path(str(inside))
    return Path(__file__).resolve().parent.parent / "templates"


def format_date(value: dt.date | None, lang: str = "nl", *, long: bool = False) -> str:
    """``2025-03-05`` → ``05-03-2025`` (or ``5 maart 2025`` with ``long``); '—' for None."""
    if value is None:
        return "—"
    if long:
        return long_date(value, lang)
    return value.strftime("%d-%m-%Y")


def mask_bsn(bsn: str | None, *, full: bool = False) -> str:
    """``123456782`` → ``*****6782``: enough to match the papers, useless to a thief."""
    if not bsn:
        return ""
    if full:
        return "".join(ch for ch in bsn if ch.isdigit()) or bsn
    return _mask(bsn)


class TemplateRenderer:
    """A Jinja2 environment over the user's template folder (first) and the packaged one (second).

    The user folder overrides templates by file name: a bureau copies ``style.css`` or
    ``cover.html.j2`` into its own folder and edits it. Rendering to PDF happens with WeasyPrint
    and a URL fetcher that refuses the network and every file outside those two folders.
    """

    def __init__(self, user_dir: Path | None = None, lang: str = "nl") -> None:
        self.lang = lang
        self.packaged_dir = packaged_template_dir()
        self.user_dir = user_dir.resolve() if user_dir is not None else None
        if self.user_dir is not None and not self.user_dir.is_dir():
            raise ConfigError(str(user_dir), "de sjablonenmap bestaat niet of is geen map.")
        if self.user_dir is not None and not any(
            p.suffix in (".j2", ".css") for p in self.user_dir.iterdir() if p.is_file()
        ):
            log.warning(
                "De sjablonenmap %s bevat geen sjablonen (.j2) of stijlblad (.css); de standaardsjablonen worden "
                "gebruikt. Kopieer de map 'templates' van wia-dossier en pas die aan.",
                user_dir,
            )
        dirs = [d for d in (self.user_dir, self.packaged_dir) if d is not None]
        self.env = jinja2.Environment(
            loader=jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(d)) for d in dirs]),
            autoescape=True,
            undefined=jinja2.StrictUndefined,
            trim_blocks=True,
            lstrip_blocks=True,
        )
        self.env.filters["date"] = lambda v, long=False: format_date(v, self.lang, long=long)
        self.env.globals["link_prefix"] = LINK_PREFIX
        self.allowed_dirs = dirs

    def render_html(self, name: str, context: Mapping[str, Any]) -> str:
        """Render one template to HTML; template errors become ConfigError (exit 3) naming file and line."""
        try:
            return self.env.get_template(name).render(lang=self.lang, **context)
        except jinja2.TemplateSyntaxError as exc:
            raise ConfigError(exc.filename or name, f"sjabloonfout: {exc.message}", line=exc.lineno) from exc
        except jinja2.TemplateNotFound as exc:
            missing = exc.name or name
            where = f" (gevraagd vanuit '{name}')" if missing != name else ""
            raise ConfigError(
                str(self.user_dir or self.packaged_dir),
                f"sjabloon '{missing}' niet gevonden{where}. Een sjabloon kan alleen bestanden uit zijn eigen map "
                "gebruiken; controleer de naam in {% include %} of {% extends %}, of kopieer het bestand naar de "
                "sjablonenmap.",
            ) from exc
        except jinja2.UndefinedError as exc:
            raise ConfigError(name, f"sjabloon gebruikt een onbekend veld: {exc.message}") from exc

    def render_pdf(self, name: str, context: Mapping[str, Any]) -> bytes:
        """Render a template to PDF bytes (WeasyPrint, no network, only files of the template folders)."""
        html = self.render_html(name, context)
        return self.html_to_pdf(html)

    def render_pdf_with_anchor(self, name: str, context: Mapping[str, Any], anchor: str) -> tuple[bytes, int]:
        """Render to PDF and return the 0-based page holding the element with ``id=anchor`` (0 if absent).

        The cover and the index are one WeasyPrint document, so the roman page counter runs on;
        the outline's "Inhoudsopgave" entry needs the page where the index starts.
        """
        html = self.render_html(name, context)
        weasyprint = _weasyprint()
        base = self.allowed_dirs[0]
        doc = weasyprint.HTML(
            string=html, base_url=str(base) + "/", url_fetcher=_make_fetcher(self.allowed_dirs)
        ).render()
        page = next((i for i, pg in enumerate(doc.pages) if anchor in pg.anchors), 0)
        pdf = doc.write_pdf()
        assert pdf is not None
        return bytes(pdf), page

    def html_to_pdf(self, html: str) -> bytes:
        """HTML text → PDF bytes with the sandboxed fetcher."""
        weasyprint = _weasyprint()
        base = self.allowed_dirs[0]
        doc = weasyprint.HTML(string=html, base_url=str(base) + "/", url_fetcher=_make_fetcher(self.allowed_dirs))
        pdf = doc.write_pdf()
        assert pdf is not None
        return bytes(pdf)


def _weasyprint() -> Any:
    try:
        import weasyprint
    except (ImportError, OSError) as exc:  # OSError: Pango/GLib libraries missing
        raise MissingProgramError(
            "WeasyPrint kan niet starten (Pango ontbreekt?). Installeer op Debian/Ubuntu "
            "'apt install libpango-1.0-0 libpangoft2-1.0-0', op macOS 'brew install pango'. "
            f"Technisch: {exc}",
            en="WeasyPrint cannot start (Pango missing?). On Debian/Ubuntu install "
            "'apt install libpango-1.0-0 libpangoft2-1.0-0', on macOS 'brew install pango'. "
            f"Technical: {exc}",
        ) from exc
    return weasyprint


def _make_fetcher(allowed: list[Path]) -> Any:
    """A WeasyPrint URL fetcher that only serves data: URIs and files inside ``allowed`` folders.

    No network at run time, ever: a template (or an e-mail body) that points at http(s), ftp or
    a file elsewhere on disk gets nothing. For a relative file name the user folder is tried first,
    then the packaged folder, so a bureau can override ``logo.png`` by name.
    """
    from weasyprint.urls import URLFetcher

    roots = [p.resolve() for p in allowed]

    class SandboxFetcher(URLFetcher):  # type: ignore[misc]
        def fetch(self, url: str, headers: Any = None) -> Any:
            parsed = urlparse(url)
            if parsed.scheme == "data":
                return super().fetch(url, headers)
            if parsed.scheme == "file":
                path = Path(unquote(parsed.path)).resolve()
                rel = None
                if path.is_relative_to(roots[0]):
                    rel = path.relative_to(roots[0])
                for root in roots:
                    candidate = (root / rel).resolve() if rel is not None else path
                    if candidate.is_relative_to(root) and candidate.is_file():
                        return super().fetch(candidate.as_uri(), headers)
            log.warning("blocked resource %s (only data: and template files are allowed)", url)
            raise ValueError(f"resource not allowed: {url}")

    return SandboxFetcher()
