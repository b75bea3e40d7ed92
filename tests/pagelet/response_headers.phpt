--TEST--
Pagelet response: header(), header_remove(), setcookie(), setrawcookie(), Content-Type (default and set), status lines, http_response_code(), Location
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
show("default", fetch("/headers.php"));
foreach (["type=text/plain", "type=application/json", "status=404%20Not%20Found", "code=418", "location=/x", "code=301&location=/x"] as $q) {
    $r = fetch("/headers.php?$q");
    echo "== $q: {$r['code']}\n";
    echo implode("\n", array_filter($r['headers'], fn($h) => !str_starts_with($h, 'Set-Cookie') && stripos($h, 'x-') !== 0)), "\n";
}
$r = fetch("/headers.php?location=/x", [], "a=1");
echo "== location after POST: {$r['code']}\n";
--EXPECT--
== default: 200
header: Content-Type: text/html; charset=UTF-8
header: Set-Cookie: c=v%20w; expires=Tue, 14 Nov 2023 22:13:20 GMT; Max-Age=0; path=/; SameSite=Lax
header: Set-Cookie: gone=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0
header: Set-Cookie: raw=a%20b; path=/p; domain=example.com; secure; HttpOnly
header: X-Multi: a
header: X-Multi: b
header: X-One: 1
header: x-repl: new
body: [["X-One: 1","X-Multi: a","X-Multi: b","x-repl: new","Set-Cookie: c=v%20w; expires=Tue, 14 Nov 2023 22:13:20 GMT; Max-Age=0; path=/; SameSite=Lax","Set-Cookie: gone=deleted; expires=Thu, 01 Jan 1970 00:00:01 GMT; Max-Age=0","Set-Cookie: raw=a%20b; path=/p; domain=example.com; secure; HttpOnly"]
]
== type=text/plain: 200
Content-type: text/plain;charset=UTF-8
== type=application/json: 200
Content-Type: application/json
== status=404%20Not%20Found: 404
Content-Type: text/html; charset=UTF-8
== code=418: 418
Content-Type: text/html; charset=UTF-8
== location=/x: 302
Content-Type: text/html; charset=UTF-8
Location: /x
== code=301&location=/x: 301
Content-Type: text/html; charset=UTF-8
Location: /x
== location after POST: 303
