--TEST--
pagelet_server_flush(): each non-empty flush is one chunk (through output buffers); headers count as sent after the first; statuses while chunks are unread
--SKIPIF--
<?php if (!function_exists("pagelet_server_task_start")) echo "skip minphp pagelets only";
--INI--
pagelet_server.document_root=tests/pagelet/pages
--FILE--
<?php
require __DIR__ . '/fetch.inc';
show("flush", fetch("/flush.php"));
$t = pagelet_server_task_start("/flush.php");
// PAGELET_NOT_READY = 0, PAGELET_READY = 1, PAGELET_DONE = 2
while (pagelet_server_task_status($t) === 0) usleep(1000);
usleep(500000);   // the page (microseconds of work) finishes meanwhile: its chunks stay unread, the status READY
$seen = [];
for (;;) {
    $seen[] = pagelet_server_task_status($t);
    $body = pagelet_server_task_result($t, $h, $code, 0);
    if ($code !== 0) break;
}
echo implode(",", $seen), " then ", pagelet_server_task_status($t), "\n";
var_dump($body === pagelet_server_task_result($t, $h2, $code2), $code2, $h == $h2);
--EXPECTF--
== flush: 200
chunk: [one]
chunk: [twothree]
header: Content-Type: text/html; charset=UTF-8
body: [bool(true)
string(9) "flush.php"
int(4)

Warning: Cannot modify header information - headers already sent by (output started at %s/flush.php:4) in %s/flush.php on line 11
rest]
1,1,2 then 2
bool(true)
int(200)
bool(true)
