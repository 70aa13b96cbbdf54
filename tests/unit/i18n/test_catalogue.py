"""The build fails the day someone adds an untranslated string: lupdate runs on the tree (into a copy
of the committed catalogues) and every string must be in them, finished in Chinese, with its
placeholders and keyboard accelerator, and the committed .qm must be a fresh lrelease of its .ts."""

from __future__ import annotations

import importlib.util
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "i18n.py"


def test_every_string_of_the_tree_is_in_the_catalogue_and_translated() -> None:
    spec = importlib.util.spec_from_file_location("i18n_script", SCRIPT)
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    report = script.check()
    assert not report, (
        f"{len(report)} translation problem(s); run scripts/i18n.py update, fill, release "
        "(see CONTRIBUTING.md, Translations):\n" + "\n".join(report)
    )
