"""Reading SinoVoice replies: withPosition framing, template cells, text lines, bank and business cards.

Every shape problem becomes a MALFORMED ProviderError naming what was wrong, never a KeyError.
Field keys come from templates.py; values are NFKC-cleaned (the vendor sends full-width
digits), boxes are left/top/right/bottom strings (all-zero = no box), confidences use each
template's own scale.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
from collections.abc import Mapping
from typing import Any

from ocrdesk.doctypes import line_key, line_label
from ocrdesk.imaging import EncodedImage
from ocrdesk.model import Box, Field
from ocrdesk.providers.base import Recognition
from ocrdesk.providers.cloud import safejson
from ocrdesk.providers.cloud.http import malformed
from ocrdesk.providers.cloud.normalize import (
    box_from_ltrb,
    clean_label,
    clean_text,
    fallback_key,
    make_field,
    to_confidence,
    to_number,
    unique_key,
)
from ocrdesk.providers.sinovoice.nodes import NodeParseError, PageNode, group_lines, page_of, parse_nodes
from ocrdesk.providers.sinovoice.templates import (
    BANKCARD_KEYS,
    BIZCARD_KEYS,
    DATE_PART_NAMES,
    NON_TEXT_CELLS,
    SCALE_100,
    Template,
)

log = logging.getLogger(__name__)

VENDOR = "SinoVoice"


def split_reply(body: bytes, json_length: str | None) -> tuple[Any, bytes]:
    """(JSON value, binary tail) of a withPosition reply; ValueError when no JSON leads the body.

    `json-length` is taken as bytes first and as characters second (its unit is undocumented and
    the JSON holds Chinese); without a usable header the JSON ends where its top-level value does.
    """
    text = body.decode("utf-8", "surrogateescape")
    length = to_number(json_length)
    if length is not None and length == int(length) and 0 < length <= len(body):
        n = int(length)
        try:
            return safejson.loads(body[:n].decode("utf-8")), body[n:]
        except (UnicodeDecodeError, json.JSONDecodeError):
            pass
        if n <= len(text):
            try:
                return safejson.loads(text[:n]), text[n:].encode("utf-8", "surrogateescape")
            except (json.JSONDecodeError, UnicodeEncodeError):
                pass
        log.info("%s: json-length %s does not frame the JSON; locating it by parsing", VENDOR, n)
    start = len(text) - len(text.lstrip())
    try:
        value, end = safejson.raw_decode(text, start)
    except json.JSONDecodeError as exc:
        raise ValueError(str(exc)) from None
    return value, text[end:].encode("utf-8", "surrogateescape")


class _Fields:
    """Collects fields with unique keys."""

    def __init__(self) -> None:
        self.items: list[Field] = []

    def add(self, key: str, label: str, value: Any, confidence: float | None = None, box: Box | None = None) -> None:
        taken = [f.key for f in self.items]
        self.items.append(make_field(unique_key(key, taken), label, value, confidence, box))

    def key(self, mapped: str | None, label: str) -> str:
        return mapped or fallback_key(label, [f.key for f in self.items])


def _dig(data: Mapping[str, Any], *path: str) -> Any:
    node: Any = data
    for step in path:
        if not isinstance(node, Mapping) or step not in node:
            raise malformed(VENDOR, f"the reply has no '{'.'.join(path)}'")
        node = node[step]
    return node


def _objects(value: Any, where: str) -> list[Mapping[str, Any]]:
    """A list of objects; one object alone (XML-to-JSON style) counts as a list of one."""
    if value is None:
        return []
    if isinstance(value, Mapping):
        return [value]
    if isinstance(value, list) and all(isinstance(item, Mapping) for item in value):
        return value
    raise malformed(VENDOR, f"'{where}' is not a list of objects")


def _text(value: Any, where: str) -> str:
    if value is None or (isinstance(value, str | int | float) and not isinstance(value, bool)):
        return clean_text(value)
    raise malformed(VENDOR, f"'{where}' is not text")


def _ltrb(obj: Mapping[str, Any]) -> Box | None:
    """left/top/right/bottom strings; all-zero (出生日期's parent) and inverted boxes are no box."""
    box = box_from_ltrb(obj.get("left"), obj.get("top"), obj.get("right"), obj.get("bottom"))
    return None if box is None or box.left < 0 or box.top < 0 else box


def _union(boxes: list[Box | None]) -> Box | None:
    result: Box | None = None
    for box in boxes:
        if box is not None:
            result = box if result is None else result.union(box)
    return result


# ------------------------------------------------------------------------------------ templates


def parse_template(data: Mapping[str, Any], template: Template) -> list[Field]:
    form = _dig(data, "forms", "form")
    if not isinstance(form, Mapping):
        raise malformed(VENDOR, "'forms.form' is not an object")
    fields = _Fields()
    for page in _objects(form.get("page"), "forms.form.page"):
        for cell in _objects(page.get("cell"), "page.cell"):
            _add_cell(fields, template, cell, parent=None)
    return fields.items


def _cell_result(cell: Mapping[str, Any]) -> Mapping[str, Any] | None:
    result = cell.get("result")
    if result is None or isinstance(result, Mapping):
        return result
    raise malformed(VENDOR, f"cell '{clean_label(cell.get('name'))}' has a 'result' that is not an object")


def _confidence(result: Mapping[str, Any], template: Template) -> float | None:
    if template.confidence_scale is None:
        return None
    return to_confidence(result.get("confidence"), template.confidence_scale)


def _add_cell(fields: _Fields, template: Template, cell: Mapping[str, Any], parent: str | None) -> None:
    name = clean_label(cell.get("name"))
    if name in NON_TEXT_CELLS:
        return
    result = _cell_result(cell)
    children = _objects(cell.get("cell"), f"{name}.cell")
    child_names = {clean_label(child.get("name")) for child in children}
    if children and child_names <= set(DATE_PART_NAMES):
        _add_date(fields, template, name, result, children)
        return
    label = name if parent is None else f"{parent}·{name}"
    if result is not None:
        mapped = template.key_for(name) if parent is None else template.sub_key_for(parent, name)
        fields.add(
            fields.key(mapped, name),
            label,
            _text(result.get("result"), f"{name}.result"),
            _confidence(result, template),
            _ltrb(result),
        )
    for child in children:
        _add_cell(fields, template, child, parent=name)


def _add_date(
    fields: _Fields,
    template: Template,
    name: str,
    result: Mapping[str, Any] | None,
    children: list[Mapping[str, Any]],
) -> None:
    """出生日期 / 出票日期 sent as 年/月/日 sub-cells: one value, the union of all their boxes."""
    parts: dict[str, str] = {}
    boxes: list[Box | None] = [_ltrb(result) if result else None]
    confidences: list[float] = []
    for child in children:
        child_result = _cell_result(child)
        if child_result is None:
            continue
        part = clean_label(child.get("name"))
        parts[part] = _text(child_result.get("result"), f"{name}.{part}.result").replace(" ", "")
        boxes.append(_ltrb(child_result))
        if (confidence := _confidence(child_result, template)) is not None:
            confidences.append(confidence)
    whole = _text(result.get("result"), f"{name}.result") if result else ""
    value = combine_date(parts) or whole or "".join(parts[p] + p for p in DATE_PART_NAMES if parts.get(p))
    confidence = _confidence(result, template) if result else None
    if confidence is None and confidences:
        confidence = sum(confidences) / len(confidences)
    fields.add(fields.key(template.key_for(name), name), name, value, confidence, _union(boxes))


# ------------------------------------------------------------------------------ other capkeys


def parse_text(data: Mapping[str, Any], blob: bytes | None, encoded: EncodedImage) -> Recognition:
    form = _dig(data, "forms", "form")
    text = _text(form, "forms.form") if form is not None else ""
    fields = _Fields()
    warnings: list[str] = []
    if blob:
        try:
            nodes, layout = parse_nodes(blob)
        except NodeParseError as exc:
            raise malformed(VENDOR, f"the position data after the JSON is unreadable ({exc})") from None
        log.debug("%s: %d position nodes, %s", VENDOR, len(nodes), layout.describe())
        warnings += _page_warnings(page_of(nodes), encoded)
        for index, line in enumerate(group_lines(nodes)):
            polygon = None if line.box is None else _corners(line.box)
            fields.items.append(
                make_field(line_key(index), line_label(index), line.text, line.confidence, line.box, polygon)
            )
            if line.suspect:
                warnings.append(f"{line_label(index)}: SinoVoice marks {''.join(line.suspect)} as uncertain")
    elif blob is not None and text:
        warnings.append("SinoVoice sent no position data: the lines have no boxes")
    if not fields.items:  # no position data: the JSON text, one field per line
        for index, line_text in enumerate(t for t in (s.strip() for s in text.splitlines()) if t):
            fields.items.append(make_field(line_key(index), line_label(index), line_text))
    return Recognition(fields.items, warnings)


def _corners(box: Box) -> list[tuple[int, int]]:
    return [(box.left, box.top), (box.right, box.top), (box.right, box.bottom), (box.left, box.bottom)]


def _page_warnings(page: PageNode | None, encoded: EncodedImage) -> list[str]:
    if page is None:
        return []
    warnings = []
    size = encoded.size
    if size is not None and page.width > 0 and page.height > 0 and (page.width, page.height) != size:
        warnings.append(f"SinoVoice measured the page as {page.width}×{page.height}, not {size[0]}×{size[1]}")
    if page.skew_angle:
        warnings.append(f"SinoVoice straightened the page by {page.skew_angle / 100:g}°: boxes may be slightly off")
    return warnings


def parse_bankcard(data: Mapping[str, Any]) -> list[Field]:
    form = _dig(data, "forms", "form")
    if not isinstance(form, Mapping):
        raise malformed(VENDOR, "'forms.form' is not an object")
    fields = _Fields()
    for name, raw in form.items():
        if name == "CardNumberPos" or (name not in BANKCARD_KEYS and isinstance(raw, Mapping | list)):
            continue  # positions are read with CardNumber; unknown structures carry no field
        box = None
        if name == "CardNumber":
            positions = form.get("CardNumberPos")
            digits = _objects(positions.get("Number") if isinstance(positions, Mapping) else None, "Number")
            box = _union([_ltrb(digit) for digit in digits])  # one box per digit: their union
        fields.add(fields.key(BANKCARD_KEYS.get(name), name), clean_label(name), _text(raw, name), None, box)
    return fields.items


def parse_bizcard(data: Mapping[str, Any], envelope: Mapping[str, Any]) -> Recognition:
    bizcard = _dig(data, "bizcard")
    if not isinstance(bizcard, Mapping):
        raise malformed(VENDOR, "'bizcard' is not an object")
    cells = _objects(bizcard.get("cell"), "bizcard.cell")
    fields = _Fields()
    for cell in cells:
        item = clean_label(cell.get("item"))
        label = clean_label(cell.get("name")) or item
        result = cell.get("result")
        value = _text(result.get("text") if isinstance(result, Mapping) else result, f"{label}.result")
        score = cell.get("confidence")
        confidence = to_confidence(score.get("value") if isinstance(score, Mapping) else score, SCALE_100)
        bound = cell.get("bound")
        box = _ltrb(bound) if isinstance(bound, Mapping) else None
        fields.add(fields.key(BIZCARD_KEYS.get(item.lower()), item or label), label, value, confidence, box)
    recognition = Recognition(fields.items)
    image = envelope.get("image", data.get("image"))  # exportImage=yes; the sample puts it at top level
    if isinstance(image, str) and image:
        try:
            recognition.artifacts["card_image"] = base64.b64decode(image, validate=True)
        except (binascii.Error, ValueError):
            recognition.warnings.append("SinoVoice sent a card image that is not valid base64; ignored")
    return recognition


# ------------------------------------------------------------------------- dates from parts

_DIGITS = {
    "零": 0, "〇": 0, "○": 0, "壹": 1, "一": 1, "贰": 2, "二": 2, "两": 2, "叁": 3, "三": 3, "肆": 4,
    "四": 4, "伍": 5, "五": 5, "陆": 6, "六": 6, "柒": 7, "七": 7, "捌": 8, "八": 8, "玖": 9, "九": 9,
}  # fmt: skip
_TEN = frozenset("拾十")


def _year(text: str) -> int | None:
    if text.isascii() and text.isdigit():
        return int(text) if len(text) == 4 else None
    digits = [_DIGITS.get(ch) for ch in text]  # 贰零壹伍: digit by digit
    if len(digits) != 4 or any(d is None for d in digits):
        return None
    return int("".join(str(d) for d in digits))


def _small_number(text: str) -> int | None:
    """Month/day: ASCII digits or 壹拾 / 零叁拾 / 贰拾捌 (bill dates carry an anti-forgery 零)."""
    if text.isascii() and text.isdigit():
        return int(text) if 1 <= len(text) <= 2 else None
    text = text.lstrip("零〇")
    if not text:
        return None
    tens_at = next((i for i, ch in enumerate(text) if ch in _TEN), None)
    if tens_at is None:
        return _DIGITS.get(text) if len(text) == 1 else None
    head, tail = text[:tens_at], text[tens_at + 1 :]
    if len(head) > 1 or len(tail) > 1:
        return None
    tens = 1 if not head else _DIGITS.get(head)
    units = 0 if not tail else _DIGITS.get(tail)
    if tens is None or units is None:
        return None
    return tens * 10 + units


def combine_date(parts: dict[str, str]) -> str | None:
    """Cleaned 年/月/日 parts as YYYY-MM-DD (or YYYY-MM); None when they do not read as a date."""
    year = _year(parts.get("年", ""))
    if year is None:
        return None
    month = _small_number(parts["月"]) if parts.get("月") else None
    if month is None or not 1 <= month <= 12:
        return None
    if not parts.get("日"):
        return f"{year:04d}-{month:02d}"
    day = _small_number(parts["日"])
    if day is None or not 1 <= day <= 31:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
