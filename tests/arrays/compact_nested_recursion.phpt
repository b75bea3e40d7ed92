--TEST--
compact(): names in nested arrays, repeated names overwrite
--FILE--
<?php
function f() {
    $a = "A"; $b = "B";
    $names = ["a", ["b", ["a"]], "b"];
    return compact($names, "a");
}
var_dump(f());
--EXPECT--
array(2) {
  ["a"]=>
  string(1) "A"
  ["b"]=>
  string(1) "B"
}
