--TEST--
foreach over a non-array emits a warning and skips
--FILE--
<?php
$x = 5;
foreach ($x as $v) echo "never";
foreach (null as $v) echo "never";
foreach ("str" as $v) echo "never";
echo "done\n";
--EXPECTF--

Warning: foreach() argument must be of type array|object, int given in %s on line 3

Warning: foreach() argument must be of type array|object, null given in %s on line 4

Warning: foreach() argument must be of type array|object, string given in %s on line 5
done
