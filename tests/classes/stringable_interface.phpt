--TEST--
classes with __toString implement Stringable automatically
--FILE--
<?php
class A { public function __toString(): string { return "A"; } }
class B implements Stringable { public function __toString(): string { return "B"; } }
class C {}
function show(Stringable $s) { return (string) $s; }
echo show(new A), show(new B), "\n";
var_dump(new C instanceof Stringable);
print_r(class_implements('A'));
--EXPECT--
AB
bool(false)
Array
(
    [Stringable] => Stringable
)
