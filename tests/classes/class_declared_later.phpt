--TEST--
classes declared later in the file can be used, also as parents
--FILE--
<?php
$b = new B;
echo $b->hello(), "\n";
class A { function hello() { return "hello from " . static::class; } }
class B extends A {}
if (true) {
    class C {}
}
var_dump(class_exists('C'));
--EXPECT--
hello from B
bool(true)
