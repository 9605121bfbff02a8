"""The read side for pages, the API and CSV reports: plain SQL selects, scoped by viewer."""
