"""The import graph of ocrdesk/ has no cycles, imports under TYPE_CHECKING included.

A cycle held together by a TYPE_CHECKING back-reference is still two modules that cannot be
understood, tested or replaced one without the other. The graph is grimp's (import-linter's).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import grimp
import pytest


def import_cycles(package: str) -> list[list[str]]:
    """Every strongly connected group of more than one module (Tarjan, iterative), sorted."""
    graph = grimp.build_graph(package, include_external_packages=False, exclude_type_checking_imports=False)
    edges = {module: sorted(graph.find_modules_directly_imported_by(module)) for module in sorted(graph.modules)}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    for root in edges:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            module, position = work.pop()
            if position == 0:
                index[module] = low[module] = len(index)
                stack.append(module)
                on_stack.add(module)
            targets = edges[module]
            if position < len(targets):
                work.append((module, position + 1))
                target = targets[position]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[module] = min(low[module], index[target])
                continue
            if low[module] == index[module]:
                group = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    group.append(member)
                    if member == module:
                        break
                if len(group) > 1:
                    cycles.append(sorted(group))
            if work:  # back in the caller's frame: pass the lowest index up
                caller = work[-1][0]
                low[caller] = min(low[caller], low[module])
    return sorted(cycles)


def test_ocrdesk_has_no_import_cycles() -> None:
    assert import_cycles("ocrdesk") == []


def test_a_type_checking_back_reference_is_a_cycle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "cyclic_pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "window.py").write_text("from cyclic_pkg import panel\n")
    (package / "panel.py").write_text(
        textwrap.dedent(
            """
            from typing import TYPE_CHECKING

            if TYPE_CHECKING:
                from cyclic_pkg.window import Window
            """
        )
    )
    (package / "alone.py").write_text("from cyclic_pkg import panel\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    assert import_cycles("cyclic_pkg") == [["cyclic_pkg.panel", "cyclic_pkg.window"]]
