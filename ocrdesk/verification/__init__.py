"""Verification beyond the operator's look (issue 15), free of Qt: blind double entry of critical
fields, a second engine as a cross-check, documents that confirm themselves by rule, and accuracy
statistics of machine values against confirmed ones. The window only presents these decisions."""
