--TEST--
adding properties while iterating an object by value
--FILE--
<?php
$o = new stdClass;
$o->a = 1;
$o->b = 2;
foreach ($o as $k => $v) {
    echo "$k=$v\n";
    if ($k === 'a') $o->c = 3;
}
echo count((array) $o), "\n";
--EXPECT--
a=1
b=2
c=3
3
