"""The only code that touches Whoosh: schema, writer, search."""
