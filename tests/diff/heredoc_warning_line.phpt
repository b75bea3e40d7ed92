--TEST--
A warning from a heredoc interpolation reports the line of the interpolated variable
--FILE--
<?php
$a = [1];
echo <<<X
  first
  $a
  X;
echo "\n";
--EXPECTF--

Warning: Array to string conversion in %s on line 5
first
Array
