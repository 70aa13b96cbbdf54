"""The Qt window of OCRDesk. Everything here is presentation; recognition lives in the Qt-free core."""
