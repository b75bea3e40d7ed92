--TEST--
pagelets: statuses, result timeouts (-1, nothing consumed), idempotent results, both header forms, nested tasks, abandoned tasks
--SKIPIF--
<?php if (!function_exists('pagelet_server_task_start')) echo 'skip minphp only (pagelet tasks)';
--INI--
pagelet_server.document_root=tests/tasks/pages
--FILE--
<?php
$parent_only = 1;
var_dump(pagelet_server_is_enabled(), pagelet_server_is_done(), pagelet_server_tasks_started());
var_dump(PAGELET_NOT_READY, PAGELET_READY, PAGELET_DONE);

echo "-- timeout, then the result\n";
$t = pagelet_server_task_start('/slow.php?ms=1000');
var_dump($t);
var_dump(pagelet_server_task_status($t));
$h = ['untouched']; $code = 'untouched';
$t0 = hrtime(true);
$body = pagelet_server_task_result($t, $h, $code, 100);
$waited = (hrtime(true) - $t0) / 1e6;
var_dump($body, $code, $h, $waited >= 99 && $waited < 900);
$body = pagelet_server_task_result($t, $h, $code, 0);
sort($h);
var_dump($body, $code, $h, pagelet_server_task_status($t));
echo "-- the same result again\n";
$body2 = pagelet_server_task_result($t, $h2, $code2);
sort($h2);
var_dump($body2 === $body, $code2 === $code, $h2 === $h);

echo "-- chunks and statuses\n";
$t = pagelet_server_task_start('/chunks.php');
$seen = [];
for (;;) {
    $s = pagelet_server_task_status($t);
    $body = pagelet_server_task_result($t, $h, $code, 0);
    $seen[] = "$code:$body";
    if ($code != 0) break;
}
var_dump($seen, pagelet_server_task_status($t));

echo "-- both header forms, POST\n";
$t = pagelet_server_task_start('/info.php', ['X-A' => 'map form', 'X-B: list form', 'dropped without colon-space', 'X-A: last wins'], 'a=1&b=2');
var_dump(json_decode(pagelet_server_task_result($t, $h, $code), true), $code);

echo "-- nested\n";
var_dump(pagelet_server_task_result(pagelet_server_task_start('/nested.php'), $h, $code), $code);

echo "-- abandoned\n";
pagelet_server_task_start('/slow.php?ms=2000');
xbox_task_start('never read');
var_dump(pagelet_server_tasks_started());
echo "the parent ends without waiting\n";
--EXPECTF--
bool(true)
bool(true)
int(0)
int(0)
int(1)
int(2)
-- timeout, then the result
resource(%d) of type (PageletTask)
int(0)
string(0) ""
int(-1)
array(1) {
  [0]=>
  string(9) "untouched"
}
bool(true)
string(13) "slept 1000 ms"
int(200)
array(2) {
  [0]=>
  string(38) "Content-Type: text/html; charset=UTF-8"
  [1]=>
  string(13) "X-Slept: 1000"
}
int(2)
-- the same result again
bool(true)
bool(true)
bool(true)
-- chunks and statuses
array(3) {
  [0]=>
  string(7) "0:first"
  [1]=>
  string(8) "0:second"
  [2]=>
  string(8) "200:last"
}
int(2)
-- both header forms, POST
array(8) {
  ["thread_type"]=>
  int(1)
  ["THREAD_TYPE"]=>
  string(14) "Pagelet Thread"
  ["is_done"]=>
  bool(false)
  ["method"]=>
  string(4) "POST"
  ["x_a"]=>
  string(9) "last wins"
  ["x_b"]=>
  string(9) "list form"
  ["post"]=>
  array(2) {
    ["a"]=>
    string(1) "1"
    ["b"]=>
    string(1) "2"
  }
  ["global_from_parent"]=>
  bool(false)
}
int(200)
-- nested
string(%d) "inner pagelet: 200 slept 1 ms; xbox saw from a pagelet; started 1"
int(200)
-- abandoned
int(5)
the parent ends without waiting
