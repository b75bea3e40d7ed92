--TEST--
pagelet_server.router: the front controller runs for every URL; returning false falls back to the file rules (PATH_INFO kept, 404 when nothing is there); a path leaving the root is 403 without running it
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
pagelet_server.router=tests/pagelet/pages/router.php
--FILE--
<?php
require __DIR__ . '/fetch.inc';
foreach (["/api/users?id=7", "/a/b.php/p", "/sub/", "/a/static.txt", "/nothing", "/../outside/secret.php"] as $url) show($url, fetch($url));
--EXPECT--
== /api/users?id=7: 200
header: Content-Type: text/html; charset=UTF-8
header: X-Router: yes
body: [[router saw /api/users?id=7]api:users id=7]
== /a/b.php/p: 200
header: Content-Type: text/html; charset=UTF-8
body: [[router saw /a/b.php/p]a/b.php: SCRIPT_NAME=/a/b.php PATH_INFO=/p PHP_SELF=/a/b.php/p
]
== /sub/: 200
header: Content-Type: text/html; charset=UTF-8
body: [[router saw /sub/]sub/index.php: SCRIPT_NAME=/sub/index.php PATH_INFO=(none)
]
== /a/static.txt: 200
header: Content-Type: text/plain; charset=UTF-8
body: [[router saw /a/static.txt]static text
]
== /nothing: 404
header: Content-Type: text/html; charset=UTF-8
body: [[router saw /nothing]]
== /../outside/secret.php: 403
header: Content-Type: text/html; charset=UTF-8
body: []
