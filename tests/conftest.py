"""Shared fixtures: where the real test data lives, and the bundled corpus."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("ARCHIVE_SHARED", REPO.parent / "shared"))
CORPUS = REPO / "corpus"

# The evaluation helpers in scripts/ are imported by the tests that hold their figures.
sys.path.insert(0, str(REPO / "scripts"))


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """../shared/data (read-only); the tests that need it skip where it is absent."""
    data = SHARED / "data"
    if not data.is_dir():
        pytest.skip(f"shared test data not found at {data}")
    return data


@pytest.fixture(scope="session")
def seed_article() -> Path:
    path = SHARED / "seeds" / "000_423a1953d795cc2f.txt"
    if not path.is_file():
        pytest.skip(f"seed article not found at {path}")
    return path
