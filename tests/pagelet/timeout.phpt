--TEST--
pagelet_server_task_start()'s $timeout_seconds is the page's execution limit: running past it is a fatal error (500, empty body, flushed chunks kept)
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
$t = pagelet_server_task_start("/loop.php", [], "", [], 1);
$chunks = [];
for (;;) {
    $body = pagelet_server_task_result($t, $h, $code);
    if ($code !== 0) break;
    $chunks[] = $body;
}
var_dump($chunks, $body, $code);
--EXPECT--
array(1) {
  [0]=>
  string(7) "started"
}
string(0) ""
int(500)
