"""The one translation hook shared by the core and the UI.

The core has no Qt, yet its messages (validation, progress, notices) must reach a Chinese operator in
Chinese. Core and UI code alike call `translate(context, text)`; Qt's `pyside6-lupdate` collects those
calls (and `QT_TRANSLATE_NOOP` marks in tables) by name, so one `.ts` file holds every string. Until the
UI installs Qt's translator (`install(QCoreApplication.translate)`), texts come back as written, which is
also what the command line and the export always use.

Translate when a text is shown, never at import time: a module constant built with `translate()` would
be fixed before the translator is installed. Tables mark their texts with `QT_TRANSLATE_NOOP` and are
translated where they are displayed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Translator = Callable[[str, str, "str | None", int], str]


def _untranslated(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    # Qt substitutes %n even without a translator; do the same so plural texts read the same headless
    return text.replace("%n", str(n)) if n >= 0 else text


_active: Translator = _untranslated


def install(translator: Translator) -> None:
    """Route every `translate()` call through `translator` (the UI passes `QCoreApplication.translate`)."""
    global _active
    _active = translator


def uninstall() -> None:
    """Back to the source texts (tests, and the command line, which always speaks English)."""
    global _active
    _active = _untranslated


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the UI's language; `n` >= 0 selects a plural form and replaces `%n`."""
    return _active(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt's lupdate looks for
    """Mark `text` for lupdate without translating it now (for tables translated where shown)."""
    return text


def _filled(template: str, n: int, params: Mapping[str, object]) -> str:
    text = template.replace("%n", str(n)) if n >= 0 else template
    return text.format(**params) if params else text


class Text(str):
    """A message that is its English text, and remembers how it was made so a window can show it in
    its own language.

    As a `str` it is the English message (`template` filled in): what exports, session files, logs and
    the command line keep, whatever the window's language. `localized()` is the same message in the UI's
    language. Mark the template for lupdate where it is written:
    `Text("Validation", QT_TRANSLATE_NOOP("Validation", "check digit should be {expected}"), expected="9")`.
    A parameter that is itself a Text is localized with its message.
    """

    context: str
    template: str
    params: Mapping[str, object]
    n: int

    def __new__(cls, context: str, template: str, /, n: int = -1, **params: object) -> Text:
        self = super().__new__(cls, _filled(template, n, params))
        self.context, self.template, self.params, self.n = context, template, params, n
        return self

    def localized(self) -> str:
        params = {key: shown(value) if isinstance(value, str) else value for key, value in self.params.items()}
        translated = translate(self.context, self.template, None, self.n)
        try:
            return translated.format(**params) if params else translated
        except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder: say it in English
            return _filled(self.template, self.n, params)

    def map(self, change: Callable[[str], str]) -> Text:
        """The same message with `change` applied to its text parameters (e.g. making vendor text one line)."""
        params = {
            key: value.map(change) if isinstance(value, Text) else change(value) if isinstance(value, str) else value
            for key, value in self.params.items()
        }
        return Text(self.context, self.template, n=self.n, **params)

    def to_data(self) -> dict[str, Any]:
        """The message as JSON data (a session file), so that it still shows translated once restored."""
        params = {key: _param_data(value) for key, value in self.params.items()}
        return {"context": self.context, "template": self.template, "n": self.n, "params": params}

    @classmethod
    def from_data(cls, data: object, english: str, depth: int = 0) -> str:
        """The Text `data` describes, if it says exactly `english`; else `english` as it is (a file written by
        another version, edited or damaged: what was kept is never replaced by something else)."""
        try:
            text = _from_data(data, depth)
        except (TypeError, ValueError, KeyError, IndexError, AttributeError, RecursionError):
            return english
        return text if text is not None and str.__str__(text) == english else english

    def __reduce__(self) -> tuple[Any, ...]:
        # str's own pickling would call Text(english) and lose the template (errors cross process boundaries)
        return (_rebuild, (self.context, self.template, self.n, dict(self.params)))


_MAX_DATA_DEPTH = 4  # a message inside a message inside …: ours nest two deep
_MAX_PARAMS = 40
_MAX_CHARS = 2000


def _param_data(value: object) -> object:
    if isinstance(value, Text):
        return value.to_data()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    return str(value)


def _from_data(data: object, depth: int) -> Text | None:
    if depth > _MAX_DATA_DEPTH or not isinstance(data, dict):
        return None
    context, template, n, raw = data["context"], data["template"], data["n"], data["params"]
    if not (isinstance(context, str) and isinstance(template, str) and isinstance(raw, dict)):
        return None
    if type(n) is not int or len(template) > _MAX_CHARS or len(raw) > _MAX_PARAMS:
        return None
    params: dict[str, object] = {}
    for key, value in raw.items():
        if isinstance(value, dict):
            inner = _from_data(value, depth + 1)
            if inner is None:
                return None
            params[str(key)] = inner
        elif _plain_param(value):
            params[str(key)] = value
        else:
            return None
    return Text(context, template, n, **params)


def _plain_param(value: object) -> bool:
    if isinstance(value, str):
        return len(value) <= _MAX_CHARS
    return isinstance(value, int | float) and not isinstance(value, bool) and value == value  # NaN is no number


def _rebuild(context: str, template: str, n: int, params: dict[str, object]) -> Text:
    return Text(context, template, n=n, **params)


def joined(items: list[str], separator: str = "; ") -> Text:
    """`items` joined as one message whose Text items are each shown in the UI's language."""
    # the template is no user-visible text (nothing to translate): only the items are
    template = separator.replace("{", "{{").replace("}", "}}").join(f"{{item{i}}}" for i in range(len(items)))
    return Text("", template, -1, **{f"item{i}": item for i, item in enumerate(items)})


def shown(value: str) -> str:
    """`value` as the window shows it: a Text in the UI's language, any other text unchanged."""
    return value.localized() if isinstance(value, Text) else value
