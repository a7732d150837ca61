# Each target bootstraps .venv on its own, so a fresh clone needs nothing but python3 >= 3.11 and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/second-chance serve --demo --host 127.0.0.1 --port 8000

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

bench: $(STAMP)
	$(BIN)/python -m bench.analyze_mbox
	$(BIN)/python -m bench.scan_gmail
	$(BIN)/python -m bench.scan_gmail --faults 0.2

eval: $(STAMP)
	$(BIN)/second-chance eval ../shared/corpus

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
