"""`ocrdesk recognize` and `ocrdesk providers`: the core without a window (INTERFACE.md).

Exit statuses are part of the interface: 0 all recognised, 1 some document failed (or an internal
error), 2 usage error (nothing was attempted), 130 interrupted. No traceback ever reaches the
user unless OCRDESK_DEBUG=1.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import shutil
import sys
import threading
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from ocrdesk import __version__
from ocrdesk.batch import BatchRunner
from ocrdesk.doctypes import DocType, parse_doc_type
from ocrdesk.errors import Cancelled, ConfigError, ImageLoadError, OcrDeskError
from ocrdesk.export import EXPORT_SUFFIXES, documents_to_json, export_documents, writer_for
from ocrdesk.inputs import InputPlan, PageRef, expand_inputs, load_page
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.providers import DEFAULT_PROVIDER, provider_class, provider_ids
from ocrdesk.providers.base import CancelToken, Provider
from ocrdesk.providers.factory import build_provider
from ocrdesk.recognition import recognize_image
from ocrdesk.redact import install_log_redaction

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130

log = logging.getLogger(__name__)

USAGE = """\
ocrdesk [IMAGE ...]
       ocrdesk recognize [options] INPUT ...
       ocrdesk providers [--json]"""

DESCRIPTION = """\
Recognise text and card/invoice fields in scans and photos.

