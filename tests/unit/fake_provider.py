"""A provider for CLI and export tests that needs no OCR engine and no network.

One field per image, its box a fixed fraction of the image (so tests can check boxes map to the
source image); an image whose file name contains "fail" raises a ProviderError.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import ClassVar

from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError, ErrorKind, ProviderError
from ocrdesk.imaging import SourceImage
from ocrdesk.model import Box, Field
from ocrdesk.providers.base import CancelToken, Provider, Recognition, SettingSpec


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
