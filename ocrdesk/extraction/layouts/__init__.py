"""Every document type the offline engine reads, described once as data (spec.py says how)."""

from __future__ import annotations

from ocrdesk.doctypes import DocType
from ocrdesk.extraction.layouts.business import BUSINESS_LICENSE
from ocrdesk.extraction.layouts.cards import BANK_CARD, IDCARD_BACK, IDCARD_FRONT
from ocrdesk.extraction.layouts.invoice import VAT_INVOICE
from ocrdesk.extraction.layouts.licences import DRIVER_LICENSE, VEHICLE_LICENSE
from ocrdesk.extraction.layouts.spec import Layout

# In the priority order of the issue: the order the offline provider lists its document types in.
LAYOUTS: dict[DocType, Layout] = {
    layout.doc_type: layout
    for layout in (
        IDCARD_FRONT,
        IDCARD_BACK,
        BANK_CARD,
        BUSINESS_LICENSE,
        DRIVER_LICENSE,
        VEHICLE_LICENSE,
        VAT_INVOICE,
    )
}

SUPPORTED_TYPES: tuple[DocType, ...] = tuple(LAYOUTS)
