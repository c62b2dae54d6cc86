SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
.DEFAULT_GOAL := build

SWIFT ?= swift
BIN_DEBUG := .build/debug/trenazher
BIN_RELEASE := .build/release/trenazher
# Headers whose absence means the system packages must be installed.
SYSTEM_HEADERS := /usr/include/sqlite3.h /usr/include/editline/readline.h /usr/include/zlib.h
# Programs the SSH end-to-end tests and the SSH load benchmark start, and the QR decoder the QR code test reads
# certificates' codes with.
TEST_PROGRAMS := /usr/sbin/sshd /usr/bin/ssh /usr/bin/ssh-keygen /usr/bin/zbarimg
# Programs whose absence means the system packages must be installed (dot: scenarios graph --svg; curl: verify
# --status https://…, which the program runs instead of linking libcurl into every start).
SYSTEM_TOOLS := /usr/bin/dot /usr/bin/sqlite3 /usr/bin/curl
DEBIAN_PACKAGES := libsqlite3-dev libedit-dev zlib1g-dev graphviz sqlite3 curl

PREFIX ?= /usr/local
FUZZ_ARGS ?=
DESTDIR ?=
SHARE_DIR := $(DESTDIR)$(PREFIX)/share/trenazher

.PHONY: deps deps-test build release run test bench fuzz install uninstall check-scenarios test-scenarios clean

## deps: install libsqlite3-dev, libedit-dev, zlib1g-dev (the published status list's GZIP), graphviz (scenarios graph --svg) and sqlite3 (the bench's floors), curl (verify --status https://…) with apt-get, only when missing
deps:
	@missing=0; for h in $(SYSTEM_HEADERS) $(SYSTEM_TOOLS); do [ -f "$$h" ] || missing=1; done; \
	if [ "$$missing" = 1 ]; then \
	  echo "make deps: installing $(DEBIAN_PACKAGES)"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO apt-get install -y $(DEBIAN_PACKAGES) >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null && $$SUDO apt-get install -y $(DEBIAN_PACKAGES); }; \
	fi

VERIFIER_VENV := .build/badge-verifier

## deps-test: install openssh-server, openssh-client, zbar-tools (zbarimg) and python3-jsonschema (the badge schema check) with apt-get, only when one is missing;
## and the generic Open Badges verifier (openbadgeslib, scripts/requirements-verifier.txt) from PyPI into .build/badge-verifier
deps-test:
	@missing=0; for p in $(TEST_PROGRAMS); do [ -x "$$p" ] || missing=1; done; \
	if [ "$$missing" = 1 ]; then \
	  echo "make deps-test: installing openssh-server openssh-client zbar-tools"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y openssh-server openssh-client zbar-tools >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y openssh-server openssh-client zbar-tools; }; \
	fi
	@python3 -c 'import jsonschema' 2>/dev/null || /usr/bin/python3 -c 'import jsonschema' 2>/dev/null || { \
	  echo "make deps-test: installing python3-jsonschema (the badge's 1EdTech schema check)"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-jsonschema >/dev/null 2>&1 || \
	  { $$SUDO apt-get update >/dev/null && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-jsonschema; }; \
	}
	@if ! $(VERIFIER_VENV)/bin/python3 -c 'import openbadgeslib.ob3.ldp, pyld' 2>/dev/null || \
	    ! cmp -s scripts/requirements-verifier.txt $(VERIFIER_VENV)/requirements.txt; then \
	  echo "make deps-test: installing the generic Open Badges verifier (openbadgeslib) into $(VERIFIER_VENV)"; \
	  rm -rf $(VERIFIER_VENV); \
	  python3 -m venv $(VERIFIER_VENV) 2>/dev/null || { \
	    SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	    $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-venv >/dev/null 2>&1 || \
	    { $$SUDO apt-get update >/dev/null && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y python3-venv; }; \
	    rm -rf $(VERIFIER_VENV); /usr/bin/python3 -m venv $(VERIFIER_VENV); }; \
	  $(VERIFIER_VENV)/bin/pip install --quiet --disable-pip-version-check -r scripts/requirements-verifier.txt; \
	  cp scripts/requirements-verifier.txt $(VERIFIER_VENV)/requirements.txt; \
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

## install: the release binary in PREFIX/bin, Content/ and Scenarios/ as the first recorded version in
## PREFIX/share/trenazher, the man page and bash/zsh completions (PREFIX=/usr/local, DESTDIR for packaging)
install: release
	install -d $(DESTDIR)$(PREFIX)/bin $(SHARE_DIR) $(DESTDIR)$(PREFIX)/share/man/man1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions $(DESTDIR)$(PREFIX)/share/zsh/site-functions
	install -m 0755 $(BIN_RELEASE) $(DESTDIR)$(PREFIX)/bin/trenazher
	$(BIN_RELEASE) scenarios install . --share-dir $(SHARE_DIR) --content Content --scenarios Scenarios
	chmod -R a+rX $(SHARE_DIR)
	install -m 0644 docs/trenazher.1 $(DESTDIR)$(PREFIX)/share/man/man1/trenazher.1
	$(BIN_RELEASE) --generate-completion-script bash > $(DESTDIR)$(PREFIX)/share/bash-completion/completions/trenazher
	$(BIN_RELEASE) --generate-completion-script zsh > $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_trenazher
	@echo "trenazher: встановлено в $(DESTDIR)$(PREFIX) (installed); далі / next: docs/deployment.md"

## uninstall: remove the binary, the man page and the completions (the content versions in
## PREFIX/share/trenazher are kept: old attempts replay against them)
uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/trenazher $(DESTDIR)$(PREFIX)/share/man/man1/trenazher.1 \
	  $(DESTDIR)$(PREFIX)/share/bash-completion/completions/trenazher $(DESTDIR)$(PREFIX)/share/zsh/site-functions/_trenazher

## test: unit tests, end-to-end tests and every scenario's example transcripts
test: deps deps-test
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	$(BIN_DEBUG) scenarios check Scenarios
	$(BIN_DEBUG) scenarios test Scenarios
	@py=python3; $$py -c 'import jsonschema' 2>/dev/null || py=/usr/bin/python3; $$py scripts/check-badge-schema.py --self-test

## check-scenarios: validate every scenario file
check-scenarios: build
	$(BIN_DEBUG) scenarios check Scenarios

## bench: performance benchmarks on a release build
bench: deps deps-test
	$(SWIFT) build -c release --product trenazher
	$(SWIFT) build -c release --product trenazher-bench
	$(SWIFT) build -c release --product trenazher-hello
	stdbuf -oL .build/release/trenazher-bench  # one line at a time, also into a file: each figure shows as it is taken

## fuzz: 10,000 newly generated inputs of each kind (transcripts, scenario files, Content files) against the release
## binary: crashes, hangs and refusals that are not one line per problem (scripts/fuzz-release.py; FUZZ_ARGS=--count 500
## for a shorter run). Long: not part of make test.
fuzz: deps
	$(SWIFT) build -c release --product trenazher
	python3 scripts/fuzz-release.py $(FUZZ_ARGS)

clean:
	rm -rf .build
