--TEST--
pagelets: a full queue refuses new tasks with a warning and null (running tasks do not count)
--SKIPIF--
<?php if (!function_exists('pagelet_server_task_start')) echo 'skip minphp only (pagelet tasks)';
--INI--
pagelet_server.document_root=tests/tasks/pages
pagelet_server.thread_count=1
pagelet_server.queue_limit=1
--FILE--
<?php
$running = pagelet_server_task_start('/slow.php?ms=300');
usleep(100000);                   // the one thread has taken it
$waiting = pagelet_server_task_start('/slow.php?ms=1');
var_dump(pagelet_server_task_start('/slow.php?ms=2'));
var_dump(pagelet_server_tasks_started());
foreach ([$running, $waiting] as $t) var_dump(pagelet_server_task_result($t, $h, $code), $code);
--EXPECTF--

Warning: pagelet_server_task_start(): The pagelet server queue is full (pagelet_server.queue_limit = 1) in %s on line %d
NULL
int(2)
string(12) "slept 300 ms"
int(200)
string(10) "slept 1 ms"
int(200)
