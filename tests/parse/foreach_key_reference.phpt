--TEST--
a foreach key cannot be taken by reference
--FILE--
<?php
foreach ([1] as $v) echo $v, "\n";
foreach ($x as
  &$k => $v) {}
--EXPECTF--

Fatal error: Key element cannot be a reference in %s on line 3
