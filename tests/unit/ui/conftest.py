"""UI unit tests: the clipboard emptied after each test, and the fake-provider registry on request."""

from tests.ui_fixtures import (  # noqa: F401  (fixtures for this folder)
    chinese,
    empty_clipboard,
    english_catalogue,
    no_leftover_notices,
    ui_registry,
)
