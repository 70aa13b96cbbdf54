"""Tencent Cloud's authenticity and quality checks: what to ask for, and its warning codes as ours.

Every check is off at Tencent unless the request asks for it (SDK request models, `tencentcloud-sdk-python`
ocr/v20181119): IDCardOCR takes a `Config` JSON *string* of flags, BankCardOCR `Enable*` booleans,
BizLicenseOCR `EnableCopyWarn`. Driver and vehicle licences and MLIDPassportOCR send their warnings
unasked. The same number means different things per action (-9104 is a temporary ID card on an
ID card, a re-shot picture on a business licence, glare on a driver licence), so each action has its
own table. A code missing from a table becomes our `other`, the vendor's code and words kept.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from ocrdesk.doc_warnings import WarningCode, code_from_words, make
from ocrdesk.model import DocumentWarning
from ocrdesk.providers.cloud.normalize import clean_text, to_number

W = WarningCode

# IDCardOCR `Config` flags that make Tencent look for something (all default false).
IDCARD_CONFIG: Mapping[str, bool] = {
    "CopyWarn": True,
    "BorderCheckWarn": True,
    "ReshootWarn": True,
    "DetectPsWarn": True,
    "TempIdWarn": True,
    "InvalidDateWarn": True,
    "Quality": True,
    "ReflectWarn": True,
}
BANK_CARD_FLAGS: Mapping[str, bool] = {
    "EnableCopyCheck": True,
    "EnableReshootCheck": True,
    "EnableBorderCheck": True,
    "EnableQualityValue": True,
}
BIZ_LICENSE_FLAGS: Mapping[str, bool] = {"EnableCopyWarn": True}

# The parameters each action gets when checks are on (`checks` setting), beside its own.
REQUEST_FLAGS: Mapping[str, Mapping[str, Any]] = {
    "IDCardOCR": {"Config": json.dumps(IDCARD_CONFIG, separators=(",", ":"))},
    "BankCardOCR": BANK_CARD_FLAGS,
    "BizLicenseOCR": BIZ_LICENSE_FLAGS,
}

# IDCardOCRResponse.AdvancedInfo.WarnInfos
IDCARD_CODES: Mapping[int, WarningCode] = {
    -9109: W.INVALID_DATE,
    -9101: W.BORDER_INCOMPLETE,
    -9102: W.COPY,  # black-and-white or colour photocopy
    -9108: W.COPY,  # black-and-white photocopy only
    -9103: W.RESHOOT,
    -9105: W.OCCLUDED,
    -9104: W.TEMPORARY_ID,
    -9106: W.TAMPERED,
    -9107: W.GLARE,
    -9110: W.ELECTRONIC,
    -9111: W.WATERMARK,
}
# BankCardOCRResponse.WarningCode
BANK_CARD_CODES: Mapping[int, WarningCode] = {
    -9110: W.INVALID_DATE,
    -9111: W.BORDER_INCOMPLETE,
    -9112: W.GLARE,
    -9113: W.COPY,
    -9114: W.RESHOOT,
}
# BizLicenseOCRResponse.RecognizeWarnCode (WARN_COPY_CARD, WARN_RESHOOT_CARD)
BIZ_LICENSE_CODES: Mapping[int, WarningCode] = {-9102: W.COPY, -9104: W.RESHOOT}
# DriverLicenseOCR and VehicleLicenseOCR RecognizeWarnCode (WARN_DRIVER_LICENSE_*)
LICENSE_CODES: Mapping[int, WarningCode] = {
    -9102: W.COPY,
    -9103: W.RESHOOT,
    -9104: W.GLARE,
    -9105: W.BLURRED,
    -9106: W.BORDER_INCOMPLETE,
}
# MLIDPassportOCRResponse.WarnCardInfos (international site); -9109: the check is not enabled
PASSPORT_CODES: Mapping[int, WarningCode] = {
    -9101: W.BORDER_INCOMPLETE,
    -9102: W.COPY,
    -9103: W.RESHOOT,
    -9104: W.TAMPERED,
    -9107: W.GLARE,
    -9108: W.BLURRED,
}
# "分数越低越模糊，建议阈值≥50" (IDCardOCR AdvancedInfo.Quality, BankCardOCR QualityValue)
QUALITY_THRESHOLD = 50


def coded(codes: Sequence[Any], table: Mapping[int, WarningCode], words: Sequence[Any] = ()) -> list[DocumentWarning]:
    """Warnings for a list of vendor codes (numbers or {"Code": n}); `words` are the vendor's own
    names for them, position by position (RecognizeWarnMsg), kept beside the code."""
    warnings = []
    for index, raw in enumerate(codes):
        code = raw.get("Code") if isinstance(raw, Mapping) else raw
        number = to_number(code)
        ours = table.get(int(number)) if number is not None else None
        said = words[index] if index < len(words) and isinstance(words[index], str) else None
        if ours is None and said:  # a code this action's table lacks: its constant's words may still say
            ours = code_from_words(said)
        vendor_code = str(int(number)) if number is not None else clean_text(code)[:40]
        warnings.append(make(ours or W.OTHER, vendor_code, clean_text(said)[:200] if said else None))
    return warnings


def low_quality(score: Any, name: str) -> list[DocumentWarning]:
    """`blurred` when the vendor's quality score is under its own recommended threshold."""
    number = to_number(score)
    if number is None or number >= QUALITY_THRESHOLD:
        return []
    return [make(W.BLURRED, name, f"{name} {number:g} < {QUALITY_THRESHOLD}")]
