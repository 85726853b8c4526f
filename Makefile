# Two commands set everything up on a fresh machine:
#   make generate   # validate the spec and (re)write generated/
#   make test       # drift check, lint, type checks and the test suite
# Each creates .venv from requirements.lock first when needed.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-from-lock

BASE ?=

.PHONY: venv generate check drift breaking lint test bench lock clean mutation

$(STAMP): requirements.lock
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	touch $(STAMP)

venv: $(STAMP)

generate: $(STAMP)
	$(PY) -m generator generate
	$(PY) -m generator extensions --write docs/extensions.md

# Every drift check at once: spec validation and house rules, generated/ equal to what the
# spec produces (a diff otherwise), the breaking-change gate against BASE (default: the spec
# before its last change; e.g. `make check BASE=origin/main`), ruff and mypy --strict.
check: lint drift breaking

drift: $(STAMP)
	$(PY) -m generator check
	$(PY) -m generator extensions --check docs/extensions.md

breaking: $(STAMP)
	$(PY) -m generator breaking $(if $(BASE),--base $(BASE))

lint: $(STAMP)
	$(PY) -m generator lint
	$(VENV)/bin/ruff check generator tests generated extras tools
	$(VENV)/bin/mypy generator
	$(VENV)/bin/mypy generated/sixmm
	$(VENV)/bin/mypy tools/mutation

test: check
	$(PY) -m pytest

# Benchmarks against openapi-python-client and openapi-generator; not part of `make test`.
# The first run installs the peers into .bench/ (needs the package index and Java 17+).
# Rewrites BENCHMARKS.md and bench/results.json. Options: make bench BENCH_ARGS="--quick".
BENCH_ARGS ?=
bench: $(STAMP)
	$(PY) bench/run.py $(BENCH_ARGS)

# Re-resolve requirements.in into requirements.lock (needs the package index).
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/pip install --quiet -r requirements.in
	{ echo "# Pinned, fully resolved environment for the generator, tests and tooling (Python 3.11+)."; \
	  echo "# Regenerate with \`make lock\` after editing requirements.in."; \
	  .lock-venv/bin/pip freeze; } > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .hypothesis

# Mutation testing of the runtime and the generator core; not part of `make test` (about 30
# minutes). Rewrites tools/mutation/report.md. One module: make mutation MUTATION_ARGS="--module generator/naming.py".
MUTATION_ARGS ?=
mutation: $(STAMP)
	nice -n 10 $(PY) tools/mutation/run.py --jobs 2 --report tools/mutation/report.md $(MUTATION_ARGS)
