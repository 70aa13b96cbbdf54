"""Qt's own texts that Qt's zh_CN catalogue (qtbase_zh_CN.qm) does not translate, translated in ours.

Our translator is installed after Qt's, so Qt asks it first; every other text of these contexts still
comes from Qt's catalogue. Found by tests/e2e/test_language_scan.py (the file dialog Export opens);
nothing imports this module: lupdate reads it.
"""

from ocrdesk.i18n import QT_TRANSLATE_NOOP

QT_TEXTS = (
    # Qt 6 added the mnemonics; its catalogue still has only "Look in:" and "Files of type:"
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
