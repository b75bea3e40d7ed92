--TEST--
unserialize: fewer elements than announced is 'Unexpected end of serialized data'
--FILE--
<?php
var_dump(unserialize('a:2:{i:0;i:1;}'));
var_dump(unserialize('}'));
--EXPECTF--

Notice: unserialize(): Unexpected end of serialized data in %s on line 2

Notice: unserialize(): Error at offset 13 of 14 bytes in %s on line 2
bool(false)

Notice: unserialize(): Unexpected end of serialized data in %s on line 3

Notice: unserialize(): Error at offset 0 of 1 bytes in %s on line 3
bool(false)
