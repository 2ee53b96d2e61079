# Developer shortcuts; the README's two commands remain the way to set up and run everything.
# Use after `python3 -m venv .venv && .venv/bin/pip install -e ".[test]"`.
PY ?= .venv/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: check test-fast test forms translations screenshots bench

check:  ## the style and the types: ruff, mypy (as .ci/run does)
	$(PY) -m ruff check .
	$(PY) -m mypy

test-fast:  ## core and command line on SQLite, no window, no slow tests, a fifth of the hypothesis examples: under a minute on two cores
	UJ_FAST=1 $(PY) -m pytest -q -m "not gui and not system and not slow and not postgresql" -n 2

test:  ## everything, as CI runs it
	$(PY) -m pytest

forms:  ## after editing a ui/*.ui file in Qt Designer
	$(PY) -m tools.build_forms

translations:  ## after adding or changing a German text
	$(PY) -m tools.update_translations

screenshots:  ## docs/screenshots/ from the real windows
	$(PY) -m tools.screenshots

bench:  ## docs/benchmarks.md (needs .[bench])
	$(PY) -m bench
