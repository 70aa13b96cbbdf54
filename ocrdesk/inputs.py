"""Turn what the user named (files, folders, PDFs) into an ordered list of pages, and load a page.

Folders are listed in natural order (`2.jpg` before `10.jpg`) because that is how scanners and
phones number pages; PDFs and multi-page TIFFs contribute one page each. Nothing here decodes
images up front: a batch of thousands of files is planned instantly and each page is loaded when
its turn comes. Only regular files are opened: a FIFO, a device or a socket (even one named
`*.pdf`) is refused with a "not a regular file" problem, never opened in a way that could block.
"""

from __future__ import annotations

import logging
import os
import re
import stat
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from ocrdesk import imaging
from ocrdesk.errors import ImageLoadError, read_reason
from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.imaging import SourceImage, is_image_path, load_image, open_regular_file, special_file_kind

if TYPE_CHECKING:
    import pypdfium2

log = logging.getLogger(__name__)

PDF_SUFFIX = ".pdf"
PDF_PASSWORD_CODE = "pdf.encrypted"  # a password opens it: none was given, or a wrong one
DEFAULT_DPI = 200
# PDFium is not thread-safe; UI workers may load pages concurrently, so every call goes through this.
_PDFIUM_LOCK = threading.Lock()
# Passwords the operator typed for locked PDFs, by file: in this process's memory only (never saved,
# logged or exported), so every later load of a page (thumbnail, F5, a batch) opens the file.
_PASSWORDS: dict[str, str] = {}


def _password_key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def set_pdf_password(path: Path, password: str | None) -> None:
    """Remember (or, with None, forget) the password that opens the PDF at `path`."""
    if password is None:
        _PASSWORDS.pop(_password_key(path), None)
    else:
        _PASSWORDS[_password_key(path)] = password


@dataclass(frozen=True)
class PageRef:
    """One page to recognise: an image file (page None) or page `page` (1-based) of a PDF or a TIFF."""

    path: Path
    page: int | None = None

    @property
    def display_name(self) -> str:
        return self.path.name if self.page is None else f"{self.path.name} p.{self.page}"


@dataclass(frozen=True)
class InputProblem:
    """A named input that yields no page at all (missing, unreadable, damaged or locked PDF, empty folder)."""

    path: Path
    message: str
    code: str = "input.unreadable"


@dataclass
class InputPlan:
    pages: list[PageRef] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    # files inside folders that are neither images nor PDFs (notes, thumbnails.db, ...)
    skipped_files: list[Path] = field(default_factory=list)

    @property
    def skipped(self) -> int:
        return len(self.skipped_files)


def natural_key(text: str) -> list[str | int]:
    """Sort key: digit runs compare as numbers, the rest case-insensitively ("Scan 2" < "scan 10")."""
    # re.split with a group always alternates str, int, str..., so keys never compare str with int
    return [int(part) if index % 2 else part for index, part in enumerate(re.split(r"(\d+)", text.casefold()))]


def _path_key(relative: Path) -> tuple[list[list[str | int]], str]:
    return [natural_key(part) for part in relative.parts], str(relative)


def is_pdf_path(path: Path) -> bool:
    return path.suffix.lower() == PDF_SUFFIX


def expand_inputs(paths: Iterable[str | os.PathLike[str]], recursive: bool = False) -> InputPlan:
    """Plan the pages of `paths` in order. Problems are collected, never raised: one bad input must
    not stop a batch. A page named twice (a file and its folder) is planned once."""
    plan = InputPlan()
    seen: set[tuple[str, int | None]] = set()

    def add(ref: PageRef) -> None:
        identity = (os.path.normcase(os.path.abspath(ref.path)), ref.page)
        if identity not in seen:
            seen.add(identity)
            plan.pages.append(ref)

    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            pages_before, problems_before = len(plan.pages), len(plan.problems)
            for child in _folder_files(path, recursive, plan):
                _add_file(child, plan, add)
            if len(plan.pages) == pages_before and len(plan.problems) == problems_before:
                message = _says(QT_TRANSLATE_NOOP("InputErrors", "{path}: no images in this folder"), path=str(path))
                plan.problems.append(InputProblem(path, message, "input.no_images"))
        elif os.path.exists(path):
            _add_file(path, plan, add)
        elif os.path.lexists(path):
            message = _says(QT_TRANSLATE_NOOP("InputErrors", "{path}: a link to nothing"), path=str(path))
            plan.problems.append(InputProblem(path, message, "input.not_found"))
        else:
            message = _says(QT_TRANSLATE_NOOP("InputErrors", "{path}: no such file or folder"), path=str(path))
            plan.problems.append(InputProblem(path, message, "input.not_found"))
    return plan


