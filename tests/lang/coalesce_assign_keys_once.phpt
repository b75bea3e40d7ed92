--TEST--
$a[k] ??= v evaluates the keys once and assigns only a missing or null element
--FILE--
<?php
function k() { echo "k "; return "x"; }
$a = [];
$a[k()] ??= 1;
$a[k()] ??= 2;
$a["y"]["z"] ??= 3;
$a["y"]["z"] ??= 4;
var_dump($a);
$r = ($a["q"] ??= "new");
var_dump($r);
$GLOBALS["g"] ??= 5; var_dump($g);
$name = "vv"; $$name ??= 6; var_dump($vv);
$s = "str"; 
--EXPECT--
k k array(2) {
  ["x"]=>
  int(1)
  ["y"]=>
  array(1) {
    ["z"]=>
    int(3)
  }
}
string(3) "new"
int(5)
int(6)
