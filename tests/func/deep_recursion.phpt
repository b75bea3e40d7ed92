--TEST--
recursion depth of 20000 works
--FILE--
<?php
function depth($n) { return $n == 0 ? 0 : 1 + depth($n - 1); }
var_dump(depth(20000));
--EXPECT--
int(20000)
