--TEST--
parse_str() nested keys and appends
--FILE--
<?php
parse_str("a[b][c]=1&a[b][]=2&a[x]=3&n[0][1][]=4&n[0][1][]=5&k[1]=x&k[01]=y", $out);
var_dump($out);
parse_str("a[]=1&a=2&b=1&b[]=2", $out);
var_dump($out);
--EXPECT--
array(3) {
  ["a"]=>
  array(2) {
    ["b"]=>
    array(2) {
      ["c"]=>
      string(1) "1"
      [0]=>
      string(1) "2"
    }
    ["x"]=>
    string(1) "3"
  }
  ["n"]=>
  array(1) {
    [0]=>
    array(1) {
      [1]=>
      array(2) {
        [0]=>
        string(1) "4"
        [1]=>
        string(1) "5"
      }
    }
  }
  ["k"]=>
  array(2) {
    [1]=>
    string(1) "x"
    ["01"]=>
    string(1) "y"
  }
}
array(2) {
  ["a"]=>
  string(1) "2"
  ["b"]=>
  array(1) {
    [0]=>
    string(1) "2"
  }
}
