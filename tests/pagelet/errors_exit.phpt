--TEST--
Pagelet failures: an uncaught exception or a fatal error gives 500 with an empty body (chunks flushed before stay delivered); exit() ends only the pagelet with the code set so far
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
show("exception", fetch("/exception.php"));
show("fatal", fetch("/fatal.php"));
show("exit", fetch("/exit.php"));
echo "the parent goes on\n";
--EXPECT--
== exception: 500
chunk: [before]
header: Content-Type: text/html; charset=UTF-8
body: []
== fatal: 500
header: Content-Type: text/html; charset=UTF-8
body: []
== exit: 202
header: Content-Type: text/html; charset=UTF-8
body: [printed]
the parent goes on
