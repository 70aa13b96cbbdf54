"""UI unit tests: the clipboard emptied after each test, and the fake-provider registry on request."""

from tests.ui_fixtures import empty_clipboard, no_leftover_notices, ui_registry  # noqa: F401  (fixtures for this folder)
