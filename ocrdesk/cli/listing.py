"""`ocrdesk providers`: the providers, their document types and settings (INTERFACE.md)."""

from __future__ import annotations

import json
from typing import Any

from ocrdesk.cli.console import print_error, write_stdout
from ocrdesk.doctypes import DocType
from ocrdesk.providers import provider_class, provider_ids

EXIT_OK = 0


def provider_entries() -> list[dict[str, Any]]:
    """INTERFACE.md's `providers --json` objects (plus each setting's environment variable)."""
    entries = []
    for provider_id in provider_ids():
        try:
            cls = provider_class(provider_id)
        except ImportError as exc:
            print_error(f"provider '{provider_id}' is not available ({exc})")
            continue
        prefix = "OCRDESK_" + provider_id.upper().replace("-", "_")
        settings = [
            {
                "name": s.name,
                "secret": s.secret,
                "required": s.required,
                "env": f"{prefix}_{s.name.upper()}",
                "kind": s.kind,
                "default": s.default,
                **({"choices": [stored for stored, _label in s.choices]} if s.kind == "choice" else {}),
            }
            for s in cls.settings
        ]
        entries.append(
            {
                "id": provider_id,
                "name": cls.name,
                "doc_types": [DocType(t).value for t in cls.doc_types],
                "settings": settings,
                "default_endpoint": cls.default_endpoint,
            }
        )
    return entries


def run_providers(as_json: bool) -> int:
    entries = provider_entries()
    if as_json:
        write_stdout(json.dumps(entries, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    lines = []
    for entry in entries:
        settings = [f"{s['name']}{'*' if s['secret'] else ''}{'' if s['required'] else '?'}" for s in entry["settings"]]
        lines.append(f"{entry['id']}  {entry['name']}")
        lines.append(f"    document types: {', '.join(entry['doc_types']) or '-'}")
        lines.append(f"    settings:       {', '.join(settings) or '-'}")
        lines.append(f"    endpoint:       {_endpoint_text(entry)}")
    lines.append("(* secret, ? optional)")
    write_stdout("\n".join(lines) + "\n")
    return EXIT_OK


def _endpoint_text(entry: dict[str, Any]) -> str:
    if entry["default_endpoint"]:
        return str(entry["default_endpoint"])
    if any(setting["name"] == "endpoint" for setting in entry["settings"]):
        return "(you must give one: --endpoint, or its endpoint setting)"
    return "none: it runs on this machine, offline"
