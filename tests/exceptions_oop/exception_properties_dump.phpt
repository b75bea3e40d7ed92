--TEST--
var_dump of an exception object shows its internal properties
--FILE--
<?php
class MyEx extends Exception { public $extra = 'x'; }
$e = new MyEx("msg", 3);
$props = [];
foreach ((array) $e as $k => $v) $props[] = str_replace("\0", '\0', $k);
print_r($props);
--EXPECT--
Array
(
    [0] => \0*\0message
    [1] => \0Exception\0string
    [2] => \0*\0code
    [3] => \0*\0file
    [4] => \0*\0line
    [5] => \0Exception\0trace
    [6] => \0Exception\0previous
    [7] => extra
)
