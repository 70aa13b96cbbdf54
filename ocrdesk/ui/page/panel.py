"""The page half of the window: the message banner (hidden until there is something to say) above the image view."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from ocrdesk.model import Outline
from ocrdesk.ui.page.banner import MessageBanner
from ocrdesk.ui.page.image_view import ImageView
from ocrdesk.ui.page.outlines import OutlineLayer
from ocrdesk.ui.page.warnings_strip import DocumentWarningsStrip


class PagePanel(QWidget):
    """The banner (hidden until there is something to say) above the image view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.banner_box = QWidget(self)
        box_layout = QVBoxLayout(self.banner_box)
        box_layout.setContentsMargins(8, 6, 8, 6)
        self.banner = MessageBanner(self.banner_box)
        self.banner.clear()
        box_layout.addWidget(self.banner)
        self.banner_box.hide()
        self.view = ImageView(self)
        self.warnings = DocumentWarningsStrip(self)  # the document's own warnings, while it is on screen
        self.outlines = OutlineLayer()
        layout.addWidget(self.banner_box)
        layout.addWidget(self.warnings)
        layout.addWidget(self.view, 1)
        self.banner.dismissed.connect(self.banner_box.hide)

    def show_outlines(self, outlines: list[Outline]) -> None:
        """The card's edge and the portrait of the document on screen (drawn over the page)."""
        self.outlines.show(self.view.scene(), outlines)

    def show_message(self, text: str, level: str = "error") -> None:
        self.banner.show_message(text, level)
        self.banner_box.show()

    def clear_message(self) -> None:
        self.banner.clear()
