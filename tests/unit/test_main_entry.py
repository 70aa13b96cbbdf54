"""`ocrdesk COMMAND` runs the command line for every command it has, never the window."""

from __future__ import annotations

import argparse

from ocrdesk.__main__ import HEADLESS_COMMANDS
from ocrdesk.cli import build_parser


def test_every_cli_command_runs_headless() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(subparsers.choices) <= HEADLESS_COMMANDS
