# `make run` and `make test` set up .venv on first use; later runs reuse it.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install install-dev run index test test-fast clean bench-langchain

$(VENV)/.runtime: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

$(VENV)/.dev: $(VENV)/.runtime requirements-dev.txt requirements-cluster.txt
	$(PY) -m pip install --disable-pip-version-check -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.runtime

install-dev: $(VENV)/.dev

run: install
	$(PY) app.py

index: install
	$(PY) -m bot index

test: install-dev
	$(PY) -m pytest -q

# Everything but the tests marked slow (servers, the browser, child processes, the biggest real-model builds).
test-fast: install-dev
	$(PY) -m pytest -q -m "not slow"

# Benchmarks only: the LangChain pipeline bench/build.py compares against, in its own venv.
bench-langchain: .venv-langchain/.installed

.venv-langchain/.installed: bench/requirements-langchain.txt
	test -x .venv-langchain/bin/python || $(PYTHON) -m venv .venv-langchain
	.venv-langchain/bin/python -m pip install --disable-pip-version-check -q -r bench/requirements-langchain.txt
	touch $@

clean:
	rm -rf $(VENV) index/CURRENT index/gen-* index/.tmp-*
