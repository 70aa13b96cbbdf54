"""The document queue: its controller, the list view, the inputs (files, folders, PDFs, camera) and the batch."""
