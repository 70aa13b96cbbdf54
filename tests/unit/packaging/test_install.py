"""A plain (non-editable) `pip install` carries the icons, the sample and the licence, and builds quietly.

The wheel is built offline with the .venv's setuptools (no build isolation, no index) from a copy of the
sources, installed into a fresh virtual environment, and used from a folder outside the checkout, so
nothing can be found by accident in the working tree.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]


def _run(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"{command[:4]} failed:\n{result.stdout}\n{result.stderr}"
    return result


def _venv_python(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A fresh venv with ocrdesk installed from a wheel; returns its python and the wheel build's output."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "ocrdesk", source / "ocrdesk", ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy2(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    offline = ["--no-deps", "--no-index"]
    build = _run([*pip, "wheel", *offline, "--no-build-isolation", "-w", str(base / "dist"), "."], source)
    (wheel,) = (base / "dist").glob("ocrdesk-*.whl")

    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], base)
    python = _venv_python(venv)
    _run([*pip, "--python", str(python), "install", *offline, str(wheel)], base)
    # the dependencies (PySide6, platformdirs, ...) come from the test venv, appended after the new venv's own
    # site-packages; the .venv's editable ocrdesk is not seen: .pth files of an appended folder are not read
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    Path(site, "ocrdesk_test_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python, build.stdout + build.stderr


def _clean_env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"PYTHONPATH", "PYTHONHOME"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def test_the_build_prints_no_deprecation_or_warning(installed: tuple[Path, str]) -> None:
    _python, output = installed
    assert "deprecat" not in output.lower(), output
    assert "warning" not in output.lower(), output


def test_installed_package_has_its_icons_and_sample(installed: tuple[Path, str], tmp_path: Path) -> None:
    python, _ = installed
    script = """
import importlib.resources, pathlib, sys
import ocrdesk
from ocrdesk import paths
home = pathlib.Path(ocrdesk.__file__).resolve().parent
assert pathlib.Path(sys.prefix).resolve() in home.parents, home
folder = paths.resources_dir()
assert folder.resolve() == (home / "resources").resolve(), folder
assert (importlib.resources.files("ocrdesk") / "resources" / "samples" / "sample_document.png").is_file()
print(sorted(p.name for p in (folder / "icons").glob("*.svg")))
print((folder / "samples" / "sample_document.png").stat().st_size)
"""
    result = _run([str(python), "-c", script], tmp_path, env=_clean_env())
    icons, sample_size = result.stdout.strip().splitlines()
    assert "'ocrdesk.svg'" in icons and "'open.svg'" in icons and "'recognize.svg'" in icons
    assert int(sample_size) > 10_000


def test_installed_window_icons_load(installed: tuple[Path, str], tmp_path: Path) -> None:
    python, _ = installed
    script = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ocrdesk.ui import style
for name in ("ocrdesk", "open", "recognize", "export", "zoom-in"):
    icon = style.icon(name)
    assert not icon.isNull() and not icon.pixmap(32, 32).isNull(), name
print("ok")
"""
    env = _clean_env()
    env["OCRDESK_CONFIG_DIR"] = str(tmp_path / "config")
    env["OCRDESK_DATA_DIR"] = str(tmp_path / "data")
    assert _run([str(python), "-c", script], tmp_path, env=env).stdout.strip() == "ok"


def test_installed_window_speaks_chinese(installed: tuple[Path, str], tmp_path: Path) -> None:
    # the compiled catalogues are package data: a plain install needs no lrelease to be Chinese
    python, _ = installed
    script = """
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication
app = QApplication([])
from ocrdesk.ui import language
assert language.install(app, "system", QLocale(QLocale.Language.Chinese, QLocale.Country.China)) == "zh_CN"
print(QCoreApplication.translate("Actions", "&File"), QCoreApplication.translate("QPlatformTheme", "Cancel"))
"""
    env = _clean_env()
    env["OCRDESK_CONFIG_DIR"] = str(tmp_path / "config")
    env["OCRDESK_DATA_DIR"] = str(tmp_path / "data")
    assert _run([str(python), "-c", script], tmp_path, env=env).stdout.strip() == "文件(&F) 取消"


def test_installed_licence_is_an_spdx_expression(installed: tuple[Path, str], tmp_path: Path) -> None:
    python, _ = installed
    script = "from importlib.metadata import metadata; m = metadata('ocrdesk'); print(m['License-Expression'])"
    assert _run([str(python), "-c", script], tmp_path, env=_clean_env()).stdout.strip() == "MIT"


def test_installed_command_runs(installed: tuple[Path, str], tmp_path: Path) -> None:
    python, _ = installed
    command = python.parent / ("ocrdesk.exe" if os.name == "nt" else "ocrdesk")
    result = _run([str(command), "providers"], tmp_path, env=_clean_env())
    assert "local" in result.stdout and "none: it runs on this machine, offline" in result.stdout
