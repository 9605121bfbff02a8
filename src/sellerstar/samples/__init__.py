"""The discount sample venue's batch rules (rulebook §4): eligibility and the right to
register as engine expressions, and their lake-mode runner."""
