--TEST--
parse_str() odd bracket placement
--FILE--
<?php
parse_str("a[ b]=1&a[ ]=2&a[\t]=3&c[]]=4&d[e[f]]=5&g[h][i=6&j[k[l]=7", $out);
var_dump($out);
--EXPECT--
array(5) {
  ["a"]=>
  array(3) {
    [" b"]=>
    string(1) "1"
    [0]=>
    string(1) "2"
    [1]=>
    string(1) "3"
  }
  ["c"]=>
  array(1) {
    [0]=>
    string(1) "4"
  }
  ["d"]=>
  array(1) {
    ["e[f"]=>
    string(1) "5"
  }
  ["g"]=>
  array(1) {
    ["h"]=>
    string(1) "6"
  }
  ["j"]=>
  array(1) {
    ["k[l"]=>
    string(1) "7"
  }
}
