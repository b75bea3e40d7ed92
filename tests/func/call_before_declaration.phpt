--TEST--
top-level functions can be called before their declaration
--FILE--
<?php
echo later(), "\n";
function later() { return "hoisted"; }
--EXPECT--
hoisted
