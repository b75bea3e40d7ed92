--TEST--
array_flip(): numeric string values become int keys
--FILE--
<?php
var_dump(array_flip(["10", "010", "-5", "1.5", ""]));
--EXPECT--
array(5) {
  [10]=>
  int(0)
  ["010"]=>
  int(1)
  [-5]=>
  int(2)
  ["1.5"]=>
  int(3)
  [""]=>
  int(4)
}