def _folder_files(folder: Path, recursive: bool, plan: InputPlan) -> list[Path]:
    """Images and PDFs of `folder` in natural order; other files counted as skipped, hidden ones ignored."""
    found: list[Path] = []

    def on_error(exc: OSError) -> None:
        where = Path(exc.filename or folder)
        reason = read_reason(exc)
        message = _says(
            QT_TRANSLATE_NOOP("InputErrors", "{path}: cannot list the folder ({reason})"),
            path=str(where),
            reason=reason,
        )
        plan.problems.append(InputProblem(where, message))

    for current, folders, files in os.walk(folder, onerror=on_error):
        # hidden entries: .DS_Store, macOS "._IMG_1.jpg" resource forks that only look like images
        folders[:] = [name for name in folders if not name.startswith(".")] if recursive else []
        for name in files:
            if name.startswith("."):
                continue
            path = Path(current) / name
            if is_image_path(path) or is_pdf_path(path):
                found.append(path)
            else:
                plan.skipped_files.append(path)
    found.sort(key=lambda p: _path_key(p.relative_to(folder)))
    return found


def _add_file(path: Path, plan: InputPlan, add: Callable[[PageRef], None]) -> None:
    try:
        mode = path.stat().st_mode  # stat never blocks, even on a FIFO
    except OSError as exc:
        reason = read_reason(exc)
        message = _says(
            QT_TRANSLATE_NOOP("InputErrors", "{path}: cannot read ({reason})"), path=str(path), reason=reason
        )
        plan.problems.append(InputProblem(path, message, "input.unreadable"))
        return
    if not stat.S_ISREG(mode):
        message = _says(
            QT_TRANSLATE_NOOP("InputErrors", "{name}: {kind}, not a regular file"),
            name=str(path),
            kind=special_file_kind(mode),
        )
        plan.problems.append(InputProblem(path, message, "input.unreadable"))
        return
    if path.suffix.lower() in imaging.TIFF_SUFFIXES:
        count = imaging.tiff_page_count(path)
        if count > imaging.MAX_TIFF_PAGES:
            count = imaging.MAX_TIFF_PAGES
            template = QT_TRANSLATE_NOOP(
                "InputErrors", "{path}: more than {count} pages; only the first {count} are read"
            )
            message = _says(template, path=str(path), count=count)
            plan.problems.append(InputProblem(path, message, "input.too_many_pages"))
        if count > 1:  # one document per page, like a PDF; a one-page TIFF stays a plain image
            for number in range(1, count + 1):
                add(PageRef(path, number))
            return
    if not is_pdf_path(path):
        # anything named explicitly is tried: Pillow recognises images by content, not by name
        add(PageRef(path))
        return
    try:
        count = pdf_page_count(path)
    except ImageLoadError as exc:
        plan.problems.append(InputProblem(path, exc.message, exc.code))
        return
    for number in range(1, count + 1):
        add(PageRef(path, number))


def _says(template: str, **params: object) -> Text:
    # English where kept (the CLI, logs), in the window's language where shown
    return Text("InputErrors", template, -1, **params)


def pdf_page_count(path: Path) -> int:
    handle = _open_pdf_file(path)  # outside the lock: one slow disk must not hold up every other PDF
    with _PDFIUM_LOCK:
        document = _open_pdf(handle, path)
        try:
            return len(document)
        finally:
            document.close()


