#!/usr/bin/env bash
# The whole check: lint, types, the direction of imports (import-linter), then the test
# suite against a real PostgreSQL.
# Starts what it needs and stops it again, whatever the outcome.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin

eval "$(bash scripts/test-services.sh start)"
trap 'bash scripts/test-services.sh stop "$SELLERSTAR_TEST_PG_DIR"' EXIT

$BIN/ruff check .
$BIN/ruff format --check .
$BIN/mypy
$BIN/lint-imports --no-cache
# Two workers (CI has two cores); each test has its own SQLite file and PostgreSQL
# database, and a test module stays on one worker so its module fixtures are built once.
$BIN/pytest -n "${SELLERSTAR_TEST_WORKERS:-2}" --dist loadfile "$@"
