--TEST--
throw as an expression in ??, ?:, arrow functions and match
--FILE--
<?php
function get(array $a, $k) { return $a[$k] ?? throw new OutOfBoundsException("no key $k"); }
$fail = fn($m) => throw new LogicException($m);
echo get(['a' => 1], 'a'), "\n";
try { get([], 'b'); } catch (OutOfBoundsException $e) { echo $e->getMessage(), "\n"; }
try { $fail("arrow"); } catch (LogicException $e) { echo $e->getMessage(), "\n"; }
$v = 0;
try { $r = $v ?: throw new UnexpectedValueException("falsy"); } catch (Exception $e) { echo $e->getMessage(), "\n"; }
--EXPECT--
1
no key b
arrow
falsy
