"""Shared fixtures: the seed article, and the labelled data folder (skipped cleanly when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

from analysis import Article, load_article

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_479d4342943fee16.txt"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def seed() -> Article:
    return load_article(SEED)


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.exists():
        pytest.skip("../shared/data not found (labelled data lives beside the checkout, not in it)")
    return SHARED_DATA
