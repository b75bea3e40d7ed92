--TEST--
cloning a non-object and private __clone
--FILE--
<?php
class A { private function __clone() {} }
try { $x = clone new A; } catch (Error $e) { echo $e->getMessage(), "\n"; }
$s = "str";
try { $y = clone $s; } catch (Error $e) { echo $e->getMessage(), "\n"; }
echo "end\n";
--EXPECT--
Call to private A::__clone() from global scope
__clone method called on non-object
end
