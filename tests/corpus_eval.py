"""Measure classification on the labelled corpus (tests/corpus/labels.csv); shared by the test and bench/accuracy.py."""

from __future__ import annotations

import csv
import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wia_dossier.casefile import resolve_first_sick_day
from wia_dossier.checklist import load_checklist
from wia_dossier.classify import compile_checklist
from wia_dossier.extractors import ExtractOptions
from wia_dossier.model import CaseFile
from wia_dossier.pipeline import classify_documents, read_documents

CORPUS = Path(__file__).resolve().parent / "corpus"


@dataclass
class CorpusResult:
    total: int = 0
    correct: int = 0
    by_split: Counter = field(default_factory=Counter)
    correct_by_split: Counter = field(default_factory=Counter)
    errors: list[tuple[str, str | None, str | None, list[str]]] = field(default_factory=list)
    medical_total: int = 0
    medical_caught: int = 0
    dates_total: int = 0
    dates_correct: int = 0
    date_errors: list[tuple[str, str, str | None]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def split_accuracy(self, split: str) -> float:
        n = self.by_split[split]
        return self.correct_by_split[split] / n if n else 0.0


def evaluate_corpus(root: Path = CORPUS) -> CorpusResult:
    labels = {}
    with (root / "labels.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            labels[row["path"]] = row
    checklist = load_checklist()
    model = compile_checklist(checklist)
    # every folder under files/<split>/ is one case, scanned as the tool scans a case: the first sick
    # day is resolved from the case's own documents, then the documents are classified with it
    found = {}
    files_root = root / "files"
    case_dirs = []
    for top in sorted(p for p in files_root.iterdir() if p.is_dir()):
        if any(c.is_file() for c in top.iterdir()):
            case_dirs.append(top)  # files/<case>/
        else:
            case_dirs.extend(sorted(p for p in top.iterdir() if p.is_dir()))  # files/<split>/<case>/
    if case_dirs:
        for case_dir in case_dirs:
            docs, _ = read_documents(case_dir, CaseFile(), ExtractOptions(ocr=True), as_of=dt.date(2030, 1, 1))
            first = resolve_first_sick_day(None, CaseFile(), docs, checklist=checklist)
            classify_documents(docs, model, CaseFile(), first.value if first else None, "nl")
            prefix = case_dir.relative_to(files_root).as_posix() + "/"
            for d in docs:
                found[prefix + d.path] = d
    res = CorpusResult()
    for path, row in sorted(labels.items()):
        rel = path[len("files/") :] if path.startswith("files/") else path
        doc = found.get(rel)
        expected = row["type"] or None
        got = doc.type if doc else "<not found>"
        split = row.get("split", "")
        res.total += 1
        res.by_split[split] += 1
        if got == expected:
            res.correct += 1
            res.correct_by_split[split] += 1
        else:
            res.errors.append((rel, expected, got, doc.reasons if doc else []))
        if expected == "medische_informatie":
            res.medical_total += 1
            res.medical_caught += got == "medische_informatie"
        if row.get("date") and doc is not None:
            res.dates_total += 1
            got_date = doc.date.value.isoformat() if doc.date else None
            if got_date == row["date"]:
                res.dates_correct += 1
            else:
                res.date_errors.append((rel, row["date"], got_date))
    return res
