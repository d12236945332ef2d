# qlcli — batch jobs. `make run` and `make test` do all set-up on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
QLCLI  := $(BIN)/qlcli
STORE  ?= data/out/qlcli.sqlite
OUT    ?= data/out
RAW    ?= data/raw
YEAR   ?=
JOBS   ?= 0
FONTS  ?= yes
OCR    ?= yes
CJK_FONT_PKG := fonts-wqy-microhei
OCR_PKGS := tesseract-ocr tesseract-ocr-chi-sim

.PHONY: run ingest report tiers fonts ocr test bench clean-out clean help

help:  ## list the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | sed 's/:.*##/\t/'

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# compileall: an editable install writes no bytecode, and with PYTHONDONTWRITEBYTECODE set no run
# does either; compiling every module on each start costs a query command a third of its time
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[charts,xlsx]'
	$(BIN)/python -m compileall -q src/qlcli
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[charts,xlsx,test]'
	$(BIN)/python -m compileall -q src/qlcli
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed fonts  ## ingest data/raw, write the tables, report.md and charts to data/out
	$(QLCLI) ingest $(RAW) --store $(STORE) --jobs $(JOBS)
	$(QLCLI) report --store $(STORE) --out $(OUT)

ingest: $(VENV)/.installed  ## ingest RAW (default data/raw) into STORE
	$(QLCLI) ingest $(RAW) --store $(STORE) --jobs $(JOBS)

$(STORE): | $(VENV)/.installed
	$(QLCLI) ingest $(RAW) --store $(STORE) --jobs $(JOBS)

report: $(VENV)/.installed | $(STORE)  ## tables + report.md to OUT; with YEAR=2023 only that year, to OUT/2023
	$(QLCLI) report --store $(STORE) $(if $(YEAR),--out $(OUT)/$(YEAR) --year $(YEAR),--out $(OUT))

tiers: $(VENV)/.installed | $(STORE)  ## print the award lists of YEAR (make tiers YEAR=2023)
	$(if $(YEAR),,$(error give the year: make tiers YEAR=2023))
	$(QLCLI) tiers $(YEAR) --store $(STORE)

# Charts need a font with Chinese characters. Best effort, never fatal: when none is installed and
# we may use apt-get (root, Debian/Ubuntu), install $(CJK_FONT_PKG) (1.6 MB); else print how.
# FONTS=no skips it.
fonts:  ## make sure a font with Chinese characters is installed for the charts
	@if [ "$(FONTS)" = no ] || [ -n "$$(fc-list :lang=zh 2>/dev/null)" ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing $(CJK_FONT_PKG) for the charts (FONTS=no skips this)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(CJK_FONT_PKG) >/dev/null) \
	    || echo "could not install $(CJK_FONT_PKG): report.md will say why it has no charts"; \
	else echo "no font with Chinese characters: install $(CJK_FONT_PKG) (or any CJK font) or set QLCLI_FONT=FILE for charts"; fi

# `ingest --ocr` needs tesseract with Simplified Chinese data. Best effort, like fonts: apt-get
# when we may (measured: 9 s with apt-get update, about 15 MB); OCR=no skips it, and the tests
# that need the real tesseract then skip with a reason.
ocr:  ## make sure tesseract and its Chinese data (chi_sim) are installed for `qlcli ingest --ocr`
	@if [ "$(OCR)" = no ] || tesseract --list-langs 2>/dev/null | grep -qx chi_sim; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	  echo "installing $(OCR_PKGS) for --ocr (OCR=no skips this)"; \
	  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(OCR_PKGS) >/dev/null) \
	    || echo "could not install $(OCR_PKGS): ingest --ocr will say what is missing"; \
	else echo "no tesseract with chi_sim: install $(OCR_PKGS) to read scanned PDFs with --ocr"; fi

test: $(VENV)/.installed-test fonts ocr  ## run the test suite
	$(BIN)/pytest

bench: $(VENV)/.installed  ## ingest speed against a bare floor, memory, start-up (make bench N=50)
	$(BIN)/python -m compileall -q src/qlcli
	$(BIN)/python bench/bench.py $(if $(N),--n $(N)) --jobs $(JOBS)

clean-out:  ## remove everything written to data/out (keeps the folder)
	find $(OUT) -mindepth 1 ! -name .keep -delete

clean: clean-out  ## also remove the virtual environment
	rm -rf $(VENV) *.egg-info src/*.egg-info
