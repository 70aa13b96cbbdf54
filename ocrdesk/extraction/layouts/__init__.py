"""Every document type the offline engine reads, described once as data (spec.py says how)."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.layouts.cards import BANK_CARD, IDCARD_BACK, IDCARD_FRONT
from ocrdesk.extraction.layouts.spec import Layout

LAYOUTS: dict[DocType, Layout] = {layout.doc_type: layout for layout in (IDCARD_FRONT, IDCARD_BACK, BANK_CARD)}

SUPPORTED_TYPES: tuple[DocType, ...] = tuple(LAYOUTS)
