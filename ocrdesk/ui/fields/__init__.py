"""The field list: the table model and view, the value editor, the panel and the selection sync."""
