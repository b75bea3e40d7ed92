#!/usr/bin/env bash
# diff.sh - run gen_diff.php's random calls under php and minphp and compare.
#   tests/strings/diff.sh [SEED] [N] [FILTER]
# Prints the calls whose output differs (at most 20) and a summary; exit
# status 0 when all outputs are identical. MINPHP=path runs another build
# (e.g. build/asan/minphp-asan). php needs the ctype and mbstring
# extensions (loaded with -d extension=...; Debian: php8.2-mbstring).
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
php -n "$here/gen_diff.php" "$tmp/c" "${1:-1}" "${2:-400}" "${3:-}" || exit 2
bad=0; total=0
for f in "$tmp"/c/*.php; do
    total=$((total + 1))
    timeout 10 php -n -d extension=ctype -d extension=mbstring "$f" > "$tmp/ref" 2>&1
    timeout 10 ${MINPHP:-"$root/minphp"} "$f" > "$tmp/out" 2>&1
    if ! cmp -s "$tmp/ref" "$tmp/out"; then
        bad=$((bad + 1))
        if [ $bad -le 20 ]; then
            echo "=== $(sed -n 2p "$f")"
            diff -a "$tmp/ref" "$tmp/out" | head -n 12
        fi
    fi
done
echo "$bad of $total calls differ"
[ $bad -eq 0 ]
