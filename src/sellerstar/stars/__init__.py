"""Star levels (rulebook §2A): predicted daily, official monthly, with their explanations.

Modules: ``frame`` (the inputs of one stat date), ``inputs`` (reading them from the store),
``scoring`` (the evaluation, column-wise), ``explain`` (rows and explanations),
``averages`` (1-star averages), ``batch`` (many dates), ``job`` (the daily store job),
``official`` (the monthly evaluation), ``queries`` (the read side for pages), ``text``
(English wording). See docs/stars.md.
"""
