--TEST--
anonymous classes extending a class and implementing interfaces
--FILE--
<?php
interface Greeter { function greet(string $n): string; }
abstract class Base { abstract function name(): string; function hi() { return "hi from " . $this->name(); } }
$g = new class extends Base implements Greeter {
    function name(): string { return "anon"; }
    function greet(string $n): string { return "hello $n"; }
};
echo $g->greet("bob"), "\n";
echo $g->hi(), "\n";
var_dump($g instanceof Greeter, $g instanceof Base);
echo get_parent_class($g), "\n";
$h = new class([1, 2]) extends ArrayObject {};
echo count($h), "\n";
--EXPECT--
hello bob
hi from anon
bool(true)
bool(true)
Base
2
