--TEST--
tabs and spaces mixed in the closing marker
--FILE--
<?php
$x = <<<EOT
    a
	 EOT;
--EXPECTF--

Parse error: Invalid indentation - tabs and spaces cannot be mixed in %s on line 3
