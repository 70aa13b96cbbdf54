"""`ocrdesk [IMAGE ...]`: the review window, with these files loaded."""

from __future__ import annotations

import argparse
import logging
import logging.handlers
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from ocrdesk import __version__, paths
from ocrdesk.logfile import private_rotating_handler
from ocrdesk.redact import install_log_redaction
from ocrdesk.ui import startup

log = logging.getLogger(__name__)

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ocrdesk", description="Open the OCRDesk window.")
    parser.add_argument("files", nargs="*", help="image or PDF to open")
    parser.add_argument("--provider", help=argparse.SUPPRESS)
    parser.add_argument("--doc-type", help=argparse.SUPPRESS)
    # recognise as soon as the file is loaded (screenshots, demos)
    parser.add_argument("--auto-recognize", "--recognize", action="store_true", help=argparse.SUPPRESS)
    return parser


def log_file() -> Path:
    return paths.data_dir() / "logs" / "ocrdesk.log"


def configure_logging() -> None:
    """Log to a rotating file (warnings also to stderr), with registered secrets masked in every record."""
    root = logging.getLogger()
    if not root.handlers:
        _add_log_handlers(root)
    install_log_redaction(root)


def _add_log_handlers(root: logging.Logger) -> None:
    root.setLevel(logging.INFO)
    formatter = logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        handler: logging.Handler = private_rotating_handler(log_file(), max_bytes=1_000_000, backup_count=3)
        handler.setFormatter(formatter)
        root.addHandler(handler)
    except OSError:
        pass  # a read-only home must not keep the window from opening
    console = logging.StreamHandler()
    console.setLevel(logging.WARNING)
    console.setFormatter(formatter)
    root.addHandler(console)


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    level = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
    }.get(kind, logging.ERROR)
    logging.getLogger("qt").log(level, "%s", message)


def install_excepthook(window_getter: Callable[[], object | None]) -> ExceptHook:
    """An unexpected exception is logged and shown in the window instead of ending the app."""
    previous: ExceptHook = sys.excepthook
    handling = False

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        nonlocal handling
        if issubclass(exc_type, KeyboardInterrupt | SystemExit):
            previous(exc_type, exc, tb)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if handling:  # the handler itself failed: the log has it
            return
        handling = True
        try:
            message = QCoreApplication.translate("App", "Unexpected error: {error}. Details are in {file}.").format(
                error=f"{exc_type.__name__}: {exc}", file=log_file()
            )
            window = window_getter()
            show = getattr(window, "show_message", None)
            if show is not None and getattr(window, "isVisible", lambda: False)():
                show(message)
            elif QApplication.instance() is not None:
                QMessageBox.critical(None, "OCRDesk", message)
        finally:
            handling = False

    sys.excepthook = hook
    return previous


def create_window(options: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The main window, shown, with the provider, document type and files asked for."""
    from ocrdesk.ui.main_window import MainWindow

    window = MainWindow()
    if options.provider:
        index = window.provider_combo.findData(options.provider)
        if index >= 0:
            window.provider_combo.setCurrentIndex(index)
    if options.doc_type:
        index = window.doc_type_combo.findData(options.doc_type)
        if index >= 0:
            window.doc_type_combo.setCurrentIndex(index)
    window.show()
    window.review.offer_restore()  # work left by a crash or a kill comes back first
    if options.files:
        window.state.recognize_when_shown = options.auto_recognize
        window.open_paths(options.files)
    return window


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance()
    if app is None and (problem := startup.display_problem(args)) is not None:
        print(problem, file=sys.stderr)  # instead of Qt's abort, which blames a library
        return startup.EXIT_NO_DISPLAY
    if app is None:
        QApplication.setApplicationName("OCRDesk")
        QApplication.setOrganizationName("OCRDesk")
        QApplication.setApplicationVersion(__version__)
        QApplication.setDesktopFileName("ocrdesk")
        app = QApplication([sys.argv[0] if sys.argv else "ocrdesk", *args])
        args = app.arguments()[1:]  # Qt has taken its own options (-platform, -style, …)
    assert isinstance(app, QApplication)
    # Ctrl+C in the terminal closes the window, from now on (before: __main__ exits quietly with 130).
    # Python runs the handler only while Python code runs: the wake timer below gives it that chance.
    interrupt = startup.InterruptHandler()
    signal.signal(signal.SIGINT, interrupt)
    configure_logging()
    qInstallMessageHandler(_qt_message)
    options = build_parser().parse_args(args)

    from ocrdesk.ui import language, style
    from ocrdesk.ui.settings.store import SettingsStore

    # before any widget: Qt translates a text when the widget showing it is made
    language.install_from_settings(app, SettingsStore())

    app.setWindowIcon(style.icon("ocrdesk"))
    app.setFont(style.with_cjk_fallback(app.font()))
    window = None
    install_excepthook(lambda: window)
    window = create_window(options)

    wake = QTimer()
    wake.timeout.connect(lambda: None)
    wake.start(250)
    status = int(app.exec())
    return startup.EXIT_INTERRUPTED if interrupt.interrupted else status
