--TEST--
count(): COUNT_RECURSIVE counts nested elements
--FILE--
<?php
var_dump(count([1, [2, 3], [[4]]], COUNT_RECURSIVE), count([], COUNT_RECURSIVE), count([1, [2]], COUNT_NORMAL));
--EXPECT--
int(7)
int(0)
int(2)
