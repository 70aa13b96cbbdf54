"""Rendered documents with ground truth for the field-extraction corpus and tests.

`RENDERERS` maps a document type to a function (rng, variant) -> Rendered; `capture.capture` turns a
rendered document into a photo or scan under one capture condition.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from tests.docgen.bank import bank_card
from tests.docgen.base import Rendered, Variant, variant_for
from tests.docgen.business import business_license
from tests.docgen.idcard import idcard_back, idcard_front
from tests.docgen.invoice import vat_invoice
from tests.docgen.licences import driver_license, vehicle_license

Renderer = Callable[[random.Random, Variant], Rendered]

# In the priority order of issue 9.
RENDERERS: dict[str, Renderer] = {
    "idcard_front": idcard_front,
    "idcard_back": idcard_back,
    "bank_card": bank_card,
    "business_license": business_license,
    "driver_license": driver_license,
    "vehicle_license": vehicle_license,
    "vat_invoice": vat_invoice,
}

__all__ = ["RENDERERS", "Rendered", "Renderer", "Variant", "variant_for"]
