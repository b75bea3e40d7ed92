#!/usr/bin/env bash
# tests/embed/run.sh --lib LIBRARY.a [--install] [-v]: the embedding API
# tests. Every tests/embed/NAME.c is a host program built against LIBRARY
# (with include/minphp.h) and run in tests/embed/; it must exit 0 and print
# exactly NAME.expect on stdout (trailing whitespace ignored), and
# NAME.stderr on stderr when that file exists. The examples in
# examples/embed/ are built and run the same way (expectations in
# tests/embed/examples/). With --install, `make install` into a temporary
# prefix, then every example is built from the installed copy through
# pkg-config (PKG_CONFIG_PATH) and run.
# Extra compiler/linker flags (sanitizers) come from $MP_EMBED_CFLAGS.
# Prints "FAIL name" per failure, then one line "N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
lib="" install=0 verbose=0
while [ $# -gt 0 ]; do
    case "$1" in
        --lib) lib=$2; shift 2 ;;
        --install) install=1; shift ;;
        -v) verbose=1; shift ;;
        *) echo "usage: tests/embed/run.sh --lib LIBRARY.a [--install] [-v]" >&2; exit 2 ;;
    esac
done
[ -n "$lib" ] || { echo "tests/embed/run.sh: --lib is required" >&2; exit 2; }
case "$lib" in /*) ;; *) lib=$root/$lib ;; esac
[ -f "$lib" ] || { echo "tests/embed/run.sh: no library $lib" >&2; exit 2; }
CC=${CC:-cc}
read -r -a EXTRA <<<"${MP_EMBED_CFLAGS:-}"
LIBS=$(pkg-config --libs bdw-gc libpcre2-8 2>/dev/null || echo "-lgc -lpcre2-8")
read -r -a LIBS <<<"$LIBS -lcrypt -lpthread -lm"
T=$(mktemp -d) || exit 2
trap 'rm -rf "$T"' EXIT
pass=0 fail=0

ok() { pass=$((pass + 1)); [ $verbose = 1 ] && echo "ok $1"; return 0; }
bad() { fail=$((fail + 1)); echo "FAIL $1"; [ -n "${2:-}" ] && printf '%s\n' "$2" | head -n 40; return 0; }
trim() { perl -0pe 's/\r\n/\n/g; s/\s+\z//' "$1"; }

# check NAME EXE EXPECT [STDERR_EXPECT]: run EXE in tests/embed, compare.
check() {
    local name=$1 exe=$2 want=$3 werr=${4:-}
    (cd "$here" && timeout -k 2 120 "$exe" >"$T/out" 2>"$T/err")
    local rc=$?
    if [ $rc -ne 0 ]; then bad "$name" "exit status $rc; stderr:
$(head -c 3000 "$T/err")"; return; fi
    if [ "$(trim "$T/out")" != "$(trim "$want")" ]; then
        bad "$name" "$(diff <(trim "$want") <(trim "$T/out") | head -n 40)"; return
    fi
    if [ -n "$werr" ] && [ -f "$werr" ] && [ "$(trim "$T/err")" != "$(trim "$werr")" ]; then
        bad "$name (stderr)" "$(diff <(trim "$werr") <(trim "$T/err") | head -n 40)"; return
    fi
    ok "$name"
}

# build NAME SRC: compile SRC against the library into $T/NAME.
build() {
    local name=$1 src=$2
    if ! "$CC" -std=gnu11 -O1 -g -Wall -Wextra -Werror "${EXTRA[@]}" -I"$root/include" \
            -o "$T/$name" "$src" "$lib" "${LIBS[@]}" 2>"$T/cc.err"; then
        bad "$name (build)" "$(head -n 30 "$T/cc.err")"; return 1
    fi
}

for src in "$here"/*.c; do
    name=embed/$(basename "$src" .c)
    build "$(basename "$src" .c)" "$src" || continue
    check "$name" "$T/$(basename "$src" .c)" "${src%.c}.expect" "${src%.c}.stderr"
done
for src in "$root"/examples/embed/*.c; do
    base=$(basename "$src" .c)
    build "example-$base" "$src" || continue
    check "examples/embed/$base" "$T/example-$base" "$here/examples/$base.expect" "$here/examples/$base.stderr"
done

# The header alone: strict C99, and C++ (extern "C") when a compiler is there.
if printf '#include <minphp.h>\nint main(void) { return MP_OK; }\n' | \
        "$CC" -std=c99 -pedantic -Wall -Wextra -Werror -fsyntax-only -I"$root/include" -x c - 2>"$T/cc.err"; then
    ok "minphp.h as C99"
else
    bad "minphp.h as C99" "$(head -n 20 "$T/cc.err")"
fi
if command -v c++ >/dev/null 2>&1; then
    if printf '#include <minphp.h>\nint main() { mp_vm *vm = mp_vm_new(nullptr); mp_vm_free(vm); return MP_OK; }\n' | \
            c++ -Wall -Wextra -Werror -I"$root/include" -x c++ -o "$T/cxx" - -x none "$lib" "${LIBS[@]}" "${EXTRA[@]}" 2>"$T/cc.err"; then
        ok "minphp.h as C++"
    else
        bad "minphp.h as C++" "$(head -n 20 "$T/cc.err")"
    fi
fi

if [ $install = 1 ]; then
    P=$T/prefix
    if ! make -s --no-print-directory -C "$root" install PREFIX="$P" >"$T/install.log" 2>&1; then
        bad "make install" "$(tail -n 20 "$T/install.log")"
    else
        missing=""
        for f in bin/minphp lib/libminphp.a include/minphp.h lib/pkgconfig/minphp.pc; do
            [ -f "$P/$f" ] || missing="$missing $f"
        done
        if [ -n "$missing" ]; then bad "make install" "not installed:$missing"; else ok "make install"; fi
        if [ "$("$P/bin/minphp" -r 'echo 6 * 7;')" = 42 ]; then ok "installed minphp"; else bad "installed minphp"; fi
        for src in "$root"/examples/embed/*.c; do
            base=$(basename "$src" .c)
            # shellcheck disable=SC2046
            if ! (cd "$T" && PKG_CONFIG_PATH="$P/lib/pkgconfig" "$CC" -Wall -Werror -o "pc-$base" "$src" \
                    $(PKG_CONFIG_PATH="$P/lib/pkgconfig" pkg-config --cflags --libs minphp)) >"$T/cc.err" 2>&1; then
                bad "pkg-config build of examples/embed/$base" "$(head -n 20 "$T/cc.err")"; continue
            fi
            check "pkg-config examples/embed/$base" "$T/pc-$base" "$here/examples/$base.expect" "$here/examples/$base.stderr"
        done
    fi
fi
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
