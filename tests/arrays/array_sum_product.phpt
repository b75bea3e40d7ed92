--TEST--
array_sum()/array_product(): numeric strings, bools, null; arrays skipped
--FILE--
<?php
var_dump(array_sum([1, 2.5, "3", "4 apples", "x", null, true, [5]]));
var_dump(array_product([2, "3", 1.5, true]), array_product(["abc"]), array_product([]), array_sum([]));
var_dump(array_sum(["1e2", " 5", "0x1A"]), array_product([null]));
--EXPECT--
float(11.5)
float(9)
int(0)
int(1)
int(0)
float(105)
int(0)
