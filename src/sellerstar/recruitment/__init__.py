"""Talent recruitment's matching: ranked, explained candidates for a job (store mode and
lake mode alike, see docs/recruitment.md)."""
