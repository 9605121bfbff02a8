"""Two-way selection fairs (双选会): the allocation by deferred acceptance (the ``matching``
library) over the domain's strict preferences, and its lake-mode runner.

A layer of its own beside ``samples`` because it reads data-lake folders through the metric
engine's sources; the pure rules are in ``sellerstar.domain.fairs``.
"""
