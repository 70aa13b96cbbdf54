"""JSON export: the `ocrdesk.result/1` layout of INTERFACE.md, also what `ocrdesk recognize` prints."""

from __future__ import annotations

import json
import os
from collections.abc import Sequence

from ocrdesk.atomic import atomic_write_bytes
from ocrdesk.model import RESULT_FORMAT, Document


def documents_to_json(documents: Sequence[Document]) -> str:
    """The result document as text. Values are raw (no spreadsheet escaping): JSON is for programs."""
    payload = {"format": RESULT_FORMAT, "documents": [doc.to_dict() for doc in documents]}
    return json.dumps(payload, ensure_ascii=False, indent=2)


def write_json(documents: Sequence[Document], path: str | os.PathLike[str]) -> None:
    atomic_write_bytes(path, (documents_to_json(documents) + "\n").encode("utf-8"))