def load_page(ref: PageRef, dpi: int = DEFAULT_DPI) -> SourceImage:
    """Decode one planned page to 8-bit RGB; ImageLoadError with a one-line reason when impossible.

    `dpi` applies to PDF pages; image files and TIFF pages are decoded at their own resolution."""
    if ref.page is None:
        return load_image(ref.path)
    if not is_pdf_path(ref.path):
        return load_image(ref.path, page=ref.page)
    return render_pdf_page(ref.path, ref.page, dpi)


def render_pdf_page(path: Path, page_number: int, dpi: int = DEFAULT_DPI) -> SourceImage:
    """Render one page at `dpi`; a page that would be larger than imaging.MAX_PIXELS at that dpi is
    rendered at the highest dpi that fits instead (a poster is still read, never refused)."""
    handle = _open_pdf_file(path)
    with _PDFIUM_LOCK:
        document = _open_pdf(handle, path)
        try:
            if not 1 <= page_number <= len(document):
                message = _says(
                    QT_TRANSLATE_NOOP("InputErrors", "{name}: has no page {page}"), name=path.name, page=page_number
                )
                raise ImageLoadError(message, "pdf.no_page")
            page = document[page_number - 1]
            width_pt, height_pt = page.get_size()
            scale = dpi / 72.0
            pixels = width_pt * scale * height_pt * scale
            if pixels > imaging.MAX_PIXELS:
                # a poster-sized page: render it smaller rather than refuse it
                scale *= (imaging.MAX_PIXELS / pixels) ** 0.5 * 0.99
                log.info(
                    "%s page %d rendered at %.0f dpi to stay under the pixel limit", path.name, page_number, scale * 72
                )
            try:
                bitmap = page.render(scale=scale, rev_byteorder=True, fill_color=(255, 255, 255, 255))
                array = bitmap.to_numpy()[:, :, :3].copy()  # copy: the bitmap's buffer dies with it
            except Exception as exc:  # PdfiumError, MemoryError for absurd pages
                template = QT_TRANSLATE_NOOP("InputErrors", "{name}: cannot render page {page} ({error})")
                message = _says(template, name=path.name, page=page_number, error=str(exc))
                raise ImageLoadError(message, "pdf.corrupt") from None
        finally:
            document.close()
    return imaging.from_rgb_array(array, source=str(path), page=page_number)


def _open_pdf_file(path: Path) -> BinaryIO:
    # A file object rather than the path: PDFium's own path handling mangles non-ASCII names on
    # Windows. Opened without blocking and only if it is a regular file (a FIFO named *.pdf).
    return open_regular_file(path)


def _open_pdf(handle: BinaryIO, path: Path) -> pypdfium2.PdfDocument:
    """A PDFium document reading `handle` (closed with the document, or here on failure)."""
    try:
        import pypdfium2 as pdfium  # lazily: only PDF users pay for loading PDFium
    except BaseException:
        handle.close()
        raise
    password = _PASSWORDS.get(_password_key(path))
    try:
        return pdfium.PdfDocument(handle, password=password, autoclose=True)
    except pdfium.PdfiumError as exc:
        handle.close()
        err_code = getattr(exc, "err_code", None)
        if err_code == pdfium.raw.FPDF_ERR_PASSWORD and password is not None:
            message = _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: wrong password for the PDF"), name=path.name)
            raise ImageLoadError(message, PDF_PASSWORD_CODE) from None
        if err_code == pdfium.raw.FPDF_ERR_PASSWORD:
            raise ImageLoadError(
                _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: the PDF is password-protected"), name=path.name),
                PDF_PASSWORD_CODE,
            ) from None
        if err_code == pdfium.raw.FPDF_ERR_SECURITY:  # no password opens it here
            message = _says(
                QT_TRANSLATE_NOOP("InputErrors", "{name}: the PDF uses unsupported encryption"), name=path.name
            )
            raise ImageLoadError(message, "pdf.unsupported_encryption") from None
        raise ImageLoadError(
            _says(QT_TRANSLATE_NOOP("InputErrors", "{name}: not a PDF or the file is damaged"), name=path.name),
            "pdf.corrupt",
        ) from None
    except Exception:
        handle.close()
        raise
