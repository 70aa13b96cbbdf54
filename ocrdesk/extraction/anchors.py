"""Lines prepared for layout matching: compact text, printed labels found in it, and sub-line geometry."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from ocrdesk.extraction.layouts.spec import FieldSpec, Layout
from ocrdesk.extraction.lines import TextLine

_SPACES = re.compile(r"\s+")
# Punctuation OCR puts between a label and its value, or reads from dust at a value's ends.
EDGE_PUNCTUATION = ":：;；,，.。、·•'\"‘’“”|_-—~ "
# What may end a value as printed (。 after a business scope, ） after a company type) is kept at its end.
TRAILING_NOISE = ":：,，、·•'\"‘’“”|_-—~ "
# Longest value a mid-line label may follow on its row (性别 男 / 国籍 中国 / 民族 蒙古).
MID_LINE_GAP = 4
# Labels at least this long are still recognised with one character misread.
FUZZY_LABEL_LENGTH = 4


# Full-width digits and Latin letters as ASCII; Chinese punctuation （），；。 stays as printed.
_FULL_WIDTH = {code: code - 0xFEE0 for code in [*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B)]}


def compact(text: str) -> str:
    """Without whitespace and with ASCII digits and letters: "姓 名 王晓明" and "姓名王晓明" read alike."""
    return _SPACES.sub("", text.translate(_FULL_WIDTH))


def char_weight(char: str) -> float:
    # A CJK character is about twice as wide as a digit or Latin letter in print, a space narrower.
    if char.isspace():
        return 0.35
    return 1.0 if unicodedata.east_asian_width(char) in "WF" else 0.55


def compact_positions(text: str, noise: re.Pattern[str] | None = None) -> tuple[str, list[int]]:
    """compact(text) (without `noise` matches) and, per character kept, its index in `text`."""
    translated = text.translate(_FULL_WIDTH)
    kept = [(char, index) for index, char in enumerate(translated) if not char.isspace()]
    for pattern in (noise, _LATIN_WORD if noise is not None else None):
        if pattern is None:
            continue
        joined = "".join(char for char, _index in kept)
        drop = [False] * len(kept)
        for match in pattern.finditer(joined):
            drop[match.start() : match.end()] = [True] * (match.end() - match.start())
        kept = [item for item, dropped in zip(kept, drop, strict=True) if not dropped]
    return "".join(char for char, _index in kept), [index for _char, index in kept]


@dataclass(frozen=True)
class Anchor:
    """A label found in a line: which field it introduces and where it sits in the compact text."""

    spec: FieldSpec
    start: int
    end: int


@dataclass
class Row:
    """One OCR line with its compact text and the labels found in it."""

    index: int
    line: TextLine
    text: str
    anchors: list[Anchor] = field(default_factory=list)
    # where each character of `text` sits in line.text (spaces and English label words are left out of text)
    positions: list[int] | None = None

    @property
    def starts_with_label(self) -> bool:
        return bool(self.anchors) and self.anchors[0].start == 0

    def fraction(self, position: int) -> float:
        """Horizontal position (0..1 of the line's length) of the character boundary at `position`."""
        if self.positions is None:
            raw, cut = self.text, position
        else:
            raw = self.line.text
            cut = self.positions[position] if position < len(self.positions) else len(raw)
        weights = [char_weight(c) for c in raw]
        total = sum(weights) or 1.0
        return sum(weights[:cut]) / total

    def x_at(self, position: int) -> float:
        return self.line.left + self.fraction(position) * self.line.width

    def segment_polygon(self, start: int, end: int) -> tuple[tuple[float, float], ...]:
        """Corners of the characters start..end, interpolated along the line's (possibly tilted) edges."""
        polygon = self.line.polygon
        if len(polygon) != 4 or (start <= 0 and end >= len(self.text)):
            return polygon
        (x0, y0), (x1, y1), (x2, y2), (x3, y3) = polygon
        a, b = self.fraction(start), self.fraction(end)

        def top(t: float) -> tuple[float, float]:
            return (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)

        def bottom(t: float) -> tuple[float, float]:
            return (x3 + (x2 - x3) * t, y3 + (y2 - y3) * t)

        return (top(a), top(b), bottom(b), bottom(a))


@dataclass
class Found:
    """A value as read: its text and the pieces of rows it came from (row, start, end in row.text)."""

    text: str
    pieces: list[tuple[Row, int, int]]


# Per layout object (hashing a whole frozen layout on every call would cost more than the work).
_TABLES: dict[int, tuple[Layout, list[tuple[str, FieldSpec]]]] = {}


def _anchor_table(layout: Layout) -> list[tuple[str, FieldSpec]]:
    cached = _TABLES.get(id(layout))
    if cached is not None and cached[0] is layout:
        return cached[1]
    table = sorted(((compact(word), spec) for spec in layout.fields for word in spec.anchors), key=lambda t: -len(t[0]))
    _TABLES[id(layout)] = (layout, table)
    return table


def find_anchors(text: str, layout: Layout) -> list[Anchor]:
    """Labels in `text`, longest first, not overlapping; mid-line labels only where the layout allows them."""
    taken = [False] * len(text)
    found: list[Anchor] = []
    seen: set[str] = set()
    for word, spec in _anchor_table(layout):
        if spec.key in seen or not word:
            continue
        start = text.find(word)
        while start >= 0:
            end = start + len(word)
            leading = text[:start].strip(EDGE_PUNCTUATION)
            if not any(taken[start:end]) and (not leading or spec.mid_line):
                found.append(Anchor(spec, start, end))
                taken[start:end] = [True] * len(word)
                seen.add(spec.key)
                break
            start = text.find(word, start + 1)
    if not any(taken[:1]):
        fuzzy = _misread_label(text, layout, seen)
        if fuzzy is not None:
            found.append(fuzzy)
    found.sort(key=lambda a: a.start)
    # A mid-line label follows a short value ("性别男民族汉", "男 民族汉"), never sits inside a long one
    # (an address on 民族路).
    kept: list[Anchor] = []
    previous_end = 0
    for anchor in found:
        # without a label before it, only a one-character value may precede ("男民族汉", 性别 unread)
        # a long label (车辆类型, 品牌型号) is distinctive enough to follow a value of any length
        limit = len(text) if anchor.end - anchor.start >= 4 else MID_LINE_GAP if kept else 1
        if len(text[previous_end : anchor.start].strip(EDGE_PUNCTUATION)) <= limit:
            kept.append(anchor)
            previous_end = anchor.end
    return kept


def _misread_label(text: str, layout: Layout, seen: set[str]) -> Anchor | None:
    """A label with one character misread at the start of a line: 4+ characters (公民身份号玛), or 3 when
    alone on its line or before a colon (校被码：)."""
    if not text or not "\u4e00" <= text[0] <= "\u9fff":
        return None  # every label starts with a Chinese character: digits and codes are no labels
    table = _anchor_table(layout)
    prefixes = _label_prefixes(layout)
    for word, spec in table:
        if spec.key in seen or len(text) < len(word) or len(word) < 3:
            continue
        # a label read short (发票代) is that label, not another one character away (发票号)
        if text[: len(word)] in prefixes:
            return None
        # a three-character label only where the line shows it is one: alone, or before a colon (校被码：)
        if len(word) < FUZZY_LABEL_LENGTH and text[len(word) : len(word) + 1] not in ("", ":", "："):
            continue
        if sum(a != b for a, b in zip(text, word, strict=False)) == 1:
            return Anchor(spec, 0, len(word))
    return None


_PREFIXES: dict[int, tuple[Layout, frozenset[str]]] = {}


def _label_prefixes(layout: Layout) -> frozenset[str]:
    cached = _PREFIXES.get(id(layout))
    if cached is not None and cached[0] is layout:
        return cached[1]
    prefixes = frozenset(word[:n] for word, _spec in _anchor_table(layout) for n in range(1, len(word) + 1))
    _PREFIXES[id(layout)] = (layout, prefixes)
    return prefixes


def starts_with_stop(text: str, layout: Layout) -> bool:
    return any(text.startswith(compact(word)) for word in layout.stops)


# On bilingual documents, an English word (or its misread remains) between Chinese text or at a line's
# ends is a label's translation ("Owmer苏婷", "UseCharater非营运"), never part of a Chinese value.
_LATIN_WORD = re.compile(r"(?:^|(?<=[\u4e00-\u9fff]))[A-Za-z.']{3,}(?=[\u4e00-\u9fff]|$)")


@functools.lru_cache(maxsize=32)
def _noise_pattern(words: tuple[str, ...]) -> re.Pattern[str] | None:
    if not words:
        return None
    ordered = sorted((compact(word) for word in words), key=len, reverse=True)
    return re.compile("|".join(re.escape(word) for word in ordered), re.IGNORECASE)


def _noise(layout: Layout) -> re.Pattern[str] | None:
    return _noise_pattern(layout.noise)


def prepare_rows(lines: Sequence[TextLine], layout: Layout) -> list[Row]:
    """Rows in reading order (top to bottom, then left to right within a text row)."""
    rows = []
    noise = _noise(layout)
    for index, line in enumerate(lines):
        text, positions = compact_positions(line.text, noise)
        if text:
            rows.append(Row(index, line, text, find_anchors(text, layout), positions))
    if not rows:
        return rows
    height = sorted(r.line.height for r in rows)[len(rows) // 2] or 1.0
    # quantise the vertical position by half a line so that lines of one row sort left to right
    ordered = sorted(rows, key=lambda r: (round(r.line.center_y / (height * 0.5)), r.line.left))
    return _join_label_pieces(ordered, layout)


def _join_label_pieces(rows: list[Row], layout: Layout) -> list[Row]:
    """Labels printed with wide spacing ("名    称") that OCR read as separate one-character lines."""
    taken: set[int] = set()
    joined: dict[int, Row] = {}
    # left to right, so that a label's first piece is met before its second whatever the row order
    for row in sorted(rows, key=lambda r: r.line.left):
        if row.index in taken:
            continue
        merged = row
        while len(merged.text) <= 3 and not merged.anchors:
            beside = [
                other
                for other in rows
                if other.index not in taken
                and other is not row
                and same_row(other.line, merged.line)
                and merged.line.right - 0.5 * merged.line.height
                <= other.line.left
                <= merged.line.right + 6 * merged.line.height
            ]
            if not beside:
                break
            following = min(beside, key=lambda r: r.line.left)
            text = merged.text + following.text
            anchors = find_anchors(text, layout)
            if not anchors or anchors[0].start != 0 or anchors[0].end <= len(merged.text):
                break
            line = TextLine(
                merged.line.text + following.line.text,
                _union(merged.line, following.line),
                min(merged.line.confidence, following.line.confidence),
            )
            offset = len(merged.line.text)
            positions = [*_positions(merged), *(offset + p for p in _positions(following))]
            merged = Row(merged.index, line, text, anchors, positions)
            taken.add(following.index)
        joined[row.index] = merged
    return [joined[row.index] for row in rows if row.index not in taken]


def _positions(row: Row) -> list[int]:
    return row.positions if row.positions is not None else list(range(len(row.text)))


def _union(a: TextLine, b: TextLine) -> tuple[tuple[float, float], ...]:
    left, top = min(a.left, b.left), min(a.top, b.top)
    right, bottom = max(a.right, b.right), max(a.bottom, b.bottom)
    return ((left, top), (right, top), (right, bottom), (left, bottom))


def same_row(a: TextLine, b: TextLine) -> bool:
    overlap = min(a.bottom, b.bottom) - max(a.top, b.top)
    return overlap > 0.5 * min(a.height, b.height)


def typical_height(rows: Sequence[Row]) -> float:
    heights = sorted(r.line.height for r in rows)
    return heights[len(heights) // 2] if heights else 1.0


def section_band(spec: FieldSpec, rows: list[Row]) -> tuple[float, float]:
    """The band of the page a field's label must lie in: below its section's heading, above the next one."""
    top, bottom = float("-inf"), float("inf")
    if spec.below_words:
        marks = [r.line.center_y for r in rows if any(w in r.text for w in spec.below_words)]
        top = min(marks, default=top)
    if spec.above_words:
        marks = [r.line.center_y for r in rows if any(w in r.text for w in spec.above_words)]
        bottom = min(marks, default=bottom)
    return top, bottom
