"""What a batch hands to background threads (creating and checking the provider, writing the export)
and the small facts it asks of providers; no widgets here."""

from __future__ import annotations

from pathlib import Path

from ocrdesk.doctypes import DocType
from ocrdesk.model import Document
from ocrdesk.providers import provider_class
from ocrdesk.providers.base import Provider
from ocrdesk.ui.tasks import ProviderCache


def provider_name(provider_id: str) -> str:
    try:
        return provider_class(provider_id).name
    except Exception:  # a provider that cannot be imported is named by its id
        return provider_id


def runner_concurrency(provider: Provider) -> int:
    return max(1, provider.max_concurrency)


def prepare_provider(cache: ProviderCache, provider_id: str, doc_type: str) -> Provider:
    """Create the provider and check what can be checked before any page is sent (worker thread)."""
    provider = cache.get(provider_id)
    provider.check_doc_type(DocType(doc_type))
    from ocrdesk.providers.cloud import CloudProvider  # HTTP libraries load with the first batch, not at start

    if isinstance(provider, CloudProvider):
        provider.check_credentials()
    return provider


def export(documents: list[Document], target: Path) -> None:
    from ocrdesk.export import export_documents

    export_documents(documents, target)
