"""`ocrdesk` entry point: subcommands run headless, anything else opens the window."""

from __future__ import annotations

import multiprocessing
import sys

HEADLESS_COMMANDS = frozenset({"recognize", "providers", "team", "worker", "-h", "--help", "--version"})


def main(argv: list[str] | None = None) -> int:
    # a frozen (PyInstaller) build starts the engine's child process through this executable
    multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in HEADLESS_COMMANDS:
        from ocrdesk import cli

        return cli.main(args)
    try:
        from ocrdesk import app

        return app.main(args)
    except KeyboardInterrupt:  # Ctrl+C while starting, before the window's own handler is installed
        return 130


if __name__ == "__main__":
    sys.exit(main())
