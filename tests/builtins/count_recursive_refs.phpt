--TEST--
count recursive with repeated (non-recursive) sub-arrays
--FILE--
<?php
$inner = [1, 2];
$outer = [$inner, $inner, 'x' => $inner];
var_dump(count($outer, COUNT_RECURSIVE));
--EXPECT--
int(9)
