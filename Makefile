# stkr — `make demo` runs a live devnet, `make test` runs everything CI runs. Both install what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := help
.PHONY: help toolchain beacon-toolchain system-deps build demo down contracts-build contracts-test generate check-generated check-artifacts check-docs lint test bench

CARGO ?= cargo
STKR := target/debug/stkr
STAMP := contracts/node_modules/.stkr-installed
BEACON_STAMP := tools/beacon/node_modules/.stkr-installed
FORGE := node_modules/.bin/forge
# CI gets more fuzz and invariant runs (see contracts/foundry.toml).
export FOUNDRY_PROFILE ?= $(if $(CI),ci,default)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

help:
	@echo "make demo      start a local devnet with stkr deployed (stkr devnet down stops it)"
	@echo "make test      forge tests, cargo tests, clippy, fmt, staleness of generated files"
	@echo "make bench     gas snapshot, CLI latency/memory, read round trips and dashboard frame targets"
	@echo "make generate  regenerate core/artifacts, completions/ and man/ after changing contracts or the CLI"

# The pinned Foundry tools, solc-js, forge-std and OpenZeppelin; reinstalled only when the lock file changes.
toolchain: $(STAMP)
$(STAMP): contracts/package.json contracts/package-lock.json
	cd contracts && npm ci --no-audit --no-fund
	touch $@

# The pinned Lodestar beacon node (tools/beacon) for the sidecar's Beacon API tests and `devnet up --beacon`.
beacon-toolchain: $(BEACON_STAMP)
$(BEACON_STAMP): tools/beacon/package.json tools/beacon/package-lock.json
	cd tools/beacon && npm ci --no-audit --no-fund
	touch $@

# Debian packages for a real Secret Service in the keyring tests, and tmux for the dashboard's terminal test.
system-deps:
	@missing=""; \
	for pair in dbus-daemon:dbus dbus-send:dbus gnome-keyring-daemon:gnome-keyring secret-tool:libsecret-tools tmux:tmux; do \
	  command -v "$${pair%%:*}" >/dev/null || missing="$$missing $${pair##*:}"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build:
	$(CARGO) build --locked

demo: toolchain build
	$(STKR) devnet up --demo
	@echo
	@echo "Next: $(STKR) params | $(STKR) --json devnet status | $(STKR) devnet down"

down:
	$(STKR) devnet down

contracts-build: toolchain
	cd contracts && $(FORGE) build

# The gas benchmarks run isolated in `make bench`, where each call is its own transaction.
contracts-test: toolchain
	cd contracts && $(FORGE) fmt --check && $(FORGE) test --no-match-path 'test/gas/*'

# MicroPool is compiled in a second profile (see foundry.toml), and a partial build (a filtered
# `forge test`) can leave an artifact of a shared dependency in the wrong profile: export from a full one.
generate: toolchain
	cd contracts && $(FORGE) build --force && node export-artifacts.js
	$(CARGO) xtask docs

check-generated: check-artifacts check-docs

check-artifacts: toolchain
	cd contracts && $(FORGE) build --force && node export-artifacts.js --check

check-docs:
	$(CARGO) xtask check

lint:
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

# The preparations run side by side (npm's native builds and solc each leave a core idle that cargo's build
# fills); check-artifacts' full build comes before contracts-test, so `forge test` finds every artifact compiled.
test: toolchain
	$(MAKE) --no-print-directory -j4 --output-sync=target system-deps beacon-toolchain check-artifacts check-docs
	$(MAKE) --no-print-directory contracts-test lint
	$(CARGO) xtask test

bench: toolchain
	cd contracts && $(FORGE) snapshot --match-path 'test/unit/*' --check --tolerance 1
	cd contracts && $(FORGE) test --match-path 'test/gas/*' --isolate
	$(CARGO) build --release --locked
	@# Both tables print; a missed target in either fails the run.
	python3 scripts/gas_table.py contracts/snapshots/GasBenchTest.json; gas=$$?; \
	python3 scripts/bench.py target/release/stkr; cli=$$?; \
	python3 scripts/bench_scale.py target/release/stkr contracts/node_modules/.bin/cast; scale=$$?; \
	$(CARGO) run --release --locked -q -p stkr-tui --example render_bench; frames=$$?; \
	python3 scripts/bench_sidecar.py target/release/stkr; sidecar=$$?; \
	python3 scripts/bench_signer.py target/release/stkr; signer=$$?; \
	exit $$((gas || cli || scale || frames || sidecar || signer))
