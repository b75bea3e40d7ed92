--TEST--
arrays are passed by value (copy on write)
--FILE--
<?php
function change($arr) { $arr[0] = 'changed'; $arr[] = 'added'; return $arr; }
$orig = [1, 2];
$new = change($orig);
var_dump($orig, $new);
--EXPECT--
array(2) {
  [0]=>
  int(1)
  [1]=>
  int(2)
}
array(3) {
  [0]=>
  string(7) "changed"
  [1]=>
  int(2)
  [2]=>
  string(5) "added"
}
