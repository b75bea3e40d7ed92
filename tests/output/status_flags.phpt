--TEST--
ob_get_status flags and buffer_size after flushes, cleans, a disabled handler and chunk sizes
--FILE--
<?php
ob_start(null, 4); $a = ob_get_status(); ob_end_clean();
ob_start(null, 100000); $b = ob_get_status(); ob_end_clean();
ob_start(fn($x) => false); echo "q"; ob_flush(); $c = ob_get_status(); ob_end_clean();
ob_start(fn($x) => $x); echo "q"; ob_clean(); $d = ob_get_status(); ob_end_clean();
ob_start(); echo "q"; ob_flush(); $e = ob_get_status(); ob_end_clean();
ob_start(null, -5); $f = ob_get_status(); ob_end_clean();
foreach ([$a, $b, $c, $d, $e, $f] as $s) echo $s["flags"], " ", $s["chunk_size"], " ", $s["buffer_size"], " ", $s["buffer_used"], "\n";
--EXPECT--
qq112 4 4096 0
112 100000 102400 0
12401 0 0 0
20593 0 16384 0
20592 0 16384 0
112 0 16384 0
