--TEST--
get_defined_vars() keeps reference variables as references (& in var_dump, writes go through)
--FILE--
<?php
function f() {
    global $g;
    $a = 1;
    $b = &$a;
    var_dump(get_defined_vars());
}
$g = 2;
f();
$x = 1;
$y = &$x;
$all = get_defined_vars();
var_dump($all["x"]);
$all["x"] = 9;
var_dump($x);
--EXPECT--
array(3) {
  ["g"]=>
  &int(2)
  ["a"]=>
  &int(1)
  ["b"]=>
  &int(1)
}
int(1)
int(9)
