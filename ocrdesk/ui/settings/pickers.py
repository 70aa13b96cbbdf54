"""The toolbar's provider and document-type combos; each provider offers only its own types."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QWidget

from ocrdesk.doctypes import DocType, doc_type_choice
from ocrdesk.providers import DEFAULT_PROVIDER, display_name, provider_class, provider_ids
from ocrdesk.providers.base import Provider
from ocrdesk.ui import style
from ocrdesk.ui.settings.store import SettingsStore

log = logging.getLogger(__name__)

# as wide as "General text — 通用文字", the combo's width before the local provider listed named types
DOC_TYPE_COMBO_CHARS = 16
POPUP_MARGIN = 24  # room for the popup's scroll bar


def doc_type_label(doc_type: DocType) -> str:
    """The combo label: "ID card (front) — 身份证人像面" in English, "身份证人像面" in Chinese."""
    return doc_type_choice(doc_type)


class ProviderPicker(QObject):
    providerChanged = Signal(str)
    docTypeChanged = Signal(str)

    def __init__(self, settings: SettingsStore, parent: QWidget) -> None:
        super().__init__(parent)
        self._settings = settings
        self._classes: dict[str, type[Provider]] = {}
        self.provider_combo = QComboBox(parent)
        self.provider_combo.setObjectName("providerCombo")
        self.provider_combo.setToolTip(QCoreApplication.translate("Pickers", "OCR provider"))
        self.provider_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.provider_combo.setFont(style.with_cjk_fallback(self.provider_combo.font()))
        self.doc_type_combo = QComboBox(parent)
        self.doc_type_combo.setObjectName("docTypeCombo")
        self.doc_type_combo.setToolTip(QCoreApplication.translate("Pickers", "Document type"))
        self.doc_type_combo.setFont(style.with_cjk_fallback(self.doc_type_combo.font()))
        # A fixed width, not the widest label's: the local provider's long list ("Detect automatically —
        # 自动识别") would otherwise push Cancel off a 1000 px toolbar. The popup still shows whole labels.
        self.doc_type_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.doc_type_combo.setMinimumContentsLength(DOC_TYPE_COMBO_CHARS)
        self.provider_combo.currentIndexChanged.connect(self._on_provider_changed)
        self.doc_type_combo.currentIndexChanged.connect(self._on_doc_type_changed)

    @property
    def provider_id(self) -> str | None:
        return self.provider_combo.currentData()

    @property
    def doc_type(self) -> str | None:
        return self.doc_type_combo.currentData()

    def provider_name(self, provider_id: str) -> str:
        cls = self._classes.get(provider_id)
        return display_name(cls) if cls else provider_id

    def set_enabled(self, enabled: bool) -> None:
        self.provider_combo.setEnabled(enabled)
        self.doc_type_combo.setEnabled(enabled)

    def populate(self) -> None:
        """(Re)list the providers; selects the one remembered in the settings."""
        current = self.provider_id
        self.provider_combo.blockSignals(True)
        self.provider_combo.clear()
        self._classes.clear()
        for provider_id in provider_ids():
            try:
                cls = provider_class(provider_id)
            except Exception as exc:  # a provider that cannot even be imported is left out
                log.warning("provider %s unavailable: %s", provider_id, exc)
                continue
            self._classes[provider_id] = cls
            self.provider_combo.addItem(display_name(cls), provider_id)
        index = self.provider_combo.findData(current or self._settings.provider or DEFAULT_PROVIDER)
        self.provider_combo.setCurrentIndex(max(index, 0))
        self.provider_combo.blockSignals(False)
        self._populate_doc_types()

    def _populate_doc_types(self) -> None:
        provider_id = self.provider_id or ""
        cls = self._classes.get(provider_id)
        previous = self.doc_type
        self.doc_type_combo.blockSignals(True)
        self.doc_type_combo.clear()
        for doc_type in cls.doc_types if cls else ():
            self.doc_type_combo.addItem(doc_type_label(doc_type), doc_type.value)
        remembered = self._settings.doc_type(provider_id) if provider_id else ""  # no provider: an empty combo
        index = self.doc_type_combo.findData(remembered or previous)
        if index < 0:
            index = self.doc_type_combo.findData(previous)
        if index < 0:
            index = self.doc_type_combo.findData(DocType.GENERAL.value)
        self.doc_type_combo.setCurrentIndex(max(index, 0))
        self.doc_type_combo.blockSignals(False)
        combo = self.doc_type_combo
        metrics = combo.fontMetrics()
        widest = max((metrics.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
        combo.view().setMinimumWidth(widest + 2 * combo.view().frameWidth() + POPUP_MARGIN)
        self._show_full_label()

    def _on_provider_changed(self) -> None:
        provider_id = self.provider_id
        if provider_id:
            self._settings.provider = provider_id
        self._populate_doc_types()
        if provider_id:
            self.providerChanged.emit(provider_id)

    def _show_full_label(self) -> None:
        """The combo may elide its label: the tooltip always has it whole."""
        label = self.doc_type_combo.currentText()
        tip = QCoreApplication.translate("Pickers", "Document type")
        labeled = QCoreApplication.translate("Pickers", "Document type: {name}")
        self.doc_type_combo.setToolTip(labeled.format(name=label) if label else tip)

    def _on_doc_type_changed(self) -> None:
        self._show_full_label()
        provider_id, doc_type = self.provider_id, self.doc_type
        if provider_id and doc_type:
            self._settings.set_doc_type(provider_id, doc_type)
            self.docTypeChanged.emit(doc_type)
