"""Kuaidi100 (快递100): pushes and queries (``parse``), its HTTP API (``client``)."""
