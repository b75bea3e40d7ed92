<?php
// a pagelet starting a pagelet and an xbox task
function xbox_process_message($m) { return "xbox saw $m"; }
$p = pagelet_server_task_start('/slow.php?ms=1');
$x = xbox_task_start('from a pagelet');
$body = pagelet_server_task_result($p, $h, $code);
xbox_task_result($x, 0, $ret);
echo "inner pagelet: $code $body; $ret; started ", pagelet_server_tasks_started();
