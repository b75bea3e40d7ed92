#!/usr/bin/env bash
# tests/pagelet/requests.sh DRIVER: runs requests through mp_request_run
# (the C driver tests/pagelet/driver.c, built by `make test-request`) against
# tests/pagelet/pages and compares the results with requests.expect.
# The router, the request environment and the response of one sub-request,
# without the pagelet pool. Ends with one line "N passed, M failed".
# -u rewrites requests.expect from the current output (check it by hand).
set -u
here=$(cd "$(dirname "$0")" && pwd)
drv=$1; update=${2:-}
root="$here/pages"
out=$(mktemp); err=$(mktemp)
run() {   # run NAME URL [driver options...]
    local name=$1; shift
    echo "=== $name"
    "$drv" "$root" "$@" 2>"$err" | sed "s#$root#ROOT#g"
    sed "s#$root#ROOT#g; s#^#stderr: #" "$err"
}
{
run "GET with a query" "/env.php?a=1&b[]=2&b[]=3&c=%41+%42#frag" -H "Host: example.com" -H "X-Foo: first" -H "x-foo: last"
run "no leading slash" "env.php"
run "absolute URL" "http://user@example.com:8080/env.php?q=1"
run "POST urlencoded" "/env.php?a=get&g=1" -b "a=post&p[x]=1" -H "Cookie: c1=v%201; c2=2; c1=dup" -H "Content-Type: application/x-www-form-urlencoded"
mp=$'--XyZ\r\nContent-Disposition: form-data; name="a"\r\n\r\nvalue one\r\n--XyZ\r\nContent-Disposition: form-data; name="arr[]"\r\nContent-Type: text/plain\r\n\r\nx\r\ny\r\n--XyZ\r\nContent-Disposition: form-data; name="f"; filename="up.txt"\r\n\r\nfile data\r\n--XyZ\r\ncontent-disposition: form-data; name=plain\r\n\r\n\r\n--XyZ--\r\n'
run "POST multipart (fields as php -S; the upload is not kept)" "/env.php" -b "$mp" -H 'Content-Type: multipart/form-data; boundary="XyZ"'
run "POST json body" "/env.php" -b '{"a":1}' -H "Content-Type: application/json" -H "Content-Length: 7"
run "headers" "/headers.php"
run "text content type" "/headers.php?type=text/plain"
run "json content type" "/headers.php?type=application/json"
run "status line" "/headers.php?status=404%20Not%20Found"
run "code" "/headers.php?code=418"
run "location" "/headers.php?location=/x"
run "location after POST" "/headers.php?location=/x" -b "a=1"
run "location keeps 301" "/headers.php?code=301&location=/x"
run "flush" "/flush.php"
run "exception after a flush" "/exception.php"
run "fatal error" "/fatal.php"
run "exit" "/exit.php"
run "parse error" "/broken.php"
run "missing router" "/a/b.php" -r "$root/no-such-router.php"
run "folder" "/sub"
run "folder slash" "/sub/"
run "folder index with path info" "/sub/index.php/more"
run "path info" "/a/b.php/x/y"
run "path info trailing slash" "/a/b.php/x/"
run "no path info" "/a/b.php"
run "dot segments" "/a/./../a/b.php"
run "static text" "/a/static.txt"
run "static css" "/a/style.css"
run "static png" "/a/pixel.png"
run "static no extension" "/a/noext"
run "static with extra path" "/a/static.txt/x"
run "symlink inside" "/inside-link.txt"
run "missing" "/nothing.php"
run "folder without index" "/empty/"
run "dotdot" "/../outside/secret.php"
run "dotdot missing" "/../nothing"
run "dotdot deep" "/a/../../outside/secret.txt"
run "encoded dots" "/%2e%2e/outside/secret.php"
run "encoded dots upper" "/%2E%2E/outside/secret.php"
run "encoded slash" "/a%2f..%2f..%2foutside%2fsecret.php"
run "double encoded stays literal" "/%252e%252e/outside/secret.php"
run "symlinked folder outside" "/out/secret.php"
run "symlinked folder outside, missing file" "/out/nothing"
run "symlinked file outside" "/out.php"
run "router handles" "/api/users?id=1" -r "$root/router.php"
run "router falls through" "/a/b.php/p" -r "$root/router.php"
run "router falls through to nothing" "/nothing" -r "$root/router.php"
run "router not run for 403" "/../outside/secret.php" -r "$root/router.php"
} > "$out"
if [ "$update" = "-u" ]; then cp "$out" "$here/requests.expect"; fi
if diff -u "$here/requests.expect" "$out"; then echo "1 passed, 0 failed"; rm -f "$out" "$err"; exit 0; fi
rm -f "$out" "$err"; echo "0 passed, 1 failed"; exit 1
