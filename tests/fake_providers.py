"""One family of fake providers for every test: no OCR engine, no network, deterministic output.

- `FakeProvider` ("fake", for the CLI and export tests): one field per image whose text echoes the
  file name and size, its box a fixed fraction of the image; a file name containing "fail" raises a
  ProviderError. `NeedsKeyProvider` refuses to start without its token (a missing credential).
- `LinesProvider` ("lines", for the window): three lines in horizontal bands of the image (a
  Chinese one, a Latin one, one below the low-confidence threshold), and its variants: slow,
  failing with a vendor code, card-only and needing a credential nobody has set.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import ClassVar

from ocrdesk.doctypes import DocType, line_key, line_label
from ocrdesk.errors import Cancelled, ConfigError, ErrorKind, ProviderError
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
    name = "Fake provider (tests)"
    doc_types = (DocType.GENERAL, DocType.IDCARD_FRONT)
    settings: ClassVar[tuple[SettingSpec, ...]] = (
        SettingSpec("token", "Token", secret=True, required=False),
        SettingSpec("endpoint", "Endpoint URL", required=False, kind="url"),
    )
    default_endpoint = "https://fake.invalid"
    warmed_up: ClassVar[int] = 0

    def warm_up(self) -> None:
        type(self).warmed_up += 1

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        if "fail" in Path(image.source).name:
            raise ProviderError("fake failure: no text found", "fake.no_text", ErrorKind.NOT_DETECTED)
        box = Box.from_ltrb(image.width * 0.1, image.height * 0.2, image.width * 0.9, image.height * 0.5)
        text = f"{Path(image.source).name} {image.width}x{image.height}"
        if image.page is not None:
            text += f" p{image.page}"
        return Recognition([Field("line_1", "Line 1", text, confidence=0.9, box=box)])


class NeedsKeyProvider(FakeProvider):
    """Like FakeProvider but refuses to start without a token (a missing credential)."""

    id = "needs-key"
    name = "Needs a key (tests)"
    settings: ClassVar[tuple[SettingSpec, ...]] = (SettingSpec("token", "Token", secret=True, required=True),)

    def __init__(self, config: Mapping[str, str] | None = None) -> None:
        super().__init__(config)
        if not self.config.get("token"):
            raise ConfigError("needs-key: setting 'token' is missing (OCRDESK_NEEDS_KEY_TOKEN)")


class LinesProvider(FakeProvider):
    id = "lines"
    name = "Fake OCR"
    doc_types = (DocType.GENERAL, DocType.HANDWRITING)
    settings: ClassVar[tuple[SettingSpec, ...]] = ()
    default_endpoint = None
    warmed_up: ClassVar[int] = 0

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


class SlowProvider(LinesProvider):
    """Takes up to 10 s, polling the cancel token."""

    id = "slow"
    name = "Slow OCR"

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        token = cancel or CancelToken()
        for _ in range(500):
            if token.wait(0.02):
                raise Cancelled()
        return super().recognize(image, doc_type, cancel)


class FailingProvider(LinesProvider):
    id = "failing"
    name = "Failing OCR"

    def recognize(self, image: SourceImage, doc_type: DocType, cancel: CancelToken | None = None) -> Recognition:
        raise ProviderError("Quota exhausted for this month", "FailedOperation.ArrearsError", ErrorKind.QUOTA)


class CardProvider(LinesProvider):
    id = "cards"
    name = "Card OCR"
    doc_types = (DocType.IDCARD_FRONT, DocType.IDCARD_BACK, DocType.BANK_CARD)


class KeyedProvider(LinesProvider):
    """Needs a credential nobody has set."""

    id = "keyed"
    name = "Keyed OCR"
    settings = (SettingSpec("token", "Token", secret=True),)


# the window's registry (the CLI tests register FakeProvider and NeedsKeyProvider themselves)
REGISTRY = {
    "lines": f"{__name__}:LinesProvider",
    "slow": f"{__name__}:SlowProvider",
    "failing": f"{__name__}:FailingProvider",
    "cards": f"{__name__}:CardProvider",
    "keyed": f"{__name__}:KeyedProvider",
}
