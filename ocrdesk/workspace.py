"""The operator's queue of documents: ordered entries, where each one's pixels come from, thumbnails.

Qt-free. The window keeps full-resolution pixels for the document on screen only; every other entry
holds its Document (results, edits, status), a PageRef to re-read its pixels (an image file, a PDF
page, or a frame saved from the camera or the clipboard) and a thumbnail of at most THUMBNAIL_SIDE
pixels, so a queue of thousands of pages stays small in memory.
"""

from __future__ import annotations

import io
import itertools
import os
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from ocrdesk import imaging
from ocrdesk.atomic import atomic_write_bytes
from ocrdesk.camera import CameraSource
from ocrdesk.inputs import PageRef, load_page
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.paths import ensure_folder

THUMBNAIL_SIDE = 160
# PDF pages are rendered this coarsely for their thumbnail (an A4 page: 298 × 421 px), not at full DPI
THUMBNAIL_PDF_DPI = 36
CAMERA_PREFIX = "camera:"
CLIPBOARD_PREFIX = "clipboard:"


@dataclass(frozen=True)
class Thumbnail:
    """A small PNG of the page, and the size of the page it was made from."""

    png: bytes
    width: int
    height: int
    page_width: int
    page_height: int


@dataclass
class Entry:
    """One document in the queue. `ref` is None when there is nothing to show (a damaged PDF)."""

    id: int
    document: Document
    ref: PageRef | None
    thumbnail: Thumbnail | None = None
    # the pixels could not be read: the entry cannot be shown, only reported
    load_error: ErrorInfo | None = None

    @property
    def name(self) -> str:
        return self.document.display_name

    @property
    def status(self) -> DocStatus:
        return self.document.status

    @property
    def field_count(self) -> int:
        return len(self.document.fields)

    @property
    def lowest_confidence(self) -> float | None:
        known = [f.confidence for f in self.document.fields if f.confidence is not None]
        return min(known) if known else None

    @property
    def viewable(self) -> bool:
        return self.ref is not None and self.load_error is None

    @property
    def has_work(self) -> bool:
        """Results or corrections that re-reading the file would throw away."""
        return self.status in (DocStatus.OK, DocStatus.REVIEWED) or any(f.edited for f in self.document.fields)


def _path_key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


