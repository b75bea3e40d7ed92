--TEST--
mb_str_split() and mb_strpos()
--INI--
extension=mbstring
--FILE--
<?php
var_dump(mb_str_split("héllo"));
var_dump(mb_str_split("añb😀c", 2));
var_dump(mb_str_split(""));
var_dump(mb_strpos("héllo héllo", "l"));
var_dump(mb_strpos("héllo héllo", "l", 4));
var_dump(mb_strpos("héllo héllo", "é", -4));
var_dump(mb_strpos("héllo", "x"));
var_dump(mb_strpos("héllo", "", 5));
--EXPECT--
array(5) {
  [0]=>
  string(1) "h"
  [1]=>
  string(2) "é"
  [2]=>
  string(1) "l"
  [3]=>
  string(1) "l"
  [4]=>
  string(1) "o"
}
array(3) {
  [0]=>
  string(3) "añ"
  [1]=>
  string(5) "b😀"
  [2]=>
  string(1) "c"
}
array(0) {
}
int(2)
int(8)
int(7)
bool(false)
int(5)
