"""SinoVoice `withPosition=1` text OCR: the binary IREAD_NODE array that follows the JSON reply.

Seed 004 §8 gives the C structs and says they are "8字节对齐" (`#pragma pack(8)`). Every member is
at most 4 bytes, so that is natural alignment: IREAD_NODE is `WORD wType`, 2 bytes of padding, then
a 44-byte union at offset 4 — 48 bytes a record, the same on x86, x86-64 and ARM. A server built
with `pack(1)` would send 46-byte records (union at offset 2); we accept that too, and a uint32
count/length prefix before the array (the doc's "结构体信息和结构体长度" may mean one). Byte order
is undocumented; little-endian (every platform SinoVoice ships for) is assumed.

The hierarchy is implied by order only: a LINE node is followed by its CHAR nodes. Line nodes have
no rectangle, so a line's box is the union of its characters' boxes.
"""

from __future__ import annotations

import struct
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ocrdesk.model import Box

NODE_PAGE, NODE_REGION, NODE_TABLECELL, NODE_LINE, NODE_CHAR = range(5)
CANDIDATE_NUM = 5
RECORD_SIZE = 48  # pack(8) / natural alignment, as documented
PACKED_RECORD_SIZE = 46  # pack(1)
INVALID_DISTANCE = 0xFF  # "(0xFF)表示无效"
UNION_SIZE = 44

# Formats of the 44-byte union, one per node type (little-endian, no implicit padding).
_UNION_FORMATS: dict[int, struct.Struct] = {
    NODE_PAGE: struct.Struct("<3i32x"),
    NODE_REGION: struct.Struct("<4i2H24x"),
    NODE_TABLECELL: struct.Struct("<4i28x"),
    NODE_LINE: struct.Struct("<4H36x"),
    NODE_CHAR: struct.Struct("<HH4ii2H5H5BB"),
}
assert all(f.size == UNION_SIZE for f in _UNION_FORMATS.values())


class NodeParseError(ValueError):
    """The binary block is not an IREAD_NODE array (cut off, garbled, unknown layout)."""


@dataclass(frozen=True)
class Rect:
    """IREAD_RECT: pixels, right/bottom "不小于" left/top."""

    left: int
    top: int
    right: int
    bottom: int

    def to_box(self) -> Box | None:
        """A Box, or None for an empty/inverted/negative rectangle (no usable position)."""
        if self.left < 0 or self.top < 0 or self.right <= self.left or self.bottom <= self.top:
            return None
        return Box(self.left, self.top, self.right, self.bottom)


@dataclass(frozen=True)
class PageNode:
    width: int
    height: int
    skew_angle: int  # 1/100 degree, counter-clockwise positive

    node_type = NODE_PAGE


@dataclass(frozen=True)
class RegionNode:
    bound: Rect
    region_type: int
    recog_lang: int

    node_type = NODE_REGION


@dataclass(frozen=True)
class TableCellNode:
    bound: Rect

    node_type = NODE_TABLECELL


@dataclass(frozen=True)
class LineNode:
    base_line: int  # top edge in horizontal text, left edge in vertical text
    line_size: int
    avg_char_width: int
    avg_char_height: int

    node_type = NODE_LINE


@dataclass(frozen=True)
class CharNode:
    code: int  # one UTF-16 code unit (a surrogate half for characters outside the BMP)
    space_before: int
    block: Rect
    suspect: int  # IREAD_BOOL: non-zero = "不可信"
    attributes: tuple[int, int] = (0, 0)
    candidates: tuple[int, ...] = (0,) * CANDIDATE_NUM
    distances: tuple[int, ...] = (INVALID_DISTANCE,) * CANDIDATE_NUM
    reserved: int = 0

    node_type = NODE_CHAR

    @property
    def confidence(self) -> float | None:
        """1 - nDistance[0]/255 (0 = most certain); None when the distance is marked invalid."""
        distance = self.distances[0] if self.distances else INVALID_DISTANCE
        if distance == INVALID_DISTANCE:
            return None
        return 1.0 - distance / 255.0


Node = PageNode | RegionNode | TableCellNode | LineNode | CharNode


@dataclass(frozen=True)
class Layout:
    """How the block was laid out: record size and the length of a leading prefix (0 or 4)."""

    record_size: int
    prefix: int

    def describe(self) -> str:
        packing = "pack(8)" if self.record_size == RECORD_SIZE else "pack(1)"
        return f"{self.record_size}-byte {packing} records" + (" after a 4-byte prefix" if self.prefix else "")


def parse_nodes(blob: bytes) -> tuple[list[Node], Layout]:
    """Decode the IREAD_NODE array; raise NodeParseError when no known layout fits."""
    if not blob:
        return [], Layout(RECORD_SIZE, 0)
    problems: list[str] = []
    for layout in _candidate_layouts(blob):
        try:
            return _decode(blob, layout), layout
        except NodeParseError as exc:
            problems.append(f"{layout.describe()}: {exc}")
    if not problems:
        raise NodeParseError(
            f"{len(blob)} bytes is not a whole number of {RECORD_SIZE}-byte records (cut off or corrupted)"
        )
    raise NodeParseError("; ".join(problems))


