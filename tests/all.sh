#!/usr/bin/env bash
# tests/all.sh [--bin CMD] [--known FILE] [--lib LIBRARY.a [--install]]: the
# whole suite (golden .phpt tests, then the CLI checks, then with --lib the
# embedding tests of tests/embed/) ending with one combined "N passed, M failed".
set -u
here=$(cd "$(dirname "$0")" && pwd)
bin=./minphp known="" lib="" install=""
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin=$2; shift 2 ;;
        --known) known=$2; shift 2 ;;
        --lib) lib=$2; shift 2 ;;
        --install) install=--install; shift ;;
        *) echo "usage: tests/all.sh [--bin CMD] [--known FILE] [--lib LIBRARY.a [--install]]" >&2; exit 2 ;;
    esac
done
total_pass=0 total_fail=0
run() {
    local out last
    out=$("$@" 2>&1); printf '%s\n' "$out" | sed '$d'
    last=$(printf '%s\n' "$out" | tail -n 1)
    if [[ $last =~ ^([0-9]+)\ passed,\ ([0-9]+)\ failed$ ]]; then
        total_pass=$((total_pass + BASH_REMATCH[1])); total_fail=$((total_fail + BASH_REMATCH[2]))
    else
        printf '%s\n' "$last"; total_fail=$((total_fail + 1))
    fi
}
if [ -n "$known" ]; then run "$here/run.sh" --bin "$bin" --known "$known"; else run "$here/run.sh" --bin "$bin"; fi
run "$here/cli.sh" --bin "$bin"
# the request side of the pagelet server, driven from C (make test builds the driver)
if [ -n "${REQUEST_DRIVER:-}" ]; then run "$here/pagelet/requests.sh" "$REQUEST_DRIVER"; fi
if [ -n "$lib" ]; then run "$here/embed/run.sh" --lib "$lib" $install; fi
echo "$total_pass passed, $total_fail failed"
[ "$total_fail" -eq 0 ]