Without a command, `ocrdesk [IMAGE ...]` opens the window with those files loaded.
`ocrdesk COMMAND --help` describes each command."""

EPILOG = """\
exit status: 0 all recognised, 1 at least one document failed, 2 usage error, 130 interrupted.
Settings are read from OCRDESK_<PROVIDER>_<SETTING> environment variables, the OS keyring
(secrets) or the settings file. OCRDESK_DEBUG=1 shows tracebacks."""


class UsageError(Exception):
    """Something the user asked for cannot be done as asked; exit 2 before any work starts."""


class RunFailure(Exception):
    """The run could not go on for a reason that is not the user's typo (engine missing, start-up failed); exit 1."""


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("-v", "--verbose", action="store_true", help="log progress details to standard error")

    parser = argparse.ArgumentParser(
        prog="ocrdesk",
        usage=USAGE,
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"ocrdesk {__version__}")
    commands = parser.add_subparsers(dest="command", title="commands", metavar="COMMAND", required=True)

    recognize = commands.add_parser(
        "recognize",
        prog="ocrdesk recognize",
        parents=[common],
        help="recognise images, folders (natural order) and PDFs (every page) without a window",
        description="Recognise images, folders and PDFs; print JSON (ocrdesk.result/1) or write --output.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    recognize.add_argument("--provider", default=DEFAULT_PROVIDER, metavar="ID", help=f"default: {DEFAULT_PROVIDER}")
    recognize.add_argument(
        "--doc-type",
        default=DocType.GENERAL.value,
        metavar="TYPE",
        help=f"default: general; one of {', '.join(t.value for t in DocType)}",
    )
    recognize.add_argument("--endpoint", metavar="URL", help="base URL replacing the provider's default host")
    recognize.add_argument(
        "-o", "--output", metavar="FILE", help=f"write {', '.join(EXPORT_SUFFIXES)} by suffix (default: JSON on stdout)"
    )
    recognize.add_argument("-r", "--recursive", action="store_true", help="include images in subfolders")
    recognize.add_argument("--dpi", type=int, default=200, help="resolution for PDF pages (default: 200)")
    recognize.add_argument("inputs", nargs="+", metavar="INPUT", help="image file, folder or PDF")

    providers = commands.add_parser(
        "providers",
        prog="ocrdesk providers",
        parents=[common],
        help="list OCR providers, their document types and settings",
        description="List OCR providers, their document types and settings.",
    )
    providers.add_argument("--json", action="store_true", help="machine-readable output")
    return parser


def main(argv: Sequence[str]) -> int:
    _tolerant_stream(sys.stderr)
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:  # --help, --version, argparse usage errors (already exit 2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    restore_logging = _configure_logging(args.verbose)
    try:
        if args.command == "providers":
            return run_providers(args.json)
        return run_recognize(args)
    except UsageError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except RunFailure as exc:
        _error(str(exc))
        return EXIT_FAILED
    except (KeyboardInterrupt, Cancelled):
        _error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `ocrdesk recognize ... | head`: the reader left; nothing more to say to it
        _silence_stdout()
        return EXIT_FAILED
    except Exception as exc:
        if os.environ.get("OCRDESK_DEBUG") == "1":
            raise
        _error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
    finally:
        restore_logging()


# ---------------------------------------------------------------------------------------- recognize


def run_recognize(args: argparse.Namespace) -> int:
    # Cheap checks of what the user typed first, so a typo is reported before any slow import.
    try:
        doc_type = parse_doc_type(args.doc_type)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if args.provider not in provider_ids():
        raise UsageError(f"unknown provider '{args.provider}' (known: {', '.join(provider_ids())})")
    output = Path(args.output) if args.output else None
    if output is not None:
        _check_output(output)
    if not 30 <= args.dpi <= 1200:
        raise UsageError(f"--dpi {args.dpi} is outside 30..1200")

    plan = expand_inputs(args.inputs, recursive=args.recursive)
    for problem in plan.problems:
        _error(problem.message)
    if plan.skipped:
        log.info("skipped %d file(s) that are not images or PDFs", plan.skipped)
    if not plan.pages:
        raise UsageError("nothing to recognise")

    provider_cls = _provider_class(args.provider)
    if not provider_cls.supports(doc_type):
        offered = ", ".join(t.value for t in provider_cls.doc_types)
        raise UsageError(f"provider '{args.provider}' does not support '{doc_type.value}' (it offers: {offered})")
    provider = _start_provider(args.provider, args.endpoint)
    try:
        documents = _recognize_all(provider, plan, doc_type, args.dpi)
    finally:
        provider.close()

    failed = [doc for doc in documents if doc.status == DocStatus.ERROR]
    if output is None:
        _write_stdout(documents_to_json(documents) + "\n")
    else:
        try:
            export_documents(documents, output)
        except OSError as exc:
            _error(f"cannot write {output}: {exc.strerror or exc} (is it open in another program?)")
            return EXIT_FAILED
        log.info("wrote %d document(s) to %s", len(documents), output)
    return EXIT_FAILED if failed else EXIT_OK


def _provider_class(provider_id: str) -> type[Provider]:
    try:
        return provider_class(provider_id)
    except ConfigError as exc:  # unknown id
        raise UsageError(exc.message) from None
    except ImportError as exc:
        # registered but its engine is not installed: not the user's typo, so not exit 2
        raise RunFailure(f"provider '{provider_id}' cannot be loaded ({exc})") from None


def _start_provider(provider_id: str, endpoint: str | None) -> Provider:
    """Build and warm up the provider; a missing credential or endpoint is a usage error."""
    try:
        provider = build_provider(provider_id, endpoint=endpoint)
    except ConfigError as exc:
        raise UsageError(exc.message) from None
    try:
        provider.warm_up()
    except ConfigError as exc:
        provider.close()
        raise UsageError(exc.message) from None
    except OcrDeskError as exc:
        provider.close()
        raise RunFailure(f"provider '{provider_id}' failed to start: {exc.message}") from None
    return provider


def _recognize_all(provider: Provider, plan: InputPlan, doc_type: DocType, dpi: int) -> list[Document]:
    """Every page, `provider.max_concurrency` at a time (cloud providers); output in input order."""
    progress = Progress(len(plan.pages), sys.stderr)
    results: dict[int, Document] = {}
    lock = threading.Lock()

    def work(index: int, cancel: CancelToken) -> Document:
        return _recognize_page(provider, plan.pages[index], doc_type, dpi, cancel)

    def on_result(index: int, document: Document) -> None:
        with lock:
            results[index] = document
            if document.status == DocStatus.ERROR and document.error is not None:
                progress.clear()
                _error(f"{_source_label(document)}: {_strip_name(document.error.message, plan.pages[index])}")
            progress.show(len(results), plan.pages[index].display_name)

    runner = BatchRunner(
        range(len(plan.pages)),
        work,
        concurrency=provider.max_concurrency,
        on_result=on_result,
        source_of=lambda index: str(plan.pages[index].path),
    )
    runner.start()
    try:
        while not runner.wait(0.2):  # short waits keep Ctrl+C deliverable to this thread
            pass
    except KeyboardInterrupt:
        runner.cancel()
        raise
    finally:
        progress.clear()
    documents = [results[index] for index in sorted(results)]
    # inputs that yielded no page at all still appear in the output, so nothing vanishes silently
    for problem in plan.problems:
        documents.append(
            Document(
                source=str(problem.path),
                provider=provider.id,
                doc_type=doc_type.value,
                status=DocStatus.ERROR,
                error=ErrorInfo(problem.code, problem.message),
            )
        )
    return documents


def _recognize_page(provider: Provider, ref: PageRef, doc_type: DocType, dpi: int, cancel: CancelToken) -> Document:
    try:
        image = load_page(ref, dpi)
    except ImageLoadError as exc:
        return Document(
            source=str(ref.path),
            page=ref.page,
            provider=provider.id,
            doc_type=doc_type.value,
            status=DocStatus.ERROR,
            error=ErrorInfo(exc.code, exc.message),
        )
    document, recognition = recognize_image(provider, image, doc_type, cancel)
    for warning in recognition.warnings if recognition else ():
        log.info("%s: %s", ref.display_name, warning)
    return document


def _check_output(output: Path) -> None:
    try:
        writer_for(output)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    folder = output.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {output}: folder {folder} does not exist")
    if output.is_dir():
        raise UsageError(f"cannot write {output}: it is a folder")
    if not os.access(folder, os.W_OK):
        raise UsageError(f"cannot write {output}: folder {folder} is not writable")


def _source_label(document: Document) -> str:
    return document.source if document.page is None else f"{document.source} (page {document.page})"


def _strip_name(message: str, ref: PageRef) -> str:
    # loader messages start with the file name; the line already names the source
    prefix = f"{ref.path.name}: "
    return message[len(prefix) :] if message.startswith(prefix) else message


class Progress:
    """`[3/10] name` on one terminal line, redrawn with \\r; silent when stderr is not a terminal."""

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.enabled = _isatty(stream)
        self._shown = 0

    def show(self, index: int, name: str) -> None:
        if not self.enabled:
            return
        columns = shutil.get_terminal_size((80, 24)).columns - 1
        line = _fit(f"[{index}/{self.total}] {name}", columns)
        width = _width(line)
        self.stream.write("\r" + line + " " * max(0, self._shown - width))
        self.stream.flush()
        self._shown = width

    def clear(self) -> None:
        if self.enabled and self._shown:
            self.stream.write("\r" + " " * self._shown + "\r")
            self.stream.flush()
            self._shown = 0


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, columns: int) -> str:
    # a line that wraps can no longer be redrawn with \r
    while _width(text) > columns and len(text) > 1:
        text = text[:-2] + "…"
    return text


