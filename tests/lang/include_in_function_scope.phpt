--TEST--
an include inside a function uses the function's local scope
--FILE--
<?php
function f() {
    $local = 'local value';
    return include 'fixture_scope.inc';
}
var_dump(f());
$r = include 'fixture_scope.inc';
var_dump($r);
--EXPECT--
array(2) {
  ["scope"]=>
  string(11) "local value"
  ["line"]=>
  int(2)
}
array(2) {
  ["scope"]=>
  string(5) "unset"
  ["line"]=>
  int(2)
}
