"""LibreOffice leaves nothing behind: no process, no temp file, after a timeout or Ctrl-C.

Before: ``soffice`` is a script that starts ``oosplash``, which starts ``soffice.bin``. On a timeout or a
Ctrl-C only the first was killed, so ``soffice.bin`` ran on; and LibreOffice's own ``lu*.tmp`` folders
stayed in the user's TMPDIR after every interrupted ``build``.
"""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from wia_dossier.convert.docx import convert_batch

pytestmark = pytest.mark.skipif(not hasattr(os, "killpg") or not Path("/proc").is_dir(), reason="POSIX with /proc")

# Stands in for soffice: a temp file like LibreOffice's lu*.tmp, a grandchild like soffice.bin, then it hangs.
FAKE_SOFFICE = """\
#!/bin/sh
mktemp -d "${TMPDIR:-/tmp}/luXXXXXX.tmp" > /dev/null
sleep 300 &
echo $! > "$PIDFILE"
sleep 300
"""


def _fake_soffice(tmp_path: Path) -> Path:
    script = tmp_path / "soffice"
    script.write_text(FAKE_SOFFICE)
    script.chmod(0o755)
    return script


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return True
    return state in ("Z", "X")


def _kill_left_over(pidfile: Path) -> None:
    """Tidy up after a failing run: the grandchild must not outlive the test either way."""
    if pidfile.exists() and pidfile.read_text().strip():
        with contextlib.suppress(OSError):
            os.kill(int(pidfile.read_text()), signal.SIGKILL)


def _wait_for(path: Path, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    while not (path.exists() and path.read_text().strip()):
        assert time.monotonic() < deadline, "the fake soffice did not start"
        time.sleep(0.05)


def test_timeout_kills_every_libreoffice_process_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user_tmp = tmp_path / "user-tmp"
    user_tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(user_tmp))
    monkeypatch.setattr("tempfile.tempdir", None)  # read TMPDIR again
    pidfile = tmp_path / "grandchild.pid"
    monkeypatch.setenv("PIDFILE", str(pidfile))

    def no_fallback(name: str, context: dict[str, object]) -> bytes:
        raise AssertionError("not reached: the .docx is not readable for the fallback either")

    try:
        done, failed = convert_batch(
            [("plan.docx", b"not really a docx", tmp_path / "out" / "0000.pdf")],
            tmp_path / "work",
            soffice=str(_fake_soffice(tmp_path)),
            timeout=-19.0,  # convert_batch adds 20 s per file: 1 s in all
            render_html_pdf=no_fallback,
        )
        assert not done and "plan.docx" in failed
        assert _gone(int(pidfile.read_text()))
    finally:
        _kill_left_over(pidfile)
    monkeypatch.setattr("tempfile.tempdir", None)
    assert list(user_tmp.iterdir()) == []


def test_ctrl_c_kills_every_libreoffice_process_and_leaves_no_temp_file(tmp_path: Path) -> None:
    user_tmp = tmp_path / "user-tmp"
    user_tmp.mkdir()
    pidfile = tmp_path / "grandchild.pid"
    program = textwrap.dedent(
        f"""
        import signal
        from pathlib import Path
        from wia_dossier.convert.docx import _run_soffice
        # as in a terminal: a runner that starts the suite in the background (a CI job, 'cmd &') hands every child
        # an ignored SIGINT, and Python then never raises KeyboardInterrupt
        signal.signal(signal.SIGINT, signal.default_int_handler)
        try:
            _run_soffice({str(_fake_soffice(tmp_path))!r}, [("a", b"x", Path({str(tmp_path / "o.pdf")!r}))],
                         Path({str(tmp_path / "work")!r}), 300.0)
        except KeyboardInterrupt:
            print("afgebroken")
        """
    )
    env = dict(os.environ, TMPDIR=str(user_tmp), PIDFILE=str(pidfile))
    proc = subprocess.Popen(
        [sys.executable, "-c", program], env=env, stdout=subprocess.PIPE, text=True, start_new_session=True
    )
    try:
        _wait_for(pidfile)
        os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C in a terminal: the whole foreground group
        out, _ = proc.communicate(timeout=30)
        assert "afgebroken" in out
        assert _gone(int(pidfile.read_text()))
    finally:
        if proc.poll() is None:
            proc.kill()
        _kill_left_over(pidfile)
    assert list(user_tmp.iterdir()) == []
