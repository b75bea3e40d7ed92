--TEST--
... must be the only argument of a first-class callable
--FILE--
<?php
foo(..., 1);
--EXPECTF--

Parse error: syntax error, unexpected token "," in %s on line 2
