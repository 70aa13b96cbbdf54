"""`ocrdesk team …` and `ocrdesk worker`: the team queue on PostgreSQL from the command line (INTERFACE.md).

Exit statuses: 0 done, 1 some input could not be queued (or an internal error), 2 usage error (including an
unreachable or uninitialised database, said in one line), 3 `claim` found no ready document, 4 `submit` by an
operator who does not hold the claim (nothing changed), 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from ocrdesk.cli.choices import chosen_doc_type
from ocrdesk.cli.console import print_error, write_stdout
from ocrdesk.doctypes import DocType
from ocrdesk.errors import ConfigError
from ocrdesk.inputs import expand_inputs
from ocrdesk.model import Document
from ocrdesk.providers import DEFAULT_PROVIDER
from ocrdesk.team import STATES

if TYPE_CHECKING:
    from ocrdesk.team.queue import Connection

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_NONE_READY, EXIT_NOT_HOLDER, EXIT_INTERRUPTED = 0, 1, 2, 3, 4, 130
DEFAULT_LEASE = 300.0  # seconds an operator's claim lasts without renewal
DEFAULT_STALE_AFTER = 60.0


class TeamUsageError(Exception):
    """Exit 2 with this line."""


def add_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser], common: argparse.ArgumentParser) -> None:
    database = argparse.ArgumentParser(add_help=False)
    database.add_argument(
        "--db", metavar="URL", help="PostgreSQL URL (default: $OCRDESK_DB); its password from the keyring"
    )
    team = commands.add_parser(
        "team",
        prog="ocrdesk team",
        help="the team queue on PostgreSQL: init, add, status, claim, submit, export",
        description="Share one queue of documents between recognition workers and reviewing operators.",
    )
    actions = team.add_subparsers(dest="team_command", metavar="ACTION", required=True)
    parents = [common, database]
    actions.add_parser("init", parents=parents, help="create or upgrade the schema; safe to run again")
    add = actions.add_parser("add", parents=parents, help="queue images, folders and PDFs (a document per page)")
    add.add_argument("--provider", default=DEFAULT_PROVIDER, metavar="ID", help=f"default: {DEFAULT_PROVIDER}")
    add.add_argument("--doc-type", default=DocType.GENERAL.value, metavar="TYPE", help="default: general")
    add.add_argument("-r", "--recursive", action="store_true", help="include images in subfolders")
    add.add_argument("inputs", nargs="+", metavar="INPUT")
    status = actions.add_parser("status", parents=parents, help="documents per state")
    status.add_argument("--json", action="store_true", help="machine-readable output")
    claim = actions.add_parser("claim", parents=parents, help="claim the next ready document (exit 3: none)")
    claim.add_argument("--operator", required=True, metavar="NAME")
    claim.add_argument("--lease", type=float, default=DEFAULT_LEASE, metavar="SECONDS", help="default: 300")
    claim.add_argument("--json", action="store_true", help="JSON output (the only form: the result format)")
    submit = actions.add_parser("submit", parents=parents, help="submit a reviewed document (exit 4: not yours)")
    submit.add_argument("--operator", required=True, metavar="NAME")
    submit.add_argument("file", metavar="FILE.json")
    hand = actions.add_parser("release", parents=parents, help="hand a claimed document back unreviewed")
    hand.add_argument("--operator", required=True, metavar="NAME")
    hand.add_argument("id", type=int, metavar="ID")
    export = actions.add_parser("export", parents=parents, help="write documents with operator and reviewed_at")
    export.add_argument("--status", default="reviewed", choices=[*STATES, "all"], help="default: reviewed")
    export.add_argument("-o", "--output", required=True, metavar="FILE", help=".json, .xlsx or .csv")

    worker = commands.add_parser(
        "worker",
        prog="ocrdesk worker",
        parents=parents,
        help="recognise queued team documents until stopped (Ctrl+C or SIGTERM)",
        description="Recognise queued documents with this machine's provider settings until stopped.",
    )
    worker.add_argument("--concurrency", type=int, default=2, metavar="N", help="documents at a time (default: 2)")
    worker.add_argument(
        "--stale-after",
        type=float,
        default=DEFAULT_STALE_AFTER,
        metavar="SECONDS",
        help="a job whose worker stopped renewing it this long is taken over (default: 60)",
    )
    worker.add_argument("--until-done", action="store_true", help="stop when nothing is queued or being recognised")


def run(args: argparse.Namespace) -> int:
    # imported here: `ocrdesk recognize` and the window never load the database driver
    import psycopg

    from ocrdesk.team.db import TeamDbError, database_url, reason

    try:
        url = database_url(args.db)
        if args.command == "worker":
            return _run_worker(args, url)
        return _ACTIONS[args.team_command](args, url)
    except (ConfigError, TeamUsageError) as exc:
        print_error(str(exc.message if isinstance(exc, ConfigError) else exc))
        return EXIT_USAGE
    except TeamDbError as exc:
        print_error(str(exc))
        return EXIT_USAGE
    except psycopg.errors.UndefinedTable:
        print_error("the team database has no queue yet: run `ocrdesk team init --db URL` first")
        return EXIT_USAGE
    except psycopg.OperationalError as exc:  # the server went away during the command: nothing was committed
        print_error(f"lost the team database connection: {reason(exc, url)}; nothing was changed, try again")
        return EXIT_USAGE


def _connect(url: str) -> Connection:
    from ocrdesk.team.db import connect

    return connect(url)


def _init(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.team.db import shown_url
    from ocrdesk.team.migrate import current_revision, upgrade

    upgrade(url)
    with _connect(url) as connection:
        revision = current_revision(connection)
    write_stdout(f"team database {shown_url(url)} is ready (schema {revision})\n")
    return EXIT_OK


def _add(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.team.queue import add_pages

    try:
        doc_type = chosen_doc_type(args.provider, args.doc_type)
    except ValueError as exc:
        raise TeamUsageError(str(exc)) from None
    plan = expand_inputs(args.inputs, recursive=args.recursive)
    for problem in plan.problems:
        print_error(problem.message)
    if not plan.pages:
        if plan.problems:
            return EXIT_FAILED
        raise TeamUsageError("nothing to add")
    with _connect(url) as connection:
        added = add_pages(connection, plan.pages, args.provider, doc_type.value)
    write_stdout("".join(f"{item.id}\t{item.label}\n" for item in added))
    return EXIT_FAILED if plan.problems else EXIT_OK


def _status(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.team.queue import status_counts

    with _connect(url) as connection:
        counts = status_counts(connection)
    if args.json:
        write_stdout(json.dumps(counts) + "\n")
    else:
        write_stdout("".join(f"{state:<12} {count}\n" for state, count in counts.items()))
    return EXIT_OK


def _claim(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.team.review import claim_next

    _check_operator(args.operator)
    if args.lease <= 0:
        raise TeamUsageError("--lease must be more than 0 seconds")
    with _connect(url) as connection:
        claimed = claim_next(connection, args.operator, args.lease)
    if claimed is None:
        print_error("no document is ready for review")
        return EXIT_NONE_READY
    write_stdout(json.dumps({"id": claimed.id, **claimed.document.to_dict()}, ensure_ascii=False, indent=2) + "\n")
    return EXIT_OK


def _submit(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.team.review import NotHolder, submit

    _check_operator(args.operator)
    document_id, document = _read_submission(Path(args.file))
    with _connect(url) as connection:
        try:
            at = submit(connection, document_id, args.operator, document)
        except NotHolder as refused:
            print_error(str(refused))
            return EXIT_NOT_HOLDER
    write_stdout(f"{document_id}\treviewed by {args.operator} at {at.isoformat(timespec='seconds')}\n")
    return EXIT_OK


def _release(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.team.review import hand_back

    with _connect(url) as connection:
        if not hand_back(connection, args.id, args.operator):
            print_error(f"{args.operator} does not hold a claim on document {args.id}: nothing was changed")
            return EXIT_NOT_HOLDER
    return EXIT_OK


def _export(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.team.export import write_team_export
    from ocrdesk.team.review import documents_in

    output = Path(args.output)
    if output.suffix.lower() not in (".json", ".csv", ".xlsx"):
        raise TeamUsageError(f"cannot export to '{output.name}': use .json, .xlsx or .csv")
    if not output.parent.is_dir():
        raise TeamUsageError(f"cannot write {output}: folder {output.parent} does not exist")
    with _connect(url) as connection:
        items = documents_in(connection, None if args.status == "all" else args.status)
    try:
        write_team_export(items, output)
    except OSError as exc:
        print_error(f"cannot write {output}: {exc.strerror or exc}")
        return EXIT_FAILED
    print_error(f"wrote {len(items)} document(s) to {output}")
    return EXIT_OK


def _check_operator(name: str) -> None:
    if not name.strip():
        raise TeamUsageError("--operator must name the operator")


def _read_submission(path: Path) -> tuple[int, Document]:
    """FILE: one document object with an "id", or a result file holding exactly one such document."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TeamUsageError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:
        raise TeamUsageError(f"{path} is not JSON: {exc}") from None
    if isinstance(data, dict) and isinstance(data.get("documents"), list):
        if len(data["documents"]) != 1:
            raise TeamUsageError(f"{path} must hold exactly one document, not {len(data['documents'])}")
        data = data["documents"][0]
    if not isinstance(data, dict) or not isinstance(data.get("id"), int):
        raise TeamUsageError(f'{path}: the document has no "id" (submit what `ocrdesk team claim` printed)')
    try:
        return data["id"], Document.from_dict(data)
    except (KeyError, TypeError, ValueError) as exc:
        raise TeamUsageError(f"{path} is not a document in the result format ({type(exc).__name__}: {exc})") from None


