--TEST--
autoloading triggered by static calls, constants and instanceof
--FILE--
<?php
spl_autoload_register(function ($c) { echo "autoload($c)\n"; });
try { Foo::bar(); } catch (Error $e) { echo $e->getMessage(), "\n"; }
try { echo Bar::X; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$o = new stdClass;
var_dump($o instanceof Baz);
var_dump(method_exists('Qux', 'f'));
--EXPECT--
autoload(Foo)
Class "Foo" not found
autoload(Bar)
Class "Bar" not found
bool(false)
autoload(Qux)
bool(false)
