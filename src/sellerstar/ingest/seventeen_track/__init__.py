"""17TRACK Tracking API v2.2: pushes and look-ups (``parse``), its HTTP API (``client``)."""