def _run_worker(args: argparse.Namespace, url: str) -> int:
    from ocrdesk.providers.factory import build_provider
    from ocrdesk.team.db import connect
    from ocrdesk.team.worker import Worker

    if args.concurrency < 1:
        raise TeamUsageError("--concurrency must be at least 1")
    if args.stale_after <= 0:
        raise TeamUsageError("--stale-after must be more than 0 seconds")
    connect(url).close()  # an unreachable database is a usage error at start (later it is retried)
    worker = Worker(
        url,
        lambda provider_id: build_provider(provider_id),
        concurrency=args.concurrency,
        stale_after=args.stale_after,
        until_done=args.until_done,
        report=print_error,
    )
    stop = threading.Event()
    interrupted: list[int] = []

    def on_signal(signum: int, frame: object) -> None:
        interrupted.append(signum)
        stop.set()

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, on_signal)
        signal.signal(signal.SIGTERM, on_signal)
    print_error(f"worker {worker.name}: {args.concurrency} at a time, leases of {args.stale_after:g} s")
    stats = worker.run(stop=stop)
    print_error(f"worker {worker.name}: recognised {stats.recognized} document(s)")
    if stats.config_error is not None:
        print_error(stats.config_error)
        return EXIT_USAGE
    if interrupted and interrupted[0] == signal.SIGINT:
        sys.stderr.flush()
        return EXIT_INTERRUPTED
    return EXIT_OK


_ACTIONS = {
    "init": _init,
    "add": _add,
    "status": _status,
    "claim": _claim,
    "submit": _submit,
    "release": _release,
    "export": _export,
}
