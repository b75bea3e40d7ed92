--TEST--
ob_get_status basic and full forms, flags after a flush
--FILE--
<?php
var_dump(ob_get_status(), ob_get_status(true));
ob_start();
echo "xyz";
$s1 = ob_get_status();
ob_start(fn($b) => $b, 0, PHP_OUTPUT_HANDLER_STDFLAGS);
echo "q";
ob_flush();
$s2 = ob_get_status(true);
ob_end_clean();
ob_end_clean();
var_dump($s1, $s2);
--EXPECT--
array(0) {
}
array(0) {
}
array(7) {
  ["name"]=>
  string(22) "default output handler"
  ["type"]=>
  int(0)
  ["flags"]=>
  int(112)
  ["level"]=>
  int(0)
  ["chunk_size"]=>
  int(0)
  ["buffer_size"]=>
  int(16384)
  ["buffer_used"]=>
  int(3)
}
array(2) {
  [0]=>
  array(7) {
    ["name"]=>
    string(22) "default output handler"
    ["type"]=>
    int(0)
    ["flags"]=>
    int(112)
    ["level"]=>
    int(0)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(4)
  }
  [1]=>
  array(7) {
    ["name"]=>
    string(17) "Closure::__invoke"
    ["type"]=>
    int(1)
    ["flags"]=>
    int(20593)
    ["level"]=>
    int(1)
    ["chunk_size"]=>
    int(0)
    ["buffer_size"]=>
    int(16384)
    ["buffer_used"]=>
    int(0)
  }
}
