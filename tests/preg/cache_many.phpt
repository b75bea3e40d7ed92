--TEST--
preg: cache many
--FILE--
<?php
$n = 0;
for ($i = 0; $i < 5000; $i++) {
    $n += preg_match('/^' . $i . '$/', (string)$i);
}
var_dump($n);
for ($i = 0; $i < 3; $i++) var_dump(preg_match('/x(/', 'x'));
--EXPECTF--
int(5000)

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 2 in %s on line 7
bool(false)

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 2 in %s on line 7
bool(false)

Warning: preg_match(): Compilation failed: missing closing parenthesis at offset 2 in %s on line 7
bool(false)
