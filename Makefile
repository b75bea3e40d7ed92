# minphp - a small PHP 8.2 interpreter.  `make` builds build/libminphp.a and
# ./minphp; `make test` builds and runs every test.  Generated files (lexer,
# parser) and objects live in build/, never in git.

# ---- settings -------------------------------------------------------------
CC       ?= gcc
OPT      ?= -O2
BUILD    ?= build
CFLAGS   += -std=gnu11 $(OPT) -g -Wall -Wextra -Wno-missing-field-initializers -fno-strict-aliasing \
            -MMD -MP -DGC_THREADS -I. -I$(BUILD) $(shell pkg-config --cflags bdw-gc 2>/dev/null) \
            $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
LDLIBS   += $(shell pkg-config --libs bdw-gc 2>/dev/null || echo -lgc) \
            $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8) -lcrypt -lpthread -lm
RE2C     ?= re2c
BISON    ?= bison
PHP      ?= php
PREFIX   ?= /usr/local
DEBIAN_PACKAGES := re2c bison libgc-dev libpcre2-dev pkg-config

# ---- sources, by pipeline stage ---------------------------------------------
FRONT    := $(BUILD)/lexer.c $(BUILD)/parser.c vm/ast.c
VM       := vm/compile.c vm/exec.c vm/except.c vm/scope.c vm/class.c vm/object.c vm/classlib.c vm/generator.c vm/ops.c vm/types.c vm/error.c vm/api.c vm/dump.c vm/vmbuiltins.c vm/objbuiltins.c vm/spl.c vm/datetime.c vm/output.c vm/resource.c vm/memlimit.c vm/request.c vm/copy.c vm/task.c vm/embed.c
RUNTIME  := runtime/gc.c runtime/str.c runtime/array.c runtime/conv.c
BUILTINS := $(sort $(wildcard builtins/*.c))
LIB_SRC  := $(FRONT) $(VM) $(RUNTIME) $(BUILTINS)
LIB_OBJ  := $(patsubst %.c,$(BUILD)/%.o,$(patsubst $(BUILD)/%,%,$(LIB_SRC)))

# ---- targets ----------------------------------------------------------------
.PHONY: all example examples test test-ref bench asan tsan check clean install deps fuzz soak
all: minphp

example: minphp
	./minphp examples/hello.php

minphp: $(BUILD)/main.o $(BUILD)/libminphp.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(BUILD)/libminphp.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $^

# Generated front end (grouped target: bison writes both files at once).
$(BUILD)/parser.c $(BUILD)/parser.h &: parser.y | $(BUILD)/.deps
	$(BISON) -Wall -o $(BUILD)/parser.c --header=$(BUILD)/parser.h parser.y
$(BUILD)/lexer.c: lexer.re | $(BUILD)/.deps
	$(RE2C) -W -o $@ lexer.re

# Every object waits for parser.h (order-only), so a clean build works.
$(BUILD)/%.o: $(BUILD)/%.c | $(BUILD)/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<
$(BUILD)/%.o: %.c | $(BUILD)/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -c -o $@ $<

# Build dependencies: installed with apt-get when we are root, else explained.
deps: $(BUILD)/.deps
$(BUILD)/.deps:
	@mkdir -p $(BUILD)
	@missing=""; \
	for p in $(DEBIAN_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "installing:$$missing"; \
	    (apt-get install -y $$missing || (apt-get update && apt-get install -y $$missing)) >/dev/null; \
	  else \
	    echo "missing build dependencies; run:"; echo "  sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	fi
	@touch $@

# The .phpt suite, the CLI checks, the request driver and the embedding
# tests (C hosts built against the library, plus `make install` into a
# temporary prefix).
test: minphp $(BUILD)/request-driver
	@REQUEST_DRIVER=$(BUILD)/request-driver tests/all.sh --bin ./minphp --known tests/known-failures.txt \
	        --lib $(BUILD)/libminphp.a --install

# mp_request_run driven from C (router, request environment, response): tests/pagelet/requests.sh
$(BUILD)/request-driver: tests/pagelet/driver.c $(BUILD)/libminphp.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

# The expectations themselves, checked against php 8.2 (php -n).
test-ref:
	@command -v $(PHP) >/dev/null || { [ "$$(id -u)" = 0 ] && apt-get install -y php8.2-cli >/dev/null; } \
	  || { echo "php is missing; run: sudo apt-get install -y php8.2-cli"; exit 1; }
	@$(PHP) -n -d extension=mbstring -r 'exit(function_exists("mb_strlen") ? 0 : 1);' 2>/dev/null \
	  || { [ "$$(id -u)" = 0 ] && apt-get install -y php8.2-mbstring >/dev/null; } \
	  || { echo "tests/strings needs php's mbstring; run: sudo apt-get install -y php8.2-mbstring"; exit 1; }
	@$(PHP) -n -d extension=mbstring .ci/check-defaults.php
	@tests/all.sh --bin "$(PHP) -n"

bench: minphp
	@bench/run.sh --minphp ./minphp; st=$$?; bench/tasks.sh --minphp ./minphp; exit $$st

# The whole suite under AddressSanitizer + UndefinedBehaviorSanitizer.
asan:
	$(MAKE) BUILD=build/asan OPT="-O1 -fsanitize=address,undefined -fno-omit-frame-pointer" \
	        LDFLAGS="-fsanitize=address,undefined" build/asan/minphp-asan build/asan/request-driver
	ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 TEST_TIMEOUT=120 \
	MP_EMBED_CFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer" \
	        REQUEST_DRIVER=build/asan/request-driver tests/all.sh --bin build/asan/minphp-asan --known tests/known-failures.txt \
	        --lib build/asan/libminphp.a
$(BUILD)/minphp-asan: $(BUILD)/main.o $(BUILD)/libminphp.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

# libFuzzer targets (fuzz/*.c) built with clang + ASan/UBSan, each run for
# FUZZ_SECONDS on a corpus seeded from the tests; crashes land in build/fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_TARGETS ?= frontend run
fuzz:
	$(MAKE) CC=clang BUILD=build/fuzz OPT="-O1 -g -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer" build/fuzz/libminphp.a
	@fuzz/corpus.sh build/fuzz/seeds
	@for t in $(FUZZ_TARGETS); do \
	  clang -std=gnu11 -O1 -g -fsanitize=fuzzer,address,undefined -I. -Ibuild/fuzz -DGC_THREADS -o build/fuzz/$$t fuzz/$$t.c build/fuzz/libminphp.a $(LDLIBS) || exit 1; \
	  mkdir -p build/fuzz/corpus-$$t; \
	  echo "fuzzing $$t for $(FUZZ_SECONDS) s"; \
	  ASAN_OPTIONS=detect_leaks=0 build/fuzz/$$t -max_total_time=$(FUZZ_SECONDS) -timeout=10 -rss_limit_mb=4096 \
	    -artifact_prefix=build/fuzz/$$t- build/fuzz/corpus-$$t build/fuzz/seeds 2>&1 | tail -5 || exit 1; \
	done

# The thread tests under ThreadSanitizer. Boehm's stop-the-world signals
# defeat TSan, so the collector is off (GC_DONT_GC=1, see ../shared/notes).
tsan:
	$(MAKE) BUILD=build/tsan OPT="-O1 -fsanitize=thread -fno-omit-frame-pointer" \
	        LDFLAGS="-fsanitize=thread" build/tsan/minphp-tsan
	GC_DONT_GC=1 TSAN_OPTIONS="halt_on_error=1 exitcode=66" \
	        tests/run.sh --bin build/tsan/minphp-tsan --timeout 60 tests/tasks tests/pagelet
$(BUILD)/minphp-tsan: $(BUILD)/main.o $(BUILD)/libminphp.a
	$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

# Mixed pagelet/xbox load for SOAK_SECONDS, reporting tasks, errors and
# resident memory (not part of make test).
SOAK_SECONDS ?= 60
soak: minphp
	./minphp -d pagelet_server.document_root=tests/soak tests/soak/soak.php $(SOAK_SECONDS)

# No writable globals in the library; every exported symbol starts with mp_.
check: $(BUILD)/libminphp.a
	@.ci/check.sh $(BUILD)/libminphp.a
	@$(CC) $(CFLAGS) -o $(BUILD)/check_tables .ci/check_tables.c $(BUILD)/libminphp.a $(LDLIBS) && $(BUILD)/check_tables

clean:
	rm -rf build minphp

# The command, the library, its header and a pkg-config file, so that a host
# builds with `cc host.c $(pkg-config --cflags --libs minphp)`.
install: minphp $(BUILD)/libminphp.a
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include
	install -m 755 minphp $(DESTDIR)$(PREFIX)/bin/minphp
	install -m 644 $(BUILD)/libminphp.a $(DESTDIR)$(PREFIX)/lib/libminphp.a
	install -m 644 include/minphp.h $(DESTDIR)$(PREFIX)/include/minphp.h
	sed -e 's|@PREFIX@|$(PREFIX)|' \
	    -e "s|@VERSION@|$$(sed -n 's/^#define MINPHP_VERSION "\(.*\)"/\1/p' include/minphp.h)|" \
	    minphp.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/minphp.pc

# The embedding examples (examples/embed/*.c), built against this tree's library.
EXAMPLES := $(patsubst examples/embed/%.c,$(BUILD)/examples/%,$(wildcard examples/embed/*.c))
examples: $(EXAMPLES)
$(BUILD)/examples/%: examples/embed/%.c $(BUILD)/libminphp.a include/minphp.h
	@mkdir -p $(dir $@)
	$(CC) -std=gnu11 $(OPT) -g -Wall -Wextra -Iinclude -o $@ $< $(BUILD)/libminphp.a $(LDFLAGS) $(LDLIBS)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
