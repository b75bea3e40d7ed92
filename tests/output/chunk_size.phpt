--TEST--
ob_start chunk_size flushes through the handler once reached
--FILE--
<?php
ob_start(function ($b, $p) { return "[$b:$p]"; }, 4);
echo "ab";
echo "cd";
echo "e";
echo "fghij";
ob_end_flush();
echo "\n";
--EXPECT--
[abcd:1][efghij:0][:8]