class Workspace:
    """Entries in queue order with stable ids (results arriving out of order find theirs by id)."""

    def __init__(self) -> None:
        self._entries: list[Entry] = []
        self._by_id: dict[int, Entry] = {}
        # row of each id: a result arriving for one of thousands of entries finds its row at once
        self._rows: dict[int, int] = {}
        self._ids = itertools.count(1)

    # -- reading ----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[Entry]:
        return iter(list(self._entries))

    @property
    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._entries)

    def get(self, entry_id: int | None) -> Entry | None:
        return None if entry_id is None else self._by_id.get(entry_id)

    def at(self, index: int) -> Entry:
        return self._entries[index]

    def index_of(self, entry_id: int) -> int:
        return self._rows.get(entry_id, -1)

    def documents(self) -> list[Document]:
        return [entry.document for entry in self._entries]

    def find(self, path: Path, page: int | None = None) -> Entry | None:
        """The entry reading `path` (page `page` of a PDF), if it is queued."""
        key = _path_key(path)
        for entry in self._entries:
            if entry.ref is not None and entry.ref.page == page and _path_key(entry.ref.path) == key:
                return entry
        return None

    def entries_for(self, path: Path) -> list[Entry]:
        """Every entry reading from `path` (all pages of a PDF)."""
        key = _path_key(path)
        return [e for e in self._entries if e.ref is not None and _path_key(e.ref.path) == key]

    def counts(self) -> Counter[DocStatus]:
        return Counter(entry.status for entry in self._entries)

    def to_recognise(self) -> list[Entry]:
        """Entries a batch should run: not recognised yet and with pixels to read."""
        return [e for e in self._entries if e.status == DocStatus.PENDING and e.viewable]

    # -- navigation -------------------------------------------------------------------------
    def neighbour(self, entry_id: int | None, step: int) -> Entry | None:
        """The next (step 1) or previous (step -1) entry that can be shown; no wrap-around."""
        index = self.index_of(entry_id) if entry_id is not None else (-1 if step > 0 else len(self._entries))
        index += step
        while 0 <= index < len(self._entries):
            if self._entries[index].viewable:
                return self._entries[index]
            index += step
        return None

    def next_pending(self, after_id: int | None) -> Entry | None:
        """The next entry still to review after `after_id`, wrapping around; never `after_id` itself."""
        count = len(self._entries)
        start = self.index_of(after_id) if after_id is not None else -1
        for offset in range(1, count + 1):
            entry = self._entries[(start + offset) % count]
            if entry.id != after_id and entry.viewable and entry.status != DocStatus.REVIEWED:
                return entry
        return None

    # -- changing ---------------------------------------------------------------------------
    def add(self, ref: PageRef | None, document: Document | None = None, *, source: str | None = None) -> Entry:
        """Append a page. `source` names it when its pixels are a saved frame (camera:…, clipboard:…)."""
        if document is None:
            if ref is None:
                raise ValueError("an entry needs a page reference or a document")
            document = Document(source=source or str(ref.path), page=ref.page)
        entry = Entry(next(self._ids), document, ref)
        self._rows[entry.id] = len(self._entries)
        self._entries.append(entry)
        self._by_id[entry.id] = entry
        return entry

    def add_failed(self, source: str, error: ErrorInfo, page: int | None = None) -> Entry:
        """An input that yields no page (a damaged or locked PDF): listed and exported as an error row."""
        document = Document(source=source, page=page, status=DocStatus.ERROR, error=error)
        entry = self.add(None, document)
        entry.load_error = error
        return entry

    def remove(self, entry_id: int) -> int:
        """Drop an entry; returns the index it had (-1 when unknown)."""
        entry = self._by_id.pop(entry_id, None)
        if entry is None:
            return -1
        index = self._rows.pop(entry_id)
        del self._entries[index]
        for row in range(index, len(self._entries)):  # the rows below move up one
            self._rows[self._entries[row].id] = row
        return index

    def set_document(self, entry_id: int, document: Document) -> Entry | None:
        """A new result for an entry; it keeps the entry's own source and page (results may name the
        saved frame file, or lose the page on an error)."""
        entry = self._by_id.get(entry_id)
        if entry is None:
            return None
        document.source = entry.document.source
        document.page = entry.document.page
        entry.document = document
        return entry

    def reset(self, entry_id: int) -> Entry | None:
        """Forget an entry's results (re-opened from disk): pending again, thumbnail to be remade."""
        entry = self._by_id.get(entry_id)
        if entry is None:
            return None
        entry.document = Document(source=entry.document.source, page=entry.document.page)
        entry.thumbnail = None
        entry.load_error = None
        return entry

    def mark_unreadable(self, entry_id: int, error: ErrorInfo) -> Entry | None:
        """The pixels cannot be read; a document not recognised yet becomes an error row with the reason."""
        entry = self._by_id.get(entry_id)
        if entry is None:
            return None
        entry.load_error = error
        if entry.status in (DocStatus.PENDING, DocStatus.RECOGNISING):
            entry.document.status = DocStatus.ERROR
            entry.document.error = error
        return entry


# -- thumbnails (run off the GUI thread) ---------------------------------------------------------
def make_thumbnail(ref: PageRef, max_side: int = THUMBNAIL_SIDE) -> Thumbnail:
    """Decode the page and shrink it to `max_side`; raises ImageLoadError for an unreadable page.

    Decoding the whole file also checks it, so a damaged file shows up in the list before anyone
    clicks on it. PDF pages are rendered at a low resolution for this; page_width/height are the
    size of what was decoded (an image's own pixels, a PDF page at THUMBNAIL_PDF_DPI).
    """
    quick = _quick_thumbnail(ref.path, max_side) if ref.page is None else None
    if quick is not None:
        return quick
    page = load_page(ref, THUMBNAIL_PDF_DPI) if ref.page is not None else load_page(ref)
    image = page.image.copy()
    image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    return Thumbnail(_png(image), image.width, image.height, page.width, page.height)


