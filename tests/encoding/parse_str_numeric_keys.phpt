--TEST--
parse_str() numeric-string keys become ints
--FILE--
<?php
parse_str("1=a&-1=b&01=c&1.5=d&a[2]=e&a[-0]=f&a[9223372036854775808]=g", $out);
var_dump($out);
--EXPECT--
array(5) {
  [1]=>
  string(1) "a"
  [-1]=>
  string(1) "b"
  ["01"]=>
  string(1) "c"
  ["1_5"]=>
  string(1) "d"
  ["a"]=>
  array(3) {
    [2]=>
    string(1) "e"
    ["-0"]=>
    string(1) "f"
    ["9223372036854775808"]=>
    string(1) "g"
  }
}
