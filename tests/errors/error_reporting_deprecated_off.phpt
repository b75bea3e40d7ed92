--TEST--
E_DEPRECATED can be masked while warnings still show
--FILE--
<?php
error_reporting(E_ALL & ~E_DEPRECATED);
$a = [1.5 => 'x'];
echo $w;
echo "end\n";
--EXPECTF--

Warning: Undefined variable $w in %s on line 4
end
