#!/usr/bin/env bash
# minphp golden-test runner for PHP .phpt files.
#
# Usage: tests/run.sh [--bin "CMD"] [-j N] [-v] [--timeout SECS] [tests or folders...]
#
#   --bin "CMD"    interpreter command (default: ./minphp at the repo root);
#                  `--bin "php -n"` runs the suite against the reference PHP.
#   -j N           number of tests run in parallel (default 2).
#   -v             also print "PASS name" lines.
#   --timeout S    per-test timeout in seconds (default 10; a timeout is a failure).
#   tests/folders  .phpt files or folders searched recursively (default: tests/).
#
# Supported sections: --TEST--, --FILE--, --EXPECT--, --EXPECTF--, --EXPECTREGEX--,
# --ARGS--, --STDIN--, --INI--, --SKIPIF--.  Like PHP's run-tests.php, the FILE
# section is written to <dir>/<name>.php next to the .phpt and run as
#     timeout 10 CMD -d name=value... /abs/path/<name>.php ARGS  <STDIN
# with the repo root as cwd.  Only stdout is compared (stderr is shown on failure).
# Both sides have \r\n turned into \n and trailing whitespace removed.  On
# failure <name>.php, <name>.out (actual stdout) and <name>.diff are kept.
# Include fixtures must not end in .php (use .inc): generated .php files are
# git-ignored and deleted.
#
# Output: a diff per failure, "SKIP name: reason" per skipped test, then
# "K skipped" (if K > 0) and finally exactly one line "N passed, M failed".
# Exit status: 0 iff no test failed (2 on usage errors).

set -u

usage() { sed -n '2,/^$/{s/^# \{0,1\}//;p}' "$0"; }

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

bin="./minphp"
jobs=2
verbose=0
tmo=${TEST_TIMEOUT:-10}
args=()
known=""
while [ $# -gt 0 ]; do
    case "$1" in
        --bin) [ $# -ge 2 ] || { echo "run.sh: --bin needs an argument" >&2; exit 2; }
               bin=$2; shift 2 ;;
        --bin=*) bin=${1#--bin=}; shift ;;
        -j) [ $# -ge 2 ] || { echo "run.sh: -j needs an argument" >&2; exit 2; }
            jobs=$2; shift 2 ;;
        -j*) jobs=${1#-j}; shift ;;
        --timeout) tmo=$2; shift 2 ;;
        --known) known=$2; shift 2 ;;
        -v) verbose=1; shift ;;
        -h|--help) usage; exit 0 ;;
        --) shift; args+=("$@"); break ;;
        -*) echo "run.sh: unknown option $1" >&2; usage >&2; exit 2 ;;
        *) args+=("$1"); shift ;;
    esac
done
case "$jobs" in ''|*[!0-9]*|0) echo "run.sh: -j needs a positive integer" >&2; exit 2 ;; esac

