"""The web app: server-rendered pages for merchants and operators, and the JSON API."""
