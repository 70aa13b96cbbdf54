"""The operator's verification preferences (ocrdesk.preferences) as the rules' inputs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ocrdesk.preferences import (
    AUTO_CONFIRM,
    AUTO_CONFIRM_AGREEMENT,
    AUTO_CONFIRM_SAMPLE,
    AUTO_CONFIRM_THRESHOLD,
    AUTO_CONFIRM_TYPE_THRESHOLD,
    BLIND_FIELDS,
    DOUBLE_ENTRY,
    Preference,
)
from ocrdesk.verification.auto_confirm import AutoConfirmRule

# SettingsStore.get: (preference, name of a family member) -> value
Getter = Callable[[Preference[Any], str], Any]


def blind_keys(get: Getter, doc_type: str) -> frozenset[str]:
    """The fields of `doc_type` typed blind; none while double entry is off."""
    if not get(DOUBLE_ENTRY, ""):
        return frozenset()
    return frozenset(key.strip() for key in str(get(BLIND_FIELDS, doc_type)).split(",") if key.strip())


def auto_confirm_rule(get: Getter, doc_type: str) -> AutoConfirmRule:
    by_type = int(get(AUTO_CONFIRM_TYPE_THRESHOLD, doc_type))
    return AutoConfirmRule(
        enabled=bool(get(AUTO_CONFIRM, "")),
        threshold=int(get(AUTO_CONFIRM_THRESHOLD, "")) / 100,
        thresholds={doc_type: by_type / 100} if by_type else {},
        require_agreement=bool(get(AUTO_CONFIRM_AGREEMENT, "")),
        sample_rate=int(get(AUTO_CONFIRM_SAMPLE, "")) / 100,
    )
