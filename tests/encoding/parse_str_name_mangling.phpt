--TEST--
parse_str() turns dots and spaces into underscores
--FILE--
<?php
parse_str("a.b=1&c d=2& e=3&f[g.h]=4&i.j[k l]=5&m[=6&n[o=7&p[q]r=8&s]=9&[t]=10", $out);
var_dump($out);
--EXPECT--
array(9) {
  ["a_b"]=>
  string(1) "1"
  ["c_d"]=>
  string(1) "2"
  ["e"]=>
  string(1) "3"
  ["f"]=>
  array(1) {
    ["g.h"]=>
    string(1) "4"
  }
  ["i_j"]=>
  array(1) {
    ["k l"]=>
    string(1) "5"
  }
  ["m_"]=>
  string(1) "6"
  ["n_o"]=>
  string(1) "7"
  ["p"]=>
  array(1) {
    ["q"]=>
    string(1) "8"
  }
  ["s]"]=>
  string(1) "9"
}
