#!/usr/bin/env bash
# minphp command-line checks that .phpt files cannot express: exit statuses,
# hostile source files generated on the fly (deep nesting, 1 MB lines, NULs),
# -r CODE, -l FILE, script from stdin, -d display_errors=stderr, $argv/$argc,
# "Could not open input file".
#
# Usage: tests/cli.sh [--bin "CMD"] [-v]
#   --bin "CMD"  interpreter (default ./minphp at the repo root); must pass
#                with --bin "php -n".
#   -v           print "ok name" for passing checks too.
# Prints "FAIL name" with details per failing check, then exactly one final
# line "N passed, M failed".  Exit status 0 iff nothing failed.

set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
bin="./minphp"
verbose=0
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) bin=$2; shift 2 ;;
        --bin=*) bin=${1#--bin=}; shift ;;
        -v) verbose=1; shift ;;
        -h|--help) sed -n '2,/^$/{s/^# \{0,1\}//;p}' "$0"; exit 0 ;;
        *) echo "cli.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
cd "$root" || exit 2
read -r -a B <<<"$bin"
if [ ${#B[@]} -eq 0 ] || ! command -v "${B[0]}" >/dev/null 2>&1; then
    echo "cli.sh: interpreter not found: '$bin'" >&2; exit 2
fi
# Make a relative interpreter path (./minphp) usable after cd into the temp dir.
case "${B[0]}" in */*) B[0]=$(cd "$(dirname "${B[0]}")" && pwd)/$(basename "${B[0]}") ;; esac

T=$(mktemp -d) || exit 2
T=$(cd "$T" && pwd -P)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0

# run [--stdin FILE] ARGS... : runs the interpreter in $T with a 10 s timeout;
# sets $out, $err (trailing whitespace trimmed, \r\n -> \n) and $rc.
run() {
    local in=/dev/null
    if [ "$1" = "--stdin" ]; then in=$2; shift 2; fi
    (cd "$T" && timeout -k 2 10 "${B[@]}" "$@" <"$in" >"$T/.out" 2>"$T/.err")
    rc=$?
    out=$(tr -d '\r' <"$T/.out"); err=$(tr -d '\r' <"$T/.err")
    out=$(printf '%s' "$out" | perl -0pe 's/\s+\z//'); err=$(printf '%s' "$err" | perl -0pe 's/\s+\z//')
}

# check NAME WANT_RC WANT_STDOUT [WANT_STDERR]
#   WANT_STDOUT / WANT_STDERR: exact text (trailing whitespace ignored), or
#   "~PERLREGEX" (matched against the whole text, /s), or "*" for "anything".
#   WANT_STDERR defaults to "*".
match() {
    local want=$1 got=$2
    [ "$want" = "*" ] && return 0
    if [ "${want:0:1}" = "~" ]; then
        WANT=${want:1} perl -0e 'my $g = do { local $/; <STDIN> }; exit($g =~ /\A(?:$ENV{WANT})\z/s ? 0 : 1)' <<<"$got"
        return $?
    fi
    [ "$want" = "$got" ]
}
check() {
    local name=$1 wrc=$2 wout=$3 werr=${4-*} bad=""
    [ "$rc" = "$wrc" ] || bad="exit status $rc, expected $wrc"
    match "$wout" "$out" || bad="${bad:+$bad; }stdout differs"
    match "$werr" "$err" || bad="${bad:+$bad; }stderr differs"
    if [ -z "$bad" ]; then
        pass=$((pass + 1)); [ $verbose -eq 1 ] && echo "ok $name"
    else
        fail=$((fail + 1))
        echo "FAIL $name: $bad"
        echo "  expected stdout: $(printf '%s' "$wout" | head -c 600 | sed '2,$s/^/  | /')"
        echo "  actual stdout:   $(printf '%s' "$out" | head -c 600 | sed '2,$s/^/  | /')"
        [ "$werr" != "*" ] && echo "  expected stderr: $werr"
        [ -n "$err" ] && echo "  actual stderr:   $(printf '%s' "$err" | head -c 600 | sed '2,$s/^/  | /')"
    fi
}

w() { printf '%s' "$2" > "$T/$1"; }

# ---- exit statuses --------------------------------------------------------
w ok.php $'<?php\necho "hello\\n";\n'
run ok.php;                      check "normal script exits 0, stderr empty" 0 "hello" ""
w exit3.php $'<?php\necho "a";\nexit(3);\necho "b";\n'
run exit3.php;                   check "exit(3) exits with status 3" 3 "a" ""
w exit0.php $'<?php\nexit(0);\n'
run exit0.php;                   check "exit(0) exits 0" 0 ""
w exitstr.php $'<?php\nexit("bye");\n'
run exitstr.php;                 check "exit(\"bye\") prints and exits 0" 0 "bye"
w exit256.php $'<?php\nexit(256);\n'
run exit256.php;                 check "exit(256) exit status wraps to 0" 0 ""
w exitneg.php $'<?php\nexit(-1);\n'
run exitneg.php;                 check "exit(-1) exit status is 255" 255 ""
w exitfn.php $'<?php\nfunction f() { exit(7); }\nf();\necho "no";\n'
run exitfn.php;                  check "exit(7) inside a function exits 7" 7 ""
w die.php $'<?php\ndie(4);\n'
run die.php;                     check "die(4) exits 4" 4 ""
w warn.php $'<?php\necho $undef;\necho "after\\n";\n'
run warn.php;                    check "warning keeps exit 0, diagnostics on stdout" 0 $'\nWarning: Undefined variable $undef in '"$T"$'/warn.php on line 2\nafter' ""
w uncaught.php $'<?php\necho "x\\n";\nundefined_fn();\n'
run uncaught.php;                check "uncaught Error exits 255" 255 $'x\n\nFatal error: Uncaught Error: Call to undefined function undefined_fn() in '"$T"$'/uncaught.php:3\nStack trace:\n#0 {main}\n  thrown in '"$T"$'/uncaught.php on line 3'
w divzero.php $'<?php\necho 1 % 0;\n'
run divzero.php;                 check "uncaught DivisionByZeroError exits 255" 255 "~.*Fatal error: Uncaught DivisionByZeroError: Modulo by zero in .*"
w redecl.php $'<?php\necho "not run";\nfunction f() {}\nfunction f() {}\n'
run redecl.php;                  check "compile-time fatal error exits 255 without running" 255 $'\nFatal error: Cannot redeclare f() (previously declared in '"$T"$'/redecl.php:3) in '"$T"$'/redecl.php on line 4'
w parse.php $'<?php\necho "not run";\n$a = (1;\n'
run parse.php;                   check "parse error exits 255" 255 $'\nParse error: syntax error, unexpected token ";" in '"$T"$'/parse.php on line 3'
w typeerr.php $'<?php\nfunction f(int $x) {}\nf("abc");\n'
run typeerr.php;                 check "uncaught TypeError exits 255" 255 "~\\nFatal error: Uncaught TypeError: f\\(\\): Argument #1 .*"
run nope.php;                    check "missing script: Could not open input file, exit 1" 1 "Could not open input file: nope.php"

# ---- -r CODE ----------------------------------------------------------------
run -r 'echo 1 + 2, "\n";';      check "-r runs code without <?php" 0 "3"
run -r 'exit(5);';               check "-r exit(5) exits 5" 5 ""
run -r 'echo 1';                 check "-r parse error (missing ;) exits 255" 255 $'\nParse error: syntax error, unexpected end of file, expecting "," or ";" in Command line code on line 1'
run -r 'echo $u;';               check "-r warnings name 'Command line code'" 0 $'\nWarning: Undefined variable $u in Command line code on line 1'
run -r 'undefined_fn();';        check "-r uncaught error location" 255 $'\nFatal error: Uncaught Error: Call to undefined function undefined_fn() in Command line code:1\nStack trace:\n#0 {main}\n  thrown in Command line code on line 1'
run -r 'var_dump($argc, $argv);' a 'b c'
check "-r gets \$argv with 'Standard input code' as argv[0]" 0 $'int(3)\narray(3) {\n  [0]=>\n  string(19) "Standard input code"\n  [1]=>\n  string(1) "a"\n  [2]=>\n  string(3) "b c"\n}'
run -r 'echo $argc, $argv[1];' -- -x
check "-r CODE -- -x passes -x to the script" 0 "2-x"
run -r 'var_dump(__FILE__, __LINE__);'
check "-r __FILE__ is 'Command line code'" 0 $'string(17) "Command line code"\nint(1)'

# ---- exceptions and error handlers --------------------------------------------
w exh.php $'<?php\nset_exception_handler(function ($e) { echo "handled"; });\nintdiv(1, 0);\n'
run exh.php;                     check "exception handled by set_exception_handler exits 0" 0 "handled"
run -r 'set_exception_handler(function ($e) { echo "handled"; }); 1 % 0;'
check "-r: uncaught exceptions skip the exception handler (as php-cli)" 255 "~\nFatal error: Uncaught DivisionByZeroError: Modulo by zero.*"
w exh2.php $'<?php\nset_exception_handler(function ($e) { intdiv(1, 0); });\n1 % 0;\n'
run exh2.php;                    check "exception thrown by the exception handler exits 255" 255 "~\nFatal error: Uncaught DivisionByZeroError: Division by zero.*"
w exh3.php $'<?php\nset_exception_handler(function ($e) { exit(6); });\n1 % 0;\n'
run exh3.php;                    check "exit() in the exception handler sets the status" 6 ""
run -r 'try { echo "a"; exit(4); } finally { echo "no"; }'
check "exit() in try skips finally" 4 "a"
run -r 'try { 1 % 0; } finally { echo "f"; }'
check "uncaught after finally exits 255" 255 "~f\nFatal error: Uncaught DivisionByZeroError.*"
run -r 'trigger_error("stop", E_USER_ERROR); echo "no";'
check "E_USER_ERROR exits 255" 255 $'\nFatal error: stop in Command line code on line 1'
run -r 'set_error_handler(fn() => true); trigger_error("x", E_USER_ERROR); echo "on";'
check "E_USER_ERROR taken by a handler continues, exit 0" 0 "on"

# ---- -l FILE (lint) ---------------------------------------------------------
run -l ok.php;                   check "-l on a valid file" 0 "No syntax errors detected in ok.php"
w bad.php $'<?php\necho "x";\n$a = (1;\n'
run -l bad.php;                  check "-l on a file with a parse error" 255 $'\nParse error: syntax error, unexpected token ";" in bad.php on line 3\nErrors parsing bad.php'
run -l uncaught.php;             check "-l does not execute the file" 0 "No syntax errors detected in uncaught.php"
run -l nope.php;                 check "-l on a missing file" 1 "Could not open input file: nope.php"

# ---- script from stdin ----------------------------------------------------
w stdin.txt $'<?php\necho "from stdin ", __FILE__, "\\n";\n'
run --stdin "$T/stdin.txt";      check "script read from stdin when no file is given" 0 "from stdin Standard input code"
w stdin2.txt $'before <?php echo 6 * 7; ?> after\n'
run --stdin "$T/stdin2.txt";     check "stdin script starts in HTML mode" 0 "before 42 after"
w stdin3.txt $'<?php\nexit(9);\n'
run --stdin "$T/stdin3.txt";     check "stdin script exit status" 9 ""
w stdin4.txt $'<?php\nvar_dump($argc, $argv[0], $argv[2]);\n'
run --stdin "$T/stdin4.txt" -- a b
check "stdin script with -- ARGS gets \$argv" 0 $'int(3)\nstring(19) "Standard input code"\nstring(1) "b"'

# ---- -d options -------------------------------------------------------------
w warn2.php $'<?php\necho $x;\necho "out\\n";\n'
run -d display_errors=stderr warn2.php
check "-d display_errors=stderr sends warnings to stderr" 0 "out" "Warning: Undefined variable \$x in $T/warn2.php on line 2"
run -d display_errors=stderr uncaught.php
check "-d display_errors=stderr sends fatal errors to stderr" 255 "x" $'Fatal error: Uncaught Error: Call to undefined function undefined_fn() in '"$T"$'/uncaught.php:3\nStack trace:\n#0 {main}\n  thrown in '"$T"$'/uncaught.php on line 3'
run -d display_errors=0 uncaught.php
check "-d display_errors=0 hides the fatal error but keeps status 255" 255 "x" ""
run -d error_reporting=0 warn2.php
check "-d error_reporting=0 hides warnings" 0 "out" ""
run -d error_reporting=32767 -d display_errors=1 warn2.php
check "multiple -d options" 0 $'\nWarning: Undefined variable $x in '"$T"$'/warn2.php on line 2\nout'

# ---- $argv / $argc with a script file ------------------------------------
w args.php $'<?php\nvar_dump($argc);\nforeach ($argv as $i => $a) echo "$i:[$a]\\n";\n'
run args.php one 'two words' '' -x --flag
check "\$argc/\$argv with a script: argv[0] is the path as given" 0 $'int(6)\n0:[args.php]\n1:[one]\n2:[two words]\n3:[]\n4:[-x]\n5:[--flag]'
run ./args.php
check "argv[0] keeps ./ prefix" 0 $'int(1)\n0:[./args.php]'
w file.php $'<?php\necho __FILE__, "\\n", __DIR__, "\\n";\n'
run file.php
check "__FILE__/__DIR__ are absolute even for a relative script path" 0 "$T/file.php"$'\n'"$T"
w incl.php $'<?php\n$r = include "inc_target.inc";\nvar_dump($r);\n'
w inc_target.inc $'<?php\nreturn "included from cwd";\n'
run incl.php
check "include relative to cwd" 0 'string(17) "included from cwd"'

# ---- hostile source: a clear error or the right result, never a crash -----
# (inputs generated here: a 1 MB line, 100,000 nested parentheses...)
gen() { perl -e "$2" > "$T/$1"; }
gen deep_parens.php 'print "<?php\n\$x = " . ("(" x 100000) . "1" . (")" x 100000) . ";\necho \$x;\n"'
run deep_parens.php;   check "100,000 nested parentheses: parse error, no crash" 255 "~\s*Parse error: memory exhausted in .*deep_parens.php on line 2\s*"
gen deep_arrays.php 'print "<?php\n\$x = " . ("[" x 100000) . "1" . ("]" x 100000) . ";\n"'
run deep_arrays.php;   check "100,000 nested arrays: parse error, no crash" 255 "~\s*Parse error: memory exhausted in .*deep_arrays.php on line 2\s*"
gen deep_blocks.php 'print "<?php\n" . ("if (1) { " x 50000) . "echo 1;" . (" }" x 50000) . "\n"'
run deep_blocks.php;   check "50,000 nested blocks: parse error, no crash" 255 "~\s*Parse error: memory exhausted in .*deep_blocks.php on line 2\s*"
gen long_line.php 'print "<?php\n\$s = \"" . ("a" x 1000000) . "\";\necho strlen(\$s);\n"'
run long_line.php;     check "a 1 MB line" 0 "1000000"
gen nul_bytes.php 'print "<?php\necho \"a\x00b\xff\xfe\" === \"a\\0b\\xff\\xfe\" ? \"same\" : \"differs\";\n\$x\x00 = 1;\n"'
run nul_bytes.php;     check "NUL byte in code: parse error" 255 "~\s*Parse error: syntax error, unexpected character 0x00 in .*nul_bytes.php on line 3\s*"
gen bad_utf8.php 'print "<?php\necho \"\xc3\x28\xa0\xa1\xf0\x28\x8c\xbc\", \"|\", strlen(\"\xe2\x82\");\n"'
run bad_utf8.php;      check "invalid UTF-8 in strings is just bytes" 0 "$(printf '\303(\240\241\360(\214\274|2')"
gen unterminated_str.php 'print "<?php\necho \"unterminated;\n"'
run unterminated_str.php; check "unterminated string" 255 "~\s*Parse error: syntax error, unexpected end of file.* on line 3\s*"
gen unterminated_comment.php 'print "<?php\n/* unterminated comment\necho 1;\n"'
run unterminated_comment.php; check "unterminated comment" 255 "~\s*Parse error: Unterminated comment starting line 2 in .* on line 2\s*"
gen unterminated_heredoc.php 'print "<?php\necho <<<EOT\nabc\n"'
run unterminated_heredoc.php; check "unterminated heredoc" 255 "~\s*Parse error: syntax error, unexpected end of file.* on line 4\s*"
gen huge_numbers.php 'print "<?php\nvar_dump(" . ("9" x 400) . ", 0x" . ("f" x 100) . ", 1e999, 0b" . ("1" x 100) . ");\n"'
run huge_numbers.php;  check "huge numeric literals become floats" 0 "$(printf 'float(INF)\nfloat(2.5822498780869086E+120)\nfloat(INF)\nfloat(1.2676506002282293E+30)')"
gen runaway.php 'print "<?php\nfunction f(\$n) { return f(\$n + 1); }\nf(1);\n"'
run runaway.php;       check "runaway recursion: fatal error, no segfault" 255 "~\s*Fatal error: Allowed memory size of 134217728 bytes exhausted.* on line 2\s*"
case "$bin" in
*php\ *|php) ;;   # php 8.2 segfaults on these (minphp must not)
*)
gen long_sum.php 'print "<?php\n\$x = 1" . (" + 1" x 100000) . ";\necho \$x;\n"'
run long_sum.php;      check "a 100,000-term expression" 0 "100001"
;;
esac
# minphp's pagelet/xbox options (php has no such settings: minphp only)
run -r 'echo function_exists("xbox_task_start") ? "yes" : "no";'
if [ "$out" = yes ]; then
    printf '; pools\n[xbox]\nxbox.thread_count = 3 ; three threads\nxbox.process_message_func = "handle"\n' >"$T/pools.ini"
    printf '<?php echo ini_get("xbox.thread_count"), " ", ini_get("xbox.process_message_func"), " ", ini_get("pagelet_server.queue_limit");\n' >"$T/ini.php"
    run -c pools.ini -v PageletServer.QueueLimit=7 ini.php
    check "-c FILE (comments, sections, quotes) and -v HHVM names" 0 "3 handle 7"
    run -vXbox.ServerInfo.ThreadCount=0 -r 'try { xbox_task_start(1); } catch (Exception $e) { echo $e->getMessage(); }'
    check "-vName=Value: Xbox.ServerInfo.ThreadCount=0 disables the xbox" 0 "Cannot create new Xbox task because the Xbox is not enabled"
    run -h
    check "-h lists the Pagelet Server and Xbox options" 0 "~.*\nPagelet Server.*pagelet_server\.thread_count.*\nXbox.*xbox\.max_queue_length.*"
    printf '<?php function xbox_process_message($m) { usleep(300000); echo "late\\n"; }\nxbox_task_start(1); echo "main ends\\n";\n' >"$T/abandon.php"
    run abandon.php
    check "the CLI exits when the main script ends, tasks still running" 0 "main ends"
    printf '<?php function xbox_process_message($m) { for ($i = 0; $i < 40000; $i++) echo "task $m line $i ", str_repeat("x", 20), "\\n"; return 1; }\n$a = xbox_task_start("A"); $b = xbox_task_start("B");\nfor ($i = 0; $i < 30000; $i++) echo "main line $i ", str_repeat("y", 20), "\\n";\nxbox_task_result($a, 0, $r); xbox_task_result($b, 0, $r);\n' >"$T/lines.php"
    run lines.php
    out=$(printf '%s\n' "$out" | grep -cvE '^(task [AB] line [0-9]+ x{20}|main line [0-9]+ y{20})$')   # lines cut by another thread
    check "output of tasks and the main thread never interleaves inside a line" 0 "0"
fi

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
