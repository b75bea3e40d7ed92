--TEST--
each buffer's handler output goes into the buffer below
--FILE--
<?php
ob_start(function ($b) { return "outer:" . $b; });
ob_start(function ($b) { return "inner:" . $b; });
echo "x";
ob_end_flush();
echo "y";
ob_end_flush();
echo "\n";
--EXPECT--
outer:inner:xy
