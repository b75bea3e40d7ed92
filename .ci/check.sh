#!/bin/sh
# .ci/check.sh LIBRARY.a [MORE.a|OBJ.o ...] -- the `make check` static checks.
#
# (a) No writable globals: no symbol may live in a writable data section
#     (.data*, .bss*, .tdata*, .tbss*, COMMON, ...) of any object, except the
#     names listed in .ci/check-allow.txt. .data.rel.ro* is read-only after
#     relocation and is accepted. A writable section with a nonzero size but
#     no symbol at all in it is reported too.
# (b) Every exported (global or weak, defined) symbol starts with "mp_".
#
# Allowlist (.ci/check-allow.txt, or $CHECK_ALLOW): one entry per line,
# either "name" or "object.o:name", followed by "# why" (or preceded by a
# comment line). Blank lines and "#" lines are comments. Static locals are
# matched without the compiler's suffixes: gcc's "once.0" / "once.lto_priv.0"
# and clang's "func.once" all match the entry "once".
#
# Prints a report; exits 1 on failure, prints "check: ok" and exits 0 otherwise.
set -e

if [ $# -lt 1 ]; then
    echo "usage: $0 LIBRARY.a [MORE.a|OBJ.o ...]" >&2
    exit 2
fi
for f in "$@"; do
    if [ ! -f "$f" ]; then
        echo "check: no such file: $f" >&2
        exit 2
    fi
done

OBJDUMP=${OBJDUMP:-objdump}
if ! command -v "$OBJDUMP" >/dev/null 2>&1; then
    echo "check: $OBJDUMP not found; install it with: apt-get install -y binutils" >&2
    exit 2
fi

ALLOW=${CHECK_ALLOW:-$(dirname "$0")/check-allow.txt}
[ -f "$ALLOW" ] || ALLOW=/dev/null

tmp=$(mktemp -d "${TMPDIR:-/tmp}/mp-check.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

LC_ALL=C "$OBJDUMP" -t "$@" >"$tmp/syms"
LC_ALL=C "$OBJDUMP" -h "$@" >"$tmp/sects"

LC_ALL=C awk -v allowfile="$ALLOW" -v symsfile="$tmp/syms" -v sectsfile="$tmp/sects" '
function writable(sec) {
    if (sec == "*COM*") return 1
    if (sec ~ /^\.data\.rel\.ro(\.|$)/) return 0
    return sec ~ /^\.(data|bss|tdata|tbss|sdata|sbss|ldata|lbss)([.]|$)/
}
# Strip compiler suffixes of static locals: once.0, once.lto_priv.0, once.1234
function basename_sym(n) {
    while (n ~ /\.[0-9]+$/) sub(/\.[0-9]+$/, "", n)
    sub(/\.lto_priv$/, "", n)
    return n
}
function allowed(obj, n,    b, last) {
    sub(/^.*\//, "", obj)    # runtime/gc.o -> gc.o (thin archives)
    b = basename_sym(n)
    last = b
    sub(/^.*\./, "", last)      # clang: func.var -> var
    if ((n in allow) || (b in allow) || (last in allow)) {
        used[(n in allow) ? n : ((b in allow) ? b : last)] = 1
        return 1
    }
    if ((obj ":" n) in allow) { used[obj ":" n] = 1; return 1 }
    if ((obj ":" b) in allow) { used[obj ":" b] = 1; return 1 }
    if ((obj ":" last) in allow) { used[obj ":" last] = 1; return 1 }
    return 0
}
BEGIN {
    # ---- allowlist ----
    prevcomment = 0; nallow = 0
    while ((getline line < allowfile) > 0) {
        lineno++
        if (line ~ /^[ \t]*$/) { prevcomment = 0; continue }
        if (line ~ /^[ \t]*#/) { prevcomment = 1; continue }
        hascomment = (line ~ /#/)
        entry = line
        sub(/#.*/, "", entry)
        gsub(/[ \t]/, "", entry)
        if (!hascomment && !prevcomment) {
            printf "check: %s:%d: allowlist entry \"%s\" has no comment saying why\n", allowfile, lineno, entry
            bad_allow = 1
        }
        allow[entry] = 1
        order[++nallow] = entry
    }
    close(allowfile)

    # ---- symbols ----
    obj = "?"
    while ((getline line < symsfile) > 0) {
        if (line ~ /^In archive /) { archive = line; sub(/^In archive /, "", archive); sub(/:$/, "", archive); continue }
        if (line ~ /:[ \t]+file format /) { obj = line; sub(/:[ \t]+file format .*/, "", obj); continue }
        if (line !~ /^[0-9a-fA-F]+ /) continue
        tab = index(line, "\t")
        if (!tab) continue
        head = substr(line, 1, tab - 1)
        tail = substr(line, tab + 1)
        sp = index(head, " ")
        flags = substr(head, sp + 1, 7)
        sec = substr(head, sp + 9)
        gsub(/[ \t]/, "", sec)
        nf = split(tail, tf, /[ \t]+/)
        name = tf[nf]
        size = tf[1]
        scope = substr(flags, 1, 1)
        weak = substr(flags, 2, 1)
        dbg = substr(flags, 6, 1)
        type = substr(flags, 7, 1)
        defined = (sec != "*UND*")
        # (a) writable data
        if (defined && writable(sec) && dbg != "d" && type != "f" && type != "F") {
            seen[obj SUBSEP sec] = 1
            if (!allowed(obj, name)) {
                wlist[++nw] = sprintf("  %-24s %-18s %-6s %6d bytes  %s", obj, sec, (scope == "l" ? "static" : "global"), strtonum_hex(size), name)
            }
        }
        # (b) exported symbols
        if (defined && (scope == "g" || scope == "u" || weak == "w" || sec == "*COM*") && dbg != "d" && type != "f") {
            if (name !~ /^mp_/)
                elist[++ne] = sprintf("  %-24s %-18s %s", obj, sec, name)
        }
    }
    close(symsfile)

    # ---- anonymous writable data (sections with contents but no symbol) ----
    obj = "?"
    while ((getline line < sectsfile) > 0) {
        if (line ~ /:[ \t]+file format /) { obj = line; sub(/:[ \t]+file format .*/, "", obj); continue }
        if (line !~ /^[ \t]*[0-9]+ [^ ]/) continue
        split(line, sf, /[ \t]+/)
        if (sf[1] == "") { sname = sf[3]; ssize = sf[4] } else { sname = sf[2]; ssize = sf[3] }
        if (!writable(sname)) continue
        n = strtonum_hex(ssize)
        if (n > 0 && !((obj SUBSEP sname) in seen) && !allowed(obj, sname))
            wlist[++nw] = sprintf("  %-24s %-18s %-6s %6d bytes  (no symbol)", obj, sname, "anon", n)
    }
    close(sectsfile)

    fail = 0
    if (nw) {
        fail = 1
        print "check: FAIL: writable globals/statics in the library (" nw "):"
        printf "  %-24s %-18s %-6s %12s  %s\n", "object", "section", "scope", "size", "symbol"
        for (i = 1; i <= nw; i++) print wlist[i]
        print "  -> make them const, move them into the runtime/context struct, or (if truly"
        print "     process-wide and thread-safe) add them to " allowfile " with a reason."
    }
    if (ne) {
        fail = 1
        print "check: FAIL: exported symbols without the mp_ prefix (" ne "):"
        printf "  %-24s %-18s %s\n", "object", "section", "symbol"
        for (i = 1; i <= ne; i++) print elist[i]
        print "  -> rename them to mp_* or make them static."
    }
    if (bad_allow) fail = 1
    for (i = 1; i <= nallow; i++)
        if (!(order[i] in used))
            print "check: note: allowlist entry \"" order[i] "\" matched nothing"
    if (fail) exit 1
    print "check: ok"
}
function strtonum_hex(h,    i, c, v) {
    v = 0
    h = tolower(h)
    for (i = 1; i <= length(h); i++) {
        c = index("0123456789abcdef", substr(h, i, 1))
        if (c == 0) break
        v = v * 16 + c - 1
    }
    return v
}
' </dev/null
