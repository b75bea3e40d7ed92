--TEST--
register_shutdown_function: order and end of script (5)
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
register_shutdown_function(function() { echo "a\n"; exit(5); echo "no"; });
register_shutdown_function(function() { echo "b\n"; });
echo "x\n";
--EXPECT--
x
a
destruct
