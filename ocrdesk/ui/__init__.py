"""The Qt window of OCRDesk. Everything here is presentation; recognition lives in the Qt-free core."""

from ocrdesk.ui.pyside_compat import guard_emit_refcount_bug

guard_emit_refcount_bug()
