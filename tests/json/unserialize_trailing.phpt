--TEST--
unserialize: data after the value is ignored in 8.2; the empty string is false without a notice
--FILE--
<?php
var_dump(unserialize('i:5;garbage'));
var_dump(unserialize('a:0:{}}}'));
var_dump(unserialize(''));
--EXPECT--
int(5)
array(0) {
}
bool(false)
