--TEST--
compact(): names and nested arrays of names
--FILE--
<?php
function f() {
    $a = 1; $b = [2]; $c = null;
    return compact("a", ["b", ["c"]]);
}
var_dump(f());
$g = "global";
var_dump(compact("g"));
--EXPECT--
array(3) {
  ["a"]=>
  int(1)
  ["b"]=>
  array(1) {
    [0]=>
    int(2)
  }
  ["c"]=>
  NULL
}
array(1) {
  ["g"]=>
  string(6) "global"
}