def _candidate_layouts(blob: bytes) -> list[Layout]:
    size = len(blob)
    layouts: list[Layout] = []
    # The documented layout first; pack(1) and a prefix only when the documented one cannot fit.
    for record_size in (RECORD_SIZE, PACKED_RECORD_SIZE):
        if size % record_size == 0:
            layouts.append(Layout(record_size, 0))
        if size > 4 and (size - 4) % record_size == 0:
            count = (size - 4) // record_size
            (prefix,) = struct.unpack_from("<I", blob, 0)
            if prefix in {count, size - 4, size}:
                layouts.append(Layout(record_size, 4))
    return layouts


def _decode(blob: bytes, layout: Layout) -> list[Node]:
    union_offset = layout.record_size - UNION_SIZE  # 4 with padding after wType, 2 packed
    nodes: list[Node] = []
    for index, start in enumerate(range(layout.prefix, len(blob), layout.record_size)):
        (node_type,) = struct.unpack_from("<H", blob, start)
        fmt = _UNION_FORMATS.get(node_type)
        if fmt is None:
            raise NodeParseError(f"record {index} has unknown node type {node_type}")
        values = fmt.unpack_from(blob, start + union_offset)
        nodes.append(_make_node(node_type, values))
    return nodes


def _make_node(node_type: int, v: tuple[int, ...]) -> Node:
    if node_type == NODE_PAGE:
        return PageNode(v[0], v[1], v[2])
    if node_type == NODE_REGION:
        return RegionNode(Rect(*v[0:4]), v[4], v[5])
    if node_type == NODE_TABLECELL:
        return TableCellNode(Rect(*v[0:4]))
    if node_type == NODE_LINE:
        return LineNode(*v[0:4])
    return CharNode(
        code=v[0],
        space_before=v[1],
        block=Rect(*v[2:6]),
        suspect=v[6],
        attributes=(v[7], v[8]),
        candidates=tuple(v[9:14]),
        distances=tuple(v[14:19]),
        reserved=v[19],
    )


def pack_node(node: Node) -> bytes:
    """One 48-byte record (documented layout); the inverse of parse_nodes, for tests and fakes."""
    values: Sequence[int]
    if isinstance(node, PageNode):
        values = (node.width, node.height, node.skew_angle)
    elif isinstance(node, RegionNode):
        values = (*_rect(node.bound), node.region_type, node.recog_lang)
    elif isinstance(node, TableCellNode):
        values = _rect(node.bound)
    elif isinstance(node, LineNode):
        values = (node.base_line, node.line_size, node.avg_char_width, node.avg_char_height)
    else:
        values = (
            node.code,
            node.space_before,
            *_rect(node.block),
            node.suspect,
            *node.attributes,
            *node.candidates,
            *node.distances,
            node.reserved,
        )
    return struct.pack("<H2x", node.node_type) + _UNION_FORMATS[node.node_type].pack(*values)


def pack_nodes(nodes: Iterable[Node]) -> bytes:
    return b"".join(pack_node(n) for n in nodes)


def _rect(rect: Rect) -> tuple[int, int, int, int]:
    return rect.left, rect.top, rect.right, rect.bottom


# ------------------------------------------------------------------------------------ text lines


@dataclass
class TextLine:
    """One recognised line: its text, the union of its characters' boxes, mean confidence."""

    text: str
    box: Box | None
    confidence: float | None
    suspect: list[str] = field(default_factory=list)  # characters the engine flagged "不可信"


@dataclass
class _LineBuilder:
    chars: list[CharNode] = field(default_factory=list)

    def build(self) -> TextLine | None:
        parts: list[str] = []
        boxes: list[Box] = []
        confidences: list[float] = []
        suspect: list[str] = []
        pending_high: CharNode | None = None
        for char in self.chars:
            if char.code == 0:
                continue  # an empty code unit carries no character
            if 0xD800 <= char.code <= 0xDBFF:  # high surrogate: wait for its partner
                pending_high = char
                continue
            members = [char]
            if 0xDC00 <= char.code <= 0xDFFF:
                if pending_high is None:
                    continue  # a lone low surrogate cannot be shown
                members = [pending_high, char]
                text = chr(0x10000 + ((pending_high.code - 0xD800) << 10) + (char.code - 0xDC00))
            else:
                text = chr(char.code)
            pending_high = None
            lead = members[0]
            if parts and lead.space_before:
                parts.append(" " * min(lead.space_before, 8))
            parts.append(text)
            for member in members:
                box = member.block.to_box()
                if box is not None:
                    boxes.append(box)
            confidence = lead.confidence
            if confidence is not None:
                confidences.append(confidence)
            if any(m.suspect for m in members):
                suspect.append(text)
        line_text = "".join(parts).strip()
        if not line_text:
            return None
        union: Box | None = None
        for box in boxes:
            union = box if union is None else union.union(box)
        mean = sum(confidences) / len(confidences) if confidences else None
        return TextLine(line_text, union, mean, suspect)


def group_lines(nodes: Iterable[Node]) -> list[TextLine]:
    """Lines in reading (= node) order. A LINE node starts a line; page/region/cell nodes end one."""
    lines: list[TextLine] = []
    current: _LineBuilder | None = None

    def finish() -> None:
        if current is not None and (line := current.build()) is not None:
            lines.append(line)

    for node in nodes:
        if isinstance(node, CharNode):
            if current is None:  # characters before any LINE node still form a line
                current = _LineBuilder()
            current.chars.append(node)
        else:
            finish()
            current = _LineBuilder() if isinstance(node, LineNode) else None
    finish()
    return lines


def page_of(nodes: Iterable[Node]) -> PageNode | None:
    return next((n for n in nodes if isinstance(n, PageNode)), None)
