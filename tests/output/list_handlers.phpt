--TEST--
ob_list_handlers names: default, functions, closures, methods
--FILE--
<?php
class A { function m($b) { return $b; } static function s($b) { return $b; } }
function f($b) { return $b; }
ob_start();
ob_start('f');
ob_start(function ($b) { return $b; });
ob_start([new A, 'm']);
ob_start('A::s');
ob_start(['A', 's']);
$l = ob_list_handlers();
while (ob_get_level()) ob_end_clean();
var_dump($l);
--EXPECT--
array(6) {
  [0]=>
  string(22) "default output handler"
  [1]=>
  string(1) "f"
  [2]=>
  string(17) "Closure::__invoke"
  [3]=>
  string(4) "A::m"
  [4]=>
  string(4) "A::s"
  [5]=>
  string(4) "A::s"
}
