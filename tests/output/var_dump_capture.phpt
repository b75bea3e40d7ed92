--TEST--
capturing var_dump, print_r and var_export output
--FILE--
<?php
function capture(callable $f) { ob_start(); $f(); return ob_get_clean(); }
$s = capture(function () { var_dump([1, "a" => true]); print_r([2]); var_export(3.5); });
echo strtoupper($s), "\n";
--EXPECT--
ARRAY(2) {
  [0]=>
  INT(1)
  ["A"]=>
  BOOL(TRUE)
}
ARRAY
(
    [0] => 2
)
3.5
