--TEST--
closures created in a loop capture each value by value
--FILE--
<?php
$fs = [];
for ($i = 0; $i < 3; $i++) { $fs[] = function () use ($i) { return $i; }; }
foreach ($fs as $f) echo $f();
echo "\n";
$gs = [];
for ($i = 0; $i < 3; $i++) { $gs[] = function () use (&$i) { return $i; }; }
foreach ($gs as $g) echo $g();
echo "\n";
--EXPECT--
012
333
