"""OCRDesk: document scanning and field review."""

import os

# onnxruntime >= 1.31 sends telemetry unless this is set before it is imported; the offline
# engine must make no network call at all, so we set it for every use of the package.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

__version__ = "0.1.0"
