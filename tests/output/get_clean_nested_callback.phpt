--TEST--
ob_get_clean calls the handler with CLEAN|FINAL and START
--FILE--
<?php
$log = [];
ob_start(function ($b, $p) use (&$log) { $log[] = [$b, $p]; return $b; });
echo "abc";
$s = ob_get_clean();
var_dump($s, $log);
--EXPECT--
string(3) "abc"
array(1) {
  [0]=>
  array(2) {
    [0]=>
    string(3) "abc"
    [1]=>
    int(11)
  }
}