# ---------------------------------------------------------------------------------------- providers


def provider_entries() -> list[dict[str, Any]]:
    """INTERFACE.md's `providers --json` objects (plus each setting's environment variable)."""
    entries = []
    for provider_id in provider_ids():
        try:
            cls = provider_class(provider_id)
        except ImportError as exc:
            _error(f"provider '{provider_id}' is not available ({exc})")
            continue
        prefix = "OCRDESK_" + provider_id.upper().replace("-", "_")
        settings = [
            {"name": s.name, "secret": s.secret, "required": s.required, "env": f"{prefix}_{s.name.upper()}"}
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
        _write_stdout(json.dumps(entries, ensure_ascii=False, indent=2) + "\n")
        return EXIT_OK
    lines = []
    for entry in entries:
        settings = [f"{s['name']}{'*' if s['secret'] else ''}{'' if s['required'] else '?'}" for s in entry["settings"]]
        lines.append(f"{entry['id']}  {entry['name']}")
        lines.append(f"    document types: {', '.join(entry['doc_types']) or '-'}")
        lines.append(f"    settings:       {', '.join(settings) or '-'}")
        lines.append(f"    endpoint:       {entry['default_endpoint'] or '(you must give one)'}")
    lines.append("(* secret, ? optional)")
    _write_stdout("\n".join(lines) + "\n")
    return EXIT_OK


# ---------------------------------------------------------------------------------------- plumbing


def _write_stdout(text: str) -> None:
    """UTF-8 whatever the console's code page: output is for programs as much as for people."""
    if sys.stdout is None:  # windowed (pythonw / bundled GUI) build: there is no console
        return
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        sys.stdout.write(text)
    else:
        sys.stdout.flush()
        buffer.write(text.encode("utf-8"))
        buffer.flush()


def _error(message: str) -> None:
    print(f"ocrdesk: {message}", file=sys.stderr, flush=True)


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _tolerant_stream(stream: TextIO) -> None:
    # a GBK or cp1252 console must not crash on a file name it cannot show
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="backslashreplace")


def _silence_stdout() -> None:
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _configure_logging(verbose: bool) -> Callable[[], None]:
    """Send INFO (DEBUG with OCRDESK_DEBUG=1) logs to stderr, registered secrets masked in every record
    (warnings reach stderr even without a handler); returns the undo, so in-process callers stay clean."""
    debug = os.environ.get("OCRDESK_DEBUG") == "1"
    if not (verbose or debug) or sys.stderr is None:
        return install_log_redaction()
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("ocrdesk: %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    undo_redaction = install_log_redaction()

    def restore() -> None:
        undo_redaction()
        root.removeHandler(handler)
        root.setLevel(old_level)

    return restore
