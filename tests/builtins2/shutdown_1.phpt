--TEST--
register_shutdown_function: order and end of script (1)
--FILE--
<?php
class D { function __destruct() { echo "destruct\n"; } }
$d = new D;
ob_start(function($s) { return strtoupper($s); });
register_shutdown_function(function($a, $b) { echo "shut1 $a $b\n"; register_shutdown_function(function() { echo "nested\n"; }); }, 1, 2);
register_shutdown_function('printf', "shut2 %s\n", "x");
echo "end\n";
--EXPECT--
END
SHUT1 1 2
SHUT2 X
NESTED
DESTRUCT