# Resolve test arguments (relative to the caller's cwd) to absolute paths.
targets=()
if [ ${#args[@]} -eq 0 ]; then
    targets=("$here")
else
    for a in "${args[@]}"; do
        if [ ! -e "$a" ]; then echo "run.sh: no such test or folder: $a" >&2; exit 2; fi
        targets+=("$(cd "$(dirname "$a")" && pwd)/$(basename "$a")")
    done
fi

# A relative interpreter path (e.g. build/minphp) is taken relative to the caller's
# cwd if it exists there, else relative to the repo root.
read -r -a binwords <<<"$bin"
if [ ${#binwords[@]} -gt 0 ] && [ "${binwords[0]#/}" = "${binwords[0]}" ] && [ "${binwords[0]#*/}" != "${binwords[0]}" ] && [ -x "${binwords[0]}" ]; then
    binwords[0]="$(cd "$(dirname "${binwords[0]}")" && pwd)/$(basename "${binwords[0]}")"
    bin="${binwords[*]}"
fi

cd "$root" || exit 2

# Check that the interpreter exists (first word of --bin).
if [ ${#binwords[@]} -eq 0 ] || ! command -v "${binwords[0]}" >/dev/null 2>&1; then
    echo "run.sh: interpreter not found: '$bin' (build it, or use --bin \"php -n\")" >&2
    exit 2
fi

list=$(mktemp) || exit 2
resdir=$(mktemp -d) || exit 2
trap 'rm -rf "$list" "$resdir"' EXIT

for t in "${targets[@]}"; do
    if [ -d "$t" ]; then find "$t" -type f -name '*.phpt'; else echo "$t"; fi
done | LC_ALL=C sort -u > "$list"

total=$(wc -l < "$list")
if [ "$total" -eq 0 ]; then echo "run.sh: no tests found" >&2; echo "0 passed, 0 failed"; exit 2; fi

# ---------------------------------------------------------------------------
# Worker: runs one .phpt, writes "<STATUS>\n<report>" to $RESDIR/<index>.
# ---------------------------------------------------------------------------
read -r -d '' WORKER <<'PERL'
use strict; use warnings;
my ($idx, $phpt) = @ARGV;
my ($bin, $root, $tmo, $resdir) = @ENV{qw(MINPHP_BIN MINPHP_ROOT MINPHP_TIMEOUT MINPHP_RESDIR)};
my $name = $phpt; $name =~ s{^\Q$root\E/}{};
my $report = '';
sub finish { my ($st, $msg) = @_;
    open my $fh, '>', "$resdir/$idx" or die "$resdir/$idx: $!";
    print $fh "$st\n$msg"; close $fh; exit 0; }
sub slurp { my $f = shift; open my $fh, '<', $f or return ''; local $/; my $d = <$fh>; close $fh; return defined $d ? $d : ''; }
sub spew { my ($f, $d) = @_; open my $fh, '>', $f or die "$f: $!"; binmode $fh; print $fh $d; close $fh; }
sub shq { my $s = shift; $s =~ s/'/'\\''/g; return "'$s'"; }

open my $in, '<', $phpt or finish('FAIL', "FAIL $name: cannot read: $!\n");
binmode $in;
my (%sec, $cur, @order);
while (my $line = <$in>) {
    if ($line =~ /^--([A-Z_]+)--\r?$/) {
        $cur = $1;
        finish('FAIL', "FAIL $name: duplicate section --$cur--\n") if exists $sec{$cur};
        $sec{$cur} = ''; push @order, $cur; next;
    }
    finish('FAIL', "FAIL $name: text before the first section\n") unless defined $cur;
    $sec{$cur} .= $line;
}
close $in;
my %known = map { $_ => 1 } qw(TEST FILE EXPECT EXPECTF EXPECTREGEX ARGS STDIN INI SKIPIF DESCRIPTION CREDITS);
for (@order) { finish('FAIL', "FAIL $name: unsupported section --$_--\n") unless $known{$_}; }
for (qw(TEST FILE)) { finish('FAIL', "FAIL $name: missing --$_-- section\n") unless exists $sec{$_}; }
my @exp = grep { exists $sec{$_} } qw(EXPECT EXPECTF EXPECTREGEX);
finish('FAIL', "FAIL $name: needs exactly one of --EXPECT--/--EXPECTF--/--EXPECTREGEX--\n") unless @exp == 1;
my $kind = $exp[0];
(my $title = $sec{TEST}) =~ s/\s+$//;

(my $base = $phpt) =~ s/\.phpt$//;
my $php = "$base.php";
my @ini;
if (exists $sec{INI}) {
    for my $l (split /\r?\n/, $sec{INI}) {
        next if $l =~ /^\s*$/ || $l =~ /^\s*[;#]/;
        $l =~ s/^\s+|\s+$//g;
        push @ini, '-d ' . shq($l);
    }
}
my $ini = join ' ', @ini;

sub run_php { my ($file, $args, $stdin, $out, $err) = @_;
    my $cmd = "exec $bin" . ($ini ne '' ? " $ini" : '') . ' ' . shq($file) . ($args ne '' ? " $args" : '');
    my $inredir = '/dev/null';
    if (defined $stdin) { $inredir = "$base.stdin"; spew($inredir, $stdin); }
    my $rc = system('timeout', '-k', '2', $tmo, 'sh', '-c', "$cmd <" . shq($inredir) . ' >' . shq($out) . ' 2>' . shq($err));
    unlink "$base.stdin" if defined $stdin;
    return $rc == -1 ? 127 : ($rc & 127 ? 128 + ($rc & 127) : $rc >> 8);
}

if (exists $sec{SKIPIF} && $sec{SKIPIF} =~ /\S/) {
    my $sk = "$base.skip.php";
    spew($sk, $sec{SKIPIF});
    run_php($sk, '', undef, "$base.skip.out", "$base.skip.err");
    my $o = slurp("$base.skip.out");
    unlink $sk, "$base.skip.out", "$base.skip.err";
    if ($o =~ /^\s*skip\b\s*:?\s*(.*)/is) { (my $r = $1) =~ s/\s+$//; $r =~ s/\n.*//s; finish('SKIP', "SKIP $name" . ($r ne '' ? ": $r" : '') . "\n"); }
}

spew($php, $sec{FILE});
my $args = exists $sec{ARGS} ? $sec{ARGS} : ''; $args =~ s/\s+$//; $args =~ s/^\s+//;
my $rc = run_php($php, $args, (exists $sec{STDIN} ? $sec{STDIN} : undef), "$base.out", "$base.err");
my $out = slurp("$base.out"); my $err = slurp("$base.err");
unlink "$base.err";

sub norm { my $s = shift; $s =~ s/\r\n/\n/g; $s =~ s/\s+\z//; return $s; }
$out = norm($out);
my $want = norm($sec{$kind});

# EXPECTF -> perl regex (same placeholders as php's run-tests.php).
my %ph = ('s' => '[^\r\n]+', 'S' => '[^\r\n]*', 'a' => '.+', 'A' => '.*', 'w' => '\s*',
          'i' => '[+-]?\d+', 'd' => '\d+', 'x' => '[0-9a-fA-F]+',
          'f' => '[+-]?(?:\d+|(?=\.\d))(?:\.\d+)?(?:[Ee][+-]?\d+)?', 'c' => '.', 'e' => '/', '0' => '\x00');
sub expectf_re { my $t = shift; my $re = ''; my @p = split /%r/, $t, -1;
    for my $i (0 .. $#p) {
        if ($i % 2) { $re .= "(?:$p[$i])"; next; }
        my $s = $p[$i];
        while ($s =~ /\G(.*?)%([sSaAwidxfce0])/gcs) { $re .= quotemeta($1) . $ph{$2}; }
        $re .= quotemeta(substr($s, pos($s) // 0));
    }
    return $re; }

my $ok;
if ($kind eq 'EXPECT') { $ok = $out eq $want; }
else {
    my $re = $kind eq 'EXPECTF' ? expectf_re($want) : $want;
    $ok = eval { $out =~ /\A$re\z/s ? 1 : 0 };
    finish('FAIL', "FAIL $name [$title]: bad --$kind-- pattern: $@\n") unless defined $ok;
}
if ($rc == 124 || $rc == 137) { $ok = 0; }

if ($ok) { unlink $php, "$base.out", "$base.diff"; finish('PASS', "PASS $name\n"); }

# ---- failure report: line diff (EXPECTF lines compared as patterns) ----
my @a = split /\n/, $want, -1; my @b = split /\n/, $out, -1;
@a = () if $want eq ''; @b = () if $out eq '';
splice(@a, 1500) if @a > 1500; splice(@b, 1500) if @b > 1500;
my @are = map { my $l = $_; $kind eq 'EXPECT' ? undef : ($kind eq 'EXPECTF' ? expectf_re($l) : $l) } @a;
sub same { my ($i, $j) = @_; return $a[$i] eq $b[$j] unless defined $are[$i];
    my $r = eval { $b[$j] =~ /\A$are[$i]\z/s }; return $r ? 1 : $a[$i] eq $b[$j]; }
my ($n, $m) = (scalar @a, scalar @b); my @L;
for (my $i = $n; $i >= 0; $i--) { for (my $j = $m; $j >= 0; $j--) {
    $L[$i][$j] = ($i == $n || $j == $m) ? 0 : same($i, $j) ? $L[$i+1][$j+1] + 1
               : ($L[$i+1][$j] >= $L[$i][$j+1] ? $L[$i+1][$j] : $L[$i][$j+1]); } }
my @ops; my ($i, $j) = (0, 0);
while ($i < $n || $j < $m) {
    if ($i < $n && $j < $m && same($i, $j)) { push @ops, [' ', $b[$j]]; $i++; $j++; }
    elsif ($i < $n && ($j == $m || $L[$i+1][$j] >= $L[$i][$j+1])) { push @ops, ['-', $a[$i++]]; }
    else { push @ops, ['+', $b[$j++]]; }
}
my @show; my $ctx = 3;
for my $k (0 .. $#ops) { next if $ops[$k][0] eq ' ';
    for my $q (($k - $ctx < 0 ? 0 : $k - $ctx) .. ($k + $ctx > $#ops ? $#ops : $k + $ctx)) { $show[$q] = 1; } }
my @d = ("--- expected ($kind)", '+++ actual (stdout)'); my $prev = -2;
for my $k (0 .. $#ops) { next unless $show[$k]; push @d, '@@' if $k != $prev + 1; push @d, $ops[$k][0] . $ops[$k][1]; $prev = $k; }
push @d, '(no difference in lines: check trailing/leading whitespace or a multi-line placeholder)' if @d == 2;
spew("$base.diff", join("\n", @d) . "\n");
my $lim = 40; my $more = @d > $lim ? @d - $lim : 0; splice(@d, $lim) if $more;
$report = "FAIL $name [$title]\n";
$report .= "  (timed out after ${tmo}s)\n" if $rc == 124 || $rc == 137;
$report .= "  (exit status $rc)\n" if $rc != 0 && $rc != 124 && $rc != 137 && $rc != 255;
$report .= join('', map { "  $_\n" } @d);
$report .= "  ... $more more diff lines in " . ($base =~ s{^\Q$root\E/}{}r) . ".diff\n" if $more;
if ($err =~ /\S/) { my @e = split /\n/, $err; my $ne = @e; splice(@e, 5) if @e > 5;
    $report .= "  stderr:\n" . join('', map { "  | $_\n" } @e) . ($ne > 5 ? "  | ...\n" : ''); }
finish('FAIL', $report);
PERL

export MINPHP_BIN="$bin" MINPHP_ROOT="$root" MINPHP_TIMEOUT="$tmo" MINPHP_RESDIR="$resdir" MINPHP_WORKER="$WORKER"

awk '{ printf "%d\t%s\n", NR, $0 }' "$list" | tr '\t\n' '\0\0' |
    xargs -0 -n 2 -P "$jobs" perl -e "$WORKER"

# Known failures (--known FILE: "tests/x.phpt  # why" per line): a failure
# there is reported as XFAIL and not counted; a pass as XPASS (fix the list).
declare -A xfail=()
if [ -n "$known" ] && [ -f "$known" ]; then
    while read -r t _; do [ -n "$t" ] && [ "${t#\#}" = "$t" ] && xfail["$t"]=1; done < "$known"
fi
pass=0; fail=0; skip=0; nxfail=0
for ((k = 1; k <= total; k++)); do
    f="$resdir/$k"
    if [ ! -f "$f" ]; then
        fail=$((fail + 1)); echo "FAIL $(sed -n "${k}p" "$list"): runner crashed"; continue
    fi
    { IFS= read -r st; rest=$(cat); } < "$f"
    rel=$(sed -n "${k}p" "$list"); rel=${rel#"$root"/}
    if [ -n "${xfail[$rel]:-}" ]; then
        if [ "$st" = PASS ]; then echo "XPASS $rel (remove it from $known)"; pass=$((pass + 1))
        else nxfail=$((nxfail + 1)); echo "XFAIL $rel"; fi
        continue
    fi
    case "$st" in
        PASS) pass=$((pass + 1)); [ $verbose -eq 1 ] && printf '%s\n' "$rest" ;;
        SKIP) skip=$((skip + 1)); printf '%s\n' "$rest" ;;
        *)    fail=$((fail + 1)); printf '%s\n' "$rest" ;;
    esac
done
[ $skip -gt 0 ] && echo "$skip skipped"
[ $nxfail -gt 0 ] && echo "$nxfail known failures (see $known)"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]
