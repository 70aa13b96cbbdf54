"""`ocrdesk` entry point: subcommands run headless, anything else opens the window."""

from __future__ import annotations

import multiprocessing
import sys

# kept literal: importing the CLI to ask it would slow every window start
HEADLESS_COMMANDS = frozenset({"recognize", "providers", "stats", "team", "worker", "-h", "--help", "--version"})


def main(argv: list[str] | None = None) -> int:
    # a frozen (PyInstaller) build starts the engine's child process through this executable
    multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] in HEADLESS_COMMANDS:
        from ocrdesk import cli

        return cli.main(args)
    if any(arg == "--db" or arg.startswith("--db=") for arg in args):
        # the window in team mode (issue 16) is not built yet: say so rather than open a desk without the queue
        print(
            "ocrdesk: the window in team mode (--db) is not available yet; "
            "review with `ocrdesk team claim` and `ocrdesk team submit`",
            file=sys.stderr,
        )
        return 2
    try:
        from ocrdesk import app

        return app.main(args)
    except KeyboardInterrupt:  # Ctrl+C while starting, before the window's own handler is installed
        return 130


if __name__ == "__main__":
    sys.exit(main())
