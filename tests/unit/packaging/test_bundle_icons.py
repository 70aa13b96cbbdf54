"""The bundle's icons exist, have the sizes Windows and macOS pick from, and are drawn from our SVG."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from PIL import IcoImagePlugin, Image, ImageChops

ROOT = Path(__file__).resolve().parents[3]


def test_the_spec_names_icons_that_exist() -> None:
    spec = (ROOT / "pyinstaller.spec").read_text(encoding="utf-8")
    named = re.findall(r'"(packaging/[^"]+\.(?:ico|icns))"', spec)
    assert sorted(Path(name).suffix for name in named) == [".icns", ".ico"]
    for name in named:
        assert (ROOT / name).is_file(), name


def test_the_windows_icon_has_every_size() -> None:
    icon = Image.open(ROOT / "packaging" / "ocrdesk.ico")
    assert isinstance(icon, IcoImagePlugin.IcoImageFile)
    assert {16, 24, 32, 48, 64, 128, 256} <= {width for width, _height in icon.info["sizes"]}


def test_the_macos_icon_goes_up_to_1024() -> None:
    icon = Image.open(ROOT / "packaging" / "ocrdesk.icns")
    assert icon.size == (1024, 1024)


def test_the_icons_are_the_svg(tmp_path: Path) -> None:
    # in a child process: rendering needs a QGuiApplication, and this process's must stay a QApplication
    fresh = tmp_path / "fresh.png"
    scripts = str(ROOT / "scripts")
    script = (
        f"import sys; sys.path.insert(0, {scripts!r}); import make_icons; make_icons.render(64).save({str(fresh)!r})"
    )
    subprocess.run(
        [sys.executable, "-c", script], check=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    )
    icon = Image.open(ROOT / "packaging" / "ocrdesk.ico")
    icon.size = (64, 64)
    difference = ImageChops.difference(icon.convert("RGBA"), Image.open(fresh).convert("RGBA")).convert("L")
    assert difference.getextrema()[1] <= 8  # the same drawing (after changing the SVG, run scripts/make_icons.py)
