# Two commands on a fresh machine: `make run` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
SITE ?= sites/duyenhai
PORT ?= 8000
WORKERS ?= 2
# Tests: the machine's PostgreSQL when DATABASE_URL points there, else embedded.
export XDG_RUNTIME_DIR ?= /tmp

.PHONY: install system-deps run prepare test bench a11y lint \
        format db-stop clean

install: $(STAMP) node_modules/.stamp

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q ".[test]"
	@touch $(STAMP)

node_modules/.stamp: $(wildcard package-lock.json)
	@if [ -f package-lock.json ]; then npm ci --silent --no-audit --no-fund; fi
	@mkdir -p node_modules && touch node_modules/.stamp

system-deps:
	@scripts/system-deps.sh

prepare: install
	@scripts/system-deps.sh || echo "Cảnh báo: thiếu gói Debian (trích văn bản, OCR); trang vẫn chạy."
	$(PY) manage.py migrate_schemas --noinput -v 0
	$(PY) manage.py portal template
	$(PY) manage.py portal bootstrap $(SITE)
	$(PY) manage.py portal local-admin

run: prepare
	@$(PY) manage.py portal urls --port $(PORT)
	@echo "Máy chủ: gunicorn, $(WORKERS) tiến trình đồng bộ, mỗi tiến trình một luồng. Ctrl+C để dừng."
	exec $(VENV)/bin/gunicorn core.wsgi --worker-class sync --threads 1 \
	  --workers $(WORKERS) --bind 127.0.0.1:$(PORT) --limit-request-line 8190 \
	  --access-logfile - --log-level warning

test: install system-deps
	@scripts/run-tests.sh

# Benchmarks print figures (never timed tests). The generated database
# (<DATABASE_URL name>_bench) is built on the first run and reused afterwards.
bench: install
	$(PY) tests/bench/documents_search.py
	$(PY) tests/bench/pages.py

# Accessibility and browser checks alone (axe-core in Debian's chromium).
a11y: install system-deps
	$(VENV)/bin/pytest -p no:cacheprovider -m browser tests/e2e -q

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

db-stop:
	@$(PY) -c "from core.db import stop_embedded; print('stopped' if stop_embedded() else 'not running')"

clean: db-stop
	rm -rf var
