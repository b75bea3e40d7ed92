--TEST--
unserialize: the S: format with \hh escapes
--FILE--
<?php
var_dump(unserialize('S:3:"a\62c";'));
var_dump(unserialize('S:1:"\4";'));
var_dump(unserialize('a:1:{S:1:"\6b";i:1;}'));
--EXPECTF--
string(3) "abc"

Notice: unserialize(): Error at offset 0 of 9 bytes in %s on line 3
bool(false)
array(1) {
  ["k"]=>
  int(1)
}
