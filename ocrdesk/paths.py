"""Where OCRDesk keeps its files. Tests and portable installs override with environment variables.

A folder that cannot be created (a read-only home, a file where the folder should be, a full disk)
must not keep the window from starting: `config_dir()` and `data_dir()` then report it once as a
startup notice and return the path anyway, and whatever later writes there fails with an OSError
its caller already handles (autosave and export say so in the window).
"""

from __future__ import annotations

import contextlib
import importlib.resources
import logging
import os
import stat
from pathlib import Path

import platformdirs

from ocrdesk import notices
from ocrdesk.errors import read_reason
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text

log = logging.getLogger(__name__)

APP_NAME = "OCRDesk"
PRIVATE_FOLDER_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class FolderError(OSError):
    """A folder OCRDesk needs cannot be created; str() is one readable line naming it and why."""

    def __str__(self) -> str:
        return str(self.strerror)


def ensure_folder(path: Path, purpose: str, *, private: bool = False) -> Path:
    """Create `path` (and its parents); `private` folders hold personal data and are owner-only.

    Raises FolderError ("Cannot create the data folder /x: permission denied") instead of the bare
    OSError, so a caller can show it as it is.
    """
    in_the_way = Text("Folders", QT_TRANSLATE_NOOP("Folders", "a file of that name is in the way"))
    try:
        path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER_MODE if private else 0o777)
        if not path.is_dir():
            raise NotADirectoryError(20, in_the_way, str(path))
    except FileExistsError:
        raise FolderError(17, _cannot_create(purpose, path, in_the_way), str(path)) from None
    except OSError as exc:
        reason = exc.strerror if isinstance(exc.strerror, Text) else read_reason(exc)
        reason = reason if isinstance(reason, Text) else reason.lower()
        raise FolderError(exc.errno, _cannot_create(purpose, path, reason), str(path)) from None
    if private:
        make_private(path)
    return path


# the folders ensure_folder is asked for, named in the window's language when one cannot be created
_PURPOSES = (
    QT_TRANSLATE_NOOP("Folders", "settings"),
    QT_TRANSLATE_NOOP("Folders", "data"),
    QT_TRANSLATE_NOOP("Folders", "sessions"),
    QT_TRANSLATE_NOOP("Folders", "frames"),
    QT_TRANSLATE_NOOP("Folders", "log"),
)


def _cannot_create(purpose: str, path: Path, reason: str) -> Text:
    template = QT_TRANSLATE_NOOP("Folders", "Cannot create the {purpose} folder {path}: {reason}")
    return Text("Folders", template, -1, purpose=Text("Folders", purpose), path=str(path), reason=reason)


def make_private(path: Path) -> None:
    """Owner-only permissions on an existing file or folder of ours (POSIX; a no-op on Windows, whose
    per-user folders are private already). Someone else's file is left alone."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        info = path.stat()
        if info.st_uid != os.getuid():
            return
        wanted = PRIVATE_FOLDER_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(info.st_mode) != wanted:
            path.chmod(wanted)


def _usable(path: Path, purpose: str) -> Path:
    try:
        return ensure_folder(path, purpose)
    except FolderError as exc:
        log.warning("%s", exc)
        template = QT_TRANSLATE_NOOP("Folders", "{problem}. Nothing can be saved there until this is fixed.")
        notices.add(Text("Folders", template, -1, problem=exc.strerror), key=f"folder:{path}")
        return path


def config_dir() -> Path:
    override = os.environ.get("OCRDESK_CONFIG_DIR")
    path = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return _usable(path, "settings")


def data_dir() -> Path:
    override = os.environ.get("OCRDESK_DATA_DIR")
    path = Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return _usable(path, "data")


def resources_dir() -> Path:
    """The icons and the sample, shipped inside the package (package data), so every kind of install has
    them: a checkout, an editable or a plain `pip install`, a PyInstaller bundle (its reader serves the
    package's data files from the bundle's folder)."""
    folder = importlib.resources.files("ocrdesk") / "resources"
    # Qt and Pillow need a real path; OCRDesk is never imported from a zip archive
    return Path(str(folder))
