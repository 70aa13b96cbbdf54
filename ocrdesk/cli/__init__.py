"""`ocrdesk recognize`, `ocrdesk providers` and `ocrdesk stats`: the core without a window (INTERFACE.md).

Exit statuses are part of the interface: 0 all recognised, 1 some document failed (or an internal
error), 2 usage error (nothing was attempted), 130 interrupted. No traceback ever reaches the
user unless OCRDESK_DEBUG=1.
"""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from ocrdesk import __version__
from ocrdesk.atomic import write_error
from ocrdesk.batch import BatchRunner
from ocrdesk.cli.choices import chosen_doc_type
from ocrdesk.cli.console import Progress, print_error, silence_stdout, tolerant_stream, write_stdout
from ocrdesk.cli.listing import run_providers
from ocrdesk.cli.order import in_input_order, is_failed_document, problem_document
from ocrdesk.cli.output import Journal
from ocrdesk.cli.stats import add_parser as add_stats_parser
from ocrdesk.cli.stats import run_stats
from ocrdesk.cli.team import add_parsers as add_team_parsers
from ocrdesk.cli.team import run as run_team
from ocrdesk.doc_warnings import warning_line
from ocrdesk.doctypes import DocType
from ocrdesk.errors import Cancelled, ConfigError, ImageLoadError, OcrDeskError
from ocrdesk.export import EXPORT_SUFFIXES, documents_to_json, export_documents, writer_for
from ocrdesk.inputs import InputPlan, PageRef, expand_inputs, load_page
from ocrdesk.model import DocStatus, Document, ErrorInfo
from ocrdesk.providers import DEFAULT_PROVIDER, provider_class
from ocrdesk.providers.base import CancelToken, Provider
from ocrdesk.providers.factory import build_provider
from ocrdesk.recognition import recognize_image
from ocrdesk.redact import install_log_redaction

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
# after Ctrl+C, how long requests in flight get to notice their cancel token (HTTP: within 0.1 s)
INTERRUPT_GRACE = 1.5

log = logging.getLogger(__name__)

USAGE = """\
ocrdesk [IMAGE ...]
       ocrdesk recognize [options] INPUT ...
       ocrdesk providers [--json]
       ocrdesk stats [--json] EXPORT ...
       ocrdesk team {init,add,status,claim,submit,release,export} --db URL ...
       ocrdesk worker --db URL [--concurrency N] [--stale-after SECONDS]"""

DESCRIPTION = """\
Recognise text and card/invoice fields in scans and photos.

Without a command, `ocrdesk [IMAGE ...]` opens the window with those files loaded.
`ocrdesk COMMAND --help` describes each command."""

EPILOG = """\
exit status: 0 all recognised, 1 at least one document failed (or, with --fail-on-warning, was
warned about), 2 usage error, 130 interrupted.
Settings are read from OCRDESK_<PROVIDER>_<SETTING> environment variables, the OS keyring
(secrets) or the settings file. OCRDESK_DEBUG=1 shows tracebacks."""


class UsageError(Exception):
    """Something the user asked for cannot be done as asked; exit 2 before any work starts."""


class RunFailure(Exception):
    """The run could not go on for a reason that is not the user's typo (engine missing, start-up failed); exit 1."""


class Interrupted(Exception):
    """Ctrl+C during the run: the pages finished so far, and whether some work did not stop in time."""

    def __init__(self, documents: list[Document], stuck: bool) -> None:
        super().__init__("interrupted")
        self.documents = documents
        self.stuck = stuck


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
    recognize.add_argument(
        "--fail-on-warning",
        action="store_true",
        help="a document the provider warned about (photocopy, re-shot, cut off, blurred, …) counts as failed",
    )
    recognize.add_argument("inputs", nargs="+", metavar="INPUT", help="image file, folder or PDF")

    providers = commands.add_parser(
        "providers",
        prog="ocrdesk providers",
        parents=[common],
        help="list OCR providers, their document types and settings",
        description="List OCR providers, their document types and settings.",
    )
    providers.add_argument("--json", action="store_true", help="machine-readable output")
    add_stats_parser(commands, common)
    add_team_parsers(commands, common)
    return parser


def main(argv: Sequence[str]) -> int:
    tolerant_stream(sys.stderr)
    try:
        args = build_parser().parse_args(list(argv))
    except SystemExit as exc:  # --help, --version, argparse usage errors (already exit 2)
        return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else EXIT_USAGE)
    restore_logging = _configure_logging(args.verbose)
    try:
        if args.command == "providers":
            return run_providers(args.json)
        if args.command == "stats":
            return run_stats(args.files, args.json)
        if args.command in ("team", "worker"):
            return run_team(args)
        return run_recognize(args)
    except UsageError as exc:
        print_error(str(exc))
        return EXIT_USAGE
    except RunFailure as exc:
        print_error(str(exc))
        return EXIT_FAILED
    except (KeyboardInterrupt, Cancelled):
        print_error("interrupted")
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `ocrdesk recognize ... | head`: the reader left; nothing more to say to it
        silence_stdout()
        return EXIT_FAILED
    except Exception as exc:
        if os.environ.get("OCRDESK_DEBUG") == "1":
            raise
        print_error(f"internal error: {type(exc).__name__}: {exc}")
        return EXIT_FAILED
    finally:
        restore_logging()


# ---------------------------------------------------------------------------------------- recognize


