--TEST--
parse_str() replaces whatever the result variable held
--FILE--
<?php
$r = "old";
parse_str("x=1", $r);
var_dump($r);
parse_str("", $r);
var_dump($r);
--EXPECT--
array(1) {
  ["x"]=>
  string(1) "1"
}
array(0) {
}
