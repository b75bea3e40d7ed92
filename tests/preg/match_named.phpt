--TEST--
preg: match named
--FILE--
<?php
preg_match('/(?<year>\d{4})-(?<month>\d\d)(?:-(?<day>\d\d))?/', 'on 2024-05 ok', $m);
var_dump($m);
preg_match('/(?<a>x)|(?<b>y)/', 'y', $m);
var_dump($m);
--EXPECT--
array(5) {
  [0]=>
  string(7) "2024-05"
  ["year"]=>
  string(4) "2024"
  [1]=>
  string(4) "2024"
  ["month"]=>
  string(2) "05"
  [2]=>
  string(2) "05"
}
array(5) {
  [0]=>
  string(1) "y"
  ["a"]=>
  string(0) ""
  [1]=>
  string(0) ""
  ["b"]=>
  string(1) "y"
  [2]=>
  string(1) "y"
}
