from __future__ import annotations

from sellerstar.cli import main

main()
