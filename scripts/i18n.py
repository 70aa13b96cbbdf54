#!/usr/bin/env python3
"""The translation pipeline: Qt's lupdate/lrelease over the tree, plus fill/check/todo for the team.

    scripts/i18n.py update             pyside6-lupdate every .py under ocrdesk/ into ocrdesk/translations/*.ts
    scripts/i18n.py fill A.json [B…]    {"Context": {"source": "译文" | ["form", …]}} into the zh_CN .ts, finished
    scripts/i18n.py fill --lang en X    the same into the English .ts (plural forms only matter there)
    scripts/i18n.py release            pyside6-lrelease every .ts into its .qm (committed, checked by tests)
    scripts/i18n.py check [--strict]   exit 1 listing strings missing from the .ts, unfinished or broken
    scripts/i18n.py todo [--context C]  unfinished zh_CN strings as a JSON template for `fill`
    scripts/i18n.py stats              finished / total per context

The .ts keeps no source locations (`-locations none`): line numbers would change on every edit and make
the shared file conflict between engineers; files go to lupdate in a fixed order, so output is deterministic.
"""

from __future__ import annotations

import argparse
import ast
import copy
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "ocrdesk"
TRANSLATIONS = PACKAGE / "translations"
SOURCE_LANGUAGE = "en"
LANGUAGES = ("zh_CN", "en")  # every shipped catalogue; English only carries plural forms
CHINESE = "zh_CN"
PLURAL_FORMS = {"zh_CN": 1, "en": 2}  # Qt's numerus forms per language

MessageKey = tuple[str, str, str]  # context, source, disambiguation

_PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%[0-9]")
# a mnemonic "&F" (not "&&", not an entity such as "&amp;" in rich text)
_ACCELERATOR = re.compile(r"(?<!&)&(?!&)(?![A-Za-z]+;|#\d+;)(?=[A-Za-z0-9])")
# English plural forms derived from the source: "document(s)" -> document / documents, "entry(ies)" -> entries
_PLURAL_SUFFIX = re.compile(r"(y)?\((s|es|ies)\)")


def ts_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"ocrdesk_{language}.ts"


def qm_path(language: str, directory: Path = TRANSLATIONS) -> Path:
    return directory / f"ocrdesk_{language}.qm"


