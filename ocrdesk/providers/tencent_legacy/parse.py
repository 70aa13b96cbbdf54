"""Legacy Tencent OCR replies → normalised fields (PROTOCOLS.md §1.4–1.5, §6a).

Two reply shapes exist:
* `result_list[]` (idcard, businesscard): one entry per uploaded image, each with its own `code`/`message`;
* `data.items[]` (everything else): `{item, itemstring, itemconf, itemcoord{x,y,width,height}}`, errors in the
  top-level `code`/`message`. The plate doc's sample puts `items` at the top level, so both places are read.

Error codes are checked before this module sees a reply (tencent_legacy.decode_reply).
"""

from __future__ import annotations

import base64
import binascii
import contextlib
from collections.abc import Mapping, Sequence
from typing import Any

from ocrdesk.doc_warnings import code_from_words, make
from ocrdesk.doctypes import LINE_KEYED_TYPES, DocType, line_key, line_label
from ocrdesk.model import Box, DocumentWarning, Field, Point
from ocrdesk.providers.base import Recognition
from ocrdesk.providers.cloud.http import malformed
from ocrdesk.providers.cloud.normalize import (
    box_from_polygon,
    box_from_xywh,
    clean_label,
    clean_text,
    fallback_key,
    make_field,
    polygon_from_points,
    to_number,
    unique_key,
)
from ocrdesk.providers.reading_order import Span, reading_order

# canonical key per vendor item name (after clean_label), per document type
KEY_MAPS: dict[DocType, dict[str, str]] = {
    DocType.IDCARD_FRONT: {
        "name": "name",
        "sex": "sex",
        "nation": "ethnicity",
        "birth": "birth_date",
        "address": "address",
        "id": "id_number",
    },
    DocType.IDCARD_BACK: {"authority": "authority", "valid_date": "valid_period"},
    DocType.BUSINESS_CARD: {
        "姓名": "name",
        "英文姓名": "name_en",
        "职位": "title",
        "英文职位": "title_en",
        "部门": "department",
        "英文部门": "department_en",
        "公司": "company",
        "英文公司": "company_en",
        "地址": "address",
        "英文地址": "address_en",
        "邮编": "postcode",
        "邮箱": "email",
        "网址": "website",
        "手机": "mobile",
        "电话": "phone",
        "传真": "fax",
        "QQ": "qq",
        "MSN": "msn",
        "微信": "wechat",
        "微博": "weibo",
        "公司账号": "company_account",
        "logo": "logo",
        "其他": "other",
    },
    DocType.VEHICLE_LICENSE: {
        "车牌号码": "plate_number",
        "号牌号码": "plate_number",
        "车辆类型": "vehicle_type",
        "所有人": "owner",
        "住址": "address",
        "使用性质": "use_character",
        "品牌型号": "model",
        "识别代码": "vin",
        "车辆识别代号": "vin",
        "发动机号": "engine_number",
        "发动机号码": "engine_number",
        "注册日期": "register_date",
        "发证日期": "issue_date",
        "红章": "seal",
    },
    DocType.VEHICLE_LICENSE_BACK: {
        "号牌号码": "plate_number",
        "车牌号码": "plate_number",
        "档案编号": "file_number",
        "核定载人数": "passengers",
        "总质量": "total_mass",
        "整备质量": "curb_mass",
        "外廓尺寸": "dimensions",
        "检验记录": "inspection_record",
        "核定载质量": "load_mass",
        "准牵引总质量": "traction_mass",
        "备注": "remarks",
    },
    DocType.DRIVER_LICENSE: {
        "证号": "license_number",
        "姓名": "name",
        "性别": "sex",
        "国籍": "nationality",
        "住址": "address",
        "出生日期": "birth_date",
        "领证日期": "first_issue_date",
        "初次领证日期": "first_issue_date",
        "准驾车型": "vehicle_class",
        "起始日期": "valid_from",
        "有效日期": "valid_to",
        "有效期限": "valid_period",
        "发证单位": "authority",
        # the stamp carries the same text as 发证单位 (the seed sample repeats it with the same box); its own
        # key keeps both without a collision, and the label tells the operator which is which
        "红章": "seal",
        "档案编号": "file_number",
    },
    DocType.LICENSE_PLATE: {"车牌": "plate_number", "车牌号码": "plate_number", "车牌颜色": "plate_color"},
    DocType.BANK_CARD: {
        "卡号": "card_number",
        "银行信息": "bank_name",
        "卡名字": "card_name",
        "卡类型": "card_type",
        "有效期": "valid_date",
    },
    DocType.BUSINESS_LICENSE: {
        "统一社会信用代码": "credit_code",
        "注册号": "registration_number",
        "公司名称": "name",
        "公司名字": "name",
        "名称": "name",
        "主体类型": "company_type",
        "类型": "company_type",
        "地址": "address",
        "住所": "address",
        "法定代表人": "legal_representative",
        "注册资本": "registered_capital",
        "成立日期": "established_date",
        "营业期限": "business_term",
        "经营范围": "business_scope",
        "发证日期": "issue_date",
        "登记机关": "authority",
    },
}

