"""Use cases: each takes its inputs, a connection or engine and ``now``, and changes the store."""
