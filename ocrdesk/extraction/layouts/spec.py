"""The vocabulary layouts are written in: a document type is a list of field specs, data only.

A field is found from its printed label (an anchor, with the misreads OCR makes of it), its value sits
after the label on the same line, to its right or below it, must match a pattern, may run over several
lines (addresses, business scope), and is cleaned and repaired by a named `kind` (corrections.py).
Fields without a label are found by a `finder` over all lines (a card number is the longest digit run).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ocrdesk.doctypes import DocType

Place = Literal["inline", "right", "below"]
Finder = Literal[
    "pattern", "last_pattern", "row_pattern", "whole_row", "largest", "card_number", "bank_name", "vocabulary"
]
Half = Literal["upper", "lower", "upper_left", "upper_right"]


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    # Printed label and its misreads; matched with spaces removed ("姓 名" is 姓名).
    anchors: tuple[str, ...] = ()
    # Where to look for the value, in order, when the label is found.
    places: tuple[Place, ...] = ("inline", "right", "below")
    # Regex the value must contain; the match is the value (searched in the text with spaces removed).
    pattern: str | None = None
    # Continuation lines below the value, aligned with it, up to the next label.
    multiline: bool = False
    join: str = ""
    # Cleaning and repair rules (corrections.py): text, name, sex, ethnicity, date, period, id_number, …
    kind: str = "text"
    # Search all lines when the label is missing (or for fields that have none).
    finder: Finder | None = None
    # A label that may follow another field's value on the same line ("性别男 民族汉").
    mid_line: bool = False
    # Words of a closed vocabulary (vocab.py) for kind "vocabulary" and finder "vocabulary".
    vocabulary: str | None = None
    # Height of the "below" search window, in value-line heights.
    below_lines: float = 1.6
    # The n-th time the label is printed (an invoice prints 名称 for the buyer, then for the seller).
    occurrence: int = 0
    # The n-th match of the pattern after the label (合计 ¥amount ¥tax).
    match_index: int = 0
    # The label counts only below the first line holding one of below_words and above the first holding
    # one of above_words (an invoice's buyer block is above its items, the seller's below the totals).
    below_words: tuple[str, ...] = ()
    above_words: tuple[str, ...] = ()
    # The finder's own pattern when it differs from the labelled value's (amounts found by their ¥).
    finder_pattern: str | None = None
    # With its own label unread, the value is the line just above the label of this other field
    # (an invoice's 名称 row sits right above its 纳税人识别号 row).
    above_label_of: str | None = None
    # Where a finder looks when the field's section headings are unread too (a blurred invoice keeps
    # its values but loses its small labels): the upper or lower half of the text on the page, or the
    # left or right part of its upper half.
    finder_half: Half | None = None


@dataclass(frozen=True)
class Version:
    """A printed edition of a document: its marker labels, and the keys that edition does not print."""

    name: str
    markers: tuple[str, ...]
    absent: tuple[str, ...] = ()


@dataclass(frozen=True)
class Layout:
    doc_type: DocType
    fields: tuple[FieldSpec, ...]
    versions: tuple[Version, ...] = ()
    # Printed words that are no field but end a multi-line value (titles, footers, seals).
    stops: tuple[str, ...] = ()
    # Keys whose absence is normal on real documents (no warning when missing).
    optional: tuple[str, ...] = ()
    # Printed words that are no value: the English of bilingual labels ("Name", "DateofBirth").
    noise: tuple[str, ...] = ()
    # The order labels are printed in, one tuple per label column: a label OCR could not read at all is
    # known by its place between the labels around it (营业执照 read sideways: 名称 → "多").
    sequences: tuple[tuple[str, ...], ...] = ()
    # (period key, start key, end key): a period printed as a range is given as its two dates, and the
    # period key keeps only durations ("6年", "长期") the document prints as such.
    splits: tuple[tuple[str, str, str], ...] = ()