# modes Pillow turns into RGB faithfully; others (16-bit, float, alpha) take the careful loader
_PLAIN_MODES = frozenset({"1", "L", "RGB", "CMYK", "YCbCr"})


def _quick_thumbnail(path: Path, max_side: int) -> Thumbnail | None:
    """The common case fast: a JPEG decodes at 1/2…1/8 scale (draft), 5× quicker for a scanned page.

    None whenever anything is unusual (damaged, huge, odd mode): the careful loader then decides,
    with its own clear message for a bad file.
    """
    try:
        with imaging.open_regular_file(path) as handle, Image.open(handle) as opened:
            width, height = opened.size
            if width * height > imaging.MAX_PIXELS or opened.mode not in _PLAIN_MODES:
                return None
            orientation = opened.getexif().get(0x0112, 1)
            opened.draft("RGB", (max_side * 2, max_side * 2))
            image = ImageOps.exif_transpose(opened) or opened
            image.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
            image = image.convert("RGB")
    except Exception:  # any doubt: the careful path decides, and reports it properly
        return None
    if orientation in (5, 6, 7, 8):  # turned a quarter: the page's sides swap
        width, height = height, width
    return Thumbnail(_png(image), image.width, image.height, width, height)


def _png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=False)
    return buffer.getvalue()


# -- frames saved from the camera and the clipboard ----------------------------------------------
def capture_time(when: datetime) -> datetime:
    """`when` to the millisecond: the precision of capture names and their frame files."""
    # milliseconds: readable in the source name, yet two grabs in one second stay distinct
    return when.replace(microsecond=when.microsecond // 1000 * 1000)


def capture_source(device: CameraSource, when: datetime) -> str:
    """The document source of a camera frame: `camera:<index>@<ISO time>`."""
    label = device if isinstance(device, int) else Path(str(device)).name
    return f"{CAMERA_PREFIX}{label}@{capture_time(when).isoformat(timespec='milliseconds')}"


def clipboard_source(when: datetime) -> str:
    return f"{CLIPBOARD_PREFIX}{capture_time(when).isoformat(timespec='milliseconds')}"


def clipboard_frame_path(folder: Path, when: datetime) -> Path:
    return folder / f"clipboard-{capture_time(when):%Y%m%d-%H%M%S-%f}.png"


def save_clipboard_image(rgb: np.ndarray, folder: Path, when: datetime) -> Path:
    """Write a pasted picture losslessly (PNG) under the session's frames folder (owner-only: a pasted
    picture is often an ID card)."""
    ensure_folder(folder, "frames", private=True)
    path = clipboard_frame_path(folder, when)
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(rgb), "RGB").save(buffer, "PNG")
    atomic_write_bytes(path, buffer.getvalue())
    return path


def frame_path_for(source: str, folder: Path) -> Path | None:
    """Where the frame of a `camera:…@time` or `clipboard:time` document was saved (None for files).

    Lets a restored session find its captured pictures again from the sources alone.
    """
    if source.startswith(CLIPBOARD_PREFIX):
        stamp, kind, device = source[len(CLIPBOARD_PREFIX) :], "clipboard", ""
    elif source.startswith(CAMERA_PREFIX) and "@" in source:
        device, stamp = source[len(CAMERA_PREFIX) :].rsplit("@", 1)
        kind = "camera"
    else:
        return None
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return None
    if kind == "clipboard":
        return clipboard_frame_path(folder, when)
    device = device if device.isdigit() else "file"  # camera.save_frame's naming
    return folder / f"camera-{device}-{when:%Y%m%d-%H%M%S-%f}.png"


def origin_of(document: Document, frames_folder: Path) -> PageRef | None:
    """Where a document's pixels come from, from its source and page alone (for restored sessions)."""
    frame = frame_path_for(document.source, frames_folder)
    if frame is not None:
        return PageRef(frame) if frame.is_file() else None
    return PageRef(Path(document.source), document.page)
