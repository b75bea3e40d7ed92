--TEST--
autovivification on false is deprecated in 8.1
--FILE--
<?php
$f = false;
$f[] = 1;
var_dump($f);
--EXPECTF--

Deprecated: Automatic conversion of false to array is deprecated in %s on line 3
array(1) {
  [0]=>
  int(1)
}
