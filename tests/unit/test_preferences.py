"""The preferences schema: stored values are read back as their type, anything else becomes the default."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from ocrdesk import preferences
from ocrdesk.preferences import (
    DOC_TYPE,
    INCLUDE_SUBFOLDERS,
    LAST_EXPORT_FILTER,
    LAST_OPEN_DIR,
    PDF_DPI,
    SHORTCUT,
    Preference,
    PreferenceError,
    decode,
    encode,
    problem,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("300", 300),  # an INI file gives numbers back as text
        (" 150 ", 150),
        (300, 300),
        (PDF_DPI.minimum, PDF_DPI.minimum),
        (PDF_DPI.maximum, PDF_DPI.maximum),
    ],
)
def test_a_stored_resolution_within_the_limits_is_kept(raw: object, expected: int) -> None:
    assert decode(PDF_DPI, raw) == expected


@pytest.mark.parametrize("raw", ["1200", "30", 601, 71, "-5", "high", "2.5", True, ["1", "2"]])
def test_a_stored_resolution_out_of_limits_or_not_a_number_is_the_default(
    raw: object, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="ocrdesk.preferences"):
        assert decode(PDF_DPI, raw) == PDF_DPI.default
    assert "inputs/pdf_dpi" in caplog.text and "default" in caplog.text
    assert str(raw) not in caplog.text.replace("inputs/pdf_dpi", "")  # the value is not logged


def test_a_missing_value_is_the_default_without_a_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="ocrdesk.preferences"):
        assert decode(PDF_DPI, None) == PDF_DPI.default
        assert decode(INCLUDE_SUBFOLDERS, None) is False
    assert caplog.text == ""


@pytest.mark.parametrize(("raw", "expected"), [("true", True), ("false", False), ("True", True), (True, True)])
def test_bools_as_qsettings_writes_them(raw: object, expected: bool) -> None:
    assert decode(INCLUDE_SUBFOLDERS, raw) is expected


@pytest.mark.parametrize("raw", ["yes", "1", 1, ""])
def test_anything_else_is_not_a_bool(raw: object) -> None:
    assert decode(INCLUDE_SUBFOLDERS, raw) is False


def test_text_values() -> None:
    assert decode(LAST_OPEN_DIR, "/home/a b") == "/home/a b"
    assert decode(LAST_OPEN_DIR, ["C:/scans", " 2024"]) == "C:/scans,  2024"  # unquoted commas split it
    assert decode(LAST_OPEN_DIR, 12) == ""
    assert decode(LAST_EXPORT_FILTER, "CSV (*.csv)") == "CSV (*.csv)"
    assert decode(LAST_EXPORT_FILTER, "Word (*.docx)") == ""  # not a format we write


def test_encode_writes_what_decode_reads_back() -> None:
    assert encode(PDF_DPI, 300) == 300
    assert encode(INCLUDE_SUBFOLDERS, True) == "true" and encode(INCLUDE_SUBFOLDERS, False) == "false"
    assert decode(INCLUDE_SUBFOLDERS, encode(INCLUDE_SUBFOLDERS, True)) is True
    assert decode(PDF_DPI, str(encode(PDF_DPI, 600))) == 600


@pytest.mark.parametrize(("preference", "value"), [(PDF_DPI, 601), (PDF_DPI, True), (PDF_DPI, "300")])
def test_encode_refuses_what_the_preference_cannot_hold(preference: Preference[int], value: Any) -> None:
    with pytest.raises(PreferenceError, match="inputs/pdf_dpi"):
        encode(preference, value)


def test_problem_names_the_limit() -> None:
    assert problem(PDF_DPI, 50) == "below the minimum 72"
    assert problem(PDF_DPI, 700) == "above the maximum 600"
    assert problem(PDF_DPI, 200) == ""
    assert PDF_DPI.limits() == (72, 600)
    with pytest.raises(PreferenceError):
        LAST_OPEN_DIR.limits()


def test_family_keys() -> None:
    assert DOC_TYPE.key_for("tencent_cloud") == "recognition/doc_type/tencent_cloud"
    assert SHORTCUT.key_for("recognize") == "shortcuts/recognize"
    with pytest.raises(PreferenceError):
        SHORTCUT.key_for()
    with pytest.raises(PreferenceError):
        PDF_DPI.key_for("x")
    assert PDF_DPI.key_for() == "inputs/pdf_dpi"


def test_every_preference_is_declared_once_and_its_default_is_acceptable() -> None:
    keys = [p.key for p in preferences.PREFERENCES]
    assert len(keys) == len(set(keys))
    for preference in preferences.PREFERENCES:
        assert problem(preference, preference.default) == "", preference.key
        assert preference.label
    assert not set(preferences.WINDOW_LAYOUT_KEYS) & set(keys)


def test_the_export_formats_are_those_the_export_dialog_offers() -> None:
    from ocrdesk.ui import dialogs

    assert set(LAST_EXPORT_FILTER.choices) == {"", *dialogs.EXPORT_FILTERS}
