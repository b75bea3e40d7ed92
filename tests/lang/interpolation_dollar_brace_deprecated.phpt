--TEST--
"${name}" and "${expr}" interpolation raise 8.2 deprecations
--FILE--
<?php
$name = "world";
$arr = ['k' => 'val'];
echo "hello ${name}\n";
echo "arr ${arr['k']}\n";
$var = 'name';
echo "varvar ${$var}\n";
--EXPECTF--

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 4

Deprecated: Using ${var} in strings is deprecated, use {$var} instead in %s on line 5

Deprecated: Using ${expr} (variable variables) in strings is deprecated, use {${expr}} instead in %s on line 7
hello world
arr val
varvar world
