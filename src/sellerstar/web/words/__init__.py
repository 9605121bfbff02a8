"""The words the app shows, one module per area: plain data and functions over the
gettext catalogue (``N_`` marks a source text, :class:`~sellerstar.web.words.logistics.Text`
a message with its values), no FastAPI, so the pages and the CLI say the same things.

``site`` (every page), ``accounts``, ``stars``, ``logistics`` (with ``lists``, the words of
the order list made once per language), ``guarantee``, ``appeals``, ``operator``, ``penalties``.
"""
