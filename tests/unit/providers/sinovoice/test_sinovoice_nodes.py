"""The IREAD_NODE parser (SinoVoice withPosition=1) against the shared test vector and odd layouts."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from ocrdesk.model import Box
from ocrdesk.providers.sinovoice.nodes import (
    PACKED_RECORD_SIZE,
    RECORD_SIZE,
    CharNode,
    LineNode,
    NodeParseError,
    PageNode,
    Rect,
    RegionNode,
    TableCellNode,
    group_lines,
    pack_node,
    pack_nodes,
    page_of,
    parse_nodes,
)
from tests.fakes.sinovoice_server import IREAD_NODE, IREAD_NODE_PACKED, build_nodes, layout_text

# `sinovoice_iread_nodes` of /work/shared/providers/test_vectors.json (PROTOCOLS.md §4.4), copied so the
# tests stand alone: page 1024×768 skew -1.5°, a line, char 中 (candidates 中/申), char A (suspect).
NODES_VECTOR = {
    "record_size": 48,
    "struct_formats_by_wType": {
        "0": "<H2x3i32x",
        "1": "<H2x4i2H24x",
        "2": "<H2x4i28x",
        "3": "<H2x4H36x",
        "4": "<H2xHH4ii2H5H5BB",
    },
    "blob_hex": (
        "0000000000040000000300006affffff0000000000000000000000000000000000000000000000000000000000000000"
        "03000000640020001c001e00000000000000000000000000000000000000000000000000000000000000000000000000"
        "040000002d4e00000a00000014000000280000003400000000000000000000002d4e3375000000000000000cffffff00"
        "04000000410001002c000000140000003c0000003400000001000000000000004100000000000000000003ffffffff00"
    ),
    "decoded": [
        {"wType": 0, "nWidth": 1024, "nHeight": 768, "nSkewAngle": -150},
        {"wType": 3, "nBaseLine": 100, "nLineSize": 32, "nAverageCharWidth": 28, "nAverageCharHeight": 30},
        {
            "wType": 4, "char": "中", "nSpaceBefore": 0, "rcBlock": [10, 20, 40, 52], "bSuspect": 0,
            "wCandidate": ["中", "申", 0, 0, 0], "nDistance": [0, 12, 255, 255, 255],
        },
        {
            "wType": 4, "char": "A", "nSpaceBefore": 1, "rcBlock": [44, 20, 60, 52], "bSuspect": 1,
            "wCandidate": ["A", 0, 0, 0, 0], "nDistance": [3, 255, 255, 255, 255],
        },
    ],
}  # fmt: skip
BLOB = bytes.fromhex(NODES_VECTOR["blob_hex"])  # type: ignore[arg-type]
# the official vectors of shared/providers/test_vectors.json, kept in the repo so CI never skips them
SHARED_VECTORS = Path(__file__).resolve().parents[3] / "data" / "test_vectors.json"


def test_copied_vector_matches_the_shared_file() -> None:
    shared = json.loads(SHARED_VECTORS.read_text(encoding="utf-8"))["sinovoice_iread_nodes"]
    assert shared == NODES_VECTOR


def test_vector_decodes_to_the_documented_values() -> None:
    assert len(BLOB) == 192 == 4 * NODES_VECTOR["record_size"] == 4 * RECORD_SIZE
    nodes, layout = parse_nodes(BLOB)
    assert (layout.record_size, layout.prefix) == (48, 0)
    page, line, zhong, a = nodes
    expected = NODES_VECTOR["decoded"]
    assert page == PageNode(expected[0]["nWidth"], expected[0]["nHeight"], expected[0]["nSkewAngle"])
    assert line == LineNode(100, 32, 28, 30)
    for node, want in ((zhong, expected[2]), (a, expected[3])):
        assert isinstance(node, CharNode)
        assert chr(node.code) == want["char"]
        assert node.space_before == want["nSpaceBefore"]
        assert [node.block.left, node.block.top, node.block.right, node.block.bottom] == want["rcBlock"]
        assert node.suspect == want["bSuspect"]
        assert [chr(c) if c else 0 for c in node.candidates] == want["wCandidate"]
        assert list(node.distances) == want["nDistance"]
    assert zhong.confidence == 1.0
    assert a.confidence == pytest.approx(1 - 3 / 255)


def test_vector_round_trips_byte_for_byte() -> None:
    nodes, _ = parse_nodes(BLOB)
    assert pack_nodes(nodes) == BLOB
    assert all(len(pack_node(n)) == RECORD_SIZE for n in nodes)


def test_struct_formats_match_the_vector_file() -> None:
    for node_type, fmt in NODES_VECTOR["struct_formats_by_wType"].items():
        assert struct.calcsize(fmt) == RECORD_SIZE, node_type


def test_vector_matches_the_c_struct_laid_out_by_ctypes() -> None:
    # the fake builds records with ctypes from the seed's C structs: same bytes as the vector
    for index in range(4):
        record = BLOB[index * 48 : (index + 1) * 48]
        assert bytes(IREAD_NODE.from_buffer_copy(record)) == record


def test_vector_groups_into_one_line_with_union_box_and_mean_confidence() -> None:
    nodes, _ = parse_nodes(BLOB)
    (line,) = group_lines(nodes)
    assert line.text == "中 A"  # nSpaceBefore=1 before "A"
    assert line.box == Box(10, 20, 60, 52)
    assert line.confidence == pytest.approx((1.0 + (1 - 3 / 255)) / 2)
    assert line.suspect == ["A"]
    assert page_of(nodes) == PageNode(1024, 768, -150)


def test_region_and_table_cell_nodes_round_trip_and_split_lines() -> None:
    char = CharNode(ord("x"), 0, Rect(1, 2, 9, 12), 0, distances=(0, 255, 255, 255, 255))
    nodes = [
        RegionNode(Rect(0, 0, 100, 50), 1, 2),
        LineNode(2, 10, 8, 10),
        char,
        TableCellNode(Rect(5, 5, 50, 40)),
        char,
    ]
    parsed, _ = parse_nodes(pack_nodes(nodes))
    assert parsed == nodes
    assert [line.text for line in group_lines(parsed)] == ["x", "x"]


def test_pack1_layout_is_recognised() -> None:
    blob = build_nodes(640, 480, layout_text(["OCR"]), pack=1)
    assert len(blob) == 5 * PACKED_RECORD_SIZE
    nodes, layout = parse_nodes(blob)
    assert layout.record_size == 46
    assert [line.text for line in group_lines(nodes)] == ["OCR"]
    assert bytes(IREAD_NODE_PACKED.from_buffer_copy(blob[:46])) == blob[:46]


@pytest.mark.parametrize("prefix", ["count", "bytes"])
def test_count_or_length_prefix_is_skipped(prefix: str) -> None:
    value = 4 if prefix == "count" else len(BLOB)
    nodes, layout = parse_nodes(struct.pack("<I", value) + BLOB)
    assert layout.prefix == 4
    assert nodes == parse_nodes(BLOB)[0]


def test_empty_block_has_no_nodes() -> None:
    assert parse_nodes(b"")[0] == []


@pytest.mark.parametrize("cut", [1, 20, 47, 100, 191])
def test_truncated_block_is_rejected(cut: int) -> None:
    with pytest.raises(NodeParseError):
        parse_nodes(BLOB[:cut])


def test_garbled_node_type_is_rejected() -> None:
    garbled = BLOB[:48] + b"\x07\x00" + BLOB[50:]
    with pytest.raises(NodeParseError, match="unknown node type 7"):
        parse_nodes(garbled)


def test_random_bytes_are_rejected() -> None:
    with pytest.raises(NodeParseError):
        parse_nodes(bytes(range(255, 63, -1)))  # 192 bytes, first wType 0xfeff


def test_surrogate_pair_becomes_one_character() -> None:
    # U+20BB7 𠮷 = D842 DFB7: two CHAR nodes, one character, the union of both boxes
    high = CharNode(0xD842, 0, Rect(0, 0, 10, 20), 0, distances=(0, 255, 255, 255, 255))
    low = CharNode(0xDFB7, 0, Rect(10, 0, 20, 20), 0, distances=(0, 255, 255, 255, 255))
    (line,) = group_lines([LineNode(0, 20, 20, 20), high, low])
    assert line.text == "\U00020bb7"
    assert line.box == Box(0, 0, 20, 20)


def test_invalid_distance_and_empty_rect_are_ignored() -> None:
    unknown = CharNode(ord("a"), 0, Rect(0, 0, 0, 0), 0)  # distance 0xFF: no confidence, no box
    known = CharNode(ord("b"), 0, Rect(5, 5, 15, 25), 0, distances=(51, 255, 255, 255, 255))
    (line,) = group_lines([unknown, known])  # characters before any LINE node still form a line
    assert line.text == "ab"
    assert line.box == Box(5, 5, 15, 25)
    assert line.confidence == pytest.approx(0.8)
    assert group_lines([LineNode(0, 0, 0, 0), unknown])[0].confidence is None


def test_lines_without_characters_are_dropped() -> None:
    assert group_lines([PageNode(10, 10, 0), LineNode(0, 0, 0, 0), LineNode(0, 0, 0, 0)]) == []
