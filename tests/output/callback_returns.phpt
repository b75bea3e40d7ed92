--TEST--
handler results: true drops the output, other values become strings
--FILE--
<?php
ob_start(fn($b) => true); echo "T"; ob_end_flush(); echo "|\n";
ob_start(fn($b) => 42); echo "T"; ob_end_flush(); echo "|\n";
ob_start(fn($b) => null); echo "T"; ob_end_flush(); echo "|\n";
ob_start(fn($b) => 1.5); echo "T"; ob_end_flush(); echo "|\n";
ob_start(fn($b) => ""); echo "T"; ob_end_flush(); echo "|\n";
--EXPECT--
|
42|
|
1.5|
|