def tool(name: str) -> str:
    """A PySide6 tool from the interpreter's own environment first (the venv), else PATH."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (scripts/setup.sh)")
    return found


def sources(root: Path = ROOT) -> list[str]:
    """Every Python file of the package, relative and sorted so lupdate sees them in a fixed order."""
    return sorted(str(p.relative_to(root)) for p in (root / "ocrdesk").rglob("*.py"))


def run_lupdate(ts_files: dict[str, Path], root: Path = ROOT, quiet: bool = False) -> None:
    """Merge the strings of the tree at `root` into each .ts (existing translations are kept)."""
    files = sources(root)
    for language, target in ts_files.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        command = [tool("pyside6-lupdate"), *files, "-no-obsolete", "-locations", "none"]
        command += ["-source-language", SOURCE_LANGUAGE, "-target-language", language, "-ts", str(target)]
        before = dict(messages(load(target))) if target.exists() else {}
        result = subprocess.run(command, cwd=root, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"lupdate failed for {target.name}:\n{result.stdout}{result.stderr}")
        if not quiet:
            print(result.stdout.strip(), result.stderr.strip(), sep="\n" if result.stderr.strip() else "")
        catalogue = load(target)
        mark_plurals(catalogue, before, language)
        if language == "en":
            derive_english_plurals(catalogue)
        save(catalogue, target)


# --- reading and writing .ts in lupdate's own layout (a later `update` leaves the file unchanged) ---


def load(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def _protect(text: str) -> str:
    out = []
    for ch in text:
        code = ord(ch)
        if ch in _ENTITIES:
            out.append(_ENTITIES[ch])
        elif (code < 0x20 or (code > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f"&#x{code:x};")
        else:
            out.append(ch)
    return "".join(out)


_ENTITIES = {'"': "&quot;", "&": "&amp;", ">": "&gt;", "<": "&lt;", "'": "&apos;"}


def _write(element: ET.Element, depth: int, lines: list[str]) -> None:
    indent = "    " * depth
    attributes = "".join(f' {k}="{_protect(v)}"' for k, v in element.attrib.items())
    if len(element):
        lines.append(f"{indent}<{element.tag}{attributes}>")
        for child in element:
            _write(child, depth + 1, lines)
        lines.append(f"{indent}</{element.tag}>")
    elif element.tag == "location":
        lines.append(f"{indent}<{element.tag}{attributes}/>")
    else:
        lines.append(f"{indent}<{element.tag}{attributes}>{_protect(element.text or '')}</{element.tag}>")


def save(root: ET.Element, path: Path) -> None:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>"]
    attributes = "".join(f' {k}="{_protect(v)}"' for k, v in root.attrib.items())
    lines.append(f"<TS{attributes}>")
    for context in root:
        _write(context, 0, lines)
    lines.append("</TS>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def messages(root: ET.Element) -> Iterator[tuple[MessageKey, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield (name, message.findtext("source") or "", message.findtext("comment") or ""), message


def is_numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if is_numerus(message):
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    return all(text.strip() for text in forms(message))


def set_translation(message: ET.Element, value: str | list[str]) -> None:
    """Write `value` as the finished translation; a single text fills every plural form."""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    if is_numerus(message):
        slots = translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]
        values = [value] * len(slots) if isinstance(value, str) else list(value)
        if len(values) < len(slots):
            values += [values[-1]] * (len(slots) - len(values))
        for slot, text in zip(slots, values, strict=False):
            slot.text = text
    else:
        if not isinstance(value, str):
            raise ValueError("a list is only for plural (%n) texts")
        translation.text = value
    translation.attrib.pop("type", None)


def mark_plurals(root: ET.Element, before: dict[MessageKey, ET.Element], language: str) -> None:
    """Every text with %n is a plural message, and keeps the plural translation it had before lupdate.

    lupdate's Python parser takes a variable fourth argument of translate() for Qt 4's "encoding" and
    files `translate("Ctx", "%n page(s)", None, n)` as a plain message (only a number literal makes it
    plural), then demotes an existing plural translation to unfinished. Qt picks the form at run time
    from the .qm alone, so marking the message here is all it takes.
    """
    for key, message in messages(root):
        source = message.findtext("source") or ""
        if "%n" not in source or is_numerus(message):
            continue
        message.set("numerus", "yes")
        old = before.get(key)
        translation = message.find("translation")
        if translation is not None:
            message.remove(translation)
        if old is not None and is_numerus(old) and old.find("translation") is not None:
            message.append(copy.deepcopy(old.find("translation")))  # type: ignore[arg-type]
            continue
        fresh = ET.SubElement(message, "translation", {"type": "unfinished"})
        first = translation.text if translation is not None and translation.text else ""
        for index in range(PLURAL_FORMS.get(language, 1)):
            ET.SubElement(fresh, "numerusform").text = first if index == 0 else ""


def derive_english_plurals(root: ET.Element) -> None:
    """Fill unfinished English plural forms from the source: "%n document(s)" -> "%n document" / "… documents".

    A source without such a marker ("… and %n more") reads the same in both forms; `fill --lang en`
    overrides any form this gets wrong ("%n file(s) need(s) review").
    """
    for _key, message in messages(root):
        if not is_numerus(message) or is_finished(message):
            continue
        source = message.findtext("source") or ""
        one = _PLURAL_SUFFIX.sub(lambda m: m.group(1) or "", source)
        many = _PLURAL_SUFFIX.sub(lambda m: "ies" if m.group(2) == "ies" else (m.group(1) or "") + m.group(2), source)
        set_translation(message, [one, many])


# --- the checks ---


def problems(translation: str, source: str, numerus: bool) -> list[str]:
    """What is wrong with one translated form (placeholders, mnemonic)."""
    found = []
    wanted = sorted(set(_PLACEHOLDER.findall(source)) - ({"%n"} if numerus else set()))
    have = sorted(set(_PLACEHOLDER.findall(translation)) - ({"%n"} if numerus else set()))
    if {"{en}", "{zh}"} <= set(wanted) and "{en}" not in have:
        # "{en} ({zh})" is a bilingual text (a vendor's error table): a Chinese window shows only {zh}
        wanted.remove("{en}")
    if wanted != have:
        found.append(f"placeholders {have} instead of {wanted}")
    if numerus and "%n" in source and "%n" not in translation:
        found.append("%n missing")
    if _ACCELERATOR.search(source) and not _ACCELERATOR.search(translation):
        found.append("keyboard accelerator (&X) missing")
    return found


def literal_calls(root: Path = ROOT) -> set[tuple[str, str, str]]:
    """(context, text, file) of every translate()/QT_TRANSLATE_NOOP() call whose two first arguments are literals."""
    found = set()
    for relative in sources(root):
        tree = ast.parse((root / relative).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            context, text = node.args[0], node.args[1]
            if name not in ("translate", "QT_TRANSLATE_NOOP"):
                continue
            if isinstance(context, ast.Constant) and isinstance(text, ast.Constant) and isinstance(text.value, str):
                found.add((str(context.value), text.value, f"{relative}:{node.lineno}"))
    return found


def check(root: Path = ROOT, translations: Path = TRANSLATIONS, strict: bool = False) -> list[str]:
    """Every problem that should fail the build, one readable line each (empty when all is well).

    Entries for texts no longer in the code are harmless (Qt never looks them up; the next `update`
    drops them) and are listed only when `strict`: engineers sharing a checkout update the catalogue
    from work not committed yet.
    """
    report: list[str] = []
    with tempfile.TemporaryDirectory() as scratch:
        fresh_files = {}
        for language in LANGUAGES:
            committed = ts_path(language, translations)
            fresh = ts_path(language, Path(scratch))
            if committed.exists():
                shutil.copy(committed, fresh)
            fresh_files[language] = fresh
        run_lupdate(fresh_files, root, quiet=True)
        for language in LANGUAGES:
            committed = ts_path(language, translations)
            if not committed.exists():
                report.append(f"{committed.name}: missing (run scripts/i18n.py update)")
                continue
            current = dict(messages(load(committed)))
            wanted = dict(messages(load(fresh_files[language])))
            for context, source, _ in sorted(set(wanted) - set(current)):
                report.append(f"{committed.name}: not in the .ts (run update): [{context}] {source!r}")
            for context, source, _ in sorted(set(current) - set(wanted)) if strict else []:
                report.append(f"{committed.name}: no longer in the code (run update): [{context}] {source!r}")
            report += _check_translations(committed.name, language, wanted, current)
            if language == CHINESE:
                seen = {(context, source) for context, source, _ in wanted}
                for context, text, where in sorted(literal_calls(root)):
                    if (context, text) not in seen:
                        report.append(
                            f"{where}: lupdate cannot see this call (inside an f-string? a count that is not a plain "
                            f"name? write translate(ctx, text, None, n)): [{context}] {text!r}"
                        )
            report += _check_release(language, translations)
    return report


def _check_translations(
    name: str, language: str, wanted: dict[MessageKey, ET.Element], current: dict[MessageKey, ET.Element]
) -> list[str]:
    report = []
    for key in sorted(wanted):
        message = current.get(key)
        if message is None:
            continue
        context, source, _ = key
        needed = language == CHINESE or is_numerus(message)
        if needed and not is_finished(message):
            report.append(f"{name}: unfinished: [{context}] {source!r}")
            continue
        if not is_finished(message):
            continue
        for text in forms(message):
            for issue in problems(text, source, is_numerus(message)):
                report.append(f"{name}: {issue}: [{context}] {source!r} -> {text!r}")
    return report


def _check_release(language: str, translations: Path) -> list[str]:
    committed = qm_path(language, translations)
    if not committed.exists():
        return [f"{committed.name}: missing (run scripts/i18n.py release)"]
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / committed.name
        release_one(ts_path(language, translations), fresh, quiet=True)
        if fresh.read_bytes() != committed.read_bytes():
            return [f"{committed.name}: differs from a fresh lrelease of the .ts (run scripts/i18n.py release)"]
    return []


def release_one(ts: Path, qm: Path, quiet: bool = False) -> None:
    command = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm)]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"lrelease failed for {ts.name}:\n{result.stdout}{result.stderr}")
    if not quiet:
        print(result.stdout.strip())


# --- commands ---


def fill(files: list[Path], language: str, translations: Path = TRANSLATIONS) -> int:
    path = ts_path(language, translations)
    catalogue = load(path)
    index: dict[tuple[str, str], list[ET.Element]] = {}
    for (context, source, _), message in messages(catalogue):
        index.setdefault((context, source), []).append(message)
    written, unknown = 0, []
    for file in files:
        data = json.loads(file.read_text(encoding="utf-8"))
        for context, entries in data.items():
            for source, value in entries.items():
                if value in ("", []):  # a `todo` template slot not written yet
                    continue
                targets = index.get((context, source))
                if not targets:
                    unknown.append(f"  [{context}] {source!r}")
                    continue
                for message in targets:
                    set_translation(message, value)
                    written += 1
    save(catalogue, path)
    print(f"{path.name}: {written} translation(s) written")
    if unknown:
        print(
            f"{len(unknown)} translation(s) not used: not in {path.name} (not wrapped yet, another context, "
            "or the code's text differs; run update first):\n" + "\n".join(unknown),
            file=sys.stderr,
        )
    return 0


def todo(language: str, context_prefix: str, translations: Path = TRANSLATIONS) -> int:
    template: dict[str, dict[str, str | list[str]]] = {}
    for (context, source, _), message in messages(load(ts_path(language, translations))):
        if not context.startswith(context_prefix) or is_finished(message):
            continue
        template.setdefault(context, {})[source] = [""] * len(forms(message)) if is_numerus(message) else ""
    print(json.dumps(template, ensure_ascii=False, indent=2, sort_keys=True))
    return 0


def stats(language: str, translations: Path = TRANSLATIONS) -> int:
    counts: dict[str, list[int]] = {}
    for (context, _, _), message in messages(load(ts_path(language, translations))):
        entry = counts.setdefault(context, [0, 0])
        entry[0] += is_finished(message)
        entry[1] += 1
    for context, (done, total) in sorted(counts.items()):
        print(f"{context:32} {done:4}/{total:<4}")
    print(f"{'total':32} {sum(c[0] for c in counts.values()):4}/{sum(c[1] for c in counts.values()):<4}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # tests run on a copy
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="lupdate the tree into every .ts, keeping translations")
    filler = commands.add_parser("fill", help="write translations from JSON files as finished")
    filler.add_argument("files", nargs="+", type=Path)
    filler.add_argument("--lang", default=CHINESE, choices=LANGUAGES)
    commands.add_parser("release", help="lrelease every .ts into its .qm")
    checker = commands.add_parser("check", help="fail listing missing, unfinished or broken strings")
    checker.add_argument("--strict", action="store_true", help="also fail on texts no longer in the code")
    todo_parser = commands.add_parser("todo", help="print unfinished strings as a JSON template for fill")
    todo_parser.add_argument("--context", default="", help="only contexts starting with this")
    todo_parser.add_argument("--lang", default=CHINESE, choices=LANGUAGES)
    stats_parser = commands.add_parser("stats", help="finished/total per context")
    stats_parser.add_argument("--lang", default=CHINESE, choices=LANGUAGES)
    args = parser.parse_args(argv)
    root: Path = args.root
    translations = root / "ocrdesk" / "translations"

    if args.command == "update":
        run_lupdate({language: ts_path(language, translations) for language in LANGUAGES}, root)
        return 0
    if args.command == "fill":
        return fill(args.files, args.lang, translations)
    if args.command == "release":
        for language in LANGUAGES:
            release_one(ts_path(language, translations), qm_path(language, translations))
        return 0
    if args.command == "check":
        report = check(root, translations, args.strict)
        print("\n".join(report) if report else "translations complete")
        return 1 if report else 0
    if args.command == "todo":
        return todo(args.lang, args.context, translations)
    return stats(args.lang, translations)


if __name__ == "__main__":
    sys.exit(main())
