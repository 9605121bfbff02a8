# The two commands of the README: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEMO_DIR := var/demo-marketplace
DEMO_ORDERS ?= 20000
DEMO_DB := var/demo.db
export SELLERSTAR_DEMO_DATABASE_URL ?= sqlite:///$(DEMO_DB)

.PHONY: demo test lint typecheck install install-dev services-start services-stop clean

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

demo: install
	mkdir -p var
	rm -f $(DEMO_DB)
	SELLERSTAR_DATABASE_URL=$(SELLERSTAR_DEMO_DATABASE_URL) $(BIN)/sellerstar demo run \
		--data-dir $(DEMO_DIR) --orders $(DEMO_ORDERS)

test: install-dev
	bash scripts/test-services.sh install
	bash scripts/run-tests.sh

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf var .pytest_cache .mypy_cache .ruff_cache
