"""AfterShip Tracking: webhook pushes and trackings (``parse``) and its HTTP API (``client``)."""
