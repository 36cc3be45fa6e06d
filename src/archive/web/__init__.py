"""The browser face of the archive: server-rendered pages and a JSON API over the same search functions as the CLI."""

from archive.web.app import create_app

__all__ = ["create_app"]
