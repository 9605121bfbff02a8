"""One module per area: system, session, merchant pages, operator console, API, webhooks."""
