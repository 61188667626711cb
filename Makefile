# Two commands do all the set-up on a fresh machine:
#   make site   create .venv, install the pinned dependencies, build the site into site/
#   make test   the whole test suite (browser tests need Debian's chromium: see .ci/run)

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install site test check bench serve clean

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock pip
	$(BIN)/pip install --quiet --disable-pip-version-check -c requirements.lock \
		--config-settings editable_mode=compat -e '.[test]'
	$(BIN)/python -m compileall -q tooling
	$(BIN)/python -m tooling.site.jieba_shards
	touch $(STAMP)

install: $(STAMP)

site: $(STAMP)
	$(BIN)/policy build -o site

test: $(STAMP)
	$(BIN)/python -m pytest -n 2 tests

check: $(STAMP)
	$(BIN)/policy check

serve: $(STAMP)
	$(BIN)/policy serve

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf site .venv .pytest_cache
