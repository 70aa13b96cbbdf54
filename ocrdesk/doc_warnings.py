"""What a provider can say about the picture itself, as our own stable codes with English and Chinese text.

Vendors speak in their own numbers (Tencent's -9102, a driver licence's WARN_DRIVER_LICENSE_COPY_CARD);
every vendor package maps them to one of the codes below, keeping the vendor's code beside it, so an
operator, an export and a script see the same `copy` whoever read the card. A code we do not know
becomes `other` with the vendor's words kept: nothing a vendor says is dropped, and no bare vendor
constant reaches the operator as the whole message.

Both texts are stored with each warning (exports read the same whatever the window's language); the
window shows `display_text()`, the English text translated through the `.ts` (context
"DocumentWarning").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from ocrdesk.i18n import QT_TRANSLATE_NOOP, translate
from ocrdesk.model import Document, DocumentWarning


class WarningCode(StrEnum):
    COPY = "copy"
    RESHOOT = "reshoot"
    SCREENSHOT = "screenshot"
    TAMPERED = "tampered"
    TEMPORARY_ID = "temporary_id"
    INVALID_DATE = "invalid_date"
    ELECTRONIC = "electronic"
    WATERMARK = "watermark"
    BORDER_INCOMPLETE = "border_incomplete"
    OCCLUDED = "occluded"
    GLARE = "glare"
    BLURRED = "blurred"
    LOW_QUALITY = "low_quality"
    TOO_SMALL = "too_small"
    MULTIPLE_CARDS = "multiple_cards"
    OTHER = "other"


@dataclass(frozen=True)
class WarningKind:
    code: WarningCode
    message: str  # English, marked for lupdate
    message_zh: str
    authenticity: bool  # says the picture may not be a genuine original (the others are about quality)


_KINDS: tuple[WarningKind, ...] = (
    WarningKind(
        WarningCode.COPY,
        QT_TRANSLATE_NOOP("DocumentWarning", "The picture is a photocopy, not the original"),
        "图片为复印件，不是原件",
        True,
    ),
    WarningKind(
        WarningCode.RESHOOT,
        QT_TRANSLATE_NOOP("DocumentWarning", "The picture is a photo of a screen or a print (re-shot)"),
        "图片为翻拍件（拍摄屏幕或打印件）",
        True,
    ),
    WarningKind(
        WarningCode.SCREENSHOT,
        QT_TRANSLATE_NOOP("DocumentWarning", "The picture is a screenshot, not a photo of the card"),
        "图片为截图，不是证件实拍",
        True,
    ),
    WarningKind(
        WarningCode.TAMPERED,
        QT_TRANSLATE_NOOP("DocumentWarning", "The picture shows signs of editing (PS)"),
        "图片疑似存在PS痕迹",
        True,
    ),
    WarningKind(
        WarningCode.TEMPORARY_ID,
        QT_TRANSLATE_NOOP("DocumentWarning", "Temporary ID card"),
        "临时身份证",
        True,
    ),
    WarningKind(
        WarningCode.INVALID_DATE,
        QT_TRANSLATE_NOOP("DocumentWarning", "The validity date is not valid"),
        "有效日期不合法",
        True,
    ),
    WarningKind(
        WarningCode.ELECTRONIC,
        QT_TRANSLATE_NOOP("DocumentWarning", "Electronic card, not a physical original"),
        "电子证件，不是实体原件",
        False,
    ),
    WarningKind(
        WarningCode.WATERMARK,
        QT_TRANSLATE_NOOP("DocumentWarning", "A watermark lies over the card"),
        "证件上有水印",
        False,
    ),
    WarningKind(
        WarningCode.BORDER_INCOMPLETE,
        QT_TRANSLATE_NOOP("DocumentWarning", "The card is cut off at the border of the picture"),
        "证件边框不完整",
        False,
    ),
    WarningKind(
        WarningCode.OCCLUDED,
        QT_TRANSLATE_NOOP("DocumentWarning", "Part of the card is covered"),
        "证件框内有遮挡",
        False,
    ),
    WarningKind(
        WarningCode.GLARE,
        QT_TRANSLATE_NOOP("DocumentWarning", "Glare over the card"),
        "证件有反光",
        False,
    ),
    WarningKind(
        WarningCode.BLURRED,
        QT_TRANSLATE_NOOP("DocumentWarning", "The picture is blurred"),
        "图片模糊",
        False,
    ),
    WarningKind(
        WarningCode.LOW_QUALITY,
        QT_TRANSLATE_NOOP("DocumentWarning", "The picture quality is low"),
        "图片质量差",
        False,
    ),
    WarningKind(
        WarningCode.TOO_SMALL,
        QT_TRANSLATE_NOOP("DocumentWarning", "The card is too small in the picture"),
        "证件在图片中太小",
        False,
    ),
    WarningKind(
        WarningCode.MULTIPLE_CARDS,
        QT_TRANSLATE_NOOP("DocumentWarning", "More than one card in the picture"),
        "图片中有多张证件",
        False,
    ),
    WarningKind(
        WarningCode.OTHER,
        QT_TRANSLATE_NOOP("DocumentWarning", "The recognition service gave a warning"),
        "识别服务给出警告",
        False,
    ),
)
KINDS: dict[str, WarningKind] = {kind.code.value: kind for kind in _KINDS}

AUTHENTICITY_CODES: frozenset[str] = frozenset(kind.code.value for kind in _KINDS if kind.authenticity)
# Which warnings stop a confirm unless the operator accepts them with a reason (a preference can change it).
DEFAULT_BLOCKING: frozenset[str] = AUTHENTICITY_CODES


def make(code: WarningCode | str, vendor_code: object = None, vendor_message: str | None = None) -> DocumentWarning:
    """The warning for our `code` (unknown codes become `other`), the vendor's code and words kept."""
    kind = KINDS.get(str(code), KINDS[WarningCode.OTHER])
    return DocumentWarning(
        code=kind.code.value,
        message=kind.message,
        message_zh=kind.message_zh,
        vendor_code=None if vendor_code is None else str(vendor_code),
        vendor_message=vendor_message or None,
    )


