--TEST--
a namespace name cannot end with \\
--FILE--
<?php
namespace A\B\;
--EXPECTF--

Parse error: syntax error, unexpected token "\", expecting "{" in %s on line 2
