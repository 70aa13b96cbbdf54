"""The rows of a run in the order its inputs were named, and the rows of inputs that gave no page.

A damaged or locked PDF yields no page to recognise, so it is an input problem rather than a page; it
still gets its error row, and that row sits where the PDF sits: among its folder's files in natural order,
like the row of a damaged image. Finished pages arrive in any order; sorting by where each source came
from puts every row back in place.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ocrdesk.doctypes import DocType
from ocrdesk.inputs import InputProblem, natural_key
from ocrdesk.model import DocStatus, Document, ErrorInfo

# problems that mean the user named nothing to read; any other is a document that failed
_NOTHING_NAMED = frozenset({"input.not_found", "input.no_images"})

OrderKey = tuple[int, list[list[str | int]], str, int]


def is_failed_document(problem: InputProblem) -> bool:
    """A file that exists and was named or found, but cannot be read (a damaged or locked PDF, a FIFO)."""
    return problem.code not in _NOTHING_NAMED


def problem_document(problem: InputProblem, provider_id: str, doc_type: DocType) -> Document:
    return Document(
        source=str(problem.path),
        provider=provider_id,
        doc_type=doc_type.value,
        status=DocStatus.ERROR,
        error=ErrorInfo(problem.code, problem.message),
    )


def in_input_order(documents: Sequence[Document], inputs: Sequence[str | os.PathLike[str]]) -> list[Document]:
    """`documents` sorted as `expand_inputs` plans pages: by input, then a folder's files in natural order,
    then page. A source under no input (never expected) goes last, in its current order."""
    roots = [_normalized(Path(raw)) for raw in inputs]
    return sorted(documents, key=lambda document: _key(document, roots))


def _key(document: Document, roots: list[Path]) -> OrderKey:
    target = _normalized(Path(document.source))
    page = document.page or 0
    for index, root in enumerate(roots):
        if target == root:
            return index, [], "", page
        if root in target.parents:
            relative = target.relative_to(root)
            # the same key as a folder's listing in ocrdesk.inputs
            return index, [natural_key(part) for part in relative.parts], str(relative), page
    return len(roots), [], "", 0


def _normalized(path: Path) -> Path:
    return Path(os.path.normcase(os.path.abspath(path)))
