# qlcli — batch jobs. `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
QLCLI  := $(BIN)/qlcli
STORE  ?= data/out/qlcli.sqlite
OUT    ?= data/out
RAW    ?= data/raw
YEAR   ?= 2023
JOBS   ?= 0

.PHONY: run ingest report tiers test bench clean-out clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[charts]'
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[charts,test]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed  ## ingest data/raw and write the tables and report to data/out
	$(QLCLI) ingest $(RAW) --store $(STORE) --jobs $(JOBS)
	$(QLCLI) report --store $(STORE) --out $(OUT)

ingest: $(VENV)/.installed  ## ingest RAW (default data/raw) into STORE
	$(QLCLI) ingest $(RAW) --store $(STORE) --jobs $(JOBS)

report: $(VENV)/.installed  ## write the tables and report for YEAR to OUT
	$(QLCLI) report --store $(STORE) --out $(OUT) --year $(YEAR)

tiers: $(VENV)/.installed  ## print the award lists of YEAR
	$(QLCLI) tiers $(YEAR) --store $(STORE)

test: $(VENV)/.installed-test  ## run the test suite
	$(BIN)/pytest

bench: $(VENV)/.installed  ## time ingest of the corpus (cold and warm) and start-up of commands
	$(BIN)/python bench/bench.py

clean-out:  ## remove everything written to data/out (keeps the folder)
	find $(OUT) -mindepth 1 ! -name .keep -delete

clean: clean-out  ## also remove the virtual environment
	rm -rf $(VENV) *.egg-info src/*.egg-info
