"""Star levels (rulebook §2A): predicted daily, official monthly, with their explanations.

Modules: ``frame`` (the inputs of one stat date), ``inputs`` (reading them from the store),
``scoring`` (the evaluation, column-wise), ``explain`` (rows and explanations),
``explanation`` (the explanation's model, which the jobs write and the readers parse),
``averages`` (1-star averages), ``batch`` (many dates), ``official`` (planning the monthly
evaluation). The jobs that write the store are in ``sellerstar.jobs``; the read side is
``sellerstar.queries`` (``stars``, ``star_tracks``, ``star_levels``). See docs/stars.md.
"""
