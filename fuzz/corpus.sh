#!/bin/sh
# fuzz/corpus.sh OUTDIR -- seed corpus: the --FILE-- section of every test.
out=$1
mkdir -p "$out"
for t in $(find tests -name '*.phpt'); do
    awk '/^--FILE--$/{f=1; next} /^--[A-Z_]+--$/{f=0} f' "$t" > "$out/$(echo "$t" | tr '/' '_').php"
done
