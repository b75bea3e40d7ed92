--TEST--
Unclosed '(' on the same line omits 'on line'
--FILE--
<?php
foo(1, 2
--EXPECTF--

Parse error: Unclosed '(' on line 2 in %s on line 3
