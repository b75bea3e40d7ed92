--TEST--
passing a function result by reference gives a notice
--FILE--
<?php
function inc(&$n) { $n++; return $n; }
function five() { return 5; }
var_dump(inc(five()));
--EXPECTF--

Notice: Only variables should be passed by reference in %s on line 4
int(6)