# The bank-card and 行驶证副页 samples give 卡类型/卡名字/银行信息/核定载质量 fixed 10×10 boxes at x=10,
# y=10/30/50: synthetic positions, not where the text is.
_PLACEHOLDER_BOX = {(10, 10, 10, 10), (10, 30, 10, 10), (10, 50, 10, 10)}


def parse_reply(vendor: str, payload: Mapping[str, Any], doc_type: DocType) -> Recognition:
    if doc_type in (DocType.IDCARD_FRONT, DocType.IDCARD_BACK, DocType.BUSINESS_CARD):
        entry = first_result(vendor, payload)
        if "data" not in entry:
            raise malformed(vendor, "result_list entry has no data")
        data = entry["data"]
        if doc_type is DocType.BUSINESS_CARD:
            return Recognition(_business_card_fields(vendor, data))
        return _idcard(vendor, data, doc_type)
    items = _items(vendor, payload)
    warnings = _recognize_warnings(payload.get("data"))
    if doc_type in LINE_KEYED_TYPES:
        return Recognition(_line_fields(vendor, items), document_warnings=warnings)
    return Recognition(_item_fields(vendor, items, doc_type), document_warnings=warnings)


def _recognize_warnings(data: Any) -> list[DocumentWarning]:
    """`recognize_warn_code` / `recognize_warn_msg` (bank cards, handwriting): the legacy API documents no
    table of these codes, so each is known by its words (复印件, 翻拍, …), its code and words kept."""
    if not isinstance(data, Mapping):
        return []
    codes, words = data.get("recognize_warn_code"), data.get("recognize_warn_msg")
    codes = codes if isinstance(codes, list) else []
    words = words if isinstance(words, list) else []
    warnings = []
    for index in range(max(len(codes), len(words))):
        code = clean_text(codes[index])[:40] if index < len(codes) and codes[index] is not None else None
        said = clean_text(words[index])[:200] if index < len(words) and isinstance(words[index], str) else ""
        warnings.append(make(code_from_words(said), code, said or None))
    return warnings


def first_result(vendor: str, payload: Mapping[str, Any]) -> dict[str, Any]:
    """The `result_list` entry of our image (one image is sent per request); its `code` is checked by the caller."""
    results = payload.get("result_list")
    if not isinstance(results, list) or not results:
        raise malformed(vendor, "reply has no result_list")
    entry = results[0]
    if not isinstance(entry, dict):
        raise malformed(vendor, "result_list entry is not an object")
    return entry


def _items(vendor: str, payload: Mapping[str, Any]) -> list[dict[str, Any]]:
    data = payload.get("data")
    if data is not None and not isinstance(data, dict):
        raise malformed(vendor, "data is not an object")
    items = (data or {}).get("items", payload.get("items"))
    if items is None:
        raise malformed(vendor, "reply has no data.items")
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise malformed(vendor, "data.items is not a list of objects")
    return items


def float_confidence(value: Any) -> float | None:
    """A float confidence. The samples are all 0–1 although the docs claim 0–100; the general doc's own
    example shows 90.9, so a value above 1 is read as a percentage. -1 means "not recognised" → None."""
    number = to_number(value)
    if number is None or number < 0:
        return None
    return min(1.0, number / 100.0) if number > 1.0 else number


def _confidence_all(values: Any) -> float | None:
    """ID-card `*_confidence_all`: one int 0–100 per character. The field gets the *minimum* / 100: a field
    is only as trustworthy as its weakest character, and the review UI flags exactly that. -1 = unrecognised."""
    if not isinstance(values, list):
        values = [values]
    numbers = [n for n in (to_number(v) for v in values) if n is not None and n >= 0]
    return min(1.0, min(numbers) / 100.0) if numbers else None


