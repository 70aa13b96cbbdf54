"""Provider registry. Modules are imported lazily: the local engine's import costs ~1 s.

A provider with its settings resolved comes from providers.factory.build_provider.
"""

from __future__ import annotations

import importlib

from ocrdesk.errors import ConfigError
from ocrdesk.i18n import translate
from ocrdesk.providers.base import Provider

# id -> "module:Class"; order is the order shown to the user.
_REGISTRY: dict[str, str] = {
    "local": "ocrdesk.providers.local:LocalProvider",
    "tencent-legacy": "ocrdesk.providers.tencent_legacy:TencentLegacyProvider",
    "tencent-cloud": "ocrdesk.providers.tencent_cloud:TencentCloudProvider",
    "aliyun-market": "ocrdesk.providers.aliyun_market:AliyunMarketProvider",
    "aliyun-eas": "ocrdesk.providers.aliyun_eas:AliyunEasProvider",
    "sinovoice": "ocrdesk.providers.sinovoice:SinoVoiceProvider",
}

DEFAULT_PROVIDER = "local"


def provider_ids() -> list[str]:
    return list(_REGISTRY)


def provider_class(provider_id: str) -> type[Provider]:
    try:
        target = _REGISTRY[provider_id]
    except KeyError:
        known = ", ".join(_REGISTRY)
        raise ConfigError(f"unknown provider '{provider_id}' (known: {known})", "unknown_provider") from None
    module_name, _, class_name = target.partition(":")
    cls: type[Provider] = getattr(importlib.import_module(module_name), class_name)
    return cls


def display_name(provider: type[Provider] | str) -> str:
    """A provider's name in the UI's language (its `name`, marked with QT_TRANSLATE_NOOP("ProviderNames",
    …) where declared, stays English for the command line, logs and exports); an id that cannot be
    loaded is shown as it is."""
    if not isinstance(provider, str):
        return translate("ProviderNames", provider.name)
    try:
        return translate("ProviderNames", provider_class(provider).name)
    except Exception:  # a provider that cannot even be imported is named by its id
        return provider
