"""sellerstar: seller-performance grading for B2B cross-border marketplaces."""

from __future__ import annotations

__version__ = "0.1.0"
