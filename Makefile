# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR := var/demo-marketplace
DEMO_ORDERS ?= 20000
DEMO_DB := var/demo.db
export SELLERSTAR_DEMO_DATABASE_URL ?= sqlite:///$(DEMO_DB)

.PHONY: demo test lint typecheck catalogue install install-dev services-start services-stop clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,spark]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Builds the demo store, then serves it (Ctrl-C stops); DEMO_SERVE=0 only builds it.
DEMO_SERVE ?= 1
# The demo's data ends on this view date; the served demo treats it as today.
DEMO_VIEW_DATE := 2022-12-06

demo: install
	mkdir -p var
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	SELLERSTAR_DATABASE_URL=$(SELLERSTAR_DEMO_DATABASE_URL) $(BIN)/sellerstar demo run \
		--data-dir $(DEMO_DIR) --orders $(DEMO_ORDERS)
	if [ "$(DEMO_SERVE)" = 1 ]; then \
		SELLERSTAR_DATABASE_URL=$(SELLERSTAR_DEMO_DATABASE_URL) \
		SELLERSTAR_CLOCK_DATE=$(DEMO_VIEW_DATE) $(BIN)/sellerstar serve; fi

test: install-dev
	bash scripts/test-services.sh install
	bash scripts/run-tests.sh

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

# Brings both translation catalogues in step with the code (Babel's own extract and update;
# the mapping is babel.cfg). Then translate the new, empty msgstr entries of the zh catalogue;
# tests/unit/test_i18n_catalogue.py fails while one is missing, stale or untranslated.
CATALOGUE_OPTIONS := --omit-header -w 100
catalogue: install-dev
	mkdir -p var
	$(BIN)/pybabel extract -F babel.cfg -k N_ --no-location --sort-output $(CATALOGUE_OPTIONS) \
		-o var/messages.pot src/sellerstar
	$(BIN)/pybabel update -i var/messages.pot -d src/sellerstar/web/locale -D messages \
		--ignore-obsolete --no-fuzzy-matching $(CATALOGUE_OPTIONS)

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
