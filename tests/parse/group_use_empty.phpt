--TEST--
an empty group use
--FILE--
<?php
use A\{};
--EXPECTF--

Parse error: syntax error, unexpected token "}", expecting identifier or namespaced name or "function" or "const" in %s on line 2
