"""SettingSpec's choice and bool kinds: what they accept (the spellings older settings files hold) and
how `ocrdesk providers --json` lists them."""

from __future__ import annotations

import json

import pytest

from ocrdesk.cli.listing import provider_entries
from ocrdesk.providers.base import BOOL_OFF, BOOL_ON, SettingSpec
from ocrdesk.providers.tencent_cloud import DRIVER_SIDES

SIDE = SettingSpec(
    "side", "Side", required=False, default="FRONT", kind="choice", choices=(("FRONT", "Front"), ("BACK", "Back"))
)
SWITCH = SettingSpec("checks", "Checks", required=False, default="on", kind="bool")


@pytest.mark.parametrize(
    ("value", "expected"),
    [("FRONT", "FRONT"), (" back ", "BACK"), ("Back", "BACK"), ("DOUBLE", None), ("", None), ("Front page", None)],
)
def test_a_choice_accepts_its_values_in_any_case(value: str, expected: str | None) -> None:
    assert SIDE.canonical(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("on", BOOL_ON),
        ("TRUE", BOOL_ON),
        ("yes", BOOL_ON),
        ("1", BOOL_ON),
        ("off", BOOL_OFF),
        ("False", BOOL_OFF),
        ("no", BOOL_OFF),
        (" 0 ", BOOL_OFF),
        ("maybe", None),
        ("", None),
    ],
)
def test_a_bool_accepts_the_spellings_the_providers_accept(value: str, expected: str | None) -> None:
    assert SWITCH.canonical(value) == expected


def test_other_kinds_keep_the_value() -> None:
    assert SettingSpec("region", "Region").canonical(" ap-beijing ") == "ap-beijing"


def test_providers_json_lists_kinds_and_choices() -> None:
    entries = json.loads(json.dumps(provider_entries()))
    tencent = next(entry for entry in entries if entry["id"] == "tencent-cloud")
    settings = {setting["name"]: setting for setting in tencent["settings"]}
    assert settings["driver_license_side"]["kind"] == "choice"
    assert settings["driver_license_side"]["choices"] == list(DRIVER_SIDES)
    assert settings["driver_license_side"]["default"] == "FRONT"
    assert settings["checks"]["kind"] == "bool" and "choices" not in settings["checks"]
    assert settings["timeout"]["kind"] == "float" and settings["secret_id"]["default"] is None
