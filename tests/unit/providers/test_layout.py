"""The providers' layout stays as the import contracts expect: one package per vendor, each independent."""

from __future__ import annotations

import tomllib
from pathlib import Path

from ocrdesk import providers
from ocrdesk.providers import provider_class, provider_ids

ROOT = Path(__file__).resolve().parents[3]
SHARED_PACKAGES = {"cloud"}  # machinery every cloud vendor may use


def _independent_modules() -> set[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    # other independence contracts exist (the UI's packages): take the one about providers
    [contract] = [
        c
        for c in config["tool"]["importlinter"]["contracts"]
        if c["type"] == "independence" and any(m.startswith("ocrdesk.providers.") for m in c["modules"])
    ]
    return set(contract["modules"])


def _vendor_packages() -> set[str]:
    folder = Path(providers.__file__).parent
    return {
        f"ocrdesk.providers.{path.name}"
        for path in folder.iterdir()
        if (path / "__init__.py").is_file() and path.name not in SHARED_PACKAGES
    }


def test_every_vendor_package_is_in_the_independence_contract() -> None:
    missing = sorted(_vendor_packages() - _independent_modules())
    assert not missing, f"add these vendor packages to the independence contract in pyproject.toml: {missing}"


def test_every_registered_provider_lives_in_its_vendor_package() -> None:
    vendors = _vendor_packages()
    for provider_id in provider_ids():
        module = provider_class(provider_id).__module__
        assert module in vendors, f"{provider_id}: {module} is not a vendor package"
