"""Generate large synthetic dossiers for the benchmarks: N cases × D documents × P pages, deterministic.

Run: .venv/bin/python bench/make_dossier.py OUT [--cases 10] [--docs 40] [--pages 10] [--jobs 2]

Every document is unique (its own name, dates and BSN-free text, so no two files share a sha256 and the
cache cannot cheat): page 1 is written by ``samples/docgen.py`` with a realistic RIV title, personalia,
a paragraph and signatures; pages 2..P are continuation pages ("Vervolg verslag …") of plain text,
appended with pikepdf. Each case gets a ``dossier.yaml`` with its own first sick day, so the cases have
different deadlines. A folder that already holds the same parameters (``.bench-manifest.json``) is
reused as is, so repeated benchmark runs do not pay for generation again.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import json
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "samples"))

import docgen  # noqa: E402
import pikepdf  # noqa: E402
from fpdf import FPDF  # noqa: E402

# Core fonts: 4x faster than embedding DejaVu, and the extractors see the same text layer.
docgen.FONT_DIR = Path("/nonexistent-bench-fonts")

MANIFEST = ".bench-manifest.json"

# (type id, titles as they appear on real documents, author role, typical week)
KINDS = [
    ("probleemanalyse", ["Probleemanalyse", "Probleemanalyse bedrijfsarts"], "Bedrijfsarts", 5),
    ("plan_van_aanpak", ["Plan van aanpak", "Plan van aanpak re-integratie"], "Casemanager", 7),
    ("tussentijdse_evaluatie", ["Verslag voortgangsgesprek", "Evaluatie plan van aanpak"], "Casemanager", 20),
    ("bijstelling_plan_van_aanpak", ["Bijstelling plan van aanpak"], "Casemanager", 30),
    (
        "arbeidsdeskundig_rapport",
        ["Arbeidsdeskundig rapport", "Rapportage arbeidsdeskundig onderzoek"],
        "Arbeidsdeskundige",
        40,
    ),
    ("ziekmelding_uwv", ["Ziekmelding na 42 weken", "Bevestiging ziekmelding UWV"], "Werkgever", 42),
    ("eerstejaarsevaluatie", ["Eerstejaarsevaluatie", "Evaluatie eerste ziektejaar"], "Casemanager", 50),
    ("trajectplan_tweede_spoor", ["Trajectplan re-integratie tweede spoor"], "Loopbaancoach", 55),
    ("voortgangsrapportage_tweede_spoor", ["Voortgangsrapportage tweede spoor"], "Loopbaancoach", 64),
    ("actueel_oordeel", ["Actueel oordeel bedrijfsarts"], "Bedrijfsarts", 88),
    ("eindevaluatie", ["Eindevaluatie", "Eindevaluatie re-integratie"], "Casemanager", 90),
    ("oordeel_werknemer", ["Visie werknemer op het re-integratieverslag"], "Werknemer", 91),
]
FIRST = ["Jan", "Fatima", "Pieter", "Anouk", "Mohamed", "Sanne", "Kees", "Lotte", "Ahmet", "Ingrid"]
LAST = ["de Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "El Amrani", "Bos"]
SENTENCE = (
    "In het gesprek bespraken werkgever en werknemer de voortgang van de re-integratie, de opbouw van "
    "uren in het eigen werk en de afspraken voor de komende periode. "
)


def _filler(path: Path, pages: int) -> None:
    """Continuation pages of plain text (fast: text lines, no paragraph layout)."""
    pdf = FPDF(format="A4")
    pdf.set_font("helvetica", size=10)
    words = SENTENCE.split()
    for p in range(pages):
        pdf.add_page()
        pdf.set_font("helvetica", size=12)
        pdf.text(20, 20, f"Vervolg verslag - pagina {p + 2}")
        pdf.set_font("helvetica", size=10)
        for line in range(45):
            k = (p * 7 + line * 3) % len(words)
            pdf.text(20, 32 + line * 5.6, " ".join(words[k:] + words[:k])[:110])
    pdf.output(str(path))


def make_case(
    folder: Path, *, docs: int, pages: int, seed: int, filler: Path | None = None, part: tuple[int, int] | None = None
) -> int:
    """Write one case folder; return the number of pages written (``part=(k, n)``: only documents i % n == k)."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    name = f"{rng.choice(FIRST)[0]}. {rng.choice(LAST)}"
    d0 = dt.date(2024, 1, 8) + dt.timedelta(days=rng.randrange(0, 540))
    (folder / "dossier.yaml").write_text(
        f'werknemer: {{naam: "{name}", functie: "Medewerker logistiek"}}\n'
        f'werkgever: {{naam: "Bench Groothandel BV"}}\neerste_ziektedag: {d0.isoformat()}\n',
        encoding="utf-8",
    )
    style = docgen.Style(f"bench{seed % 5}", "Bench Groothandel BV", ("Industrieweg 1", "1000 AA Amsterdam"))
    total = 0
    for i in range(docs):
        if part is not None and i % part[1] != part[0]:
            continue
        _type_id, titles, role, week = KINDS[i % len(KINDS)]
        title = titles[(i // len(KINDS)) % len(titles)]
        date = d0 + dt.timedelta(days=7 * (week - 1) + (i // len(KINDS)) * 3 + 2)
        blocks = [
            docgen.Title(title),
            docgen.Fields(
                [
                    ("Naam werknemer", name),
                    ("Datum", docgen.fmt_date(date, "long")),
                    ("Eerste ziektedag", docgen.fmt_date(d0, "dash")),
                    ("Opgesteld door", role),
                    ("Kenmerk", f"BENCH-{seed}-{i:04d}"),
                ]
            ),
            docgen.Para(SENTENCE * 3),
            docgen.Signatures(
                [
                    docgen.Sig("Werkgever", "A. Jansen", "Casemanager", docgen.fmt_date(date, "dash")),
                    docgen.Sig("Werknemer", name, "", docgen.fmt_date(date, "dash")),
                ]
            ),
        ]
        sub = folder / f"{(i * 4) // max(docs, 1):02d} stukken"
        target = sub / f"{date.isoformat()} {title} {i + 1:04d}.pdf"
        docgen.write_pdf(target, blocks, style)
        if pages > 1 and filler is not None:
            with pikepdf.open(target, allow_overwriting_input=True) as pdf, pikepdf.open(filler) as more:
                need = pages - len(pdf.pages)
                if need > 0:
                    pdf.pages.extend(more.pages[:need])
                pdf.save(target)
        with pikepdf.open(target) as pdf:
            total += len(pdf.pages)
    return total


def _one(args: tuple[str, int, int, int, str | None]) -> int:
    folder, docs, pages, seed, filler = args
    return make_case(Path(folder), docs=docs, pages=pages, seed=seed, filler=Path(filler) if filler else None)


def make_root(root: Path, *, cases: int, docs: int, pages: int, jobs: int | None = None, seed: int = 1) -> dict:
    """Write ``cases`` case folders under ``root`` (reused when the manifest matches)."""
    params = {"cases": cases, "docs": docs, "pages": pages, "seed": seed, "generator": 1}
    manifest = root / MANIFEST
    if manifest.exists():
        old = json.loads(manifest.read_text())
        if old.get("params") == params:
            return old
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        filler = Path(tmp) / "filler.pdf"
        if pages > 1:
            _filler(filler, pages)
        work = [
            (str(root / f"dossier {n + 1:04d}"), docs, pages, seed * 100_003 + n, str(filler) if pages > 1 else None)
            for n in range(cases)
        ]
        jobs = jobs or os.cpu_count() or 1
        if jobs == 1 or (cases == 1 and docs < 50):
            total = sum(map(_one, work))
        elif cases == 1:  # one big case: split its documents over the cores
            total = _split_one(root / "dossier 0001", docs, pages, seed * 100_003, filler if pages > 1 else None, jobs)
        else:
            with cf.ProcessPoolExecutor(jobs) as pool:
                total = sum(pool.map(_one, work, chunksize=max(1, cases // (jobs * 4))))
    info = {"params": params, "pages": total, "documents": cases * docs}
    manifest.write_text(json.dumps(info))
    return info


def _split_one(folder: Path, docs: int, pages: int, seed: int, filler: Path | None, jobs: int) -> int:
    # generate in parts, then move the parts' documents into the one case (same names as a serial run)
    parts = [
        (str(folder.parent / f".part{k}"), docs, pages, seed, str(filler) if filler else None, k, jobs)
        for k in range(jobs)
    ]
    with cf.ProcessPoolExecutor(jobs) as pool:
        total = sum(pool.map(_part, parts))
    folder.mkdir(parents=True, exist_ok=True)
    for k in range(jobs):
        part = folder.parent / f".part{k}"
        for f in part.rglob("*"):
            if f.is_file():
                dest = folder / f.relative_to(part)
                dest.parent.mkdir(parents=True, exist_ok=True)
                f.replace(dest)
        shutil.rmtree(part)
    return total


def _part(args: tuple[str, int, int, int, str | None, int, int]) -> int:
    folder, docs, pages, seed, filler, k, jobs = args
    # the same documents make_case(seed) writes, only those with index % jobs == k
    return make_case(
        Path(folder), docs=docs, pages=pages, seed=seed, filler=Path(filler) if filler else None, part=(k, jobs)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="folder to write the case folders into")
    ap.add_argument("--cases", type=int, default=1)
    ap.add_argument("--docs", type=int, default=40, help="documents per case")
    ap.add_argument("--pages", type=int, default=10, help="pages per document")
    ap.add_argument("--jobs", type=int, default=None)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    info = make_root(args.out, cases=args.cases, docs=args.docs, pages=args.pages, jobs=args.jobs, seed=args.seed)
    print(f"{args.out}: {args.cases} cases, {info['documents']} documents, {info['pages']} pages")


if __name__ == "__main__":
    main()
