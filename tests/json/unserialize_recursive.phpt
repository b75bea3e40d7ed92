--TEST--
unserialize: R:1 inside the top array makes it recursive
--FILE--
<?php
var_dump(unserialize('a:1:{i:0;R:1;}'));
var_dump(unserialize('a:1:{i:0;a:1:{i:0;R:2;}}'));
$a = [1];
$a[] = &$a;
echo serialize(unserialize(serialize($a))), "\n";
--EXPECT--
array(1) {
  [0]=>
  *RECURSION*
}
array(1) {
  [0]=>
  &array(1) {
    [0]=>
    *RECURSION*
  }
}
a:2:{i:0;i:1;i:1;a:2:{i:0;i:1;i:1;R:3;}}
