"""Test-wide isolation: offscreen Qt, no telemetry, settings and keyring in temporary places."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Must precede any QApplication and any onnxruntime import.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture(autouse=True)
def _isolated_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test gets its own config and data folders, so no test sees the user's settings."""
    base = tmp_path_factory.mktemp("ocrdesk-home")
    monkeypatch.setenv("OCRDESK_CONFIG_DIR", str(base / "config"))
    monkeypatch.setenv("OCRDESK_DATA_DIR", str(base / "data"))
    for name in list(os.environ):
        if name.startswith("OCRDESK_") and name not in {"OCRDESK_CONFIG_DIR", "OCRDESK_DATA_DIR"}:
            monkeypatch.delenv(name, raising=False)
    yield
