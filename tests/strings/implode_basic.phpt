--TEST--
implode() and join() in both argument orders
--FILE--
<?php
var_dump(implode(", ", ["a", "b", "c"]));
var_dump(implode(["a", "b"]));
var_dump(implode(["x", "y"], "-"));
var_dump(join("+", [1, 2.5, true, false, null, "s"]));
var_dump(implode(",", []));
var_dump(implode(",", ["k" => "v", 3 => "w"]));
var_dump(implode(",", [1.0, 0.1 + 0.2, -0.0, 1e25]));
--EXPECTF--
string(7) "a, b, c"
string(2) "ab"

Fatal error: Uncaught TypeError: implode(): Argument #2 ($array) must be of type ?array, string given in %s:4
Stack trace:
#0 %s(4): implode(Array, '-')
#1 {main}
  thrown in %s on line 4
