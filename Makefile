# The two commands of the quick start: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export CHROMA_TELEMETRY_IMPL := none
export ANONYMIZED_TELEMETRY := False
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: run test lint typecheck unit index bench load browser eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q "torch==2.13.0"
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

index: $(STAMP)
	$(BIN)/bps-assistant index

run: index
	$(BIN)/streamlit run app.py --server.port 8501 --server.headless true \
		--browser.gatherUsageStats false

lint: $(STAMP)
	$(BIN)/ruff check assistant app.py tests

typecheck: $(STAMP)
	$(BIN)/mypy

unit: $(STAMP)
	$(BIN)/pytest

# headless Chromium for the browser test; the test skips with the reason when this fails
# (apt-get update only when the install fails on stale or empty package lists)
APT_CHROMIUM := DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver
browser:
	@command -v chromium >/dev/null && command -v chromedriver >/dev/null || \
		( $(APT_CHROMIUM) >/dev/null 2>&1 \
		|| ( apt-get update -q >/dev/null 2>&1 && $(APT_CHROMIUM) >/dev/null 2>&1 ) \
		|| echo "note: could not install chromium; the browser test will be skipped" )

test: lint typecheck browser unit

bench: index
	$(BIN)/bps-assistant bench

# quality on the shipped question sets, against an index rebuilt from the corpus first
eval: index
	$(BIN)/bps-assistant eval run --json eval/reports/latest.json --html eval/reports/latest.html

load: index
	$(BIN)/bps-assistant load --clients 50 --seconds 60

clean:
	rm -rf $(VENV) index/*/ index/*.json index/*.duckdb
