--TEST--
?? is right associative and binds looser than comparison
--FILE--
<?php
$a = null; $b = null; $c = 'c';
var_dump($a ?? $b ?? $c);
var_dump($a ?? 1 + 2);
var_dump(null ?? false ?: 'elvis');
var_dump(1 == 1 ?? 'x');
--EXPECT--
string(1) "c"
int(3)
string(5) "elvis"
bool(true)
