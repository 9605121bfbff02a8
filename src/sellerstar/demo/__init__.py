"""The synthetic marketplace generator (``sellerstar demo generate``).

>>> from sellerstar.demo import GenerateOptions, generate
"""

from __future__ import annotations

from sellerstar.demo.generator import Summary, generate
from sellerstar.demo.options import GenerateOptions

__all__ = ["GenerateOptions", "Summary", "generate"]
