--TEST--
unserialize: the max_depth option and the unserialize_max_depth ini setting
--FILE--
<?php
$s = 'a:1:{i:0;a:1:{i:0;a:1:{i:0;i:1;}}}';
var_dump(unserialize($s, ['max_depth' => 2]));
var_dump(unserialize($s, ['max_depth' => 3]) !== false);
var_dump(unserialize($s, ['max_depth' => 0]) !== false);
var_dump(unserialize('a:1:{i:0;a:1:{i:0;a:0:{}}}', ['max_depth' => 2]) !== false);
ini_set('unserialize_max_depth', '1');
var_dump(unserialize($s));
--EXPECTF--

Warning: unserialize(): Maximum depth of 2 exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting in %s on line 3

Notice: unserialize(): Error at offset 23 of 34 bytes in %s on line 3
bool(false)
bool(true)
bool(true)
bool(true)

Warning: unserialize(): Maximum depth of 1 exceeded. The depth limit can be changed using the max_depth unserialize() option or the unserialize_max_depth ini setting in %s on line 8

Notice: unserialize(): Error at offset 14 of 34 bytes in %s on line 8
bool(false)