def _idcard(vendor: str, data: Any, doc_type: DocType) -> Recognition:
    if not isinstance(data, dict):
        raise malformed(vendor, "ID card data is not an object")
    fields: list[Field] = []
    taken: set[str] = set()
    for name, key in KEY_MAPS[doc_type].items():
        if name not in data:
            continue
        value = clean_text(data[name])
        confidence = _confidence_all(data.get(f"{name}_confidence_all")) if value else None
        fields.append(make_field(key, name, value, confidence))  # the idcard API gives no boxes
        taken.add(key)
    artifacts: dict[str, bytes] = {}
    for name, raw in data.items():
        if name in KEY_MAPS[doc_type] or name.endswith("_confidence_all"):
            continue
        if name.endswith("image") and isinstance(raw, str):
            # `frontimage` (old doc): the card photo as base64, shown to the operator when decodable
            with contextlib.suppress(binascii.Error, ValueError):
                artifacts[name] = base64.b64decode("".join(raw.split()), validate=True)
        elif isinstance(raw, str | int | float) and not isinstance(raw, bool):
            key = fallback_key(name, taken)  # an undocumented key: snake_case of its own name
            fields.append(make_field(key, name, raw, _confidence_all(data.get(f"{name}_confidence_all"))))
            taken.add(key)
    return Recognition(fields, artifacts=artifacts)


def _business_card_fields(vendor: str, data: Any) -> list[Field]:
    if not isinstance(data, list) or not all(isinstance(entry, dict) for entry in data):
        raise malformed(vendor, "business card data is not a list of objects")
    mapping = KEY_MAPS[DocType.BUSINESS_CARD]
    fields: list[Field] = []
    taken: set[str] = set()
    for entry in data:
        label, value = clean_label(entry.get("item")), clean_text(entry.get("value"))
        if not label and not value:
            continue
        key = _key_for(label, mapping, taken)
        fields.append(make_field(key, label or key, value, float_confidence(entry.get("confidence"))))
        taken.add(key)
    return fields


def _key_for(label: str, mapping: Mapping[str, str], taken: set[str]) -> str:
    key = mapping.get(label)
    if key is None:  # "qq", "Logo": the names are matched without regard to case
        key = next((value for name, value in mapping.items() if name.casefold() == label.casefold()), None)
    if key is None:
        return fallback_key(label, taken)
    return unique_key(key, taken)  # repeated names (电话 twice, 发证单位/红章) keep every value


def item_box(coord: Any) -> Box | None:
    if not isinstance(coord, dict):
        return None
    values = tuple(to_number(coord.get(k)) for k in ("x", "y", "width", "height"))
    if values in _PLACEHOLDER_BOX:
        return None
    return box_from_xywh(*values)  # zero width/height → None


def _item_fields(vendor: str, items: Sequence[dict[str, Any]], doc_type: DocType) -> list[Field]:
    mapping = KEY_MAPS.get(doc_type, {})
    fields: list[Field] = []
    taken: set[str] = set()
    for item in items:
        label, value = clean_label(item.get("item")), clean_text(item.get("itemstring"))
        if not label and not value:
            continue  # the 副页 sample pads with {"item": "", all-zero box, itemconf 0}
        key = _key_for(label, mapping, taken)
        confidence = float_confidence(item.get("itemconf"))
        fields.append(make_field(key, label or key, value, confidence, item_box(item.get("itemcoord"))))
        taken.add(key)
    return fields


def _line_confidence(item: Mapping[str, Any]) -> float | None:
    """Line confidence: `itemconf` (handwriting) when present, else the weakest character's (as for ID cards)."""
    line = float_confidence(item.get("itemconf"))
    if line is not None:
        return line
    words = item.get("words")
    if not isinstance(words, list):
        return None
    scores = [
        float_confidence(w.get("confidence")) for w in words if isinstance(w, dict) and clean_text(w.get("character"))
    ]
    known = [s for s in scores if s is not None]
    return min(known) if known else None


def _line_polygon(item: Mapping[str, Any]) -> list[Point] | None:
    coordpoint = item.get("coordpoint")
    points = coordpoint.get("x") if isinstance(coordpoint, dict) else None
    if not isinstance(points, list) or len(points) != 8:
        return None
    return polygon_from_points(points)  # handwriting: flat [x1,y1,…,x4,y4]


Line = tuple[str, float | None, Box | None, list[Point] | None]


def _line_fields(vendor: str, items: Sequence[dict[str, Any]]) -> list[Field]:
    lines: list[Line] = []
    for item in items:
        text = clean_text(item.get("itemstring"))
        if not text:
            continue
        polygon = _line_polygon(item)
        box = item_box(item.get("itemcoord")) or box_from_polygon(polygon)
        lines.append((text, _line_confidence(item), box, polygon))
    spans = [Span.of_box(line[2]) for line in lines if line[2] is not None]
    if len(spans) == len(lines):  # without a box for every line the vendor's order is kept
        lines = reading_order(lines, spans)
    return [
        make_field(line_key(index), line_label(index), text, confidence, box, polygon)
        for index, (text, confidence, box, polygon) in enumerate(lines)
    ]