def run_recognize(args: argparse.Namespace) -> int:
    # Cheap checks of what the user typed first, so a typo is reported before any slow import.
    try:
        doc_type = chosen_doc_type(args.provider, args.doc_type)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    output = Path(args.output) if args.output else None
    if output is not None:
        _check_output(output)
    if not 30 <= args.dpi <= 1200:
        raise UsageError(f"--dpi {args.dpi} is outside 30..1200")

    plan = expand_inputs(args.inputs, recursive=args.recursive)
    for problem in plan.problems:
        print_error(problem.message)
    if plan.skipped:
        log.info("skipped %d file(s) that are not images or PDFs", plan.skipped)
    if not plan.pages and not any(is_failed_document(problem) for problem in plan.problems):
        raise UsageError("nothing to recognise")

    provider_cls = _provider_class(args.provider)
    if not provider_cls.supports(doc_type):
        offered = ", ".join(t.value for t in provider_cls.doc_types)
        raise UsageError(f"provider '{args.provider}' does not support '{doc_type.value}' (it offers: {offered})")
    if not plan.pages:  # only damaged or locked files: each fails like a damaged image; no engine to start
        _write_result(_with_problems([], plan, args.inputs, args.provider, doc_type), output, None)
        return EXIT_FAILED
    provider = _start_provider(args.provider, args.endpoint)
    journal = Journal(output) if output is not None else None
    try:
        if journal is not None:
            _open_journal(journal)
        finished = _recognize_all(provider, plan, doc_type, args.dpi, journal)
        documents = _with_problems(finished, plan, args.inputs, provider.id, doc_type)
    except Interrupted as stop:
        documents = _with_problems(stop.documents, plan, args.inputs, provider.id, doc_type)
        written = _write_result(documents, output, journal)
        where = "standard output" if output is None else str(output)
        done = f"{len(stop.documents)} finished page(s)"
        print_error(f"interrupted: {done} written to {where}" if written else f"interrupted: {done} not written")
        if stop.stuck:  # a worker still inside native code: do not wait for it at exit
            sys.stderr.flush()
            os._exit(EXIT_INTERRUPTED)
        return EXIT_INTERRUPTED
    finally:
        if journal is not None:
            journal.close()
        provider.close()

    failed = [doc for doc in documents if doc.status == DocStatus.ERROR]
    if args.fail_on_warning:
        failed += [doc for doc in documents if doc.warnings]
    if not _write_result(documents, output, journal):
        return EXIT_FAILED
    return EXIT_FAILED if failed else EXIT_OK


def _open_journal(journal: Journal) -> None:
    try:
        journal.open()
    except OSError as exc:
        raise UsageError(f"cannot write {journal.path}: {exc.strerror or exc}") from None


def _write_result(documents: list[Document], output: Path | None, journal: Journal | None) -> bool:
    """The result in its final format on stdout or in `output`; False (said why) when it cannot be written."""
    if output is None:
        write_stdout(documents_to_json(documents) + "\n")
        return True
    try:
        export_documents(documents, output)
    except OSError as exc:
        reason = write_error(exc, output)
        kept = f"; the finished pages are kept in {journal.path}" if journal is not None and journal.kept() else ""
        print_error(f"cannot write {output}: {reason.strerror or reason}{kept}")
        return False
    if journal is not None:
        journal.remove()
    log.info("wrote %d document(s) to %s", len(documents), output)
    return True


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


def _recognize_all(
    provider: Provider, plan: InputPlan, doc_type: DocType, dpi: int, journal: Journal | None
) -> list[Document]:
    """Every page, `provider.max_concurrency` at a time (cloud providers); output in input order.

    Each finished page goes to `journal` at once. Ctrl+C cancels the run (requests in flight are
    aborted) and raises Interrupted with the pages finished; a second Ctrl+C ends the process at once.
    """
    progress = Progress(len(plan.pages), sys.stderr)
    results: dict[int, Document] = {}
    lock = threading.Lock()
    warned: list[bool] = []

    def work(index: int, cancel: CancelToken) -> Document:
        return _recognize_page(provider, plan.pages[index], doc_type, dpi, cancel)

    def on_result(index: int, document: Document) -> None:
        with lock:
            results[index] = document
            if journal is not None:
                journal.add(document)
                if journal.problem is not None and not warned:
                    warned.append(True)
                    progress.clear()
                    print_error(journal.problem)
            if document.status == DocStatus.ERROR and document.error is not None:
                progress.clear()
                print_error(f"{_source_label(document)}: {_strip_name(document.error.message, plan.pages[index])}")
            if document.warnings:
                progress.clear()
                print_error(f"{_source_label(document)}: warning: {warning_line(document.warnings)}")
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
        if threading.current_thread() is threading.main_thread():
            # kept until the process ends: a Ctrl+C while it shuts down must not print a traceback either
            signal.signal(signal.SIGINT, _exit_at_once)
        stopped = runner.wait(INTERRUPT_GRACE)
        with lock:
            finished = [results[index] for index in sorted(results)]
        raise Interrupted(finished, stuck=not stopped) from None
    finally:
        progress.clear()
    return [results[index] for index in sorted(results)]


def _with_problems(
    documents: list[Document], plan: InputPlan, inputs: Sequence[str], provider_id: str, doc_type: DocType
) -> list[Document]:
    """`documents` and a row for each input that yielded no page at all (nothing vanishes silently), in input order."""
    problems = [problem_document(problem, provider_id, doc_type) for problem in plan.problems]
    return in_input_order([*documents, *problems], inputs)


def _exit_at_once(signum: int, frame: object) -> None:
    """A second Ctrl+C: the operator does not want to wait, not even for the output."""
    os._exit(EXIT_INTERRUPTED)


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
