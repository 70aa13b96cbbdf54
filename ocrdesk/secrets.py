"""Provider secrets (API keys, tokens) in the operating system's keyring.

Secrets live under service ``ocrdesk`` with user name ``<provider>/<setting>`` (INTERFACE.md). When no
usable keyring exists (headless Linux picks ``keyring.backends.fail``; ``keyrings.alt`` would write a
plain file) secrets are kept in memory for this session only and `unavailable_reason` says why, for
the UI to show. Nothing here writes a secret to a file, a log line, an exception or a repr.
"""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from ocrdesk.i18n import QT_TRANSLATE_NOOP, Text
from ocrdesk.redact import register_secret

__all__ = [
    "KEYRING_SERVICE",
    "NO_KEYRING_MESSAGE",
    "SecretStore",
    "default_secret_store",
    "keyring_user",
    "reset_default_secret_store",
]

log = logging.getLogger(__name__)

KEYRING_SERVICE = "ocrdesk"
# Why secrets stay in memory: English Texts (logs) that the window shows in its language; whole
# sentences, so a translation can order them its own way.
NO_KEYRING_MESSAGE = Text(
    "Secrets",
    QT_TRANSLATE_NOOP(
        "Secrets",
        "No system keyring is available (install and unlock GNOME Keyring / KWallet, or use Windows Credential "
        "Manager / macOS Keychain). Secrets are kept for this session only.",
    ),
)
_TURNED_OFF = QT_TRANSLATE_NOOP(
    "Secrets",
    "The system keyring is turned off (keyring's null backend is configured). Secrets are kept for this session only.",
)
_PLAIN_FILE = QT_TRANSLATE_NOOP(
    "Secrets",
    "The only keyring found ({backend}, from keyrings.alt) stores secrets in a plain file, which OCRDesk does not "
    "use; install and unlock GNOME Keyring / KWallet, or use Windows Credential Manager / macOS Keychain. Secrets "
    "are kept for this session only.",
)
_NOT_OPENED = QT_TRANSLATE_NOOP(
    "Secrets", "The system keyring could not be opened ({error}). Secrets are kept for this session only."
)
_FAILED = QT_TRANSLATE_NOOP(
    "Secrets", "The system keyring ({backend}) failed ({error}). Secrets are kept for this session only."
)


def keyring_user(provider_id: str, name: str) -> str:
    """The keyring user name of one provider secret: ``<provider>/<setting>``."""
    if not provider_id or not name:
        raise ValueError("provider id and setting name must not be empty")
    return f"{provider_id}/{name}"


def _is_plaintext_backend(backend: KeyringBackend) -> bool:
    """keyrings.alt backends keep secrets in plain (or merely obfuscated) files; we refuse them."""
    return any(klass.__module__.startswith("keyrings.alt") for klass in type(backend).__mro__)


def _is_null_backend(backend: KeyringBackend) -> bool:
    from keyring.backends import null

    return isinstance(backend, null.Keyring)


def _is_fail_backend(backend: KeyringBackend) -> bool:
    from keyring.backends import fail

    return isinstance(backend, fail.Keyring)


def _backend_label(backend: KeyringBackend) -> str:
    try:
        return str(type(backend).name)
    except Exception:  # a broken third-party classproperty must not break the settings dialog
        return type(backend).__name__


def _choose_backend(backend: KeyringBackend) -> tuple[KeyringBackend | None, str | None]:
    """The backend to use and, when there is none, the reason in words."""
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        try:
            chained = list(backend.backends)
        except Exception:
            chained = []
        usable = [b for b in chained if not _is_plaintext_backend(b)]
        if usable:
            return usable[0], None
        if chained:
            return None, _plaintext_message(chained[0])
        return None, NO_KEYRING_MESSAGE
    if _is_plaintext_backend(backend):
        return None, _plaintext_message(backend)
    if _is_fail_backend(backend):
        return None, NO_KEYRING_MESSAGE
    if _is_null_backend(backend):
        return None, Text("Secrets", _TURNED_OFF)
    return backend, None


def _plaintext_message(backend: KeyringBackend) -> str:
    return Text("Secrets", _PLAIN_FILE, backend=_backend_label(backend))


def _scrub(text: str, secret: str | None) -> str:
    if secret and secret in text:
        text = text.replace(secret, "***")
    return text[:300]


