--TEST--
parse_str() fills the result array
--FILE--
<?php
parse_str("first=value&arr[]=foo+bar&arr[]=baz", $out);
var_dump($out);
parse_str("a=1&b=2&a=3", $out);
var_dump($out);
--EXPECT--
array(2) {
  ["first"]=>
  string(5) "value"
  ["arr"]=>
  array(2) {
    [0]=>
    string(7) "foo bar"
    [1]=>
    string(3) "baz"
  }
}
array(2) {
  ["a"]=>
  string(1) "3"
  ["b"]=>
  string(1) "2"
}
