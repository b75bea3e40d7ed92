--TEST--
Mini router: index.php with and without a trailing slash, PATH_INFO, SCRIPT_NAME, dot segments, static files with their Content-Type, 404
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
foreach (["/sub", "/sub/", "/sub/index.php/more", "/a/b.php/x/y", "/a/b.php/x/", "/a/b.php", "/a/./../a/b.php",
          "/a/static.txt", "/a/style.css", "/a/noext", "/inside-link.txt", "/a/static.txt/x", "/nothing.php", "/empty/", "/empty"] as $url) {
    show($url, fetch($url));
}
--EXPECT--
== /sub: 200
header: Content-Type: text/html; charset=UTF-8
body: [sub/index.php: SCRIPT_NAME=/sub/index.php PATH_INFO=(none)
]
== /sub/: 200
header: Content-Type: text/html; charset=UTF-8
body: [sub/index.php: SCRIPT_NAME=/sub/index.php PATH_INFO=(none)
]
== /sub/index.php/more: 200
header: Content-Type: text/html; charset=UTF-8
body: [sub/index.php: SCRIPT_NAME=/sub/index.php PATH_INFO=/more
]
== /a/b.php/x/y: 200
header: Content-Type: text/html; charset=UTF-8
body: [a/b.php: SCRIPT_NAME=/a/b.php PATH_INFO=/x/y PHP_SELF=/a/b.php/x/y
]
== /a/b.php/x/: 200
header: Content-Type: text/html; charset=UTF-8
body: [a/b.php: SCRIPT_NAME=/a/b.php PATH_INFO=/x/ PHP_SELF=/a/b.php/x/
]
== /a/b.php: 200
header: Content-Type: text/html; charset=UTF-8
body: [a/b.php: SCRIPT_NAME=/a/b.php PATH_INFO=(none) PHP_SELF=/a/b.php
]
== /a/./../a/b.php: 200
header: Content-Type: text/html; charset=UTF-8
body: [a/b.php: SCRIPT_NAME=/a/b.php PATH_INFO=(none) PHP_SELF=/a/b.php
]
== /a/static.txt: 200
header: Content-Type: text/plain; charset=UTF-8
body: [static text
]
== /a/style.css: 200
header: Content-Type: text/css; charset=UTF-8
body: [body { color: red }
]
== /a/noext: 200
header: Content-Type: application/octet-stream
body: [no extension
]
== /inside-link.txt: 200
header: Content-Type: text/plain; charset=UTF-8
body: [static text
]
== /a/static.txt/x: 404
header: Content-Type: text/html; charset=UTF-8
body: []
== /nothing.php: 404
header: Content-Type: text/html; charset=UTF-8
body: []
== /empty/: 404
header: Content-Type: text/html; charset=UTF-8
body: []
== /empty: 404
header: Content-Type: text/html; charset=UTF-8
body: []
