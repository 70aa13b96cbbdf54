"""The provider and document type a command was given, checked before anything slow is imported."""

from __future__ import annotations

from ocrdesk.doctypes import DocType, parse_doc_type
from ocrdesk.providers import provider_ids


def chosen_doc_type(provider: str, doc_type: str) -> DocType:
    """`doc_type` parsed; ValueError naming the problem when it or `provider` is not one we know."""
    parsed = parse_doc_type(doc_type)
    if provider not in provider_ids():
        raise ValueError(f"unknown provider '{provider}' (known: {', '.join(provider_ids())})")
    return parsed
