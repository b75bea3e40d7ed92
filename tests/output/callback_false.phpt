--TEST--
a handler returning false passes its buffer through (with its own output) and is disabled
--FILE--
<?php
ob_start(function ($b, $p) { echo "(in handler)"; return false; });
echo "one ";
ob_flush();
echo "two";
ob_end_flush();
echo "\n";
--EXPECT--
one (in handler)two
