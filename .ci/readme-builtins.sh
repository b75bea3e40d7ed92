#!/bin/sh
# .ci/readme-builtins.sh [MINPHP] -- print the README's builtin-function
# lists: every function minphp has, and the functions of php's core
# extensions (php -n) it does not have yet. Paste the output into README.md.
bin=${1:-./minphp}
have=$(mktemp); trap 'rm -f "$have"' EXIT
$bin -r '$f = get_defined_functions()["internal"]; sort($f); echo implode("\n", $f), "\n";' > "$have"
echo "minphp has these $(wc -l < "$have") functions:"
echo
tr '\n' ' ' < "$have" | sed 's/ $//; s/ /, /g' | fold -s -w 76 | sed 's/ *$//'
echo
echo
echo "Functions of php -n's core extensions that minphp does not have yet:"
echo
for ext in Core standard date pcre json hash random SPL ctype mbstring; do
    missing=$(php -n -d extension=mbstring -d extension=ctype -r '
        $f = get_extension_funcs($argv[1]) ?: []; sort($f);
        $have = array_flip(file($argv[2], FILE_IGNORE_NEW_LINES));
        echo implode(", ", array_filter($f, fn($n) => !isset($have[$n])));' "$ext" "$have" 2>/dev/null)
    [ -n "$missing" ] && printf -- '- %s: %s\n' "$ext" "$missing" | fold -s -w 76 | sed '2,$s/^/  /; s/ *$//'
done
exit 0
