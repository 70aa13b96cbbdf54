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

# The seeds the committed corpus (benchmarks/corpus/fields) was generated with.
DEFAULT_SEEDS = {"dev": 20261205, "holdout": 77310419}


def document_rng(seed: int, split: str, doc_type: str, index: int) -> random.Random:
    """The generator of one corpus document: it depends on nothing else, so any subset regenerates alike."""
    return random.Random(f"{seed}:{split}:{doc_type}:{index}")


__all__ = ["DEFAULT_SEEDS", "RENDERERS", "Rendered", "Renderer", "Variant", "document_rng", "variant_for"]
