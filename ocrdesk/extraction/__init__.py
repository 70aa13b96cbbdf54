"""Offline named-field extraction: document geometry, layout rules and value repair (no Qt)."""
