"""Deterministic providers for the GUI tests: boxes computed from the image size, no engine."""

from __future__ import annotations

from ocrdesk.doctypes import DocType, line_key, line_label
from ocrdesk.errors import Cancelled, ErrorKind, ProviderError
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, Field
from ocrdesk.providers.base import CancelToken, Provider, Recognition, SettingSpec

# (text, confidence): a Chinese line, a Latin one, and one below the low-confidence threshold
LINES = (("姓名 张三", 0.98), ("Total 42.00", 0.91), ("Paris", 0.55))


def line_box(index: int, width: int, height: int) -> Box:
    """The box of line `index`: horizontal bands of the image, one per line."""
    return Box(width // 10, height * (2 * index + 1) // 8, width * 9 // 10, height * (2 * index + 2) // 8)


class FakeProvider(Provider):
    id = "fake"
    name = "Fake OCR"
    doc_types = (DocType.GENERAL, DocType.HANDWRITING)
    warmed_up = 0

    def warm_up(self) -> None:
        type(self).warmed_up += 1

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        fields = [
            Field(
                key=line_key(i),
                label=line_label(i),
                ocr_value=text,
                confidence=confidence,
                box=line_box(i, image.width, image.height),
            )
            for i, (text, confidence) in enumerate(LINES)
        ]
        return Recognition(fields)


class SlowProvider(FakeProvider):
    """Takes up to 10 s, polling the cancel token."""

    id = "slow"
    name = "Slow OCR"

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        token = cancel or CancelToken()
        for _ in range(500):
            if token.wait(0.02):
                raise Cancelled()
        return super().recognize(image, doc_type, cancel)


class FailingProvider(FakeProvider):
    id = "failing"
    name = "Failing OCR"

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        raise ProviderError("Quota exhausted for this month", "FailedOperation.ArrearsError", ErrorKind.QUOTA)


class CardProvider(FakeProvider):
    id = "cards"
    name = "Card OCR"
    doc_types = (DocType.IDCARD_FRONT, DocType.IDCARD_BACK, DocType.BANK_CARD)


class KeyedProvider(FakeProvider):
    """Needs a credential nobody has set."""

    id = "keyed"
    name = "Keyed OCR"
    settings = (SettingSpec("token", "Token", secret=True),)


REGISTRY = {
    "fake": f"{__name__}:FakeProvider",
    "slow": f"{__name__}:SlowProvider",
    "failing": f"{__name__}:FailingProvider",
    "cards": f"{__name__}:CardProvider",
    "keyed": f"{__name__}:KeyedProvider",
}
