--TEST--
in PHP 8 + and - bind tighter than .
--FILE--
<?php
echo "Sum: " . 1 + 2, "\n";
echo "Diff: " . 5 - 3, "\n";
echo 1 + 2 . "3" + 4, "\n";
echo "a" . 2 * 3, "\n";
echo 2 . 3 << 1, "\n";
--EXPECT--
Sum: 3
Diff: 2
37
a6
26
