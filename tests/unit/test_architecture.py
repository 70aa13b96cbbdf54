"""The core stays Qt-free: every core module is under the import-linter contract, and it holds."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRESENTATION = {"ocrdesk.ui", "ocrdesk.app", "ocrdesk.__main__", "ocrdesk.__init__"}


def _contract_modules() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    [contract] = [c for c in config["tool"]["importlinter"]["contracts"] if c["name"].startswith("The core")]
    return set(contract["source_modules"])


def test_every_core_module_is_in_the_contract() -> None:
    listed = _contract_modules()
    top_level = {
        f"ocrdesk.{path.stem if path.is_file() else path.name}"
        for path in (ROOT / "ocrdesk").iterdir()
        if (path.suffix == ".py" or (path / "__init__.py").exists()) and path.name != "__pycache__"
    }
    missing = sorted(top_level - PRESENTATION - listed)
    assert not missing, f"add these core modules to the import-linter contract in pyproject.toml: {missing}"


def test_import_contract_holds() -> None:
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert lint, "import-linter is part of the test extras"
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
