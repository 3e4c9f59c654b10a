"""Walk a case folder (read-only) into SourceFiles, and turn container members into SourceFiles."""

from __future__ import annotations

import fnmatch
import hashlib
import os
import re
import stat
import unicodedata
from pathlib import Path, PurePosixPath

from wia_dossier.errors import readable
from wia_dossier.model import Extracted, SourceFile

__all__ = ["MAX_DEPTH", "expand_attachments", "is_excluded", "walk_case"]

#: Containers inside containers are followed this deep (mail → forwarded mail → attachment).
MAX_DEPTH = 3
_CHUNK = 1024 * 1024
_SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store", "ehthumbs.db"}
_CASE_FILES = {"dossier.yaml", "dossier.yml"}
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f/\\]+")


def walk_case(case_dir: Path, *, exclude: tuple[str, ...] = ()) -> tuple[list[SourceFile], list[tuple[str, str]]]:
    """List every document of a case folder without changing anything in it.

    Files are only ever opened with ``open(path, "rb")`` to hash them. Symlinked folders are
    never followed; a symlinked file is read only when it resolves inside ``case_dir``.
    Nothing in the folder (loops, permissions, sockets, vanished files) makes this raise.

    Args:
        case_dir: The case folder.
        exclude: Glob patterns relative to ``case_dir`` (``exclude:`` of dossier.yaml), matched
            case-insensitively against the path and each of its parent folders, so ``privé``,
            ``privé/*`` and ``privé/**`` all exclude the whole folder.

    Returns:
        ``(files, skipped)``. ``files`` is sorted by ``rel`` (posix, ``/``). Excluded files are
        part of ``files`` so the report can list them: their ``SourceFile.excluded`` holds the
        pattern that matched, and they are neither read nor hashed (``sha256 == ""``);
        ``extract()`` gives them status ``excluded``. ``skipped`` lists ``(rel, reason)`` for
        everything that is no document (hidden and system files, lock files, dossier.yaml,
        symlinks that are not followed, unreadable folders and files), sorted by ``rel``.
    """
    root = Path(case_dir).absolute()
    try:
        real_root = root.resolve(strict=True)
    except (OSError, RuntimeError):
        return [], [(".", "dossiermap bestaat niet of is niet leesbaar")]
    files: list[SourceFile] = []
    skipped: list[tuple[str, str]] = []
    stack: list[tuple[Path, str]] = [(root, "")]
    while stack:
        folder, prefix = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as exc:
            skipped.append((prefix.rstrip("/") or ".", _os_reason(exc, "map")))
            continue
        for entry in entries:
            # a name in Windows-1252 (an old zip, a Samba share) arrives with raw bytes as lone surrogates:
            # shown, matched and reported as meant ('José'); the file is still opened by its real name
            rel = prefix + readable(entry.name)
            reason = _ignored(entry, rel, at_top=not prefix)
            if reason:
                skipped.append((rel, reason))
                continue
            try:
                _walk_entry(entry, rel, real_root, exclude, files, skipped, stack)
            except OSError as exc:  # vanished or denied between scandir and stat
                skipped.append((rel, _os_reason(exc, "bestand")))
    files.sort(key=lambda f: f.rel)
    skipped.sort()
    return files, skipped


def _walk_entry(
    entry: os.DirEntry[str],
    rel: str,
    real_root: Path,
    exclude: tuple[str, ...],
    files: list[SourceFile],
    skipped: list[tuple[str, str]],
    stack: list[tuple[Path, str]],
) -> None:
    path = Path(entry.path)
    if entry.is_symlink():
        try:
            target = path.resolve(strict=True)
        except RuntimeError:
            skipped.append((rel, "symbolische koppeling in een lus"))
            return
        except OSError:
            skipped.append((rel, "kapotte symbolische koppeling"))
            return
        if target.is_dir():
            skipped.append((rel, "koppeling naar een map wordt niet gevolgd"))
            return
        if not target.is_relative_to(real_root):
            skipped.append((rel, "verwijst naar buiten de dossiermap"))
            return
        st = target.stat()
        read_path = target
    else:
        if entry.is_dir(follow_symlinks=False):
            stack.append((path, rel + "/"))
            return
        st = entry.stat(follow_symlinks=False)
        read_path = path
    if not stat.S_ISREG(st.st_mode):
        # FIFOs, sockets and devices: opening a FIFO would block the scan forever.
        skipped.append((rel, "geen gewoon bestand"))
        return
    pattern = is_excluded(rel, exclude)
    if pattern is not None:
        files.append(
            SourceFile(rel=rel, size=st.st_size, sha256="", abs_path=path, mtime=st.st_mtime, excluded=pattern)
        )
        return
    try:
        digest = _sha256(read_path)
    except OSError as exc:
        skipped.append((rel, _os_reason(exc, "bestand")))
        return
    files.append(SourceFile(rel=rel, size=st.st_size, sha256=digest, abs_path=path, mtime=st.st_mtime))


