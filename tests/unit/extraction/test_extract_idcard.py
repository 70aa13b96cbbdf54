"""ID card extraction on line sets shaped like what the local engine reads (merged, split, misread, clutter)."""

from __future__ import annotations

import pytest

from ocrdesk.doctypes import CANONICAL_KEYS, DocType
from ocrdesk.extraction.extract import extract_fields
from ocrdesk.extraction.upside import turned
from tests.unit.extraction.helpers import id_number, lines, tilted, values

NUMBER = id_number("11010519900307123")  # born 1990-03-07, odd 17th digit: male
SIZE = (856, 540)


def front_merged() -> list:
    return lines(
        [
            ("姓名王晓明", 70, 50, 300, 90, 0.99),
            ("性别男 民族汉", 70, 110, 420, 150, 0.98),
            ("出生1990年3月7日", 70, 170, 430, 210, 0.97),
            ("住址北京市朝阳区建国路", 70, 230, 520, 270, 0.96),
            ("88号院3单元502室", 160, 278, 420, 318, 0.95),
            ("公民身份号码", 70, 440, 270, 480, 0.99),
            (NUMBER, 320, 440, 780, 480, 0.93),
        ]
    )


def test_front_with_labels_and_values_on_one_line() -> None:
    result = extract_fields(DocType.IDCARD_FRONT, front_merged(), SIZE)
    assert [f.key for f in result.fields] == list(CANONICAL_KEYS[DocType.IDCARD_FRONT])
    assert values(result.fields) == {
        "name": "王晓明",
        "sex": "男",
        "ethnicity": "汉",
        "birth_date": "1990年3月7日",
        "address": "北京市朝阳区建国路88号院3单元502室",
        "id_number": NUMBER,
    }
    assert result.warnings == []
    by_key = {f.key: f for f in result.fields}
    # the name's box covers the value, not the label before it
    name_box = by_key["name"].box
    assert name_box is not None and 150 < name_box.left < 175 and name_box.right == 300
    # confidence is the lowest of the lines the value came from (the address spans two lines)
    assert by_key["address"].confidence == pytest.approx(0.95)
    assert by_key["address"].box is not None and by_key["address"].box.bottom == 318
    assert all(not f.corrections and not f.edited for f in result.fields)


def front_split() -> list:
    return lines(
        [
            ("中华人民共和国居民身份证", 20, 5, 500, 30, 0.8),  # clutter that holds no label of the front
            ("姓 名", 70, 50, 150, 90, 0.99),
            ("王晓明", 180, 50, 300, 90, 0.97),
            ("性 别", 70, 110, 150, 150, 0.99),
            ("女", 180, 110, 215, 150, 0.9),
            ("民 族", 280, 110, 360, 150, 0.99),
            ("蒙古", 390, 110, 460, 150, 0.91),
            ("出 生", 70, 170, 150, 210, 0.99),
            ("1990 年 3 月 7 日", 180, 170, 450, 210, 0.96),
            ("住 址", 70, 230, 150, 270, 0.99),
            ("内蒙古自治区呼和浩特市", 180, 230, 560, 270, 0.95),
            ("新城区民族大街12号", 180, 278, 500, 318, 0.94),
            ("公民身份号码 " + id_number("15010219900307122"), 70, 440, 780, 480, 0.92),
        ]
    )


def test_front_with_labels_split_from_values_spaced_labels_and_clutter() -> None:
    result = extract_fields(DocType.IDCARD_FRONT, front_split(), SIZE)
    assert values(result.fields) == {
        "name": "王晓明",
        "sex": "女",
        "ethnicity": "蒙古",
        "birth_date": "1990年3月7日",
        "address": "内蒙古自治区呼和浩特市新城区民族大街12号",
        "id_number": id_number("15010219900307122"),
    }


def test_misread_labels_and_a_letter_in_the_number_are_repaired_visibly() -> None:
    misread = NUMBER[:4] + "O" + NUMBER[5:]  # 0 read as O
    read = lines(
        [
            ("娃名王晓明", 70, 50, 300, 90, 0.99),
            ("性别男民族汊", 70, 110, 420, 150, 0.98),
            ("出生1990年3月7日", 70, 170, 430, 210, 0.97),
            ("佳址北京市朝阳区建国路88号", 70, 230, 600, 270, 0.96),
            ("公民身份号" + misread, 70, 440, 780, 480, 0.9),
        ]
    )
    result = extract_fields(DocType.IDCARD_FRONT, read, SIZE)
    by_key = {f.key: f for f in result.fields}
    assert by_key["name"].value == "王晓明"
    assert by_key["address"].value == "北京市朝阳区建国路88号"
    number = by_key["id_number"]
    assert (number.ocr_value, number.value, number.corrections) == (misread, NUMBER, ["digit: O→0"])
    assert not number.edited and number.corrected_value == NUMBER
    ethnicity = by_key["ethnicity"]
    assert (ethnicity.ocr_value, ethnicity.value, ethnicity.corrections) == ("汊", "汉", ["ethnicity: 汊→汉"])


