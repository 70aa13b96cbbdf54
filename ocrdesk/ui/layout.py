"""The window's geometry, dock state and splitter position: raw QSettings values (labelme's ADR
0001: layout is not a preference), restored at start and saved on a clean exit; the first size
fits the screen (a 1366×768 laptop), and the toolbar drops its labels rather than hide commands."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QSplitter, QStyle, QToolBar, QToolButton, QWidget

DEFAULT_SIZE = (1280, 800)
SCREEN_MARGIN = (40, 60)  # room left around a first window: window frame, a taskbar or a top panel
DOCK_SHARE = (300, 0.24)  # the document list: at most 300 px, at most a quarter of the window


class LayoutSettings(Protocol):
    """Where the layout is kept (the SettingsStore provides it)."""

    @property
    def geometry(self) -> QByteArray | None: ...

    @geometry.setter
    def geometry(self, value: QByteArray) -> None: ...

    @property
    def window_state(self) -> QByteArray | None: ...

    @window_state.setter
    def window_state(self, value: QByteArray) -> None: ...

    @property
    def splitter_state(self) -> QByteArray | None: ...

    @splitter_state.setter
    def splitter_state(self, value: QByteArray) -> None: ...

    def sync(self) -> None: ...


def first_size(window: QWidget) -> QSize:
    """The default size, shrunk to the screen's free area (1280×800 does not fit a 1366×768 laptop)."""
    screen = window.screen()
    width, height = DEFAULT_SIZE
    if screen is not None:
        free = screen.availableGeometry()
        width = min(width, free.width() - SCREEN_MARGIN[0])
        height = min(height, free.height() - SCREEN_MARGIN[1])
    minimum = window.minimumSize()
    return QSize(max(width, minimum.width()), max(height, minimum.height()))


def dock_width(window_width: int) -> int:
    widest, share = DOCK_SHARE
    return min(widest, int(window_width * share))


def restore_layout(
    window: QMainWindow, splitter: QSplitter, settings: LayoutSettings, docks: list[QDockWidget] | None = None
) -> None:
    """The saved layout, or a first one that fits the screen (`docks`: sized for a first start)."""
    geometry = settings.geometry
    if geometry is None or not window.restoreGeometry(geometry):
        window.resize(first_size(window))
    width = window.width()
    state = settings.window_state
    if state is None or not window.restoreState(state):
        for dock in docks or []:
            window.resizeDocks([dock], [dock_width(width)], Qt.Orientation.Horizontal)
    sizes = settings.splitter_state
    if sizes is None or not splitter.restoreState(sizes):
        central = width - dock_width(width)
        splitter.setSizes([central * 3 // 5, central * 2 // 5])


def save_layout(window: QMainWindow, splitter: QSplitter, settings: LayoutSettings) -> None:
    settings.geometry = window.saveGeometry()
    settings.window_state = window.saveState()
    settings.splitter_state = splitter.saveState()
    settings.sync()


class ToolbarFit(QObject):
    """Keeps every toolbar command visible: when the labelled buttons do not fit the toolbar's
    width they become icons (their tooltips still name them), and when even that is too wide the
    pickers' captions go too. Qt's own answer, an overflow "»" menu, hides Export and Confirm."""

    def __init__(self, toolbar: QToolBar) -> None:
        super().__init__(toolbar)
        self.toolbar = toolbar
        self.compact = 0  # 0: labels; 1: icons only; 2: icons, and no captions before the pickers
        self._labelled = [
            button
            for action in toolbar.actions()
            if isinstance(button := toolbar.widgetForAction(action), QToolButton)
            and button.toolButtonStyle() != Qt.ToolButtonStyle.ToolButtonIconOnly
        ]
        self._captions = [w for a in toolbar.actions() if isinstance(w := toolbar.widgetForAction(a), QLabel)]
        self._fitting = False
        toolbar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.toolbar and kind in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        elif watched is self.toolbar and kind == QEvent.Type.LanguageChange:
            QTimer.singleShot(0, self, self.fit)  # after the texts have changed; never after the toolbar
        return False

    def fit(self) -> None:
        if self._fitting:
            return
        self._fitting = True
        try:
            room = self.toolbar.contentsRect().width()
            for level in (0, 1, 2):
                self._apply(level)
                self.compact = level
                if self.needed() <= room:
                    break
        finally:
            self._fitting = False

    def _apply(self, level: int) -> None:
        style = Qt.ToolButtonStyle.ToolButtonIconOnly if level else Qt.ToolButtonStyle.ToolButtonTextBesideIcon
        for button in self._labelled:
            button.setToolButtonStyle(style)
        for caption in self._captions:
            caption.setVisible(level < 2)

    def needed(self) -> int:
        """The width every item of the toolbar asks for as it is now styled."""
        toolbar, total, count = self.toolbar, 0, 0
        style = toolbar.style()
        separator = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarSeparatorExtent, None, toolbar)
        for action in toolbar.actions():
            if action.isSeparator():
                total, count = total + separator, count + 1
                continue
            widget = toolbar.widgetForAction(action)
            # not widget.isHidden(): the toolbar hides what overflows; only captions are hidden here
            if widget is not None and action.isVisible() and (self.compact < 2 or widget not in self._captions):
                total, count = total + max(0, widget.sizeHint().width()), count + 1
        layout = toolbar.layout()
        spacing = layout.spacing() if layout is not None else 0
        handle = style.pixelMetric(QStyle.PixelMetric.PM_ToolBarExtensionExtent, None, toolbar)
        return total + spacing * count + handle
