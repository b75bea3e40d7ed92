--TEST--
if / elseif / else if chains and single statement bodies
--FILE--
<?php
foreach ([1, 2, 3, 4] as $n) {
    if ($n == 1) echo "one";
    elseif ($n == 2) { echo "two"; }
    else if ($n == 3) echo "three";
    else echo "other";
    echo "\n";
}
if (0) ; else echo "empty statement body\n";
--EXPECT--
one
two
three
other
empty statement body