def test_birth_date_misread_is_fixed_from_a_number_whose_check_digit_holds() -> None:
    read = front_merged()
    read[2] = lines([("出生1990年8月7日", 70, 170, 430, 210, 0.97)])[0]  # 3 read as 8
    by_key = {f.key: f for f in extract_fields(DocType.IDCARD_FRONT, read, SIZE).fields}
    birth = by_key["birth_date"]
    assert (birth.ocr_value, birth.value) == ("1990年8月7日", "1990年3月7日")
    assert birth.corrections == ["from ID number: 1990年8月7日→1990年3月7日"]


def test_undecidable_number_is_left_as_read_and_flagged() -> None:
    wrong = NUMBER[:14] + ("0" if NUMBER[14] != "0" else "1") + NUMBER[15:]  # a changed digit, no letter
    wrong = wrong[:5] + ("4" if wrong[5] != "4" else "2") + wrong[6:]  # and a second one
    read = front_merged()
    read[6] = lines([(wrong, 320, 440, 780, 480, 0.93)])[0]
    result = extract_fields(DocType.IDCARD_FRONT, read, SIZE)
    number = {f.key: f for f in result.fields}["id_number"]
    assert number.value == wrong and number.corrections == []
    assert any("ID number" in w for w in result.warnings)


def test_missing_fields_are_listed_empty_without_box_and_warned() -> None:
    read = front_merged()[:3]
    result = extract_fields(DocType.IDCARD_FRONT, read, SIZE)
    by_key = {f.key: f for f in result.fields}
    assert by_key["address"].ocr_value == "" and by_key["address"].box is None
    assert by_key["id_number"].ocr_value == "" and by_key["id_number"].confidence is None
    assert "公民身份号码 (id_number) not found" in result.warnings


def test_number_without_its_label_is_found_by_its_pattern() -> None:
    read = [line for line in front_merged() if line.text != "公民身份号码"]
    assert values(extract_fields(DocType.IDCARD_FRONT, read, SIZE).fields)["id_number"] == NUMBER


def test_card_left_with_a_small_skew_after_rectification() -> None:
    read = tilted(front_merged(), 3.0, (428, 270))
    assert (
        values(extract_fields(DocType.IDCARD_FRONT, read, SIZE).fields)["address"]
        == "北京市朝阳区建国路88号院3单元502室"
    )


def test_back_authority_and_period() -> None:
    read = lines(
        [
            ("中华人民共和国", 250, 60, 700, 110, 0.99),
            ("居民身份证", 260, 130, 680, 190, 0.99),
            ("签发机关 北京市公安局朝阳分局", 150, 380, 700, 420, 0.97),
            ("有效期限2015.03.01-2035.03.01", 150, 440, 720, 480, 0.95),
        ]
    )
    result = extract_fields(DocType.IDCARD_BACK, read, SIZE)
    assert values(result.fields) == {"authority": "北京市公安局朝阳分局", "valid_period": "2015.03.01-2035.03.01"}
    assert result.warnings == []


def test_back_with_split_label_and_long_term_period() -> None:
    read = lines(
        [
            ("签发机关", 150, 380, 300, 420, 0.99),
            ("上海市公安局浦东分局", 330, 380, 700, 420, 0.97),
            ("有效期限", 150, 440, 300, 480, 0.99),
            ("2020.11.05一长期", 330, 440, 640, 480, 0.94),
        ]
    )
    result = extract_fields(DocType.IDCARD_BACK, read, SIZE)
    assert values(result.fields)["authority"] == "上海市公安局浦东分局"
    period = {f.key: f for f in result.fields}["valid_period"]
    assert period.value == "2020.11.05-长期"


def test_a_long_label_with_one_character_misread_still_anchors_its_value() -> None:
    read = front_merged()
    read[5] = lines([("公民身份号玛", 70, 440, 270, 480, 0.99)])[0]
    assert values(extract_fields(DocType.IDCARD_FRONT, read, SIZE).fields)["id_number"] == NUMBER
    back = lines([("签发机夹", 150, 380, 300, 420, 0.99), ("上海市公安局浦东分局", 330, 380, 700, 420, 0.97)])
    assert values(extract_fields(DocType.IDCARD_BACK, back, SIZE).fields)["authority"] == "上海市公安局浦东分局"


def test_page_left_upside_down_is_read_turned_and_boxes_stay_on_the_page_as_given() -> None:
    upright = {f.key: f for f in extract_fields(DocType.IDCARD_FRONT, front_split(), SIZE).fields}
    result = extract_fields(DocType.IDCARD_FRONT, turned(front_split(), SIZE), SIZE)
    assert values(result.fields) == {key: item.value for key, item in upright.items()}
    name = {f.key: f for f in result.fields}["name"]
    assert name.box is not None and (name.box.left, name.box.top) == (SIZE[0] - 300, SIZE[1] - 90)
    assert any("upside down" in w for w in result.warnings)
    assert not any("upside down" in w for w in extract_fields(DocType.IDCARD_FRONT, front_split(), SIZE).warnings)


def test_address_line_starting_with_a_label_word_stays_in_the_address() -> None:
    read = front_merged()
    read[3] = lines([("住址内蒙古自治区呼和浩特市新城区", 70, 230, 620, 270, 0.96)])[0]
    read[4] = lines([("民族大街12号", 160, 278, 400, 318, 0.95)])[0]
    got = values(extract_fields(DocType.IDCARD_FRONT, read, SIZE).fields)
    assert got["address"] == "内蒙古自治区呼和浩特市新城区民族大街12号"
    assert got["ethnicity"] == "汉"
