SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

SWIFT ?= swift
BIN_DEBUG := .build/debug/trenazher
BIN_RELEASE := .build/release/trenazher
# Headers whose absence means the system packages must be installed.
SYSTEM_HEADERS := /usr/include/sqlite3.h /usr/include/editline/readline.h

.PHONY: deps build release run test bench check-scenarios test-scenarios clean

## deps: install libsqlite3-dev and libedit-dev with apt-get, only when their headers are missing
deps:
	@missing=0; for h in $(SYSTEM_HEADERS); do [ -f "$$h" ] || missing=1; done; \
	if [ "$$missing" = 1 ]; then \
	  echo "make deps: installing libsqlite3-dev libedit-dev"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get install -y libsqlite3-dev libedit-dev >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null && $$SUDO apt-get install -y libsqlite3-dev libedit-dev; }; \
	fi

## build: debug build of the trenazher binary
build: deps
	$(SWIFT) build --product trenazher

## release: optimised build (used by bench)
release: deps
	$(SWIFT) build -c release --product trenazher

## run: set up, build and start the trainer on the bundled scenarios
run: deps
	@[ -x $(BIN_DEBUG) ] || echo "Перша збірка тренажера триває кілька хвилин (First build: a few minutes)…"
	@$(SWIFT) build --product trenazher
	@$(BIN_DEBUG)

## test: unit tests, end-to-end tests and every scenario's example transcripts
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	$(BIN_DEBUG) scenarios check Scenarios
	$(BIN_DEBUG) scenarios test Scenarios

## check-scenarios: validate every scenario file
check-scenarios: build
	$(BIN_DEBUG) scenarios check Scenarios

## bench: performance benchmarks on a release build
bench: deps
	$(SWIFT) build -c release --product trenazher
	$(SWIFT) build -c release --product trenazher-bench
	.build/release/trenazher-bench

clean:
	rm -rf .build
