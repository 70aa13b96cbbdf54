"""Reviewing one document: the workflow, box editing, undo, region reading and autosave."""
