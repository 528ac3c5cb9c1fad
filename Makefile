# GNU make.  `make help` lists the targets.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help
MAKEFLAGS += --no-builtin-rules --warn-undefined-variables

# Interpreter used only to create the virtualenv: python3.11 when it works, else python3.
BOOTSTRAP_PYTHON ?= $(shell for p in python3.11 python3; do \
	if $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1; then echo $$p; break; fi; \
	done)
ifeq ($(strip $(BOOTSTRAP_PYTHON)),)
BOOTSTRAP_PYTHON := python3
endif

VENV := .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip --disable-pip-version-check
PIP_VERSION := 26.3
STAMP := $(VENV)/.installed

SEEDS ?= seeds
BENCH ?=
PYTEST_ARGS ?=
# Extra arguments for `make lab`, e.g. LAB_ARGS="--no-browser --port 8899".  JupyterLab refuses
# to run as root without --allow-root (containers, CI machines).
LAB_ARGS ?=

# For every recipe (the notebook kernels inherit these too).
export ANALYSIS_SEEDS := $(abspath $(SEEDS))
export PYTHONHASHSEED := 0
export JUPYTER_PLATFORM_DIRS := 1
export PYDEVD_DISABLE_FILE_VALIDATION := 1
export PIP_NO_INPUT := 1

INLINE_BACKEND := module://matplotlib_inline.backend_inline

.PHONY: help venv report screenshot test test-unit test-notebooks lab bench train lint lock clean distclean

help:
	@echo "make venv       create/update $(VENV) from requirements.lock (automatic for the targets below)"
	@echo "make test       unit tests (tests/) and notebook output checks (pytest --nbval notebooks)"
	@echo "make report     execute notebooks/*.ipynb in place and write reports/*.html, one report per"
	@echo "                article in SEEDS plus reports/index.html                      [SEEDS=$(SEEDS)]"
	@echo "make screenshot reports/screenshot-*.png of the first article report, for the README (needs chromium)"
	@echo "make lab        JupyterLab on notebooks/"
	@echo "make bench      run benchmarks/bench_*.py (filter: BENCH=name)"
	@echo "make train      retrain the attribution tagger (analysis/data/attribution/tagger.tsv; needs ../shared)"
	@echo "make lint       ruff check"
	@echo "make lock       rewrite requirements.lock from the current $(VENV)"
	@echo "make clean      remove caches and build artefacts (distclean also removes $(VENV))"

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	@echo "==> setting up $(VENV) (python: $(BOOTSTRAP_PYTHON))"
	@if [[ ! -x $(PY) ]]; then $(BOOTSTRAP_PYTHON) -m venv $(VENV); fi
	$(PIP) install --quiet pip==$(PIP_VERSION)
	$(PIP) install --quiet -r requirements.lock
	$(PIP) install --quiet --no-deps -e .
	@touch $@

report: $(STAMP)
	$(PY) -m analysis.reporting

# The README's screenshots of a report (headless Chromium; byte-stable on one machine).  The browser
# test writes its own screenshots to reports/browser/, which git ignores.
screenshot: $(STAMP)
	$(PY) -m analysis.report.browser

test: test-unit test-notebooks

test-unit: $(STAMP)
	MPLBACKEND=Agg $(PY) -m pytest tests $(PYTEST_ARGS)

# Notebooks are compared with their committed outputs, normalised as analysis.reporting does
# (.ci/nbval-sanitize.cfg plus this checkout's path -> <repo>).  They run with the inline backend
# like `make report`: under Agg a figure would produce no output to compare.
test-notebooks: $(STAMP)
	@if ! compgen -G 'notebooks/*.ipynb' >/dev/null; then \
		echo "no notebooks/*.ipynb yet: skipping notebook checks"; exit 0; fi; \
	sanitize=$$(mktemp); trap 'rm -f "$$sanitize"' EXIT; \
	{ cat .ci/nbval-sanitize.cfg; $(PY) -c 'import re, sys; print(f"[repo]\nregex: {re.escape(sys.argv[1])}\nreplace: <repo>")' "$(CURDIR)"; } > "$$sanitize"; \
	rc=0; MPLBACKEND=$(INLINE_BACKEND) $(PY) -m pytest --nbval --nbval-current-env \
		--nbval-sanitize-with "$$sanitize" notebooks $(PYTEST_ARGS) || rc=$$?; \
	if [[ $$rc -eq 5 ]]; then echo "no notebook cells collected"; rc=0; fi; \
	exit $$rc

lab: $(STAMP)
	@mkdir -p notebooks
	$(VENV)/bin/jupyter lab notebooks $(if $(filter 0,$(shell id -u)),--allow-root) $(LAB_ARGS)

bench: $(STAMP)
	$(PY) -m benchmarks $(BENCH)

# Retrain the attribution tagger from ../shared/data/attribution/polnear_train.jsonl; rewrites
# analysis/data/attribution/tagger.tsv byte for byte (commit it when it changes).
train: $(STAMP)
	$(PY) tools/train_attribution.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

lock: $(STAMP)
	{ echo "# Full transitive pin set for the project's virtualenv (Python 3.11); \`make\` installs exactly this."; \
	  echo "# Regenerate after changing dependencies in pyproject.toml:  make lock"; \
	  echo "# (= .venv/bin/python -m pip freeze --exclude-editable --exclude analysis, with this header)."; \
	  $(PIP) freeze --exclude-editable --exclude analysis; } > requirements.lock.tmp
	mv requirements.lock.tmp requirements.lock
	@touch $(STAMP)

clean:
	rm -rf build dist .pytest_cache .ruff_cache *.egg-info analysis/*.egg-info
	find . -path ./$(VENV) -prune -o -type d \( -name __pycache__ -o -name .ipynb_checkpoints \) -print0 \
		| xargs -0 rm -rf

distclean: clean
	rm -rf $(VENV)
