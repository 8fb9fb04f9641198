# Two commands: `make run` (demo app) and `make test` (whole suite, headless).
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_DIR := var/demo

.PHONY: run test venv demo bench screenshots clean

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first and alone, so the CPU build on disk is used and nothing pulls a CUDA build.
	$(PY) -m pip install --quiet torch==2.13.0
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

venv: $(STAMP)

$(DEMO_DIR)/.seeded: $(STAMP)
	$(PY) main.py --data-dir $(DEMO_DIR) seed-demo --cases 30 --engine
	@touch $@

demo: $(DEMO_DIR)/.seeded

run: demo
	$(PY) main.py --data-dir $(DEMO_DIR)

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	$(PY) -m bench

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) docs/make_screenshots.py

clean:
	rm -rf $(VENV) var