# Words in vendor warning names and messages, in English constants (WARN_DRIVER_LICENSE_COPY_CARD) and
# Chinese (复印件告警), for vendors whose codes are not documented per action; the first match wins.
_WORDS: tuple[tuple[tuple[str, ...], WarningCode], ...] = (
    (("COPY", "复印"), WarningCode.COPY),
    (("RESHOOT", "SCREENED", "RECAPTURE", "翻拍"), WarningCode.RESHOOT),
    (("SCREENSHOT", "截图"), WarningCode.SCREENSHOT),
    (("_PS", "PS_", "TAMPER", "篡改", "PS痕迹"), WarningCode.TAMPERED),
    (("TEMP", "临时"), WarningCode.TEMPORARY_ID),
    (("BORDER", "INCOMPLETE", "边框", "不完整"), WarningCode.BORDER_INCOMPLETE),
    (("OCCLU", "COVER", "遮挡"), WarningCode.OCCLUDED),
    (("REFLECT", "GLARE", "反光"), WarningCode.GLARE),
    (("BLUR", "模糊"), WarningCode.BLURRED),
    (("DATE", "日期"), WarningCode.INVALID_DATE),
    (("QUALITY", "质量"), WarningCode.LOW_QUALITY),
)


def code_from_words(text: str) -> WarningCode:
    """Our code for a vendor warning known only by its words; `other` when none fits."""
    upper = text.upper()
    for words, code in _WORDS:
        if any(word in upper for word in words):
            return code
    return WarningCode.OTHER


def display_text(warning: DocumentWarning) -> str:
    """The warning in the window's language; an unknown vendor warning shows the vendor's words too."""
    kind = KINDS.get(warning.code)
    text = translate("DocumentWarning", kind.message) if kind is not None else warning.message
    if warning.code == WarningCode.OTHER and warning.vendor_message:
        return f"{text}: {warning.vendor_message}"
    return text


def summary(warnings: Iterable[DocumentWarning]) -> str:
    """One cell or one line for exports and the command line: `copy: … / 中文 (vendor -9102)`; English and
    Chinese side by side, so the back office reads it whatever its language."""
    parts = []
    for warning in warnings:
        vendor = f" ({warning.vendor_code})" if warning.vendor_code else ""
        words = f" [{warning.vendor_message}]" if warning.code == WarningCode.OTHER and warning.vendor_message else ""
        parts.append(f"{warning.code}: {warning.message} / {warning.message_zh}{words}{vendor}")
    return "; ".join(parts)


def warning_line(warnings: Iterable[DocumentWarning]) -> str:
    """English, for the command line's standard error: `copy (-9102): The picture is a photocopy, …`."""
    parts = []
    for warning in warnings:
        vendor = f" ({warning.vendor_code})" if warning.vendor_code else ""
        words = f": {warning.vendor_message}" if warning.code == WarningCode.OTHER and warning.vendor_message else ""
        parts.append(f"{warning.code}{vendor}: {warning.message}{words}")
    return "; ".join(parts)


def unique(warnings: Iterable[DocumentWarning]) -> list[DocumentWarning]:
    """Each warning once (a vendor may repeat a code), first-seen order."""
    seen: set[DocumentWarning] = set()
    result = []
    for warning in warnings:
        if warning not in seen:
            seen.add(warning)
            result.append(warning)
    return result


def has_authenticity_warning(document: Document) -> bool:
    return any(warning.code in AUTHENTICITY_CODES for warning in document.warnings)
