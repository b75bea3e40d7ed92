--TEST--
an exception from a handler passes the buffer through, removes it and propagates
--FILE--
<?php
ob_start(function ($b) { throw new Exception("in handler"); });
echo "x";
try { ob_end_flush(); } catch (Exception $e) { echo "caught ", $e->getMessage(), "\n"; }
var_dump(ob_get_level());
ob_start(); echo "y"; var_dump(ob_get_clean());
--EXPECT--
xcaught in handler
int(0)
string(1) "y"