class SecretStore:
    """Get, set and delete provider secrets; thread-safe; falls back to session memory.

    `backend` defaults to keyring's active backend, looked up on first use (that look-up may probe
    D-Bus and take a moment, so constructing a store is free).
    """

    def __init__(self, backend: KeyringBackend | None = None, *, service: str = KEYRING_SERVICE) -> None:
        self.service = service
        self._requested = backend
        self._backend: KeyringBackend | None = None
        self._checked = False
        self._reason: str | None = None
        self._memory: dict[tuple[str, str], str] = {}
        self._lock = threading.RLock()

    # ----- state -----

    def _ensure_backend(self) -> KeyringBackend | None:
        with self._lock:
            if not self._checked:
                self._checked = True
                try:
                    active = self._requested if self._requested is not None else keyring.get_keyring()
                except Exception as exc:
                    active = None
                    error = f"{type(exc).__name__}: {_scrub(str(exc), None)}"
                    self._reason = Text("Secrets", _NOT_OPENED, error=error)
                if active is not None:
                    self._backend, self._reason = _choose_backend(active)
                if self._reason:
                    log.warning("%s", self._reason)
            return self._backend

    def _fail(self, exc: BaseException, secret: str | None = None) -> None:
        """A keyring call failed: use memory from now on (no repeated unlock prompts) and say why."""
        with self._lock:
            if isinstance(exc, keyring.errors.NoKeyringError):
                self._reason = NO_KEYRING_MESSAGE
            else:
                label = _backend_label(self._backend) if self._backend is not None else "keyring"
                detail = _scrub(str(exc), secret)
                error = f"{type(exc).__name__}{': ' + detail if detail else ''}"
                self._reason = Text("Secrets", _FAILED, backend=label, error=error)
            self._backend = None
            log.warning("%s", self._reason)

    @property
    def backend_available(self) -> bool:
        """True while secrets go to a real system keyring."""
        return self._ensure_backend() is not None

    @property
    def backend_name(self) -> str:
        """Where secrets go, in words: the keyring's name, or "session memory"."""
        backend = self._ensure_backend()
        return _backend_label(backend) if backend is not None else "session memory"

    @property
    def unavailable_reason(self) -> str | None:
        """Why secrets are only kept for this session (one readable line), or None when the keyring works."""
        self._ensure_backend()
        return self._reason

    # ----- operations -----

    def get(self, provider_id: str, name: str) -> str | None:
        user = keyring_user(provider_id, name)
        with self._lock:
            backend = self._ensure_backend()
            if backend is not None:
                try:
                    value = backend.get_password(self.service, user)
                except Exception as exc:
                    self._fail(exc)
                else:
                    register_secret(value)
                    return value or None
            return self._memory.get((provider_id, name))

    def has(self, provider_id: str, name: str) -> bool:
        return self.get(provider_id, name) is not None

    def set(self, provider_id: str, name: str, value: str) -> None:
        """Store a secret; an empty value deletes it."""
        if not value:
            self.delete(provider_id, name)
            return
        user = keyring_user(provider_id, name)
        register_secret(value)
        with self._lock:
            backend = self._ensure_backend()
            if backend is not None:
                try:
                    backend.set_password(self.service, user, value)
                except Exception as exc:
                    self._fail(exc, value)
                else:
                    self._memory.pop((provider_id, name), None)
                    return
            self._memory[(provider_id, name)] = value

    def delete(self, provider_id: str, name: str) -> None:
        """Forget a secret; deleting one that is not there is not an error."""
        user = keyring_user(provider_id, name)
        with self._lock:
            self._memory.pop((provider_id, name), None)
            backend = self._ensure_backend()
            if backend is None:
                return
            try:
                backend.delete_password(self.service, user)
            except keyring.errors.PasswordDeleteError:
                pass  # not stored: what we wanted
            except Exception as exc:
                self._fail(exc)

    def __repr__(self) -> str:
        # Never values, never names: only where secrets go.
        with self._lock:
            where = _backend_label(self._backend) if self._backend is not None else "session memory"
            state = where if self._checked else "not opened yet"
            return f"<SecretStore service={self.service!r} backend={state!r}>"

    __str__ = __repr__


_default_lock = threading.Lock()
_default_store: SecretStore | None = None
_default_for: KeyringBackend | None = None


def default_secret_store() -> SecretStore:
    """The process-wide store, so secrets kept in session memory are seen by the dialog and by recognition.

    A new store is made when keyring's active backend was replaced (``keyring.set_keyring``).
    """
    global _default_store, _default_for
    with _default_lock:
        active = keyring.get_keyring()
        if _default_store is None or _default_for is not active:
            _default_store, _default_for = SecretStore(active), active
        return _default_store


def reset_default_secret_store() -> None:
    """Forget the process-wide store and any session-only secrets in it (tests)."""
    global _default_store, _default_for
    with _default_lock:
        _default_store, _default_for = None, None
