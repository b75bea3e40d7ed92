--TEST--
Pagelet diagnostics that do not fail it: warnings appear in the body (display_errors=1 as php -n); an exception handler's output and status code are the result
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
show("handled", fetch("/handled.php"));
--EXPECTF--
== handled: 503
header: Content-Type: text/html; charset=UTF-8
body: [no warning for ??

Warning: Undefined variable $really_undefined in %s/handled.php on line 5
handled: caught by the handler
]
