"""PageOrientation's windows: each line cut at the classifier's own 4:1 shape."""

from __future__ import annotations

import numpy as np

from ocrdesk.providers.local.orientation import PageOrientation


def test_orientation_windows() -> None:
    short = np.zeros((20, 60, 3), np.uint8)
    long = np.zeros((20, 800, 3), np.uint8)
    windows = PageOrientation.windows([short, long])
    assert windows[0].shape == (20, 60, 3)
    assert all(w.shape == (20, 80, 3) for w in windows[1:])  # the classifier's 4:1 shape
    assert len(windows) == 1 + 10
    many = PageOrientation.windows([long] * 20)
    assert len(many) == PageOrientation.MAX_WINDOWS
