"""Preferences: the settings store, the provider settings dialog and the provider pickers."""
