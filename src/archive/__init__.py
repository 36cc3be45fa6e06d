"""archive: find every quotation in a story's documents, and who said it."""

__version__ = "0.1.0"
