"""Compare with another engine: the page read by a second provider (or the local engine) in a
worker thread; fields where the two disagree show both values and count as problems until the
operator keeps one (Alt+1 this engine's, Alt+2 the second one's); fields where they agree get a note.
The rules (what agrees, which value is taken) are ocrdesk.verification.compare.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ocrdesk.doctypes import DocType
from ocrdesk.errors import OcrDeskError
from ocrdesk.imaging import SourceImage
from ocrdesk.model import DocStatus, Document, Field
from ocrdesk.providers import display_name, provider_class, provider_ids
from ocrdesk.providers.base import CancelToken
from ocrdesk.recognition import recognize_image
from ocrdesk.ui.recognizer import Recognizer
from ocrdesk.ui.review.host import ReviewHost
from ocrdesk.ui.review.undo import SetValue
from ocrdesk.ui.tasks import readable_error
from ocrdesk.verification.compare import Take, agree, cross_check, taken


def candidates(document: Document) -> list[str]:
    """Providers that read the document's type, other than the one that read it."""
    try:
        doc_type = DocType(document.doc_type)
    except ValueError:
        return []
    found = []
    for provider_id in provider_ids():
        if provider_id == document.provider:
            continue
        try:
            if provider_class(provider_id).supports(doc_type):
                found.append(provider_id)
        except (ImportError, OcrDeskError, ValueError):
            continue
    return found


class CompareDialog(QDialog):
    def __init__(self, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.setWindowTitle(QCoreApplication.translate("CompareDialog", "Compare with Another Engine"))
        self.provider = QComboBox(self)
        self.provider.setObjectName("compareProvider")
        for provider_id in choices:
            self.provider.addItem(display_name(provider_id), provider_id)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QCoreApplication.translate("CompareDialog", "Second &engine:"), self.provider)
        form.addRow(buttons)

    def chosen(self) -> str:
        return str(self.provider.currentData())


class SecondEngine(QObject):
    compared = Signal(object)  # Document: its fields carry the second engine's agreement

    def __init__(self, workflow: ReviewHost, recognizer: Recognizer) -> None:
        super().__init__(workflow.table)  # lives as long as the field list it works on
        self.workflow = workflow
        self.recognizer = recognizer
        self.model = workflow.model
        self._decided: set[int] = set()  # id(field) the operator settled (kept this engine's value)
        self._token: CancelToken | None = None
        self.model.beside = self.beside
        self.model.concern = self.concern
        actions = workflow.actions
        actions.compare.triggered.connect(self.ask)
        actions.take_first.triggered.connect(lambda: self.take(Take.FIRST))
        actions.take_second.triggered.connect(lambda: self.take(Take.SECOND))

    # -- what the table shows ---------------------------------------------------------------
    def open_question(self, item: Field) -> bool:
        agreement = item.agreement
        return (
            agreement is not None
            and not agreement.agrees
            and id(item) not in self._decided
            and not agree(item.value, agreement.value)
        )

    def beside(self, item: Field) -> str | None:
        return item.agreement.value if item.agreement is not None and self.open_question(item) else None

    def concern(self, item: Field) -> str | None:
        if item.agreement is None or not self.open_question(item):
            return None
        text = QCoreApplication.translate(
            "SecondEngine", "{provider} read {value}: {first} keeps this value, {second} takes it"
        )
        native = QKeySequence.SequenceFormat.NativeText
        return text.format(
            provider=display_name(item.agreement.provider),
            value=item.agreement.value,
            first=self.workflow.actions.take_first.shortcut().toString(native),
            second=self.workflow.actions.take_second.shortcut().toString(native),
        )

    # -- asking and reading -----------------------------------------------------------------
    def ask(self) -> None:
        document = self.workflow.document
        messages = self.workflow.messages
        if document is None or document.status not in (DocStatus.OK, DocStatus.REVIEWED):
            messages.info(
                QCoreApplication.translate("SecondEngine", "Nothing to compare: recognise the page first"), 6000
            )
            return
        choices = candidates(document)
        if not choices:
            messages.info(QCoreApplication.translate("SecondEngine", "No other engine reads this document type"), 6000)
            return
        dialog = CompareDialog(choices, self.workflow.table.window())
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.start(document, dialog.chosen())
        finally:
            dialog.deleteLater()
            self.workflow.table.setFocus()  # the keys go on to the fields (Alt+1, Alt+2, F8)

    def start(self, document: Document, provider_id: str) -> None:
        """Read `document` with `provider_id` off the GUI thread; mark its fields when done."""
        recognizer = self.recognizer
        page = self.workflow.state.source
        if page is not None and (page.source, page.page) != (document.source, document.page):
            page = None
        doc_type = DocType(document.doc_type)
        token = CancelToken()
        self._token = token

        def work() -> Document:  # a worker thread: no widgets here
            image = page if page is not None else _load(document)
            result, _recognition = recognizer.providers.run_exclusive(
                provider_id, token, lambda provider: recognize_image(provider, image, doc_type, token)
            )
            return result

        name = display_name(provider_id)
        text = QCoreApplication.translate("SecondEngine", "Reading the page with {provider}…")
        self.workflow.messages.info(text.format(provider=name))
        recognizer.runner.start(
            work,
            cancel=token,
            on_finished=lambda result: self._done(document, provider_id, result),
            on_failed=self._failed,
            name="compare",
        )

    def _done(self, document: Document, provider_id: str, result: Document) -> None:
        name = display_name(provider_id)
        if result.status != DocStatus.OK:
            text = QCoreApplication.translate("SecondEngine", "{provider} could not read the page: {error}")
            error = result.error.message if result.error is not None else ""
            self.workflow.messages.info(text.format(provider=name, error=error), 10000)
            return
        self._decided -= {id(item) for item in document.fields}
        disagreeing = cross_check(document, result.fields, provider_id)
        self.model.revalidate()
        self.workflow.documents.document_edited(document)  # the agreement is saved with the session
        count = len(disagreeing)
        if count:
            text = QCoreApplication.translate("SecondEngine", "%n field(s) read otherwise by {provider}", None, count)
            self.workflow.jump_to_attention()
        else:
            text = QCoreApplication.translate("SecondEngine", "{provider} read every field the same")
        self.workflow.messages.info(text.format(provider=name), 10000)
        self.compared.emit(document)

    def _failed(self, exc: BaseException) -> None:
        self.workflow.messages.info(readable_error(exc), 10000)

    # -- taking a value ---------------------------------------------------------------------
    def take(self, which: Take) -> None:
        if self.workflow.refuse_while_editing():
            return
        found = self.workflow.current_field()
        if found is None:
            return
        document, item = found
        if not self.open_question(item):
            self.workflow.messages.info(
                QCoreApplication.translate("SecondEngine", "No second reading differs for this field"), 6000
            )
            return
        value = taken(item, which)
        if which is Take.FIRST:
            self._decided.add(id(item))
        if value != item.value:
            self.workflow.push(document, SetValue(self.workflow, document, item, value))
        self.model.revalidate()
        if any(self.open_question(f) for f in document.fields):
            self.workflow.jump_to_attention()


def _load(document: Document) -> SourceImage:
    from ocrdesk.inputs import PageRef, load_page

    return load_page(PageRef(Path(document.source), document.page))
