"""The domain: rule functions, workflow tables and date windows on plain data.

Pure Python: this package imports nothing of sellerstar and nothing outside the standard
library. Every rule number is passed in (it comes from the rule-set in force); every
"today" or "now" is passed in too.
"""

from __future__ import annotations
