--TEST--
enums cannot be array keys, but work in SplObjectStorage-less maps by name
--FILE--
<?php
enum Color { case Red; case Blue; }
$map = [];
try { $map[Color::Red] = 1; } catch (TypeError $e) { echo $e->getMessage(), "\n"; }
foreach (Color::cases() as $c) $map[$c->name] = strlen($c->name);
print_r($map);
--EXPECT--
Illegal offset type
Array
(
    [Red] => 3
    [Blue] => 4
)
