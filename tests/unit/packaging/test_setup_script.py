"""scripts/setup.sh without root: it stops at once with the command an administrator must run.

The script runs from a copy, with a PATH of fakes: `id` says who we are, `dpkg-query` says what is
installed, `apt-get` and `sudo` only record their calls (nothing is ever installed), and `python` passes
the version check and then fails, so a run that gets past the system packages ends right there.
"""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
QT_PACKAGES = ["libglib2.0-0", "libegl1", "libxcb-cursor0", "fonts-noto-cjk"]


def _script(path: Path, body: str) -> None:
    path.write_text("#!/bin/sh\n" + body, encoding="utf-8")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


@pytest.fixture
def sandbox(tmp_path: Path) -> Path:
    (tmp_path / "scripts").mkdir()
    shutil.copy2(ROOT / "scripts" / "setup.sh", tmp_path / "scripts" / "setup.sh")
    shutil.copy2(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    fake = tmp_path / "bin"
    fake.mkdir()
    for tool in ("grep", "cat", "cut", "dirname", "sha256sum", "env"):
        real = shutil.which(tool)
        assert real is not None, tool
        (fake / tool).symlink_to(real)
    log = tmp_path / "calls.log"
    _script(fake / "id", 'echo "$FAKE_UID"\n')
    _script(
        fake / "dpkg-query",
        'for p in $FAKE_INSTALLED; do [ "$p" = "$3" ] && { echo "install ok installed"; exit 0; }; done; exit 1\n',
    )
    _script(fake / "apt-get", f'echo "apt-get $*" >> {log}\n')
    # the version check passes; anything else (creating the venv) fails with a status of its own
    _script(fake / "python", 'case "$1" in -c) exit 0;; esac; exit 3\n')
    return tmp_path


def _run(sandbox: Path, uid: int, installed: list[str], *args: str) -> subprocess.CompletedProcess[str]:
    env = {
        "PATH": str(sandbox / "bin"),
        "HOME": str(sandbox),
        "PYTHON": str(sandbox / "bin" / "python"),
        "FAKE_UID": str(uid),
        "FAKE_INSTALLED": " ".join(installed),
    }
    bash = shutil.which("bash")
    assert bash is not None
    return subprocess.run(
        [bash, str(sandbox / "scripts" / "setup.sh"), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )


def _calls(sandbox: Path) -> list[str]:
    log = sandbox / "calls.log"
    return log.read_text(encoding="utf-8").splitlines() if log.exists() else []


def test_without_root_or_sudo_it_stops_with_the_apt_command(sandbox: Path) -> None:
    result = _run(sandbox, 1000, [])
    assert result.returncode == 1
    command = next(line.strip() for line in result.stderr.splitlines() if "apt-get install" in line)
    assert command.startswith("sudo apt-get install -y --no-install-recommends ")
    assert all(package in command.split() for package in QT_PACKAGES)
    assert "libreoffice-calc-nogui" not in command  # only the test tools need a spreadsheet
    assert "administrator" in result.stderr
    assert _calls(sandbox) == []
    assert not (sandbox / ".venv").exists()  # stopped at once: no 80 s of pip first


def test_it_names_only_the_missing_packages(sandbox: Path) -> None:
    result = _run(sandbox, 1000, ["libglib2.0-0", "libegl1", "fonts-noto-cjk"], "--test")
    command = next(line.strip() for line in result.stderr.splitlines() if "apt-get install" in line)
    assert result.returncode == 1
    names = command.split()
    assert "libglib2.0-0" not in names and "fonts-noto-cjk" not in names
    assert "libxcb-cursor0" in names and "libreoffice-calc-nogui" in names


def test_a_sudo_that_needs_a_password_without_a_terminal_also_stops(sandbox: Path) -> None:
    _script(sandbox / "bin" / "sudo", f'echo "sudo $*" >> {sandbox / "calls.log"}\nexit 1\n')
    result = _run(sandbox, 1000, [])
    assert result.returncode == 1
    assert "sudo apt-get install -y --no-install-recommends" in result.stderr
    assert _calls(sandbox) == ["sudo -n true"]  # asked without prompting; apt-get never ran


def test_as_root_it_installs_what_is_missing(sandbox: Path) -> None:
    everything_but = ["libglib2.0-0", "libegl1", "libgl1", "libfontconfig1", "libxkbcommon0", "libdbus-1-3"]
    result = _run(sandbox, 0, everything_but, "--test")
    calls = _calls(sandbox)
    assert calls[0] == "apt-get update -qq"
    install = calls[1].split()
    assert install[:5] == ["apt-get", "install", "-y", "-qq", "--no-install-recommends"]
    assert "libxcb-cursor0" in install and "libreoffice-calc-nogui" in install and "libgl1" not in install
    assert result.returncode == 3, result.stderr  # then went on to the venv (the fake python stops it there)


def test_with_everything_installed_no_root_is_needed(sandbox: Path) -> None:
    installed = subprocess.run(
        [
            "bash",
            "-c",
            f"source <(sed -n '/^apt_packages=(/,/^)/p' {sandbox / 'scripts' / 'setup.sh'}); "
            'echo "${apt_packages[@]}"',
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ},
    ).stdout.split()
    result = _run(sandbox, 1000, installed)
    assert result.returncode == 3, result.stderr
    assert "administrator" not in result.stderr
    assert _calls(sandbox) == []
