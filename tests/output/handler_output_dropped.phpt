--TEST--
output made inside a successful handler is dropped
--FILE--
<?php
function h($b, $p) { echo "dropped"; return "<$p:$b>"; }
ob_start('h'); echo "z"; ob_end_flush();
ob_start('h'); echo "z"; ob_flush(); echo "y"; ob_end_flush();
echo "\n";
--EXPECT--
<9:z><5:z><8:y>
