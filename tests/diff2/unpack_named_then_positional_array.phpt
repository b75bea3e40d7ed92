--TEST--
f(...['b' => 2], ...[1]): php reports the missing argument $a (ArgumentCountError), not a positional-after-named Error
--FILE--
<?php
function f($a, $b = "B", ...$rest) { var_dump(func_get_args(), $rest); }
function g(int $x = 5, ?string $y = null, &$z = null) { $z = "Z"; var_dump($x, $y, func_num_args()); }
f(...['b' => 2], ...[1]);
--EXPECTF--

Fatal error: Uncaught ArgumentCountError: f(): Argument #1 ($a) not passed in %s:2
Stack trace:
#0 %s(4): f(NULL, 2, NULL)
#1 {main}
  thrown in %s on line 2