def _ignored(entry: os.DirEntry[str], rel: str, *, at_top: bool) -> str | None:
    """Why a directory entry is no document of the case, or None."""
    name = entry.name
    lower = name.lower()
    if lower in _SYSTEM_FILES:
        return "systeembestand"
    if name.startswith("."):
        return "verborgen map" if _is_dir(entry) else "verborgen bestand"
    if name.startswith("~$"):
        return "Office-vergrendelingsbestand"
    if lower in _CASE_FILES:
        # only the case's own dossier.yaml counts; one in a subfolder belongs to another case (an old copy)
        return (
            "dossiergegevens (dossier.yaml)"
            if at_top
            else "dossier.yaml in een submap; alleen die bovenin de dossiermap telt"
        )
    attributes = getattr(_safe_stat(entry), "st_file_attributes", 0)
    if attributes & getattr(stat, "FILE_ATTRIBUTE_HIDDEN", 0):  # Windows "hidden" flag
        return "verborgen map" if _is_dir(entry) else "verborgen bestand"
    return None


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir(follow_symlinks=False)
    except OSError:
        return False


def _safe_stat(entry: os.DirEntry[str]) -> os.stat_result | None:
    try:
        return entry.stat(follow_symlinks=False)
    except OSError:
        return None


def _os_reason(exc: OSError, what: str) -> str:
    if isinstance(exc, PermissionError):
        return f"geen leesrechten op {what}"
    if isinstance(exc, FileNotFoundError):
        return f"{what} verdwenen tijdens het scannen"
    return f"{what} niet leesbaar ({type(exc).__name__})"


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:  # read-only, never "r+b"/"w": the case folder is evidence
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _norm(text: str) -> str:
    # NFC because macOS file systems hand out decomposed names ("e" + accent for "é").
    return unicodedata.normalize("NFC", text).casefold()


def is_excluded(rel: str, patterns: tuple[str, ...]) -> str | None:
    """The first ``exclude:`` pattern that matches ``rel`` or one of its parent folders, or None.

    Args:
        rel: Path relative to the case folder, with ``/``.
        patterns: Glob patterns (``*``, ``?``, ``[...]``; ``*`` also crosses ``/``).
    """
    if not patterns:
        return None
    parts = PurePosixPath(_norm(rel)).parts
    candidates = ["/".join(parts[: i + 1]) for i in range(len(parts))]
    for pattern in patterns:
        cleaned = _norm(pattern.strip()).replace("\\", "/").removeprefix("./").rstrip("/")
        if not cleaned:
            continue
        variants = {cleaned}
        if cleaned.endswith("/**"):
            variants.add(cleaned[:-3])
        if cleaned.startswith("**/"):
            variants.add(cleaned[3:])
        if any(fnmatch.fnmatchcase(c, v) for c in candidates for v in variants):
            return pattern
    return None


def _safe_member_name(name: str, index: int) -> str:
    """A member name that cannot break the ``container::member`` path syntax."""
    # Keep only the last path component, as browsers do with "../../x" names.
    base = re.split(r"[/\\]", name)[-1]
    cleaned = _UNSAFE_NAME.sub("_", base.replace("::", "_")).strip(" .")
    return cleaned or f"bijlage-{index}"


def _dedupe(name: str, seen: set[str]) -> str:
    stem, dot, suffix = name.rpartition(".")
    if not dot or not stem:
        stem, dot, suffix = name, "", ""
    candidate, n = name, 1
    while _norm(candidate) in seen:
        n += 1
        candidate = f"{stem} ({n}){dot}{suffix}"
    seen.add(_norm(candidate))
    return candidate


def expand_attachments(parent: SourceFile, extracted: Extracted, depth: int) -> list[SourceFile]:
    """Turn the attachments of a container (an e-mail) into SourceFiles of their own.

    Args:
        parent: The container.
        extracted: What its extractor found; ``extracted.attachments`` are expanded.
        depth: Nesting depth of the members to create: 1 for the attachments of a file on
            disk, 2 for those of an attachment, ... (the number of ``::`` in their ``rel``).
            Nothing is returned beyond ``MAX_DEPTH`` (3), so a chain is at most
            ``a.eml::b.eml::c.eml::d.pdf``.

    Returns:
        One SourceFile per attachment, in attachment order, with ``rel`` =
        ``parent.rel + "::" + name`` and ``data`` set. Names are made safe (no ``/``, ``\\``,
        ``::`` or control characters) and repeated names get `` (2)``, `` (3)`` before the
        extension.
    """
    if depth > MAX_DEPTH or not extracted.attachments:
        return []
    seen: set[str] = set()
    members: list[SourceFile] = []
    for index, attachment in enumerate(extracted.attachments, start=1):
        name = _dedupe(_safe_member_name(attachment.name, index), seen)
        data = attachment.data
        members.append(
            SourceFile(
                rel=f"{parent.rel}::{name}",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
                data=data,
                mtime=parent.mtime,
            )
        )
    return members
